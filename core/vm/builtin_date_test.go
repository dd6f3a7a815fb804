package vm

import (
	"testing"
	"time"
)

// Date cases run at TZ=UTC (the runtime's default offset); the expected values were recorded
// with `TZ=UTC node`.

// date is `new Date(t)`.
func (c *tc) date(args ...any) Value { return c.construct("Date", args...) }

var dateParseCases = []jsCase{
	{"Date.parse(\"2024\")", "1704067200000", func(c *tc) Value { return c.static("Date", "parse", "2024") }},
	{"Date.parse(\"2024-03\")", "1709251200000", func(c *tc) Value { return c.static("Date", "parse", "2024-03") }},
	{"Date.parse(\"2024-03-05\")", "1709596800000", func(c *tc) Value { return c.static("Date", "parse", "2024-03-05") }},
	{"Date.parse(\"2024-03-05T10:20\")", "1709634000000", func(c *tc) Value { return c.static("Date", "parse", "2024-03-05T10:20") }},
	{"Date.parse(\"2024-03-05T10:20:30\")", "1709634030000", func(c *tc) Value { return c.static("Date", "parse", "2024-03-05T10:20:30") }},
	{"Date.parse(\"2024-03-05T10:20:30.5\")", "1709634030500", func(c *tc) Value { return c.static("Date", "parse", "2024-03-05T10:20:30.5") }},
	{"Date.parse(\"2024-03-05T10:20:30.123456\")", "1709634030123", func(c *tc) Value { return c.static("Date", "parse", "2024-03-05T10:20:30.123456") }},
	{"Date.parse(\"2024-03-05T10:20:30Z\")", "1709634030000", func(c *tc) Value { return c.static("Date", "parse", "2024-03-05T10:20:30Z") }},
	{"Date.parse(\"2024-03-05T10:20:30+05:30\")", "1709614230000", func(c *tc) Value { return c.static("Date", "parse", "2024-03-05T10:20:30+05:30") }},
	{"Date.parse(\"2024-03-05T10:20:30.123-0800\")", "1709662830123", func(c *tc) Value { return c.static("Date", "parse", "2024-03-05T10:20:30.123-0800") }},
	{"Date.parse(\"+002024-03-05\")", "1709596800000", func(c *tc) Value { return c.static("Date", "parse", "+002024-03-05") }},
	{"Date.parse(\"-000001-01-01T00:00:00Z\")", "-62198755200000", func(c *tc) Value { return c.static("Date", "parse", "-000001-01-01T00:00:00Z") }},
	{"Date.parse(\"-000000-01-01T00:00:00Z\")", "NaN", func(c *tc) Value { return c.static("Date", "parse", "-000000-01-01T00:00:00Z") }},
	{"Date.parse(\"2024-03-05 10:20\")", "1709634000000", func(c *tc) Value { return c.static("Date", "parse", "2024-03-05 10:20") }},
	{"Date.parse(\"2024-03-05 10:20:30Z\")", "1709634030000", func(c *tc) Value { return c.static("Date", "parse", "2024-03-05 10:20:30Z") }},
	{"Date.parse(\"2024-3-5\")", "1709596800000", func(c *tc) Value { return c.static("Date", "parse", "2024-3-5") }},
	{"Date.parse(\"2024-13-01\")", "NaN", func(c *tc) Value { return c.static("Date", "parse", "2024-13-01") }},
	{"Date.parse(\"2024-02-30\")", "1709251200000", func(c *tc) Value { return c.static("Date", "parse", "2024-02-30") }},
	{"Date.parse(\"2024-03-05T24:00\")", "1709683200000", func(c *tc) Value { return c.static("Date", "parse", "2024-03-05T24:00") }},
	{"Date.parse(\"2024-03-05T24:00:01\")", "NaN", func(c *tc) Value { return c.static("Date", "parse", "2024-03-05T24:00:01") }},
	{"Date.parse(\"Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)\")", "0", func(c *tc) Value {
		return c.static("Date", "parse", "Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)")
	}},
	{"Date.parse(\"Thu, 01 Jan 1970 00:00:00 GMT\")", "0", func(c *tc) Value { return c.static("Date", "parse", "Thu, 01 Jan 1970 00:00:00 GMT") }},
	{"Date.parse(\"Jan 1, 1970\")", "0", func(c *tc) Value { return c.static("Date", "parse", "Jan 1, 1970") }},
	{"Date.parse(\"1 January 1970\")", "0", func(c *tc) Value { return c.static("Date", "parse", "1 January 1970") }},
	{"Date.parse(\"January 1, 1970 10:00:00\")", "36000000", func(c *tc) Value { return c.static("Date", "parse", "January 1, 1970 10:00:00") }},
	{"Date.parse(\"1970/01/02\")", "86400000", func(c *tc) Value { return c.static("Date", "parse", "1970/01/02") }},
	{"Date.parse(\"01/02/1970\")", "86400000", func(c *tc) Value { return c.static("Date", "parse", "01/02/1970") }},
	{"Date.parse(\"1/2/70\")", "86400000", func(c *tc) Value { return c.static("Date", "parse", "1/2/70") }},
	{"Date.parse(\"Mar 5 2024 10:20 PM\")", "1709677200000", func(c *tc) Value { return c.static("Date", "parse", "Mar 5 2024 10:20 PM") }},
	{"Date.parse(\"Mar 5 2024 12:20 AM\")", "1709598000000", func(c *tc) Value { return c.static("Date", "parse", "Mar 5 2024 12:20 AM") }},
	{"Date.parse(\"March 5, 2024 10:20:30 GMT-0500\")", "1709652030000", func(c *tc) Value { return c.static("Date", "parse", "March 5, 2024 10:20:30 GMT-0500") }},
	{"Date.parse(\"5 Mar 2024 10:20:30 EST\")", "1709652030000", func(c *tc) Value { return c.static("Date", "parse", "5 Mar 2024 10:20:30 EST") }},
	{"Date.parse(\"Tue Mar 05 2024\")", "1709596800000", func(c *tc) Value { return c.static("Date", "parse", "Tue Mar 05 2024") }},
	{"Date.parse(\"2024/03/05 10:20:30\")", "1709634030000", func(c *tc) Value { return c.static("Date", "parse", "2024/03/05 10:20:30") }},
	{"Date.parse(\"foo\")", "NaN", func(c *tc) Value { return c.static("Date", "parse", "foo") }},
	{"Date.parse(\"\")", "NaN", func(c *tc) Value { return c.static("Date", "parse", "") }},
	{"Date.parse(\"Mar 2024\")", "1709251200000", func(c *tc) Value { return c.static("Date", "parse", "Mar 2024") }},
	{"Date.parse(\"2024 Mar 5\")", "1709596800000", func(c *tc) Value { return c.static("Date", "parse", "2024 Mar 5") }},
	{"Date.parse(\"Sat, 09 Mar 2024 12:00:00 +0100\")", "1709982000000", func(c *tc) Value { return c.static("Date", "parse", "Sat, 09 Mar 2024 12:00:00 +0100") }},
	{"Date.parse(\"12:00\")", "NaN", func(c *tc) Value { return c.static("Date", "parse", "12:00") }},
	{"Date.parse(\"2024-03-05T10:20:30.000+00:00\")", "1709634030000", func(c *tc) Value { return c.static("Date", "parse", "2024-03-05T10:20:30.000+00:00") }},
	{"Date.parse(\"Tuesday, March 5, 2024\")", "1709596800000", func(c *tc) Value { return c.static("Date", "parse", "Tuesday, March 5, 2024") }},
	{"Date.parse(\"3/5/2024, 10:20:30 AM\")", "1709634030000", func(c *tc) Value { return c.static("Date", "parse", "3/5/2024, 10:20:30 AM") }},
	{"Date.parse(\"2024-03-05T10:20:30z\")", "1709634030000", func(c *tc) Value { return c.static("Date", "parse", "2024-03-05T10:20:30z") }},
	{"Date.parse(\"2024-03-05t10:20:30Z\")", "1709634030000", func(c *tc) Value { return c.static("Date", "parse", "2024-03-05t10:20:30Z") }},
	{"Date.parse(\"Mar 5, 2024 (comment) 10:00\")", "1709632800000", func(c *tc) Value { return c.static("Date", "parse", "Mar 5, 2024 (comment) 10:00") }},
	{"Date.parse(\"99-01-01\")", "915148800000", func(c *tc) Value { return c.static("Date", "parse", "99-01-01") }},
	{"Date.parse(\"0\")", "946684800000", func(c *tc) Value { return c.static("Date", "parse", "0") }},
	{"Date.parse(\"1\")", "978307200000", func(c *tc) Value { return c.static("Date", "parse", "1") }},
	{"Date.parse(\"12\")", "1007164800000", func(c *tc) Value { return c.static("Date", "parse", "12") }},
	{"Date.parse(\"2024-03-05T10:20:30+0530\")", "1709614230000", func(c *tc) Value { return c.static("Date", "parse", "2024-03-05T10:20:30+0530") }},
	{"Date.parse(\"Jan 32 2024\")", "NaN", func(c *tc) Value { return c.static("Date", "parse", "Jan 32 2024") }},
	{"Date.parse(\"June 2024 5\")", "1717545600000", func(c *tc) Value { return c.static("Date", "parse", "June 2024 5") }},
	{"Date.parse(\"Mar 5\")", "983750400000", func(c *tc) Value { return c.static("Date", "parse", "Mar 5") }},
	{"Date.parse(\"2024-03-05T10:20:30.1Z\")", "1709634030100", func(c *tc) Value { return c.static("Date", "parse", "2024-03-05T10:20:30.1Z") }},
	{"Date.parse(\"Wed Dec 31 1969 23:59:59 GMT+0000\")", "-1000", func(c *tc) Value { return c.static("Date", "parse", "Wed Dec 31 1969 23:59:59 GMT+0000") }},
	{"Date.parse(\"2024-03-05T10:20:30 GMT+0200\")", "NaN", func(c *tc) Value { return c.static("Date", "parse", "2024-03-05T10:20:30 GMT+0200") }},
	{"Date.parse(\"10:20 2024-03-05\")", "1709634000000", func(c *tc) Value { return c.static("Date", "parse", "10:20 2024-03-05") }},
	{"Date.parse(\"Mar 5 2024 10:20:30.250\")", "1709634030250", func(c *tc) Value { return c.static("Date", "parse", "Mar 5 2024 10:20:30.250") }},
	{"Date.parse(\"2024-03-05T1:2:3\")", "NaN", func(c *tc) Value { return c.static("Date", "parse", "2024-03-05T1:2:3") }},
}

// dateStrings shows every formatter of one date, as `fmt(d)` below does in JS.
func (c *tc) dateStrings(d Value) Value {
	var out []any
	for _, m := range []string{"toString", "toDateString", "toTimeString", "toUTCString", "toISOString", "toLocaleString", "toLocaleDateString", "toLocaleTimeString", "getDay", "getYear"} {
		out = append(out, c.valueOrThrow(func() Value { return c.call(d, m) }))
	}
	return c.v(out)
}

const dateFmtJS = "(d => ['toString', 'toDateString', 'toTimeString', 'toUTCString', 'toISOString', 'toLocaleString', 'toLocaleDateString', 'toLocaleTimeString', 'getDay', 'getYear'].map(m => { try { return d[m](); } catch (e) { return 'throws ' + e.constructor.name + ': ' + e.message; } }))"

var dateCases = []jsCase{
	{dateFmtJS + "(new Date(0))", `['Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)', 'Thu Jan 01 1970', '00:00:00 GMT+0000 (Coordinated Universal Time)', 'Thu, 01 Jan 1970 00:00:00 GMT', '1970-01-01T00:00:00.000Z', '1/1/1970, 12:00:00 AM', '1/1/1970', '12:00:00 AM', 4, 70]`,
		func(c *tc) Value { return c.dateStrings(c.date(0)) }},
	{dateFmtJS + "(new Date(-62198755200000))", `['Fri Jan 01 -0001 00:00:00 GMT+0000 (Coordinated Universal Time)', 'Fri Jan 01 -0001', '00:00:00 GMT+0000 (Coordinated Universal Time)', 'Fri, 01 Jan -0001 00:00:00 GMT', '-000001-01-01T00:00:00.000Z', '1/1/2, 12:00:00 AM', '1/1/2', '12:00:00 AM', 5, -1901]`,
		func(c *tc) Value { return c.dateStrings(c.date(-62198755200000.0)) }},
	{dateFmtJS + "(new Date(8.64e15))", `['Sat Sep 13 275760 00:00:00 GMT+0000 (Coordinated Universal Time)', 'Sat Sep 13 275760', '00:00:00 GMT+0000 (Coordinated Universal Time)', 'Sat, 13 Sep 275760 00:00:00 GMT', '+275760-09-13T00:00:00.000Z', '9/13/275760, 12:00:00 AM', '9/13/275760', '12:00:00 AM', 6, 273860]`,
		func(c *tc) Value { return c.dateStrings(c.date(8.64e15)) }},
	{dateFmtJS + "(new Date(-1))", `['Wed Dec 31 1969 23:59:59 GMT+0000 (Coordinated Universal Time)', 'Wed Dec 31 1969', '23:59:59 GMT+0000 (Coordinated Universal Time)', 'Wed, 31 Dec 1969 23:59:59 GMT', '1969-12-31T23:59:59.999Z', '12/31/1969, 11:59:59 PM', '12/31/1969', '11:59:59 PM', 3, 69]`,
		func(c *tc) Value { return c.dateStrings(c.date(-1)) }},
	{dateFmtJS + "(new Date(1709634030123))", `['Tue Mar 05 2024 10:20:30 GMT+0000 (Coordinated Universal Time)', 'Tue Mar 05 2024', '10:20:30 GMT+0000 (Coordinated Universal Time)', 'Tue, 05 Mar 2024 10:20:30 GMT', '2024-03-05T10:20:30.123Z', '3/5/2024, 10:20:30 AM', '3/5/2024', '10:20:30 AM', 2, 124]`,
		func(c *tc) Value { return c.dateStrings(c.date(1709634030123.0)) }},
	{dateFmtJS + "(new Date(NaN))", `['Invalid Date', 'Invalid Date', 'Invalid Date', 'Invalid Date', 'throws RangeError: Invalid time value', 'Invalid Date', 'Invalid Date', 'Invalid Date', NaN, NaN]`,
		func(c *tc) Value { return c.dateStrings(c.date(nan)) }},
	{"new Date(NaN).toJSON()", "null", func(c *tc) Value { return c.call(c.date(nan), "toJSON") }},
	{"new Date(2024, 0, 31).setMonth(1)", "1709337600000", func(c *tc) Value { return c.call(c.date(2024, 0, 31), "setMonth", 1) }},
	{"new Date(2024, 1, 29, 25, 61, 61, 1001).toISOString()", "'2024-03-01T02:02:02.001Z'", func(c *tc) Value { return c.call(c.date(2024, 1, 29, 25, 61, 61, 1001), "toISOString") }},
	{"new Date(99, 0).toISOString()", "'1999-01-01T00:00:00.000Z'", func(c *tc) Value { return c.call(c.date(99, 0), "toISOString") }},
	{"[Date.UTC(2024), Date.UTC(), Date.UTC(99, 1)]", "[1704067200000, NaN, 917827200000]", func(c *tc) Value {
		return c.arr(c.static("Date", "UTC", 2024), c.static("Date", "UTC"), c.static("Date", "UTC", 99, 1))
	}},
	{"[new Date(8.64e15 + 1).getTime(), new Date(2024, 0, 1, 12).valueOf()]", "[NaN, 1704110400000]", func(c *tc) Value {
		return c.arr(c.call(c.date(8.64e15+1), "getTime"), c.call(c.date(2024, 0, 1, 12), "valueOf"))
	}},
	{"new Date(0)[Symbol.toPrimitive]('x')", "throws TypeError: Invalid hint: x", func(c *tc) Value { return c.callSym(c.date(0), c.r.Symbols.ToPrimitive, "x") }},
	{"[new Date(0)[Symbol.toPrimitive]('number'), new Date(0) + 1, new Date(0) - 1]", "[0, 'Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)1', -1]", func(c *tc) Value {
		return c.arr(c.callSym(c.date(0), c.r.Symbols.ToPrimitive, "number"), c.r.Add(c.date(0), Int(1)), c.r.Arith(OpSub, c.date(0), Int(1)))
	}},
	{"Date.prototype[Symbol.toPrimitive].call(1, 'number')", "throws TypeError: Method Date.prototype [ @@toPrimitive ] called on incompatible receiver 1", func(c *tc) Value {
		return c.r.Call(c.r.GetProp(c.r.Intrinsics.DatePrototype, symKey(c.r.Symbols.ToPrimitive)), Int(1), Str("number"))
	}},
	{"(d => [d.setFullYear(2020), d.getTime()])(new Date(NaN))", "[1577836800000, 1577836800000]", func(c *tc) Value {
		d := c.date(nan)
		return c.arr(c.call(d, "setFullYear", 2020), c.call(d, "getTime"))
	}},
	{"new Date(NaN).setMonth(1)", "NaN", func(c *tc) Value { return c.call(c.date(nan), "setMonth", 1) }},
	{"(d => [d.setHours(1, 2, 3, 4), d.setUTCDate(15), d.setYear(99), d.getFullYear(), d.setMinutes()])(new Date(0))", "[3723004, 1213323004, 916362123004, 1999, NaN]", func(c *tc) Value {
		d := c.date(0)
		return c.arr(c.call(d, "setHours", 1, 2, 3, 4), c.call(d, "setUTCDate", 15), c.call(d, "setYear", 99), c.call(d, "getFullYear"), c.call(d, "setMinutes"))
	}},
	{"new Date(0).getTimezoneOffset()", "0", func(c *tc) Value { return c.call(c.date(0), "getTimezoneOffset") }},
	{"Date.prototype.getTime.call({})", "throws TypeError: this is not a Date object.", func(c *tc) Value { return c.method("Date", "getTime", c.obj()) }},
	{"Date.prototype.setTime.call({})", "throws TypeError: Method Date.prototype.setTime called on incompatible receiver #<Object>", func(c *tc) Value { return c.method("Date", "setTime", c.obj()) }},
	{"[new Date(2024, 2, 5, 0, 5).toLocaleTimeString(), new Date(2024, 2, 5, 13, 5).toLocaleString()]", "['12:05:00 AM', '3/5/2024, 1:05:00 PM']", func(c *tc) Value {
		return c.arr(c.call(c.date(2024, 2, 5, 0, 5), "toLocaleTimeString"), c.call(c.date(2024, 2, 5, 13, 5), "toLocaleString"))
	}},
	{"[new Date(new Date(5)).getTime(), new Date('5').getTime(), new Date(true).getTime(), new Date(null).getTime(), new Date(undefined).getTime()]", "[5, 988675200000, 1, 0, NaN]", func(c *tc) Value {
		return c.arr(c.call(c.date(c.date(5)), "getTime"), c.call(c.date("5"), "getTime"), c.call(c.date(true), "getTime"), c.call(c.date(Null), "getTime"), c.call(c.date(nil), "getTime"))
	}},
	{"[Date.prototype.toJSON.call({toISOString() { return 'x'; }}), Date.prototype.toJSON.call({valueOf() { return NaN; }, toISOString() { return 'y'; }})]", "['x', null]", func(c *tc) Value {
		iso := func(s string) Value { return c.fn(func(a []Value) Value { return Str(s) }) }
		return c.arr(c.method("Date", "toJSON", c.obj("toISOString", iso("x"))),
			c.method("Date", "toJSON", c.obj("valueOf", c.fn(func(a []Value) Value { return NaN }), "toISOString", iso("y"))))
	}},
	{"new Date(-1e14).toString()", "'Thu Feb 15 -1199 14:13:20 GMT+0000 (Coordinated Universal Time)'", func(c *tc) Value { return c.call(c.date(-1e14), "toString") }},
	{"Date.prototype.toGMTString === Date.prototype.toUTCString", "true", func(c *tc) Value {
		p := c.r.Intrinsics.DatePrototype
		return Bool(c.r.GetStr(p, "toGMTString").AsObject() == c.r.GetStr(p, "toUTCString").AsObject())
	}},
}

// dateLocaleCases were generated by running each js text in Node 26 (TZ=UTC, en-US).
var dateLocaleCases = []jsCase{
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString(undefined, {})", "'1/5/2024, 2:07:09 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", nil, c.static("JSON", "parse", "{}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString(undefined, {})", "'1/5/2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", nil, c.static("JSON", "parse", "{}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString(undefined, {})", "'2:07:09 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", nil, c.static("JSON", "parse", "{}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {})", "'1/5/2024, 2:07:09 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {})", "'1/5/2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {})", "'2:07:09 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-GB', {})", "'05/01/2024, 14:07:09'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-GB", c.static("JSON", "parse", "{}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-GB', {})", "'05/01/2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-GB", c.static("JSON", "parse", "{}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-GB', {})", "'14:07:09'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-GB", c.static("JSON", "parse", "{}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('de-DE', {})", "'5.1.2024, 14:07:09'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "de-DE", c.static("JSON", "parse", "{}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('de-DE', {})", "'5.1.2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "de-DE", c.static("JSON", "parse", "{}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('de-DE', {})", "'14:07:09'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "de-DE", c.static("JSON", "parse", "{}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('fr-FR', {})", "'05/01/2024 14:07:09'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "fr-FR", c.static("JSON", "parse", "{}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('fr-FR', {})", "'05/01/2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "fr-FR", c.static("JSON", "parse", "{}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('fr-FR', {})", "'14:07:09'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "fr-FR", c.static("JSON", "parse", "{}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('ja-JP', {})", "'2024/1/5 14:07:09'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "ja-JP", c.static("JSON", "parse", "{}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('ja-JP', {})", "'2024/1/5'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "ja-JP", c.static("JSON", "parse", "{}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('ja-JP', {})", "'14:07:09'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "ja-JP", c.static("JSON", "parse", "{}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('es', {})", "'5/1/2024, 14:07:09'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "es", c.static("JSON", "parse", "{}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('es', {})", "'5/1/2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "es", c.static("JSON", "parse", "{}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('es', {})", "'14:07:09'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "es", c.static("JSON", "parse", "{}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"year\":\"numeric\",\"month\":\"long\",\"day\":\"numeric\"})", "'January 5, 2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"year\":\"numeric\",\"month\":\"long\",\"day\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"year\":\"numeric\",\"month\":\"long\",\"day\":\"numeric\"})", "'January 5, 2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"year\":\"numeric\",\"month\":\"long\",\"day\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"year\":\"numeric\",\"month\":\"long\",\"day\":\"numeric\"})", "'January 5, 2024 at 2:07:09 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"year\":\"numeric\",\"month\":\"long\",\"day\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"weekday\":\"long\",\"year\":\"numeric\",\"month\":\"long\",\"day\":\"numeric\"})", "'Friday, January 5, 2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"weekday\":\"long\",\"year\":\"numeric\",\"month\":\"long\",\"day\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"weekday\":\"long\",\"year\":\"numeric\",\"month\":\"long\",\"day\":\"numeric\"})", "'Friday, January 5, 2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"weekday\":\"long\",\"year\":\"numeric\",\"month\":\"long\",\"day\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"weekday\":\"long\",\"year\":\"numeric\",\"month\":\"long\",\"day\":\"numeric\"})", "'Friday, January 5, 2024 at 2:07:09 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"weekday\":\"long\",\"year\":\"numeric\",\"month\":\"long\",\"day\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"month\":\"short\",\"day\":\"numeric\"})", "'Jan 5'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"month\":\"short\",\"day\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"month\":\"short\",\"day\":\"numeric\"})", "'Jan 5'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"month\":\"short\",\"day\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"month\":\"short\",\"day\":\"numeric\"})", "'Jan 5, 2:07:09 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"month\":\"short\",\"day\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"month\":\"2-digit\",\"day\":\"2-digit\",\"year\":\"numeric\"})", "'01/05/2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"month\":\"2-digit\",\"day\":\"2-digit\",\"year\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"month\":\"2-digit\",\"day\":\"2-digit\",\"year\":\"numeric\"})", "'01/05/2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"month\":\"2-digit\",\"day\":\"2-digit\",\"year\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"month\":\"2-digit\",\"day\":\"2-digit\",\"year\":\"numeric\"})", "'01/05/2024, 2:07:09 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"month\":\"2-digit\",\"day\":\"2-digit\",\"year\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"hour\":\"2-digit\",\"minute\":\"2-digit\"})", "'02:07 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"hour\":\"2-digit\",\"minute\":\"2-digit\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"hour\":\"2-digit\",\"minute\":\"2-digit\"})", "'1/5/2024, 02:07 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"hour\":\"2-digit\",\"minute\":\"2-digit\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"hour\":\"2-digit\",\"minute\":\"2-digit\"})", "'02:07 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"hour\":\"2-digit\",\"minute\":\"2-digit\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"hour\":\"numeric\",\"minute\":\"2-digit\",\"hour12\":false})", "'14:07'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"hour\":\"numeric\",\"minute\":\"2-digit\",\"hour12\":false}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"hour\":\"numeric\",\"minute\":\"2-digit\",\"hour12\":false})", "'1/5/2024, 14:07'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"hour\":\"numeric\",\"minute\":\"2-digit\",\"hour12\":false}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"hour\":\"numeric\",\"minute\":\"2-digit\",\"hour12\":false})", "'14:07'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"hour\":\"numeric\",\"minute\":\"2-digit\",\"hour12\":false}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"dateStyle\":\"medium\"})", "'Jan 5, 2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"dateStyle\":\"medium\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"dateStyle\":\"medium\"})", "'Jan 5, 2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"dateStyle\":\"medium\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"dateStyle\":\"medium\"})", "throws TypeError: Invalid option : dateStyle", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"dateStyle\":\"medium\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"dateStyle\":\"full\"})", "'Friday, January 5, 2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"dateStyle\":\"full\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"dateStyle\":\"full\"})", "'Friday, January 5, 2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"dateStyle\":\"full\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"dateStyle\":\"full\"})", "throws TypeError: Invalid option : dateStyle", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"dateStyle\":\"full\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"dateStyle\":\"short\"})", "'1/5/24'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"dateStyle\":\"short\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"dateStyle\":\"short\"})", "'1/5/24'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"dateStyle\":\"short\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"dateStyle\":\"short\"})", "throws TypeError: Invalid option : dateStyle", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"dateStyle\":\"short\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"dateStyle\":\"long\",\"timeStyle\":\"short\"})", "'January 5, 2024 at 2:07 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"dateStyle\":\"long\",\"timeStyle\":\"short\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"dateStyle\":\"long\",\"timeStyle\":\"short\"})", "throws TypeError: Invalid option : timeStyle", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"dateStyle\":\"long\",\"timeStyle\":\"short\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"dateStyle\":\"long\",\"timeStyle\":\"short\"})", "throws TypeError: Invalid option : dateStyle", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"dateStyle\":\"long\",\"timeStyle\":\"short\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"timeStyle\":\"medium\"})", "'2:07:09 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"timeStyle\":\"medium\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"timeStyle\":\"medium\"})", "throws TypeError: Invalid option : timeStyle", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"timeStyle\":\"medium\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"timeStyle\":\"medium\"})", "'2:07:09 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"timeStyle\":\"medium\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"timeStyle\":\"full\"})", "'2:07:09 PM Coordinated Universal Time'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"timeStyle\":\"full\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"timeStyle\":\"full\"})", "throws TypeError: Invalid option : timeStyle", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"timeStyle\":\"full\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"timeStyle\":\"full\"})", "'2:07:09 PM Coordinated Universal Time'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"timeStyle\":\"full\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"timeStyle\":\"long\"})", "'2:07:09 PM UTC'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"timeStyle\":\"long\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"timeStyle\":\"long\"})", "throws TypeError: Invalid option : timeStyle", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"timeStyle\":\"long\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"timeStyle\":\"long\"})", "'2:07:09 PM UTC'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"timeStyle\":\"long\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"weekday\":\"short\"})", "'Fri'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"weekday\":\"short\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"weekday\":\"short\"})", "'Fri'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"weekday\":\"short\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"weekday\":\"short\"})", "'Fri 2:07:09 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"weekday\":\"short\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"month\":\"long\"})", "'January'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"month\":\"long\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"month\":\"long\"})", "'January'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"month\":\"long\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"month\":\"long\"})", "'January at 2:07:09 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"month\":\"long\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"year\":\"numeric\"})", "'2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"year\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"year\":\"numeric\"})", "'2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"year\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"year\":\"numeric\"})", "'2024, 2:07:09 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"year\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"timeZone\":\"UTC\",\"timeZoneName\":\"short\"})", "'1/5/2024, 2:07:09 PM UTC'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"timeZone\":\"UTC\",\"timeZoneName\":\"short\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"timeZone\":\"UTC\",\"timeZoneName\":\"short\"})", "'1/5/2024, UTC'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"timeZone\":\"UTC\",\"timeZoneName\":\"short\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"timeZone\":\"UTC\",\"timeZoneName\":\"short\"})", "'2:07:09 PM UTC'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"timeZone\":\"UTC\",\"timeZoneName\":\"short\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"month\":\"long\",\"year\":\"numeric\"})", "'January 2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"month\":\"long\",\"year\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"month\":\"long\",\"year\":\"numeric\"})", "'January 2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"month\":\"long\",\"year\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"month\":\"long\",\"year\":\"numeric\"})", "'January 2024 at 2:07:09 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"month\":\"long\",\"year\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"year\":\"2-digit\",\"month\":\"narrow\",\"day\":\"2-digit\"})", "'J 05, 24'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"year\":\"2-digit\",\"month\":\"narrow\",\"day\":\"2-digit\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"year\":\"2-digit\",\"month\":\"narrow\",\"day\":\"2-digit\"})", "'J 05, 24'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"year\":\"2-digit\",\"month\":\"narrow\",\"day\":\"2-digit\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"year\":\"2-digit\",\"month\":\"narrow\",\"day\":\"2-digit\"})", "'J 05, 24, 2:07:09 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"year\":\"2-digit\",\"month\":\"narrow\",\"day\":\"2-digit\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"weekday\":\"long\",\"hour\":\"numeric\"})", "'Friday 2 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"weekday\":\"long\",\"hour\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"weekday\":\"long\",\"hour\":\"numeric\"})", "'Friday 2 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"weekday\":\"long\",\"hour\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"weekday\":\"long\",\"hour\":\"numeric\"})", "'Friday 2 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"weekday\":\"long\",\"hour\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"hour\":\"numeric\"})", "'2 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"hour\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"hour\":\"numeric\"})", "'1/5/2024, 2 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"hour\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"hour\":\"numeric\"})", "'2 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"hour\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"minute\":\"2-digit\"})", "'7'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"minute\":\"2-digit\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"minute\":\"2-digit\"})", "'1/5/2024, 7'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"minute\":\"2-digit\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"minute\":\"2-digit\"})", "'7'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"minute\":\"2-digit\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"hour\":\"numeric\",\"minute\":\"numeric\",\"second\":\"numeric\",\"hour12\":true})", "'2:07:09 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"hour\":\"numeric\",\"minute\":\"numeric\",\"second\":\"numeric\",\"hour12\":true}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"hour\":\"numeric\",\"minute\":\"numeric\",\"second\":\"numeric\",\"hour12\":true})", "'1/5/2024, 2:07:09 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"hour\":\"numeric\",\"minute\":\"numeric\",\"second\":\"numeric\",\"hour12\":true}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"hour\":\"numeric\",\"minute\":\"numeric\",\"second\":\"numeric\",\"hour12\":true})", "'2:07:09 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"hour\":\"numeric\",\"minute\":\"numeric\",\"second\":\"numeric\",\"hour12\":true}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"month\":\"numeric\",\"day\":\"numeric\"})", "'1/5'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"month\":\"numeric\",\"day\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"month\":\"numeric\",\"day\":\"numeric\"})", "'1/5'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"month\":\"numeric\",\"day\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"month\":\"numeric\",\"day\":\"numeric\"})", "'1/5, 2:07:09 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"month\":\"numeric\",\"day\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"weekday\":\"short\",\"month\":\"numeric\",\"day\":\"numeric\",\"year\":\"numeric\"})", "'Fri, 1/5/2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"weekday\":\"short\",\"month\":\"numeric\",\"day\":\"numeric\",\"year\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"weekday\":\"short\",\"month\":\"numeric\",\"day\":\"numeric\",\"year\":\"numeric\"})", "'Fri, 1/5/2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"weekday\":\"short\",\"month\":\"numeric\",\"day\":\"numeric\",\"year\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"weekday\":\"short\",\"month\":\"numeric\",\"day\":\"numeric\",\"year\":\"numeric\"})", "'Fri, 1/5/2024, 2:07:09 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"weekday\":\"short\",\"month\":\"numeric\",\"day\":\"numeric\",\"year\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"hourCycle\":\"h23\"})", "'1/5/2024, 14:07:09'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"hourCycle\":\"h23\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"hourCycle\":\"h23\"})", "'1/5/2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"hourCycle\":\"h23\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"hourCycle\":\"h23\"})", "'14:07:09'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"hourCycle\":\"h23\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-GB', {\"day\":\"numeric\",\"month\":\"long\",\"year\":\"numeric\"})", "'5 January 2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-GB", c.static("JSON", "parse", "{\"day\":\"numeric\",\"month\":\"long\",\"year\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-GB', {\"day\":\"numeric\",\"month\":\"long\",\"year\":\"numeric\"})", "'5 January 2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-GB", c.static("JSON", "parse", "{\"day\":\"numeric\",\"month\":\"long\",\"year\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-GB', {\"day\":\"numeric\",\"month\":\"long\",\"year\":\"numeric\"})", "'5 January 2024 at 14:07:09'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-GB", c.static("JSON", "parse", "{\"day\":\"numeric\",\"month\":\"long\",\"year\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('de-DE', {\"day\":\"numeric\",\"month\":\"long\",\"year\":\"numeric\"})", "'5. Januar 2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "de-DE", c.static("JSON", "parse", "{\"day\":\"numeric\",\"month\":\"long\",\"year\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('de-DE', {\"day\":\"numeric\",\"month\":\"long\",\"year\":\"numeric\"})", "'5. Januar 2024'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "de-DE", c.static("JSON", "parse", "{\"day\":\"numeric\",\"month\":\"long\",\"year\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('de-DE', {\"day\":\"numeric\",\"month\":\"long\",\"year\":\"numeric\"})", "'5. Januar 2024 um 14:07:09'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "de-DE", c.static("JSON", "parse", "{\"day\":\"numeric\",\"month\":\"long\",\"year\":\"numeric\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"dateStyle\":\"medium\",\"timeStyle\":\"medium\"})", "'Jan 5, 2024, 2:07:09 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"dateStyle\":\"medium\",\"timeStyle\":\"medium\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"dateStyle\":\"medium\",\"timeStyle\":\"medium\"})", "throws TypeError: Invalid option : timeStyle", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"dateStyle\":\"medium\",\"timeStyle\":\"medium\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"dateStyle\":\"medium\",\"timeStyle\":\"medium\"})", "throws TypeError: Invalid option : dateStyle", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"dateStyle\":\"medium\",\"timeStyle\":\"medium\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleString('en-US', {\"month\":\"short\",\"day\":\"numeric\",\"hour\":\"numeric\",\"minute\":\"2-digit\"})", "'Jan 5, 2:07 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleString", "en-US", c.static("JSON", "parse", "{\"month\":\"short\",\"day\":\"numeric\",\"hour\":\"numeric\",\"minute\":\"2-digit\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleDateString('en-US', {\"month\":\"short\",\"day\":\"numeric\",\"hour\":\"numeric\",\"minute\":\"2-digit\"})", "'Jan 5, 2:07 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleDateString", "en-US", c.static("JSON", "parse", "{\"month\":\"short\",\"day\":\"numeric\",\"hour\":\"numeric\",\"minute\":\"2-digit\"}"))
	}},
	{"new Date(Date.UTC(2024, 0, 5, 14, 7, 9)).toLocaleTimeString('en-US', {\"month\":\"short\",\"day\":\"numeric\",\"hour\":\"numeric\",\"minute\":\"2-digit\"})", "'Jan 5, 2:07 PM'", func(c *tc) Value {
		return c.call(c.date(1704463629000.0), "toLocaleTimeString", "en-US", c.static("JSON", "parse", "{\"month\":\"short\",\"day\":\"numeric\",\"hour\":\"numeric\",\"minute\":\"2-digit\"}"))
	}},
}

func TestDateLocale(t *testing.T) { runCases(t, dateLocaleCases) }

func TestDateParse(t *testing.T)    { runCases(t, dateParseCases) }
func TestDateBuiltins(t *testing.T) { runCases(t, dateCases) }

func TestDateUsesVirtualClock(t *testing.T) {
	r := NewRuntime(Options{StartTime: time.Date(2030, 5, 6, 7, 8, 9, 0, time.UTC)})
	c := &tc{r: r}
	if got := showValue(r, c.static("Date", "now")); got != "1904281689000" {
		t.Fatalf("Date.now() = %s", got)
	}
	r.Clock.Advance(1500)
	if got := c.call(c.construct("Date"), "toISOString").String().GoString(); got != "2030-05-06T07:08:10.500Z" {
		t.Fatalf("new Date() after 1.5s = %s", got)
	}
	if got := c.r.Call(c.global("Date"), Undefined).String().GoString(); got != "Mon May 06 2030 07:08:10 GMT+0000 (Coordinated Universal Time)" {
		t.Fatalf("Date() = %s", got)
	}
	def := NewRuntime(Options{})
	if def.Clock.Now() != float64(DefaultStartTime.UnixMilli()) {
		t.Fatal("default start time")
	}
}
