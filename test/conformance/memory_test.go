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

// TestGCStress runs every program of sync/ and async/ on each host twice more — under --gc-stress (a
// collection at every allocation: scavenges alternating with steps of incremental marking) and
// under --verify-heap (the heap checked after every collection) — and requires the output of
// both to equal the plain run's, and the verifier to find nothing. The collectors must be
// invisible to the program: an object they free while it is still reachable, or a pointer they
// leave dangling, shows up here.
func TestGCStress(t *testing.T) {
	if testing.Short() {
		t.Skip("the whole corpus three times")
	}
	var runs, stressGCs atomic.Int64
	for _, dir := range []string{"sync", "async"} {
		progs, err := corpus.List(dir)
		if err != nil {
			t.Fatal(err)
		}
		hosts := corpus.Hosts
		if dir == "async" {
			hosts = append(hosts[:len(hosts):len(hosts)], "node10")
		}
		for _, host := range hosts {
			t.Run(dir+"/"+host, func(t *testing.T) {
				for _, p := range progs {
					if dir == "sync" && !p.RunsOn(host) || dir == "async" && !runsOnAsync(p, host) {
						continue
					}
					t.Run(p.Name, func(t *testing.T) {
						t.Parallel()
						runs.Add(2)
						stressGCs.Add(int64(checkUnderGC(t, host, p)))
					})
				}
			})
		}
	}
	t.Logf("%d runs; %d collections under --gc-stress", runs.Load(), stressGCs.Load())
}

// checkUnderGC runs a program plainly, under --gc-stress and under --verify-heap, and reports how
// many collections the stress run made.
func checkUnderGC(t *testing.T, host string, p corpus.Program) int {
	src, err := os.ReadFile(p.Path)
	if err != nil {
		t.Fatal(err)
	}
	opts := engine.Options{Host: host, Filename: p.Path, MaxSteps: p.MaxSteps}
	if host == "node10" {
		opts.Host, opts.LegacyEventLoop = "node", "node10"
	}
	run := func(h engine.HeapOptions) engine.Result {
		o := opts
		o.Heap = h
		return engine.Run(src, o)
	}
	plain := run(engine.HeapOptions{})
	collections := 0
	for _, mode := range []struct {
		name string
		opts engine.HeapOptions
	}{
		{"--gc-stress", engine.HeapOptions{GCStress: true}},
		{"--verify-heap", engine.HeapOptions{VerifyHeap: true}},
	} {
		got := run(mode.opts)
		if mode.opts.GCStress {
			collections = got.GC.Scavenges + got.GC.MarkCompacts
		}
		if d := sameRun(plain, got); d != "" {
			t.Errorf("%s changes the output:\n%s", mode.name, d)
		}
		if len(got.HeapErrors) > 0 {
			t.Errorf("%s found:\n%s", mode.name, strings.Join(got.HeapErrors, "\n"))
		}
	}
	return collections
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
