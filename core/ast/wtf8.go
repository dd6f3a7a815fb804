package ast

import "unicode/utf8"

// AppendUTF16 appends a UTF-16 code unit sequence to a WTF-8 byte slice:
// surrogate pairs become 4-byte UTF-8, lone surrogates their 3-byte form.
func AppendUTF16(b []byte, units []uint16) []byte {
	for i := 0; i < len(units); i++ {
		u := rune(units[i])
		if u >= 0xD800 && u <= 0xDBFF && i+1 < len(units) && units[i+1] >= 0xDC00 && units[i+1] <= 0xDFFF {
			r := 0x10000 + (u-0xD800)<<10 + (rune(units[i+1]) - 0xDC00)
			b = utf8.AppendRune(b, r)
			i++
			continue
		}
		b = AppendCodePoint(b, u)
	}
	return b
}

// AppendCodePoint appends any code point (including a lone surrogate, which
// utf8.AppendRune would replace by U+FFFD) in generalized UTF-8.
func AppendCodePoint(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// FromUTF16 converts UTF-16 code units to a WTF-8 Go string.
func FromUTF16(units []uint16) string { return string(AppendUTF16(nil, units)) }

// UTF16 decodes a WTF-8 string into UTF-16 code units. Invalid bytes (not
// produced by the parser) decode as U+FFFD.
func UTF16(s string) []uint16 {
	out := make([]uint16, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			out = append(out, uint16(c))
			i++
			continue
		}
		if c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2]&0xC0 == 0x80 {
			out = append(out, uint16(0xD000|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F)))
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r >= 0x10000 {
			r -= 0x10000
			out = append(out, uint16(0xD800+(r>>10)), uint16(0xDC00+(r&0x3FF)))
		} else {
			out = append(out, uint16(r))
		}
	}
	return out
}

// UTF16Len is len(UTF16(s)) without allocating.
func UTF16Len(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < 0x80:
			i++
		case c < 0xE0:
			i += 2
		case c < 0xF0:
			i += 3
		default:
			i += 4
			n++
		}
		n++
	}
	return n
}

// IsWellFormed reports whether s contains no lone surrogates.
func IsWellFormed(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == 0xED && s[i+1] >= 0xA0 {
			return false
		}
	}
	return true
}
