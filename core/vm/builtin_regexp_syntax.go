package vm

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
)

// The RegExp pattern translator. regexp2's ECMAScript mode implements the matching semantics;
// this pass validates the pattern the way V8 does (so errors carry V8's texts) and rewrites the
// few constructs regexp2 reads differently:
//
//   - Without the u flag a JS pattern and its input are sequences of UTF-16 code units. The
//     matcher is fed code units as runes, so the pattern is read as code units too, and lone
//     surrogates are written as \uXXXX escapes (a Go string cannot hold them).
//   - Annex B leftovers without u: octal escapes, \8 \9, identity escapes (\a is "a", not BEL),
//     lone ] { } and a \c that is not a control escape all become explicit literals.
//   - Named groups become plain groups (regexp2 would number them after the unnamed ones) and
//     \k<name> a numbered backreference, so group numbers always follow the pattern order.

type regexpSyntaxError string

// regexpProgram is a translated pattern.
type regexpProgram struct {
	pattern    string   // regexp2 syntax
	groupNames []string // per capture group 1..n ("" when unnamed); len = number of groups
	hasNames   bool
}

type regexpTranslator struct {
	src     []rune // code units (non-u) or code points (u)
	pos     int
	unicode bool
	out     strings.Builder
	ngroups int
	names   []string // by group number - 1
	// nameSet is filled by the pre-pass so \k<name> may refer forward.
	nameSet  map[string]int
	hasNames bool
	active   map[string]bool // group names visible in the current alternative
	sets     bool            // the v flag: classes are set expressions (builtin_regexp_sets.go)
}

// translateRegExp validates and translates a pattern; the error is V8's message suffix
// ("Unterminated group", …).
func translateRegExp(pattern *String, unicodeMode, unicodeSets bool) (prog regexpProgram, err regexpSyntaxError) {
	t := &regexpTranslator{unicode: unicodeMode, sets: unicodeSets}
	if unicodeMode {
		u := pattern.UTF16()
		for i := 0; i < len(u); i++ {
			c := rune(u[i])
			if utf16.IsSurrogate(c) && c < 0xDC00 && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF {
				c = utf16.DecodeRune(c, rune(u[i+1]))
				i++
			}
			t.src = append(t.src, c)
		}
	} else {
		for _, c := range pattern.UTF16() {
			t.src = append(t.src, rune(c))
		}
	}
	defer func() {
		if e := recover(); e != nil {
			se, ok := e.(regexpSyntaxError)
			if !ok {
				panic(e)
			}
			err = se
		}
	}()
	t.prescan()
	t.disjunction()
	if t.pos < len(t.src) {
		// Only an unmatched ')' stops the top-level disjunction early.
		t.fail("Unmatched ')'")
	}
	return regexpProgram{pattern: t.out.String(), groupNames: t.names, hasNames: t.hasNames}, ""
}

func (t *regexpTranslator) fail(msg string) { panic(regexpSyntaxError(msg)) }

func (t *regexpTranslator) more() bool { return t.pos < len(t.src) }

func (t *regexpTranslator) peek(off int) rune {
	if t.pos+off < len(t.src) {
		return t.src[t.pos+off]
	}
	return -1
}

func (t *regexpTranslator) lookingAt(s string) bool {
	for i, c := range []rune(s) {
		if t.peek(i) != c {
			return false
		}
	}
	return true
}

// prescan counts capture groups and collects group names, for backreferences that precede
// their group and for Annex B's "is \N a backreference or an octal escape" decision.
func (t *regexpTranslator) prescan() {
	t.nameSet = map[string]int{}
	inClass := false
	n := 0
	for i := 0; i < len(t.src); i++ {
		switch c := t.src[i]; {
		case c == '\\':
			i++
		case inClass:
			if c == ']' {
				inClass = false
			}
		case c == '[':
			inClass = true
		case c == '(':
			if i+1 < len(t.src) && t.src[i+1] == '?' {
				if i+2 < len(t.src) && t.src[i+2] == '<' && i+3 < len(t.src) && t.src[i+3] != '=' && t.src[i+3] != '!' {
					n++
					t.hasNames = true
					j := i + 3
					for j < len(t.src) && t.src[j] != '>' {
						j++
					}
					name := string(t.src[i+3 : min(j, len(t.src))])
					if _, dup := t.nameSet[name]; !dup {
						t.nameSet[name] = n
					}
				}
				continue
			}
			n++
		}
	}
	t.ngroups = n
}

// disjunction reads alternatives. A group name may repeat only in different alternatives
// (ES2025 duplicate named groups), so each alternative starts from the names visible before
// the disjunction, and all of them are visible after it.
func (t *regexpTranslator) disjunction() {
	before := make(map[string]bool, len(t.active))
	for n := range t.active {
		before[n] = true
	}
	var added []string
	for {
		t.active = make(map[string]bool, len(before))
		for n := range before {
			t.active[n] = true
		}
		t.alternative()
		for n := range t.active {
			if !before[n] {
				added = append(added, n)
			}
		}
		if t.peek(0) != '|' {
			break
		}
		t.pos++
		t.out.WriteByte('|')
	}
	for _, n := range added {
		t.active[n] = true
	}
}

func (t *regexpTranslator) alternative() {
	for t.more() {
		c := t.peek(0)
		if c == '|' || c == ')' {
			return
		}
		t.term()
	}
}

// term reads one assertion or atom with its quantifier.
func (t *regexpTranslator) term() {
	c := t.peek(0)
	quantifiable := true
	switch c {
	case '^', '$':
		t.pos++
		t.out.WriteRune(c)
		quantifiable = false
	case '\\':
		if t.peek(1) == 'b' || t.peek(1) == 'B' {
			t.out.WriteString(string([]rune{'\\', t.peek(1)}))
			t.pos += 2
			quantifiable = false
		} else {
			t.pos++
			t.atomEscape()
		}
	case '(':
		quantifiable = t.group()
	case '.':
		t.pos++
		t.out.WriteByte('.')
	case '[':
		if t.sets {
			t.out.WriteString(t.classSet())
		} else {
			t.class()
		}
	case '*', '+', '?':
		t.fail("Nothing to repeat")
	case '{':
		if t.unicode {
			if _, _, ok := t.scanBraceQuantifier(); ok {
				t.fail("Nothing to repeat")
			}
			t.fail("Lone quantifier brackets")
		}
		if _, _, ok := t.scanBraceQuantifier(); ok {
			t.fail("Nothing to repeat")
		}
		t.pos++
		t.out.WriteString(`\{`)
	case '}', ']':
		if t.unicode {
			t.fail("Lone quantifier brackets")
		}
		t.pos++
		t.out.WriteString(`\` + string(c))
	default:
		t.pos++
		t.literal(c)
	}
	t.quantifier(quantifiable)
}

// quantifier copies a quantifier following an atom; after an assertion it is an error.
func (t *regexpTranslator) quantifier(quantifiable bool) {
	var q string
	switch c := t.peek(0); c {
	case '*', '+', '?':
		t.pos++
		q = string(c)
	case '{':
		lo, hi, ok := t.scanBraceQuantifier()
		if !ok {
			if t.unicode {
				t.fail("Incomplete quantifier")
			}
			return
		}
		if hi >= 0 && hi < lo {
			t.fail("numbers out of order in {} quantifier")
		}
		q = t.takeBrace()
	default:
		return
	}
	if !quantifiable {
		t.fail("Invalid quantifier")
	}
	if t.peek(0) == '?' {
		t.pos++
		q += "?"
	}
	t.out.WriteString(q)
	if c := t.peek(0); c == '*' || c == '+' || c == '?' {
		t.fail("Nothing to repeat")
	}
	if t.peek(0) == '{' {
		if _, _, ok := t.scanBraceQuantifier(); ok {
			t.fail("Nothing to repeat")
		}
	}
}

// scanBraceQuantifier parses {n}, {n,} or {n,m} at pos without consuming it (hi = -1: unbounded).
func (t *regexpTranslator) scanBraceQuantifier() (lo, hi int, ok bool) {
	i := t.pos + 1
	digits := func() (int, bool) {
		start := i
		v := 0
		for i < len(t.src) && t.src[i] >= '0' && t.src[i] <= '9' {
			if v < 1<<30 {
				v = v*10 + int(t.src[i]-'0')
			}
			i++
		}
		return v, i > start
	}
	lo, ok = digits()
	if !ok {
		return 0, 0, false
	}
	hi = lo
	if i < len(t.src) && t.src[i] == ',' {
		i++
		var has bool
		hi, has = digits()
		if !has {
			hi = -1
		}
	}
	if i >= len(t.src) || t.src[i] != '}' {
		return 0, 0, false
	}
	return lo, hi, true
}

func (t *regexpTranslator) takeBrace() string {
	start := t.pos
	for t.src[t.pos] != '}' {
		t.pos++
	}
	t.pos++
	return string(t.src[start:t.pos])
}

// group reads a parenthesised group; it reports whether a quantifier may follow.
func (t *regexpTranslator) group() bool {
	t.pos++ // (
	quantifiable := true
	switch {
	case t.lookingAt("?:"):
		t.pos += 2
		t.out.WriteString("(?:")
	case t.lookingAt("?="), t.lookingAt("?!"):
		t.out.WriteString("(" + string(t.src[t.pos:t.pos+2]))
		t.pos += 2
		quantifiable = !t.unicode
	case t.lookingAt("?<="), t.lookingAt("?<!"):
		t.out.WriteString("(" + string(t.src[t.pos:t.pos+3]))
		t.pos += 3
		quantifiable = false
	case t.lookingAt("?<"):
		t.pos += 2
		name := t.groupName()
		if t.active[name] {
			t.fail("Duplicate capture group name")
		}
		t.active[name] = true
		t.names = append(t.names, name)
		t.out.WriteByte('(')
	case t.peek(0) == '?':
		t.pos++
		t.modifiers()
	default:
		t.names = append(t.names, "")
		t.out.WriteByte('(')
	}
	t.disjunction()
	if t.peek(0) != ')' {
		t.fail("Unterminated group")
	}
	t.pos++
	t.out.WriteByte(')')
	return quantifiable
}

// modifiers reads (?ims-ims: … ).
func (t *regexpTranslator) modifiers() {
	start := t.pos
	seen := map[rune]bool{}
	for t.more() && t.peek(0) != ':' {
		c := t.peek(0)
		if c != '-' && c != 'i' && c != 'm' && c != 's' || seen[c] {
			t.fail("Invalid group")
		}
		seen[c] = true
		t.pos++
	}
	if !t.more() {
		t.fail("Invalid group")
	}
	t.pos++
	t.out.WriteString("(?" + string(t.src[start:t.pos]))
}

// groupName reads a capture group name up to '>'.
func (t *regexpTranslator) groupName() string {
	var name []rune
	for {
		if !t.more() {
			t.fail("Invalid capture group name")
		}
		c := t.peek(0)
		t.pos++
		if c == '>' {
			break
		}
		if c == '\\' && t.peek(0) == 'u' {
			t.pos++
			cp, ok := t.unicodeEscape(true)
			if !ok {
				t.fail("Invalid Unicode escape sequence")
			}
			c = cp
		} else if utf16.IsSurrogate(c) && c < 0xDC00 && t.more() && t.peek(0) >= 0xDC00 && t.peek(0) <= 0xDFFF {
			c = utf16.DecodeRune(c, t.peek(0))
			t.pos++
		}
		name = append(name, c)
	}
	if len(name) == 0 || !isIDStartRune(name[0]) {
		t.fail("Invalid capture group name")
	}
	for _, c := range name[1:] {
		if !isIDPartRune(c) {
			t.fail("Invalid capture group name")
		}
	}
	return string(name)
}

func isIDStartRune(c rune) bool {
	return c == '$' || c == '_' || unicode.IsLetter(c) || unicode.Is(unicode.Nl, c) || unicode.Is(unicode.Other_ID_Start, c)
}

func isIDPartRune(c rune) bool {
	return isIDStartRune(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c) || unicode.Is(unicode.Mc, c) ||
		unicode.Is(unicode.Pc, c) || c == 0x200C || c == 0x200D
}

// atomEscape reads what follows a backslash outside a class.
func (t *regexpTranslator) atomEscape() {
	if !t.more() {
		t.fail("\\ at end of pattern")
	}
	c := t.peek(0)
	switch {
	case c >= '1' && c <= '9':
		t.backreference()
		return
	case c == 'k':
		if t.unicode || t.hasNames {
			t.pos++
			if t.peek(0) != '<' {
				t.fail("Invalid named reference")
			}
			t.pos++
			name := t.groupName()
			n, ok := t.nameSet[name]
			if !ok {
				t.fail("Invalid named capture referenced")
			}
			t.out.WriteString("(?:\\" + strconv.Itoa(n) + ")")
			return
		}
	}
	if cls, ok := t.classEscape(); ok {
		t.out.WriteString(cls)
		return
	}
	cp := t.characterEscape(false)
	t.literal(cp)
}

// backreference reads \N: a backreference when group N exists, else (without u) a legacy
// octal or identity escape.
func (t *regexpTranslator) backreference() {
	start := t.pos
	n := 0
	for t.more() && t.peek(0) >= '0' && t.peek(0) <= '9' {
		if n < 1<<20 {
			n = n*10 + int(t.peek(0)-'0')
		}
		t.pos++
	}
	if n <= t.ngroups {
		t.out.WriteString("(?:\\" + strconv.Itoa(n) + ")")
		return
	}
	if t.unicode {
		t.fail("Invalid escape")
	}
	t.pos = start
	t.literal(t.legacyOctal())
}

// legacyOctal reads Annex B's LegacyOctalEscapeSequence (or \8, \9 as identity escapes).
func (t *regexpTranslator) legacyOctal() rune {
	c := t.peek(0)
	t.pos++
	if c == '8' || c == '9' {
		return c
	}
	v := c - '0'
	maxDigits := 2
	if c > '3' {
		maxDigits = 1
	}
	for i := 0; i < maxDigits && t.peek(0) >= '0' && t.peek(0) <= '7'; i++ {
		v = v*8 + t.peek(0) - '0'
		t.pos++
	}
	return v
}

// classEscape reads \d \D \s \S \w \W and (with u) \p{…} \P{…}, returned in regexp2 syntax.
func (t *regexpTranslator) classEscape() (string, bool) {
	c := t.peek(0)
	switch c {
	case 'd', 'D', 's', 'S', 'w', 'W':
		t.pos++
		return `\` + string(c), true
	case 'p', 'P':
		if !t.unicode {
			return "", false
		}
		start := t.pos
		t.pos++
		if t.peek(0) != '{' {
			t.fail("Invalid property name")
		}
		for t.more() && t.peek(0) != '}' {
			t.pos++
		}
		if !t.more() {
			t.fail("Invalid property name")
		}
		t.pos++
		return `\` + string(t.src[start:t.pos]), true
	}
	return "", false
}

// characterEscape reads a CharacterEscape (after the backslash) and returns its code point.
func (t *regexpTranslator) characterEscape(inClass bool) rune {
	c := t.peek(0)
	t.pos++
	switch c {
	case 'f':
		return '\f'
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 't':
		return '\t'
	case 'v':
		return '\v'
	case 'c':
		if l := t.peek(0); l >= 'a' && l <= 'z' || l >= 'A' && l <= 'Z' || inClass && !t.unicode && (l >= '0' && l <= '9' || l == '_') {
			t.pos++
			return l % 32
		}
		if t.unicode {
			t.fail("Invalid Unicode escape")
		}
		t.pos-- // "\c" is a literal backslash followed by c
		return '\\'
	case '0':
		if d := t.peek(0); d < '0' || d > '9' {
			return 0
		}
		if t.unicode {
			t.fail("Invalid decimal escape")
		}
		t.pos--
		return t.legacyOctal()
	case 'x':
		if h, ok := t.hexDigits(2); ok {
			return h
		}
		if t.unicode {
			t.fail("Invalid escape")
		}
		return 'x'
	case 'u':
		if cp, ok := t.unicodeEscape(t.unicode); ok {
			return cp
		}
		if t.unicode {
			t.fail("Invalid Unicode escape")
		}
		return 'u'
	}
	if c >= '1' && c <= '9' && !t.unicode {
		t.pos--
		return t.legacyOctal()
	}
	if t.unicode {
		if strings.ContainsRune("^$\\.*+?()[]{}|/", c) || inClass && c == '-' {
			return c
		}
		if c == 'k' {
			t.fail("Invalid named reference")
		}
		if inClass {
			t.fail("Invalid class escape")
		}
		t.fail("Invalid escape")
	}
	if c == 'k' && t.hasNames {
		t.fail("Invalid named reference")
	}
	// Annex B identity escape: any other character stands for itself.
	if utf16.IsSurrogate(c) && c < 0xDC00 && t.more() && t.peek(0) >= 0xDC00 && t.peek(0) <= 0xDFFF && t.unicode {
		d := t.peek(0)
		t.pos++
		return utf16.DecodeRune(c, d)
	}
	return c
}

func (t *regexpTranslator) hexDigits(n int) (rune, bool) {
	var v rune
	for i := 0; i < n; i++ {
		d := hexVal(t.peek(i))
		if d < 0 {
			return 0, false
		}
		v = v*16 + d
	}
	t.pos += n
	return v, true
}

func hexVal(c rune) rune {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10
	}
	return -1
}

// unicodeEscape reads XXXX or (with braces allowed) {X…} after \u; with u a surrogate pair
// written as two escapes is one code point.
func (t *regexpTranslator) unicodeEscape(braces bool) (rune, bool) {
	if braces && t.peek(0) == '{' {
		i := t.pos + 1
		var v rune
		for i < len(t.src) && hexVal(t.src[i]) >= 0 {
			v = v*16 + hexVal(t.src[i])
			if v > 0x10FFFF {
				return 0, false
			}
			i++
		}
		if i == t.pos+1 || i >= len(t.src) || t.src[i] != '}' {
			return 0, false
		}
		t.pos = i + 1
		return v, true
	}
	v, ok := t.hexDigits(4)
	if !ok {
		return 0, false
	}
	if braces && v >= 0xD800 && v <= 0xDBFF && t.lookingAt(`\u`) {
		save := t.pos
		t.pos += 2
		if lo, ok := t.hexDigits(4); ok && lo >= 0xDC00 && lo <= 0xDFFF {
			return utf16.DecodeRune(v, lo), true
		}
		t.pos = save
	}
	return v, true
}

// literal writes one character so that regexp2 reads it as itself.
func (t *regexpTranslator) literal(c rune) {
	t.out.WriteString(regexpLiteral(c))
}

func regexpLiteral(c rune) string {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_', c == ' ':
		return string(c)
	case c < 0x80:
		if strings.ContainsRune(`\^$.*+?()[]{}|/-#&~!"%',:;<=>@`+"`", c) {
			return `\` + string(c)
		}
		return fmt.Sprintf(`\u%04X`, c)
	case c >= 0xD800 && c <= 0xDFFF:
		return fmt.Sprintf(`\u%04X`, c)
	case c > 0xFFFF:
		return string(c)
	}
	return string(c)
}

// class reads a character class [...] and writes it for regexp2.
func (t *regexpTranslator) class() {
	t.pos++ // [
	negated := t.peek(0) == '^'
	if negated {
		t.pos++
	}
	var body strings.Builder
	empty := true
	for {
		if !t.more() {
			t.fail("Unterminated character class")
		}
		if t.peek(0) == ']' {
			t.pos++
			break
		}
		empty = false
		lo, loClass := t.classAtom()
		if t.peek(0) == '-' && t.peek(1) != ']' && t.peek(1) != -1 {
			t.pos++
			hi, hiClass := t.classAtom()
			if loClass != "" || hiClass != "" {
				if t.unicode {
					t.fail("Invalid character class")
				}
				// Annex B: a class escape at a range end makes '-' a literal.
				body.WriteString(classPart(lo, loClass) + `\-` + classPart(hi, hiClass))
				continue
			}
			if hi < lo {
				t.fail("Range out of order in character class")
			}
			body.WriteString(regexpClassLiteral(lo) + "-" + regexpClassLiteral(hi))
			continue
		}
		body.WriteString(classPart(lo, loClass))
	}
	switch {
	case empty && negated:
		t.out.WriteString(`[\s\S]`)
	case empty:
		t.out.WriteString(`(?!)`)
	case negated:
		t.out.WriteString("[^" + body.String() + "]")
	default:
		t.out.WriteString("[" + body.String() + "]")
	}
}

func classPart(c rune, cls string) string {
	if cls != "" {
		return cls
	}
	return regexpClassLiteral(c)
}

func regexpClassLiteral(c rune) string {
	if c == '-' {
		return `\-`
	}
	return regexpLiteral(c)
}

// classAtom reads one class member: a character (returned as a code point) or a class escape.
func (t *regexpTranslator) classAtom() (rune, string) {
	c := t.peek(0)
	t.pos++
	if c != '\\' {
		return c, ""
	}
	if !t.more() {
		t.fail("\\ at end of pattern")
	}
	if cls, ok := t.classEscape(); ok {
		return 0, cls
	}
	switch d := t.peek(0); {
	case d == 'b':
		t.pos++
		return '\b', ""
	case d == '-' && t.unicode:
		t.pos++
		return '-', ""
	case d >= '0' && d <= '9' && !t.unicode:
		return t.legacyOctal(), ""
	}
	return t.characterEscape(true), ""
}
