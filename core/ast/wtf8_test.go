package ast

import (
	"slices"
	"testing"
)

func TestWTF8RoundTrip(t *testing.T) {
	cases := [][]uint16{
		{'a', 'b'},
		{0xD83D, 0xDE00},         // pair
		{0xD800},                 // lone high
		{'x', 0xDC00, 'y'},       // lone low
		{0xDC00, 0xD800},         // reversed: two lone surrogates
		{0xE9, 0x4E2D, 0xFFFF},   // BMP
		{0xD83D, 0xD83D, 0xDE00}, // lone high then pair
	}
	for _, c := range cases {
		s := FromUTF16(c)
		if got := UTF16(s); !slices.Equal(got, c) {
			t.Errorf("%x: round trip %x", c, got)
		}
		if UTF16Len(s) != len(c) {
			t.Errorf("%x: UTF16Len %d", c, UTF16Len(s))
		}
	}
	if FromUTF16([]uint16{0xD83D, 0xDE00}) != "😀" {
		t.Error("pair is not plain UTF-8")
	}
	if IsWellFormed(FromUTF16([]uint16{0xD800})) || !IsWellFormed("😀é") {
		t.Error("IsWellFormed")
	}
}

func TestContextHops(t *testing.T) {
	script := &Scope{Type: ScriptScope, NeedsContext: true}
	fn := &Scope{Type: FunctionScope, Outer: script, NeedsContext: true}
	blk := &Scope{Type: BlockScope, Outer: fn}
	inner := &Scope{Type: FunctionScope, Outer: blk, NeedsContext: true}
	if h := inner.ContextHops(fn); h != 1 {
		t.Errorf("inner→fn = %d", h)
	}
	if h := inner.ContextHops(script); h != 2 {
		t.Errorf("inner→script = %d", h)
	}
	if h := blk.ContextHops(fn); h != 0 {
		t.Errorf("blk→fn = %d", h)
	}
	if h := fn.ContextHops(inner); h != -1 {
		t.Errorf("fn→inner = %d", h)
	}
}
