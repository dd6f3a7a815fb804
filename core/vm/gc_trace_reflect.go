package vm

import (
	"reflect"
	"sort"
	"sync"
	"unsafe"
)

// The reflective tracer walks any Go data the runtime keeps (internal slots, host queues, the
// builtins' per-runtime state) and reports the heap objects it refers to. It reads memory with
// the type's layout, so unexported fields are no obstacle. What it cannot see is what Go
// closures captured; heap objects held that way must also be kept somewhere visible.
//
// It stops at heap objects (reported as edges, traced by their own collector visit), at maps
// and symbols (immortal), and at types of other packages (the bytecode, the AST, regexp2…,
// which hold no runtime objects).

var (
	valueType   = reflect.TypeFor[Value]()
	objectPtr   = reflect.TypeFor[*Object]()
	stringPtr   = reflect.TypeFor[*String]()
	bigintPtr   = reflect.TypeFor[*BigInt]()
	vmPkgPath   = valueType.PkgPath()
	planCache   sync.Map // reflect.Type → *typePlan
	skippedPtrs = map[reflect.Type]bool{
		reflect.TypeFor[*HiddenClass](): true, // immortal; objects trace their own map's prototype
		reflect.TypeFor[*Symbol]():      true, // immortal
		reflect.TypeFor[*Runtime]():     true,
		reflect.TypeFor[*Heap]():        true,
		reflect.TypeFor[*regexpCode]():  true, // a compile cache shared by RegExps, not heap data
	}
)

// typePlan is what the reflective tracer needs to know about a type.
type typePlan struct {
	t      reflect.Type
	refs   bool // can hold references to heap objects
	fields []fieldPlan
	elem   *typePlan
	key    *typePlan
}

type fieldPlan struct {
	off  uintptr
	plan *typePlan
}

// holds reports whether data of the plan's type may lead to heap objects.
func (p *typePlan) holds() bool {
	k := p.t.Kind()
	return p.refs || k == reflect.Pointer || k == reflect.Interface
}

func planOf(t reflect.Type) *typePlan {
	if p, ok := planCache.Load(t); ok {
		return p.(*typePlan)
	}
	p := buildPlan(t, map[reflect.Type]*typePlan{})
	planCache.Store(t, p)
	return p
}

func buildPlan(t reflect.Type, building map[reflect.Type]*typePlan) *typePlan {
	if p, ok := building[t]; ok {
		return p
	}
	if p, ok := planCache.Load(t); ok {
		return p.(*typePlan)
	}
	p := &typePlan{t: t}
	building[t] = p
	switch {
	case t == valueType || t == objectPtr || t == stringPtr || t == bigintPtr:
		p.refs = true
		return p
	case t.Name() != "" && t.PkgPath() != "" && t.PkgPath() != vmPkgPath:
		return p // another package's type
	}
	switch t.Kind() {
	case reflect.Pointer:
		if skippedPtrs[t] {
			return p
		}
		e := t.Elem()
		if e.Name() != "" && e.PkgPath() != "" && e.PkgPath() != vmPkgPath {
			return p
		}
		p.elem = buildPlan(e, building)
		p.refs = true // recursive types resolve later; pointers are followed when non-nil
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			fp := buildPlan(f.Type, building)
			if fp.refs || fp.t.Kind() == reflect.Pointer || fp.t.Kind() == reflect.Interface {
				p.fields = append(p.fields, fieldPlan{f.Offset, fp})
			}
		}
		p.refs = len(p.fields) > 0
	case reflect.Slice, reflect.Array:
		p.elem = buildPlan(t.Elem(), building)
		p.refs = p.elem.refs || p.elem.t.Kind() == reflect.Pointer || p.elem.t.Kind() == reflect.Interface
	case reflect.Map:
		// A map keyed by heap objects is a side table of those objects (the error stacks): the
		// tracer reaches its values through the key object, not from here.
		if k := t.Key(); k == objectPtr || k == stringPtr {
			return p
		}
		p.key = buildPlan(t.Key(), building)
		p.elem = buildPlan(t.Elem(), building)
		p.refs = p.key.holds() || p.elem.holds()
		if !p.refs {
			p.key = nil
		}
	case reflect.Interface:
		p.refs = true
	}
	return p
}

// reflectTrace visits the heap references reachable from v through ordinary Go data.
func reflectTrace(v any, s edgeSink) {
	if v == nil {
		return
	}
	w := reflectWalker{s: s}
	w.iface(reflect.ValueOf(&v).Elem())
}

// reflectTraceAt visits the references in the data of type t at p.
func reflectTraceAt(t reflect.Type, p unsafe.Pointer, s edgeSink) {
	w := reflectWalker{s: s}
	w.walk(planOf(t), p)
}

type reflectWalker struct {
	s    edgeSink
	seen map[unsafe.Pointer]bool
}

func (w *reflectWalker) walk(p *typePlan, at unsafe.Pointer) {
	if !p.refs && p.t.Kind() != reflect.Pointer && p.t.Kind() != reflect.Interface {
		return
	}
	switch p.t {
	case valueType:
		traceValue(*(*Value)(at), w.s)
		return
	case objectPtr:
		traceObjectPtr(*(**Object)(at), w.s)
		return
	case stringPtr:
		traceStringPtr(*(**String)(at), w.s)
		return
	case bigintPtr:
		if b := *(**BigInt)(at); b != nil {
			w.s.edge(bigintRef(b))
		}
		return
	}
	switch p.t.Kind() {
	case reflect.Pointer:
		q := *(*unsafe.Pointer)(at)
		if q == nil || p.elem == nil || !p.elem.refs {
			return
		}
		if w.seen == nil {
			w.seen = map[unsafe.Pointer]bool{}
		}
		if w.seen[q] {
			return
		}
		w.seen[q] = true
		w.walk(p.elem, q)
	case reflect.Struct:
		for _, f := range p.fields {
			w.walk(f.plan, unsafe.Add(at, f.off))
		}
	case reflect.Array:
		size := p.elem.t.Size()
		for i := 0; i < p.t.Len(); i++ {
			w.walk(p.elem, unsafe.Add(at, uintptr(i)*size))
		}
	case reflect.Slice:
		hdr := (*struct {
			data unsafe.Pointer
			n    int
			c    int
		})(at)
		size := p.elem.t.Size()
		for i := 0; i < hdr.n; i++ {
			w.walk(p.elem, unsafe.Add(hdr.data, uintptr(i)*size))
		}
	case reflect.Map:
		if p.key == nil {
			return
		}
		m := reflect.NewAt(p.t, at).Elem()
		for _, k := range sortedMapKeys(m) {
			w.copied(p.key, k)
			w.copied(p.elem, m.MapIndex(k))
		}
	case reflect.Interface:
		w.iface(reflect.NewAt(p.t, at).Elem())
	}
}

// sortedMapKeys orders a map's keys when they are strings or integers, so the collectors visit
// roots in the same order on every run (addresses depend on it).
func sortedMapKeys(m reflect.Value) []reflect.Value {
	keys := m.MapKeys()
	switch m.Type().Key().Kind() {
	case reflect.String:
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		sort.Slice(keys, func(i, j int) bool { return keys[i].Int() < keys[j].Int() })
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		sort.Slice(keys, func(i, j int) bool { return keys[i].Uint() < keys[j].Uint() })
	}
	return keys
}

// iface walks the dynamic value of an interface.
func (w *reflectWalker) iface(v reflect.Value) {
	if v.IsNil() {
		return
	}
	d := v.Elem()
	if d.Kind() == reflect.Pointer {
		q := d.UnsafePointer()
		tmp := q
		w.walk(planOf(d.Type()), unsafe.Pointer(&tmp))
		return
	}
	w.copied(planOf(d.Type()), d)
}

// copied walks a value that is not addressable (a map entry, an interface's payload).
func (w *reflectWalker) copied(p *typePlan, v reflect.Value) {
	if !p.refs && p.t.Kind() != reflect.Pointer && p.t.Kind() != reflect.Interface {
		return
	}
	tmp := reflect.New(v.Type())
	tmp.Elem().Set(v)
	w.walk(p, tmp.UnsafePointer())
}
