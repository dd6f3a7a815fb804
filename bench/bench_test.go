package bench

import (
	"strings"
	"testing"

	"github.com/dop251/goja"

	"enginescope/core/engine"
	"enginescope/core/events"
)

// discard is a recorder that takes every event and keeps none: "events" measures what the
// engine pays to record and then build every typed event, without the cost of storing millions
// of them.
type discard struct{ n int }

func (d *discard) Emit(events.Event) { d.n++ }

// captureOnly is a recorder for which the engine records its step log (every step's records,
// handed over in batches) but builds no typed events: "recording on" measures what recording
// costs the run; building the events is the reader's cost, paid only for what is read.
type captureOnly struct{ discard }

func (*captureOnly) DropsEvents() bool { return true }

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

// BenchmarkEngines runs every workload on goja, EngineScope with recording off, with recording on
// (the step log), and with every event built (events), in that order, as sub-benchmarks named
// Workload/Engine (see ./ratio).
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
				runEngineScope(b, p, &captureOnly{})
			}
		})
		b.Run(p.Name+"/enginescope-events", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				runEngineScope(b, p, &discard{})
			}
		})
	}
}
