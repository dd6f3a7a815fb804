package render

import "enginescope/core/events"

// Maps is what the hidden-class panel shows: the transition trees of the maps the program's
// objects use (map.create, map.transition, map.reuse, map.deprecate), each map's fields with
// where they live (in-object or the backing store), and the map an object moved to last.
type Maps struct {
	ByID  map[uint32]*MapNode
	Order []uint32 // maps in creation order
	Last  uint32   // the map the last transition or reuse led to (highlighted)
	Key   string   // the key of that edge
}

// MapNode is one hidden class.
type MapNode struct {
	ID         uint32
	Parent     uint32 // back pointer (0: a root)
	Type       string // JS_OBJECT_TYPE, …
	InObject   int
	Size       int
	Elements   string
	Dictionary bool
	Prototype  bool
	Proto      events.Addr // the prototype its objects have
	Deprecated bool
	Edges      []MapEdge  // transitions out of it, in the order they were made
	Fields     []MapField // its descriptors, in property order
	Uses       int        // transitions and reuses that ended here
}

// MapEdge is a transition.
type MapEdge struct {
	Key  string
	To   uint32
	Kind string // property, elements, normalize
}

// MapField is a named property the map describes.
type MapField struct {
	Key   string
	Index int    // field index
	Where string // in-object or backing-store
	Rep   string // smi, double, heapobject, tagged
}

func (m *Maps) clone() Maps {
	if m.ByID == nil {
		return *m
	}
	c := *m
	c.ByID = make(map[uint32]*MapNode, len(m.ByID))
	for id, n := range m.ByID {
		x := *n
		x.Edges = clone(n.Edges)
		x.Fields = clone(n.Fields)
		c.ByID[id] = &x
	}
	c.Order = clone(m.Order)
	return c
}

func (m *Maps) node(id uint32) *MapNode {
	if m.ByID == nil {
		m.ByID = map[uint32]*MapNode{}
	}
	n := m.ByID[id]
	if n == nil {
		n = &MapNode{ID: id}
		m.ByID[id] = n
		m.Order = append(m.Order, id)
	}
	return n
}

// maps folds the map.* events; it reports whether e was one of them.
func (f Fold) maps(s *State, e events.Event) bool {
	m := &s.Maps
	switch e := e.(type) {
	case *events.MapCreate:
		n := m.node(e.Map)
		n.Parent, n.Type, n.InObject, n.Size, n.Elements = e.Parent, e.Type, e.InObject, e.Size, e.Elements
		n.Dictionary, n.Prototype, n.Proto = e.Dictionary, e.Prototype, e.Proto
		if e.Parent != 0 && len(n.Fields) == 0 {
			n.Fields = clone(m.node(e.Parent).Fields)
		}
	case *events.MapTransition:
		from, to := m.node(e.From), m.node(e.To)
		if e.Edge != "normalize" {
			to.Parent = e.From
		}
		found := false
		for _, ed := range from.Edges {
			found = found || ed.To == e.To
		}
		if !found {
			from.Edges = append(from.Edges, MapEdge{Key: e.Key, To: e.To, Kind: e.Edge})
		}
		switch e.Edge {
		case "property":
			to.Fields = append(clone(from.Fields), MapField{Key: e.Key, Index: e.Field, Where: e.Where, Rep: e.Rep})
		}
		to.Uses++
		m.Last, m.Key = e.To, e.Key
	case *events.MapReuse:
		m.node(e.To).Uses++
		m.Last, m.Key = e.To, e.Key
	case *events.MapDeprecate:
		m.node(e.Map).Deprecated = true
	case *events.PropertySet:
		// a dictionary map has no descriptors: its keys are the ones stored while it is the map
		if n := m.ByID[e.MapAfter]; n != nil && n.Dictionary {
			found := false
			for _, f := range n.Fields {
				found = found || f.Key == e.Key
			}
			if !found {
				n.Fields = append(n.Fields, MapField{Key: e.Key, Index: -1, Where: "dictionary"})
			}
		}
		return false // the object graph records it too
	default:
		return false
	}
	return true
}

// Root follows back pointers to the root of id's tree.
func (m *Maps) Root(id uint32) uint32 {
	for i := 0; i < 1000; i++ {
		n := m.ByID[id]
		if n == nil || n.Parent == 0 {
			return id
		}
		id = n.Parent
	}
	return id
}
