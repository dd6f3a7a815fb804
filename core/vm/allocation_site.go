package vm

import bc "enginescope/core/bytecode"

// Allocation-site feedback for array literals (V8's AllocationSite and AllocationMemento): the
// first run of a literal with a feedback vector makes its boilerplate and site, and from then on
// every array it makes carries a memento naming the site. When such an array moves to a more
// general elements kind while the memento can still be found behind it (the array is young and
// was never evacuated), the site's boilerplate takes the kind too
// (AllocationSite::DigestTransitionFeedback), so the literal's later arrays start there:
// `[1, 2, 3]` after one of its arrays got a double makes PACKED_DOUBLE arrays.

// allocationSite is one literal slot's feedback.
type allocationSite struct {
	boilerplate bool         // the boilerplate exists: its kind is the site's
	kind        ElementsKind // the boilerplate's elements kind
	// nested are the sites of the array literals nested in this one, in boilerplate order
	// (AllocationSiteCreationContext gives each nested boilerplate its own site).
	nested []*allocationSite
}

// maxPretransitionLength is kMaximumArrayBytesToPretransition: a longer boilerplate keeps its
// kind (it is unlikely to be made often).
const maxPretransitionLength = 8 * 1024

// literalSite is the site of the literal at slot, made on its first run with feedback: V8's
// array literals always ask for an initial site (kNeedsInitialAllocationSite), where object
// literals skip the first run. `[]` (CreateEmptyArrayLiteral) starts at PACKED_SMI_ELEMENTS.
func (fb *FeedbackVector) literalSite(slot int32) *allocationSite {
	if fb == nil {
		return nil
	}
	if fb.sites == nil {
		fb.sites = make([]*allocationSite, len(fb.ics))
	}
	s := fb.sites[slot]
	if s == nil {
		s = &allocationSite{}
		fb.sites[slot] = s
	}
	return s
}

// startFromSite gives a new literal array a (of boilerplate ab, nil for `[]`) its site's memento,
// and its kind once the site has seen a transition; so for the arrays nested in it.
func (r *Runtime) startFromSite(a *Object, ab *bc.ArrayBoilerplate, s *allocationSite) {
	if s == nil {
		return
	}
	if !s.boilerplate {
		s.boilerplate, s.kind = true, a.hc.Elements
	} else if s.kind != a.hc.Elements && isFastKind(s.kind) && moreGeneralKind(a.hc.Elements, s.kind) {
		if isDoubleKind(s.kind) {
			a.cow = false // a FixedDoubleArray is never copy-on-write
		}
		r.setElementsKind(a, s.kind)
	}
	a.site = s
	if ab == nil {
		return
	}
	n := 0
	for i, e := range ab.Elements {
		if e.Kind != bc.ConstArrayBoilerplate {
			continue
		}
		if n == len(s.nested) {
			s.nested = append(s.nested, &allocationSite{})
		}
		if i < len(a.elements) {
			if inner := a.elements[i].AsObject(); inner != nil {
				r.startFromSite(inner, e.Obj.(*bc.ArrayBoilerplate), s.nested[n])
			}
		}
		n++
	}
}

// digestSiteTransition is UpdateAllocationSite: array a moved to kind `to`.
func (r *Runtime) digestSiteTransition(a *Object, to ElementsKind) {
	s := a.site
	if a.gc.space != spaceNew || a.gc.scav != 0 {
		a.site = nil // evacuated: V8 does not copy mementos
		return
	}
	if !isFastKind(to) || !isFastKind(s.kind) {
		return
	}
	if isHoleyKind(s.kind) && to%2 == 0 {
		to++
	}
	if moreGeneralKind(s.kind, to) && a.length <= maxPretransitionLength {
		s.kind = to
	}
}
