package vm

import (
	"strconv"
	"strings"
)

// Date formatting: V8's toString family and toISOString/toUTCString (toLocale*String are in
// builtin_date_locale.go).

type dateStyle uint8

const (
	dateFull       dateStyle = iota // Tue Mar 05 2024 10:20:30 GMT+0000 (Coordinated Universal Time)
	dateOnly                        // Tue Mar 05 2024
	timeOnly                        // 10:20:30 GMT+0000 (Coordinated Universal Time)
	localeDateTime                  // 3/5/2024, 10:20:30 AM
	localeDate                      // 3/5/2024
	localeTime                      // 10:20:30 AM
)

var dateWeekDayNames = [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
var dateMonthNames = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

func dateFormatter(style dateStyle) func(r *Runtime, t float64) Value {
	return func(r *Runtime, t float64) Value { return Str(r.dateToString(t, style)) }
}

func datePad(n float64, width int) string {
	s := strconv.FormatInt(int64(n), 10)
	if len(s) < width {
		s = strings.Repeat("0", width-len(s)) + s
	}
	return s
}

// yearString is V8's year in toString forms: at least four digits, with a sign when negative.
func yearString(y float64) string {
	if y < 0 {
		return "-" + datePad(-y, 4)
	}
	return datePad(y, 4)
}

// tzString is the " GMT+0000 (Coordinated Universal Time)" suffix for the clock's offset.
func (r *Runtime) tzString() string {
	off := r.Clock.TZOffsetMinutes
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	hhmm := datePad(float64(off/60), 2) + datePad(float64(off%60), 2)
	name := "Coordinated Universal Time"
	if off != 0 {
		name = "GMT" + sign + datePad(float64(off/60), 2) + ":" + datePad(float64(off%60), 2)
	}
	return "GMT" + sign + hhmm + " (" + name + ")"
}

func (r *Runtime) dateToString(t float64, style dateStyle) string {
	if t != t {
		return "Invalid Date"
	}
	lt := r.localTime(t)
	c := dateComponents(lt)
	date := dateWeekDayNames[int(weekDay(lt))] + " " + dateMonthNames[int(c[compMonth])] + " " + datePad(c[compDate], 2) + " " + yearString(c[compYear])
	clock := datePad(c[compHours], 2) + ":" + datePad(c[compMinutes], 2) + ":" + datePad(c[compSeconds], 2)
	switch style {
	case dateOnly:
		return date
	case timeOnly:
		return clock + " " + r.tzString()
	}
	return date + " " + clock + " " + r.tzString()
}

func (r *Runtime) dateISOString(t float64) string {
	if t != t {
		r.ThrowRangeError("Invalid time value")
	}
	c := dateComponents(t)
	y := c[compYear]
	year := datePad(y, 4)
	switch {
	case y < 0:
		year = "-" + datePad(-y, 6)
	case y > 9999:
		year = "+" + datePad(y, 6)
	}
	return year + "-" + datePad(c[compMonth]+1, 2) + "-" + datePad(c[compDate], 2) + "T" + datePad(c[compHours], 2) + ":" +
		datePad(c[compMinutes], 2) + ":" + datePad(c[compSeconds], 2) + "." + datePad(c[compMs], 3) + "Z"
}

func dateUTCString(t float64) string {
	if t != t {
		return "Invalid Date"
	}
	c := dateComponents(t)
	return dateWeekDayNames[int(weekDay(t))] + ", " + datePad(c[compDate], 2) + " " + dateMonthNames[int(c[compMonth])] + " " +
		yearString(c[compYear]) + " " + datePad(c[compHours], 2) + ":" + datePad(c[compMinutes], 2) + ":" + datePad(c[compSeconds], 2) + " GMT"
}
