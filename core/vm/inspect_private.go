package vm

// DevTools previews list an object's private fields (V8's debug::GetPrivateMembers); Node's
// util.inspect does not. Private fields are own properties keyed by private symbols described
// "#name"; brands (private methods' class marks) are not fields and stay hidden.

func init() {
	PrivateMembersHook = privateFields
}

func privateFields(r *Runtime, o *Object) []PrivateMember {
	var out []PrivateMember
	add := func(k PropertyKey, v Value) {
		if k.sym == nil || !k.sym.Private || isBrandSymbol(k.sym) {
			return
		}
		out = append(out, PrivateMember{Name: privateDescription(k.sym), Value: v})
	}
	if o.hc.Dictionary {
		for _, e := range o.dict.entries {
			if !e.deleted {
				add(e.key, e.value)
			}
		}
		return out
	}
	for i := range o.hc.Descriptors {
		d := &o.hc.Descriptors[i]
		add(d.Key, o.fieldValue(d))
	}
	return out
}

// InspectGenerator gives DevTools the generator function (whose name V8 shows as the object's
// description) and the state ("suspended", "running", "closed").
func (g *generatorData) InspectGenerator() (*Object, string) {
	switch g.state {
	case genClosed:
		return g.fn, "closed"
	case genExecuting:
		return g.fn, "running"
	}
	return g.fn, "suspended"
}
