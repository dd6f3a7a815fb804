package vm

import (
	"fmt"

	"enginescope/core/events"
)

// map.* events and --trace-maps lines. Callers check `r.interp.rec != nil || r.Options.TraceMaps`
// first, so a run without either pays one test per map operation. Maps made while the realm and
// the host bootstrap are not reported (the stream shows the program's).

func (r *Runtime) mapEventsOn() bool { return !r.Heap.Bootstrapping() }

// flushMapCreates reports the maps made since the last report: a map's fields (parent,
// descriptors, elements kind) are set after newMap returns, so it is reported at its first edge.
func (r *Runtime) flushMapCreates() {
	pending := r.pendingMapCreate
	r.pendingMapCreate = r.pendingMapCreate[:0]
	if !r.mapEventsOn() {
		return
	}
	for _, m := range pending {
		r.announceMap(m)
	}
}

// announceMap reports a map once, before the first event that names it.
func (r *Runtime) announceMap(m *HiddenClass) {
	if r.om.announced == nil {
		r.om.announced = map[*HiddenClass]bool{}
	}
	if r.om.announced[m] {
		return
	}
	r.om.announced[m] = true
	{
		if rec := r.interp.rec; rec != nil {
			rec.Emit(r.mapCreateEvent(m))
		}
		if r.Options.TraceMaps {
			r.writeRaw("log", fmt.Sprintf("[TraceMaps: Create map= 0x%x type= %s inobject= %d elements= %s%s ]\n",
				m.Address(), m.InstanceType, m.InObject, m.Elements, mapFlagsText(m)))
		}
	}
}

func mapFlagsText(m *HiddenClass) string {
	s := ""
	if m.Dictionary {
		s += " dictionary"
	}
	if m.IsPrototype {
		s += " prototype"
	}
	return s
}

func (r *Runtime) mapCreateEvent(m *HiddenClass) *events.MapCreate {
	e := &events.MapCreate{Map: m.ID, Addr: events.Addr(m.Address()), Type: m.InstanceType.String(), InObject: m.InObject,
		Size: mapInstanceSize(m), Elements: m.Elements.String(), Dictionary: m.Dictionary, Prototype: m.IsPrototype}
	if m.Parent != nil {
		e.Parent = m.Parent.ID
	}
	if m.Proto != nil {
		e.Proto = events.Addr(m.Proto.Address())
	}
	return e
}

// reportMapEdge reports an object moving from one map to another: a new edge of the tree
// (map.transition), an existing one (map.reuse), or normalization to a dictionary map.
func (r *Runtime) reportMapEdge(from, to *HiddenClass, key, edge string, created bool) {
	r.flushMapCreates()
	if !r.mapEventsOn() {
		return
	}
	r.announceMap(from)
	r.announceMap(to)
	if rec := r.interp.rec; rec != nil {
		if created {
			e := &events.MapTransition{From: from.ID, To: to.ID, Key: key, Edge: edge, Field: -1}
			if edge == "property" {
				d := to.Descriptors[len(to.Descriptors)-1]
				e.Field, e.Rep = d.Field, d.Rep.String()
				switch {
				case d.Field < 0:
					e.Where = "descriptor" // an accessor: the pair lives in the map
				case d.Field < to.InObject:
					e.Where = "in-object"
				default:
					e.Where = "backing-store"
				}
			}
			rec.Emit(e)
		} else {
			rec.Emit(&events.MapReuse{From: from.ID, To: to.ID, Key: key})
		}
	}
	if r.Options.TraceMaps {
		verb := "Transition"
		switch {
		case edge == "normalize":
			r.writeRaw("log", fmt.Sprintf("[TraceMaps: Normalize from= 0x%x to= 0x%x ]\n", from.Address(), to.Address()))
			return
		case !created:
			verb = "ReuseTransition"
		}
		r.writeRaw("log", fmt.Sprintf("[TraceMaps: %s from= 0x%x to= 0x%x name= %s ]\n", verb, from.Address(), to.Address(), key))
	}
}
