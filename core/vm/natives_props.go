package vm

// nativeHasOwnConstDataProperty is V8's %HasOwnConstDataProperty (runtime-test.cc): an own
// lookup that answers the found data property's constness. Elements and dictionary properties
// are never const (their PropertyDetails say kMutable without dictionary const tracking);
// accessors, including the AccessorInfos an exotic object computes (an array's length, a
// function's name), and non-JSObjects answer undefined.
func nativeHasOwnConstDataProperty(r *Runtime, f *frame, a []Value) Value {
	o := a[0].AsObject()
	if o == nil || o.hc.InstanceType == TypeProxy {
		return Undefined
	}
	k := r.ToPropertyKey(a[1])
	switch {
	case k.isIndex:
		if _, attr, ok := r.getOwnElement(o, k.index); ok && !attr.IsAccessor() {
			return False
		} else if ok {
			return Undefined
		}
		return False
	case o.hc.Dictionary:
		if e, ok := o.dict.get(k.prop); ok {
			if e.attr.IsAccessor() {
				return Undefined
			}
			return False
		}
	default:
		if i := o.hc.Lookup(k.prop); i >= 0 {
			d := &o.hc.Descriptors[i]
			if d.Attr.IsAccessor() {
				return Undefined
			}
			return Bool(d.Const)
		}
	}
	if _, _, ok := r.getOwnSpecial(o, k.prop); ok {
		return Undefined
	}
	return False
}
