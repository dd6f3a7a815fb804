package conformance_test

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"enginescope/core/engine"
	"enginescope/test/conformance/natives"
)

// knownFailuresNativesFile is the natives corpus' ratchet (same rules as known-failures.txt:
// a listed program must still fail, and the list may only shrink).
const knownFailuresNativesFile = "known-failures-natives.txt"

// TestNatives runs every program of natives/ with --allow-natives-syntax and compares stdout (or
// the normalized %DebugPrint output), the normalized --log-ic lines and the normalized
// --trace-opt/--trace-deopt output with the recordings from real Node 26 (V8 14.6).
// Run one program with -run, e.g. -run 'TestNatives/ic_loadx_6shapes'.
func TestNatives(t *testing.T) {
	progs, err := natives.List("natives")
	if err != nil {
		t.Fatal(err)
	}
	known := loadKnownFailuresFrom(t, knownFailuresNativesFile)
	var matched, total atomic.Int32
	// Cleanup runs once the parallel subtests have finished.
	t.Cleanup(func() {
		line := fmt.Sprintf("natives: %d/%d match", matched.Load(), total.Load())
		t.Log(line)
		fmt.Println(line)
	})
	{
		for _, p := range progs {
			t.Run(p.Name, func(t *testing.T) {
				t.Parallel()
				total.Add(1)
				listed := known["natives/"+p.Name]
				problems := checkNatives(t, p)
				ok := len(problems) == 0
				switch {
				case ok && listed:
					t.Errorf("natives/%s now matches its recordings: remove it from %s", p.Name, knownFailuresNativesFile)
				case !ok && listed:
					t.Logf("known failure (listed in %s):\n%s", knownFailuresNativesFile, strings.Join(problems, "\n"))
				case !ok:
					t.Errorf("%s differs from the recording:\n%s", p.Name, strings.Join(problems, "\n"))
				}
				if ok {
					matched.Add(1)
				}
			})
		}
	}
}

// nativesMaxSteps lets the opt_auto_* programs run V8's tiering budgets: their hot loops call a
// function hundreds of thousands of times so that real V8's concurrent compiles finish in time
// (a million calls are about 15 million steps, over the CLI's default budget).
const nativesMaxSteps = 200_000_000

func checkNatives(t *testing.T, p natives.Program) []string {
	want, err := natives.ReadExpected("expected/natives", p)
	if err != nil {
		return []string{err.Error()}
	}
	src, err := os.ReadFile(p.Path)
	if err != nil {
		return []string{err.Error()}
	}
	var problems []string
	res := engine.Run(src, engine.Options{Filename: p.Path, AllowNativesSyntax: true, MaxSteps: nativesMaxSteps})
	out := natives.ReplacePath(res.Stdout, p.Path)
	if p.DebugPrint {
		if got := natives.NormalizeDebugPrint(out); got != want.DebugPrint {
			problems = append(problems, "debugprint (-want +got):\n"+lineDiff(want.DebugPrint, got))
		}
	} else if out != want.Stdout {
		problems = append(problems, "stdout (-want +got):\n"+lineDiff(want.Stdout, out))
	}
	if errText := natives.ReplacePath(res.Stderr, p.Path); errText != want.Stderr {
		problems = append(problems, "stderr (-want +got):\n"+lineDiff(want.Stderr, errText))
	}
	if res.ExitCode != want.ExitCode {
		problems = append(problems, fmt.Sprintf("exit code: want %d, got %d", want.ExitCode, res.ExitCode))
	}
	if p.IC {
		r := engine.Run(src, engine.Options{Filename: p.Path, AllowNativesSyntax: true, LogIC: true, MaxSteps: nativesMaxSteps})
		if got := normalizeEngineICLog(r.Stderr); got != want.IC {
			problems = append(problems, "--log-ic (-want +got):\n"+lineDiff(want.IC, got))
		}
	}
	if p.Opt {
		r := engine.Run(src, engine.Options{Filename: p.Path, AllowNativesSyntax: true, TraceOpt: true, TraceDeopt: true, MaxSteps: nativesMaxSteps})
		if got := natives.NormalizeOpt(natives.ReplacePath(r.Stdout, p.Path), string(src)); got != want.Opt {
			problems = append(problems, "--trace-opt --trace-deopt (-want +got):\n"+lineDiff(want.Opt, got))
		}
	}
	return problems
}

// normalizeEngineICLog keeps the IC lines of the engine's stderr and normalizes them as
// natives.NormalizeICLog does V8's log: pc and time dropped, map addresses numbered in order of
// first appearance (0 is map#0). Every IC line the engine prints belongs to the program.
func normalizeEngineICLog(stderr string) string {
	maps := map[string]string{}
	next := 0
	var b strings.Builder
	for _, line := range strings.Split(stderr, "\n") {
		f := strings.Split(line, ",")
		if len(f) < 11 || !icKind.MatchString(f[0]) {
			continue
		}
		m, ok := maps[f[7]]
		if !ok {
			if a, err := strconv.ParseUint(strings.TrimPrefix(f[7], "0x"), 16, 64); err == nil && a == 0 {
				m = "map#0"
			} else {
				next++
				m = "map#" + strconv.Itoa(next)
			}
			maps[f[7]] = m
		}
		b.WriteString(strings.Join(append([]string{f[0], f[3], f[4], f[5], f[6], m}, f[8:]...), ","))
		b.WriteByte('\n')
	}
	return b.String()
}

var icKind = regexp.MustCompile(`^[A-Za-z]+IC$`)
