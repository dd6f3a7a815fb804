package web

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// wasm_exec.js must come from the Go that built enginescope.wasm: a copy from another Go release
// fails at startup in ways that are hard to trace. `make wasm` copies it; this checks the copy.
func TestWasmExecMatchesToolchain(t *testing.T) {
	served, err := os.ReadFile("wasm_exec.js")
	if os.IsNotExist(err) {
		t.Skip("web/wasm_exec.js is not built (make wasm copies it); the e2e test builds its own")
	}
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(served, want) {
		t.Fatal("web/wasm_exec.js differs from this Go toolchain's lib/wasm/wasm_exec.js: run make wasm")
	}
}
