package vm

// %IteratorPrototype% and the plumbing shared by the builtin iterators (Array, String, Map,
// Set, RegExp String): each is an object of its own instance type whose Internal holds the
// iteration state, and whose prototype has `next` and a @@toStringTag.

func init() { registerBuiltins(15, "iterator", installIteratorPrototype) }

func installIteratorPrototype(r *Runtime) {
	r.DefineSymbolMethod(r.Intrinsics.IteratorPrototype, r.Symbols.Iterator, "[Symbol.iterator]", 0,
		func(r *Runtime, this Value, args []Value) Value { return this }, AttrHidden)
}

// installIteratorProto gives a builtin iterator prototype its next method and @@toStringTag.
func (r *Runtime) installIteratorProto(proto *Object, tag string, next NativeFunc) *Object {
	f := r.DefineMethod(proto, "next", 0, next)
	r.DefineData(proto, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str(tag), AttrConfigurable)
	return f
}

// iteratorState fetches the Internal of a builtin iterator of type t, or throws V8's
// incompatible-receiver error naming the iterator ("Array Iterator", …).
func (r *Runtime) iteratorState(this Value, t InstanceType, tag string) any {
	if o := this.AsObject(); o != nil && o.hc.InstanceType == t {
		return o.Internal
	}
	r.incompatibleReceiver(tag+".prototype.next", this)
	return nil
}
