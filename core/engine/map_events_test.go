package engine

import (
	"testing"

	"enginescope/core/events"
)

type collect struct{ evs []events.Event }

func (c *collect) Emit(e events.Event) { c.evs = append(c.evs, e) }

// The point example grows the transition tree edge by edge: {} → {x} → {x,y} for the first
// point (two new edges, each after its map.create), and the second point reuses both edges.
func TestMapEventsForThePointExample(t *testing.T) {
	src := `function Point(a, b) { const p = {}; p.x = a; p.y = b; return p }
const p1 = Point(1, 2);
const p2 = Point(3, 4);
`
	c := &collect{}
	res := Run([]byte(src), Options{Filename: "/t.js", Recorder: c})
	if res.ExitCode != 0 {
		t.Fatalf("exit %d: %s", res.ExitCode, res.Stderr)
	}
	created := map[uint32]bool{}
	var edges, reuses []string
	for _, e := range c.evs {
		switch e := e.(type) {
		case *events.MapCreate:
			created[e.Map] = true
		case *events.MapTransition:
			if !created[e.To] {
				t.Errorf("map.transition to map %d before its map.create", e.To)
			}
			edges = append(edges, e.Key+"@"+e.Where)
		case *events.MapReuse:
			reuses = append(reuses, e.Key)
		}
	}
	// The host's module objects come first; the program's edges are the last ones.
	if len(edges) < 2 {
		t.Fatalf("transitions %q", edges)
	}
	if got := join(edges[len(edges)-2:]); got != "x@in-object,y@in-object" {
		t.Errorf("transitions %q, want x then y, in-object", got)
	}
	if len(reuses) < 2 {
		t.Fatalf("reuses %q", reuses)
	}
	if got := join(reuses[len(reuses)-2:]); got != "x,y" {
		t.Errorf("reuses %q, want x,y", got)
	}
}

func join(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ","
		}
		out += x
	}
	return out
}
