package bench

import (
	"strings"
	"testing"

	"github.com/dop251/goja"

	"enginescope/core/engine"
	"enginescope/core/events"
)

// discard is a recorder that takes every event and keeps none: "recording on" measures what the
// engine pays to build and emit its events, without the cost of storing millions of them.
type discard struct{ n int }

func (d *discard) Emit(events.Event) { d.n++ }

// runEngineScope runs one workload and checks its result, so a benchmark never times a failure.
func runEngineScope(b *testing.B, p Program, rec events.Recorder) {
	res := engine.Run([]byte(p.Source+"\nconsole.log(String(result));\n"), engine.Options{Host: "browser", Recorder: rec, MaxSteps: 1 << 40})
	if res.ExitCode != 0 || strings.TrimSpace(res.Stdout) != p.Check {
		b.Fatalf("%s: exit %d, stdout %q, stderr %q", p.Name, res.ExitCode, res.Stdout, res.Stderr)
	}
}

func runGoja(b *testing.B, p Program) {
	vm := goja.New()
	if _, err := vm.RunString(p.Source); err != nil {
		b.Fatal(err)
	}
	if got := vm.Get("result").String(); got != p.Check {
		b.Fatalf("%s on goja: got %s", p.Name, got)
	}
}

// BenchmarkEngines runs every workload on goja, EngineScope with recording off, and EngineScope
// with recording on, in that order, as sub-benchmarks named Workload/Engine (see ./ratio).
func BenchmarkEngines(b *testing.B) {
	for _, p := range Programs {
		b.Run(p.Name+"/goja", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				runGoja(b, p)
			}
		})
		b.Run(p.Name+"/enginescope-off", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				runEngineScope(b, p, nil)
			}
		})
		b.Run(p.Name+"/enginescope-on", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				runEngineScope(b, p, &discard{})
			}
		})
	}
}
