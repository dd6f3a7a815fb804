package vm

// JSObject::MakePrototypesFast (src/objects/js-objects.cc): every IC miss that reaches V8's
// runtime (LoadIC::Load from the receiver, StoreIC::Store and KeyedStoreIC::Store from its
// prototype) walks the prototype chain and makes each prototype fast for good, stopping at the
// first one already marked. Code without a feedback vector reaches the runtime only for what the
// generic builtins cannot do, such as a store that needs a new transition; its loads never do
// (natives/proto_dictionary_then_fast.js, fresh_object_create_proto.js).

// makePrototypesFast marks the prototypes on the chain from p (a load's receiver, or the
// prototype a store's receiver had before the store) as should-be-fast and gives the dictionary
// ones fast properties again.
func (r *Runtime) makePrototypesFast(p *Object) {
	for ; p != nil; p = p.hc.Proto {
		if p.hc.InstanceType == TypeProxy {
			return
		}
		if !p.hc.IsPrototype {
			continue
		}
		if r.maps.fastPrototypes[p] {
			return // its prototypes were marked with it
		}
		r.markFastPrototype(p)
		r.makePrototypeFast(p)
	}
}

// markFastPrototype is Map::SetShouldBeFastPrototypeMap: setup mode no longer normalizes p.
func (r *Runtime) markFastPrototype(p *Object) {
	if r.maps.fastPrototypes == nil {
		r.maps.fastPrototypes = map[*Object]bool{}
	}
	r.maps.fastPrototypes[p] = true
}

// classPrototypeMap gives a new class prototype its own fast prototype map (InitClassPrototype:
// Map::CopyDropDescriptors, is_prototype_map).
// The map's constructor is the class (map->SetConstructor), as %DebugPrint shows: <Point map = …>.
func (r *Runtime) classPrototypeMap(p, ctor *Object) {
	if p.hc.Dictionary || p.hc.IsPrototype {
		return
	}
	m := r.newMap(p.hc.InstanceType, p.hc.Proto, p.hc.InObject)
	m.IsPrototype = true
	m.Elements = p.hc.Elements
	m.Constructor = ctor
	p.hc = m
}

// classPrototypeTemplate gives a class prototype the map V8's AddDescriptorsByTemplate makes:
// one fresh map holding all of the class's descriptors (no back pointer, no transitions, field
// types Any) and a PropertyArray of exactly its fields, which later additions grow by 3.
func (r *Runtime) classPrototypeTemplate(p *Object) {
	old := p.hc
	if old.Dictionary || !old.IsPrototype {
		return
	}
	m := r.newMap(old.InstanceType, old.Proto, old.InObject)
	m.IsPrototype = true
	m.Elements = old.Elements
	m.copyConstructor(old)
	m.Descriptors = append([]Descriptor(nil), old.Descriptors...)
	for i := range m.Descriptors {
		m.Descriptors[i].Type = nil
	}
	m.buildIndex()
	m.backingBase = m.FieldCount() - m.InObject
	p.hc = m
	if n := m.FieldCount(); len(p.slots) > n {
		p.slots = append([]Value(nil), p.slots[:n]...)
	}
	r.Heap.syncBacking(p)
}

// derivedConstruct is JSFunction::GetDerivedMap for a construction whose new.target is not the
// constructor (a subclass): its map's prototype goes through OptimizeAsPrototype in setup mode.
func (r *Runtime) derivedConstruct(ctor, newTarget, proto *Object) {
	if ctor != newTarget {
		r.becomesPrototype(proto)
	}
}
