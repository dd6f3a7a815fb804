package vm

import bc "enginescope/core/bytecode"

// literalMap is the map an object literal site's objects end up with. V8 clones a literal
// from its boilerplate, whose map is final; EngineScope builds the first object property by
// property (so the transition tree and the events show each step) and then, like V8, starts
// later objects of the site at that final map.
type literalMap struct {
	r *Runtime
	m *HiddenClass
}

// rememberLiteralMap records o's map for ob's site when later objects of the site can start
// at it: plain string keys, each once, all in-object data fields in key order.
func (r *Runtime) rememberLiteralMap(ob *bc.ObjectBoilerplate, o *Object) {
	m := o.hc
	n := len(ob.Keys)
	if n == 0 || ob.IndexKeys != 0 || ob.Flags&0x10 != 0 || m.Dictionary || m.Deprecated ||
		len(m.Descriptors) != n || m.InObject != ob.Size || m.Proto != r.Intrinsics.ObjectPrototype {
		return
	}
	for i := range m.Descriptors {
		d := &m.Descriptors[i]
		if d.Field != i || d.Attr != AttrDefault || ob.Keys[i].Kind != bc.ConstString || d.Key != NameKey(ob.Keys[i].Str) {
			return
		}
	}
	ob.VM = &literalMap{r: r, m: m}
}

// objectFromLiteralMap makes the site's next object at its remembered map, or returns nil when
// the slow path must run: no map yet, the map was deprecated (a field's representation
// changed), or something watches each transition (the event stream, --trace-maps).
func (r *Runtime) objectFromLiteralMap(ob *bc.ObjectBoilerplate) *Object {
	lm, ok := ob.VM.(*literalMap)
	if !ok || lm.r != r || lm.m.Deprecated || r.interp.rec != nil || r.Options.TraceMaps {
		return nil
	}
	m := lm.m
	o := r.NewObjectWithMap(m) // the same size as the root map's object the slow path allocates
	for i, lv := range ob.Values {
		v := r.objectLiteralValue(lv)
		d := &m.Descriptors[i]
		if rep := representationOf(v); generalize(d.Rep, rep) != d.Rep {
			r.generalizeField(o, i, generalize(d.Rep, rep))
			m = o.hc
			d = &m.Descriptors[i]
		}
		if v.kind == KindUndefined && v.ref != nil {
			o.slots[i] = Undefined // uninitialized: the literal's own store follows
			continue
		}
		r.fitFieldType(o, i, v)
		o.slots[i] = storedIn(v, d.Rep)
		r.writeBarrier(o, v)
	}
	return o
}
