package vm

// Inline caches as V8's: a slot goes uninitialized (0) → monomorphic (1) → polymorphic (P, at
// most 4 maps) → megamorphic (N); X is a function without a feedback vector. The interpreter's
// fast path (interp.go) checks the embedded icHandler: the map handled last, and where the
// property lives. A monomorphic hit never reaches the lookup. Everything else goes through the
// slow path, which asks the slot's handlers first (a hit logs nothing) and only on a miss runs
// V8's IC::UpdateState + SetCache (icMiss below) and logs a --log-ic line.

const (
	icUninitialized uint8 = iota
	icMonomorphic
	icPolymorphic
	icMegamorphic
)

// icStateMarks are the marks --log-ic prints, indexed by state.
var icStateMarks = [...]string{"0", "1", "P", "N"}

// icRecomputeMark is V8's RECOMPUTE_HANDLER: the old state of a miss on a map the slot already
// handles (its handler went stale) or after its first map was deprecated.
const icRecomputeMark = "^"

// maxPolymorphism is V8's --max-valid-polymorphic-map-count.
const maxPolymorphism = 4

// handlerKind is what a cached handler does (V8's LoadHandler / StoreHandler kinds).
type handlerKind uint8

const (
	hField       handlerKind = iota // own field (load or store)
	hProtoField                     // load: a field of holder, a prototype
	hOther                          // load: found elsewhere (accessor, computed, constant): the generic path, no miss
	hNonexistent                    // load: not found anywhere on the chain
	hNormal                         // dictionary-mode receiver
	hTransition                     // store: add the property, m → to
	hSlow                           // always the runtime, never a miss (read-only, accessor infos, …)
	hElement                        // keyed: element access in the given mode
)

// icHandler is one cached map and what to do for it: for the fast path an own field (holder nil)
// or a field of holder (a prototype), valid while holder keeps the map hmap.
type icHandler struct {
	m      *HiddenClass
	holder *Object
	hmap   *HiddenClass
	desc   int32
	field  int32
	kind   handlerKind
	rep    Representation // stores: the field representation the handler writes
	to     *HiddenClass   // hTransition: the map after the store
	mode   uint8          // hElement: the keyed access mode (ic_keyed.go)
	reason string         // V8's slow_stub_reason when the handler was made (hSlow)
	protos []protoCheck   // V8's prototype validity cell: the chain as it was when cached
}

// protoCheck is one prototype of a handler's validity cell: its map and, for a dictionary-mode
// prototype (whose map does not change when properties come and go), its property count.
type protoCheck struct {
	o *Object
	m *HiddenClass
	n int
}

// icEntry is one feedback slot's inline cache.
type icEntry struct {
	state uint8
	icHandler
	poly []icHandler // the maps of a monomorphic or polymorphic IC
	// Keyed ICs remember the name their feedback is for (V8's nexus name); element feedback has
	// none (named false).
	name  PropertyKey
	named bool
	// mega remembers the stub-cache entries a megamorphic slot has hit, so that the next probe
	// for the same map is a short scan instead of a hash of the name.
	mega []megaMemo
	// globalMissing: a LoadGlobalIC that found no global data property (ic_global.go)
	globalMissing bool
}

// icKind names the IC as --log-ic does.
type icKind uint8

const (
	icLoad icKind = iota
	icStore
	icKeyedLoad
	icKeyedStore
	icLoadGlobal
	icStoreGlobal
	icDefineNamedOwn
	icKeyedHas // `key in obj`: --log-ic names it KeyedLoadIC, without a load mode
	icStoreInArrayLiteral
)

var icKindNames = [...]string{"LoadIC", "StoreIC", "KeyedLoadIC", "KeyedStoreIC", "LoadGlobalIC", "StoreGlobalIC", "StoreIC", "KeyedLoadIC", "StoreInArrayLiteralIC"}

func (k icKind) String() string { return icKindNames[k] }

func (k icKind) keyed() bool { return k == icKeyedLoad || k == icKeyedStore || k == icKeyedHas }
func (k icKind) store() bool { return k == icStore || k == icKeyedStore || k == icDefineNamedOwn }

// find is the slot's handler for map m (V8's FindHandlerForMap), or nil.
func (ic *icEntry) find(m *HiddenClass) *icHandler {
	for i := range ic.poly {
		if ic.poly[i].m == m {
			return &ic.poly[i]
		}
	}
	return nil
}

// handlesName reports whether a keyed slot's feedback is for the name key.
func (ic *icEntry) handlesName(key PropertyKey) bool { return ic.named && ic.name == key }

func (ic *icEntry) setMono(key PropertyKey, named bool, h icHandler) {
	ic.state = icMonomorphic
	ic.poly = append(ic.poly[:0], h)
	ic.name, ic.named = key, named
	ic.setFast(h)
}

func (ic *icEntry) setMega() {
	ic.state = icMegamorphic
	ic.poly = nil
	ic.icHandler = icHandler{}
}

// maxMegaMemo bounds a megamorphic slot's memo of stub-cache hits.
const maxMegaMemo = 8

// megaMemo is a stub-cache entry a megamorphic slot remembers: a keyed slot sees many names,
// so the name is part of the match.
type megaMemo struct {
	key PropertyKey
	h   icHandler
}

// megaProbe looks (key, m) up in the slot's memo, then in the stub cache (remembering a hit).
func (r *Runtime) megaProbe(ic *icEntry, store bool, key PropertyKey, m *HiddenClass) (*icHandler, bool) {
	for i := range ic.mega {
		if ic.mega[i].h.m == m && ic.mega[i].key == key {
			return &ic.mega[i].h, true
		}
	}
	h, ok := r.stubCacheProbe(store, key, m)
	if !ok {
		return nil, false
	}
	if len(ic.mega) >= maxMegaMemo {
		ic.mega = ic.mega[:0]
	}
	ic.mega = append(ic.mega, megaMemo{key, h})
	return &ic.mega[len(ic.mega)-1].h, true
}

// megaRemember replaces the slot's memo entry for (key, h's map) after a miss cached h.
func (ic *icEntry) megaRemember(key PropertyKey, h icHandler) {
	for i := range ic.mega {
		if ic.mega[i].h.m == h.m && ic.mega[i].key == key {
			ic.mega[i].h = h
			return
		}
	}
	if len(ic.mega) >= maxMegaMemo {
		ic.mega = ic.mega[:0]
	}
	ic.mega = append(ic.mega, megaMemo{key, h})
}

// setFast makes h the handler the interpreter's fast path tries first; only field accesses
// qualify (everything else takes the slow path, which finds the handler there).
func (ic *icEntry) setFast(h icHandler) {
	if h.field < 0 || (h.kind != hField && h.kind != hProtoField) {
		ic.icHandler = icHandler{}
		return
	}
	ic.icHandler = h
}

// icMiss is V8's IC miss for a property access (LoadIC, StoreIC, DefineNamedOwnIC and the keyed
// ICs with a name key) on a receiver of map m: UpdateState (a stale handler or a deprecated
// first map makes the old state RECOMPUTE_HANDLER), SetCache with h, then the --log-ic line.
// pre is the receiver's map before the access; h.m the map cached and logged (a store that
// generalized a field caches and names the receiver's new map).
func (r *Runtime) icMiss(fb *FeedbackVector, slot int32, kind icKind, key PropertyKey, pre *HiddenClass, h icHandler) {
	m := pre
	ic := &fb.ics[slot]
	if r.om.tiers != nil {
		r.checkDeopt(slot, m) // tier_opt.go: optimized code meeting a new map
	}
	keyed := kind.keyed()
	old := ic.state
	mark := icStateMarks[old]
	recompute := false
	// IC::UpdateState looks for a stale handler only when the name is a String: a symbol key
	// (Symbol.iterator) never makes the old state RECOMPUTE_HANDLER.
	if (old == icMonomorphic || old == icPolymorphic) && key.sym == nil && (!keyed || ic.handlesName(key)) {
		if ic.find(m) != nil {
			recompute = true
		} else if first := ic.poly[0].m; m.InstanceType < TypeContext && (first.Deprecated || moreGeneralElements(first.Elements, m.Elements)) {
			// ShouldRecomputeHandler: only for a JSObject map (not a string's or a number's)
			recompute = true
		}
	}
	if recompute {
		mark = icRecomputeMark
	}
	switch old {
	case icUninitialized:
		ic.setMono(key, true, h)
	case icMegamorphic:
		r.stubCacheAdd(kind.store(), key, h)
		ic.megaRemember(key, h)
	default:
		if !ic.updatePolymorphic(key, h, recompute, keyed) {
			if !keyed || recompute {
				for _, p := range ic.poly { // V8's CopyICToMegamorphicCache
					r.stubCacheAdd(kind.store(), key, p)
				}
			}
			ic.setMega()
			r.stubCacheAdd(kind.store(), key, h)
			ic.megaRemember(key, h)
		}
	}
	r.tierICChanged(fb) // tier_budget.go: V8's NotifyICChanged delays tier-up
	r.emitICLineReason(slot, kind, mark, icStateMarks[ic.state], h.m, key, ic, h.reason)
}

// updatePolymorphic is V8's IC::UpdatePolymorphicIC: false sends the slot megamorphic.
func (ic *icEntry) updatePolymorphic(key PropertyKey, h icHandler, recompute, keyed bool) bool {
	if keyed && !recompute && !ic.handlesName(key) {
		return false
	}
	deprecated, overwrite := 0, -1
	for i := range ic.poly {
		e := &ic.poly[i]
		switch {
		case e.m.Deprecated:
			deprecated++ // dropped, so that their instances migrate
		case e.m == h.m:
			if sameHandler(e, &h) && !recompute {
				return false // no progress in the lattice
			}
			overwrite = i
		case overwrite == -1 && isTransitionOfMonomorphicTarget(e.m, h.m):
			overwrite = i
		}
	}
	valid := len(ic.poly) - deprecated
	if overwrite != -1 {
		valid--
	}
	if valid >= maxPolymorphism {
		return false
	}
	if valid+1 == 1 {
		ic.setMono(key, true, h)
		return true
	}
	if keyed && !ic.handlesName(key) {
		return false
	}
	if overwrite >= 0 {
		ic.poly[overwrite] = h
	} else {
		ic.poly = append(ic.poly, h)
	}
	ic.state = icPolymorphic
	ic.setFast(h)
	return true
}

func sameHandler(a, b *icHandler) bool {
	return a.kind == b.kind && a.holder == b.holder && a.desc == b.desc && a.field == b.field &&
		a.to == b.to && a.rep == b.rep && a.mode == b.mode
}

// moreGeneralElements is V8's IsMoreGeneralElementsKindTransition over the fast kinds:
// PACKED_SMI < HOLEY_SMI < PACKED_DOUBLE < HOLEY_DOUBLE < PACKED < HOLEY.
func moreGeneralElements(from, to ElementsKind) bool {
	return from < to && to <= HoleyElements
}

// isTransitionOfMonomorphicTarget is V8's IsTransitionOfMonomorphicTarget: dst is src with a
// more general elements kind (the same shape reached by elements-kind transitions).
func isTransitionOfMonomorphicTarget(src, dst *HiddenClass) bool {
	if src == nil || dst == nil || !moreGeneralElements(src.Elements, dst.Elements) {
		return false
	}
	if holeyKind(src.Elements) && !holeyKind(dst.Elements) {
		return false // the elements-kind transitions never lead from holey back to packed
	}
	if src.Proto != dst.Proto || src.InstanceType != dst.InstanceType || len(src.Descriptors) != len(dst.Descriptors) {
		return false
	}
	for i := range src.Descriptors {
		if src.Descriptors[i].Key != dst.Descriptors[i].Key {
			return false
		}
	}
	return true
}

// globalIC is LoadGlobalIC / StoreGlobalIC's first access with a feedback vector: monomorphic on
// the global object's map (V8 caches the global's PropertyCell).
func (r *Runtime) globalICUpdate(fb *FeedbackVector, slot int32, kind icKind, key PropertyKey, m *HiddenClass) {
	ic := &fb.ics[slot]
	old := ic.state
	ic.setMono(key, true, icHandler{m: m, desc: -1, field: -1, kind: hOther})
	r.tierICChanged(fb)
	r.emitICLine(slot, kind, icStateMarks[old], icStateMarks[ic.state], m, key, ic)
}

// stubKey is an entry of V8's megamorphic stub cache (one for loads, one for stores, shared
// by every megamorphic IC): a name and a receiver map.
type stubKey struct {
	store bool
	name  PropertyKey
	m     *HiddenClass
}

// icRuntime is the ICs' state shared by every feedback vector.
type icRuntime struct {
	stubCache map[stubKey]icHandler
	initStore bool // ic_store.go: an object literal's initializing store
	// primitiveMaps are the maps loads log for primitive receivers (ic_primitive.go)
	primitiveMaps [numPrimitiveMaps]*HiddenClass
}

func (r *Runtime) stubCacheAdd(store bool, key PropertyKey, h icHandler) {
	if r.om.ic.stubCache == nil {
		r.om.ic.stubCache = map[stubKey]icHandler{}
	}
	r.om.ic.stubCache[stubKey{store, key, h.m}] = h
}

func (r *Runtime) stubCacheProbe(store bool, key PropertyKey, m *HiddenClass) (icHandler, bool) {
	h, ok := r.om.ic.stubCache[stubKey{store, key, m}]
	return h, ok
}

// snapshotProtos records the prototype chain of m for a handler's validity check.
func snapshotProtos(m *HiddenClass) []protoCheck {
	var ps []protoCheck
	for p := m.Proto; p != nil; p = p.hc.Proto {
		c := protoCheck{o: p, m: p.hc}
		if p.dict != nil {
			c.n = p.dict.live
		}
		ps = append(ps, c)
		if p.hc.InstanceType == TypeProxy {
			break
		}
	}
	return ps
}

// protosValid reports whether the chain still looks as when the handler was cached.
func protosValid(m *HiddenClass, ps []protoCheck) bool {
	p := m.Proto
	for _, c := range ps {
		if p != c.o || p.hc != c.m || (p.dict != nil && p.dict.live != c.n) {
			return false
		}
		p = p.hc.Proto
	}
	return p == nil || len(ps) > 0 && ps[len(ps)-1].m.InstanceType == TypeProxy
}
