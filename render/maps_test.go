package render_test

import (
	"reflect"
	"strings"
	"testing"

	"enginescope/core/engine"
	"enginescope/core/events"
	"enginescope/render"
)

// The point example as the engine reports it (map ids and fields as in core/vm's map events):
// two constructions share #2 → #3 → #4, {y, x} branches off the literal root, and a delete
// normalizes to a dictionary map.
func mapStream() *events.Memory {
	m := events.NewMemory()
	step := uint64(0)
	emit := func(e events.Event) {
		*e.Head() = events.Header{Step: step}
		m.Emit(e)
		step++
		m.Emit(&events.BytecodeExec{Header: events.Header{Step: step - 1}, Op: "Nop"})
	}
	emit(&events.MapCreate{Map: 2, Type: "JS_OBJECT_TYPE", InObject: 10, Size: 104})
	emit(&events.MapCreate{Map: 3, Parent: 2, Type: "JS_OBJECT_TYPE", InObject: 10, Size: 104})
	emit(&events.MapTransition{From: 2, To: 3, Key: "x", Edge: "property", Field: 0, Where: "in-object", Rep: "smi"})
	emit(&events.MapCreate{Map: 4, Parent: 3, Type: "JS_OBJECT_TYPE", InObject: 10, Size: 104})
	emit(&events.MapTransition{From: 3, To: 4, Key: "y", Edge: "property", Field: 1, Where: "in-object", Rep: "smi"})
	emit(&events.MapReuse{From: 2, To: 3, Key: "x"})
	emit(&events.MapReuse{From: 3, To: 4, Key: "y"})
	emit(&events.MapCreate{Map: 5, Type: "JS_OBJECT_TYPE", InObject: 1, Size: 32})
	emit(&events.MapCreate{Map: 6, Parent: 5, Type: "JS_OBJECT_TYPE", InObject: 1, Size: 32})
	emit(&events.MapTransition{From: 5, To: 6, Key: "y", Edge: "property", Field: 0, Where: "in-object", Rep: "smi"})
	emit(&events.MapCreate{Map: 7, Parent: 6, Type: "JS_OBJECT_TYPE", InObject: 1, Size: 32})
	emit(&events.MapTransition{From: 6, To: 7, Key: "x", Edge: "property", Field: 1, Where: "backing-store", Rep: "smi"})
	emit(&events.MapCreate{Map: 8, Type: "JS_OBJECT_TYPE", InObject: 1, Size: 32, Dictionary: true})
	emit(&events.MapTransition{From: 7, To: 8, Edge: "normalize", Field: -1})
	emit(&events.PropertySet{Object: 0x99, Key: "z", Value: events.Smi(1), MapBefore: 8, MapAfter: 8})
	m.Emit(&events.ProgramEnd{Header: events.Header{Step: step}, Steps: step})
	m.Flush()
	return m
}

func TestHiddenClassPanel(t *testing.T) {
	m := mapStream()
	tl := render.NewTimeline(m, nil)
	st := tl.SeekStep(7)
	mp := st.Maps
	if mp.Last != 4 || mp.ByID[4].Uses != 2 || len(mp.ByID[2].Edges) != 1 {
		t.Fatalf("after the second Point: last #%d, #4 used %d times, #2 has %d edges", mp.Last, mp.ByID[4].Uses, len(mp.ByID[2].Edges))
	}
	if f := mp.ByID[4].Fields; len(f) != 2 || f[0].Key != "x" || f[1].Key != "y" || f[1].Where != "in-object" {
		t.Fatalf("#4's fields %+v", f)
	}
	got := texts(st)
	for _, want := range []string{"Hidden classes (maps) · last: #4 (+y)", "#2 {}", "#3\n", "#4\n", "#4: 10 in-object slots, 104 bytes"} {
		if !strings.Contains(got, want) {
			t.Errorf("at step 7 the panel lacks %q:\n%s", want, got)
		}
	}
	st = tl.SeekStep(12)
	if got := texts(st); !strings.Contains(got, "properties:") || !strings.Contains(got, "#7: 1 in-object slots") {
		t.Errorf("{y, x} with one in-object slot: x goes to the backing store:\n%s", got)
	}
	st = tl.Seek(m.Len())
	if n := st.Maps.ByID[8]; !n.Dictionary || len(n.Fields) != 1 || n.Fields[0].Key != "z" {
		t.Fatalf("dictionary map #8: %+v", n)
	}
	if got := texts(st); !strings.Contains(got, "#8 is a dictionary map") {
		t.Errorf("the dictionary map is not drawn as a hash table:\n%s", got)
	}
	// seeking agrees with folding forward
	for k := 0; k <= m.Len(); k++ {
		s := render.NewState()
		for i := range k {
			render.Fold{}.Apply(s, m.At(i))
		}
		if !reflect.DeepEqual(tl.Seek(k), s) {
			t.Fatalf("state at %d differs from the forward fold", k)
		}
	}
}

// With the engine's own map events: two Points share one map whose x and y are in-object, and
// the literal {y, x} grows a second branch from the literal root.
func TestHiddenClassesFromTheEngine(t *testing.T) {
	src := "function Point(x, y) { this.x = x; this.y = y; }\nconst p1 = new Point(1, 2);\nconst p2 = new Point(3, 4);\n" +
		"const a = { x: 1, y: 2 };\nconst b = { y: 1, x: 2 };\n"
	m := record(t, src, "browser", engine.HeapOptions{})
	st := render.NewTimeline(m, []byte(src)).Seek(m.Len())
	mp := &st.Maps
	var point *render.MapNode
	for _, id := range mp.Order {
		n := mp.ByID[id]
		if len(n.Fields) == 2 && n.Fields[0].Key == "x" && n.Fields[1].Key == "y" && n.InObject >= 2 && n.Uses >= 2 {
			point = n
		}
	}
	if point == nil || point.Fields[0].Where != "in-object" || point.Fields[1].Where != "in-object" {
		t.Fatalf("no map {x, y} taken by both Points with in-object fields: %+v", point)
	}
	branches := 0
	for _, id := range mp.Order {
		if n := mp.ByID[id]; len(n.Edges) == 2 && n.Edges[0].Key == "x" && n.Edges[1].Key == "y" {
			branches++ // the literal root: {x, y} and {y, x} split here
		}
	}
	if branches != 1 {
		t.Errorf("want one root with x and y edges (the literals), found %d", branches)
	}
	if got := texts(st); !strings.Contains(got, "Hidden classes (maps)") || !strings.Contains(got, "in-object slots") {
		t.Errorf("the panel is not drawn:\n%s", got)
	}
}
