package vm

import "math"

// Date: constructor, Date.now/parse/UTC, and Date.prototype's getters and setters. Time comes
// only from the runtime's virtual clock (clock.go); local time is UTC plus the clock's fixed
// offset (0 by default). Formatting is in builtin_date_format.go, parsing in builtin_date_parse.go.

func init() { registerBuiltins(26, "date", installDate) }

// DateData is a Date's [[DateValue]] (NaN for an invalid date).
type DateData struct {
	T float64
}

// InspectTimeValue implements DateInspector.
func (d *DateData) InspectTimeValue() float64 { return d.T }

// NewDate makes a Date object holding time value t.
func (r *Runtime) NewDate(t float64) *Object {
	return r.NewObjectOfType(TypeDate, r.Intrinsics.DatePrototype, &DateData{T: timeClip(t)})
}

func installDate(r *Runtime) {
	in := &r.Intrinsics
	ctor := r.NewNativeConstructor("Date", 7, in.DatePrototype,
		func(r *Runtime, this Value, args []Value) Value {
			return Str(r.dateToString(r.Clock.Now(), dateFull))
		},
		func(r *Runtime, args []Value, newTarget *Object) Value {
			t := r.dateFromArgs(args)
			return ObjectValue(r.NewObjectOfType(TypeDate, r.GetPrototypeFromConstructor(newTarget, in.DatePrototype), &DateData{T: t}))
		})
	in.Date = ctor
	r.DefineMethod(ctor, "now", 0, func(r *Runtime, this Value, args []Value) Value { return Number(r.Clock.Now()) })
	r.DefineMethod(ctor, "parse", 1, func(r *Runtime, this Value, args []Value) Value {
		return Number(r.parseDate(r.ToString(Arg(args, 0)).GoString()))
	})
	r.DefineMethod(ctor, "UTC", 7, dateUTC)
	r.installDatePrototype(in.DatePrototype)
	r.DefineData(r.Global, StrKey("Date"), ObjectValue(ctor), AttrHidden)
}

// dateFromArgs is the time value `new Date(...args)` gets.
func (r *Runtime) dateFromArgs(args []Value) float64 {
	switch len(args) {
	case 0:
		return r.Clock.Now()
	case 1:
		v := args[0]
		if o := v.AsObject(); o != nil && o.hc.InstanceType == TypeDate {
			if d, ok := o.Internal.(*DateData); ok {
				return d.T
			}
		}
		p := r.ToPrimitive(v, HintDefault)
		if p.kind == KindString {
			return r.parseDate(p.String().GoString())
		}
		return timeClip(r.ToNumber(p))
	}
	f := r.dateFields(args)
	return timeClip(r.utcTime(f))
}

// dateFields converts (year, month[, date, hours, minutes, seconds, ms]) to a time value,
// converting every argument in order as the spec requires.
func (r *Runtime) dateFields(args []Value) float64 {
	c := [7]float64{math.NaN(), 0, 1, 0, 0, 0, 0}
	for i := 0; i < len(args) && i < 7; i++ {
		c[i] = r.ToNumber(args[i])
	}
	y := makeFullYear(c[0])
	return makeDate(makeDay(y, c[1], c[2]), makeTime(c[3], c[4], c[5], c[6]))
}

func dateUTC(r *Runtime, this Value, args []Value) Value {
	if len(args) == 0 {
		return NaN
	}
	return Number(timeClip(r.dateFields(args)))
}

// thisTimeValue is thisTimeValue(this) with the message V8 uses for getters.
func (r *Runtime) thisTimeValue(this Value) *DateData {
	if o := this.AsObject(); o != nil && o.hc.InstanceType == TypeDate {
		if d, ok := o.Internal.(*DateData); ok {
			return d
		}
	}
	r.ThrowTypeError("this is not a Date object.")
	return nil
}

// thisDate is thisTimeValue with the incompatible-receiver message of setters and formatters.
func (r *Runtime) thisDate(this Value, method string) *DateData {
	if o := this.AsObject(); o != nil && o.hc.InstanceType == TypeDate {
		if d, ok := o.Internal.(*DateData); ok {
			return d
		}
	}
	r.incompatibleReceiver("Date.prototype."+method, this)
	return nil
}

// Date components, in MakeDay/MakeTime argument order.
const (
	compYear = iota
	compMonth
	compDate
	compHours
	compMinutes
	compSeconds
	compMs
)

func dateComponents(t float64) [7]float64 {
	return [7]float64{yearFromTime(t), monthFromTime(t), dateFromTime(t), hourFromTime(t), minFromTime(t), secFromTime(t), msFromTime(t)}
}

func composeTime(c [7]float64) float64 {
	return makeDate(makeDay(c[0], c[1], c[2]), makeTime(c[3], c[4], c[5], c[6]))
}

type dateGetter struct {
	name string
	utc  bool
	get  func(t float64) float64
}

type dateSetter struct {
	name  string
	utc   bool
	first int // the component the first argument replaces
	n     int // how many components the setter takes
}

func (r *Runtime) installDatePrototype(p *Object) {
	getter := func(g dateGetter) NativeFunc {
		return func(r *Runtime, this Value, args []Value) Value {
			t := r.thisTimeValue(this).T
			if t != t {
				return NaN
			}
			if !g.utc {
				t = r.localTime(t)
			}
			return Number(g.get(t))
		}
	}
	setter := func(s dateSetter) NativeFunc {
		return func(r *Runtime, this Value, args []Value) Value {
			return Number(r.dateSet(this, args, s))
		}
	}
	formatter := func(name string, f func(r *Runtime, t float64) Value) NativeFunc {
		return func(r *Runtime, this Value, args []Value) Value {
			return f(r, r.thisDate(this, name).T)
		}
	}
	for _, e := range datePrototypeTable {
		var fn NativeFunc
		switch x := e.impl.(type) {
		case dateGetter:
			fn = getter(x)
		case dateSetter:
			fn = setter(x)
		case func(r *Runtime, t float64) Value:
			fn = formatter(e.name, x)
		case NativeFunc:
			fn = x
		}
		if e.alias != "" {
			r.DefineData(p, StrKey(e.name), r.GetStr(p, e.alias), AttrHidden)
			continue
		}
		r.DefineMethod(p, e.name, e.length, fn)
	}
	r.DefineSymbolMethod(p, r.Symbols.ToPrimitive, "[Symbol.toPrimitive]", 1, dateToPrimitive, AttrConfigurable)
}

type dateMethod struct {
	name   string
	length int
	impl   any
	alias  string
}

// datePrototypeTable is Date.prototype's methods in V8's property order.
var datePrototypeTable = []dateMethod{
	{"toString", 0, dateFormatter(dateFull), ""},
	{"toDateString", 0, dateFormatter(dateOnly), ""},
	{"toTimeString", 0, dateFormatter(timeOnly), ""},
	{"toISOString", 0, func(r *Runtime, t float64) Value { return Str(r.dateISOString(t)) }, ""},
	{"toUTCString", 0, func(r *Runtime, t float64) Value { return Str(dateUTCString(t)) }, ""},
	{"toGMTString", 0, nil, "toUTCString"},
	{"getDate", 0, dateGetter{get: dateFromTime}, ""},
	{"setDate", 1, dateSetter{first: compDate, n: 1}, ""},
	{"getDay", 0, dateGetter{get: weekDay}, ""},
	{"getFullYear", 0, dateGetter{get: yearFromTime}, ""},
	{"setFullYear", 3, dateSetter{first: compYear, n: 3}, ""},
	{"getHours", 0, dateGetter{get: hourFromTime}, ""},
	{"setHours", 4, dateSetter{first: compHours, n: 4}, ""},
	{"getMilliseconds", 0, dateGetter{get: msFromTime}, ""},
	{"setMilliseconds", 1, dateSetter{first: compMs, n: 1}, ""},
	{"getMinutes", 0, dateGetter{get: minFromTime}, ""},
	{"setMinutes", 3, dateSetter{first: compMinutes, n: 3}, ""},
	{"getMonth", 0, dateGetter{get: monthFromTime}, ""},
	{"setMonth", 2, dateSetter{first: compMonth, n: 2}, ""},
	{"getSeconds", 0, dateGetter{get: secFromTime}, ""},
	{"setSeconds", 2, dateSetter{first: compSeconds, n: 2}, ""},
	{"getTime", 0, dateGetter{utc: true, get: func(t float64) float64 { return t }}, ""},
	{"setTime", 1, NativeFunc(dateSetTime), ""},
	{"getTimezoneOffset", 0, NativeFunc(dateGetTimezoneOffset), ""},
	{"getUTCDate", 0, dateGetter{utc: true, get: dateFromTime}, ""},
	{"setUTCDate", 1, dateSetter{utc: true, first: compDate, n: 1}, ""},
	{"getUTCDay", 0, dateGetter{utc: true, get: weekDay}, ""},
	{"getUTCFullYear", 0, dateGetter{utc: true, get: yearFromTime}, ""},
	{"setUTCFullYear", 3, dateSetter{utc: true, first: compYear, n: 3}, ""},
	{"getUTCHours", 0, dateGetter{utc: true, get: hourFromTime}, ""},
	{"setUTCHours", 4, dateSetter{utc: true, first: compHours, n: 4}, ""},
	{"getUTCMilliseconds", 0, dateGetter{utc: true, get: msFromTime}, ""},
	{"setUTCMilliseconds", 1, dateSetter{utc: true, first: compMs, n: 1}, ""},
	{"getUTCMinutes", 0, dateGetter{utc: true, get: minFromTime}, ""},
	{"setUTCMinutes", 3, dateSetter{utc: true, first: compMinutes, n: 3}, ""},
	{"getUTCMonth", 0, dateGetter{utc: true, get: monthFromTime}, ""},
	{"setUTCMonth", 2, dateSetter{utc: true, first: compMonth, n: 2}, ""},
	{"getUTCSeconds", 0, dateGetter{utc: true, get: secFromTime}, ""},
	{"setUTCSeconds", 2, dateSetter{utc: true, first: compSeconds, n: 2}, ""},
	{"valueOf", 0, dateGetter{utc: true, get: func(t float64) float64 { return t }}, ""},
	{"getYear", 0, NativeFunc(dateGetYear), ""},
	{"setYear", 1, NativeFunc(dateSetYear), ""},
	{"toJSON", 1, NativeFunc(dateToJSON), ""},
	{"toLocaleString", 0, dateLocaleFormatter("toLocaleString", "any", "all"), ""},
	{"toLocaleDateString", 0, dateLocaleFormatter("toLocaleDateString", "date", "date"), ""},
	{"toLocaleTimeString", 0, dateLocaleFormatter("toLocaleTimeString", "time", "time"), ""},
}

// dateSet is the shared algorithm of the setX/setUTCX methods.
func (r *Runtime) dateSet(this Value, args []Value, s dateSetter) float64 {
	method := "set"
	if s.utc {
		method += "UTC"
	}
	method += [...]string{"FullYear", "Month", "Date", "Hours", "Minutes", "Seconds", "Milliseconds"}[s.first]
	d := r.thisDate(this, method)
	t := d.T
	if !s.utc && t == t {
		t = r.localTime(t)
	}
	if s.first == compYear && t != t {
		t = 0
	}
	vals := make([]float64, 0, s.n)
	for i := 0; i < s.n && (i == 0 || i < len(args)); i++ {
		vals = append(vals, r.ToNumber(Arg(args, i)))
	}
	if t != t {
		return math.NaN()
	}
	c := dateComponents(t)
	for i, v := range vals {
		c[s.first+i] = v
	}
	nt := composeTime(c)
	if !s.utc {
		nt = r.utcTime(nt)
	}
	d.T = timeClip(nt)
	return d.T
}

func dateSetTime(r *Runtime, this Value, args []Value) Value {
	d := r.thisDate(this, "setTime")
	d.T = timeClip(r.ToNumber(Arg(args, 0)))
	return Number(d.T)
}

func dateGetTimezoneOffset(r *Runtime, this Value, args []Value) Value {
	t := r.thisTimeValue(this).T
	if t != t {
		return NaN
	}
	return Number((t - r.localTime(t)) / 60000)
}

func dateGetYear(r *Runtime, this Value, args []Value) Value {
	t := r.thisDate(this, "getYear").T
	if t != t {
		return NaN
	}
	return Number(yearFromTime(r.localTime(t)) - 1900)
}

func dateSetYear(r *Runtime, this Value, args []Value) Value {
	d := r.thisDate(this, "setYear")
	t := d.T
	y := r.ToNumber(Arg(args, 0))
	if t != t {
		t = 0
	} else {
		t = r.localTime(t)
	}
	yyyy := makeFullYear(y)
	nd := makeDate(makeDay(yyyy, monthFromTime(t), dateFromTime(t)), timeWithinDay(t))
	d.T = timeClip(r.utcTime(nd))
	return Number(d.T)
}

func dateToJSON(r *Runtime, this Value, args []Value) Value {
	o := r.ToObject(this)
	tv := r.ToPrimitive(ObjectValue(o), HintNumber)
	if tv.kind == KindNumber && !allFinite(tv.num) {
		return Null
	}
	f := r.GetStr(o, "toISOString")
	if !f.IsCallable() {
		r.ThrowTypeError("toISOString is not a function")
	}
	return r.Call(f, ObjectValue(o))
}

func dateToPrimitive(r *Runtime, this Value, args []Value) Value {
	o := this.AsObject()
	if o == nil {
		r.ThrowTypeError("Method Date.prototype [ @@toPrimitive ] called on incompatible receiver %s", r.noSideEffectsToString(this))
	}
	hint := Arg(args, 0)
	order := [2]string{"valueOf", "toString"}
	switch {
	case hint.kind == KindString && (hint.String().GoString() == "string" || hint.String().GoString() == "default"):
		order = [2]string{"toString", "valueOf"}
	case hint.kind == KindString && hint.String().GoString() == "number":
	default:
		r.ThrowTypeError("Invalid hint: %s", r.noSideEffectsToString(hint))
	}
	for _, name := range order {
		if m := r.GetStr(o, name); m.IsCallable() {
			if res := r.Call(m, this); !res.IsObject() {
				return res
			}
		}
	}
	r.ThrowTypeError("Cannot convert object to primitive value")
	return Undefined
}
