package conformance_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"enginescope/core/engine"
	"enginescope/test/conformance/corpus"
)

// TestConformance runs every program of sync/ through the engine on each host it was recorded on
// and compares stdout, stderr and (Node only) the exit code byte for byte with expected/.
// Run one host or program with -run, e.g. -run 'TestConformance/node/closures_'.
func TestConformance(t *testing.T) {
	progs, err := corpus.List("sync")
	if err != nil {
		t.Fatal(err)
	}
	known := loadKnownFailures(t)
	var summary []string
	for _, host := range corpus.Hosts {
		var matched, total atomic.Int32
		// t.Run returns when all of the host's parallel subtests have finished.
		t.Run(host, func(t *testing.T) {
			for _, p := range progs {
				if !p.RunsOn(host) {
					continue
				}
				t.Run(p.Name, func(t *testing.T) {
					t.Parallel()
					total.Add(1) // counted here so that -run filters count only what ran
					ok := checkProgram(t, host, p, known.has(host, p.Name))
					if ok {
						matched.Add(1)
					}
					known.check(t, host, p.Name, ok)
				})
			}
		})
		summary = append(summary, fmt.Sprintf("%s: %d/%d match", host, matched.Load(), total.Load()))
	}
	for _, line := range summary {
		t.Log(line)
		fmt.Println(line)
	}
}

// checkProgram reports whether the engine's output matches the recording.
// expectFailure turns a mismatch into a log line: the program is on the known-failures list.
func checkProgram(t *testing.T, host string, p corpus.Program, expectFailure bool) bool {
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
	res := engine.Run(src, engine.Options{Host: host, Filename: p.Path, MaxSteps: p.MaxSteps})
	gotOut := corpus.ReplacePath(res.Stdout, p.Path)
	gotErr := corpus.ReplacePath(res.Stderr, p.Path)
	var problems []string
	if gotOut != want.Stdout {
		problems = append(problems, "stdout (-want +got):\n"+lineDiff(want.Stdout, gotOut))
	}
	if gotErr != want.Stderr {
		problems = append(problems, "stderr (-want +got):\n"+lineDiff(want.Stderr, gotErr))
	}
	if host == "node" && res.ExitCode != want.ExitCode {
		problems = append(problems, fmt.Sprintf("exit code: want %d, got %d", want.ExitCode, res.ExitCode))
	}
	if len(problems) > 0 && expectFailure {
		t.Logf("known failure (listed in %s):\n%s", knownFailuresFile, strings.Join(problems, "\n"))
		return false
	}
	if len(problems) > 0 {
		t.Errorf("%s on %s differs from the recording:\n%s", filepath.Base(p.Path), host, strings.Join(problems, "\n"))
		return false
	}
	return true
}

// lineDiff is a small LCS line diff: "-" lines only in want, "+" lines only in got, " " shared.
// A missing final newline shows as "⏎ missing".
func lineDiff(want, got string) string {
	a, b := splitLines(want), splitLines(got)
	n, m := len(a), len(b)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var sb strings.Builder
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			sb.WriteString("  " + a[i] + "\n")
			i++
			j++
		case i < n && (j == m || lcs[i+1][j] >= lcs[i][j+1]):
			sb.WriteString("- " + a[i] + "\n")
			i++
		default:
			sb.WriteString("+ " + b[j] + "\n")
			j++
		}
	}
	return sb.String()
}

func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.Split(s, "\n")
	if lines[len(lines)-1] == "" {
		return lines[:len(lines)-1]
	}
	lines[len(lines)-1] += "⏎ missing"
	return lines
}
