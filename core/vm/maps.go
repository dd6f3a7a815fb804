package vm

// mapRegistry creates maps and keeps the root maps, so objects created alike share maps.
type mapRegistry struct {
	nextID uint32
	roots  map[rootMapKey]*HiddenClass
	// fastPrototypes are the prototypes marked should-be-fast (proto_fast.go).
	fastPrototypes map[*Object]bool
	// OnCreate / OnTransition observe the transition tree (map.create / map.transition events).
	OnCreate     func(m *HiddenClass)
	OnTransition func(from, to *HiddenClass, key string)
}

type rootMapKey struct {
	proto    *Object
	typ      InstanceType
	inObject int
	dict     bool
	elems    ElementsKind // dictionary maps only
	fn       functionMapKind
	from     *HiddenClass // prototypeTransition only
}

// functionMapKind picks one of the native context's function maps (V8's
// Context::FunctionMapIndex): functions without a prototype (arrows, methods, accessors,
// builtins) share one, sloppy and strict constructors have their own.
type functionMapKind uint8

const (
	fnMapNoPrototype functionMapKind = iota
	fnMapSloppy
	fnMapStrict
)

// functionRootMap is the initial map of a JS function of kind k.
func (r *Runtime) functionRootMap(proto *Object, k functionMapKind) *HiddenClass {
	return r.sharedRoot(rootMapKey{proto: proto, typ: TypeFunction, fn: k}, nil)
}

// sharedRoot returns the map registered under k, making it on first use: newMap's map for k's
// type, prototype and in-object size, with what set adds.
func (r *Runtime) sharedRoot(k rootMapKey, set func(*HiddenClass)) *HiddenClass {
	if m, ok := r.maps.roots[k]; ok {
		return m
	}
	if r.maps.roots == nil {
		r.maps.roots = map[rootMapKey]*HiddenClass{}
	}
	m := r.newMap(k.typ, k.proto, k.inObject)
	if set != nil {
		set(m)
	}
	r.maps.roots[k] = m
	return m
}

func (r *Runtime) newMap(typ InstanceType, proto *Object, inObject int) *HiddenClass {
	reg := &r.maps
	reg.nextID++
	m := &HiddenClass{ID: reg.nextID, InstanceType: typ, Proto: proto, InObject: inObject}
	// Arrays start PACKED_SMI; every other object's map says HOLEY_ELEMENTS (its elements are
	// generic from the start, as %DebugPrint shows for `{}`).
	if typ == TypeArray {
		m.Elements = PackedSmiElements
	} else {
		m.Elements = HoleyElements
	}
	// A map is 80 bytes in V8 (10 tagged words on x64).
	m.addr = r.Heap.alloc(10*TaggedSize, "Map")
	if reg.OnCreate != nil {
		reg.OnCreate(m)
	}
	if r.interp.rec != nil || r.Options.TraceMaps {
		r.pendingMapCreate = append(r.pendingMapCreate, m) // reported once its fields are set (map_events.go)
	}
	return m
}

// RootMap returns the shared initial map for objects of a type, prototype and in-object size.
func (r *Runtime) RootMap(typ InstanceType, proto *Object, inObject int) *HiddenClass {
	return r.sharedRoot(rootMapKey{proto: proto, typ: typ, inObject: inObject}, nil)
}

// dictionaryMap returns the dictionary map shared by dictionary-mode objects of a prototype,
// instance size and elements kind.
func (r *Runtime) dictionaryMap(typ InstanceType, proto *Object, inObject int, elems ElementsKind) *HiddenClass {
	return r.sharedRoot(rootMapKey{proto: proto, typ: typ, inObject: inObject, dict: true, elems: elems}, func(m *HiddenClass) {
		m.Dictionary = true
		m.Elements = elems
	})
}

// transitionAdd follows or creates the edge for adding key with attr.
func (r *Runtime) transitionAdd(m *HiddenClass, key PropertyKey, attr Attr, rep Representation) *HiddenClass {
	return r.transitionAddTyped(m, key, attr, rep, nil)
}

// transitionAddTyped is transitionAdd for a new field whose map edge, if created, gets field
// type typ (map_fieldtype.go).
func (r *Runtime) transitionAddTyped(m *HiddenClass, key PropertyKey, attr Attr, rep Representation, typ *HiddenClass) *HiddenClass {
	tk := transitionKey{key: key, attr: attr}
	if to := m.findTransition(tk); to != nil {
		if r.interp.rec != nil || r.Options.TraceMaps {
			r.reportMapEdge(m, to, key.String(), "property", false)
		}
		return to
	}
	to := r.newMap(m.InstanceType, m.Proto, m.InObject)
	to.Parent = m
	to.Elements = m.Elements
	to.IsPrototype = m.IsPrototype
	inheritSlack(to, m)
	n := len(m.Descriptors)
	to.Descriptors = make([]Descriptor, n+1)
	copy(to.Descriptors, m.Descriptors)
	to.Descriptors[n] = Descriptor{Key: key, Attr: attr, Field: m.fieldFor(attr), Rep: rep, Const: true, Type: typ}
	to.buildIndex()
	if m.IsPrototype && m.Parent == nil && !m.Dictionary {
		// a prototype map outside the tree (a class prototype's template map) is never shared:
		// V8 copies it for the new property without a transition (OMIT_TRANSITION)
		to.Parent = nil
		return to
	}
	m.transitions = append(m.transitions, transitionEntry{key: tk, to: to})
	if r.maps.OnTransition != nil {
		r.maps.OnTransition(m, to, key.String())
	}
	if r.interp.rec != nil || r.Options.TraceMaps {
		r.reportMapEdge(m, to, key.String(), "property", true)
	}
	return to
}

// replayAdd follows or creates the edge for re-adding descriptor d to m (instance migration,
// elements-kind and attribute replays); an accessor's new map takes d's pair.
func (r *Runtime) replayAdd(m *HiddenClass, d *Descriptor) *HiddenClass {
	to := r.transitionAdd(m, d.Key, d.Attr, d.Rep)
	if last := &to.Descriptors[len(to.Descriptors)-1]; d.pair != nil && last.pair == nil {
		last.pair = d.pair
	}
	return to
}

// copyMapWith makes an unshared copy of m with changed descriptors (attribute reconfiguration,
// prototype change): V8 gives such objects a map outside the transition tree.
func (r *Runtime) copyMapWith(m *HiddenClass, proto *Object, descs []Descriptor) *HiddenClass {
	to := r.newMap(m.InstanceType, proto, m.InObject)
	to.Elements = m.Elements
	to.IsPrototype = m.IsPrototype
	to.NonExtensible = m.NonExtensible
	to.Descriptors = descs
	to.buildIndex()
	return to
}

// prototypeTransition is the map SetPrototypeOf gives an object of map from: V8 copies the map
// for the new prototype, descriptors and constructor included, outside the transition tree
// (no back pointer), and caches the copy as a prototype transition of from
// (Map::TransitionToUpdatePrototype). Objects of one map moved to one prototype share the copy;
// an object built on that prototype from scratch does not. The constructor still names the
// object in the console ([P: null prototype] { x: 1 }).
func (r *Runtime) prototypeTransition(from *HiddenClass, proto *Object) *HiddenClass {
	k := rootMapKey{proto: proto, typ: from.InstanceType, inObject: from.InObject, from: from}
	return r.sharedRoot(k, func(m *HiddenClass) {
		m.Elements = from.Elements
		m.IsPrototype = from.IsPrototype
		m.Descriptors = append([]Descriptor(nil), from.Descriptors...)
		m.buildIndex()
		m.copyConstructor(from)
	})
}
