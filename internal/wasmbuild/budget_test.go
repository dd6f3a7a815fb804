package wasmbuild

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// The page's WebAssembly, built as `make wasm` builds it, must stay within the page issue's
// budget (6 MB gzip at BestCompression; docs/decisions.md has the measured size).
func TestWasmWithinBudget(t *testing.T) {
	out := filepath.Join(t.TempDir(), "enginescope.wasm")
	if err := Build(moduleRoot(t), out); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	gz := GzipSize(b)
	t.Logf("enginescope.wasm: %d bytes raw, %d gzip (budget %d)", len(b), gz, BudgetGzip)
	if gz > BudgetGzip {
		t.Fatalf("enginescope.wasm is %.2f MB gzip, over the %.2f MB budget (%d bytes raw)", float64(gz)/1e6, BudgetGzip/1e6, len(b))
	}
}

// text/template disables the linker's removal of unused methods for the whole binary, and
// go/build is a debug-only lookup; neither may come back into the page (ebiten.go).
func TestWasmLinksNoTemplateOrBuild(t *testing.T) {
	deps, err := Deps(moduleRoot(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range bannedImports {
		if slices.Contains(deps, p) {
			t.Errorf("the page's WebAssembly links %s", p)
		}
	}
	if !slices.Contains(deps, ebitenModule) {
		t.Errorf("the dependency list has no %s: %v", ebitenModule, deps)
	}
}
