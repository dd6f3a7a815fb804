package vm

import (
	"strconv"

	"enginescope/core/events"
)

// property.set: every store of a data property's value into an object (a named or indexed
// store, a new property, defineProperty, a literal's initial values), so the page can draw an
// object's contents. The callers test r.interp.rec first; before is the map before the store.

func (r *Runtime) emitPropertySet(o *Object, k Key, v Value, before *HiddenClass) {
	l := r.interp.rec
	if v.kind == kindAccessor || !l.objects {
		return // accessors are not values; the realm's own objects are not the program's
	}
	l.reserve(2)
	l.put(l.slot(), logPropertySet, v, nil, 0, 0)
	info := l.slot()
	*info = logRecord{kind: logPropertyInfo, frame: o.gc.addr, n: int32(mapID(before)), addr: mapID(o.hc)}
	switch {
	case k.isIndex:
		info.flag, info.aux = 1, k.index
	case k.prop.sym != nil:
		info.aux = l.text(k.prop.sym.DescriptiveString())
	default:
		info.aux = l.text(k.prop.name)
	}
}

// emitLiteralProperties reports the values a literal's clone starts with.
func (r *Runtime) emitLiteralProperties(o *Object) {
	if o.hc.Dictionary || !r.interp.rec.objects {
		return
	}
	for i := range o.hc.Descriptors {
		d := &o.hc.Descriptors[i]
		if d.Field >= 0 && d.Field < len(o.slots) {
			r.emitPropertySet(o, PropKey(d.Key), o.slots[d.Field], o.hc)
		}
	}
	for i, v := range o.elements {
		if v.kind != KindHole {
			r.emitPropertySet(o, IndexKey(uint32(i)), v, o.hc)
		}
	}
}

func mapID(m *HiddenClass) uint32 {
	if m == nil {
		return 0
	}
	return m.ID
}

func (l *stepLog) propertySet(rec, info *logRecord) events.Event {
	key := ""
	if info.flag == 1 {
		key = strconv.FormatUint(uint64(info.aux), 10)
	} else {
		key = l.strs[info.aux]
	}
	return &events.PropertySet{Object: events.Addr(info.frame), Key: key, Value: l.replay(rec),
		MapBefore: uint32(info.n), MapAfter: info.addr}
}
