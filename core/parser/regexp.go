package parser

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// validateRegExp checks a regular expression literal's pattern at parse time
// as V8 does (V8 reports malformed regexp literals as early SyntaxErrors).
// It returns V8's message suffix (e.g. "Unterminated group"), or "" if the
// pattern is valid. Unicode property names are not checked against the
// Unicode tables (a known gap).
func validateRegExp(pattern, flags string) string {
	v := &reValidator{src: pattern, unicode: strings.ContainsAny(flags, "uv"), vmode: strings.Contains(flags, "v"),
		names: map[string]bool{}, namePaths: map[string][][]altPos{}}
	v.scanGroups()
	v.named = v.named || v.unicode
	return v.run()
}

type reValidator struct {
	src       string
	pos       int
	unicode   bool
	vmode     bool
	named     bool // \k is a named reference (pattern has groups or unicode)
	names     map[string]bool
	refs      []string
	ncapture  int
	ndisj     int
	path      []altPos
	namePaths map[string][][]altPos
}

type reErr string

func (v *reValidator) fail(msg string) { panic(reErr(msg)) }

func (v *reValidator) run() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(reErr)
			if !ok {
				panic(r)
			}
			msg = string(e)
		}
	}()
	v.disjunction()
	if v.pos < len(v.src) {
		if v.src[v.pos] == ')' {
			v.fail("Unmatched ')'")
		}
		v.fail("Unexpected character")
	}
	for _, r := range v.refs {
		if !v.names[r] {
			v.fail("Invalid named capture referenced")
		}
	}
	return ""
}

// scanGroups pre-counts capture groups and notes whether named groups exist.
func (v *reValidator) scanGroups() {
	inClass := false
	for i := 0; i < len(v.src); i++ {
		switch v.src[i] {
		case '\\':
			i++
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '(':
			if inClass {
				continue
			}
			if i+1 < len(v.src) && v.src[i+1] == '?' {
				if i+2 < len(v.src) && v.src[i+2] == '<' && i+3 < len(v.src) && v.src[i+3] != '=' && v.src[i+3] != '!' {
					v.named = true
					v.ncapture++
				}
				continue
			}
			v.ncapture++
		}
	}
}

func (v *reValidator) peek() byte {
	if v.pos < len(v.src) {
		return v.src[v.pos]
	}
	return 0
}

func (v *reValidator) disjunction() {
	v.ndisj++
	d := v.ndisj
	v.path = append(v.path, altPos{d, 0})
	for {
		v.alternative()
		if v.peek() != '|' {
			v.path = v.path[:len(v.path)-1]
			return
		}
		v.pos++
		v.path[len(v.path)-1].alt++
	}
}

// altPos identifies an alternative of a disjunction.
type altPos struct{ disj, alt int }

// disjoint reports whether two group positions lie in different
// alternatives of a common disjunction (so both names can never match).
func disjoint(a, b []altPos) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i].disj != b[i].disj {
			return false
		}
		if a[i].alt != b[i].alt {
			return true
		}
	}
	return false
}

func (v *reValidator) alternative() {
	for v.pos < len(v.src) {
		c := v.src[v.pos]
		if c == '|' || c == ')' {
			return
		}
		quantifiable := v.term()
		v.quantifier(quantifiable)
	}
}

// term parses one atom or assertion; it returns 1 if it may be quantified,
// 0 if quantifying it is "Nothing to repeat", 2 if "Invalid quantifier".
func (v *reValidator) term() int {
	c := v.src[v.pos]
	switch c {
	case '^', '$':
		v.pos++
		return 0
	case '\\':
		if v.pos+1 < len(v.src) && (v.src[v.pos+1] == 'b' || v.src[v.pos+1] == 'B') {
			v.pos += 2
			return 0 // assertions cannot be quantified
		}
		v.atomEscape()
		return 1
	case '(':
		return v.group()
	case '[':
		v.class()
		return 1
	case '*', '+', '?':
		v.fail("Nothing to repeat")
	case '{':
		if v.unicode {
			if v.isQuantifierBrace() {
				v.fail("Nothing to repeat")
			}
			v.fail("Lone quantifier brackets")
		}
		if v.isQuantifierBrace() {
			v.fail("Nothing to repeat")
		}
		v.pos++
		return 1
	case '}', ']':
		if v.unicode {
			v.fail("Lone quantifier brackets")
		}
		v.pos++
		return 1
	}
	_, n := utf8.DecodeRuneInString(v.src[v.pos:])
	v.pos += n
	return 1
}

// isQuantifierBrace: `{n}`, `{n,}` or `{n,m}` at pos.
func (v *reValidator) isQuantifierBrace() bool {
	_, _, _, ok := v.braceQuantifier(v.pos)
	return ok
}

func (v *reValidator) braceQuantifier(i int) (min, max int64, end int, ok bool) {
	if i >= len(v.src) || v.src[i] != '{' {
		return 0, 0, 0, false
	}
	j := i + 1
	ds := j
	for j < len(v.src) && v.src[j] >= '0' && v.src[j] <= '9' {
		j++
	}
	if j == ds {
		return 0, 0, 0, false
	}
	min = parseDigits(v.src[ds:j])
	max = min
	if j < len(v.src) && v.src[j] == ',' {
		j++
		ms := j
		for j < len(v.src) && v.src[j] >= '0' && v.src[j] <= '9' {
			j++
		}
		if j == ms {
			max = -1
		} else {
			max = parseDigits(v.src[ms:j])
		}
	}
	if j < len(v.src) && v.src[j] == '}' {
		return min, max, j + 1, true
	}
	return 0, 0, 0, false
}

func parseDigits(s string) int64 {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 1 << 62
	}
	return n
}

func (v *reValidator) quantifier(q int) {
	c := v.peek()
	isQ := false
	switch c {
	case '*', '+', '?':
		isQ = true
		v.pos++
	case '{':
		min, max, end, ok := v.braceQuantifier(v.pos)
		if !ok {
			if v.unicode {
				v.fail("Incomplete quantifier")
			}
			return
		}
		if max >= 0 && max < min {
			v.fail("numbers out of order in {} quantifier")
		}
		isQ = true
		v.pos = end
	}
	if !isQ {
		return
	}
	if q == 0 {
		v.fail("Nothing to repeat")
	}
	if q == 2 {
		v.fail("Invalid quantifier")
	}
	if v.peek() == '?' {
		v.pos++
	}
	switch v.peek() {
	case '*', '+', '?':
		v.fail("Nothing to repeat")
	case '{':
		if v.isQuantifierBrace() {
			v.fail("Nothing to repeat")
		}
	}
}

func (v *reValidator) group() int {
	v.pos++ // (
	ret := 1
	name := ""
	var here []altPos
	if v.peek() == '?' {
		v.pos++
		switch v.peek() {
		case ':':
			v.pos++
		case '=', '!':
			v.pos++
			if v.unicode {
				ret = 2
			}
		case '<':
			v.pos++
			if v.peek() == '=' || v.peek() == '!' {
				v.pos++
				ret = 2
			} else {
				name = v.groupName()
				here = append([]altPos(nil), v.path...)
			}
		default:
			v.modifiers()
		}
	}
	v.disjunction()
	if v.peek() != ')' {
		v.fail("Unterminated group")
	}
	v.pos++
	if name != "" {
		// V8 checks names when the group is closed
		for _, other := range v.namePaths[name] {
			if !disjoint(other, here) {
				v.fail("Duplicate capture group name")
			}
		}
		v.namePaths[name] = append(v.namePaths[name], here)
		v.names[name] = true
	}
	return ret
}

// modifiers parses `(?ims-ims:`.
func (v *reValidator) modifiers() {
	seen := map[byte]bool{}
	any := false
	for v.peek() == 'i' || v.peek() == 'm' || v.peek() == 's' {
		if seen[v.peek()] {
			v.fail("Repeated flag in flag group")
		}
		seen[v.peek()] = true
		any = true
		v.pos++
	}
	if v.peek() == '-' {
		v.pos++
		n := 0
		for v.peek() == 'i' || v.peek() == 'm' || v.peek() == 's' {
			if seen[v.peek()] {
				v.fail("Repeated flag in flag group")
			}
			seen[v.peek()] = true
			v.pos++
			n++
		}
		any = any || n > 0
		if !any {
			v.fail("Invalid flag group")
		}
	}
	if !any || v.peek() != ':' {
		v.fail("Invalid group")
	}
	v.pos++
}

func (v *reValidator) groupName() string {
	start := v.pos
	for v.pos < len(v.src) && v.src[v.pos] != '>' {
		r, n := utf8.DecodeRuneInString(v.src[v.pos:])
		if r == '\\' {
			v.pos += n
			continue
		}
		first := v.pos == start
		if (first && !isIDStart(r)) || (!first && !isIDPart(r)) {
			v.fail("Invalid capture group name")
		}
		v.pos += n
	}
	if v.pos >= len(v.src) || v.pos == start {
		v.fail("Invalid capture group name")
	}
	name := v.src[start:v.pos]
	v.pos++
	return name
}

func (v *reValidator) atomEscape() {
	v.pos++ // backslash
	if v.pos >= len(v.src) {
		v.fail("\\ at end of pattern")
	}
	c := v.src[v.pos]
	switch {
	case c == 'k':
		v.pos++
		if v.named {
			if v.peek() != '<' {
				v.fail("Invalid named reference")
			}
			v.pos++
			start := v.pos
			for v.pos < len(v.src) && v.src[v.pos] != '>' {
				v.pos++
			}
			if v.pos >= len(v.src) || v.pos == start {
				v.fail("Invalid named reference")
			}
			v.refs = append(v.refs, v.src[start:v.pos])
			v.pos++
		}
		return
	case c >= '1' && c <= '9':
		start := v.pos
		for v.pos < len(v.src) && v.src[v.pos] >= '0' && v.src[v.pos] <= '9' {
			v.pos++
		}
		if v.unicode && parseDigits(v.src[start:v.pos]) > int64(v.ncapture) {
			v.fail("Invalid escape")
		}
		return
	}
	v.characterEscape(false)
}

// characterEscape parses the escape after `\` (v.pos at the escaped char).
func (v *reValidator) characterEscape(inClass bool) {
	c := v.src[v.pos]
	switch c {
	case 'd', 'D', 's', 'S', 'w', 'W', 'f', 'n', 'r', 't', 'v', '0':
		v.pos++
		if c == '0' && v.unicode && v.peek() >= '0' && v.peek() <= '9' {
			v.fail("Invalid class escape")
		}
		return
	case 'p', 'P':
		v.pos++
		if !v.unicode {
			return
		}
		if v.peek() != '{' {
			v.fail("Invalid property name")
		}
		end := strings.IndexByte(v.src[v.pos:], '}')
		if end < 0 {
			v.fail("Invalid property name")
		}
		name := v.src[v.pos+1 : v.pos+end]
		if name == "" || strings.Trim(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_=") != "" {
			v.fail("Invalid property name")
		}
		v.pos += end + 1
		return
	case 'c':
		v.pos++
		n := v.peek()
		if n >= 'a' && n <= 'z' || n >= 'A' && n <= 'Z' {
			v.pos++
			return
		}
		if inClass && (n >= '0' && n <= '9' || n == '_') && !v.unicode {
			v.pos++
			return
		}
		if v.unicode {
			v.fail("Invalid Unicode escape")
		}
		return
	case 'x':
		v.pos++
		if hexVal(v.peek()) >= 0 && v.pos+1 < len(v.src) && hexVal(v.src[v.pos+1]) >= 0 {
			v.pos += 2
			return
		}
		if v.unicode {
			v.fail("Invalid escape")
		}
		return
	case 'u':
		v.pos++
		if v.unicode && v.peek() == '{' {
			end := strings.IndexByte(v.src[v.pos:], '}')
			if end < 2 {
				v.fail("Invalid Unicode escape")
			}
			val, err := strconv.ParseUint(v.src[v.pos+1:v.pos+end], 16, 32)
			if err != nil || val > 0x10FFFF {
				v.fail("Invalid Unicode escape")
			}
			v.pos += end + 1
			return
		}
		for i := 0; i < 4; i++ {
			if v.pos+i >= len(v.src) || hexVal(v.src[v.pos+i]) < 0 {
				if v.unicode {
					v.fail("Invalid Unicode escape")
				}
				return
			}
		}
		v.pos += 4
		return
	}
	if v.unicode {
		// only syntax characters and / may be identity-escaped
		if strings.IndexByte("^$\\.*+?()[]{}|/", c) >= 0 || (inClass && c == '-') {
			v.pos++
			return
		}
		if c >= '1' && c <= '9' && inClass {
			v.fail("Invalid class escape")
		}
		v.fail("Invalid escape")
	}
	_, n := utf8.DecodeRuneInString(v.src[v.pos:])
	v.pos += n
}

// class parses a character class `[...]` (v-mode nesting is skipped leniently).
func (v *reValidator) class() {
	v.pos++ // [
	if v.peek() == '^' {
		v.pos++
	}
	depth := 1
	prev := rune(-1) // last single character (for range checks), -2 for a class escape
	for v.pos < len(v.src) {
		c := v.src[v.pos]
		if v.vmode {
			switch c {
			case '[':
				depth++
				v.pos++
				continue
			case ']':
				depth--
				v.pos++
				if depth == 0 {
					return
				}
				continue
			case '\\':
				v.pos++
				if v.pos >= len(v.src) {
					v.fail("\\ at end of pattern")
				}
				v.pos++
				continue
			}
			v.pos++
			continue
		}
		if c == ']' {
			v.pos++
			return
		}
		cur := v.classAtom()
		if v.peek() == '-' && v.pos+1 < len(v.src) && v.src[v.pos+1] != ']' {
			v.pos++
			hi := v.classAtom()
			if cur == -2 || hi == -2 {
				if v.unicode {
					v.fail("Invalid character class")
				}
				continue
			}
			if hi < cur {
				v.fail("Range out of order in character class")
			}
		}
		prev = cur
	}
	_ = prev
	v.fail("Unterminated character class")
}

// classAtom returns the code point of a class atom, or -2 for a class escape like \d.
func (v *reValidator) classAtom() rune {
	c := v.src[v.pos]
	if c != '\\' {
		r, n := utf8.DecodeRuneInString(v.src[v.pos:])
		v.pos += n
		return r
	}
	v.pos++
	if v.pos >= len(v.src) {
		v.fail("\\ at end of pattern")
	}
	e := v.src[v.pos]
	switch e {
	case 'd', 'D', 's', 'S', 'w', 'W':
		v.pos++
		return -2
	case 'p', 'P':
		v.characterEscape(true)
		if v.unicode {
			return -2
		}
		return rune(e)
	case 'b':
		v.pos++
		return 8
	case '-':
		v.pos++
		return '-'
	case 'n':
		v.pos++
		return '\n'
	case 't':
		v.pos++
		return '\t'
	case 'r':
		v.pos++
		return '\r'
	case 'f':
		v.pos++
		return '\f'
	case 'v':
		v.pos++
		return '\v'
	case 'x':
		if v.pos+2 < len(v.src) && hexVal(v.src[v.pos+1]) >= 0 && hexVal(v.src[v.pos+2]) >= 0 {
			r := rune(hexVal(v.src[v.pos+1])*16 + hexVal(v.src[v.pos+2]))
			v.pos += 3
			return r
		}
	case 'u':
		if v.pos+4 < len(v.src) {
			if n, err := strconv.ParseUint(v.src[v.pos+1:v.pos+5], 16, 32); err == nil {
				v.pos += 5
				return rune(n)
			}
		}
	}
	if e >= '0' && e <= '9' && !v.unicode {
		// legacy octal / identity escape in a class
		start := v.pos
		for v.pos < len(v.src) && v.pos-start < 3 && v.src[v.pos] >= '0' && v.src[v.pos] <= '7' {
			v.pos++
		}
		if v.pos == start {
			v.pos++
			return rune(e)
		}
		n, _ := strconv.ParseUint(v.src[start:v.pos], 8, 32)
		return rune(n)
	}
	start := v.pos
	v.characterEscape(true)
	r, _ := utf8.DecodeRuneInString(v.src[start:])
	return r
}
