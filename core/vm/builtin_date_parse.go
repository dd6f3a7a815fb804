package vm

import (
	"math"
	"strings"
)

// Date.parse: the ISO 8601 format of ECMA-262 §21.4.1.32 first, then V8's legacy parser
// (src/date/dateparser*.{h,cc}), whose token rules this file follows: numbers fill a day
// composer (month-first unless the first number cannot be a day), "h:m[:s[.ms]]" a time
// composer, month names and AM/PM are keywords, "GMT+hhmm"-style offsets a time-zone composer;
// parenthesised text is a comment; an unknown word after a number makes the date invalid.

const dateNone = math.MinInt32

// parseDate returns a time value or NaN.
func (r *Runtime) parseDate(s string) float64 {
	if t, ok := r.parseISODate(s); ok {
		return t
	}
	return r.parseLegacyDate(s)
}

// ---- ISO -------------------------------------------------------------------------------------------

type isoScanner struct {
	s   string
	pos int
}

func (p *isoScanner) digits(n int) (int, bool) {
	if p.pos+n > len(p.s) {
		return 0, false
	}
	v := 0
	for i := 0; i < n; i++ {
		c := p.s[p.pos+i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	p.pos += n
	return v, true
}

func (p *isoScanner) eat(c byte) bool {
	if p.pos < len(p.s) && p.s[p.pos] == c {
		p.pos++
		return true
	}
	return false
}

func (r *Runtime) parseISODate(s string) (float64, bool) {
	p := &isoScanner{s: s}
	var year int
	var ok bool
	switch {
	case p.eat('+'):
		year, ok = p.digits(6)
	case p.eat('-'):
		year, ok = p.digits(6)
		if ok && year == 0 {
			return 0, false // -000000 is not a valid year
		}
		year = -year
	default:
		year, ok = p.digits(4)
	}
	if !ok {
		return 0, false
	}
	month, dayOfMonth := 1, 1
	if p.eat('-') {
		if month, ok = p.digits(2); !ok || month < 1 || month > 12 {
			return 0, false
		}
		if p.eat('-') {
			if dayOfMonth, ok = p.digits(2); !ok || dayOfMonth < 1 || dayOfMonth > 31 {
				return 0, false
			}
		}
	}
	h, m, sec, ms := 0, 0, 0, 0
	dateOnly := true
	if p.pos < len(s) && (s[p.pos] == 'T' || s[p.pos] == 't') {
		p.pos++
		dateOnly = false
		if h, ok = p.digits(2); !ok || !p.eat(':') {
			return 0, false
		}
		if m, ok = p.digits(2); !ok {
			return 0, false
		}
		if p.eat(':') {
			if sec, ok = p.digits(2); !ok {
				return 0, false
			}
			if p.eat('.') {
				start := p.pos
				for p.pos < len(s) && s[p.pos] >= '0' && s[p.pos] <= '9' {
					p.pos++
				}
				frac := s[start:p.pos]
				if frac == "" {
					return 0, false
				}
				frac = (frac + "00")[:3]
				ms = int(frac[0]-'0')*100 + int(frac[1]-'0')*10 + int(frac[2]-'0')
			}
		}
		if h > 24 || m > 59 || sec > 59 || h == 24 && (m != 0 || sec != 0 || ms != 0) {
			return 0, false
		}
	}
	offset, hasOffset := 0, false
	if p.pos < len(s) {
		switch c := s[p.pos]; {
		case (c == 'Z' || c == 'z') && !dateOnly:
			p.pos++
			hasOffset = true
		case (c == '+' || c == '-') && !dateOnly:
			p.pos++
			oh, ok1 := p.digits(2)
			p.eat(':')
			om, ok2 := p.digits(2)
			if !ok1 || !ok2 || oh > 23 || om > 59 {
				return 0, false
			}
			offset = oh*60 + om
			if c == '-' {
				offset = -offset
			}
			hasOffset = true
		}
	}
	if p.pos != len(s) {
		return 0, false
	}
	t := makeDate(makeDay(float64(year), float64(month-1), float64(dayOfMonth)), makeTime(float64(h), float64(m), float64(sec), float64(ms)))
	switch {
	case hasOffset:
		t -= float64(offset) * 60000
	case !dateOnly:
		t = r.utcTime(t)
	}
	return timeClip(t), true
}

// ---- legacy ------------------------------------------------------------------------------------------

type dateTokenKind uint8

const (
	tokEnd dateTokenKind = iota
	tokNumber
	tokSymbol
	tokWhite
	tokKeyword
	tokUnknown
)

type dateToken struct {
	kind   dateTokenKind
	num    int
	length int
	sym    byte
	word   string // lowercased keyword text
}

type dateKeywordKind uint8

const (
	kwNone dateKeywordKind = iota
	kwMonth
	kwAMPM
	kwTimeZone
	kwTimeSeparator
)

// dateKeyword classifies a word as V8's KeywordTable does: by its first three letters (month
// names may be longer, other keywords must be exact).
func dateKeyword(w string) (dateKeywordKind, int) {
	pre := w
	if len(pre) > 3 {
		pre = pre[:3]
	}
	for i, m := range dateMonthNames {
		if strings.ToLower(m) == pre {
			return kwMonth, i + 1
		}
	}
	if len(w) > 3 {
		return kwNone, 0
	}
	switch w {
	case "am":
		return kwAMPM, 0
	case "pm":
		return kwAMPM, 12
	case "ut", "utc", "z", "gmt":
		return kwTimeZone, 0
	case "t":
		return kwTimeSeparator, 0
	}
	zones := map[string]int{"cdt": -5, "cst": -6, "edt": -4, "est": -5, "mdt": -6, "mst": -7, "pdt": -7, "pst": -8}
	if h, ok := zones[w]; ok {
		return kwTimeZone, h
	}
	return kwNone, 0
}

type dateTokenizer struct {
	s    string
	pos  int
	next dateToken
}

func newDateTokenizer(s string) *dateTokenizer {
	t := &dateTokenizer{s: s}
	t.next = t.scan()
	return t
}

func (t *dateTokenizer) Next() dateToken {
	tok := t.next
	t.next = t.scan()
	return tok
}

func (t *dateTokenizer) Peek() dateToken { return t.next }

func (t *dateTokenizer) skipSymbol(c byte) bool {
	if t.next.kind == tokSymbol && t.next.sym == c {
		t.Next()
		return true
	}
	return false
}

func (t *dateTokenizer) scan() dateToken {
	s := t.s
	if t.pos >= len(s) {
		return dateToken{kind: tokEnd}
	}
	c := s[t.pos]
	switch {
	case c >= '0' && c <= '9':
		start := t.pos
		n := 0
		for t.pos < len(s) && s[t.pos] >= '0' && s[t.pos] <= '9' {
			if n < 1e8 {
				n = n*10 + int(s[t.pos]-'0')
			}
			t.pos++
		}
		return dateToken{kind: tokNumber, num: n, length: t.pos - start}
	case c == ':' || c == '-' || c == '+' || c == '.' || c == ')':
		t.pos++
		return dateToken{kind: tokSymbol, sym: c}
	case c == '(':
		depth := 0
		for t.pos < len(s) {
			if s[t.pos] == '(' {
				depth++
			} else if s[t.pos] == ')' {
				depth--
				if depth == 0 {
					t.pos++
					break
				}
			}
			t.pos++
		}
		return dateToken{kind: tokUnknown}
	case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == ',':
		for t.pos < len(s) && strings.IndexByte(" \t\n\r\v\f,", s[t.pos]) >= 0 {
			t.pos++
		}
		return dateToken{kind: tokWhite}
	case c >= 'A':
		start := t.pos
		for t.pos < len(s) && s[t.pos] >= 'A' && !(s[t.pos] >= '0' && s[t.pos] <= '9') && s[t.pos] != '(' && s[t.pos] != ')' {
			t.pos++
		}
		return dateToken{kind: tokKeyword, word: strings.ToLower(s[start:t.pos]), length: t.pos - start}
	}
	t.pos++
	return dateToken{kind: tokSymbol, sym: c}
}

type dayComposer struct {
	comp       [3]int
	n          int
	namedMonth int
}

func (d *dayComposer) add(v int) bool {
	if d.n >= 3 {
		return false
	}
	d.comp[d.n] = v
	d.n++
	return true
}

func isDayOfMonth(v int) bool { return v >= 1 && v <= 31 }

func (d *dayComposer) write() (y, m, dd int, ok bool) {
	if d.n < 1 {
		return 0, 0, 0, false
	}
	for d.n < 3 {
		d.comp[d.n] = 1
		d.n++
	}
	if d.namedMonth == 0 {
		if !isDayOfMonth(d.comp[0]) {
			y, m, dd = d.comp[0], d.comp[1], d.comp[2]
		} else {
			m, dd, y = d.comp[0], d.comp[1], d.comp[2]
		}
	} else {
		m = d.namedMonth
		if !isDayOfMonth(d.comp[0]) {
			y, dd = d.comp[0], d.comp[1]
		} else {
			dd, y = d.comp[0], d.comp[1]
		}
	}
	switch {
	case y >= 0 && y <= 49:
		y += 2000
	case y >= 50 && y <= 99:
		y += 1900
	}
	return y, m, dd, m >= 1 && m <= 12 && isDayOfMonth(dd)
}

type timeComposer struct {
	comp       [4]int
	n          int
	hourOffset int
}

func (t *timeComposer) empty() bool { return t.n == 0 }

func (t *timeComposer) add(v int) bool {
	if t.n >= 4 {
		return false
	}
	t.comp[t.n] = v
	t.n++
	return true
}

func (t *timeComposer) addFinal(v int) bool {
	if !t.add(v) {
		return false
	}
	for t.n < 4 {
		t.comp[t.n] = 0
		t.n++
	}
	return true
}

func (t *timeComposer) expecting(v int) bool {
	return t.n == 1 && v >= 0 && v <= 59 || t.n == 2 && v >= 0 && v <= 59 || t.n == 3 && v >= 0 && v <= 999
}

func (t *timeComposer) write() (h, m, s, ms int, ok bool) {
	for t.n < 4 {
		t.comp[t.n] = 0
		t.n++
	}
	h, m, s, ms = t.comp[0], t.comp[1], t.comp[2], t.comp[3]
	if t.hourOffset != dateNone {
		if h < 0 || h > 12 {
			return 0, 0, 0, 0, false
		}
		h = h%12 + t.hourOffset
	}
	if h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59 || ms < 0 || ms > 999 {
		if h != 24 || m != 0 || s != 0 || ms != 0 {
			return 0, 0, 0, 0, false
		}
	}
	return h, m, s, ms, true
}

type tzComposer struct {
	sign, hour, minute int
}

func (z *tzComposer) set(offsetHours int) {
	z.sign = 1
	if offsetHours < 0 {
		z.sign = -1
		offsetHours = -offsetHours
	}
	z.hour, z.minute = offsetHours, 0
}

func (z *tzComposer) isUTC() bool { return z.hour == 0 && z.minute == 0 }

func (z *tzComposer) expecting(v int) bool {
	return z.hour != dateNone && z.minute == dateNone && v >= 0 && v <= 59
}

// readMilliseconds scales a fraction token to milliseconds (first three digits).
func readMilliseconds(tok dateToken) int {
	n, l := tok.num, tok.length
	switch {
	case l == 1:
		return n * 100
	case l == 2:
		return n * 10
	case l == 3:
		return n
	}
	for l > 3 && n > 0 {
		n /= 10
		l--
	}
	return n
}

func (r *Runtime) parseLegacyDate(s string) float64 {
	nan := math.NaN()
	in := newDateTokenizer(s)
	day := &dayComposer{}
	tm := &timeComposer{hourOffset: dateNone}
	tz := &tzComposer{sign: dateNone, hour: dateNone, minute: dateNone}
	hasReadNumber := false
	for tok := in.Next(); tok.kind != tokEnd; tok = in.Next() {
		switch {
		case tok.kind == tokNumber:
			hasReadNumber = true
			n := tok.num
			switch {
			case in.skipSymbol(':'):
				if in.skipSymbol(':') {
					if !tm.empty() {
						return nan
					}
					tm.add(n)
					tm.add(0)
				} else {
					if !tm.add(n) {
						return nan
					}
					in.skipSymbol('.')
				}
			case in.Peek().kind == tokSymbol && in.Peek().sym == '.' && tm.expecting(n):
				in.Next()
				tm.add(n)
				if in.Peek().kind != tokNumber {
					return nan
				}
				tm.addFinal(readMilliseconds(in.Next()))
			case tz.expecting(n):
				tz.minute = n
			case tm.expecting(n):
				tm.addFinal(n)
				p := in.Peek()
				if p.kind != tokEnd && p.kind != tokWhite && !(p.kind == tokKeyword && p.word == "z") &&
					!(p.kind == tokSymbol && (p.sym == '+' || p.sym == '-')) {
					return nan
				}
			default:
				if !day.add(n) {
					return nan
				}
				in.skipSymbol('-')
			}
		case tok.kind == tokKeyword:
			kind, value := dateKeyword(tok.word)
			switch {
			case kind == kwAMPM && !tm.empty():
				tm.hourOffset = value
			case kind == kwMonth:
				day.namedMonth = value
				in.skipSymbol('-')
			case kind == kwTimeZone && hasReadNumber:
				tz.set(value)
			default:
				if hasReadNumber || in.Peek().kind == tokNumber {
					return nan
				}
			}
		case tok.kind == tokSymbol && (tok.sym == '+' || tok.sym == '-') && (tz.isUTC() || !tm.empty()):
			tz.sign = 1
			if tok.sym == '-' {
				tz.sign = -1
			}
			n, length := 0, 0
			if in.Peek().kind == tokNumber {
				nt := in.Next()
				n, length = nt.num, nt.length
			}
			hasReadNumber = true
			switch {
			case in.Peek().kind == tokSymbol && in.Peek().sym == ':':
				tz.hour, tz.minute = n, dateNone
			case length == 1 || length == 2:
				tz.hour, tz.minute = n, 0
			case length == 3 || length == 4:
				tz.hour, tz.minute = n/100, n%100
			default:
				return nan
			}
		case tok.kind == tokSymbol && (tok.sym == '+' || tok.sym == '-' || tok.sym == ')') && hasReadNumber:
			return nan
		}
	}
	y, mo, d, ok := day.write()
	if !ok {
		return nan
	}
	h, mi, sec, ms, ok := tm.write()
	if !ok {
		return nan
	}
	t := makeDate(makeDay(float64(y), float64(mo-1), float64(d)), makeTime(float64(h), float64(mi), float64(sec), float64(ms)))
	if tz.sign == dateNone {
		t = r.utcTime(t)
	} else {
		hh, mm := tz.hour, tz.minute
		if hh == dateNone {
			hh = 0
		}
		if mm == dateNone {
			mm = 0
		}
		t -= float64(tz.sign*(hh*60+mm)) * 60000
	}
	return timeClip(t)
}
