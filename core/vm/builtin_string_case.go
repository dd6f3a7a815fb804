package vm

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// Case mapping (full Unicode mappings: ß → SS, final sigma), normalize, and localeCompare.

func stringCaseFn(method string, upper bool) NativeFunc {
	return func(r *Runtime, this Value, args []Value) Value {
		return StringValue(changeCase(r.thisString(this, method), upper))
	}
}

func changeCase(s *String, upper bool) *String {
	if s.IsASCII() {
		if upper {
			return NewString(strings.ToUpper(s.GoStringKey()))
		}
		return NewString(strings.ToLower(s.GoStringKey()))
	}
	var c cases.Caser
	if upper {
		c = cases.Upper(language.Und)
	} else {
		c = cases.Lower(language.Und)
	}
	return mapWellFormed(s, c.String)
}

// mapWellFormed applies f to the well-formed runs of s, passing lone surrogates through.
func mapWellFormed(s *String, f func(string) string) *String {
	if !s.lone {
		return NewString(f(s.GoStringKey()))
	}
	u := s.UTF16()
	var out []uint16
	start := 0
	flush := func(end int) {
		if end > start {
			text, _ := encodeWTF8(u[start:end])
			out = append(out, decodeWTF8(f(text))...)
		}
	}
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c >= 0xD800 && c <= 0xDBFF && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF {
			i++
			continue
		}
		if c >= 0xD800 && c <= 0xDFFF {
			flush(i)
			out = append(out, c)
			start = i + 1
		}
	}
	flush(len(u))
	return NewStringUTF16(out)
}

func stringNormalize(r *Runtime, this Value, args []Value) Value {
	s := r.thisString(this, "normalize")
	form := "NFC"
	if f := Arg(args, 0); !f.IsUndefined() {
		form = r.ToString(f).GoString()
	}
	var nf norm.Form
	switch form {
	case "NFC":
		nf = norm.NFC
	case "NFD":
		nf = norm.NFD
	case "NFKC":
		nf = norm.NFKC
	case "NFKD":
		nf = norm.NFKD
	default:
		r.ThrowRangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
	}
	if s.IsASCII() {
		return StringValue(s)
	}
	return StringValue(mapWellFormed(s, nf.String))
}

func stringLocaleCompare(r *Runtime, this Value, args []Value) Value {
	s := r.thisString(this, "localeCompare")
	t := r.ToString(Arg(args, 0))
	opts := r.collatorOptions(Arg(args, 1), Arg(args, 2))
	return Int(collate(s.GoString(), t.GoString(), opts))
}

// collatorOptions reads the locales and options arguments of localeCompare (Intl.Collator's).
func (r *Runtime) collatorOptions(locales, options Value) collatorOpts {
	o := collatorOpts{sensitivity: "variant"}
	loc := locales
	if lo := loc.AsObject(); lo != nil && r.lengthOfArrayLike(lo) > 0 {
		loc = r.Get(lo, IndexKey(0), loc)
	}
	if loc.kind == KindString {
		tag := strings.ToLower(loc.String().GoString())
		if i := strings.IndexAny(tag, "-_"); i >= 0 {
			tag = tag[:i]
		}
		o.lang = tag
	}
	if opt := options.AsObject(); opt != nil {
		o.numeric = ToBoolean(r.GetStr(opt, "numeric"))
		if v := r.GetStr(opt, "sensitivity"); !v.IsUndefined() {
			o.sensitivity = r.ToString(v).GoString()
		}
		if v := r.GetStr(opt, "caseFirst"); !v.IsUndefined() {
			o.upperFirst = r.ToString(v).GoString() == "upper"
		}
		o.ignorePunctuation = ToBoolean(r.GetStr(opt, "ignorePunctuation"))
	}
	return o
}

type collatorOpts struct {
	lang              string
	numeric           bool
	sensitivity       string // base, accent, case, variant
	upperFirst        bool
	ignorePunctuation bool
}

// collationOrder is the root (CLDR/DUCET) primary order of white space, punctuation and symbols
// that ICU gives the Latin-1 range; all of them sort before digits, and digits before letters.
const collationOrder = "\t\n\v\f\r \u00a0_-,;:!¡?¿.'\"()[]{}§¶@*/\\&#%`^´¨¸°©®+±÷×<=>¬|¦~¤¢$£¥€"

var collationRank = func() map[rune]int {
	m := map[rune]int{}
	for i, c := range []rune(collationOrder) {
		m[c] = i + 1
	}
	return m
}()

// collationAccents is DUCET's secondary order of the common combining marks.
var collationAccents = func() map[rune]rune {
	m := map[rune]rune{}
	for i, c := range []rune("\u0301\u0300\u0306\u0302\u030c\u030a\u0308\u030b\u0303\u0307\u0338\u0327\u0328\u0304\u0336\u0323\u0331") {
		m[c] = rune(i + 1)
	}
	return m
}()

// collationExpansions are letters the root collation treats as two letters at the primary level.
var collationExpansions = map[rune]string{'ß': "ss", 'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE", 'ĳ': "ij", 'Ĳ': "IJ"}

// collationStroke are letters that sort as their base letter with a secondary difference.
var collationStroke = map[rune]rune{'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ł': 'l', 'Ł': 'L', 'ħ': 'h', 'Ħ': 'H'}

// collationTailorings put a language's extra letters after z, in order (CLDR tailorings).
var collationTailorings = map[string]string{"sv": "åäö", "fi": "åäö", "da": "æøå", "nb": "æøå", "nn": "æøå", "no": "æøå"}

type collationElement struct {
	primary   int
	secondary rune
	tertiary  int
}

const collationExpansionSecondary = 1 << 20

const (
	collateDigitBase  = 1000
	collateLetterBase = 2000
	collateOtherBase  = 100000
)

func collationElements(s string, o collatorOpts) (out []collationElement, zeros int) {
	tailoring := []rune(collationTailorings[o.lang])
	rs := []rune(norm.NFD.String(s))
	if len(tailoring) > 0 {
		rs = []rune(norm.NFC.String(s))
	}
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		if unicode.Is(unicode.Mn, c) {
			if n := len(out); n > 0 {
				w, ok := collationAccents[c]
				if !ok {
					w = 100 + c
				}
				out[n-1].secondary = out[n-1].secondary*64 + w
			}
			continue
		}
		if idx := indexRune(tailoring, unicode.ToLower(c)); idx >= 0 {
			e := collationElement{primary: collateLetterBase + 'z' + 1 + idx}
			if unicode.IsUpper(c) {
				e.tertiary = 1
			}
			out = append(out, e)
			continue
		}
		if o.numeric && c >= '0' && c <= '9' {
			j := i
			for j < len(rs) && rs[j] == '0' {
				j++
			}
			start := j
			for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
				j++
			}
			zeros += start - i
			out = append(out, collationElement{primary: collateDigitBase + min(j-start, 999)})
			for _, d := range rs[start:j] {
				out = append(out, collationElement{primary: collateDigitBase + int(d-'0')})
			}
			i = j - 1
			continue
		}
		if exp, ok := collationExpansions[c]; ok {
			for i, e := range exp {
				el := letterElement(e)
				if i == 0 {
					// DUCET's expansion carries a secondary weight (0111 for ß) above the
					// common accents': ß sorts after ss, Ss and SS
					el.secondary = collationExpansionSecondary
				}
				out = append(out, el)
			}
			continue
		}
		if base, ok := collationStroke[c]; ok {
			e := letterElement(base)
			e.secondary = collationAccents['\u0338']
			out = append(out, e)
			continue
		}
		switch {
		case collationRank[c] > 0:
			if !o.ignorePunctuation {
				out = append(out, collationElement{primary: collationRank[c]})
			}
		case c >= '0' && c <= '9':
			out = append(out, collationElement{primary: collateDigitBase + int(c-'0')})
		case c < 0x250 && unicode.IsLetter(c):
			out = append(out, letterElement(c))
		case unicode.IsLetter(c):
			l := unicode.ToLower(c)
			e := collationElement{primary: collateOtherBase + int(l)}
			if l != c {
				e.tertiary = 1
			}
			out = append(out, e)
		default:
			out = append(out, collationElement{primary: 100 + int(c)%900})
		}
	}
	if o.upperFirst {
		for i := range out {
			out[i].tertiary = 1 - out[i].tertiary
		}
	}
	return out, zeros
}

func indexRune(rs []rune, c rune) int {
	for i, x := range rs {
		if x == c {
			return i
		}
	}
	return -1
}

func letterElement(c rune) collationElement {
	l := unicode.ToLower(c)
	e := collationElement{primary: collateLetterBase + int(l)}
	if l != c {
		e.tertiary = 1
	}
	return e
}

// collate compares like ICU's root collation (with a few CLDR tailorings): base letters first,
// then accents, then case (lower before upper). It returns -1, 0 or 1, as V8 does.
func collate(a, b string, o collatorOpts) int {
	if a == b {
		return 0
	}
	x, xz := collationElements(a, o)
	y, yz := collationElements(b, o)
	levels := []int{0, 1, 2}
	switch o.sensitivity {
	case "base":
		levels = []int{0}
	case "accent":
		levels = []int{0, 1}
	case "case":
		levels = []int{0, 2}
	}
	for _, level := range levels {
		for i := 0; i < len(x) && i < len(y); i++ {
			var p, q int
			switch level {
			case 0:
				p, q = x[i].primary, y[i].primary
			case 1:
				p, q = int(x[i].secondary), int(y[i].secondary)
			default:
				p, q = x[i].tertiary, y[i].tertiary
			}
			if p != q {
				if p < q {
					return -1
				}
				return 1
			}
		}
		if level == 0 && len(x) != len(y) {
			if len(x) < len(y) {
				return -1
			}
			return 1
		}
	}
	if o.numeric && xz != yz && len(levels) == 3 {
		if xz < yz {
			return -1
		}
		return 1
	}
	return 0
}
