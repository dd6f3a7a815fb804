package vm

// Set, its iterators, and the ES2025 set methods (union, intersection, …), which accept any
// "set-like" argument through GetSetRecord (size, has, keys).

func init() { registerBuiltins(24, "set", installSet) }

func installSet(r *Runtime) {
	in := &r.Intrinsics
	ctor := r.NewNativeConstructor("Set", 0, in.SetPrototype, nil, func(r *Runtime, args []Value, newTarget *Object) Value {
		s := r.NewObjectOfType(TypeSet, r.GetPrototypeFromConstructor(newTarget, in.SetPrototype), NewMapData(false))
		r.addEntriesFromIterable(s, Arg(args, 0), "add", false)
		return ObjectValue(s)
	})
	in.Set = ctor
	r.defineSpeciesGetter(ctor)
	p := in.SetPrototype
	set := func(this Value, method string) *MapData { return r.thisMap(this, TypeSet, "Set.prototype."+method) }
	r.DefineMethod(p, "has", 1, func(r *Runtime, this Value, args []Value) Value {
		return Bool(set(this, "has").Has(Arg(args, 0)))
	})
	r.DefineMethod(p, "add", 1, func(r *Runtime, this Value, args []Value) Value {
		set(this, "add").Set(Arg(args, 0), Undefined)
		return this
	})
	r.DefineMethod(p, "delete", 1, func(r *Runtime, this Value, args []Value) Value {
		return Bool(set(this, "delete").Delete(Arg(args, 0)))
	})
	r.DefineMethod(p, "difference", 1, setDifference)
	r.DefineMethod(p, "clear", 0, func(r *Runtime, this Value, args []Value) Value {
		set(this, "clear").Clear()
		return Undefined
	})
	r.DefineMethod(p, "entries", 0, func(r *Runtime, this Value, args []Value) Value {
		return r.newCollectionIterator(set(this, "entries"), TypeSetIterator, iterEntries)
	})
	r.DefineMethod(p, "forEach", 1, func(r *Runtime, this Value, args []Value) Value {
		return r.collectionForEach(set(this, "forEach"), this, args)
	})
	r.DefineMethod(p, "intersection", 1, setIntersection)
	r.DefineMethod(p, "isSubsetOf", 1, setIsSubsetOf)
	r.DefineMethod(p, "isSupersetOf", 1, setIsSupersetOf)
	r.DefineMethod(p, "isDisjointFrom", 1, setIsDisjointFrom)
	r.DefineGetter(p, StrKey("size"), func(r *Runtime, this Value, args []Value) Value {
		return Int(r.thisMap(this, TypeSet, "get Set.prototype.size").Size())
	})
	r.DefineMethod(p, "symmetricDifference", 1, setSymmetricDifference)
	r.DefineMethod(p, "union", 1, setUnion)
	values := r.DefineMethod(p, "values", 0, func(r *Runtime, this Value, args []Value) Value {
		return r.newCollectionIterator(set(this, "values"), TypeSetIterator, iterValues)
	})
	r.DefineData(p, StrKey("keys"), ObjectValue(values), AttrHidden)
	r.DefineData(p, symKey(r.Symbols.ToStringTag), Str("Set"), AttrConfigurable)
	r.DefineData(p, symKey(r.Symbols.Iterator), ObjectValue(values), AttrHidden)
	r.installIteratorProto(in.SetIteratorPrototype, "Set Iterator", func(r *Runtime, this Value, args []Value) Value {
		return r.collectionIteratorNext(this, TypeSetIterator, "Set Iterator")
	})
	r.DefineData(r.Global, StrKey("Set"), ObjectValue(ctor), AttrHidden)
}

// setRecord is a Set Record: what the set methods need from their argument.
type setRecord struct {
	obj       Value
	size      float64
	has, keys Value
}

// getSetRecord is GetSetRecord(obj).
func (r *Runtime) getSetRecord(v Value, method string) *setRecord {
	o := v.AsObject()
	if o == nil {
		r.ThrowTypeError("Set.prototype.%s argument must be an object", method)
	}
	n := r.ToNumber(r.GetStr(o, "size"))
	if n != n {
		r.ThrowTypeError("The .size property is NaN")
	}
	size := r.ToIntegerOrInfinity(Number(n))
	if size < 0 {
		r.ThrowRangeError("'%s' is an invalid size", NumberToString(size))
	}
	has := r.GetStr(o, "has")
	if !has.IsCallable() {
		r.ThrowTypeError(`string "has" is not a function`)
	}
	keys := r.GetStr(o, "keys")
	if !keys.IsCallable() {
		r.ThrowTypeError(`string "keys" is not a function`)
	}
	return &setRecord{obj: v, size: size, has: has, keys: keys}
}

func (r *Runtime) setRecordHas(rec *setRecord, k Value) bool {
	return ToBoolean(r.Call(rec.has, rec.obj, k))
}

// eachKey calls f for each value of the record's keys() iterator until f returns false (then
// the iterator is closed).
func (r *Runtime) eachKey(rec *setRecord, f func(k Value) bool) {
	res := r.Call(rec.keys, rec.obj)
	o := res.AsObject()
	if o == nil {
		r.ThrowTypeError("Result of the keys method is not an object")
	}
	it := &Iterator{Object: o, Next: r.GetStr(o, "next")}
	for {
		k, ok := r.Step(it)
		if !ok {
			return
		}
		if k.kind == KindNumber && k.num == 0 {
			k = Int(0)
		}
		if !f(k) {
			r.Close(it)
			return
		}
	}
}

func (r *Runtime) newSetFrom(d *MapData) Value {
	return ObjectValue(r.NewObjectOfType(TypeSet, r.Intrinsics.SetPrototype, d))
}

func (m *MapData) copyData() *MapData {
	d := NewMapData(m.IsMap)
	for _, e := range m.entries {
		if !e.deleted {
			d.Set(e.Key, e.Value)
		}
	}
	return d
}

func setUnion(r *Runtime, this Value, args []Value) Value {
	s := r.thisMap(this, TypeSet, "Set.prototype.union")
	rec := r.getSetRecord(Arg(args, 0), "union")
	out := s.copyData()
	r.eachKey(rec, func(k Value) bool { out.Set(k, Undefined); return true })
	return r.newSetFrom(out)
}

func setIntersection(r *Runtime, this Value, args []Value) Value {
	s := r.thisMap(this, TypeSet, "Set.prototype.intersection")
	rec := r.getSetRecord(Arg(args, 0), "intersection")
	out := NewMapData(false)
	if float64(s.Size()) <= rec.size {
		c := s.cursor()
		for e, ok := c.next(); ok; e, ok = c.next() {
			if r.setRecordHas(rec, e.Key) {
				out.Set(e.Key, Undefined)
			}
		}
	} else {
		r.eachKey(rec, func(k Value) bool {
			if s.Has(k) {
				out.Set(k, Undefined)
			}
			return true
		})
	}
	return r.newSetFrom(out)
}

func setDifference(r *Runtime, this Value, args []Value) Value {
	s := r.thisMap(this, TypeSet, "Set.prototype.difference")
	rec := r.getSetRecord(Arg(args, 0), "difference")
	out := s.copyData()
	if float64(s.Size()) <= rec.size {
		c := s.cursor()
		for e, ok := c.next(); ok; e, ok = c.next() {
			if r.setRecordHas(rec, e.Key) {
				out.Delete(e.Key)
			}
		}
	} else {
		r.eachKey(rec, func(k Value) bool { out.Delete(k); return true })
	}
	return r.newSetFrom(out)
}

func setSymmetricDifference(r *Runtime, this Value, args []Value) Value {
	s := r.thisMap(this, TypeSet, "Set.prototype.symmetricDifference")
	rec := r.getSetRecord(Arg(args, 0), "symmetricDifference")
	out := s.copyData()
	r.eachKey(rec, func(k Value) bool {
		if s.Has(k) {
			out.Delete(k)
		} else {
			out.Set(k, Undefined)
		}
		return true
	})
	return r.newSetFrom(out)
}

func setIsSubsetOf(r *Runtime, this Value, args []Value) Value {
	s := r.thisMap(this, TypeSet, "Set.prototype.isSubsetOf")
	rec := r.getSetRecord(Arg(args, 0), "isSubsetOf")
	if float64(s.Size()) > rec.size {
		return False
	}
	c := s.cursor()
	for e, ok := c.next(); ok; e, ok = c.next() {
		if !r.setRecordHas(rec, e.Key) {
			return False
		}
	}
	return True
}

func setIsSupersetOf(r *Runtime, this Value, args []Value) Value {
	s := r.thisMap(this, TypeSet, "Set.prototype.isSupersetOf")
	rec := r.getSetRecord(Arg(args, 0), "isSupersetOf")
	if float64(s.Size()) < rec.size {
		return False
	}
	result := true
	r.eachKey(rec, func(k Value) bool {
		result = s.Has(k)
		return result
	})
	return Bool(result)
}

func setIsDisjointFrom(r *Runtime, this Value, args []Value) Value {
	s := r.thisMap(this, TypeSet, "Set.prototype.isDisjointFrom")
	rec := r.getSetRecord(Arg(args, 0), "isDisjointFrom")
	if float64(s.Size()) <= rec.size {
		c := s.cursor()
		for e, ok := c.next(); ok; e, ok = c.next() {
			if r.setRecordHas(rec, e.Key) {
				return False
			}
		}
		return True
	}
	result := true
	r.eachKey(rec, func(k Value) bool {
		result = !s.Has(k)
		return result
	})
	return Bool(result)
}
