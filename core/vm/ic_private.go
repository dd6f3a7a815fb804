package vm

// Private names (#x, and V8's own private symbols such as class_fields_symbol) are ordinary
// property keys to V8's ICs: `this.#x` is a KeyedLoadIC or KeyedStoreIC keyed by the private
// symbol, a field initializer's `#x = …` a keyed define, and the class_fields_symbol store on a
// class constructor a StoreIC, so --log-ic shows them like any other key. Their lookups stay own
// properties only (interp_private.go); these helpers add the feedback around them.

// privateLoadIC is the IC step of a load of private key k found on o.
func (r *Runtime) privateLoadIC(f *frame, slot int32, o *Object, k Key, kind icKind) {
	if f.fb != nil && slot >= 0 {
		r.loadIC(f.fb, slot, o, k, kind)
	}
}

// privateStoreIC runs store (which sets or adds private key k on o) with the IC's bookkeeping
// around it: a hit on the cached map, a miss that updates the slot, or without feedback the
// runtime call (logged X,X) when the generic stub cannot follow an existing transition.
func (r *Runtime) privateStoreIC(f *frame, slot int32, o *Object, k Key, v Value, kind icKind, store func()) {
	fb := f.fb
	if fb == nil || slot < 0 {
		if r.Options.LogIC {
			if _, _, found := r.getOwn(o, k); !found && r.genericStoreMisses(o, k, v) {
				store()
				r.emitICLine(-1, kind, "X", "X", nil, k.prop, nil)
				return
			}
		}
		store()
		return
	}
	ic := &fb.ics[slot]
	if ic.state == icMonomorphic || ic.state == icPolymorphic {
		if h := ic.find(o.hc); h != nil && storeHandlerValid(h, o, v) && ic.handlesName(k.prop) {
			ic.setFast(*h)
			store()
			return
		}
	}
	pre := o.hc
	own := r.ownBefore(o, k)
	store()
	r.icMiss(fb, slot, kind, k.prop, pre, r.storeHandler(o, k, pre, own, !own.found))
}
