package vm

import (
	"strconv"
	"strings"
)

// toLocaleString, toLocaleDateString and toLocaleTimeString with (locales, options): the subset of
// ICU's DateTimeFormat that teaching code uses. en-US is complete for the component options
// (weekday, year, month, day, hour, minute, second, hour12/hourCycle, timeZoneName) and for
// dateStyle/timeStyle; en-GB, de, fr, es and ja get their default numeric forms. Time zones
// other than UTC are not modelled (the runtime's clock offset is used).

type localeDateOpts struct {
	weekday, year, month, day, hour, minute, second, tzName string
	dateStyle, timeStyle                                    string
	hour12                                                  bool
	lang                                                    string // "en-US", "en-GB", "de", "fr", "es", "ja"
}

var dateMonthLong = [12]string{"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"}
var dateWeekdayLong = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
var dateMonthLongDE = [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
	"September", "Oktober", "November", "Dezember"}

// dateLocaleLang maps a locale tag to the patterns implemented here.
func dateLocaleLang(tag string) string {
	t := strings.ToLower(tag)
	switch {
	case t == "en-gb" || strings.HasPrefix(t, "en-gb-") || t == "en-au" || t == "en-nz" || t == "en-ie":
		return "en-GB"
	case strings.HasPrefix(t, "de"):
		return "de"
	case strings.HasPrefix(t, "fr"):
		return "fr"
	case strings.HasPrefix(t, "es"):
		return "es"
	case strings.HasPrefix(t, "ja"):
		return "ja"
	}
	return "en-US"
}

// localeDateOptions is ToDateTimeOptions plus the option reads of Intl.DateTimeFormat.
func (r *Runtime) localeDateOptions(locales, options Value, required, defaults string) localeDateOpts {
	o := localeDateOpts{lang: "en-US"}
	loc := locales
	if lo := loc.AsObject(); lo != nil && r.lengthOfArrayLike(lo) > 0 {
		loc = r.Get(lo, IndexKey(0), loc)
	}
	if loc.kind == KindString {
		o.lang = dateLocaleLang(loc.String().GoString())
	}
	o.hour12 = o.lang == "en-US"
	if opt := options.AsObject(); opt != nil {
		str := func(name string) string {
			v := r.GetStr(opt, name)
			if v.IsUndefined() {
				return ""
			}
			return r.ToString(v).GoString()
		}
		o.weekday, o.year, o.month, o.day = str("weekday"), str("year"), str("month"), str("day")
		o.hour, o.minute, o.second, o.tzName = str("hour"), str("minute"), str("second"), str("timeZoneName")
		o.dateStyle, o.timeStyle = str("dateStyle"), str("timeStyle")
		if v := r.GetStr(opt, "hour12"); !v.IsUndefined() {
			o.hour12 = ToBoolean(v)
		} else if hc := str("hourCycle"); hc != "" {
			o.hour12 = hc == "h11" || hc == "h12"
		}
	}
	if required == "date" && o.timeStyle != "" {
		r.ThrowTypeError("Invalid option : timeStyle")
	}
	if required == "time" && o.dateStyle != "" {
		r.ThrowTypeError("Invalid option : dateStyle")
	}
	if o.dateStyle != "" || o.timeStyle != "" {
		return o
	}
	needDefaults := true
	if required == "date" || required == "any" {
		if o.weekday != "" || o.year != "" || o.month != "" || o.day != "" {
			needDefaults = false
		}
	}
	if required == "time" || required == "any" {
		if o.hour != "" || o.minute != "" || o.second != "" {
			needDefaults = false
		}
	}
	if needDefaults && (defaults == "date" || defaults == "all") {
		o.year, o.month, o.day = "numeric", "numeric", "numeric"
	}
	if needDefaults && (defaults == "time" || defaults == "all") {
		o.hour, o.minute, o.second = "numeric", "numeric", "numeric"
	}
	return o
}

// dateLocaleFormatter makes a toLocale*String method: required/defaults are ToDateTimeOptions'.
func dateLocaleFormatter(name, required, defaults string) NativeFunc {
	return func(r *Runtime, this Value, args []Value) Value {
		t := r.thisDate(this, name).T
		o := r.localeDateOptions(Arg(args, 0), Arg(args, 1), required, defaults)
		if t != t {
			return Str("Invalid Date")
		}
		return Str(formatLocaleDate(dateComponents(r.localTime(t)), weekDay(r.localTime(t)), o))
	}
}

func numericPart(v float64, style string) string {
	if style == "2-digit" {
		return datePad(float64(int64(v)%100), 2)
	}
	return strconv.FormatInt(int64(v), 10)
}

func formatLocaleDate(c [7]float64, wd float64, o localeDateOpts) string {
	if o.dateStyle != "" || o.timeStyle != "" {
		return formatDateStyles(c, wd, o)
	}
	date := localeDatePart(c, wd, o)
	clock := localeTimePart(c, o)
	if o.tzName != "" {
		if clock == "" {
			date += ", UTC"
		} else {
			clock += " UTC"
		}
	}
	switch {
	case date == "":
		return clock
	case clock == "":
		return date
	case o.lang == "fr" || o.lang == "ja":
		return date + " " + clock
	case o.weekday != "" && o.year == "" && o.month == "" && o.day == "":
		return date + " " + clock
	case o.month == "long" || o.month == "short" && o.year != "" && o.day != "" && o.lang != "en-US":
		return date + dateAtWord(o.lang) + clock
	}
	return date + ", " + clock
}

func dateAtWord(lang string) string {
	switch lang {
	case "de":
		return " um "
	case "fr":
		return " à "
	}
	return " at "
}

// localeDatePart renders the date fields in the locale's order.
func localeDatePart(c [7]float64, wd float64, o localeDateOpts) string {
	y := c[compYear]
	if y <= 0 {
		y = 1 - y
	}
	year := ""
	if o.year != "" {
		year = numericPart(y, o.year)
	}
	day := ""
	if o.day != "" {
		day = numericPart(c[compDate], o.day)
	}
	weekday := ""
	switch o.weekday {
	case "long":
		weekday = dateWeekdayLong[int(wd)]
	case "short":
		weekday = dateWeekDayNames[int(wd)]
	case "narrow":
		weekday = dateWeekdayLong[int(wd)][:1]
	}
	mi := int(c[compMonth])
	textual := o.month == "long" || o.month == "short" || o.month == "narrow"
	if textual && o.lang != "en-US" && o.lang != "en-GB" && !(o.lang == "de" && o.month == "long" && o.weekday == "") {
		// Only English names (and German long months) are modelled; use en-US for the rest.
		o.lang = "en-US"
	}
	var month string
	switch o.month {
	case "long":
		month = dateMonthLong[mi]
		if o.lang == "de" {
			month = dateMonthLongDE[mi]
		}
	case "short":
		month = dateMonthNames[mi]
	case "narrow":
		month = dateMonthLong[mi][:1]
	case "numeric", "2-digit":
		month = numericPart(float64(mi+1), o.month)
	}
	var date string
	if textual {
		date = textualDate(o.lang, month, day, year)
	} else {
		date = numericDate(o, month, day, year)
	}
	switch {
	case weekday == "":
		return date
	case date == "":
		return weekday
	}
	return weekday + ", " + date
}

func textualDate(lang, month, day, year string) string {
	switch lang {
	case "en-GB", "de":
		parts := []string{}
		if day != "" {
			if lang == "de" {
				day += "."
			}
			parts = append(parts, day)
		}
		parts = append(parts, month)
		if year != "" {
			parts = append(parts, year)
		}
		return strings.Join(parts, " ")
	}
	switch {
	case day != "" && year != "":
		return month + " " + day + ", " + year
	case day != "":
		return month + " " + day
	case year != "":
		return month + " " + year
	}
	return month
}

func numericDate(o localeDateOpts, month, day, year string) string {
	var parts []string
	add := func(s string) {
		if s != "" {
			parts = append(parts, s)
		}
	}
	sep := "/"
	switch o.lang {
	case "en-US":
		add(month)
		add(day)
		add(year)
	case "ja":
		add(year)
		add(month)
		add(day)
	case "de":
		sep = "."
		add(day)
		add(month)
		add(year)
	case "en-GB", "fr":
		if o.day == "numeric" {
			day = datePadString(day)
		}
		if o.month == "numeric" {
			month = datePadString(month)
		}
		add(day)
		add(month)
		add(year)
	default:
		add(day)
		add(month)
		add(year)
	}
	return strings.Join(parts, sep)
}

func datePadString(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// localeTimePart renders hour, minute and second.
func localeTimePart(c [7]float64, o localeDateOpts) string {
	if o.hour == "" && o.minute == "" && o.second == "" {
		return ""
	}
	h := int(c[compHours])
	ampm := ""
	if o.hour12 && o.hour != "" {
		ampm = " AM"
		if h >= 12 {
			ampm = " PM"
		}
		h %= 12
		if h == 0 {
			h = 12
		}
	}
	var parts []string
	if o.hour != "" {
		if o.hour == "2-digit" || !o.hour12 && (o.minute != "" || o.second != "") {
			parts = append(parts, datePad(float64(h), 2))
		} else {
			parts = append(parts, strconv.Itoa(h))
		}
	}
	if o.minute != "" {
		if o.hour == "" && o.second == "" {
			parts = append(parts, strconv.Itoa(int(c[compMinutes])))
		} else {
			parts = append(parts, datePad(c[compMinutes], 2))
		}
	}
	if o.second != "" {
		if o.hour == "" && o.minute == "" {
			parts = append(parts, strconv.Itoa(int(c[compSeconds])))
		} else {
			parts = append(parts, datePad(c[compSeconds], 2))
		}
	}
	return strings.Join(parts, ":") + ampm
}

// formatDateStyles renders dateStyle/timeStyle (en-US patterns; other locales use their numeric
// forms for short and medium).
func formatDateStyles(c [7]float64, wd float64, o localeDateOpts) string {
	var date, clock string
	d := o
	switch o.dateStyle {
	case "full":
		d.weekday, d.month, d.day, d.year = "long", "long", "numeric", "numeric"
	case "long":
		d.month, d.day, d.year = "long", "numeric", "numeric"
	case "medium":
		d.month, d.day, d.year = "short", "numeric", "numeric"
	case "short":
		d.month, d.day, d.year = "numeric", "numeric", "2-digit"
	}
	if o.dateStyle != "" {
		d.hour, d.minute, d.second = "", "", ""
		date = localeDatePart(c, wd, d)
	}
	t := o
	t.hour, t.minute, t.second = "numeric", "2-digit", "2-digit"
	switch o.timeStyle {
	case "short":
		t.second = ""
		clock = localeTimePart(c, t)
	case "medium":
		clock = localeTimePart(c, t)
	case "long":
		clock = localeTimePart(c, t) + " UTC"
	case "full":
		clock = localeTimePart(c, t) + " Coordinated Universal Time"
	}
	switch {
	case date == "":
		return clock
	case clock == "":
		return date
	case o.dateStyle == "full" || o.dateStyle == "long":
		return date + dateAtWord(o.lang) + clock
	}
	return date + ", " + clock
}
