package vm

import (
	"sort"
	"strings"
)

// Character classes under the v flag (ES2024 unicodeSets): nested classes, \q{strings},
// intersection (&&) and subtraction (--). regexp2 has none of these, so a class becomes an
// equivalent regexp2 fragment that matches one element: a union is an alternation (strings
// longest first, single characters merged into one [...]), A&&B is (?=A)B, A--B is (?!B)A and
// a negated class is (?!X)[\s\S].

// classSetReservedDouble are the doubled punctuators the v flag reserves inside classes.
const classSetReservedDouble = "&!#$%*+,.:;<=>?@^`~"

func (t *regexpTranslator) classSet() string {
	t.pos++ // [
	negated := t.peek(0) == '^'
	if negated {
		t.pos++
	}
	frag := t.classSetContents()
	if negated {
		return `(?:(?!` + frag + `)[\s\S])`
	}
	return frag
}

// classSetContents reads up to and including the closing ']'.
func (t *regexpTranslator) classSetContents() string {
	if t.peek(0) == ']' {
		t.pos++
		return `(?!)`
	}
	first, firstKind := t.classSetOperand(true)
	firstSimple := firstKind != operandNested
	if firstKind == operandRange && (t.lookingAt("&&") || t.lookingAt("--")) {
		t.fail("Invalid set operation in character class")
	}
	switch {
	case t.lookingAt("&&"):
		return t.classSetChain(first, "&&")
	case t.lookingAt("--"):
		return t.classSetChain(first, "--")
	}
	// A union: single characters and ranges gather into one [...]; the rest are alternatives.
	var chars strings.Builder
	var alts []string
	add := func(frag string, simple bool) {
		if simple {
			chars.WriteString(frag)
		} else {
			alts = append(alts, frag)
		}
	}
	add(first, firstSimple)
	for {
		if !t.more() {
			t.fail("Unterminated character class")
		}
		if t.peek(0) == ']' {
			t.pos++
			break
		}
		if t.lookingAt("&&") || t.lookingAt("--") {
			t.fail("Invalid set operation in character class")
		}
		frag, kind := t.classSetOperand(true)
		add(frag, kind != operandNested)
	}
	if chars.Len() > 0 {
		alts = append(alts, "["+chars.String()+"]")
	}
	if len(alts) == 1 {
		return alts[0]
	}
	return "(?:" + strings.Join(alts, "|") + ")"
}

// classSetChain reads A op B op C … ] for one operator.
func (t *regexpTranslator) classSetChain(first, op string) string {
	operands := []string{t.wrapSimple(first)}
	for t.lookingAt(op) {
		t.pos += 2
		if op == "&&" && t.peek(0) == '&' {
			t.fail("Invalid character in character class")
		}
		frag, kind := t.classSetOperand(false)
		if kind != operandNested {
			frag = "[" + frag + "]"
		}
		operands = append(operands, frag)
	}
	if t.peek(0) != ']' {
		if !t.more() {
			t.fail("Unterminated character class")
		}
		t.fail("Invalid set operation in character class")
	}
	t.pos++
	out := operands[0]
	for _, o := range operands[1:] {
		if op == "&&" {
			out = "(?:(?=" + out + ")" + o + ")"
		} else {
			out = "(?:(?!" + o + ")" + out + ")"
		}
	}
	return out
}

func (t *regexpTranslator) wrapSimple(frag string) string {
	if strings.HasPrefix(frag, "(") || strings.HasPrefix(frag, "[") && strings.HasSuffix(frag, "]") && !strings.HasPrefix(frag, `[\`) {
		return frag
	}
	return "[" + frag + "]"
}

type operandKind uint8

const (
	operandNested operandKind = iota // a nested class or \q{…}: a complete fragment
	operandChar                      // a character or class escape: a body for [...]
	operandRange                     // a range a-b: a body for [...]
)

// classSetOperand reads a nested class, \q{…}, a class escape, a character or (when ranges are
// allowed) a range.
func (t *regexpTranslator) classSetOperand(allowRange bool) (string, operandKind) {
	switch {
	case t.peek(0) == '[':
		return t.classSet(), operandNested
	case t.lookingAt(`\q{`):
		t.pos += 3
		return t.classStrings(), operandNested
	case t.peek(0) == '\\':
		if t.peek(1) == -1 {
			t.fail("\\ at end of pattern")
		}
		t.pos++
		if cls, ok := t.classEscape(); ok {
			return cls, operandChar
		}
		t.pos--
	}
	lo := t.classSetCharacter()
	if allowRange && t.peek(0) == '-' && t.peek(1) != '-' {
		t.pos++
		hi := t.classSetCharacter()
		if hi < lo {
			t.fail("Range out of order in character class")
		}
		return regexpClassLiteral(lo) + "-" + regexpClassLiteral(hi), operandRange
	}
	return regexpClassLiteral(lo), operandChar
}

// classSetCharacter reads one ClassSetCharacter.
func (t *regexpTranslator) classSetCharacter() rune {
	c := t.peek(0)
	if c == -1 {
		t.fail("Unterminated character class")
	}
	if c == '\\' {
		t.pos++
		switch d := t.peek(0); {
		case d == 'b':
			t.pos++
			return '\b'
		case d != -1 && strings.ContainsRune("&-!#%,:;<=>@`~", d):
			t.pos++
			return d
		}
		return t.characterEscape(true)
	}
	if strings.ContainsRune("()[]{}/-|", c) {
		t.fail("Invalid character in character class")
	}
	if strings.ContainsRune(classSetReservedDouble, c) && t.peek(1) == c {
		t.fail("Invalid character in character class")
	}
	t.pos++
	return c
}

// classStrings reads the inside of \q{a|bc|…} and returns an alternation, longest string first.
func (t *regexpTranslator) classStrings() string {
	var strs []string
	var cur strings.Builder
	n := 0
	for {
		c := t.peek(0)
		switch c {
		case -1:
			t.fail("Invalid escape")
		case '}', '|':
			t.pos++
			strs = append(strs, cur.String()+"\x00"+string(rune('0'+min(n, 9))))
			cur.Reset()
			n = 0
			if c == '}' {
				sort.SliceStable(strs, func(i, j int) bool { return strs[i][len(strs[i])-1] > strs[j][len(strs[j])-1] })
				for i, s := range strs {
					strs[i] = s[:len(s)-2]
				}
				return "(?:" + strings.Join(strs, "|") + ")"
			}
			continue
		}
		cur.WriteString(regexpLiteral(t.classSetCharacter()))
		n++
	}
}
