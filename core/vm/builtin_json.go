package vm

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
)

func init() { registerBuiltins(40, "JSON", installJSON) }

func installJSON(r *Runtime) {
	j := r.NewObject()
	r.Intrinsics.JSON = j
	r.DefineMethod(j, "parse", 2, jsonParse)
	r.DefineMethod(j, "stringify", 3, jsonStringify)
	r.DefineMethod(j, "rawJSON", 1, jsonRawJSON)
	r.DefineMethod(j, "isRawJSON", 1, func(r *Runtime, _ Value, a []Value) Value {
		o := Arg(a, 0).AsObject()
		return Bool(o != nil && o.Internal == rawJSONMarker)
	})
	r.DefineData(j, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("JSON"), AttrConfigurable)
	r.DefineData(r.Global, StrKey("JSON"), ObjectValue(j), AttrHidden)
}

// rawJSONMarker is the [[IsRawJSON]] internal slot of JSON.rawJSON results.
var rawJSONMarker = &struct{ raw bool }{true}

func jsonRawJSON(r *Runtime, _ Value, args []Value) Value {
	s := r.ToString(Arg(args, 0))
	u := s.UTF16()
	isWS := func(c uint16) bool { return c == '\t' || c == '\n' || c == '\r' || c == ' ' }
	if len(u) == 0 || isWS(u[0]) || isWS(u[len(u)-1]) {
		r.ThrowSyntaxError("Invalid value for JSON.rawJSON")
	}
	p := &jsonParser{r: r, src: u, text: s}
	if u[0] == '{' || u[0] == '[' {
		p.unexpected(0)
	}
	p.parseTop()
	o := r.NewObjectWithProto(nil)
	r.CreateDataProperty(o, StrKey("rawJSON"), StringValue(s))
	o.Internal = rawJSONMarker
	r.SetIntegrity(o, true)
	return ObjectValue(o)
}

// ---- JSON.parse ------------------------------------------------------------------------------------

func jsonParse(r *Runtime, _ Value, args []Value) Value {
	text := r.ToString(Arg(args, 0))
	reviver := Arg(args, 1)
	p := &jsonParser{r: r, src: text.UTF16(), text: text, track: reviver.IsCallable()}
	v := p.withJSONSite(p.parseTop) // builtin_json_site.go
	if !reviver.IsCallable() {
		return v
	}
	root := r.NewObject()
	r.CreateDataProperty(root, StrKey(""), v)
	return r.internalize(root, StrKey(""), reviver, p.last)
}

// jsonNode remembers what the parser produced, so a reviver can be given a primitive's source
// text (the context argument of JSON.parse source text access) while the value is unchanged.
type jsonNode struct {
	val    Value
	source *String // primitives only
	elems  []*jsonNode
	props  map[Key]*jsonNode
}

func (n *jsonNode) child(k Key) *jsonNode {
	switch {
	case n == nil:
		return nil
	case k.IsIndex() && n.elems != nil:
		if int(k.Index()) < len(n.elems) {
			return n.elems[k.Index()]
		}
		return nil
	case n.props != nil:
		return n.props[k]
	}
	return nil
}

// internalize is InternalizeJSONProperty.
func (r *Runtime) internalize(holder *Object, name Key, reviver Value, node *jsonNode) Value {
	val := r.Get(holder, name, ObjectValue(holder))
	ctx := r.NewObject()
	if o := val.AsObject(); o != nil {
		if r.isArrayValue(val, "JSON.parse") {
			n := r.ToLength(r.GetStr(o, "length"))
			for i := int64(0); i < n; i++ {
				k := IndexKey(uint32(i))
				r.reviveElement(o, k, reviver, node.child(k))
			}
		} else {
			for _, k := range r.OwnKeys(o) {
				if !k.IsIndex() && k.Prop().IsSymbol() {
					continue
				}
				if d, ok := r.GetOwnPropertyDescriptor(o, k); ok && d.Enumerable {
					r.reviveElement(o, k, reviver, node.child(k))
				}
			}
		}
	} else if node != nil && node.elems == nil && node.props == nil && SameValue(node.val, val) {
		r.CreateDataProperty(ctx, StrKey("source"), StringValue(node.source))
	}
	return r.Call(reviver, ObjectValue(holder), name.Value(), val, ObjectValue(ctx))
}

func (r *Runtime) reviveElement(o *Object, k Key, reviver Value, node *jsonNode) {
	nv := r.internalize(o, k, reviver, node)
	if nv.IsUndefined() {
		r.Delete(o, k)
	} else {
		r.CreateDataProperty(o, k, nv)
	}
}

type jsonParser struct {
	r     *Runtime
	src   []uint16
	text  *String
	pos   int
	track bool      // build jsonNodes for a reviver
	last  *jsonNode // the node of the value parsed last
	// failAt is the position of the syntax error being thrown (-1 none): its message site
	failAt int
}

func (p *jsonParser) parseTop() Value {
	p.skipWS()
	v := p.value()
	p.skipWS()
	if p.pos < len(p.src) {
		p.fail("Unexpected non-whitespace character after JSON", p.pos)
	}
	return v
}

func (p *jsonParser) skipWS() {
	for p.pos < len(p.src) {
		switch p.src[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// fail throws "<msg> at position N (line L column C)"; msg ends in "in JSON" or "after JSON".
func (p *jsonParser) fail(msg string, pos int) {
	line, col := 1, 1
	for i := 0; i < pos && i < len(p.src); i++ {
		if p.src[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	p.failAt = pos
	p.r.ThrowSyntaxError("%s at position %d (line %d column %d)", msg, pos, line, col)
}

const jsonContextChars = 10

// unexpected reports the token at pos as V8's JsonParser::ReportUnexpectedToken does.
func (p *jsonParser) unexpected(pos int) {
	p.failAt = pos
	if pos >= len(p.src) {
		p.r.ThrowSyntaxError("Unexpected end of JSON input")
	}
	src := p.text.GoString()
	switch src {
	case "undefined", "NaN", "Infinity", "[object Object]":
		p.r.ThrowSyntaxError("\"%s\" is not valid JSON", src)
	}
	c, _ := p.text.CodePointAt(pos)
	tok := string(c)
	if c >= 0xD800 && c <= 0xDFFF {
		tok = "\uFFFD"
	}
	n := len(p.src)
	if n < 2*jsonContextChars+1 {
		p.r.ThrowSyntaxError("Unexpected token '%s', \"%s\" is not valid JSON", tok, src)
	}
	sub := func(from, to int) string { return p.text.Substring(from, to).GoString() }
	switch {
	case pos < jsonContextChars:
		p.r.ThrowSyntaxError("Unexpected token '%s', \"%s\"... is not valid JSON", tok, sub(0, pos+jsonContextChars))
	case pos >= n-jsonContextChars:
		p.r.ThrowSyntaxError("Unexpected token '%s', ...\"%s\" is not valid JSON", tok, sub(pos-jsonContextChars, n))
	}
	p.r.ThrowSyntaxError("Unexpected token '%s', ...\"%s\"... is not valid JSON", tok, sub(pos-jsonContextChars, pos+jsonContextChars))
}

func (p *jsonParser) value() Value {
	start := p.pos
	v := p.rawValue()
	if p.track {
		if c := p.src[start]; c != '{' && c != '[' {
			p.last = &jsonNode{val: v, source: NewStringUTF16(append([]uint16(nil), p.src[start:p.pos]...))}
		}
	}
	return v
}

func (p *jsonParser) rawValue() Value {
	if p.pos >= len(p.src) {
		p.unexpected(p.pos)
	}
	switch c := p.src[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return StringValue(p.string())
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	case c == 't':
		return p.literal("true", True)
	case c == 'f':
		return p.literal("false", False)
	case c == 'n':
		return p.literal("null", Null)
	}
	p.unexpected(p.pos)
	return Undefined
}

func (p *jsonParser) literal(word string, v Value) Value {
	for i := 0; i < len(word); i++ {
		if p.pos+i >= len(p.src) || p.src[p.pos+i] != uint16(word[i]) {
			p.unexpected(p.pos + i)
		}
	}
	p.pos += len(word)
	return v
}

func (p *jsonParser) digits() int {
	start := p.pos
	for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
		p.pos++
	}
	return p.pos - start
}

func (p *jsonParser) number() Value {
	start := p.pos
	if p.src[p.pos] == '-' {
		p.pos++
		if p.pos >= len(p.src) || p.src[p.pos] < '0' || p.src[p.pos] > '9' {
			p.fail("No number after minus sign in JSON", p.pos)
		}
	}
	if p.src[p.pos] == '0' {
		p.pos++
		if p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			p.fail("Unexpected number in JSON", p.pos)
		}
	} else {
		p.digits()
	}
	if p.pos < len(p.src) && p.src[p.pos] == '.' {
		p.pos++
		if p.digits() == 0 {
			p.fail("Unterminated fractional number in JSON", p.pos)
		}
	}
	if p.pos < len(p.src) && (p.src[p.pos] == 'e' || p.src[p.pos] == 'E') {
		p.pos++
		if p.pos < len(p.src) && (p.src[p.pos] == '+' || p.src[p.pos] == '-') {
			p.pos++
		}
		if p.digits() == 0 {
			p.fail("Exponent part is missing a number in JSON", p.pos)
		}
	}
	b := make([]byte, p.pos-start)
	for i := range b {
		b[i] = byte(p.src[start+i])
	}
	f, err := strconv.ParseFloat(string(b), 64)
	if err != nil && !math.IsInf(f, 0) {
		f = math.NaN()
	}
	return Number(f)
}

func (p *jsonParser) hex4(at int) (uint16, bool) {
	if at+4 > len(p.src) {
		return 0, false
	}
	var v uint16
	for i := at; i < at+4; i++ {
		c := p.src[i]
		if c >= 0x80 || digitValue(byte(c)) >= 16 {
			return 0, false
		}
		v = v<<4 | uint16(digitValue(byte(c)))
	}
	return v, true
}

func (p *jsonParser) string() *String {
	p.pos++ // opening quote
	var out []uint16
	start := p.pos
	for {
		if p.pos >= len(p.src) {
			p.fail("Unterminated string in JSON", p.pos)
		}
		c := p.src[p.pos]
		switch {
		case c == '"':
			if out == nil {
				s := NewStringUTF16(p.src[start:p.pos])
				p.pos++
				return s
			}
			p.pos++
			return NewStringUTF16(out)
		case c < 0x20:
			p.fail("Bad control character in string literal in JSON", p.pos)
		case c == '\\':
			if out == nil {
				out = append([]uint16{}, p.src[start:p.pos]...)
			}
			p.pos++
			if p.pos >= len(p.src) {
				p.unexpected(p.pos)
			}
			e := p.src[p.pos]
			switch e {
			case '"', '\\', '/':
				out = append(out, e)
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				v, ok := p.hex4(p.pos + 1)
				if !ok {
					end := p.pos + 1
					for end < len(p.src) && end < p.pos+5 && p.src[end] < 0x80 && digitValue(byte(p.src[end])) < 16 {
						end++
					}
					p.fail("Bad Unicode escape in JSON", end)
				}
				out = append(out, v)
				p.pos += 4
			default:
				p.fail("Bad escaped character in JSON", p.pos)
			}
			p.pos++
		default:
			if out != nil {
				out = append(out, c)
			}
			p.pos++
		}
	}
}

func (p *jsonParser) array() Value {
	p.pos++
	var vals []Value
	p.skipWS()
	if p.pos < len(p.src) && p.src[p.pos] == ']' {
		p.pos++
		a := ObjectValue(p.r.NewArray(nil))
		if p.track {
			p.last = &jsonNode{val: a, elems: []*jsonNode{}}
		}
		return a
	}
	var nodes []*jsonNode
	for {
		p.skipWS()
		vals = append(vals, p.value())
		nodes = append(nodes, p.last)
		p.skipWS()
		if p.pos < len(p.src) && p.src[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.src) && p.src[p.pos] == ']' {
			p.pos++
			a := ObjectValue(p.r.NewArray(vals))
			if p.track {
				p.last = &jsonNode{val: a, elems: nodes}
			}
			return a
		}
		p.fail("Expected ',' or ']' after array element in JSON", p.pos)
	}
}

// object parses the members first and then builds the object sized for its named members, as
// V8's JsonParser::BuildJsonObject does (so {"x":1,"y":2} gets the literal {x, y}'s map).
func (p *jsonParser) object() Value {
	p.pos++
	type member struct {
		key  Key
		val  Value
		node *jsonNode
	}
	var members []member
	done := func() Value {
		named := 0
		for _, m := range members {
			if !m.key.IsIndex() {
				named++
			}
		}
		o := p.r.newLiteralObject(named)
		if named >= literalMapCacheSize {
			p.r.normalize(o) // map_dict.go
		}
		props := map[Key]*jsonNode{}
		for _, m := range members {
			p.r.CreateDataProperty(o, m.key, m.val)
			props[m.key] = m.node
		}
		if p.track {
			p.last = &jsonNode{val: ObjectValue(o), props: props}
		}
		return ObjectValue(o)
	}
	p.skipWS()
	if p.pos < len(p.src) && p.src[p.pos] == '}' {
		p.pos++
		return done()
	}
	first := true
	for {
		p.skipWS()
		if p.pos >= len(p.src) || p.src[p.pos] != '"' {
			if first {
				p.fail("Expected property name or '}' in JSON", p.pos)
			}
			p.fail("Expected double-quoted property name in JSON", p.pos)
		}
		first = false
		key := p.string()
		p.skipWS()
		if p.pos >= len(p.src) || p.src[p.pos] != ':' {
			p.fail("Expected ':' after property name in JSON", p.pos)
		}
		p.pos++
		p.skipWS()
		v := p.value()
		members = append(members, member{KeyFromName(key.GoStringKey()), v, p.last})
		p.skipWS()
		if p.pos < len(p.src) && p.src[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.src) && p.src[p.pos] == '}' {
			p.pos++
			return done()
		}
		p.fail("Expected ',' or '}' after property value in JSON", p.pos)
	}
}

// ---- JSON.stringify ----------------------------------------------------------------------------

type jsonStringifier struct {
	r        *Runtime
	replacer Value
	propList []Key
	hasList  bool
	gap      string
	indent   string
	stack    []*Object
	keys     []Key // keys[i] is the key under which stack[i+1] was reached
	b        strings.Builder
}

func jsonStringify(r *Runtime, _ Value, args []Value) Value {
	s := &jsonStringifier{r: r}
	if rep := Arg(args, 1); rep.IsCallable() {
		s.replacer = rep
	} else if r.isArrayValue(rep, "JSON.stringify") {
		s.hasList = true
		seen := map[Key]bool{}
		ro := rep.Object()
		n := r.ToLength(r.GetStr(ro, "length"))
		for i := int64(0); i < n; i++ {
			v := r.Get(ro, IndexKey(uint32(i)), rep)
			var item Value
			switch {
			case v.IsString():
				item = v
			case v.IsNumber():
				item = StringValue(r.ToString(v))
			case v.IsObject():
				if p, ok := PrimitiveOf(v.Object()); ok && (p.IsString() || p.IsNumber()) {
					item = StringValue(r.ToString(v))
				}
			}
			if item.IsString() {
				k := KeyFromName(item.String().GoStringKey())
				if !seen[k] {
					seen[k] = true
					s.propList = append(s.propList, k)
				}
			}
		}
	}
	space := Arg(args, 2)
	if o := space.AsObject(); o != nil {
		if p, ok := PrimitiveOf(o); ok {
			if p.IsNumber() {
				space = Number(r.ToNumber(space))
			} else if p.IsString() {
				space = StringValue(r.ToString(space))
			}
		}
	}
	if space.IsNumber() {
		n := min(10, r.ToIntegerOrInfinity(space))
		if n >= 1 {
			s.gap = strings.Repeat(" ", int(n))
		}
	} else if space.IsString() {
		str := space.String()
		s.gap = str.Substring(0, min(10, str.Length())).GoStringKey()
	}
	wrapper := r.NewObject()
	v := Arg(args, 0)
	r.CreateDataProperty(wrapper, StrKey(""), v)
	if !s.property(wrapper, StrKey(""), v, true) {
		return Undefined
	}
	return Str(s.b.String())
}

// property is SerializeJSONProperty; it reports false for undefined (nothing written).
func (s *jsonStringifier) property(holder *Object, key Key, value Value, haveValue bool) bool {
	r := s.r
	if !haveValue {
		value = r.Get(holder, key, ObjectValue(holder))
	}
	if value.IsObject() || value.IsBigInt() {
		if toJSON := r.GetV(value, StrKey("toJSON")); toJSON.IsCallable() {
			value = r.Call(toJSON, value, key.Value())
		}
	}
	if s.replacer.IsObject() {
		value = r.Call(s.replacer, ObjectValue(holder), key.Value(), value)
	}
	if o := value.AsObject(); o != nil {
		if p, ok := PrimitiveOf(o); ok {
			switch p.Kind() {
			case KindNumber:
				value = Number(r.ToNumber(value))
			case KindString:
				value = StringValue(r.ToString(value))
			case KindBoolean, KindBigInt:
				value = p
			}
		} else if o.Internal == rawJSONMarker {
			s.b.WriteString(r.ToString(r.GetStr(o, "rawJSON")).GoStringKey())
			return true
		}
	}
	switch value.Kind() {
	case KindNull:
		s.b.WriteString("null")
	case KindBoolean:
		if value.Boolean() {
			s.b.WriteString("true")
		} else {
			s.b.WriteString("false")
		}
	case KindString:
		quoteJSON(&s.b, value.String())
	case KindNumber:
		if f := value.Num(); math.IsNaN(f) || math.IsInf(f, 0) {
			s.b.WriteString("null")
		} else {
			s.b.WriteString(NumberToString(f))
		}
	case KindBigInt:
		r.ThrowTypeError("Do not know how to serialize a BigInt")
	case KindObject:
		if value.IsCallable() {
			return false
		}
		s.enter(value.Object(), key)
		if r.isArrayValue(value, "JSON.stringify") {
			s.array(value.Object())
		} else {
			s.object(value.Object())
		}
		s.stack = s.stack[:len(s.stack)-1]
		s.keys = s.keys[:len(s.keys)-1]
	default:
		return false
	}
	return true
}

func (s *jsonStringifier) enter(o *Object, key Key) {
	for i, x := range s.stack {
		if x == o {
			s.r.ThrowTypeError("%s", s.circularMessage(i, key))
		}
	}
	s.stack = append(s.stack, o)
	s.keys = append(s.keys, key)
}

// circularMessage is V8's CircularStructureMessageBuilder text: the path from the repeated
// object back to itself, eliding the middle of long paths.
func (s *jsonStringifier) circularMessage(start int, closing Key) string {
	r := s.r
	var b strings.Builder
	b.WriteString("Converting circular structure to JSON\n    --> starting at object with constructor '")
	b.WriteString(r.constructorNameOf(s.stack[start]) + "'")
	keyText := func(k Key) string {
		if k.IsIndex() {
			return "index " + strconv.FormatUint(uint64(k.Index()), 10)
		}
		return "property '" + k.String() + "'"
	}
	line := func(i int) {
		b.WriteString("\n    |     " + keyText(s.keys[i]) + " -> object with constructor '" + r.constructorNameOf(s.stack[i]) + "'")
	}
	mid := make([]int, 0, len(s.stack))
	for i := start + 1; i < len(s.stack); i++ {
		mid = append(mid, i)
	}
	const prefix, postfix = 2, 1
	if len(mid) > prefix+postfix {
		for _, i := range mid[:prefix] {
			line(i)
		}
		b.WriteString("\n    |     ...")
		for _, i := range mid[len(mid)-postfix:] {
			line(i)
		}
	} else {
		for _, i := range mid {
			line(i)
		}
	}
	b.WriteString("\n    --- " + keyText(closing) + " closes the circle")
	return b.String()
}

func (s *jsonStringifier) object(o *Object) {
	r := s.r
	stepback := s.indent
	s.indent += s.gap
	keys := s.propList
	if !s.hasList {
		keys = nil
		for _, k := range r.OwnKeys(o) {
			if !k.IsIndex() && k.Prop().IsSymbol() {
				continue
			}
			if d, ok := r.GetOwnPropertyDescriptor(o, k); ok && d.Enumerable {
				keys = append(keys, k)
			}
		}
	}
	s.b.WriteByte('{')
	wrote := false
	for _, k := range keys {
		mark := s.b.Len()
		if wrote {
			s.b.WriteByte(',')
		}
		if s.gap != "" {
			s.b.WriteString("\n" + s.indent)
		}
		quoteJSON(&s.b, NewString(k.PropertyKeyOf().Name()))
		s.b.WriteByte(':')
		if s.gap != "" {
			s.b.WriteByte(' ')
		}
		if !s.property(o, k, Undefined, false) {
			truncateBuilder(&s.b, mark)
			continue
		}
		wrote = true
	}
	if wrote && s.gap != "" {
		s.b.WriteString("\n" + stepback)
	}
	s.b.WriteByte('}')
	s.indent = stepback
}

func (s *jsonStringifier) array(o *Object) {
	r := s.r
	stepback := s.indent
	s.indent += s.gap
	n := r.ToLength(r.GetStr(o, "length"))
	s.b.WriteByte('[')
	for i := int64(0); i < n; i++ {
		if i > 0 {
			s.b.WriteByte(',')
		}
		if s.gap != "" {
			s.b.WriteString("\n" + s.indent)
		}
		if !s.property(o, IndexKey(uint32(i)), Undefined, false) {
			s.b.WriteString("null")
		}
	}
	if n > 0 && s.gap != "" {
		s.b.WriteString("\n" + stepback)
	}
	s.b.WriteByte(']')
	s.indent = stepback
}

// truncateBuilder drops what was written after mark (a skipped property).
func truncateBuilder(b *strings.Builder, mark int) {
	s := b.String()[:mark]
	b.Reset()
	b.WriteString(s)
}

// quoteJSON is QuoteJSONString: lone surrogates and control characters become \u escapes.
func quoteJSON(b *strings.Builder, s *String) {
	b.WriteByte('"')
	n := s.Length()
	for i := 0; i < n; i++ {
		c := s.At(i)
		switch c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			switch {
			case c < 0x20:
				b.WriteString(`\u00`)
				b.WriteByte("0123456789abcdef"[c>>4])
				b.WriteByte("0123456789abcdef"[c&15])
			case c < 0x80:
				b.WriteByte(byte(c))
			case c >= 0xD800 && c <= 0xDBFF && i+1 < n && s.At(i+1) >= 0xDC00 && s.At(i+1) <= 0xDFFF:
				b.WriteString(string(utf16.DecodeRune(rune(c), rune(s.At(i+1)))))
				i++
			case c >= 0xD800 && c <= 0xDFFF:
				b.WriteString(`\u` + strconv.FormatUint(uint64(c), 16))
			default:
				b.WriteRune(rune(c))
			}
		}
	}
	b.WriteByte('"')
}
