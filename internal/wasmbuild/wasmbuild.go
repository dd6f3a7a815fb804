// Package wasmbuild builds the page's WebAssembly. `make wasm`, the e2e tests and the size budget
// test all build it here, so what is measured and tested is what is served.
//
// The build links a patched copy of ebiten (ebiten.go): upstream ebiten runs text/template to
// make its built-in shaders' Kage source, and a reachable text/template call of
// reflect.Value.MethodByName makes Go's linker keep every exported method of every type in the
// binary; it also links go/build to find its own source directory for a debug log. The patch
// takes both out of the js/wasm build only (docs/decisions.md); native builds and tests use
// ebiten as published.
package wasmbuild

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// BudgetGzip is the page issue's budget for the WebAssembly, gzip-compressed at
// BestCompression as cmd/precompress writes it.
const BudgetGzip = 6_000_000

// Build writes the page's WebAssembly, built from the module at root, to out.
func Build(root, out string) error {
	abs, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	_, err = goJS(root, "build", "-trimpath", "-ldflags=-s -w", "-o", abs, "./wasm")
	return err
}

// Deps lists the packages the page's WebAssembly links, as Build builds it.
func Deps(root string) ([]string, error) {
	out, err := goJS(root, "list", "-deps", "./wasm")
	return strings.Fields(out), err
}

// goJS runs a go command for js/wasm in root with the patched ebiten: a go.mod that is the
// module's plus a replace, passed with -modfile so the module's own go.mod stays as it is.
func goJS(root, verb string, args ...string) (string, error) {
	ebiten, err := patchedEbiten(root)
	if err != nil {
		return "", err
	}
	modDir, err := os.MkdirTemp("", "wasmbuild-mod")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(modDir)
	mod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		return "", err
	}
	mod = fmt.Appendf(mod, "\nreplace %s => %s\n", ebitenModule, ebiten)
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		return "", err
	}
	modFile := filepath.Join(modDir, "go.mod")
	if err := os.WriteFile(modFile, mod, 0o644); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(modDir, "go.sum"), sum, 0o644); err != nil {
		return "", err
	}
	cmd := exec.Command("go", append([]string{verb, "-modfile=" + modFile}, args...)...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	b, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go %s %s: %v\n%s", verb, strings.Join(args, " "), err, stderr.Bytes())
	}
	return string(b), nil
}

// GzipSize is len(gzip(b)) at BestCompression.
func GzipSize(b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Len()
}
