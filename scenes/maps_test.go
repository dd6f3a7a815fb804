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

// loadX's load slot is 1, then P with a growing map list, then N with none, where the narration
// says so; the feedback panel is on screen (loadX is the running function).
func TestLoadXScene(t *testing.T) {
	s := Get("maps-loadx")
	m, _ := run(t, s)
	tl := render.NewTimeline(m, []byte(s.Source))
	for _, c := range []struct {
		step  uint64
		state string
		maps  int
	}{{150, "", 0}, {151, "1", 1}, {161, "1", 1}, {162, "P", 2}, {164, "P", 2}, {201, "P", 4}, {202, "N", 0}, {266, "N", 0}} {
		st := tl.SeekStep(c.step)
		var got string
		var maps int
		for _, v := range st.Feedback.Vectors {
			if v.Fn == "loadX" && len(v.Slots) > 0 {
				got, maps = v.Slots[0].State, len(v.Slots[0].Maps)
			}
		}
		if got != c.state || maps != c.maps {
			t.Errorf("step %d: loadX's slot %q with %d maps, want %q with %d", c.step, got, maps, c.state, c.maps)
		}
		if c.step == 164 || c.state == "P" {
			var txt strings.Builder
			for _, x := range render.Layout(st, render.LayoutOptions{W: 1400, H: 900, Scale: 1, Host: "browser"}).Texts {
				txt.WriteString(x.Str + "\n")
			}
			want := "[0] LoadIC x"
			if c.step == 164 { // back in the loop, the panel keeps loadX's vector
				want = "feedback vector of loadX (last changed)"
			}
			if !strings.Contains(txt.String(), want) || !strings.Contains(txt.String(), "polymorphic · maps #") {
				t.Errorf("step %d: the feedback panel is not drawn:\n%s", c.step, txt.String())
			}
		}
	}
}

// Foo's integer keys leave the map alone, its names grow B → A → C; Foo(12, 10)'s named
// properties go in-object until the slots run out, exactly where the narration says.
func TestPropertiesScenes(t *testing.T) {
	at := func(name string, step uint64) *render.State {
		s := Get(name)
		m, _ := run(t, s)
		return render.NewTimeline(m, []byte(s.Source)).SeekStep(step)
	}
	for step, want := range map[uint64]string{18: "", 19: "B", 40: "B", 43: "B A C"} {
		if got := strings.Join(edges(at("maps-foo-forin", step)), " "); got != want {
			t.Errorf("maps-foo-forin at step %d: edges %q, want %q", step, got, want)
		}
	}
	where := func(step uint64) []string {
		st := at("maps-inobject", step)
		var w []string
		if n := st.Maps.ByID[st.Maps.Last]; n != nil && !n.Prototype && n.Type == "JS_OBJECT_TYPE" {
			for _, f := range n.Fields {
				w = append(w, f.Where)
			}
		}
		return w
	}
	if got := edges(at("maps-inobject", 161)); len(got) != 0 {
		t.Errorf("maps-inobject: the elements loop made map edges %v", got)
	}
	in := where(311)
	if len(in) == 0 || slices.Contains(in, "backing-store") {
		t.Errorf("maps-inobject at 311: fields %v, want all in-object", in)
	}
	if out := where(312); len(out) != len(in)+1 || out[len(out)-1] != "backing-store" {
		t.Errorf("maps-inobject at 312: fields %v, want one more, out of object", out)
	}
}
