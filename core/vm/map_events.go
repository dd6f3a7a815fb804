package vm

import "enginescope/core/events"

// map.* events. Every emitter is called behind `if r.interp.rec != nil`; maps made while the
// realm and the host bootstrap are not reported (the stream shows the program's).

func (r *Runtime) mapEventsOn() bool { return r.interp.rec != nil && !r.Heap.Bootstrapping() }

func (r *Runtime) mapCreateEvent(m *HiddenClass, reason string) *events.MapCreate {
	e := &events.MapCreate{Map: m.ID, Addr: events.Addr(m.Address()), Type: m.InstanceType.String(), InObject: m.InObject,
		Size: mapInstanceSize(m), Elements: m.Elements.String(), Dictionary: m.Dictionary, Prototype: m.IsPrototype, Reason: reason}
	if m.Parent != nil {
		e.Parent = m.Parent.ID
	}
	if m.Proto != nil {
		e.Proto = events.Addr(m.Proto.Address())
	}
	return e
}

func (r *Runtime) emitMapNormalize(o *Object, from *HiddenClass) {
	if !r.mapEventsOn() {
		return
	}
	r.interp.rec.Emit(&events.MapTransition{From: from.ID, To: o.hc.ID, Key: "", Edge: "normalize", Field: -1, Object: events.Addr(o.Address())})
}
