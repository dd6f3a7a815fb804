package vm

// The console reads internal state of objects that other files own (collections, promises, dates,
// closures). These interfaces and hooks are the contract: the owners implement them on their
// Object.Internal types, and until they do the console shows such objects as empty.

// EntryInspector is implemented by the internal slots of Map, Set, WeakMap and WeakSet objects and
// of Map and Set iterators: V8's PreviewEntries. It lists live entries in iteration order without
// running JavaScript; for key/value collections (Map, WeakMap, and the entries() iterators of
// both Map and Set, whose pairs are [v, v]) entries holds key, value, key, value, … and keyValue
// is true. An iterator lists only the entries it has not yielded yet.
type EntryInspector interface {
	InspectEntries() (entries []Value, keyValue bool)
}

// PromiseState is a promise's [[PromiseState]].
type PromiseState uint8

const (
	PromisePending PromiseState = iota
	PromiseFulfilled
	PromiseRejected
)

// PromiseInspector is implemented by a promise's internal slots.
type PromiseInspector interface {
	InspectPromise() (state PromiseState, result Value)
}

// DateInspector is implemented by a Date's internal slots: the time value (NaN when invalid).
type DateInspector interface {
	InspectTimeValue() float64
}

// GeneratorInspector is implemented by generator objects' internal slots: the generator
// function (for the constructor name V8 reports) and the state DevTools shows ("suspended",
// "running" or "closed").
type GeneratorInspector interface {
	InspectGenerator() (function *Object, state string)
}

func generatorState(o *Object) string {
	if g, ok := o.Internal.(GeneratorInspector); ok {
		_, st := g.InspectGenerator()
		return st
	}
	return "suspended"
}

// PrivateMember is one private field, method or accessor (#x) of an object.
type PrivateMember struct {
	Name     string // with the #
	Value    Value
	Accessor bool
}

// PrivateMembersHook, when set by the interpreter, lists an object's private members in
// definition order: DevTools previews show them (Node does not).
var PrivateMembersHook func(r *Runtime, o *Object) []PrivateMember

// ClosureKindHook, when set (by the interpreter's files, in an init func), reports whether a
// JavaScript closure is an async and/or a generator function. Without it the console derives the
// kind from the function's source text, which is exact but slower.
var ClosureKindHook func(c *Closure) (isAsync, isGenerator bool)

// ConsoleClockHook, when set, returns the current time in milliseconds for console.time /
// timeLog / timeEnd (a finer clock than r.Clock, or a test's). Without it the runtime's virtual
// clock is read.
var ConsoleClockHook func(r *Runtime) float64

func (r *Runtime) consoleNow() float64 {
	if ConsoleClockHook != nil {
		return ConsoleClockHook(r)
	}
	if r.Clock != nil {
		return r.Clock.Now()
	}
	return 0
}

// dateTimeValue returns a Date object's time value.
func dateTimeValue(o *Object) float64 {
	switch d := o.Internal.(type) {
	case DateInspector:
		return d.InspectTimeValue()
	case float64:
		return d
	case Value:
		if d.IsNumber() {
			return d.Num()
		}
	}
	return NaN.Num()
}

// collectionEntries returns the entries of a Map/Set/WeakMap/WeakSet or collection iterator.
func collectionEntries(o *Object) ([]Value, bool) {
	if e, ok := o.Internal.(EntryInspector); ok {
		return e.InspectEntries()
	}
	return nil, o.hc.InstanceType == TypeMap || o.hc.InstanceType == TypeWeakMap
}

// promiseDetails returns a promise's state and result.
func promiseDetails(o *Object) (PromiseState, Value) {
	if p, ok := o.Internal.(PromiseInspector); ok {
		return p.InspectPromise()
	}
	return PromisePending, Undefined
}

// functionKind reports async/generator for any function object.
func (r *Runtime) functionKind(f *Object) (isAsync, isGenerator bool) {
	fd, ok := f.Internal.(*FunctionData)
	if !ok || fd.Closure == nil {
		return false, false
	}
	if ClosureKindHook != nil {
		return ClosureKindHook(fd.Closure)
	}
	return functionKindFromSource(r.closureSourceText(fd.Closure))
}

// functionKindFromSource classifies function source text: `async function* f`, `async (x) =>`,
// `*gen() {}`, `async *m() {}`, `function* g`.
func functionKindFromSource(src string) (isAsync, isGenerator bool) {
	s := src
	if hasWordPrefix(s, "async") {
		rest := trimJSSpaceLeft(s[5:])
		// `async` alone, `async = 1`… are not async functions; `async x =>`, `async (`, `async function`,
		// `async *m`, `async m(` are.
		if rest != "" && rest[0] != '=' && rest[0] != ':' {
			isAsync = true
			s = rest
		}
	}
	if hasWordPrefix(s, "function") {
		s = trimJSSpaceLeft(s[8:])
	} else if hasWordPrefix(s, "get") || hasWordPrefix(s, "set") || hasWordPrefix(s, "static") {
		return isAsync, false
	}
	return isAsync, s != "" && s[0] == '*'
}

func hasWordPrefix(s, w string) bool {
	if len(s) < len(w) || s[:len(w)] != w {
		return false
	}
	if len(s) == len(w) {
		return true
	}
	c := s[len(w)]
	return !(c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80)
}

func trimJSSpaceLeft(s string) string {
	for i, c := range s {
		if !isJSWhitespace(c) && c != '\n' && c != '\r' && c != 0x2028 && c != 0x2029 {
			return s[i:]
		}
	}
	return ""
}

// functionSourceText is Function.prototype.toString's result for any callable.
func (r *Runtime) functionSourceText(f *Object) string {
	if fd, ok := f.Internal.(*FunctionData); ok {
		if fd.Closure != nil {
			return r.closureSourceText(fd.Closure)
		}
		return "function " + r.FunctionName(f) + "() { [native code] }"
	}
	return "function () { [native code] }"
}
