package scenes

import (
	"slices"
	"strings"
	"testing"

	"enginescope/render"
)

// edges lists the property transitions between plain objects' maps at a step, as "from-key".
func edges(st *render.State) []string {
	var out []string
	for _, id := range st.Maps.Order {
		n := st.Maps.ByID[id]
		if n.Type != "JS_OBJECT_TYPE" || n.Prototype {
			continue
		}
		for _, e := range n.Edges {
			if e.Kind == "property" {
				out = append(out, e.Key)
			}
		}
	}
	return out
}

// What the hidden-class scenes tell the class is what the hidden-class panel's model holds at
// the end of each range, with the live engine.
func TestHiddenClassScenes(t *testing.T) {
	at := func(name string, step uint64) *render.State {
		s := Get(name)
		m, _ := run(t, s)
		return render.NewTimeline(m, []byte(s.Source)).SeekStep(step)
	}
	// point: the tree grows edge by edge (x, then y); the second Point adds nothing
	grow := map[uint64]string{16: "", 18: "x", 22: "x y", 37: "x y"}
	for step, want := range grow {
		if got := strings.Join(edges(at("maps-point", step)), " "); got != want {
			t.Errorf("maps-point at step %d: edges %q, want %q", step, got, want)
		}
	}
	if a, b := at("maps-point", 22), at("maps-point", 37); a.Maps.Last != b.Maps.Last || len(a.Maps.Order) != len(b.Maps.Order) {
		t.Errorf("maps-point: the second Point made maps (%d → %d) or ends on another map (#%d, #%d)", len(a.Maps.Order), len(b.Maps.Order), a.Maps.Last, b.Maps.Last)
	}
	// {x,y} vs {y,x}: b reuses a's map; c branches from the same root
	if a, b := at("maps-xy-yx", 8), at("maps-xy-yx", 10); a.Maps.Last != b.Maps.Last || strings.Join(edges(b), " ") != "x y" {
		t.Errorf("maps-xy-yx: b does not share a's map (#%d, #%d, edges %v)", a.Maps.Last, b.Maps.Last, edges(b))
	}
	c := at("maps-xy-yx", 12)
	root := c.Maps.Root(c.Maps.Last)
	var keys []string
	for _, e := range c.Maps.ByID[root].Edges {
		keys = append(keys, e.Key)
	}
	if slices.Sort(keys); strings.Join(keys, " ") != "x y" {
		t.Errorf("maps-xy-yx: the literal root's edges are %v, want x and y", keys)
	}
	// delete: o becomes a dictionary at the delete, not before
	if st := at("maps-delete", 11); st.Maps.ByID[st.Maps.Last].Dictionary {
		t.Errorf("maps-delete: a dictionary map before the delete")
	}
	if st := at("maps-delete", 12); !st.Maps.ByID[st.Maps.Last].Dictionary {
		t.Errorf("maps-delete: after delete o.a the last map #%d is not a dictionary", st.Maps.Last)
	}
}
