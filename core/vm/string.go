package vm

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// String is a JavaScript string: a sequence of UTF-16 code units.
//
// Most strings teaching code makes are ASCII, so the representation is the Go string (UTF-8) with
// the UTF-16 form computed only when a string has non-ASCII text: indexing an ASCII string is then a
// byte index. Lone surrogates (legal in JS, impossible in UTF-8) are kept in utf16 and rendered as
// U+FFFD by GoString.
type String struct {
	s     string   // WTF-8 text: UTF-8 in which lone surrogates keep their 3-byte encoding
	utf16 []uint16 // the code units when the string is not pure ASCII
	lone  bool     // holds a lone surrogate (then s is not valid UTF-8)
	shape strShape
	addr  uint32
}

// strShape is the V8 string representation %DebugPrint shows (string_shape.go).
type strShape uint8

var emptyString = &String{}

// NewString makes a JS string from UTF-8 Go text.
func NewString(s string) *String {
	if s == "" {
		return emptyString
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return NewStringUTF16(decodeWTF8(s))
		}
	}
	return &String{s: s}
}

// decodeWTF8 turns WTF-8 (or plain UTF-8) into UTF-16 code units.
func decodeWTF8(s string) []uint16 {
	u := make([]uint16, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			u = append(u, uint16(c))
			i++
			continue
		}
		// A surrogate code point encoded as ED A0..BF xx.
		if c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF {
			u = append(u, 0xD000|uint16(s[i+1]&0x3F)<<6|uint16(s[i+2]&0x3F))
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		u = utf16.AppendRune(u, r)
		i += n
	}
	return u
}

// encodeWTF8 is the inverse of decodeWTF8.
func encodeWTF8(u []uint16) (string, bool) {
	b := make([]byte, 0, len(u)+len(u)/2)
	lone := false
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c >= 0xD800 && c <= 0xDBFF && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF {
			b = utf8.AppendRune(b, (rune(c)-0xD800)<<10+rune(u[i+1])-0xDC00+0x10000)
			i++
			continue
		}
		if c >= 0xD800 && c <= 0xDFFF {
			lone = true
			b = append(b, 0xED, byte(0x80|(c>>6)&0x3F), byte(0x80|c&0x3F))
			continue
		}
		b = utf8.AppendRune(b, rune(c))
	}
	return string(b), lone
}

// NewStringUTF16 makes a JS string from code units, which may hold lone surrogates.
func NewStringUTF16(u []uint16) *String {
	if len(u) == 0 {
		return emptyString
	}
	ascii := true
	for _, c := range u {
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		b := make([]byte, len(u))
		for i, c := range u {
			b[i] = byte(c)
		}
		return &String{s: string(b)}
	}
	text, lone := encodeWTF8(u)
	return &String{s: text, utf16: u, lone: lone}
}

// IsASCII reports whether every code unit is below 0x80.
func (s *String) IsASCII() bool { return s.utf16 == nil }

// Length is the JS length in UTF-16 code units.
func (s *String) Length() int {
	if s.utf16 == nil {
		return len(s.s)
	}
	return len(s.utf16)
}

// At returns the code unit at index i (0 ≤ i < Length).
func (s *String) At(i int) uint16 {
	if s.utf16 == nil {
		return uint16(s.s[i])
	}
	return s.utf16[i]
}

// GoString is the UTF-8 text for output: lone surrogates become U+FFFD.
func (s *String) GoString() string {
	if s.lone {
		return string(utf16.Decode(s.utf16))
	}
	return s.s
}

// GoStringKey is the exact (WTF-8) text, used as a property name: distinct JS strings give
// distinct keys even with lone surrogates, and NewString(GoStringKey()) round-trips.
func (s *String) GoStringKey() string { return s.s }

// UTF16 returns the code units (allocating for ASCII strings).
func (s *String) UTF16() []uint16 {
	if s.utf16 != nil {
		return s.utf16
	}
	u := make([]uint16, len(s.s))
	for i := 0; i < len(s.s); i++ {
		u[i] = uint16(s.s[i])
	}
	return u
}

// Address is the string's simulated heap address (0 until the heap places it).
func (s *String) Address() uint32 { return s.addr }

// Substring returns code units [from, to).
func (s *String) Substring(from, to int) *String {
	if from <= 0 && to >= s.Length() {
		return s
	}
	if from >= to {
		return emptyString
	}
	if s.utf16 == nil {
		return &String{s: s.s[from:to]}
	}
	return NewStringUTF16(s.utf16[from:to])
}

// Equals compares code units.
func (s *String) Equals(t *String) bool {
	if s == t {
		return true
	}
	if s.utf16 == nil && t.utf16 == nil {
		return s.s == t.s
	}
	if s.Length() != t.Length() {
		return false
	}
	// Two strings with equal code units have equal UTF-8 unless lone surrogates are involved.
	a, b := s.UTF16(), t.UTF16()
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Compare orders by UTF-16 code units, as JS relational comparison does.
func (s *String) Compare(t *String) int {
	if s.utf16 == nil && t.utf16 == nil {
		return strings.Compare(s.s, t.s)
	}
	a, b := s.UTF16(), t.UTF16()
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return 1
	}
	return 0
}

// Concat joins two strings. V8 builds ConsStrings (ropes) here; the simulator flattens eagerly.
func (s *String) Concat(t *String) *String {
	if s.Length() == 0 {
		return t
	}
	if t.Length() == 0 {
		return s
	}
	var out *String
	if s.utf16 == nil && t.utf16 == nil {
		out = &String{s: s.s + t.s}
	} else {
		u := make([]uint16, 0, s.Length()+t.Length())
		u = append(u, s.UTF16()...)
		u = append(u, t.UTF16()...)
		out = NewStringUTF16(u)
	}
	out.shape = concatShape(out)
	return out
}

// IndexOf finds t in s starting at code unit from; -1 when absent.
func (s *String) IndexOf(t *String, from int) int {
	n, m := s.Length(), t.Length()
	if from < 0 {
		from = 0
	}
	if s.utf16 == nil && t.utf16 == nil {
		if from > n {
			return -1
		}
		i := strings.Index(s.s[from:], t.s)
		if i < 0 {
			return -1
		}
		return i + from
	}
	a, b := s.UTF16(), t.UTF16()
	for i := from; i+m <= n; i++ {
		if unitsMatchAt(a, b, i) {
			return i
		}
	}
	return -1
}

// unitsMatchAt reports whether b occurs in a at index i.
func unitsMatchAt(a, b []uint16, i int) bool {
	for j := range b {
		if a[i+j] != b[j] {
			return false
		}
	}
	return true
}

// LastIndexOf finds the last t in s at or before code unit from; -1 when absent.
func (s *String) LastIndexOf(t *String, from int) int {
	n, m := s.Length(), t.Length()
	if from > n-m {
		from = n - m
	}
	a, b := s.UTF16(), t.UTF16()
	for i := from; i >= 0; i-- {
		if unitsMatchAt(a, b, i) {
			return i
		}
	}
	return -1
}

// CodePointAt decodes a surrogate pair at i when there is one.
func (s *String) CodePointAt(i int) (rune, int) {
	c := s.At(i)
	if c >= 0xD800 && c <= 0xDBFF && i+1 < s.Length() {
		d := s.At(i + 1)
		if d >= 0xDC00 && d <= 0xDFFF {
			return (rune(c)-0xD800)<<10 + rune(d) - 0xDC00 + 0x10000, 2
		}
	}
	return rune(c), 1
}
