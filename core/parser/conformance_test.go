package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"enginescope/core/ast"
)

// TestConformanceFiles parses every program of test/conformance (as Node
// does: as the body of the CommonJS wrapper) and checks the verdict against
// Node's recorded stderr: a compile-time SyntaxError is printed as
// "<FILE>:LINE", the source line, the caret line, a blank line and the
// message; we must reproduce that text exactly. Tolerates an empty corpus.
func TestConformanceFiles(t *testing.T) {
	files, _ := filepath.Glob("../../test/conformance/sync/*.js")
	t.Logf("%d conformance files", len(files))
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".js")
		stderr, _ := os.ReadFile(filepath.Join("../../test/conformance/expected/node", name+".stderr"))
		want := ""
		if s := string(stderr); strings.HasPrefix(s, "<FILE>:") {
			// a parse error's trace starts in Node's loader (a SyntaxError the program throws
			// starts in the program)
			if i := strings.Index(s, "\n    at "); i > 0 && strings.Contains(s[:i], "\nSyntaxError: ") &&
				strings.HasPrefix(s[i:], "\n    at wrapSafe ") {
				want = s[:i]
			}
		}
		_, perr := ParseScript(src, Options{Filename: "<FILE>", CommonJS: true})
		switch {
		case perr != nil && want == "":
			t.Errorf("%s: we reject, node accepts: %v", f, perr)
		case perr == nil && want != "":
			t.Errorf("%s: we accept, node rejects:\n%s", f, want)
		case perr != nil:
			got := strings.TrimSuffix(perr.(*SyntaxError).Format(), "\n")
			if got != want {
				t.Errorf("%s:\n--- node\n%s\n--- ours\n%s", f, want, got)
			}
		}
	}
}

// TestNativesCorpus: the natives corpus (run by node --allow-natives-syntax)
// parses with Options.AllowNativesSyntax and is rejected without it when it
// uses `%Name(...)`.
func TestNativesCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../test/conformance/natives/*.js")
	t.Logf("%d natives programs", len(files))
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		prog, err := ParseScript(src, Options{Filename: f, CommonJS: true, AllowNativesSyntax: true})
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		calls := 0
		ast.Inspect(prog, func(n ast.Node) bool {
			if _, ok := n.(*ast.NativeCall); ok {
				calls++
			}
			return true
		})
		_, err = ParseScript(src, Options{Filename: f, CommonJS: true})
		if calls > 0 && err == nil {
			t.Errorf("%s: %%Name() accepted without AllowNativesSyntax", f)
		}
	}
}
