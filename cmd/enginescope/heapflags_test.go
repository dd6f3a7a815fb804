package main

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// runJS runs src through the CLI with flags and returns stdout, stderr and the exit code.
func runJS(t *testing.T, src string, flags ...string) (string, string, int) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "prog.js")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errs strings.Builder
	code := run(append(append([]string{"run"}, flags...), path), &out, &errs)
	return out.String(), errs.String(), code
}

// V8's GCTracer::Print line (engine-model §7.4).
var traceRE = regexp.MustCompile(`^\[\d+:0x[0-9a-f]+\] +\d+ ms: (Scavenge|Incremental Mark-Compact|Mark-Compact) ` +
	`\d+\.\d \(\d+\.\d\) -> \d+\.\d \(\d+\.\d\) MB, pooled: \d+\.\d MB, \d+\.\d\d / 0\.00 ms .*\(average mu = \d\.\d{3}, current mu = \d\.\d{3}\) [a-z ]+;`)

func traceLines(t *testing.T, out string) map[string]int {
	t.Helper()
	n := map[string]int{}
	for _, l := range strings.Split(out, "\n") {
		if !strings.HasPrefix(l, "[") {
			continue
		}
		m := traceRE.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("not a --trace-gc line: %q", l)
		}
		n[m[1]]++
	}
	return n
}

func TestTraceGCScavengeLines(t *testing.T) {
	src := `let keep = [];
for (let i = 0; i < 3000; i++) { keep.push({a: i, b: 'x' + i}); if (keep.length > 200) keep = []; }
console.log(keep.length);`
	out, errs, code := runJS(t, src, "--trace-gc", "--verify-heap")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	n := traceLines(t, out)
	if n["Scavenge"] < 5 {
		t.Errorf("want ≥ 5 Scavenge lines from an allocation loop, got %v:\n%s", n, out)
	}
	if !strings.HasSuffix(out, "\n186\n") {
		t.Errorf("program output lost among the trace lines: %q", out[max(0, len(out)-40):])
	}
	plain, _, _ := runJS(t, src)
	if plain != "186\n" {
		t.Errorf("without --trace-gc: %q", plain)
	}
}

func TestTraceGCMarkCompactLines(t *testing.T) {
	src := `let keep = [];
for (let i = 0; i < 40000; i++) { keep.push({a: i, b: 'x' + i}); if (keep.length > 5000) keep = []; }
console.log(keep.length);`
	out, errs, code := runJS(t, src, "--trace-gc")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	n := traceLines(t, out)
	if n["Incremental Mark-Compact"]+n["Mark-Compact"] == 0 {
		t.Errorf("a program filling old space printed no Mark-Compact line: %v", n)
	}
}

// Smaller semispaces mean more scavenges: the flag reaches the heap, in scaled MB.
func TestSemiSpaceFlag(t *testing.T) {
	src := `let k = []; for (let i = 0; i < 2000; i++) { k.push({i}); if (k.length > 50) k = []; }`
	def, _, _ := runJS(t, src, "--trace-gc")
	small, _, _ := runJS(t, src, "--trace-gc", "--min-semi-space-size=2", "--max-semi-space-size=2")
	d, s := traceLines(t, def)["Scavenge"], traceLines(t, small)["Scavenge"]
	if s < 4*d || d == 0 {
		t.Errorf("16 MB semispaces: %d scavenges; 2 MB: %d (want ≥ 4×)", d, s)
	}
}

func TestStackOverflowIsRangeError(t *testing.T) {
	src := `function f(n){return n===0?0:1+f(n-1)}
try { f(1e6) } catch (e) { console.log(e instanceof RangeError, e.message) }`
	out, errs, code := runJS(t, src)
	if out != "true Maximum call stack size exceeded\n" || code != 0 || errs != "" {
		t.Errorf("got %q (exit %d, stderr %q)", out, code, errs)
	}
}

// Node 26.10 with --max-old-space-size=20 on this program prints the last GCs and the FATAL ERROR
// on stderr and aborts (exit 134).
func TestOutOfMemoryAsNode(t *testing.T) {
	src := `const a = []; while (true) a.push({x: a.length, s: 'y' + a.length});`
	out, errs, code := runJS(t, src, "--max-old-space-size=20")
	if code != 134 {
		t.Errorf("exit %d, want Node's 134 (SIGABRT)", code)
	}
	if out != "" {
		t.Errorf("stdout %q", out)
	}
	for _, want := range []string{"\n<--- Last few GCs --->\n\n[", "Mark-Compact",
		"\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n",
		"----- Native stack trace -----"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
}

func TestGCFlagValues(t *testing.T) {
	if _, errs, code := runJS(t, `1`, "--gc=mark-sweep"); code != 2 || !strings.Contains(errs, "--gc must be") {
		t.Errorf("bad --gc accepted: exit %d %q", code, errs)
	}
	src := `function f(){ var o1 = {}; var o2 = {}; o1.p = o2; o2.p = o1; }
for (let i = 0; i < 3000; i++) f();`
	out, errs, code := runJS(t, src, "--gc=refcount", "--trace-gc")
	if code != 0 || errs != "" || !strings.Contains(out, "Reference-Counting") || !strings.Contains(out, "kept alive only by cycles (leaked)") {
		t.Errorf("--gc=refcount: exit %d, stderr %q, stdout %q", code, errs, out)
	}
}

// Every flag the CLI accepts is documented in docs/cli.md, memory flags with their unit.
func TestFlagsDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../docs/cli.md")
	if err != nil {
		t.Fatal(err)
	}
	fs := newRunFlags(&strings.Builder{})
	fs.VisitAll(func(f *flag.Flag) {
		if !strings.Contains(string(doc), "`--"+f.Name) {
			t.Errorf("docs/cli.md does not document --%s", f.Name)
		}
	})
	for _, unit := range []string{"--min-semi-space-size=MB", "--max-semi-space-size=MB", "--max-old-space-size=MB", "scaled MB"} {
		if !strings.Contains(string(doc), unit) {
			t.Errorf("docs/cli.md lacks %q", unit)
		}
	}
}
