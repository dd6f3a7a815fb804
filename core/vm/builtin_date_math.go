package vm

import "math"

// ECMA-262 §21.4.1 time arithmetic on time values (ms since the epoch, as float64). Local time is
// UTC shifted by the virtual clock's fixed offset: there is no daylight saving time.

const msPerDay = 86400000

func dayOf(t float64) float64         { return math.Floor(t / msPerDay) }
func timeWithinDay(t float64) float64 { return dateMod(t, msPerDay) }

func dateMod(a, b float64) float64 {
	m := math.Mod(a, b)
	if m < 0 {
		m += b
	}
	return m + 0
}

func daysInYear(y float64) float64 {
	switch {
	case math.Mod(y, 4) != 0:
		return 365
	case math.Mod(y, 100) != 0:
		return 366
	case math.Mod(y, 400) != 0:
		return 365
	}
	return 366
}

func dayFromYear(y float64) float64 {
	return 365*(y-1970) + math.Floor((y-1969)/4) - math.Floor((y-1901)/100) + math.Floor((y-1601)/400)
}

func timeFromYear(y float64) float64 { return msPerDay * dayFromYear(y) }

func yearFromTime(t float64) float64 {
	y := math.Floor(t/(msPerDay*365.2425)) + 1970
	for timeFromYear(y) > t {
		y--
	}
	for timeFromYear(y+1) <= t {
		y++
	}
	return y
}

func inLeapYear(t float64) bool { return daysInYear(yearFromTime(t)) == 366 }

// monthStarts are the day-in-year each month starts on in a common year.
var monthStarts = [13]float64{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

func monthStart(m int, leap bool) float64 {
	s := monthStarts[m]
	if leap && m >= 2 {
		s++
	}
	return s
}

func monthFromTime(t float64) float64 {
	d := dayOf(t) - dayFromYear(yearFromTime(t))
	leap := inLeapYear(t)
	for m := 0; m < 12; m++ {
		if d < monthStart(m+1, leap) {
			return float64(m)
		}
	}
	return 11
}

func dateFromTime(t float64) float64 {
	d := dayOf(t) - dayFromYear(yearFromTime(t))
	return d - monthStart(int(monthFromTime(t)), inLeapYear(t)) + 1
}

func weekDay(t float64) float64 { return dateMod(dayOf(t)+4, 7) }

func hourFromTime(t float64) float64 { return dateMod(math.Floor(t/3600000), 24) }
func minFromTime(t float64) float64  { return dateMod(math.Floor(t/60000), 60) }
func secFromTime(t float64) float64  { return dateMod(math.Floor(t/1000), 60) }
func msFromTime(t float64) float64   { return dateMod(t, 1000) }

func allFinite(fs ...float64) bool {
	for _, f := range fs {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return false
		}
	}
	return true
}

func toIntegerF(f float64) float64 { return math.Trunc(f) + 0 }

// makeTime is MakeTime(hour, min, sec, ms).
func makeTime(h, m, s, ms float64) float64 {
	if !allFinite(h, m, s, ms) {
		return math.NaN()
	}
	return toIntegerF(h)*3600000 + toIntegerF(m)*60000 + toIntegerF(s)*1000 + toIntegerF(ms)
}

// makeDay is MakeDay(year, month, date).
func makeDay(year, month, date float64) float64 {
	if !allFinite(year, month, date) {
		return math.NaN()
	}
	y, m, dt := toIntegerF(year), toIntegerF(month), toIntegerF(date)
	ym := y + math.Floor(m/12)
	if math.Abs(ym) > 400000 {
		return math.NaN()
	}
	mn := int(dateMod(m, 12))
	t := timeFromYear(ym)
	return dayOf(t) + monthStart(mn, daysInYear(ym) == 366) + dt - 1
}

// makeDate is MakeDate(day, time).
func makeDate(d, t float64) float64 {
	if !allFinite(d, t) {
		return math.NaN()
	}
	tv := d*msPerDay + t
	if math.IsInf(tv, 0) {
		return math.NaN()
	}
	return tv
}

// timeClip is TimeClip(time).
func timeClip(t float64) float64 {
	if !allFinite(t) || math.Abs(t) > 8.64e15 {
		return math.NaN()
	}
	return toIntegerF(t)
}

// localTZA is the local time zone offset in ms (fixed: no DST).
func (r *Runtime) localTZA() float64 { return float64(r.Clock.TZOffsetMinutes) * 60000 }

func (r *Runtime) localTime(t float64) float64 { return t + r.localTZA() }
func (r *Runtime) utcTime(t float64) float64   { return t - r.localTZA() }

// makeFullYear is the two-digit-year rule of the Date constructor and Date.UTC.
func makeFullYear(y float64) float64 {
	if y != y {
		return y
	}
	if yi := toIntegerF(y); yi >= 0 && yi <= 99 {
		return 1900 + yi
	}
	return y
}
