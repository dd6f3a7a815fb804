package vm

import (
	"math"
	"testing"
)

func TestMapsAreSharedByInsertionOrder(t *testing.T) {
	r := NewRuntime(Options{})
	a, b, c := r.NewObject(), r.NewObject(), r.NewObject()
	for _, o := range []*Object{a, b} {
		r.Set(o, StrKey("x"), Int(1), ObjectValue(o))
		r.Set(o, StrKey("y"), Int(2), ObjectValue(o))
	}
	r.Set(c, StrKey("y"), Int(1), ObjectValue(c))
	r.Set(c, StrKey("x"), Int(2), ObjectValue(c))
	if a.Map() != b.Map() {
		t.Fatal("objects built in the same order must share a map")
	}
	if a.Map() == c.Map() {
		t.Fatal("{x,y} and {y,x} must have different maps")
	}
	if a.Map().Parent.Parent != c.Map().Parent.Parent {
		t.Fatal("both chains must start at the same root map")
	}
	if got := r.GetStr(a, "y"); got.Num() != 2 {
		t.Fatalf("a.y = %v", got)
	}
}

func TestDeleteNormalizesAndKeepsOrder(t *testing.T) {
	r := NewRuntime(Options{})
	o := r.NewObject()
	for i, k := range []string{"a", "b", "c"} {
		r.Set(o, StrKey(k), Int(i), ObjectValue(o))
	}
	r.Delete(o, StrKey("b"))
	if !o.IsDictionaryMode() {
		t.Fatal("delete must normalize (V8 14)")
	}
	keys := r.OwnKeys(o)
	if len(keys) != 2 || keys[0].String() != "a" || keys[1].String() != "c" {
		t.Fatalf("keys = %v", keys)
	}
}

func TestOwnKeysOrderIndicesFirst(t *testing.T) {
	r := NewRuntime(Options{})
	o := r.NewObject()
	for _, k := range []string{"b", "10", "a", "2", "1"} {
		r.Set(o, StrKey(k), True, ObjectValue(o))
	}
	var got []string
	for _, k := range r.OwnKeys(o) {
		got = append(got, k.String())
	}
	want := []string{"1", "2", "10", "b", "a"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("order %v, want %v", got, want)
		}
	}
}

func TestElementsKindsOnlyGeneralize(t *testing.T) {
	r := NewRuntime(Options{})
	a := r.NewArray([]Value{Int(1), Int(2), Int(3)})
	if k := a.Map().Elements; k != PackedSmiElements {
		t.Fatalf("got %v", k)
	}
	r.Set(a, IndexKey(3), Number(4.56), ObjectValue(a))
	if k := a.Map().Elements; k != PackedDoubleElements {
		t.Fatalf("got %v", k)
	}
	r.Set(a, IndexKey(4), Str("x"), ObjectValue(a))
	if k := a.Map().Elements; k != PackedElements {
		t.Fatalf("got %v", k)
	}
	r.Set(a, IndexKey(10), Int(1), ObjectValue(a))
	if k := a.Map().Elements; k != HoleyElements {
		t.Fatalf("got %v", k)
	}
	r.Set(a, IndexKey(100000), Int(1), ObjectValue(a))
	if k := a.Map().Elements; k != DictionaryElements || a.ArrayLength() != 100001 {
		t.Fatalf("got %v len %d", k, a.ArrayLength())
	}
}

func TestConversions(t *testing.T) {
	r := NewRuntime(Options{})
	cases := []struct {
		v    Value
		want string
	}{
		{Number(point1 + point2), "0.30000000000000004"},
		{Number(1e21), "1e+21"},
		{Number(123456789012), "123456789012"},
		{Number(-1e-7), "-1e-7"},
		{Number(math.Copysign(0, -1)), "0"},
		{Number(math.Inf(-1)), "-Infinity"},
		{Undefined, "undefined"},
		{Bool(true), "true"},
	}
	for _, c := range cases {
		if got := r.ToString(c.v).GoString(); got != c.want {
			t.Errorf("ToString(%v) = %q, want %q", c.v, got, c.want)
		}
	}
	if !math.IsNaN(StringToNumber("12px")) || StringToNumber(" 0x1F ") != 31 || StringToNumber("") != 0 {
		t.Error("StringToNumber")
	}
	if r.Add(Str("1"), Int(2)).String().GoString() != "12" {
		t.Error(`"1"+2`)
	}
	if !r.LooseEquals(Null, Undefined) || r.LooseEquals(Null, Int(0)) || !r.LooseEquals(Str("1"), True) {
		t.Error("==")
	}
}

func TestLoneSurrogatesAreDistinctKeys(t *testing.T) {
	a := NewStringUTF16([]uint16{0xD800})
	b := NewStringUTF16([]uint16{0xDC00})
	if a.GoStringKey() == b.GoStringKey() || a.Equals(b) {
		t.Fatal("lone surrogates must stay distinct")
	}
	if !NewString(a.GoStringKey()).Equals(a) {
		t.Fatal("WTF-8 round trip")
	}
}

// Runtime values, so Go does not fold 0.1+0.2 exactly at compile time.
var point1, point2 = 0.1, 0.2
