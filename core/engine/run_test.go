package engine

import (
	"bytes"
	"strings"
	"testing"

	"enginescope/core/events"
)

const sampleProgram = `function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) }
const point = { x: 1, y: 2 };
function makeCounter() { let c = 0; return () => ++c }
const inc = makeCounter(); inc();
try { null.x } catch (e) { console.log(e.message) }
console.log(fib(7), point.x + point.y, inc());
`

func recordJSONL(t *testing.T, src string, host string) []byte {
	t.Helper()
	var buf bytes.Buffer
	rec := events.NewJSONL(&buf, events.StreamHeader{Source: "/t.js", Host: host})
	res := Run([]byte(src), Options{Host: host, Filename: "/t.js", Recorder: rec})
	if res.ExitCode != 0 {
		t.Fatalf("exit %d: %s", res.ExitCode, res.Stderr)
	}
	return buf.Bytes()
}

func TestEventStreamIsDeterministicAndBalanced(t *testing.T) {
	for _, host := range []string{"node", "browser"} {
		a, b := recordJSONL(t, sampleProgram, host), recordJSONL(t, sampleProgram, host)
		if !bytes.Equal(a, b) {
			t.Fatalf("%s: two runs gave different event streams", host)
		}
		pushes := bytes.Count(a, []byte(`"kind":"frame.push"`))
		pops := bytes.Count(a, []byte(`"kind":"frame.pop"`))
		if pushes == 0 || pushes != pops {
			t.Errorf("%s: %d frame.push vs %d frame.pop", host, pushes, pops)
		}
		for _, kind := range []string{"bytecode.exec", "register.write", "context.alloc", "closure.create",
			"compile.lazy", "parse.preparse", "heap.alloc", "console", "exception.throw", "exception.catch", "program.end"} {
			if !bytes.Contains(a, []byte(`"kind":"`+kind+`"`)) {
				t.Errorf("%s: no %s event", host, kind)
			}
		}
	}
}

func TestPrintBytecodeShowsV8Listing(t *testing.T) {
	var listing strings.Builder
	res := Run([]byte("function add(x,y){var z=x+y;return z} console.log(add(1,2))"), Options{PrintBytecode: &listing})
	if res.Stdout != "3\n" {
		t.Fatalf("stdout %q", res.Stdout)
	}
	add := listing.String()[strings.Index(listing.String(), "function: add"):]
	for _, want := range []string{"Parameter count 3", "Ldar a1", "Add a0, FBV[0]", "Star0", "Return"} {
		if !strings.Contains(add, want) {
			t.Errorf("listing of add lacks %q:\n%s", want, add)
		}
	}
}

func TestStepBudgetStopsRunawayLoops(t *testing.T) {
	res := Run([]byte("console.log('start'); while (true) {}"), Options{MaxSteps: 10_000})
	if res.ExitCode != ExitStepBudget || res.Reason != "step-budget" || res.Stdout != "start\n" {
		t.Fatalf("got exit %d reason %s stdout %q", res.ExitCode, res.Reason, res.Stdout)
	}
	if !strings.Contains(res.Stderr, "--max-steps") {
		t.Errorf("stderr should name the budget: %q", res.Stderr)
	}
}

func TestDeepRecursionIsACatchableRangeError(t *testing.T) {
	src := "function f(n){return n===0?0:1+f(n-1)}\ntry { f(1e6) } catch (e) { console.log(e instanceof RangeError, e.message) }"
	res := Run([]byte(src), Options{})
	if res.Stdout != "true Maximum call stack size exceeded\n" {
		t.Fatalf("stdout %q stderr %q", res.Stdout, res.Stderr)
	}
}

func TestSyntaxErrorsReportLikeNodeAndChrome(t *testing.T) {
	src := []byte("let x = 1;\nlet x = 2;\n")
	res := Run(src, Options{Filename: "/tmp/nt/c.js"})
	if res.ExitCode != 1 || !strings.HasPrefix(res.Stderr, "/tmp/nt/c.js:2\nlet x = 2;\n    ^\n\nSyntaxError: Identifier 'x' has already been declared\n") {
		t.Fatalf("node: exit %d stderr %q", res.ExitCode, res.Stderr)
	}
	res = Run(src, Options{Host: "browser"})
	if res.Stderr != "Uncaught SyntaxError: Identifier 'x' has already been declared\n" {
		t.Fatalf("browser: stderr %q", res.Stderr)
	}
}

func TestRecordingOffAndOnPrintTheSame(t *testing.T) {
	off := Run([]byte(sampleProgram), Options{})
	on := Run([]byte(sampleProgram), Options{Recorder: events.NewMemory()})
	if off.Stdout != on.Stdout || off.Steps != on.Steps {
		t.Fatalf("off %q/%d, on %q/%d", off.Stdout, off.Steps, on.Stdout, on.Steps)
	}
}
