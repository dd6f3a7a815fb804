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
	return Int(collate(s.GoString(), t.GoString()))
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

// collationExpansions are letters the root collation treats as two letters at the primary level.
var collationExpansions = map[rune]string{'ß': "ss", 'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE", 'ĳ': "ij", 'Ĳ': "IJ"}

// collationStroke are letters that sort as their base letter with a secondary difference.
var collationStroke = map[rune]rune{'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ł': 'l', 'Ł': 'L', 'ħ': 'h', 'Ħ': 'H'}

type collationElement struct {
	primary   int
	secondary rune
	tertiary  int
}

const (
	collateDigitBase  = 1000
	collateLetterBase = 2000
	collateOtherBase  = 100000
)

func collationElements(s string) []collationElement {
	var out []collationElement
	for _, c := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, c) {
			if n := len(out); n > 0 {
				out[n-1].secondary = out[n-1].secondary*31 + c
			}
			continue
		}
		if exp, ok := collationExpansions[c]; ok {
			for _, e := range exp {
				out = append(out, letterElement(e))
			}
			continue
		}
		if base, ok := collationStroke[c]; ok {
			e := letterElement(base)
			e.secondary = 1
			out = append(out, e)
			continue
		}
		switch {
		case collationRank[c] > 0:
			out = append(out, collationElement{primary: collationRank[c]})
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
	return out
}

func letterElement(c rune) collationElement {
	l := unicode.ToLower(c)
	e := collationElement{primary: collateLetterBase + int(l)}
	if l != c {
		e.tertiary = 1
	}
	return e
}

// collate compares like ICU's root collation at strength tertiary: base letters first, then
// accents, then case (lower before upper). It returns -1, 0 or 1, as V8 does.
func collate(a, b string) int {
	if a == b {
		return 0
	}
	x, y := collationElements(a), collationElements(b)
	for level := 0; level < 3; level++ {
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
	return 0
}
