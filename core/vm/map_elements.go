package vm

// Elements-kind transitions as V8 makes them (Map::TransitionElementsTo, MapUpdater::
// ReconfigureElementsKind, Map::AsElementsKind): the maps of one root differing only in
// elements kind form a chain in the order PACKED_SMI → HOLEY_SMI → PACKED_DOUBLE → HOLEY_DOUBLE
// → PACKED → HOLEY (→ DICTIONARY), hung off the root map, each map's back pointer the one before.
// An object with properties moves to the root's map of the new kind and replays its
// properties from there, so `[1]`+x then a double and `[1.5]`+x share a map.

// isFastKind is IsFastElementsKind.
func isFastKind(k ElementsKind) bool { return k < DictionaryElements }

// kindSequence is V8's kFastElementsKindSequence position of each fast kind.
var kindSequence = [...]int{PackedSmiElements: 0, HoleySmiElements: 1, PackedDoubleElements: 2,
	HoleyDoubleElements: 3, PackedElements: 4, HoleyElements: 5}

var sequenceKinds = [...]ElementsKind{PackedSmiElements, HoleySmiElements, PackedDoubleElements,
	HoleyDoubleElements, PackedElements, HoleyElements}

// moreGeneralKind is IsMoreGeneralElementsKindTransition for fast kinds.
func moreGeneralKind(from, to ElementsKind) bool {
	switch {
	case from == to:
		return false
	case from%2 == 1 && to%2 == 0:
		return false // holey never goes back to packed
	case (from == PackedDoubleElements || from == HoleyDoubleElements) && to < PackedDoubleElements:
		return false
	case from >= PackedElements && to < PackedElements:
		return false
	}
	return true
}

// transitionElements returns the map for m's object with elements kind `kind`.
func (r *Runtime) transitionElements(m *HiddenClass, kind ElementsKind) *HiddenClass {
	from := m.Elements
	if from == kind {
		return m
	}
	var to *HiddenClass
	created := false
	switch {
	case isFastKind(from) && (kind == DictionaryElements || isFastKind(kind) && moreGeneralKind(from, kind)):
		root := m
		for root.Parent != nil {
			root = root.Parent
		}
		to, created = r.asElementsKind(root, kind)
		for j := len(root.Descriptors); j < len(m.Descriptors); j++ {
			d := m.Descriptors[j]
			before := len(to.transitions)
			to = r.replayAdd(to, &d)
			created = created || len(to.Parent.transitions) != before
			if want := generalize(to.Descriptors[j].Rep, d.Rep); want != to.Descriptors[j].Rep {
				setRepInTree(fieldOwner(to, j), j, want)
			}
		}
	case from%2 == 1 && kind == from-1 && m.Parent != nil && m.Parent.Elements == kind:
		to = m.Parent // back along the chain: holey → packed (the `fill` exception)
	default:
		// V8 copies the map without a transition (CopyAsElementsKind, OMIT_TRANSITION).
		to = r.copyMapWith(m, m.Proto, m.Descriptors)
		inheritSlack(to, m)
		to.Elements = kind
		created = true
	}
	if r.interp.rec != nil || r.Options.TraceMaps {
		r.reportMapEdge(m, to, kind.String(), "elements", created)
	}
	return to
}

// asElementsKind is Map::AsElementsKind: follow root's chain of elements transitions towards
// kind, adding the missing maps of the sequence (AddMissingElementsTransitions).
func (r *Runtime) asElementsKind(root *HiddenClass, kind ElementsKind) (*HiddenClass, bool) {
	cur := root
	created := false
	for cur.Elements != kind {
		next := kind
		if isFastKind(cur.Elements) && cur.Elements != HoleyElements && (!isFastKind(kind) || kindSequence[kind] > kindSequence[cur.Elements]) {
			next = sequenceKinds[kindSequence[cur.Elements]+1]
		}
		tk := transitionKey{elements: next, isElems: true}
		to := cur.findTransition(tk)
		if to == nil {
			to = r.newMap(cur.InstanceType, cur.Proto, cur.InObject)
			to.Parent = cur
			to.Descriptors = cur.Descriptors
			to.index = cur.index
			to.Elements = next
			to.IsPrototype = cur.IsPrototype
			to.NonExtensible = cur.NonExtensible
			inheritSlack(to, cur)
			cur.transitions = append(cur.transitions, transitionEntry{key: tk, to: to})
			if r.maps.OnTransition != nil {
				r.maps.OnTransition(cur, to, next.String())
			}
			created = true
		}
		cur = to
	}
	return cur, created
}
