package vm

import (
	"strings"
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

// %HasFixed<Type>Elements are listed in typedKinds' order.
func TestNativesTypedKindsOrder(t *testing.T) {
	base, ok := bc.NativeID("HasFixedInt8Elements")
	if !ok {
		t.Fatal("no %HasFixedInt8Elements")
	}
	for i, k := range typedKinds {
		want := "HasFixed" + strings.TrimSuffix(k.name, "Array") + "Elements"
		if got := bc.NativeFunctions[int(base-bc.RtNativesBase)+i].Name; got != want {
			t.Errorf("native %d after HasFixedInt8Elements is %s, want %s", i, got, want)
		}
	}
}
