package render_test

import (
	"slices"
	"strings"
	"testing"

	"enginescope/core/engine"
	"enginescope/core/events"
	"enginescope/core/vm"
	"enginescope/render"
)

// A function made hot with small V8 budgets: the feedback panel's tier label goes through every
// tier in order and falls back to IGNITION with the deopt's reason, and the drawn title says so
// while the function runs.
func TestTierLabel(t *testing.T) {
	src := `function getX(o) { return o.x; }
let sum = 0;
for (let i = 0; i < 60; i++) sum += getX({ x: i });
getX({ y: 0, x: 1 });
`
	m := events.NewMemory()
	res := engine.Run([]byte(src), engine.Options{Host: "browser", Recorder: m, Tiering: vm.TieringFlags{
		MaglevCount: 10, TurbofanCount: 10, ICDelay: 10, MaglevOSRCount: 2, OSRCount: 2}})
	if res.Reason != "completed" {
		t.Fatalf("run ended with %s: %s", res.Reason, res.Stderr)
	}
	s := render.NewState()
	fold := render.Fold{Src: []byte(src)}
	var labels []string
	drawn := map[string]bool{}
	for i := range m.Len() {
		e := m.At(i)
		fold.Apply(s, e)
		for _, v := range s.Feedback.Vectors {
			if v.Fn != "getX" {
				continue
			}
			if l := render.TierLabel(v); len(labels) == 0 || labels[len(labels)-1] != l {
				labels = append(labels, l)
			}
			if top := s.Top(); top != nil && top.Fn == "getX" && e.Kind() == events.KindBytecodeExec {
				for _, want := range []string{"tier: MAGLEV", "tier: TURBOFAN"} {
					if strings.Contains(texts(s), "feedback vector · "+want) {
						drawn[want] = true
					}
				}
			}
		}
	}
	want := []string{"tier: IGNITION → SPARKPLUG (compiling)", "tier: SPARKPLUG", "tier: SPARKPLUG → MAGLEV (compiling)", "tier: MAGLEV",
		"tier: MAGLEV → TURBOFAN (compiling)", "tier: TURBOFAN", "tier: IGNITION (deoptimized: wrong map)"}
	if !slices.Equal(labels, want) {
		t.Errorf("getX's tier labels went\n%q\nwant\n%q", labels, want)
	}
	if !drawn["tier: MAGLEV"] || !drawn["tier: TURBOFAN"] {
		t.Errorf("the panel's title did not show the tier while getX ran: %v", drawn)
	}
}
