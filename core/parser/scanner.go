package parser

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"enginescope/core/ast"
)

// scanner turns source bytes into tokens. The parser drives it and tells it
// when a `/` starts a regular expression or a `}` continues a template.
type scanner struct {
	src []byte
	pos int // next byte to read

	// current token
	tok          token
	start        int
	end          int
	nlBefore     bool // a line terminator precedes the token
	lit          string
	escaped      bool    // identifier/keyword contained \u escapes
	num          float64 // tNumber value
	raw          string  // template raw text (normalised)
	cooked       bool    // template chunk has a valid cooked value
	tail         bool    // template chunk ends with ` (not ${)
	unterminated bool    // template chunk runs to the end of input

	// legacy octal (or \8 \9) seen in the current token: reported if strict
	octalStart, octalEnd int
	octalMsg             string

	// template: first invalid escape (cooked is undefined)
	tmplErrMsg               string
	tmplErrStart, tmplErrEnd int

	// scanner error for tIllegal (empty → "Invalid or unexpected token")
	errMsg           string
	errStart, errEnd int
	halfUnit         bool // the illegal token is half of a surrogate pair

	htmlComments bool
	buf          []byte
	names        map[string]string
}

func newScanner(src []byte, start int) *scanner {
	s := &scanner{src: src, pos: start, htmlComments: true, names: make(map[string]string, 256)}
	return s
}

type scanState struct {
	pos                  int
	tok                  token
	start, end           int
	nlBefore, escaped    bool
	lit                  string
	num                  float64
	octalStart, octalEnd int
	octalMsg             string
}

func (s *scanner) save() scanState {
	return scanState{s.pos, s.tok, s.start, s.end, s.nlBefore, s.escaped, s.lit, s.num, s.octalStart, s.octalEnd, s.octalMsg}
}

func (s *scanner) restore(st scanState) {
	s.pos, s.tok, s.start, s.end, s.nlBefore, s.escaped, s.lit, s.num = st.pos, st.tok, st.start, st.end, st.nlBefore, st.escaped, st.lit, st.num
	s.octalStart, s.octalEnd, s.octalMsg = st.octalStart, st.octalEnd, st.octalMsg
}

func (s *scanner) intern(b []byte) string {
	if v, ok := s.names[string(b)]; ok {
		return v
	}
	v := string(b)
	s.names[v] = v
	return v
}

func isLineTerminator(r rune) bool { return r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029 }

func isWhiteSpaceRune(r rune) bool {
	switch r {
	case '\t', '\v', '\f', ' ', 0xA0, 0xFEFF:
		return true
	}
	return r > 0x7f && unicode.Is(unicode.Zs, r)
}

func isIDStart(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '$' || r == '_'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIDPart(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '$' || r == '_'
	}
	return r == 0x200C || r == 0x200D || isIDStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

var asciiIDPart = func() (t [128]bool) {
	for c := 0; c < 128; c++ {
		t[c] = isIDPart(rune(c))
	}
	return
}()

func (s *scanner) peekRune(at int) (rune, int) {
	if at >= len(s.src) {
		return -1, 0
	}
	c := s.src[at]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(s.src[at:])
}

func (s *scanner) illegal(msg string, start, end int) token {
	s.errMsg, s.errStart, s.errEnd = msg, start, end
	return tIllegal
}

// next scans the next token (a `/` is division; use rescanRegExp).
func (s *scanner) next() {
	s.nlBefore = false
	s.escaped = false
	s.octalStart = -1
	s.octalMsg = ""
	s.errMsg = ""
	s.halfUnit = false
	s.tok = s.scan()
	s.end = s.pos
}

// skip whitespace and comments; returns false if an unterminated comment was found.
func (s *scanner) skipSpace() bool {
	lineStart := s.pos == 0
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		switch c {
		case ' ', '\t', '\v', '\f':
			s.pos++
		case '\n', '\r':
			s.pos++
			s.nlBefore = true
			lineStart = true
		case '/':
			if s.pos+1 >= len(s.src) {
				return true
			}
			switch s.src[s.pos+1] {
			case '/':
				s.skipLineComment(s.pos + 2)
			case '*':
				start := s.pos
				s.pos += 2
				closed := false
				for s.pos < len(s.src) {
					c := s.src[s.pos]
					if c == '*' && s.pos+1 < len(s.src) && s.src[s.pos+1] == '/' {
						s.pos += 2
						closed = true
						break
					}
					if c == '\n' || c == '\r' {
						s.nlBefore = true
						lineStart = true
					} else if c == 0xE2 && s.pos+2 < len(s.src) && s.src[s.pos+1] == 0x80 && (s.src[s.pos+2] == 0xA8 || s.src[s.pos+2] == 0xA9) {
						s.nlBefore = true
						lineStart = true
					}
					s.pos++
				}
				if !closed {
					s.errStart = start
					return false
				}
			default:
				return true
			}
		case '<':
			if s.htmlComments && s.pos+3 < len(s.src) && s.src[s.pos+1] == '!' && s.src[s.pos+2] == '-' && s.src[s.pos+3] == '-' {
				s.skipLineComment(s.pos + 4)
				continue
			}
			return true
		case '-':
			if s.htmlComments && (lineStart || s.nlBefore) && s.pos+2 < len(s.src) && s.src[s.pos+1] == '-' && s.src[s.pos+2] == '>' {
				s.skipLineComment(s.pos + 3)
				continue
			}
			return true
		default:
			if c < utf8.RuneSelf {
				return true
			}
			r, n := utf8.DecodeRune(s.src[s.pos:])
			if isLineTerminator(r) {
				s.nlBefore = true
				lineStart = true
				s.pos += n
			} else if isWhiteSpaceRune(r) {
				s.pos += n
			} else {
				return true
			}
		}
	}
	return true
}

func (s *scanner) skipLineComment(from int) {
	s.pos = from
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		if c == '\n' || c == '\r' {
			return
		}
		if c == 0xE2 && s.pos+2 < len(s.src) && s.src[s.pos+1] == 0x80 && (s.src[s.pos+2] == 0xA8 || s.src[s.pos+2] == 0xA9) {
			return
		}
		s.pos++
	}
}

func (s *scanner) scan() token {
	if !s.skipSpace() {
		s.start = s.errStart
		s.pos = len(s.src)
		return s.illegal("", s.errStart, len(s.src))
	}
	s.start = s.pos
	if s.pos >= len(s.src) {
		return tEOF
	}
	c := s.src[s.pos]
	switch c {
	case '(':
		s.pos++
		return tLParen
	case ')':
		s.pos++
		return tRParen
	case '{':
		s.pos++
		return tLBrace
	case '}':
		s.pos++
		return tRBrace
	case '[':
		s.pos++
		return tLBrack
	case ']':
		s.pos++
		return tRBrack
	case ';':
		s.pos++
		return tSemicolon
	case ',':
		s.pos++
		return tComma
	case ':':
		s.pos++
		return tColon
	case '~':
		s.pos++
		return tBitNot
	case '.':
		if s.at(1) >= '0' && s.at(1) <= '9' {
			return s.scanNumber()
		}
		if s.at(1) == '.' && s.at(2) == '.' {
			s.pos += 3
			return tEllipsis
		}
		s.pos++
		return tDot
	case '?':
		if s.at(1) == '?' {
			if s.at(2) == '=' {
				s.pos += 3
				return tAssignNullish
			}
			s.pos += 2
			return tNullish
		}
		if s.at(1) == '.' && !(s.at(2) >= '0' && s.at(2) <= '9') {
			s.pos += 2
			return tOptChain
		}
		s.pos++
		return tQuestion
	case '=':
		if s.at(1) == '>' {
			s.pos += 2
			return tArrow
		}
		return s.op3(tAssign, tEq, tEqStrict)
	case '!':
		return s.op3(tNot, tNE, tNEStrict)
	case '+':
		if s.at(1) == '+' {
			s.pos += 2
			return tInc
		}
		return s.opAssign(tAdd, tAssignAdd)
	case '-':
		if s.at(1) == '-' {
			s.pos += 2
			return tDec
		}
		return s.opAssign(tSub, tAssignSub)
	case '*':
		if s.at(1) == '*' {
			s.pos++
			return s.opAssign(tExp, tAssignExp)
		}
		return s.opAssign(tMul, tAssignMul)
	case '/':
		return s.opAssign(tDiv, tAssignDiv)
	case '%':
		return s.opAssign(tMod, tAssignMod)
	case '^':
		return s.opAssign(tBitXor, tAssignBitXor)
	case '&':
		if s.at(1) == '&' {
			s.pos++
			return s.opAssign(tAnd, tAssignAnd)
		}
		return s.opAssign(tBitAnd, tAssignBitAnd)
	case '|':
		if s.at(1) == '|' {
			s.pos++
			return s.opAssign(tOr, tAssignOr)
		}
		return s.opAssign(tBitOr, tAssignBitOr)
	case '<':
		if s.at(1) == '<' {
			s.pos++
			return s.opAssign(tShl, tAssignShl)
		}
		return s.opAssign(tLT, tLE)
	case '>':
		if s.at(1) == '>' {
			if s.at(2) == '>' {
				s.pos += 2
				return s.opAssign(tShr, tAssignShr)
			}
			s.pos++
			return s.opAssign(tSar, tAssignSar)
		}
		return s.opAssign(tGT, tGE)
	case '"', '\'':
		return s.scanString(c)
	case '`':
		s.pos++
		return s.scanTemplate()
	case '#':
		s.pos++
		r, _ := s.peekRune(s.pos)
		if r == '\\' || isIDStart(r) {
			if t := s.scanIdentifier(); t != tIdentifier {
				if t == tIllegal {
					return t
				}
			}
			s.lit = "#" + s.lit
			return tPrivateName
		}
		return s.illegal("", s.start, s.pos)
	}
	if c >= '0' && c <= '9' {
		return s.scanNumber()
	}
	if c < utf8.RuneSelf {
		if asciiIDPart[c] || c == '\\' {
			return s.scanIdentifier()
		}
		s.pos++
		return s.illegal("", s.start, s.pos)
	}
	r, n := utf8.DecodeRune(s.src[s.pos:])
	if isIDStart(r) {
		return s.scanIdentifier()
	}
	s.pos += n
	// V8 scans UTF-16: an illegal supplementary character is reported as
	// its first code unit
	s.halfUnit = r >= 0x10000
	return s.illegal("", s.start, s.pos)
}

func (s *scanner) at(off int) byte {
	if s.pos+off < len(s.src) {
		return s.src[s.pos+off]
	}
	return 0
}

func (s *scanner) op3(one, two, three token) token {
	if s.at(1) == '=' {
		if s.at(2) == '=' {
			s.pos += 3
			return three
		}
		s.pos += 2
		return two
	}
	s.pos++
	return one
}

func (s *scanner) opAssign(op, assign token) token {
	if s.at(1) == '=' {
		s.pos += 2
		return assign
	}
	s.pos++
	return op
}

// scanIdentifier scans an IdentifierName starting at s.pos (may begin with \u).
func (s *scanner) scanIdentifier() token {
	start := s.pos
	// fast path: plain ASCII
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		if c < utf8.RuneSelf {
			if !asciiIDPart[c] {
				break
			}
			s.pos++
			continue
		}
		break
	}
	if s.pos == len(s.src) || (s.src[s.pos] < utf8.RuneSelf && s.src[s.pos] != '\\') {
		if s.start == start && s.src[start] >= '0' && s.src[start] <= '9' {
			return s.illegal("", s.start, s.pos)
		}
		s.lit = s.intern(s.src[start:s.pos])
		if t, ok := keywords[s.lit]; ok {
			return t
		}
		return tIdentifier
	}
	// slow path: unicode and escapes
	b := s.buf[:0]
	b = append(b, s.src[start:s.pos]...)
	first := s.pos == start
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		if c == '\\' {
			escStart := s.pos
			if s.at(1) != 'u' {
				s.pos++
				return s.illegal("", s.start, s.pos)
			}
			s.pos += 2
			r, ok := s.scanUnicodeEscapeBody(escStart)
			if !ok {
				return tIllegal
			}
			if (first && !isIDStart(r)) || (!first && !isIDPart(r)) {
				return s.illegal("", s.start, s.pos)
			}
			s.escaped = true
			b = utf8.AppendRune(b, r)
			first = false
			continue
		}
		r, n := s.peekRune(s.pos)
		if first {
			if !isIDStart(r) {
				break
			}
		} else if !isIDPart(r) {
			break
		}
		b = append(b, s.src[s.pos:s.pos+n]...)
		s.pos += n
		first = false
	}
	s.buf = b
	s.lit = s.intern(b)
	if t, ok := keywords[s.lit]; ok {
		if s.escaped {
			// escaped keywords are identifiers for the parser to reject with
			// "Keyword must not contain escaped characters" where it matters
			return tIdentifier
		}
		return t
	}
	return tIdentifier
}

// scanUnicodeEscapeBody scans after `\u` (s.pos at the char after u).
// bs is the position of the backslash.
func (s *scanner) scanUnicodeEscapeBody(bs int) (rune, bool) {
	if s.at(0) == '{' {
		s.pos++
		var v rune
		digits := 0
		for {
			c := s.at(0)
			d := hexVal(c)
			if d < 0 {
				if c == '}' && digits > 0 {
					s.pos++
					return v, true
				}
				s.illegal("Invalid Unicode escape sequence", s.pos, s.pos+1)
				return 0, false
			}
			v = v*16 + rune(d)
			digits++
			s.pos++
			if v > 0x10FFFF {
				s.illegal("Undefined Unicode code-point", bs, s.pos)
				return 0, false
			}
		}
	}
	var v rune
	for i := 0; i < 4; i++ {
		d := hexVal(s.at(0))
		if d < 0 {
			s.illegal("Invalid Unicode escape sequence", bs, bs+6)
			return 0, false
		}
		v = v*16 + rune(d)
		s.pos++
	}
	return v, true
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// ------------------------------------------------------------------ numbers

const (
	msgTrailingSep   = "Numeric separators are not allowed at the end of numeric literals"
	msgContinuousSep = "Only one underscore is allowed as numeric separator"
	msgZeroSep       = "Numeric separator can not be used after leading 0."
	msgStrictOctal   = "Octal literals are not allowed in strict mode."
	msgStrictLeading = "Decimals with leading zeros are not allowed in strict mode."
)

// scanDigits scans digits of the given base with separators.
// Returns false after reporting a separator error.
func (s *scanner) scanDigits(base int, allowSep bool) bool {
	prevSep := false
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		if c == '_' && allowSep {
			if prevSep {
				s.illegal(msgContinuousSep, s.pos, s.pos+1)
				return false
			}
			prevSep = true
			s.pos++
			continue
		}
		d := hexVal(c)
		if d < 0 || d >= base {
			break
		}
		prevSep = false
		s.pos++
	}
	if prevSep {
		s.illegal(msgTrailingSep, s.pos, s.pos+1)
		return false
	}
	return true
}

func (s *scanner) scanNumber() token {
	start := s.pos
	kind := 10
	legacyOctal, leadingZero := false, false
	isFloat := false
	if s.src[s.pos] == '0' && s.pos+1 < len(s.src) {
		switch s.src[s.pos+1] | 0x20 {
		case 'x':
			kind = 16
		case 'o':
			kind = 8
		case 'b':
			kind = 2
		}
	}
	if kind != 10 {
		s.pos += 2
		ds := s.pos
		if s.at(0) == '_' {
			return s.illegal("", start, s.pos)
		}
		if !s.scanDigits(kind, true) {
			return tIllegal
		}
		if s.pos == ds {
			return s.illegal("", start, s.pos)
		}
	} else if s.src[s.pos] == '0' && s.at(1) >= '0' && s.at(1) <= '9' || s.src[s.pos] == '0' && s.at(1) == '_' {
		if s.at(1) == '_' {
			return s.illegal(msgZeroSep, s.pos+1, s.pos+2)
		}
		// legacy octal 0777 or decimal with leading zero 089
		s.pos++
		legacyOctal = true
		for s.pos < len(s.src) && s.src[s.pos] >= '0' && s.src[s.pos] <= '9' {
			if s.src[s.pos] >= '8' {
				legacyOctal = false
				leadingZero = true
			}
			s.pos++
		}
		if s.at(0) == '_' {
			if legacyOctal {
				return s.illegal("", start, s.pos)
			}
			return s.illegal("", s.pos, s.pos+1)
		}
		if leadingZero {
			if s.at(0) == '.' {
				s.pos++
				isFloat = true
				if !s.scanDigits(10, true) {
					return tIllegal
				}
			}
			if c := s.at(0) | 0x20; c == 'e' {
				if !s.scanExponent(start) {
					return tIllegal
				}
				isFloat = true
			}
		}
		s.octalStart, s.octalEnd = start, s.pos
		if legacyOctal {
			s.octalMsg = msgStrictOctal
		} else {
			s.octalMsg = msgStrictLeading
		}
	} else {
		if s.src[s.pos] != '.' {
			if !s.scanDigits(10, true) {
				return tIllegal
			}
		}
		if s.at(0) == '.' {
			isFloat = true
			s.pos++
			if s.at(0) == '_' {
				return s.illegal("", start, s.pos)
			}
			if !s.scanDigits(10, true) {
				return tIllegal
			}
		}
		if c := s.at(0) | 0x20; c == 'e' {
			if !s.scanExponent(start) {
				return tIllegal
			}
			isFloat = true
		}
	}
	numEnd := s.pos
	isBig := false
	if s.at(0) == 'n' {
		if isFloat || legacyOctal || leadingZero {
			return s.illegal("", start, s.pos)
		}
		isBig = true
		s.pos++
	}
	// the character after a numeric literal must not start an identifier or be a digit
	if r, _ := s.peekRune(s.pos); r >= 0 && (isIDStart(r) || r == '\\' || (r >= '0' && r <= '9')) {
		return s.illegal("", start, s.pos)
	}
	text := s.src[start:numEnd]
	s.lit = string(s.src[start:s.pos])
	if isBig {
		s.lit = bigIntDecimal(text, kind)
		return tBigInt
	}
	switch {
	case legacyOctal:
		s.num = parseIntBase(string(text[1:]), 8)
	case kind != 10:
		s.num = parseIntBase(stripSep(text[2:]), kind)
	default:
		f, err := strconv.ParseFloat(stripSep(text), 64)
		if err != nil && !strings.Contains(err.Error(), "range") {
			f = math.NaN()
		}
		s.num = f
	}
	return tNumber
}

func (s *scanner) scanExponent(start int) bool {
	s.pos++
	if c := s.at(0); c == '+' || c == '-' {
		s.pos++
	}
	if c := s.at(0); c < '0' || c > '9' {
		s.illegal("", start, s.pos)
		return false
	}
	return s.scanDigits(10, true)
}

func stripSep(b []byte) string {
	for _, c := range b {
		if c == '_' {
			return strings.ReplaceAll(string(b), "_", "")
		}
	}
	return string(b)
}

func parseIntBase(digits string, base int) float64 {
	if v, err := strconv.ParseUint(digits, base, 64); err == nil {
		return float64(v)
	}
	var bi big.Int
	bi.SetString(digits, base)
	f, _ := new(big.Float).SetInt(&bi).Float64()
	return f
}

func bigIntDecimal(text []byte, base int) string {
	d := stripSep(text)
	if base != 10 {
		d = d[2:]
	}
	var bi big.Int
	bi.SetString(d, base)
	return bi.String()
}

// ------------------------------------------------------------------ strings

func (s *scanner) scanString(quote byte) token {
	start := s.pos
	s.pos++
	// fast path
	i := s.pos
	for i < len(s.src) {
		c := s.src[i]
		if c == quote {
			s.lit = string(s.src[s.pos:i])
			s.pos = i + 1
			return tString
		}
		if c == '\\' || c == '\n' || c == '\r' {
			break
		}
		i++
	}
	b := s.buf[:0]
	for {
		if s.pos >= len(s.src) {
			return s.illegal("", start, s.pos)
		}
		c := s.src[s.pos]
		if c == quote {
			s.pos++
			break
		}
		if c == '\n' || c == '\r' {
			return s.illegal("", start, s.pos)
		}
		if c == '\\' {
			var ok bool
			b, ok = s.scanEscape(b, false)
			if !ok {
				return tIllegal
			}
			continue
		}
		b = append(b, c)
		s.pos++
	}
	s.buf = b
	s.lit = string(b)
	return tString
}

// scanEscape decodes one escape sequence at s.pos (a backslash) and appends it.
// In templates (tmpl) octal escapes and \8 \9 are invalid.
func (s *scanner) scanEscape(b []byte, tmpl bool) ([]byte, bool) {
	bs := s.pos
	s.pos++
	if s.pos >= len(s.src) {
		return b, true // unterminated: caller reports
	}
	c := s.src[s.pos]
	s.pos++
	switch c {
	case 'n':
		return append(b, '\n'), true
	case 't':
		return append(b, '\t'), true
	case 'r':
		return append(b, '\r'), true
	case 'b':
		return append(b, '\b'), true
	case 'f':
		return append(b, '\f'), true
	case 'v':
		return append(b, '\v'), true
	case '\r':
		if s.at(0) == '\n' {
			s.pos++
		}
		return b, true
	case '\n':
		return b, true
	case 'x':
		h1, h2 := hexVal(s.at(0)), hexVal(s.at(1))
		if h1 < 0 || h2 < 0 {
			s.illegal("Invalid hexadecimal escape sequence", bs, bs+4)
			return b, false
		}
		s.pos += 2
		return ast.AppendCodePoint(b, rune(h1*16+h2)), true
	case 'u':
		r, ok := s.scanUnicodeEscapeBody(bs)
		if !ok {
			return b, false
		}
		// combine an escaped surrogate pair
		if r >= 0xD800 && r <= 0xDBFF && s.at(0) == '\\' && s.at(1) == 'u' {
			save := s.pos
			s.pos += 2
			r2, ok2 := s.scanUnicodeEscapeBody(save)
			if ok2 && r2 >= 0xDC00 && r2 <= 0xDFFF {
				return utf8.AppendRune(b, 0x10000+(r-0xD800)<<10+(r2-0xDC00)), true
			}
			s.pos = save
			s.errMsg = ""
		}
		// a raw low surrogate cannot follow in UTF-8 source, so lone is lone
		return ast.AppendCodePoint(b, r), true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		if c == '0' && !(s.at(0) >= '0' && s.at(0) <= '9') {
			return append(b, 0), true
		}
		if c == '0' && (s.at(0) == '8' || s.at(0) == '9') {
			if tmpl {
				s.illegal("Octal escape sequences are not allowed in template strings.", bs+1, bs+1)
				return b, false
			}
			s.octalStart, s.octalEnd = bs+1, bs+1
			s.octalMsg = "Octal escape sequences are not allowed in strict mode."
			return append(b, 0), true
		}
		// V8's ScanOctalEscape: up to two more digits while the value stays < 256;
		// the reported range runs from the first digit to the last one (exclusive)
		v := int(c - '0')
		i := 0
		for ; i < 2; i++ {
			d := int(s.at(0)) - '0'
			if d < 0 || d > 7 || v*8+d >= 256 {
				break
			}
			v = v*8 + d
			s.pos++
		}
		if tmpl {
			s.illegal("Octal escape sequences are not allowed in template strings.", bs+1, bs+1+i)
			return b, false
		}
		s.octalStart, s.octalEnd = bs+1, bs+1+i
		s.octalMsg = "Octal escape sequences are not allowed in strict mode."
		return ast.AppendCodePoint(b, rune(v)), true
	case '8', '9':
		if tmpl {
			s.illegal("\\8 and \\9 are not allowed in template strings.", bs, bs+1)
			return b, false
		}
		s.octalStart, s.octalEnd = bs, bs+1
		s.octalMsg = "\\8 and \\9 are not allowed in strict mode."
		return append(b, c), true
	}
	// any other char (including non-ASCII, LS, PS) escapes itself
	if c >= utf8.RuneSelf {
		s.pos--
		r, n := utf8.DecodeRune(s.src[s.pos:])
		s.pos += n
		if r == 0x2028 || r == 0x2029 {
			return b, true // line continuation
		}
		return append(b, s.src[s.pos-n:s.pos]...), true
	}
	return append(b, c), true
}

// ---------------------------------------------------------------- templates

// scanTemplate scans a template chunk; s.pos is just after ` or }.
func (s *scanner) scanTemplate() token {
	b := s.buf[:0]
	var raw []byte
	rawStart := s.pos
	s.cooked = true
	s.unterminated = false
	s.tmplErrMsg = ""
	appendRaw := func(from, to int) {
		for i := from; i < to; i++ {
			c := s.src[i]
			if c == '\r' {
				raw = append(raw, '\n')
				if i+1 < to && s.src[i+1] == '\n' {
					i++
				}
				continue
			}
			raw = append(raw, c)
		}
	}
	for {
		if s.pos >= len(s.src) {
			// V8 returns a template token; the template parser reports the end of input
			appendRaw(rawStart, s.pos)
			s.tail = true
			s.unterminated = true
			s.raw = string(raw)
			s.lit = string(b)
			s.buf = b
			return tTemplate
		}
		c := s.src[s.pos]
		if c == '`' {
			appendRaw(rawStart, s.pos)
			s.pos++
			s.tail = true
			break
		}
		if c == '$' && s.at(1) == '{' {
			appendRaw(rawStart, s.pos)
			s.pos += 2
			s.tail = false
			break
		}
		if c == '\\' {
			saveErr := s.errMsg
			var ok bool
			b, ok = s.scanEscape(b, true)
			if !ok {
				if s.cooked {
					s.cooked = false
					s.tmplErrMsg, s.tmplErrStart, s.tmplErrEnd = s.errMsg, s.errStart, s.errEnd
				}
				s.errMsg = saveErr
				// skip the rest of the bad escape: continue scanning raw text
				if s.pos < len(s.src) && s.src[s.pos-1] == '\\' {
					s.pos++
				}
			}
			continue
		}
		if c == '\r' {
			b = append(b, '\n')
			s.pos++
			if s.at(0) == '\n' {
				s.pos++
			}
			continue
		}
		b = append(b, c)
		s.pos++
	}
	s.raw = string(raw)
	if s.cooked {
		s.lit = string(b)
	} else {
		s.lit = ""
	}
	s.buf = b
	return tTemplate
}

// rescanTemplateContinuation is called by the parser at the `}` closing a
// template substitution.
func (s *scanner) rescanTemplateContinuation() {
	s.pos = s.start + 1
	s.octalStart = -1
	s.errMsg = ""
	s.tok = s.scanTemplate()
	s.end = s.pos
}

// ------------------------------------------------------------------- regexp

// rescanRegExp re-reads the current `/` or `/=` token as a regular expression literal.
func (s *scanner) rescanRegExp() {
	start := s.start
	tokEnd := s.end // `/` or `/=`: V8 reports an unterminated literal at this token
	s.pos = start + 1
	inClass := false
	for {
		if s.pos >= len(s.src) {
			s.tok = s.illegal("Invalid regular expression: missing /", start, tokEnd)
			s.end = s.pos
			return
		}
		c := s.src[s.pos]
		if c == '\n' || c == '\r' {
			s.tok = s.illegal("Invalid regular expression: missing /", start, tokEnd)
			s.end = s.pos
			return
		}
		if c == 0xE2 && s.at(1) == 0x80 && (s.at(2) == 0xA8 || s.at(2) == 0xA9) {
			s.tok = s.illegal("Invalid regular expression: missing /", start, tokEnd)
			s.end = s.pos
			return
		}
		s.pos++
		if c == '\\' {
			if s.pos < len(s.src) {
				r, n := s.peekRune(s.pos)
				if isLineTerminator(r) {
					continue
				}
				s.pos += n
			}
			continue
		}
		if c == '[' {
			inClass = true
		} else if c == ']' {
			inClass = false
		} else if c == '/' && !inClass {
			break
		}
	}
	bodyEnd := s.pos - 1
	flagStart := s.pos
	for s.pos < len(s.src) {
		r, n := s.peekRune(s.pos)
		if r == '\\' || isIDPart(r) {
			s.pos += n
			continue
		}
		break
	}
	s.lit = string(s.src[start+1 : bodyEnd])
	s.raw = string(s.src[flagStart:s.pos])
	s.tok = tRegExp
	s.end = s.pos
}
