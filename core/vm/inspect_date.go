package vm

import (
	"math"
	"strconv"
	"time"
)

// dateInspectText is what util.inspect shows for a Date: toISOString, or toString ("Invalid
// Date") for an invalid one.
func dateInspectText(t float64) string {
	if t != t || math.IsInf(t, 0) {
		return "Invalid Date"
	}
	return inspectDateISO(t)
}

// inspectDateISO is Date.prototype.toISOString for a valid time value: extended years outside
// 0000–9999 get a sign and six digits.
func inspectDateISO(t float64) string {
	tm := time.UnixMilli(int64(t)).UTC()
	y := tm.Year()
	var year string
	switch {
	case y >= 0 && y <= 9999:
		year = pad0(y, 4)
	case y < 0:
		year = "-" + pad0(-y, 6)
	default:
		year = "+" + pad0(y, 6)
	}
	ms := int(math.Mod(t, 1000))
	if ms < 0 {
		ms += 1000
	}
	return year + "-" + pad0(int(tm.Month()), 2) + "-" + pad0(tm.Day(), 2) + "T" + pad0(tm.Hour(), 2) + ":" +
		pad0(tm.Minute(), 2) + ":" + pad0(tm.Second(), 2) + "." + pad0(ms, 3) + "Z"
}

func pad0(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}
