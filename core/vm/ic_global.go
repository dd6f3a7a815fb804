package vm

// globalIC is LoadGlobalIC / StoreGlobalIC: without a feedback vector every access goes to the
// runtime and logs X,X; the first access with one goes monomorphic on the global object's map
// (V8 caches the global's PropertyCell).
func (r *Runtime) globalIC(f *frame, slot int32, k Key, kind icKind) {
	if f.fb == nil {
		if r.Options.LogIC {
			var m *HiddenClass
			if kind == icLoadGlobal {
				m = r.Global.hc
			}
			r.emitICLine(-1, kind, "X", "X", m, k.prop, nil)
		}
		return
	}
	r.globalICUpdate(f.fb, slot, kind, k.prop, r.Global.hc)
}

// globalLoadIC is a LoadGlobalIC's first access. LoadIC::UpdateCaches puts the slot in property
// cell mode (logged as LoadGlobalIC) only for a data property of the global object itself;
// anything else gets a handler as a LoadIC on the global object would, and is logged as LoadIC:
// a missing name under typeof (0,1 for "nonexistent"; without typeof the load throws before the
// IC is updated), an accessor, a property of the global's prototypes.
func (r *Runtime) globalLoadIC(f *frame, slot int32, k Key, typeofMode bool) {
	if f.fb == nil || k.isIndex {
		r.globalIC(f, slot, k, icLoadGlobal)
		return
	}
	if _, a, ok := r.getOwn(r.Global, k); ok && a&AttrAccessor == 0 {
		r.globalICUpdate(f.fb, slot, icLoadGlobal, k.prop, r.Global.hc)
		return
	}
	if !typeofMode && !r.HasProperty(r.Global, k) {
		return // ReferenceError
	}
	ic := &f.fb.ics[slot]
	old := ic.state
	ic.setMono(k.prop, true, icHandler{m: r.Global.hc, desc: -1, field: -1, kind: hOther})
	ic.globalMissing = true
	r.tierICChanged(f.fb)
	r.emitICLine(slot, icLoad, icStateMarks[old], icStateMarks[ic.state], r.Global.hc, k.prop, ic)
}

// globalFound is the load after a name the slot did not find became a global data property:
// the handler misses, and as a global IC it recomputes (ShouldRecomputeHandler) into property
// cell mode: LoadGlobalIC ^,1.
func (r *Runtime) globalFound(fb *FeedbackVector, slot int32, key PropertyKey) {
	ic := &fb.ics[slot]
	ic.globalMissing = false
	ic.setMono(key, true, icHandler{m: r.Global.hc, desc: -1, field: -1, kind: hOther})
	r.tierICChanged(fb)
	r.emitICLine(slot, icLoadGlobal, icRecomputeMark, icStateMarks[ic.state], r.Global.hc, key, ic)
}

// cellType is V8's PropertyCellType: what a global's PropertyCell promises about its value.
// StoreGlobalIC's cell handler stores only while the promise holds; a store that changes the
// type misses and the slot recomputes its handler (StoreGlobalIC ^,1).
type cellType uint8

const (
	cellUnset        cellType = iota // not stored through since it was added: InitialType then
	cellUndefined                    // holds undefined
	cellConstant                     // never changed
	cellConstantType                 // changed, always a Smi or an object of one stable map
	cellMutable
)

// updatedCellType is PropertyCell::UpdatedType for storing v into e.
func (r *Runtime) updatedCellType(e *dictEntry, v Value) cellType {
	t := e.cell
	if t == cellUnset {
		t = cellConstant
		if e.value.kind == KindUndefined {
			t = cellUndefined
		}
	}
	switch t {
	case cellUndefined:
		return cellConstant
	case cellConstant:
		if sameCellValue(e.value, v) {
			return cellConstant
		}
		fallthrough
	case cellConstantType:
		if r.remainsConstantType(e.value, v) {
			return cellConstantType
		}
	}
	return cellMutable
}

// sameCellValue: the cell would hold the same tagged value (a Smi, or the same heap object).
func sameCellValue(a, b Value) bool {
	if a.IsSmi() || b.IsSmi() {
		return a.IsSmi() && b.IsSmi() && a.num == b.num
	}
	return a.kind == b.kind && a.ref != nil && a.ref == b.ref
}

// remainsConstantType is V8's RemainsConstantType: both Smis, or heap objects of one map.
func (r *Runtime) remainsConstantType(a, b Value) bool {
	if a.IsSmi() || b.IsSmi() {
		return a.IsSmi() && b.IsSmi()
	}
	return r.valueMap(a) == r.valueMap(b) && r.valueMap(a) != nil
}

// valueMap is a heap value's map: an object's, or the map loads log for a primitive.
func (r *Runtime) valueMap(v Value) *HiddenClass {
	if o := v.AsObject(); o != nil {
		return o.hc
	}
	return r.primitiveMap(v)
}

// globalStoreCheck runs before a StaGlobal whose slot has feedback: a store that changes the
// cell's type misses (StoreGlobalIC ^,1).
func (r *Runtime) globalStoreCheck(fb *FeedbackVector, slot int32, key PropertyKey, v Value) {
	g := r.Global
	if !g.hc.Dictionary || g.dict == nil {
		return
	}
	e, ok := g.dict.get(key)
	if !ok || e.attr&AttrAccessor != 0 {
		return
	}
	t := e.cell
	if t == cellUnset {
		t = cellConstant
		if e.value.kind == KindUndefined {
			t = cellUndefined
		}
	}
	if r.updatedCellType(e, v) == t {
		return
	}
	ic := &fb.ics[slot]
	ic.setMono(key, true, icHandler{m: g.hc, desc: -1, field: -1, kind: hOther})
	r.tierICChanged(fb)
	r.emitICLine(slot, icStoreGlobal, icRecomputeMark, icStateMarks[ic.state], g.hc, key, ic)
}
