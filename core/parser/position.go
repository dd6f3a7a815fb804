package parser

import (
	"strings"
	"unicode/utf8"
)

// Positions: the parser works in byte offsets. V8 counts source positions in
// UTF-16 code units, lines are separated by LF, CR, CRLF, U+2028 and U+2029.

// LineColumn converts a byte offset to a 1-based line and a 0-based column
// counted in UTF-16 units (V8's convention; add 1 for a 1-based column).
func LineColumn(src []byte, offset int) (line, column int) {
	if offset > len(src) {
		offset = len(src)
	}
	line = 1
	ls := 0
	for i := 0; i < offset; i++ {
		c := src[i]
		switch {
		case c == '\n':
			line++
			ls = i + 1
		case c == '\r':
			if i+1 < len(src) && src[i+1] == '\n' && i+1 < offset {
				continue
			}
			line++
			ls = i + 1
		case c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && (src[i+2] == 0xA8 || src[i+2] == 0xA9):
			if i+3 <= offset {
				line++
				ls = i + 3
				i += 2
			}
		}
	}
	return line, UTF16Length(src, ls, offset)
}

// UTF16Length counts UTF-16 code units in src[from:to] (to is clamped).
func UTF16Length(src []byte, from, to int) int {
	if to > len(src) {
		to = len(src)
	}
	n := 0
	for i := from; i < to; {
		c := src[i]
		if c < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		i += size
	}
	return n
}

// UTF16Offset converts a byte offset to a UTF-16 code unit offset from the
// start of src (the source positions V8 prints in bytecode listings).
func UTF16Offset(src []byte, offset int) int { return UTF16Length(src, 0, offset) }

// PositionTable converts many byte offsets to UTF-16 offsets quickly.
type PositionTable struct {
	src   []byte
	ascii bool
}

// NewPositionTable prepares conversions for src.
func NewPositionTable(src []byte) *PositionTable {
	ascii := true
	for _, c := range src {
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	return &PositionTable{src: src, ascii: ascii}
}

// UTF16 converts a byte offset to a UTF-16 offset.
func (t *PositionTable) UTF16(offset int) int {
	if t.ascii {
		return offset
	}
	return UTF16Offset(t.src, offset)
}

// NormalizeSource decodes source bytes the way Node reads a file as UTF-8:
// invalid byte sequences become U+FFFD. Hosts should parse its result.
func NormalizeSource(src []byte) []byte {
	if utf8.Valid(src) {
		return src
	}
	return []byte(strings.ToValidUTF8(string(src), "\uFFFD"))
}

// LineStart returns the byte offset of the start of the line containing offset.
func LineStart(src []byte, offset int) int {
	if offset > len(src) {
		offset = len(src)
	}
	for i := offset - 1; i >= 0; i-- {
		c := src[i]
		if c == '\n' || c == '\r' {
			return i + 1
		}
		if c == 0xA8 || c == 0xA9 {
			if i >= 2 && src[i-1] == 0x80 && src[i-2] == 0xE2 {
				return i + 1
			}
		}
	}
	return 0
}

// LineText returns the text of the line containing offset, without its terminator.
func LineText(src []byte, offset int) []byte {
	s := LineStart(src, offset)
	e := s
	for e < len(src) {
		c := src[e]
		if c == '\n' || c == '\r' {
			break
		}
		if c == 0xE2 && e+2 < len(src) && src[e+1] == 0x80 && (src[e+2] == 0xA8 || src[e+2] == 0xA9) {
			break
		}
		e++
	}
	return src[s:e]
}
