package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The notes' timer1/timer2 example (001, 九 §3) through the command line: Node ≥ 11 and the
// browser run each timer's microtasks before the next timer; --legacy-event-loop=node10 runs
// both due timers first, as Node ≤ 10 did.
const timer1Timer2 = `setTimeout(() => {
  console.log('timer1')
  Promise.resolve().then(function() { console.log('promise1') })
}, 0)
setTimeout(() => {
  console.log('timer2')
  Promise.resolve().then(function() { console.log('promise2') })
}, 0)
`

// The main module's setTimeout(0) vs setImmediate race (003): decided by --loop-start-delay.
const timeoutVsImmediate = `setTimeout(() => console.log('timeout'), 0)
setImmediate(() => console.log('immediate'))
`

func runCLI(t *testing.T, src string, args ...string) (string, string, int) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "prog.js")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	code := run(append(append([]string{"run"}, args...), file), &out, &errOut)
	return out.String(), errOut.String(), code
}

func TestLoopFlags(t *testing.T) {
	cases := []struct {
		name string
		src  string
		args []string
		want string
	}{
		{"node", timer1Timer2, nil, "timer1 promise1 timer2 promise2"},
		{"browser", timer1Timer2, []string{"--host=browser"}, "timer1 promise1 timer2 promise2"},
		{"node10", timer1Timer2, []string{"--legacy-event-loop=node10"}, "timer1 timer2 promise1 promise2"},
		{"loop starts at once", timeoutVsImmediate, []string{"--loop-start-delay=0"}, "immediate timeout"},
		{"loop starts 1 ms late", timeoutVsImmediate, []string{"--loop-start-delay=1"}, "timeout immediate"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, c.src, c.args...)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			if got := strings.Join(strings.Fields(out), " "); got != c.want {
				t.Errorf("%v: got %q, want %q", c.args, got, c.want)
			}
		})
	}
}

func TestLoopFlagsRejectBadValues(t *testing.T) {
	for _, args := range [][]string{
		{"--legacy-event-loop=node8"},
		{"--host=browser", "--legacy-event-loop=node10"},
		{"--loop-start-delay=-1"},
	} {
		_, errOut, code := runCLI(t, timer1Timer2, args...)
		if code != 2 || !strings.Contains(errOut, "enginescope run:") {
			t.Errorf("%v: exit %d, stderr %q; want a usage error (2)", args, code, errOut)
		}
	}
}
