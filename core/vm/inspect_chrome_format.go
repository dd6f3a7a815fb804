package vm

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DevTools' console text for RemoteObjects: ConsoleViewMessage.format, ConsoleFormat.format,
// RemoteObjectPreviewFormatter and ObjectPropertiesSection's function descriptions. These are
// the rules test/conformance/chromefmt applies to recorded CDP events; the two must agree.

// FormatChromeConsole renders a console call of CDP type typ ("log", "assert", "dir", …) as the
// DevTools console line.
func (r *Runtime) FormatChromeConsole(typ string, args []Value) string {
	args = r.v8ConsoleFormatter(args)
	remotes := make([]*remoteObject, len(args))
	for i, a := range args {
		remotes[i] = r.chromeRemote(a)
	}
	return formatConsoleCall(typ, remotes)
}

// FormatChromeUncaught is the console line of an uncaught exception in the browser:
// "Uncaught " + the first line of an error's description, or the value as console.log shows it.
func (r *Runtime) FormatChromeUncaught(v Value) string {
	ro := r.chromeRemote(v)
	switch {
	case ro.subtype == "error":
		return "Uncaught " + firstLineOf(ro.description)
	case ro.typ == "string":
		return "Uncaught " + ro.text()
	}
	return "Uncaught " + formatParameter(ro, false, true)
}

func firstLineOf(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// text is SDK.RemoteObject's description: the protocol description or the primitive's text.
func (o *remoteObject) text() string {
	if o.description != "" {
		return o.description
	}
	switch o.typ {
	case "undefined":
		return "undefined"
	case "string":
		return o.value.String().GoString()
	case "boolean":
		return strconv.FormatBool(o.value.Boolean())
	case "number":
		return NumberToString(o.value.Num())
	}
	if o.subtype == "null" {
		return "null"
	}
	return ""
}

func formatConsoleCall(typ string, args []*remoteObject) string {
	var b strings.Builder
	if typ == "assert" {
		b.WriteString("Assertion failed: ")
	}
	if typ == "dir" && len(args) > 0 {
		// DevTools shows console.dir(obj) as console.log('%O', obj).
		args = []*remoteObject{{typ: "string", value: Str("%O")}, args[0]}
	}
	if len(args) == 0 {
		return b.String()
	}
	params := args
	shouldFormat := args[0].typ == "string"
	if shouldFormat {
		params = formatWithSubstitution(&b, args[0].text(), args[1:])
		if len(params) > 0 {
			b.WriteString(" ")
		}
	}
	for i, p := range params {
		if shouldFormat && p.typ == "string" {
			b.WriteString(p.text())
		} else {
			b.WriteString(formatParameter(p, false, true))
		}
		if i < len(params)-1 {
			b.WriteString(" ")
		}
	}
	return b.String()
}

var chromeFormatRE = regexp.MustCompile(`%([%_Oocsdfi])|\x1B\[(\d+)m`)

// formatWithSubstitution substitutes %s %d %i %f %o %O %c %_ %% (dropping ANSI colour codes) and
// returns the arguments the format did not use; substituted text is scanned again.
func formatWithSubstitution(b *strings.Builder, f string, args []*remoteObject) []*remoteObject {
	argIndex := 0
	for {
		loc := chromeFormatRE.FindStringSubmatchIndex(f)
		if loc == nil {
			break
		}
		b.WriteString(f[:loc[0]])
		whole := f[loc[0]:loc[1]]
		spec := ""
		if loc[2] >= 0 {
			spec = f[loc[2]:loc[3]]
		}
		substitution, substituted := "", false
		switch spec {
		case "%":
			b.WriteString("%")
			substituted = true
		case "s":
			if argIndex < len(args) {
				substitution = args[argIndex].text()
				argIndex++
				substituted = true
			}
		case "c", "_":
			if argIndex < len(args) {
				argIndex++
				substituted = true
			}
		case "o", "O":
			if argIndex < len(args) {
				b.WriteString(formatParameter(args[argIndex], spec == "O", spec == "o"))
				argIndex++
				substituted = true
			}
		case "d", "f", "i":
			if argIndex < len(args) {
				v := math.NaN()
				if a := args[argIndex]; a.typ == "number" && a.hasNumber {
					v = a.value.Num()
				}
				argIndex++
				if spec != "f" {
					v = math.Floor(v)
				}
				substitution = jsNumberText(v)
				substituted = true
			}
		case "":
			if code, err := strconv.Atoi(f[loc[4]:loc[5]]); err == nil && chromeANSICodes[code] {
				substituted = true
			}
		}
		if !substituted {
			b.WriteString(whole)
		}
		f = substitution + f[loc[1]:]
	}
	b.WriteString(f)
	return args[argIndex:]
}

// jsNumberText is Number::toString as DevTools concatenates it (-0 prints as 0).
func jsNumberText(f float64) string {
	if f == 0 {
		return "0"
	}
	return NumberToString(f)
}

var chromeANSICodes = func() map[int]bool {
	m := map[int]bool{39: true, 49: true}
	for _, base := range []int{30, 40, 90, 100} {
		for i := 0; i < 8; i++ {
			m[base+i] = true
		}
	}
	return m
}()

// formatParameter is ConsoleViewMessage.formatParameter for one argument.
func formatParameter(o *remoteObject, forceObject, includePreview bool) string {
	kind := o.subtype
	if kind == "" {
		kind = o.typ
	}
	if forceObject {
		kind = "object"
	}
	switch kind {
	case "error":
		return o.text()
	case "function":
		return functionText(o.text(), includePreview, "")
	case "string":
		return formatAsJSLiteral(o.text())
	case "boolean", "date", "null", "number", "regexp", "symbol", "undefined", "bigint":
		return o.text()
	}
	if includePreview && o.preview != nil {
		return renderObjectPreview(o.preview)
	}
	if o.typ == "function" {
		return functionText(o.text(), false, "anonymous")
	}
	return o.text()
}

var (
	fnGetSetRE     = regexp.MustCompile(`^function [gs]et `)
	fnGetSetParenR = regexp.MustCompile(`^function [gs]et\(`)
	getSetRE       = regexp.MustCompile(`^[gs]et `)
	argsEndRE      = regexp.MustCompile(`\)\s*\{`)
	asyncFnRE      = regexp.MustCompile(`^(async\s+function)`)
	classNameRE    = regexp.MustCompile(`^[^{\s]+`)
)

// functionText is valueElementForFunctionDescription: "ƒ f() {}", "class A {}", arrows as
// written; without includePreview only the name and parameters.
func functionText(desc string, includePreview bool, defaultName string) string {
	text := fnGetSetRE.ReplaceAllString(desc, "function ")
	text = fnGetSetParenR.ReplaceAllString(text, "function(")
	text = getSetRE.ReplaceAllString(text, "")
	nameAndArguments := func(contents string) string {
		start := strings.Index(contents, "(")
		end := argsEndRE.FindStringIndex(contents)
		if start != -1 && end != nil && end[0] > start {
			name := strings.TrimSpace(contents[:start])
			if name == "" {
				name = defaultName
			}
			return name + contents[start:end[0]+1]
		}
		return defaultName + "()"
	}
	asyncM := asyncFnRE.FindString(text)
	isGenerator := strings.HasPrefix(text, "function*")
	isGenShorthand := strings.HasPrefix(text, "*")
	isBasic := !isGenerator && strings.HasPrefix(text, "function")
	isClass := strings.HasPrefix(text, "class ") || strings.HasPrefix(text, "class{")
	arrow := strings.Index(text, "=>")
	isArrow := asyncM == "" && !isGenerator && !isBasic && !isClass && arrow > 0
	var prefix, body, abbr string
	switch {
	case isClass:
		body = text[len("class"):]
		abbr = defaultName
		if m := classNameRE.FindString(strings.TrimSpace(body)); m != "" {
			abbr = m
		}
		prefix = "class"
	case asyncM != "":
		body = text[len(asyncM):]
		prefix, abbr = "async ƒ", nameAndArguments(body)
	case isGenerator:
		body = text[len("function*"):]
		prefix, abbr = "ƒ*", nameAndArguments(body)
	case isGenShorthand:
		body = text[1:]
		prefix, abbr = "ƒ*", nameAndArguments(body)
	case isBasic:
		body = text[len("function"):]
		prefix, abbr = "ƒ", nameAndArguments(body)
	case isArrow:
		body, abbr = text, text
		if defaultName != "" {
			abbr = defaultName + "()"
		} else if jsLen(text) > 60 {
			abbr = text[:arrow+2] + " {…}"
		}
	default:
		prefix, body, abbr = "ƒ", text, nameAndArguments(text)
	}
	var s string
	if includePreview {
		s = trimEndUnits(strings.TrimSpace(body), 200)
	} else {
		s = strings.ReplaceAll(abbr, "\n", " ")
	}
	if prefix != "" {
		return prefix + " " + s
	}
	return s
}

// renderObjectPreview is RemoteObjectPreviewFormatter.renderObjectPreview (with a plain space
// where DevTools puts U+00A0).
func renderObjectPreview(p *objectPreview) string {
	switch p.subtype {
	case "arraybuffer", "dataview", "error", "null", "regexp", "webassemblymemory", "internal#entry", "trustedtype":
		return renderPropertyPreview(p.typ, p.subtype, p.description)
	}
	if p.typ != "object" {
		return renderPropertyPreview(p.typ, p.subtype, p.description)
	}
	isArray := p.subtype == "array" || p.subtype == "typedarray"
	objDesc := ""
	if p.description != "" {
		if isArray {
			n := previewArrayLength(p)
			lenText := ""
			if n > 1 {
				lenText = "(" + strconv.Itoa(n) + ")"
			}
			if name := arrayNameOf(p.description); name == "Array" {
				objDesc = lenText
			} else {
				objDesc = name + lenText
			}
		} else if p.description != "Object" {
			objDesc = p.description
		}
	}
	var items []string
	switch {
	case p.entries != nil:
		for _, e := range *p.entries {
			s := ""
			if e.key != nil {
				s = renderPropertyPreview(e.key.typ, e.key.subtype, e.key.description) + " => "
			}
			items = append(items, s+renderPropertyPreview(e.value.typ, e.value.subtype, e.value.description))
		}
	case isArray:
		items = previewArrayItems(p)
	default:
		items = previewObjectItems(p)
	}
	open, close := "{", "}"
	if isArray {
		open, close = "[", "]"
	}
	var b strings.Builder
	if objDesc != "" {
		b.WriteString(objDesc + " ")
	}
	b.WriteString(open + strings.Join(items, ", "))
	if p.overflow {
		if len(items) > 0 {
			b.WriteString(", …")
		} else {
			b.WriteString("…")
		}
	}
	b.WriteString(close)
	return b.String()
}

func renderPreviewName(name string) string {
	if name == "" || strings.Contains(name, "\n") || startsOrEndsWithJSSpace(name) {
		return `"` + strings.ReplaceAll(name, "\n", "↵") + `"`
	}
	return name
}

func startsOrEndsWithJSSpace(s string) bool {
	f, _ := utf8.DecodeRuneInString(s)
	l, _ := utf8.DecodeLastRuneInString(s)
	space := func(r rune) bool { return unicode.Is(unicode.White_Space, r) || r == '\uFEFF' }
	return space(f) || space(l)
}

// previewSortValue orders object preview properties: internal slots first, then data, then
// functions and private fields (a stable sort keeps insertion order within each group).
func previewSortValue(pp *propertyPreview) int {
	switch pp.name {
	case "[[PromiseState]]":
		return 1
	case "[[PromiseResult]]":
		return 2
	case "[[GeneratorState]]", "[[PrimitiveValue]]", "[[WeakRefTarget]]":
		return 3
	}
	if pp.typ != "function" && !strings.HasPrefix(pp.name, "#") {
		return 4
	}
	return 5
}

func stableSortPreview(ps []*propertyPreview) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && previewSortValue(ps[j]) < previewSortValue(ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func previewObjectItems(p *objectPreview) []string {
	var props []*propertyPreview
	for i := range p.properties {
		if p.properties[i].typ != "accessor" {
			props = append(props, &p.properties[i])
		}
	}
	stableSortPreview(props)
	var items []string
	for i := 0; i < len(props); i++ {
		pp := props[i]
		switch {
		case p.subtype == "promise" && pp.name == "[[PromiseState]]":
			item := "<" + pp.value + ">"
			if i+1 < len(props) && props[i+1].name == "[[PromiseResult]]" {
				if pp.value != "pending" {
					item += ": " + renderPropertyPreview(props[i+1].typ, props[i+1].subtype, props[i+1].value)
				}
				i++
			}
			items = append(items, item)
		case p.subtype == "generator" && pp.name == "[[GeneratorState]]":
			items = append(items, "<"+pp.value+">")
		case pp.name == "[[PrimitiveValue]]":
			items = append(items, renderPropertyPreview(pp.typ, pp.subtype, pp.value))
		case pp.name == "[[WeakRefTarget]]":
			if pp.typ == "undefined" {
				items = append(items, "<cleared>")
			} else {
				items = append(items, renderPropertyPreview(pp.typ, pp.subtype, pp.value))
			}
		default:
			items = append(items, renderPreviewName(pp.name)+": "+renderPropertyPreview(pp.typ, pp.subtype, pp.value))
		}
	}
	return items
}

func previewArrayItems(p *objectPreview) []string {
	n := previewArrayLength(p)
	toIndex := func(name string) int {
		u, err := strconv.ParseUint(name, 10, 32)
		if err != nil || strconv.FormatUint(u, 10) != name || int(u) >= n {
			return -1
		}
		return int(u)
	}
	var idx, other []*propertyPreview
	for i := range p.properties {
		if toIndex(p.properties[i].name) != -1 {
			idx = append(idx, &p.properties[i])
		} else {
			other = append(other, &p.properties[i])
		}
	}
	for i := 1; i < len(idx); i++ {
		for j := i; j > 0 && toIndex(idx[j].name) < toIndex(idx[j-1].name); j-- {
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
	}
	stableSortPreview(other)
	canShowGaps := !p.overflow
	gap := func(c int) string {
		if c == 1 {
			return "empty"
		}
		return "empty × " + strconv.Itoa(c)
	}
	var items []string
	last := -1
	for k, pp := range idx {
		i := toIndex(pp.name)
		if canShowGaps && i-last-1 > 0 {
			items = append(items, gap(i-last-1))
		}
		if !canShowGaps && i != k {
			items = append(items, pp.name+": "+renderPropertyPreview(pp.typ, pp.subtype, pp.value))
		} else {
			items = append(items, renderPropertyPreview(pp.typ, pp.subtype, pp.value))
		}
		last = i
	}
	if canShowGaps && n-last-1 > 0 {
		items = append(items, gap(n-last-1))
	}
	for _, pp := range other {
		items = append(items, renderPreviewName(pp.name)+": "+renderPropertyPreview(pp.typ, pp.subtype, pp.value))
	}
	return items
}

// renderPropertyPreview renders a nested value: strings quoted, functions as ƒ, plain objects as
// {…} (or their class name), everything else by its description.
func renderPropertyPreview(typ, subtype, desc string) string {
	switch {
	case typ == "accessor":
		return "(...)"
	case typ == "function":
		return "ƒ"
	case typ == "string":
		return formatAsJSLiteral(desc)
	case typ == "object" && subtype == "":
		parts := strings.Split(desc, ".")
		for i := 0; i < len(parts)-1; i++ {
			parts[i] = trimMiddleUnits(parts[i], 3)
		}
		if len(parts) == 1 && parts[0] == "Object" {
			return "{…}"
		}
		return strings.Join(parts, ".")
	}
	return desc
}

var (
	arrayLenBracketRE = regexp.MustCompile(`\[([0-9]+)\]`)
	arrayLenParenRE   = regexp.MustCompile(`\(([0-9]+)\)`)
	arrayLenSuffixRE  = regexp.MustCompile(`(\[[0-9]+\]|\([0-9]+\))$`)
)

func previewArrayLength(p *objectPreview) int {
	if p.subtype != "array" && p.subtype != "typedarray" {
		return 0
	}
	for _, re := range []*regexp.Regexp{arrayLenBracketRE, arrayLenParenRE} {
		if m := re.FindStringSubmatch(p.description); m != nil {
			n, _ := strconv.Atoi(m[1])
			return n
		}
	}
	return 0
}

func arrayNameOf(d string) string { return arrayLenSuffixRE.ReplaceAllString(d, "") }

// formatAsJSLiteral is StringUtilities.formatAsJSLiteral: quoted with ' (or " or `), with
// control characters, backslashes and "<!--", "<script", "</script" escaped.
func formatAsJSLiteral(s string) string {
	quote := "'"
	escapeQuote := false
	switch {
	case !strings.Contains(s, "'"):
	case !strings.Contains(s, `"`):
		quote = `"`
	case !strings.Contains(s, "`") && !strings.Contains(s, "${"):
		quote = "`"
	default:
		escapeQuote = true
	}
	var b strings.Builder
	b.WriteString(quote)
	for i := 0; i < len(s); {
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			b.WriteString(`\x3C!--`)
			i += 4
			continue
		case strings.HasPrefix(rest, "<script"):
			b.WriteString(`\x3Cscript`)
			i += 7
			continue
		case strings.HasPrefix(rest, "</script"):
			b.WriteString(`\x3C/script`)
			i += 8
			continue
		}
		r, size := utf8.DecodeRuneInString(rest)
		i += size
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\'' && escapeQuote:
			b.WriteString(`\'`)
		case unicode.Is(unicode.Cc, r):
			if e, ok := chromeControlEscapes[r]; ok {
				b.WriteString(e)
			} else {
				h := strings.ToUpper(strconv.FormatUint(uint64(r), 16))
				if len(h) < 2 {
					h = "0" + h
				}
				b.WriteString(`\x` + h)
			}
		default:
			b.WriteString(rest[:size])
		}
	}
	b.WriteString(quote)
	return b.String()
}

var chromeControlEscapes = map[rune]string{'\b': `\b`, '\f': `\f`, '\n': `\n`, '\r': `\r`, '\t': `\t`, '\v': `\v`}

// trimEndUnits and trimMiddleUnits count UTF-16 code units, like the JavaScript originals.
func trimEndUnits(s string, max int) string {
	u := NewString(s).UTF16()
	if len(u) <= max {
		return s
	}
	return NewStringUTF16(u[:max-1]).GoString() + "…"
}

func trimMiddleUnits(s string, max int) string {
	u := NewString(s).UTF16()
	if len(u) <= max {
		return s
	}
	left := max >> 1
	right := max - left - 1
	return NewStringUTF16(u[:left]).GoString() + "…" + NewStringUTF16(u[len(u)-right:]).GoString()
}
