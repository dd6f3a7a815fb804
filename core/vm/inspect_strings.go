package vm

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the string helpers of Node's util.inspect: quoting and escaping (strEscape),
// JS lengths (UTF-16 code units) of formatted text, and display widths (getStringWidth).

// inspectMeta is Node's `meta` table: the escape for each code unit below 0xA0 that needs one.
var inspectMeta = func() [0xA0]string {
	var m [0xA0]string
	for c := 0; c < 0x20; c++ {
		m[c] = `\x` + hex2(c)
	}
	m['\b'], m['\t'], m['\n'], m['\f'], m['\r'] = `\b`, `\t`, `\n`, `\f`, `\r`
	m['\''] = `\'`
	m['\\'] = `\\`
	for c := 0x7F; c < 0xA0; c++ {
		m[c] = `\x` + hex2(c)
	}
	return m
}()

func hex2(c int) string {
	const digits = "0123456789ABCDEF"
	return string([]byte{digits[c>>4], digits[c&15]})
}

// inspectQuote picks Node's quote for a string: ' unless the string has one, then " unless it has
// one too, then ` unless it has ` or ${ (then ' with escaping).
func inspectQuote(u []uint16) byte {
	hasSingle, hasDouble, hasBacktick, hasDollarBrace := false, false, false, false
	for i, c := range u {
		switch c {
		case '\'':
			hasSingle = true
		case '"':
			hasDouble = true
		case '`':
			hasBacktick = true
		case '$':
			if i+1 < len(u) && u[i+1] == '{' {
				hasDollarBrace = true
			}
		}
	}
	switch {
	case !hasSingle:
		return '\''
	case !hasDouble:
		return '"'
	case !hasBacktick && !hasDollarBrace:
		return '`'
	}
	return '\''
}

// strEscape is Node's strEscape: the string quoted, with control characters, the backslash, C1
// controls, lone surrogates and (when quoting with ') single quotes escaped.
func strEscape(s *String) string {
	u := s.UTF16()
	q := inspectQuote(u)
	var b strings.Builder
	b.Grow(len(u) + 2)
	b.WriteByte(q)
	escapeUnits(&b, u, q == '\'')
	b.WriteByte(q)
	return b.String()
}

// escapeUnits writes code units as UTF-8, escaping what strEscape escapes.
func escapeUnits(b *strings.Builder, u []uint16, escapeSingle bool) {
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c < 0xA0 && inspectMeta[c] != "" && (c != '\'' || escapeSingle):
			b.WriteString(inspectMeta[c])
		case c >= 0xD800 && c <= 0xDBFF && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF:
			b.WriteRune((rune(c)-0xD800)<<10 + rune(u[i+1]) - 0xDC00 + 0x10000)
			i++
		case c >= 0xD800 && c <= 0xDFFF:
			b.WriteString(`\u` + strconv.FormatUint(uint64(c), 16))
		default:
			b.WriteRune(rune(c))
		}
	}
}

// escapeKeyText is the escaping Node applies to non-enumerable keys and symbol descriptions
// (strEscapeSequencesReplacer with escapeFn): the escapes of strEscape, without quotes.
func escapeKeyText(s *String) string {
	var b strings.Builder
	escapeUnits(&b, s.UTF16(), true)
	return b.String()
}

// jsLen is the JavaScript length (UTF-16 code units) of UTF-8 text.
func jsLen(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			n++
			continue
		}
		if c >= 0xF0 {
			n += 2
			i += 3
		} else if c >= 0xE0 {
			n++
			i += 2
		} else {
			n++
			i++
		}
	}
	return n
}

// stringWidth is Node's getStringWidth without colour stripping: the terminal columns text takes
// (control characters and combining marks 0, East Asian wide and emoji 2, else 1).
func stringWidth(s string) int {
	w := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x7F {
			return w + wideTextWidth(s[i:])
		}
		if s[i] >= 0x20 {
			w++
		}
	}
	return w
}

func wideTextWidth(s string) int {
	w := 0
	for _, r := range s {
		switch {
		case r == 0xAD:
			w++
		case unicode.In(r, unicode.Cc, unicode.Cf, unicode.Me, unicode.Mn), r >= 0x1F3FB && r <= 0x1F3FF:
		case isWideRune(r):
			w += 2
		default:
			w++
		}
	}
	return w
}

// isWideRune reports East Asian Wide/Fullwidth code points and emoji with emoji presentation.
func isWideRune(r rune) bool {
	for _, rg := range wideRanges {
		if r < rg[0] {
			return false
		}
		if r <= rg[1] {
			return true
		}
	}
	return false
}

// wideRanges is a sorted summary of EastAsianWidth.txt's W and F classes plus Emoji_Presentation.
var wideRanges = [][2]rune{
	{0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0},
	{0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F},
	{0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5},
	{0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
	{0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728},
	{0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
	{0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
	{0x2E80, 0x303E}, {0x3041, 0x3247}, {0x3250, 0x4DBF}, {0x4E00, 0xA4C6}, {0xA960, 0xA97C},
	{0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6B}, {0xFF01, 0xFF60},
	{0xFFE0, 0xFFE6}, {0x16FE0, 0x18CFF}, {0x1B000, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF},
	{0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251}, {0x1F260, 0x1F265}, {0x1F300, 0x1F320},
	{0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3},
	{0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC},
	{0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596},
	{0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2},
	{0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB},
	{0x1F7F0, 0x1F7F0}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF},
	{0x20000, 0x3FFFD},
}

// padStart / padEnd are String.prototype.padStart/padEnd with spaces, counting JS length.
func padStart(s string, n int) string {
	if l := jsLen(s); l < n {
		return strings.Repeat(" ", n-l) + s
	}
	return s
}

func padEnd(s string, n int) string {
	if l := jsLen(s); l < n {
		return s + strings.Repeat(" ", n-l)
	}
	return s
}

// isIdentifierKey is Node's keyStrRegExp: /^[a-zA-Z_][a-zA-Z_0-9]*$/.
func isIdentifierKey(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9' {
			continue
		}
		return false
	}
	return true
}
