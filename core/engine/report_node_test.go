package engine

import (
	"errors"
	"testing"

	"enginescope/core/parser"
)

// The expected texts were printed by Node v26.10.0 for the same programs (see the comments).
func TestNodeReportsMatchRecordedNode(t *testing.T) {
	// printf 'throw 1\n' > b.js && node b.js
	src := []byte("throw 1\n")
	got := formatNodeUncaught("/tmp/nt/b.js", src, ThrowSite{Line: 1, Col: 1, Width: 1}, "1", false, true)
	want := "\n/tmp/nt/b.js:1\nthrow 1\n^\n1\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n\nNode.js v26.10.0\n"
	if got != want {
		t.Errorf("throw 1:\n%q\nwant\n%q", got, want)
	}
	// printf 'const o = {a:1};\nthrow o\n' > d.js && node d.js
	src = []byte("const o = {a:1};\nthrow o\n")
	got = formatNodeUncaught("/tmp/nt/d.js", src, ThrowSite{Line: 2, Col: 1, Width: 1}, "{ a: 1 }", false, false)
	want = "\n/tmp/nt/d.js:2\nthrow o\n^\n{ a: 1 }\n\nNode.js v26.10.0\n"
	if got != want {
		t.Errorf("throw o:\n%q\nwant\n%q", got, want)
	}
	// printf 'let x = 1;\nlet x = 2;\n' > c.js && node c.js
	src = []byte("let x = 1;\nlet x = 2;\n")
	_, err := parser.ParseScript(src, parser.Options{Filename: "/tmp/nt/c.js", CommonJS: true})
	var se *parser.SyntaxError
	if !errors.As(err, &se) {
		t.Fatalf("want a SyntaxError, got %v", err)
	}
	got = formatNodeSyntaxError(se.Format())
	want = "/tmp/nt/c.js:2\nlet x = 2;\n    ^\n\nSyntaxError: Identifier 'x' has already been declared\n" +
		"    at wrapSafe (node:internal/modules/cjs/loader:1888:18)\n" +
		"    at Module._compile (node:internal/modules/cjs/loader:1930:20)\n" +
		"    at Object..js (node:internal/modules/cjs/loader:2096:10)\n" +
		"    at Module.load (node:internal/modules/cjs/loader:1678:32)\n" +
		"    at Module._load (node:internal/modules/cjs/loader:1470:12)\n" +
		"    at wrapModuleLoad (node:internal/modules/cjs/loader:261:19)\n" +
		"    at Module.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:171:5)\n" +
		"    at node:internal/main/run_main_module:33:47\n\nNode.js v26.10.0\n"
	if got != want {
		t.Errorf("syntax error:\n%q\nwant\n%q", got, want)
	}
}
