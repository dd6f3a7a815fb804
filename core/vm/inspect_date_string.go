package vm

import (
	"math"
	"strconv"
	"time"
)

// inspectDateString is Date.prototype.toString for a valid time value in a fixed offset zone (minutes
// east of UTC): "Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)".
func inspectDateString(t float64, offsetMinutes int) string {
	local := t + float64(offsetMinutes)*60000
	tm := time.UnixMilli(int64(math.Floor(local))).UTC()
	sign := "+"
	off := offsetMinutes
	if off < 0 {
		sign, off = "-", -off
	}
	zone := "GMT" + sign + pad0(off/60, 2) + pad0(off%60, 2)
	name := zoneName(offsetMinutes)
	return tm.Weekday().String()[:3] + " " + tm.Month().String()[:3] + " " + pad0(tm.Day(), 2) + " " + yearText(tm.Year()) + " " +
		pad0(tm.Hour(), 2) + ":" + pad0(tm.Minute(), 2) + ":" + pad0(tm.Second(), 2) + " " + zone + " (" + name + ")"
}

// yearText is V8's %04d year (a negative year keeps its sign inside the width).
func yearText(y int) string {
	if y < 0 {
		return "-" + pad0(-y, 3)
	}
	return pad0(y, 4)
}

func zoneName(offsetMinutes int) string {
	if offsetMinutes == 0 {
		return "Coordinated Universal Time"
	}
	h := offsetMinutes / 60
	name := "GMT" + strconv.FormatInt(int64(h), 10)
	if h >= 0 {
		name = "GMT+" + strconv.Itoa(h)
	}
	if m := offsetMinutes % 60; m != 0 {
		name += ":" + pad0(abs(m), 2)
	}
	return name
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
