package vm

import (
	"fmt"
	"math/rand"
	"testing"
)

// TestRandomObjectGraphs builds random object graphs and mutates them while the collectors run
// (scavenges, incremental marking steps, full collections), keeping a model of the graph on the
// side. After every collection each object the model reaches from the roots must be alive with
// its contents intact; after two full collections nothing unreachable may be left; the heap
// verifier must find nothing.
func TestRandomObjectGraphs(t *testing.T) {
	for seed := int64(1); seed <= 12; seed++ {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			opts := Options{}
			if seed%3 == 0 {
				opts.GCStress = true
			}
			if seed%4 == 0 {
				opts.MaxSemiSpaceSize, opts.MinSemiSpaceSize = 4, 4
			}
			runRandomGraph(t, seed, opts)
		})
	}
}

type graphModel struct {
	r     *Runtime
	rng   *rand.Rand
	objs  []*Object
	kind  []int          // 0 object, 1 array, 2 Map
	edges []map[int]bool // model: i refers to j
	roots map[int]bool   // global properties
	slots []map[string]int
}

func runRandomGraph(t *testing.T, seed int64, opts Options) {
	r := newTestHeapRuntime(t, opts)
	m := &graphModel{r: r, rng: rand.New(rand.NewSource(seed)), roots: map[int]bool{}}
	for step := 0; step < 1500; step++ {
		done := r.HandleScope()
		switch op := m.rng.Intn(10); {
		case op < 4 || len(m.objs) < 4:
			m.create()
		case op < 7:
			m.link()
		case op < 8:
			m.unlink()
		default:
			m.root()
		}
		done()
		if step%97 == 0 {
			switch m.rng.Intn(3) {
			case 0:
				r.Heap.gc.collectYoung(reasonTesting)
			case 1:
				r.Heap.gc.collectFull(reasonTesting, false)
			default:
				if !r.Heap.gc.marking {
					r.Heap.gc.startMarking()
				} else {
					r.Heap.gc.markStep(2 * ScaledMB)
				}
			}
			m.check(t, false)
		}
	}
	r.Heap.gc.collectFull(reasonTesting, false)
	r.Heap.gc.collectFull(reasonTesting, false)
	m.check(t, true)
	checkHeap(t, r)
}

func (m *graphModel) create() {
	r := m.r
	i := len(m.objs)
	var o *Object
	k := m.rng.Intn(3)
	switch k {
	case 0:
		o = r.NewObject()
	case 1:
		o = r.NewArray(nil)
	default:
		o = r.NewObjectOfType(TypeMap, r.Intrinsics.MapPrototype, NewMapData(true))
	}
	r.Set(o, StrKey("id"), Int(i), ObjectValue(o))
	r.Set(o, StrKey("name"), Str(fmt.Sprintf("object number %d", i)), ObjectValue(o))
	m.objs = append(m.objs, o)
	m.kind = append(m.kind, k)
	m.edges = append(m.edges, map[int]bool{})
	m.slots = append(m.slots, map[string]int{})
	// A new object is linked from a reachable one or from the roots, most of the time.
	if live := m.reachable(); len(live) > 0 && m.rng.Intn(4) > 0 {
		m.store(live[m.rng.Intn(len(live))], i)
	} else {
		m.setRoot(i)
	}
}

func (m *graphModel) pick() int { return m.rng.Intn(len(m.objs)) }

// store makes from refer to to, through a property, an element or a Map entry.
func (m *graphModel) store(from, to int) {
	r := m.r
	o := m.objs[from]
	key := fmt.Sprintf("p%d", m.rng.Intn(6))
	v := ObjectValue(m.objs[to])
	switch m.kind[from] {
	case 0:
		r.Set(o, StrKey(key), v, ObjectValue(o))
	case 1:
		key = fmt.Sprint(m.rng.Intn(40))
		r.Set(o, StrKey(key), v, ObjectValue(o))
	default:
		o.Internal.(*MapData).Set(Str(key), v)
	}
	m.slots[from][key] = to
	m.rebuild(from)
}

func (m *graphModel) rebuild(i int) {
	m.edges[i] = map[int]bool{}
	for _, j := range m.slots[i] {
		m.edges[i][j] = true
	}
}

func (m *graphModel) link() {
	live := m.reachable()
	if len(live) == 0 {
		return
	}
	m.store(live[m.rng.Intn(len(live))], m.pickAny(live))
}

// pickAny mostly picks reachable objects (storing a dead one would be a use after free).
func (m *graphModel) pickAny(live []int) int { return live[m.rng.Intn(len(live))] }

func (m *graphModel) unlink() {
	live := m.reachable()
	if len(live) == 0 {
		return
	}
	from := live[m.rng.Intn(len(live))]
	for key := range m.slots[from] {
		o := m.objs[from]
		switch m.kind[from] {
		case 2:
			o.Internal.(*MapData).Delete(Str(key))
		default:
			m.r.Set(o, StrKey(key), Null, ObjectValue(o))
		}
		delete(m.slots[from], key)
		break
	}
	m.rebuild(from)
}

func (m *graphModel) root() {
	if m.rng.Intn(3) == 0 && len(m.roots) > 0 {
		for i := range m.roots {
			m.r.Set(m.r.Global, StrKey(fmt.Sprintf("root%d", i)), Undefined, ObjectValue(m.r.Global))
			delete(m.roots, i)
			return
		}
	}
	live := m.reachable()
	if len(live) > 0 {
		m.setRoot(live[m.rng.Intn(len(live))])
	}
}

func (m *graphModel) setRoot(i int) {
	m.r.Set(m.r.Global, StrKey(fmt.Sprintf("root%d", i)), ObjectValue(m.objs[i]), ObjectValue(m.r.Global))
	m.roots[i] = true
}

// reachable lists the model's objects reachable from the roots, in index order.
func (m *graphModel) reachable() []int {
	seen := map[int]bool{}
	var stack []int
	for i := range m.roots {
		stack = append(stack, i)
	}
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[i] {
			continue
		}
		seen[i] = true
		for j := range m.edges[i] {
			stack = append(stack, j)
		}
	}
	out := make([]int, 0, len(seen))
	for i := range m.objs {
		if seen[i] {
			out = append(out, i)
		}
	}
	return out
}

func (m *graphModel) check(t *testing.T, final bool) {
	t.Helper()
	live := map[int]bool{}
	for _, i := range m.reachable() {
		live[i] = true
		o := m.objs[i]
		if o.gc.space == spaceNone {
			t.Fatalf("object %d is reachable but was freed", i)
		}
		if got := m.r.GetStr(o, "id"); got.Num() != float64(i) {
			t.Fatalf("object %d: id = %v", i, got)
		}
		for key, j := range m.slots[i] {
			var v Value
			if m.kind[i] == 2 {
				v, _ = o.Internal.(*MapData).Get(Str(key))
			} else {
				v = m.r.GetStr(o, key)
			}
			if v.AsObject() != m.objs[j] {
				t.Fatalf("object %d.%s lost its reference to %d", i, key, j)
			}
		}
	}
	if !final {
		return
	}
	for i, o := range m.objs {
		if !live[i] && o.gc.space != spaceNone {
			t.Fatalf("object %d is unreachable but alive in %v after two full collections", i, o.gc.space)
		}
	}
}
