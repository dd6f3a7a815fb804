package vm

// loadIC is the slow path of a named load (or a keyed load with a name key) in a function with a
// feedback vector: the slot's handlers are asked first; only a miss computes a handler (V8's
// LoadIC::ComputeHandler) and moves the state.
func (r *Runtime) loadIC(fb *FeedbackVector, slot int32, o *Object, k Key, kind icKind) {
	if o.hc.InstanceType == TypeProxy && kind == icLoad {
		return
	}
	ic := &fb.ics[slot]
	switch ic.state {
	case icMonomorphic, icPolymorphic:
		if !kind.keyed() || ic.handlesName(k.prop) {
			if h := ic.find(o.hc); h != nil && loadHandlerValid(h, o, k) {
				ic.setFast(*h)
				return
			}
		}
	case icMegamorphic:
		if kind.keyed() && ownPropertyGeneric(o, k) {
			return // KeyedLoadIC_Megamorphic finds own properties without the stub cache
		}
		if h, ok := r.megaProbe(ic, false, k.prop, o.hc); ok && loadHandlerValid(h, o, k) {
			ic.setFast(*h) // the interpreter's fast path tries the map hit last
			return
		}
	}
	r.makePrototypesFast(o) // LoadIC::Load (proto_fast.go)
	h := r.loadHandler(o, k)
	h.m = o.hc
	r.icMiss(fb, slot, kind, k.prop, o.hc, h)
}

// ownPropertyGeneric: the receiver has the property itself (fast or dictionary), or is in
// dictionary mode (the generic lookup walks the chain in the stub, without a miss).
func ownPropertyGeneric(o *Object, k Key) bool {
	if o.hc.Dictionary {
		return true
	}
	return o.hc.Lookup(k.prop) >= 0
}

// loadHandlerValid reports whether a cached load handler still applies to o.
func loadHandlerValid(h *icHandler, o *Object, k Key) bool {
	switch h.kind {
	case hProtoField:
		return h.holder.hc == h.hmap && protosValid(o.hc, h.protos)
	case hNonexistent:
		return protosValid(o.hc, h.protos)
	case hNormal:
		// LoadNormal looks the name up in the receiver's dictionary and misses if absent
		if o.dict == nil {
			return false
		}
		_, ok := o.dict.get(k.prop)
		return ok
	case hOther:
		return h.protos == nil || protosValid(o.hc, h.protos)
	}
	return true
}

// loadHandler is the handler V8 caches for loading k from o: an own field, a field of the
// prototype that holds it (checked by the holder's map and the chain), "nonexistent", or a
// generic handler for what is neither.
func (r *Runtime) loadHandler(o *Object, k Key) icHandler {
	none := icHandler{desc: -1, field: -1, kind: hOther}
	if !icCacheableReceiver(o, k) {
		return none // a computed property (an array's length, …): V8 caches an accessor-like handler
	}
	if o.hc.Dictionary {
		if _, ok := o.dict.get(k.prop); ok {
			return icHandler{desc: -1, field: -1, kind: hNormal}
		}
	} else if i := o.hc.Lookup(k.prop); i >= 0 {
		d := &o.hc.Descriptors[i]
		if d.Attr&AttrAccessor == 0 {
			return icHandler{desc: int32(i), field: int32(d.Field), kind: hField}
		}
		return none
	}
	for p := o.hc.Proto; p != nil; p = p.hc.Proto {
		if p.hc.InstanceType == TypeProxy || !icCacheableReceiver(p, k) {
			return none
		}
		if i := p.hc.Lookup(k.prop); i >= 0 {
			d := &p.hc.Descriptors[i]
			if d.Attr&AttrAccessor == 0 {
				return icHandler{holder: p, hmap: p.hc, desc: int32(i), field: int32(d.Field), kind: hProtoField, protos: snapshotProtos(o.hc)}
			}
			none.protos = snapshotProtos(o.hc)
			return none
		}
	}
	return icHandler{desc: -1, field: -1, kind: hNonexistent, protos: snapshotProtos(o.hc)}
}

// loadNoFeedbackMisses: without a feedback vector LoadIC_NoFeedback's generic lookup handles
// loads by itself, and its special case for F.prototype reads the function's
// prototype_or_initial_map, going to the runtime (which logs X,X with the receiver's map) only
// while that is the hole: before the prototype object was made on first use.
func (r *Runtime) loadNoFeedbackMisses(o *Object, k Key) bool {
	if o.hc.InstanceType != TypeFunction || k.prop.sym != nil || k.prop.name != "prototype" {
		return false
	}
	fd, ok := o.Internal.(*FunctionData)
	return ok && fd.lazyPrototype
}
