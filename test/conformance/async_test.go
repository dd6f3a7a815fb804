package conformance_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"enginescope/core/engine"
	"enginescope/test/conformance/corpus"
)

// TestAsyncConformance runs the ordering programs of async/ (timers, promises, async functions,
// both event loops) like TestConformance runs sync/, plus a third host, node10: the programs
// whose header has a "// legacy: node10" line run with LegacyEventLoop "node10" against
// expected/node10/ (recorded with Node 10). Known failures are listed in
// known-failures-async.txt, a ratchet like known-failures.txt.
func TestAsyncConformance(t *testing.T) {
	if _, err := os.Stat("async"); os.IsNotExist(err) {
		t.Skip("no async/ corpus yet")
	}
	progs, err := corpus.List("async")
	if err != nil {
		t.Fatal(err)
	}
	known := loadKnownFailuresFrom(t, asyncKnownFailuresFile)
	var results sync.Map // "host/name" → matched, for ASYNC_RESULTS
	var summary []string
	for _, host := range []string{"node", "browser", "node10"} {
		var matched, total atomic.Int32
		t.Run(host, func(t *testing.T) {
			for _, p := range progs {
				if !runsOnAsync(p, host) {
					continue
				}
				t.Run(p.Name, func(t *testing.T) {
					t.Parallel()
					total.Add(1)
					ok := checkAsyncProgram(t, host, p, known.has(host, p.Name))
					results.Store(host+"/"+p.Name, ok)
					if ok {
						matched.Add(1)
					}
					if ok && known.has(host, p.Name) {
						t.Errorf("%s/%s now matches its recording: remove it from %s", host, p.Name, asyncKnownFailuresFile)
					}
				})
			}
		})
		summary = append(summary, fmt.Sprintf("async %s: %d/%d match", host, matched.Load(), total.Load()))
	}
	for _, line := range summary {
		t.Log(line)
		fmt.Println(line)
	}
	// ASYNC_RESULTS=file writes the programs that do not match, sorted: a new ratchet list
	if out := os.Getenv("ASYNC_RESULTS"); out != "" {
		var failing []string
		results.Range(func(k, v any) bool {
			if !v.(bool) {
				failing = append(failing, k.(string))
			}
			return true
		})
		sort.Strings(failing)
		os.WriteFile(out, []byte(strings.Join(failing, "\n")+"\n"), 0o644)
	}
}

const asyncKnownFailuresFile = "known-failures-async.txt"

var legacyNode10Line = regexp.MustCompile(`(?m)^//\s*legacy:\s*node10\s*$`)

func runsOnAsync(p corpus.Program, host string) bool {
	if host != "node10" {
		return p.RunsOn(host)
	}
	if !p.Node {
		return false
	}
	if _, err := os.Stat(filepath.Join("expected", "node10", p.Name+".stdout")); err != nil {
		return false
	}
	src, err := os.ReadFile(p.Path)
	return err == nil && legacyNode10Line.Match(src)
}

func checkAsyncProgram(t *testing.T, host string, p corpus.Program, expectFailure bool) bool {
	want, err := corpus.ReadExpected("expected", host, p.Name)
	if err != nil {
		t.Error(err)
		return false
	}
	src, err := os.ReadFile(p.Path)
	if err != nil {
		t.Error(err)
		return false
	}
	opts := engine.Options{Host: host, Filename: p.Path}
	if host == "node10" {
		opts.Host, opts.LegacyEventLoop = "node", "node10"
	}
	res := engine.Run(src, opts)
	gotOut := corpus.ReplacePath(res.Stdout, p.Path)
	gotErr := corpus.ReplacePath(res.Stderr, p.Path)
	var problems []string
	if gotOut != want.Stdout {
		problems = append(problems, "stdout (-want +got):\n"+lineDiff(want.Stdout, gotOut))
	}
	if gotErr != want.Stderr {
		problems = append(problems, "stderr (-want +got):\n"+lineDiff(want.Stderr, gotErr))
	}
	if host != "browser" && res.ExitCode != want.ExitCode {
		problems = append(problems, fmt.Sprintf("exit code: want %d, got %d", want.ExitCode, res.ExitCode))
	}
	if len(problems) == 0 {
		return true
	}
	if expectFailure {
		t.Logf("known failure (listed in %s):\n%s", asyncKnownFailuresFile, strings.Join(problems, "\n"))
	} else {
		t.Errorf("%s on %s differs from the recording:\n%s", filepath.Base(p.Path), host, strings.Join(problems, "\n"))
	}
	return false
}
