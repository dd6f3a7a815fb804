package conformance_test

import (
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"enginescope/core/engine"
	"enginescope/test/conformance/corpus"
)

// TestGCStress runs every program of sync/ on each host twice more — under --gc-stress (a
// collection at every allocation: scavenges alternating with steps of incremental marking) and
// under --verify-heap (the heap checked after every collection) — and requires the output of
// both to equal the plain run's, and the verifier to find nothing. The collectors must be
// invisible to the program: an object they free while it is still reachable, or a pointer they
// leave dangling, shows up here.
func TestGCStress(t *testing.T) {
	if testing.Short() {
		t.Skip("the whole corpus three times")
	}
	progs, err := corpus.List("sync")
	if err != nil {
		t.Fatal(err)
	}
	var runs, stressGCs atomic.Int64
	for _, host := range corpus.Hosts {
		t.Run(host, func(t *testing.T) {
			for _, p := range progs {
				if !p.RunsOn(host) {
					continue
				}
				t.Run(p.Name, func(t *testing.T) {
					t.Parallel()
					src, err := os.ReadFile(p.Path)
					if err != nil {
						t.Fatal(err)
					}
					run := func(h engine.HeapOptions) engine.Result {
						return engine.Run(src, engine.Options{Host: host, Filename: p.Path, Heap: h})
					}
					plain := run(engine.HeapOptions{})
					for _, mode := range []struct {
						name string
						opts engine.HeapOptions
					}{
						{"--gc-stress", engine.HeapOptions{GCStress: true}},
						{"--verify-heap", engine.HeapOptions{VerifyHeap: true}},
					} {
						got := run(mode.opts)
						runs.Add(1)
						if mode.opts.GCStress {
							stressGCs.Add(int64(got.GC.Scavenges + got.GC.MarkCompacts))
						}
						if d := sameRun(plain, got); d != "" {
							t.Errorf("%s changes the output:\n%s", mode.name, d)
						}
						if len(got.HeapErrors) > 0 {
							t.Errorf("%s found:\n%s", mode.name, strings.Join(got.HeapErrors, "\n"))
						}
					}
				})
			}
		})
	}
	t.Logf("%d runs; %d collections under --gc-stress", runs.Load(), stressGCs.Load())
}

func sameRun(a, b engine.Result) string {
	var d []string
	if a.Stdout != b.Stdout {
		d = append(d, "stdout (-plain +mode):\n"+lineDiff(a.Stdout, b.Stdout))
	}
	if a.Stderr != b.Stderr {
		d = append(d, "stderr (-plain +mode):\n"+lineDiff(a.Stderr, b.Stderr))
	}
	if a.ExitCode != b.ExitCode || a.Reason != b.Reason {
		d = append(d, fmt.Sprintf("ending: plain %d %s, mode %d %s", a.ExitCode, a.Reason, b.ExitCode, b.Reason))
	}
	return strings.Join(d, "\n")
}
