package vm

// Accessors and attribute changes on fast-mode objects, as V8's Map::TransitionToAccessorProperty
// and MapUpdater::ReconfigureToDataField decide them:
//   - a new accessor is a transition keyed by name and attributes whose descriptor holds the
//     AccessorPair: a second object following it with other getter/setter functions cannot
//     share the map and goes to dictionary mode (TransitionToDifferentAccessor);
//   - turning a data property into an accessor, changing an accessor's attributes, replacing
//     a getter or setter, or an accessor that is not the last property: dictionary mode;
//   - changing a data property's attributes replays the properties from that one on along
//     transitions keyed by the new attributes, so objects changed alike share the new map;
//   - object literals with accessors are dictionaries (natives/define_accessor.js).

// relayoutFields stores vals (one per descriptor of o's new map) in the map's fields: an
// accessor that became data takes a field, moving the fields after it (MigrateFastToFast).
func (r *Runtime) relayoutFields(o *Object, vals []Value) {
	m := o.hc
	clear(o.slots)
	r.growSlots(o, m.FieldCount())
	for j := range m.Descriptors {
		if d := &m.Descriptors[j]; d.Field >= 0 {
			o.slots[d.Field] = storedIn(vals[j], d.Rep)
		}
	}
}

// samePair reports whether a map's accessor descriptor holds exactly p's functions.
func samePair(d *Descriptor, p *AccessorPair) bool {
	return d.pair != nil && d.pair.Get == p.Get && d.pair.Set == p.Set
}

// addAccessorFast adds a new accessor to fast-mode o; false when o must go to dictionary mode.
func (r *Runtime) addAccessorFast(o *Object, k PropertyKey, p *AccessorPair, a Attr) bool {
	if to := o.hc.findTransition(transitionKey{key: k, attr: a}); to != nil {
		return samePair(&to.Descriptors[len(to.Descriptors)-1], p)
	}
	return true
}

// redefineFast changes existing property i of fast-mode o to value v with attributes a
// (AttrAccessor: v holds the new pair). It returns false when V8 would normalize instead.
func (r *Runtime) redefineFast(o *Object, i int, v Value, a Attr) bool {
	old := o.hc.Descriptors[i]
	last := i == len(o.hc.Descriptors)-1
	switch {
	case a.IsAccessor() && !old.Attr.IsAccessor():
		return false // AccessorsOverwritingNonAccessors
	case a.IsAccessor():
		if !last || old.Attr != a || old.pair == nil {
			return false
		}
		np, op := v.accessor(), old.pair
		if np.Get == op.Get && np.Set == op.Set {
			return true
		}
		if op.Get != nil && np.Get != op.Get || op.Set != nil && np.Set != op.Set {
			return false // AccessorsOverwritingAccessors
		}
		descs := append([]Descriptor(nil), o.hc.Descriptors...)
		descs[i].pair = np
		m := r.copyMapWith(o.hc, o.hc.Proto, descs)
		m.copyConstructor(o.hc)
		m.slack = o.hc.slack
		o.hc = m
		r.writeBarrier(o, v)
		return true
	}
	// A data property with other attributes (or an accessor becoming data): replay from the
	// map before the property, with the new attributes.
	m := o.hc
	if m.Deprecated {
		r.migrateInstance(o)
		m = o.hc
	}
	cur := fieldOwner(m, i).Parent
	if cur == nil {
		return false
	}
	before := m
	vals := make([]Value, len(m.Descriptors))
	for j := range m.Descriptors {
		vals[j] = o.fieldValue(&m.Descriptors[j])
	}
	vals[i] = v
	for j := i; j < len(m.Descriptors); j++ {
		d := m.Descriptors[j]
		if j == i {
			d.Attr, d.Rep, d.pair = a, representationOf(v), nil
		}
		cur = r.replayAdd(cur, &d)
		if j == i && old.Field < 0 {
			cur.Descriptors[i].Const = false // an accessor reconfigured to data: a mutable field
		}
	}
	o.hc = cur
	r.relayoutFields(o, vals)
	r.writeBarrier(o, v)
	if r.interp.rec != nil {
		r.emitPropertySet(o, PropKey(old.Key), v, before)
	}
	return true
}
