package vm

import (
	"testing"

	bc "enginescope/core/bytecode"
)

// The natives table must line up with the bytecode package's names.
func TestNativesTableMatchesRuntimeIDs(t *testing.T) {
	if len(natives) != len(bc.NativeFunctions) {
		t.Fatalf("natives has %d entries, bc.NativeFunctions %d", len(natives), len(bc.NativeFunctions))
	}
	for i, f := range bc.NativeFunctions {
		id, ok := bc.NativeID(f.Name)
		if !ok || int(id-bc.RtNativesBase) != i || id.String() != f.Name {
			t.Errorf("native %s: id %d, ok %v, String %q", f.Name, id, ok, id.String())
		}
	}
}
