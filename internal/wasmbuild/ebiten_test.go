package wasmbuild

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"text/template"
)

func moduleRoot(t *testing.T) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

func ebitenDir(t *testing.T) string {
	dir, _, err := upstreamEbiten(moduleRoot(t))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// The patched ShaderSource returns defs.go's sources; they must be what upstream's template
// makes for every filter and address, so the page draws with the same shaders.
func TestDefsMatchTemplate(t *testing.T) {
	up := ebitenDir(t)
	for _, pkg := range []string{"builtinshader", "colormshader"} {
		dir := filepath.Join(up, "internal", pkg)
		tmpl := template.Must(template.New(pkg).Parse(templateText(t, filepath.Join(dir, "shader.go"))))
		defs, err := defsSources(dir)
		if err != nil {
			t.Fatal(err)
		}
		nf, na, err := shaderCounts(filepath.Join(dir, "shader.go"))
		if err != nil {
			t.Fatal(err)
		}
		if len(defs) != nf*na {
			t.Fatalf("%s: %d sources in defs.go, want %d", pkg, len(defs), nf*na)
		}
		for f := range nf {
			for a := range na {
				// Upstream's constants: FilterNearest, FilterLinear, FilterPixelated and
				// AddressUnsafe, AddressClampToZero, AddressRepeat are 0, 1, 2.
				var buf bytes.Buffer
				if err := tmpl.Execute(&buf, map[string]int{"Filter": f, "Address": a,
					"FilterNearest": 0, "FilterLinear": 1, "FilterPixelated": 2,
					"AddressUnsafe": 0, "AddressClampToZero": 1, "AddressRepeat": 2}); err != nil {
					t.Fatal(err)
				}
				if got := defs[f*na+a]; got != buf.String() {
					t.Errorf("%s filter %d address %d: defs.go has\n%s\nthe template makes\n%s", pkg, f, a, got, buf.String())
				}
			}
		}
	}
}

// templateText is the literal passed to template.Parse in a shader package's shader.go.
func templateText(t *testing.T, file string) string {
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var text string
	ast.Inspect(f, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			if s, ok := c.Fun.(*ast.SelectorExpr); ok && s.Sel.Name == "Parse" && len(c.Args) == 1 {
				if lit, ok := c.Args[0].(*ast.BasicLit); ok {
					text, _ = strconv.Unquote(lit.Value)
				}
			}
		}
		return true
	})
	if text == "" {
		t.Fatalf("%s: no template.Parse literal", file)
	}
	return text
}

func TestPatchesDropWhatTheyName(t *testing.T) {
	up := ebitenDir(t)
	for _, p := range patches {
		b, err := p.apply(up)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		for _, bad := range []string{`"text/template"`, `"go/build"`, "template.", "build.Default"} {
			if strings.Contains(s, bad) {
				t.Errorf("%s still has %q", p.file, bad)
			}
		}
		if p.file == "internal/debug/caller.go" && !strings.Contains(s, "func FirstCaller()") {
			t.Errorf("%s lost FirstCaller:\n%s", p.file, s)
		}
		if strings.HasSuffix(p.file, "shader.go") && !strings.Contains(s, "func ShaderSource(") {
			t.Errorf("%s lost ShaderSource:\n%s", p.file, s)
		}
	}
}

// A patch whose declarations are gone upstream must fail rather than build the old way.
func TestPatchFailsWhenUpstreamChanged(t *testing.T) {
	p := patch{file: "internal/debug/caller.go", drop: []string{"FirstCaller", "noSuchDecl"}, add: noFirstCaller}
	if _, err := p.apply(ebitenDir(t)); err == nil || !strings.Contains(err.Error(), "noSuchDecl") {
		t.Fatalf("apply = %v, want an error naming noSuchDecl", err)
	}
}
