package vm

// Named stores (o.x = v, and keyed stores with a name key) and literal/class-field definitions
// (DefineNamedOwnProperty) through V8's StoreIC.
//
// Without a feedback vector V8 runs the generic stub StoreIC_NoFeedback, which stores into an
// existing mutable field whose representation fits and follows an existing transition by
// itself; only what it cannot do goes to the runtime, and that logs X,X. The first overwrite of
// a const field goes there (and makes the field mutable for the whole tree), as does a store
// that needs a new transition. DefineNamedOwnProperty has no such stub: it logs X,X each time.

// storeIC performs o[k] = v (define: CreateDataProperty) as the IC does and reports whether it
// succeeded (false where strict code throws).
func (r *Runtime) storeIC(f *frame, slot int32, o *Object, k Key, v Value, kind icKind) bool {
	define := kind == icDefineNamedOwn
	fb := f.fb
	if fb == nil {
		// the generic stub follows an existing transition itself, for a define as for a set
		if define && r.ownBefore(o, k).found || r.genericStoreMisses(o, k, v) {
			// the runtime's StoreIC::Store
			r.makePrototypesFast(o.hc.Proto) // proto_fast.go
			if r.Options.LogIC {
				r.emitICLine(-1, kind, "X", "X", nil, k.prop, nil)
			}
			pre := o.hc
			ok := r.doStore(o, k, v, kind)
			if o.hc != pre && !o.hc.Dictionary {
				cell := snapshotProtos(o.hc) // the transition handler's validity cell
				o.hc.validity = &cell
			}
			return ok
		}
		return r.doStore(o, k, v, kind)
	}
	if r.om.tiers != nil {
		r.checkStoreRep(slot, o.hc, v) // tier_opt.go
	}
	ic := &fb.ics[slot]
	switch ic.state {
	case icMonomorphic, icPolymorphic:
		if !kind.keyed() || ic.handlesName(k.prop) {
			if h := ic.find(o.hc); h != nil && storeHandlerValid(h, o, v) {
				ic.setFast(*h)
				return r.doStore(o, k, v, kind)
			}
		}
	case icMegamorphic:
		if kind.keyed() {
			// KeyedStoreIC_Megamorphic (KeyedStoreGenericAssembler) stores own properties and
			// follows existing transitions itself; anything else goes to Runtime::kSetKeyedProperty,
			// not to the IC's miss: a megamorphic keyed store never logs
			return r.doStore(o, k, v, kind)
		}
		if h, ok := r.megaProbe(ic, true, k.prop, o.hc); ok && storeHandlerValid(h, o, v) {
			ic.setFast(*h)
			return r.doStore(o, k, v, kind)
		}
	}
	pre := o.hc
	r.makePrototypesFast(pre.Proto) // StoreIC::Store (proto_fast.go)
	own := r.ownBefore(o, k)
	ok := r.doStore(o, k, v, kind)
	h := r.storeHandler(o, k, pre, own, define)
	r.icMiss(fb, slot, kind, k.prop, pre, h)
	return ok
}

func (r *Runtime) doStore(o *Object, k Key, v Value, kind icKind) bool {
	switch kind {
	case icDefineNamedOwn:
		return r.defineOwnField(o, k, v)
	case icKeyedStore:
		r.keyedStoreAdd(o, k) // map_keyed.go: V8's keyed-store dictionary threshold
	}
	return r.Set(o, k, v, ObjectValue(o))
}

// defineOwnField is DefineNamedOwnProperty: an object literal's computed value initializes the
// field its boilerplate left uninitialized, so a const field stays const (V8's CanStayConst).
func (r *Runtime) defineOwnField(o *Object, k Key, v Value) bool {
	i := -1
	if !o.hc.Dictionary {
		i = o.hc.Lookup(k.prop)
	}
	r.om.ic.initStore = i >= 0 && o.hc.Descriptors[i].Const
	defer func() { r.om.ic.initStore = false }()
	if i >= 0 && o.hc.InstanceType == TypeObject && !k.isIndex && o.hc.Descriptors[i].Attr == AttrDefault {
		// a field the boilerplate already holds ({x: i}): the same store CreateDataProperty
		// would come down to
		r.setOwnValue(o, k.prop, v)
		return true
	}
	return r.CreateDataProperty(o, k, v)
}

// fieldWritten runs when an existing field of map m is overwritten: the first overwrite of a
// const field makes it mutable in the field owner and every map after it (V8 generalizes the
// constness on the shared descriptor array), except for a literal's initializing store.
func (r *Runtime) fieldWritten(m *HiddenClass, i int) {
	if r.om.ic.initStore || !m.Descriptors[i].Const {
		return
	}
	markMutable(fieldOwner(m, i), i)
}

// ownState is what the receiver had for the key before the store.
type ownState struct {
	found, accessor, readOnly bool
}

func (r *Runtime) ownBefore(o *Object, k Key) ownState {
	if o.hc.InstanceType == TypeProxy {
		return ownState{}
	}
	_, a, ok := r.getOwn(o, k)
	return ownState{found: ok, accessor: a&AttrAccessor != 0, readOnly: ok && a&AttrAccessor == 0 && !a.Writable()}
}

// storeHandler is the handler V8's StoreIC::ComputeHandler caches after the store: a field
// store on the receiver's (possibly migrated) map, a transition from the map before the store,
// a dictionary store, or the slow handler for what the IC does not handle.
func (r *Runtime) storeHandler(o *Object, k Key, pre *HiddenClass, own ownState, define bool) icHandler {
	slow := icHandler{m: pre, desc: -1, field: -1, kind: hSlow}
	refused := slow
	refused.reason = "LookupForWrite said 'false'"
	switch {
	case pre.InstanceType == TypeProxy || !icCacheableReceiver(o, k):
		return slow
	case pre.Dictionary:
		return icHandler{m: pre, desc: -1, field: -1, kind: hNormal}
	case own.found:
		if own.readOnly {
			return refused
		}
		if own.accessor || o.hc.Dictionary {
			return slow
		}
		m := o.hc // the field store may have migrated the receiver off a deprecated map
		i := m.Lookup(k.prop)
		if i < 0 {
			return slow
		}
		d := &m.Descriptors[i]
		return icHandler{m: m, desc: int32(i), field: int32(d.Field), kind: hField, rep: d.Rep}
	}
	for p := pre.Proto; p != nil && p.hc.InstanceType != TypeProxy; p = p.hc.Proto {
		if _, a, ok := r.getOwn(p, k); ok {
			if a&AttrAccessor == 0 && !a.Writable() {
				refused.protos = snapshotProtos(pre)
				return refused
			}
			if a&AttrAccessor != 0 {
				slow.protos = snapshotProtos(pre)
				return slow
			}
			break
		}
	}
	to := o.hc
	if to == pre || to.Dictionary || !o.Extensible() || pre.IsPrototype {
		// not extensible, or a transition V8 does not cache (to a dictionary, or on a
		// prototype map, which has no transition tree)
		return refused
	}
	i := to.Lookup(k.prop)
	if i < 0 {
		return slow
	}
	h := icHandler{m: pre, desc: int32(i), field: -1, kind: hTransition, to: to}
	if k.prop.sym == nil || !k.prop.sym.Private {
		// a private name is never looked up on the prototypes: its transition handler has no
		// validity cell, so prototype changes leave it valid
		h.protos = snapshotProtos(pre)
	}
	return h
}

// storeHandlerValid reports whether a cached store handler handles storing v into o.
func storeHandlerValid(h *icHandler, o *Object, v Value) bool {
	switch h.kind {
	case hField:
		return repFits(h.rep, v) && (h.rep != RepHeapObject || typeFits(h.m.Descriptors[h.desc].Type, v))
	case hTransition:
		if h.to.Deprecated || h.protos != nil && !protosValid(o.hc, h.protos) {
			return false
		}
		return repFits(h.to.Descriptors[h.desc].Rep, v)
	case hSlow:
		return h.protos == nil || protosValid(o.hc, h.protos)
	}
	return true
}

// repFits is V8's CheckFieldType: a value a field of representation rep takes without change.
func repFits(rep Representation, v Value) bool {
	switch rep {
	case RepNone:
		return false
	case RepSmi:
		return v.IsSmi()
	case RepDouble:
		return v.kind == KindNumber
	case RepHeapObject:
		return v.kind != KindNumber || v.ref != nil
	}
	return true
}

// genericStoreMisses reports whether StoreIC_NoFeedback (V8's generic store stub) has to call
// the runtime for o.k = v, which is when --log-ic prints X,X.
func (r *Runtime) genericStoreMisses(o *Object, k Key, v Value) bool {
	m := o.hc
	if m.InstanceType == TypeProxy || m.InstanceType == TypeGlobalObject || o == r.Global || !icCacheableReceiver(o, k) {
		return true
	}
	if k.prop.sym == nil && protectedNames[k.prop.name] {
		return true // CheckForAssociatedProtector
	}
	if m.Dictionary {
		if _, ok := o.dict.get(k.prop); ok {
			return false
		}
		return !o.Extensible()
	}
	if i := m.Lookup(k.prop); i >= 0 {
		d := &m.Descriptors[i]
		if d.Attr&AttrAccessor != 0 || !d.Attr.Writable() {
			return false // the stub calls the setter, or ignores / throws for a read-only field
		}
		return d.Const || !repFits(d.Rep, v)
	}
	to := m.findTransition(transitionKey{key: k.prop, attr: AttrDefault})
	if to == nil || to.Deprecated {
		return true
	}
	if c := to.validity; c != nil && !protosValid(to, *c) {
		return true // kCheckPrototypeValidity: a prototype changed since the runtime made the handler
	}
	i := to.Lookup(k.prop)
	return i < 0 || !repFits(to.Descriptors[i].Rep, v)
}

// protectedNames have a protector cell in V8 (array species, promise then, iterator next, …):
// stores of them always take the runtime.
var protectedNames = map[string]bool{"constructor": true, "then": true, "next": true, "resolve": true}

func markMutable(m *HiddenClass, i int) {
	if i < len(m.Descriptors) {
		m.Descriptors[i].Const = false
	}
	for _, t := range m.transitions {
		markMutable(t.to, i)
	}
}
