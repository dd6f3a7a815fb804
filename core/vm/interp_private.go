package vm

// Private names (#x) and class brands are private symbols: properties keyed by them live on
// the object itself, are never looked up on the prototype chain or forwarded by proxies, and
// have their own errors (V8's LoadIC/StoreIC/DefineKeyedOwnIC private-symbol paths).

// privateSymbol reports whether key is a private symbol.
func privateSymbol(key Value) *Symbol {
	if key.kind == KindSymbol {
		if s := key.Symbol(); s.Private {
			return s
		}
	}
	return nil
}

// isBrandSymbol: brands are described by the class name, private names by "#name".
func isBrandSymbol(s *Symbol) bool {
	if s.Description.kind != KindString {
		return true
	}
	d := s.Description.String().GoString()
	return len(d) == 0 || d[0] != '#'
}

func privateDescription(s *Symbol) string {
	if s.Description.kind != KindString {
		return "anonymous"
	}
	d := s.Description.String().GoString()
	if d == "" {
		return "anonymous"
	}
	return d
}

func (r *Runtime) privateGet(obj Value, s *Symbol) Value {
	if o := obj.AsObject(); o != nil {
		if v, _, ok := r.getOwn(o, Key{prop: PropertyKey{sym: s}}); ok {
			return v
		}
	}
	if isBrandSymbol(s) {
		r.ThrowTypeError("Receiver must be an instance of class %s", privateDescription(s))
	}
	r.ThrowTypeError("Cannot read private member %s from an object whose class did not declare it", privateDescription(s))
	return Undefined
}

func (r *Runtime) privateSet(obj Value, s *Symbol, v Value) {
	if o := obj.AsObject(); o != nil {
		k := PropertyKey{sym: s}
		if _, _, ok := r.getOwn(o, Key{prop: k}); ok {
			r.setOwnValue(o, k, v)
			return
		}
	}
	r.ThrowTypeError("Cannot write private member %s to an object whose class did not declare it", privateDescription(s))
}

// privateDefine adds a private field or brand (DefineKeyedOwnProperty with a private key).
func (r *Runtime) privateDefine(obj Value, s *Symbol, v Value) {
	o := obj.AsObject()
	if o == nil {
		r.ThrowTypeError("Cannot define private member %s on a non-object", privateDescription(s))
	}
	k := PropertyKey{sym: s}
	if _, _, ok := r.getOwn(o, Key{prop: k}); ok {
		if isBrandSymbol(s) {
			r.ThrowTypeError("Cannot initialize private methods of class %s twice on the same object", privateDescription(s))
		}
		r.ThrowTypeError("Cannot initialize %s twice on the same object", privateDescription(s))
	}
	r.addOwn(o, k, v, AttrWritable)
}

// keyedDefineRuntime is called before a DefineKeyedOwnProperty with a name key (a private field
// or brand, a computed class field) on fast-mode o of map m; the function it returns runs after
// it. When the define made a new transition, i.e. went to V8's runtime, the prototypes on the
// receiver's chain go through setup mode again, so a class prototype no IC marked
// should-be-fast becomes a dictionary (Node 26: `class A { #x; }` after `new A()`, and both
// prototypes for `class B extends A {}` after `new B()`; a named field define or store miss in
// the same construction makes them fast again: natives/proto_keyed_define.js).
func (r *Runtime) keyedDefineRuntime(o *Object, m *HiddenClass, key Value) func() {
	k := r.ToPropertyKey(key).prop
	attr := AttrDefault
	if k.sym != nil && k.sym.Private {
		attr = AttrWritable
	}
	if m.findTransition(transitionKey{key: k, attr: attr}) != nil {
		return func() {} // the generic stub follows the existing edge itself
	}
	return func() {
		if o.hc == m || o.hc.Dictionary {
			return
		}
		for p := o.hc.Proto; p != nil && p.hc.InstanceType != TypeProxy; p = p.hc.Proto {
			r.becomesPrototype(p)
		}
	}
}

// privateHas is `#x in o` once o is known to be an object.
func (r *Runtime) privateHas(o *Object, s *Symbol) bool {
	_, _, ok := r.getOwn(o, Key{prop: PropertyKey{sym: s}})
	return ok
}

// defineKeyedOwn is DefineKeyedOwnProperty: class fields (private or computed keys) and brands.
func (r *Runtime) defineKeyedOwn(f *frame, obj Value, key Value, v Value, flags, slot int32) {
	if o := obj.AsObject(); o != nil && !o.hc.Dictionary && (key.kind == KindString || key.kind == KindSymbol) {
		defer r.keyedDefineRuntime(o, o.hc, key)()
	}
	if s := privateSymbol(key); s != nil {
		if o := obj.AsObject(); o != nil && !r.privateHas(o, s) && f.fb != nil {
			// V8 logs a private field's DefineKeyedOwnIC as a KeyedStoreIC
			r.privateStoreIC(f, slot, o, Key{prop: PropertyKey{sym: s}}, v, icKeyedStore, func() { // ic_private.go
				r.privateDefine(obj, s, v)
			})
			return
		}
		r.privateDefine(obj, s, v)
		return
	}
	o := obj.AsObject()
	if o == nil {
		r.ThrowTypeError("Cannot define property on a non-object")
	}
	k := r.ToPropertyKey(key)
	if flags&1 != 0 {
		r.setFunctionNameFromKey(v, k, "")
	}
	if !r.CreateDataProperty(o, k, v) {
		r.ThrowTypeError("Cannot redefine property: %s", keyForMessage(k))
	}
}
