package parser

import (
	"math"
	"testing"
)

func scanAll(src string) []*scanner {
	var out []*scanner
	s := newScanner([]byte(src), 0)
	for {
		s.next()
		c := *s
		out = append(out, &c)
		if s.tok == tEOF || s.tok == tIllegal {
			return out
		}
	}
}

func TestScannerTokens(t *testing.T) {
	cases := []struct {
		src  string
		toks []token
	}{
		{"a+=b", []token{tIdentifier, tAssignAdd, tIdentifier, tEOF}},
		{"a ?. b ?? c ??= d", []token{tIdentifier, tOptChain, tIdentifier, tNullish, tIdentifier, tAssignNullish, tIdentifier, tEOF}},
		{"x ? .5 : 1", []token{tIdentifier, tQuestion, tNumber, tColon, tNumber, tEOF}},
		{"a >>>= b >> c >>> d", []token{tIdentifier, tAssignShr, tIdentifier, tSar, tIdentifier, tShr, tIdentifier, tEOF}},
		{"a **= b ** c", []token{tIdentifier, tAssignExp, tIdentifier, tExp, tIdentifier, tEOF}},
		{"a &&= b ||= c", []token{tIdentifier, tAssignAnd, tIdentifier, tAssignOr, tIdentifier, tEOF}},
		{"... => #x", []token{tEllipsis, tArrow, tPrivateName, tEOF}},
		{"if (x) return", []token{tIf, tLParen, tIdentifier, tRParen, tReturn, tEOF}},
		{"/* c */ // d\n x <!-- e\n--> f\n y", []token{tIdentifier, tIdentifier, tEOF}},
		{"`a${", []token{tTemplate, tEOF}},
		{"1n 0x1Fn", []token{tBigInt, tBigInt, tEOF}},
	}
	for _, c := range cases {
		toks := scanAll(c.src)
		if len(toks) != len(c.toks) {
			t.Errorf("%q: %d tokens, want %d", c.src, len(toks), len(c.toks))
			continue
		}
		for i, tk := range toks {
			if tk.tok != c.toks[i] {
				t.Errorf("%q: token %d = %v, want %v", c.src, i, tk.tok, c.toks[i])
			}
		}
	}
}

func TestScannerNumbers(t *testing.T) {
	cases := map[string]float64{
		"0": 0, "42": 42, "1_000": 1000, "0x_1": math.NaN(), "0xff": 255, "0XFF": 255, "0o17": 15, "0b101": 5,
		"017": 15, "019": 19, "09.5": 9.5, ".5": 0.5, "5.": 5, "1e3": 1000, "1E-2": 0.01, "1_0.5_0e1_0": 10.5e10,
		"0x1fffffffffffff": 9007199254740991, "0x20000000000001": 9007199254740992,
		"1e400": math.Inf(1),
	}
	for src, want := range cases {
		toks := scanAll(src)
		tk := toks[0]
		if math.IsNaN(want) {
			if tk.tok != tIllegal {
				t.Errorf("%q: want illegal, got %v", src, tk.tok)
			}
			continue
		}
		if tk.tok != tNumber || tk.num != want || tk.end != len(src) {
			t.Errorf("%q: got %v %v end %d, want %v", src, tk.tok, tk.num, tk.end, want)
		}
	}
	if tk := scanAll("0x1Fn")[0]; tk.tok != tBigInt || tk.lit != "31" {
		t.Errorf("bigint: %v %q", tk.tok, tk.lit)
	}
	if tk := scanAll("017")[0]; tk.octalMsg != msgStrictOctal {
		t.Errorf("legacy octal not flagged")
	}
	if tk := scanAll("08")[0]; tk.octalMsg != msgStrictLeading {
		t.Errorf("leading zero not flagged")
	}
}

func TestScannerStrings(t *testing.T) {
	cases := map[string]string{
		`"abc"`:              "abc",
		`'a\nb'`:             "a\nb",
		`"\x41\u0042\u{43}"`: "ABC",
		`"\101"`:             "A",
		`"\0"`:               "\x00",
		`"\uD83D\uDE00"`:     "😀",
		`"\uD800"`:           "\xed\xa0\x80", // lone surrogate as WTF-8
		"'a\\\nb'":           "ab",           // line continuation
		"'a\u2028b'":         "a\u2028b",
		`'\q'`:               "q",
		"'é'":                "é",
	}
	for src, want := range cases {
		tk := scanAll(src)[0]
		if tk.tok != tString || tk.lit != want {
			t.Errorf("%s: got %v %q, want %q", src, tk.tok, tk.lit, want)
		}
	}
}

func TestScannerIdentifiers(t *testing.T) {
	cases := map[string]string{"abc": "abc", "$_1": "$_1", `\u0061b`: "ab", `a\u{62}`: "ab", "ünï": "ünï", "𝑥": "𝑥", "a\u200d": "a\u200d"}
	for src, want := range cases {
		tk := scanAll(src)[0]
		if tk.tok != tIdentifier || tk.lit != want || tk.end != len(src) {
			t.Errorf("%q: got %v %q", src, tk.tok, tk.lit)
		}
	}
	if tk := scanAll(`\u0069f`)[0]; tk.tok != tIdentifier || !tk.escaped || tk.lit != "if" {
		t.Errorf("escaped keyword must scan as an escaped identifier: %v %v", tk.tok, tk.escaped)
	}
}

func TestScannerTemplateAndRegExp(t *testing.T) {
	s := newScanner([]byte("`a\\x41\r\nb${"), 0)
	s.next()
	if s.tok != tTemplate || s.tail || s.lit != "aA\nb" || s.raw != "a\\x41\nb" {
		t.Errorf("template chunk: %v tail=%v cooked=%q raw=%q", s.tok, s.tail, s.lit, s.raw)
	}
	s = newScanner([]byte("`\\unicode`"), 0)
	s.next()
	if s.tok != tTemplate || s.cooked || s.raw != "\\unicode" {
		t.Errorf("invalid escape in template must leave cooked undefined: cooked=%v raw=%q", s.cooked, s.raw)
	}
	s = newScanner([]byte("/[/]\\//gi;"), 0)
	s.next()
	s.rescanRegExp()
	if s.tok != tRegExp || s.lit != "[/]\\/" || s.raw != "gi" || s.end != 9 {
		t.Errorf("regexp: %v %q %q %d", s.tok, s.lit, s.raw, s.end)
	}
}

func TestLineColumn(t *testing.T) {
	src := []byte("ab\ncd\r\nef\u2028g😀h\rij")
	cases := []struct{ off, line, col int }{
		{0, 1, 0}, {2, 1, 2}, {3, 2, 0}, {7, 3, 0}, {9, 3, 2}, {12, 4, 0}, {13, 4, 1}, {17, 4, 3}, {19, 5, 0},
	}
	for _, c := range cases {
		l, col := LineColumn(src, c.off)
		if l != c.line || col != c.col {
			t.Errorf("offset %d: got %d:%d, want %d:%d", c.off, l, col, c.line, c.col)
		}
	}
	if got := UTF16Offset(src, 17); got != 13 {
		t.Errorf("UTF16Offset = %d", got)
	}
	if got := string(LineText(src, 13)); got != "g😀h" {
		t.Errorf("LineText = %q", got)
	}
}
