package vm

import "strings"

// join, toString and toLocaleString. V8 keeps a stack of the arrays being joined and renders a
// cycle (an array that contains itself) as the empty string instead of recursing forever.

// collectionsState is the per-runtime state of the collection builtins.
type collectionsState struct {
	joinStack []*Object
	regexp    regexpLegacy
	// The Iterator constructor and the prototypes of iterator helpers and Iterator.from wrappers.
	iteratorCtor, helperProto, wrapProto *Object
}

// joining pushes o on the join stack; false means o is already being joined (a cycle).
func (r *Runtime) joining(o *Object) bool {
	for _, p := range r.coll.joinStack {
		if p == o {
			return false
		}
	}
	r.coll.joinStack = append(r.coll.joinStack, o)
	return true
}

func (r *Runtime) joined() { r.coll.joinStack = r.coll.joinStack[:len(r.coll.joinStack)-1] }

// joinWith joins o's elements, converting each present, non-nullish one with conv.
func (r *Runtime) joinWith(o *Object, n int64, sep *String, conv func(v Value) *String) Value {
	if !r.joining(o) {
		return StringValue(emptyString)
	}
	defer r.joined()
	var b strings.Builder
	s := sep.GoStringKey()
	for k := int64(0); k < n; k++ {
		if k > 0 {
			b.WriteString(s)
		}
		v := r.Get(o, arrayKey(k), ObjectValue(o))
		if !v.IsNullish() {
			b.WriteString(conv(v).GoStringKey())
		}
	}
	return Str(b.String())
}

var commaString = NewString(",")

func arrayJoin(r *Runtime, this Value, args []Value) Value {
	o := r.ToObject(this)
	n := r.lengthOfArrayLike(o)
	sep := commaString
	if s := Arg(args, 0); !s.IsUndefined() {
		sep = r.ToString(s)
	}
	return r.joinWith(o, n, sep, r.ToString)
}

func arrayToString(r *Runtime, this Value, args []Value) Value {
	o := r.ToObject(this)
	join := r.GetStr(o, "join")
	if join.IsCallable() {
		return r.Call(join, ObjectValue(o))
	}
	return r.Call(ObjectValue(r.core.objectToString), ObjectValue(o))
}

func arrayToLocaleString(r *Runtime, this Value, args []Value) Value {
	o := r.ToObject(this)
	return r.joinWith(o, r.lengthOfArrayLike(o), commaString, func(v Value) *String {
		// ECMA-402: the locales and options arguments are passed on to each element.
		f := r.GetV(v, StrKey("toLocaleString"))
		return r.ToString(r.Call(f, v, Arg(args, 0), Arg(args, 1)))
	})
}
