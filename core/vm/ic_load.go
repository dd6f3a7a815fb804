package vm

// updateLoadIC is the named-load IC miss: it caches where the property was found (an own field,
// or a field of a prototype on the chain, checked by the holder's map) for the receiver's map.
func (r *Runtime) updateLoadIC(fb *FeedbackVector, slot int32, o *Object, k Key) {
	r.makePrototypesFast(o) // LoadIC::Load (proto_fast.go)
	if k.isIndex || o.hc.InstanceType == TypeProxy {
		return
	}
	if !icCacheableReceiver(o, k) {
		// a computed property (an array's length, …): V8 caches an accessor-like handler
		r.icUpdate(fb, slot, icLoad, k.prop, icHandler{m: o.hc, desc: -1, field: -1})
		return
	}
	if o.hc.Dictionary {
		r.icUpdate(fb, slot, icLoad, k.prop, icHandler{m: o.hc, desc: -1, field: -1})
		return
	}
	if i := o.hc.Lookup(k.prop); i >= 0 {
		d := &o.hc.Descriptors[i]
		if d.Attr&AttrAccessor == 0 {
			r.icUpdate(fb, slot, icLoad, k.prop, icHandler{m: o.hc, desc: int32(i), field: int32(d.Field)})
		}
		return
	}
	for p := o.hc.Proto; p != nil; p = p.hc.Proto {
		if p.hc.InstanceType == TypeProxy || !icCacheableReceiver(p, k) {
			return
		}
		if i := p.hc.Lookup(k.prop); i >= 0 {
			d := &p.hc.Descriptors[i]
			if d.Attr&AttrAccessor == 0 {
				r.icUpdate(fb, slot, icLoad, k.prop, icHandler{m: o.hc, holder: p, hmap: p.hc, desc: int32(i), field: int32(d.Field)})
			}
			return
		}
	}
	// not found: V8 caches a "nonexistent" handler on the receiver map
	r.icUpdate(fb, slot, icLoad, k.prop, icHandler{m: o.hc, desc: -1, field: -1})
}
