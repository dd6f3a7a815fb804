package vm

import (
	"fmt"
	"strings"
)

// %DebugPrint of a heap primitive (HeapNumber, String, Oddball): the object's own line(s), then
// its map, which lives in V8's read-only space. The read-only objects get fixed simulated
// addresses (V8's own offsets in that space), so equal maps stay equal in a normalized report.

// roMap is a read-only root map: its address, type and flags.
type roMap struct {
	addr  uint32
	typ   string
	size  string
	flags []string
}

var (
	roHeapNumberMap     = roMap{0x80909, "HEAP_NUMBER_TYPE", "16", []string{"stable_map", "non-extensible"}}
	roInternalizedMap   = roMap{0x80249, "INTERNALIZED_ONE_BYTE_STRING_TYPE", "variable", []string{"non-extensible"}}
	roInternalized2Map  = roMap{0x80219, "INTERNALIZED_TWO_BYTE_STRING_TYPE", "variable", []string{"non-extensible"}}
	roSeqStringMap      = roMap{0x801b9, "SEQ_ONE_BYTE_STRING_TYPE", "variable", []string{"non-extensible"}}
	roSeqString2Map     = roMap{0x80189, "SEQ_TWO_BYTE_STRING_TYPE", "variable", []string{"non-extensible"}}
	roConsStringMap     = roMap{0x80159, "CONS_ONE_BYTE_STRING_TYPE", "variable", []string{"non-extensible"}}
	roConsString2Map    = roMap{0x80129, "CONS_TWO_BYTE_STRING_TYPE", "variable", []string{"non-extensible"}}
	roThinStringMap     = roMap{0x802a9, "THIN_ONE_BYTE_STRING_TYPE", "variable", []string{"non-extensible"}}
	roThinString2Map    = roMap{0x80279, "THIN_TWO_BYTE_STRING_TYPE", "variable", []string{"non-extensible"}}
	roBooleanMap        = roMap{0x808c1, "ODDBALL_TYPE", "48", []string{"stable_map", "non-extensible"}}
	roUndefinedMap      = roMap{0x80831, "ODDBALL_TYPE", "48", []string{"stable_map", "undetectable", "non-extensible"}}
	roNullMap           = roMap{0x80879, "ODDBALL_TYPE", "48", []string{"stable_map", "undetectable", "non-extensible"}}
	roStringMaps        = [2][4]*roMap{{&roInternalizedMap, &roSeqStringMap, &roConsStringMap, &roThinStringMap}, {&roInternalized2Map, &roSeqString2Map, &roConsString2Map, &roThinString2Map}}
	roUndefined, roNull = uint32(0x80011), uint32(0x80041)
)

// debugPrintPrimitive reports a non-Smi primitive; false for what it does not model (symbols,
// BigInts), which keep the one-line brief form.
func (r *Runtime) debugPrintPrimitive(b *strings.Builder, v Value) bool {
	var m *roMap
	switch v.kind {
	case KindNumber:
		m = &roHeapNumberMap
		// a number from the constant pool; computed ones would be young ("[HeapNumber]")
		fmt.Fprintf(b, "DebugPrint: 0x%x: [HeapNumber] in OldSpace\n", heapNumberAddr(v.num))
		fmt.Fprintf(b, " - map: 0x%x <Map[16](HEAP_NUMBER_TYPE)>\n", m.addr)
		fmt.Fprintf(b, " - value: %s\n", strings.TrimSuffix(strings.TrimPrefix(heapNumberBrief(v.num), "<HeapNumber "), ">"))
	case KindString:
		s := v.String()
		wide := 0
		for _, u := range s.UTF16() {
			if u > 0xff {
				wide = 1 // a two-byte string
				break
			}
		}
		m = roStringMaps[wide][s.shape]
		text := latin1Escaped(s.GoString())
		switch {
		case s.Length() == 0:
			fmt.Fprintf(b, "DebugPrint: 0x%x: [String] in ReadOnlySpace: #\n", uint32(0x80071))
		case s.shape == strInternalized:
			fmt.Fprintf(b, "DebugPrint: 0x%x: [String] in OldSpace: #%s\n", s.addr, text)
		default:
			fmt.Fprintf(b, "DebugPrint: 0x%x: [String]: %s%s\"\n", s.addr, strPrefixes[s.shape], text)
		}
	case KindBoolean:
		m = &roBooleanMap
		addr, name := uint32(0x800b1), "true"
		if !v.Boolean() {
			addr, name = 0x80081, "false"
		}
		fmt.Fprintf(b, "DebugPrint: 0x%x: [Oddball] in ReadOnlySpace: #%s\n", addr, name)
	case KindUndefined:
		m = &roUndefinedMap
		fmt.Fprintf(b, "DebugPrint: 0x%x: [Oddball] in ReadOnlySpace: #undefined\n", roUndefined)
	case KindNull:
		m = &roNullMap
		fmt.Fprintf(b, "DebugPrint: 0x%x: [Oddball] in ReadOnlySpace: #null\n", roNull)
	default:
		return false
	}
	fmt.Fprintf(b, "0x%x: [Map] in ReadOnlySpace\n - type: %s\n - instance size: %s\n", m.addr, m.typ, m.size)
	b.WriteString(" - elements kind: HOLEY_ELEMENTS\n - enum length: invalid\n")
	for _, f := range m.flags {
		b.WriteString(" - " + f + "\n")
	}
	fmt.Fprintf(b, " - back pointer: 0x%x <undefined>\n", roUndefined)
	fmt.Fprintf(b, " - instance descriptors (own) #0: 0x%x <DescriptorArray[0]>\n", uint32(0x80e21))
	fmt.Fprintf(b, " - prototype: 0x%x <null>\n - constructor: 0x%x <null>\n", roNull, roNull)
	b.WriteString(" - construction counter: 0\n\n")
	return true
}

// heapNumberAddr stands in for a boxed number's address (normalized away in reports).
func heapNumberAddr(float64) uint32 { return 0x100001 }

// latin1Escaped is how V8 prints a one-byte string's characters above ASCII (\xe9).
func latin1Escaped(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= 0x7f && c <= 0xff {
			fmt.Fprintf(&b, "\\x%02x", c)
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}
