package scenes

import (
	"strings"
	"testing"

	"enginescope/render"
)

// getX's tier label is what the narration says at each range's first and last step: the
// requests and installs happen exactly at the narrated boundaries, and the deopt at the end.
func TestTierUpScene(t *testing.T) {
	s := Get("tier-up")
	m, _ := run(t, s)
	tl := render.NewTimeline(m, []byte(s.Source))
	label := func(step uint64) string {
		for _, v := range tl.SeekStep(step).Feedback.Vectors {
			if v.Fn == "getX" {
				return render.TierLabel(v)
			}
		}
		return "no vector"
	}
	for _, c := range []struct {
		step uint64
		want string
	}{
		{202, "no vector"},
		{203, "tier: SPARKPLUG"},
		{403, "tier: SPARKPLUG"},
		{404, "tier: SPARKPLUG → MAGLEV (compiling)"},
		{463, "tier: SPARKPLUG → MAGLEV (compiling)"},
		{464, "tier: MAGLEV"},
		{723, "tier: MAGLEV"},
		{724, "tier: MAGLEV → TURBOFAN (compiling)"},
		{783, "tier: MAGLEV → TURBOFAN (compiling)"},
		{784, "tier: TURBOFAN"},
		{1233, "tier: TURBOFAN"},
		{1234, "tier: IGNITION (deoptimized: wrong map)"},
		{1238, "tier: IGNITION (deoptimized: wrong map)"},
	} {
		if got := label(c.step); got != c.want {
			t.Errorf("step %d: getX's label %q, want %q", c.step, got, c.want)
		}
	}
	// the deopt's load slot: 1 → P with the new map
	st := tl.SeekStep(1234)
	for _, v := range st.Feedback.Vectors {
		if v.Fn == "getX" && (len(v.Slots) == 0 || v.Slots[0].State != "P") {
			t.Errorf("after the deopt getX's slot is %+v, want P", v.Slots)
		}
	}
	// the page draws the label while getX runs in TurboFan code
	found := false
	for step := uint64(785); step < 830 && !found; step++ {
		st := tl.SeekStep(step)
		if top := st.Top(); top == nil || top.Fn != "getX" {
			continue
		}
		for _, x := range render.Layout(st, render.LayoutOptions{W: 1400, H: 900, Scale: 1, Host: "browser"}).Texts {
			found = found || strings.Contains(x.Str, "tier: TURBOFAN")
		}
	}
	if !found {
		t.Errorf("no step in 785…829 draws getX's tier: TURBOFAN")
	}
}
