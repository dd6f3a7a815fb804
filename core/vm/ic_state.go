package vm

// Inline caches as V8's: a slot goes uninitialized (0) → monomorphic (1) → polymorphic (P, at
// most 4 maps) → megamorphic (N); X is a function without a feedback vector. The interpreter's
// fast path (interp.go) checks the embedded icHandler: the map handled last, and where the
// property lives. A monomorphic hit never reaches the lookup.

const (
	icUninitialized uint8 = iota
	icMonomorphic
	icPolymorphic
	icMegamorphic
)

// icStateMarks are the marks --log-ic prints, indexed by state.
var icStateMarks = [...]string{"0", "1", "P", "N"}

// maxPolymorphism is V8's --max-valid-polymorphic-map-count.
const maxPolymorphism = 4

// icHandler is one cached map and where its property lives: an own field (holder nil), or a
// field of holder (a prototype), valid while holder keeps the map hmap.
type icHandler struct {
	m      *HiddenClass
	holder *Object
	hmap   *HiddenClass
	desc   int32
	field  int32
}

// icEntry is one feedback slot's inline cache.
type icEntry struct {
	state uint8
	icHandler
	poly []icHandler    // the maps of a monomorphic or polymorphic IC
	seen []*HiddenClass // megamorphic: the maps the (stub) cache already knows
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
)

var icKindNames = [...]string{"LoadIC", "StoreIC", "KeyedLoadIC", "KeyedStoreIC", "LoadGlobalIC", "StoreGlobalIC", "StoreIC"}

func (k icKind) String() string { return icKindNames[k] }

// icUpdate is the IC miss handler: it caches h for its map and moves the slot's state on. A map
// the IC already holds only refreshes its handler (no state change, nothing logged), as V8
// patches a handler in place.
func (r *Runtime) icUpdate(fb *FeedbackVector, slot int32, kind icKind, key PropertyKey, h icHandler) {
	ic := &fb.ics[slot]
	old := ic.state
	if r.om.tiers != nil {
		r.checkDeopt(slot, h.m) // tier_opt.go: optimized code meeting a new map
	}
	switch ic.state {
	case icUninitialized:
		ic.state = icMonomorphic
		ic.poly = append(ic.poly[:0], h)
	case icMonomorphic, icPolymorphic:
		for i := range ic.poly {
			if ic.poly[i].m == h.m {
				ic.poly[i] = h
				ic.setFast(h)
				return
			}
		}
		if ic.state == icMonomorphic && ic.poly[0].m.Deprecated {
			// the receiver migrated off a deprecated map: V8 replaces the map, staying monomorphic
			ic.poly[0] = h
			break
		}
		if len(ic.poly) >= maxPolymorphism {
			// V8 copies the polymorphic handlers into the megamorphic stub cache.
			ic.state = icMegamorphic
			for _, p := range ic.poly {
				ic.seen = append(ic.seen, p.m)
			}
			ic.poly = nil
			ic.icHandler = icHandler{}
			ic.seen = append(ic.seen, h.m)
			r.logIC(fb, slot, kind, old, key, h.m)
			return
		}
		ic.state = icPolymorphic
		ic.poly = append(ic.poly, h)
	case icMegamorphic:
		for _, m := range ic.seen {
			if m == h.m {
				return
			}
		}
		ic.seen = append(ic.seen, h.m)
		r.logIC(fb, slot, kind, old, key, h.m)
		return
	}
	ic.setFast(h)
	r.logIC(fb, slot, kind, old, key, h.m)
}

// setFast makes h the handler the interpreter's fast path tries first; handlers that are not a
// field access (dictionary receivers, missing properties: field < 0) always take the slow path.
func (ic *icEntry) setFast(h icHandler) {
	if h.field < 0 {
		ic.icHandler = icHandler{}
		return
	}
	ic.icHandler = h
}

// icMegamorphicMiss records a receiver the IC cannot cache (a dictionary-mode object, an
// accessor): V8 goes megamorphic for it unless the slot is still uninitialized.
func (r *Runtime) icGeneric(fb *FeedbackVector, slot int32, kind icKind, key PropertyKey, m *HiddenClass) {
	ic := &fb.ics[slot]
	old := ic.state
	if old == icMegamorphic {
		for _, s := range ic.seen {
			if s == m {
				return
			}
		}
	}
	ic.state = icMegamorphic
	ic.poly = nil
	ic.icHandler = icHandler{}
	ic.seen = append(ic.seen, m)
	r.logIC(fb, slot, kind, old, key, m)
}
