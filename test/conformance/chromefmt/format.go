package chromefmt

import (
	"encoding/json"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// StderrTypes are the console API types whose lines go to the recorded .stderr (the ones Node
// writes to stderr too); every other type goes to .stdout.
var StderrTypes = map[string]bool{"error": true, "warning": true, "assert": true, "trace": true}

// Render turns a page's events into the texts of its two streams: one line (ending in "\n") per
// console call or uncaught exception. A line may contain newlines itself when a value does (a
// string with "\n", a function's source text).
func Render(events []Event) (stdout, stderr string) {
	var out, errb strings.Builder
	for _, ev := range events {
		switch ev.Kind {
		case "console":
			line := FormatConsoleCall(ev.Type, ev.Args)
			if StderrTypes[ev.Type] {
				errb.WriteString(line + "\n")
			} else {
				out.WriteString(line + "\n")
			}
		case "exception":
			errb.WriteString(FormatException(ev.Exception) + "\n")
		}
	}
	return out.String(), errb.String()
}

// FormatException renders an uncaught exception the way the console's first line shows it:
// "Uncaught " followed by the first line of the error's description (its stack), or the thrown
// value formatted like a console.log argument when it is not an Error.
func FormatException(d *ExceptionDetails) string {
	if d == nil {
		return "Uncaught"
	}
	ex := d.Exception
	if ex == nil {
		return firstLine(d.Text)
	}
	var s string
	switch {
	case ex.Subtype == "error":
		s = firstLine(ex.Description)
	case ex.Type == "string":
		s = description(ex)
	default:
		s = formatParameter(ex, false, true)
	}
	return "Uncaught " + s
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// FormatConsoleCall renders one console API call (console.log(...args) and friends).
func FormatConsoleCall(typ string, args []RemoteObject) string {
	var b strings.Builder
	if typ == "assert" {
		b.WriteString("Assertion failed: ")
	}
	if typ == "dir" && len(args) > 0 {
		// ConsoleViewMessage formats console.dir(obj) as console.log('%O', obj).
		args = []RemoteObject{{Type: "string", Value: json.RawMessage(`"%O"`)}, args[0]}
	}
	if len(args) == 0 {
		return b.String()
	}
	params := args
	shouldFormat := args[0].Type == "string"
	if shouldFormat {
		params = formatWithSubstitution(&b, description(&args[0]), args[1:])
		if len(params) > 0 {
			b.WriteString(" ")
		}
	}
	for i := range params {
		if shouldFormat && params[i].Type == "string" {
			b.WriteString(description(&params[i]))
		} else {
			b.WriteString(formatParameter(&params[i], false, true))
		}
		if i < len(params)-1 {
			b.WriteString(" ")
		}
	}
	return b.String()
}

var formatRE = regexp.MustCompile(`%([%_Oocsdfi])|\x1B\[(\d+)m`)

// formatWithSubstitution is ConsoleFormat.format: it substitutes %s %d %i %f %o %O %c %_ %% (and
// drops ANSI colour escapes) and returns the arguments the format string did not use.
func formatWithSubstitution(b *strings.Builder, f string, args []RemoteObject) []RemoteObject {
	argIndex := 0
	for {
		loc := formatRE.FindStringSubmatchIndex(f)
		if loc == nil {
			break
		}
		b.WriteString(f[:loc[0]])
		whole := f[loc[0]:loc[1]]
		spec := ""
		if loc[2] >= 0 {
			spec = f[loc[2]:loc[3]]
		}
		substitution := ""
		substituted := false
		switch spec {
		case "%":
			b.WriteString("%")
			substituted = true
		case "s":
			if argIndex < len(args) {
				substitution = description(&args[argIndex])
				argIndex++
				substituted = true
			}
		case "c", "_":
			if argIndex < len(args) {
				argIndex++ // styles have no text
				substituted = true
			}
		case "o", "O":
			if argIndex < len(args) {
				if spec == "O" {
					b.WriteString(formatParameter(&args[argIndex], true, false))
				} else {
					b.WriteString(formatParameter(&args[argIndex], false, true))
				}
				argIndex++
				substituted = true
			}
		case "d", "f", "i":
			if argIndex < len(args) {
				v := math.NaN()
				var x float64
				if len(args[argIndex].Value) > 0 && json.Unmarshal(args[argIndex].Value, &x) == nil && args[argIndex].Type == "number" {
					v = x
				}
				argIndex++
				if spec != "f" {
					v = math.Floor(v)
				}
				substitution = jsNumber(v)
				substituted = true
			}
		case "":
			if code, err := strconv.Atoi(f[loc[4]:loc[5]]); err == nil && ansiCodes[code] {
				substituted = true
			}
		}
		if !substituted {
			b.WriteString(whole)
		}
		// Like DevTools, the substituted text is re-scanned together with the rest.
		f = substitution + f[loc[1]:]
	}
	b.WriteString(f)
	return args[argIndex:]
}

// ansiCodes are the SGR colour codes DevTools turns into styles (and so removes from the text).
var ansiCodes = map[int]bool{
	30: true, 31: true, 32: true, 33: true, 34: true, 35: true, 36: true, 37: true, 39: true,
	90: true, 91: true, 92: true, 93: true, 94: true, 95: true, 96: true, 97: true,
	40: true, 41: true, 42: true, 43: true, 44: true, 45: true, 46: true, 47: true, 49: true,
	100: true, 101: true, 102: true, 103: true, 104: true, 105: true, 106: true, 107: true,
}

// description is SDK.RemoteObject's description: the protocol's description, or the text of a
// primitive value.
func description(o *RemoteObject) string {
	if o.Description != "" {
		return o.Description
	}
	if o.UnserializableValue != "" {
		return o.UnserializableValue
	}
	switch o.Type {
	case "undefined":
		return "undefined"
	case "string":
		var s string
		_ = json.Unmarshal(o.Value, &s)
		return s
	}
	if o.Subtype == "null" {
		return "null"
	}
	if len(o.Value) > 0 {
		var x any
		if json.Unmarshal(o.Value, &x) == nil {
			switch v := x.(type) {
			case float64:
				return jsNumber(v)
			case bool:
				return strconv.FormatBool(v)
			case nil:
				return "null"
			}
		}
		return string(o.Value)
	}
	return ""
}

// formatParameter is ConsoleViewMessage.formatParameter for one top-level argument.
func formatParameter(o *RemoteObject, forceObject, includePreview bool) string {
	kind := o.Subtype
	if kind == "" {
		kind = o.Type
	}
	if forceObject {
		kind = "object"
	}
	switch kind {
	case "error":
		return description(o)
	case "function":
		return functionText(description(o), includePreview, "")
	case "string":
		return FormatAsJSLiteral(description(o))
	case "boolean", "date", "null", "number", "regexp", "symbol", "undefined", "bigint":
		return description(o)
	}
	// Objects, arrays, maps, sets, … (formatParameterAsObject).
	if includePreview && o.Preview != nil {
		return renderObjectPreview(o.Preview)
	}
	if o.Type == "function" {
		return functionText(description(o), false, "anonymous")
	}
	return description(o)
}

// functionText is ObjectPropertiesSection.valueElementForFunctionDescription: "ƒ " + source for
// functions and methods, "class …" for classes, arrows as written; with includePreview false
// only the abbreviation (name and parameters) is shown.
func functionText(desc string, includePreview bool, defaultName string) string {
	text := desc
	text = regexp.MustCompile(`^function [gs]et `).ReplaceAllString(text, "function ")
	text = regexp.MustCompile(`^function [gs]et\(`).ReplaceAllString(text, "function(")
	text = regexp.MustCompile(`^[gs]et `).ReplaceAllString(text, "")
	nameAndArguments := func(contents string) string {
		start := strings.Index(contents, "(")
		end := regexp.MustCompile(`\)\s*\{`).FindStringIndex(contents)
		if start != -1 && end != nil && end[0] > start {
			name := strings.TrimSpace(contents[:start])
			if name == "" {
				name = defaultName
			}
			return name + contents[start:end[0]+1]
		}
		return defaultName + "()"
	}
	asyncM := regexp.MustCompile(`^(async\s+function)`).FindString(text)
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
		if m := regexp.MustCompile(`^[^{\s]+`).FindString(strings.TrimSpace(body)); m != "" {
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
		} else if utf16Len(text) > 60 {
			abbr = text[:arrow+2] + " {…}"
		}
	default:
		prefix, body, abbr = "ƒ", text, nameAndArguments(text)
	}
	var s string
	if includePreview {
		s = trimEndWithMaxLength(strings.TrimSpace(body), 200)
	} else {
		s = strings.ReplaceAll(abbr, "\n", " ")
	}
	if prefix != "" {
		return prefix + " " + s
	}
	return s
}

// renderObjectPreview is RemoteObjectPreviewFormatter.renderObjectPreview: "(3) [1, 2, 3]",
// "{a: 1, b: 'x'}", "Foo {x: 1}", "Map(1) {'k' => 1}". DevTools separates the description from
// the braces with U+00A0; this text uses a plain space.
func renderObjectPreview(p *ObjectPreview) string {
	switch p.Subtype {
	case "arraybuffer", "dataview", "error", "null", "regexp", "webassemblymemory", "internal#entry", "trustedtype":
		return renderPropertyPreview(p.Type, p.Subtype, p.Description)
	}
	if p.Type != "object" {
		return renderPropertyPreview(p.Type, p.Subtype, p.Description)
	}
	isArray := p.Subtype == "array" || p.Subtype == "typedarray"
	objDesc := ""
	if p.Description != "" {
		if isArray {
			n := arrayLength(p)
			lenText := ""
			if n > 1 {
				lenText = "(" + strconv.Itoa(n) + ")"
			}
			name := arrayNameFromDescription(p.Description)
			if name == "Array" {
				objDesc = lenText
			} else {
				objDesc = name + lenText
			}
		} else if p.Description != "Object" {
			objDesc = p.Description
		}
	}
	var items []string
	switch {
	case p.Entries != nil:
		for _, e := range *p.Entries {
			s := ""
			if e.Key != nil {
				s = renderPropertyPreview(e.Key.Type, e.Key.Subtype, e.Key.Description) + " => "
			}
			s += renderPropertyPreview(e.Value.Type, e.Value.Subtype, e.Value.Description)
			items = append(items, s)
		}
	case isArray:
		items = arrayItems(p)
	default:
		items = objectItems(p)
	}
	var b strings.Builder
	if objDesc != "" {
		b.WriteString(objDesc + " ")
	}
	if isArray {
		b.WriteString("[")
	} else {
		b.WriteString("{")
	}
	b.WriteString(strings.Join(items, ", "))
	if p.Overflow {
		if len(items) > 0 {
			b.WriteString(", …")
		} else {
			b.WriteString("…")
		}
	}
	if isArray {
		b.WriteString("]")
	} else {
		b.WriteString("}")
	}
	return b.String()
}

func propValue(pp *PropertyPreview) string {
	if pp.Value == nil {
		return ""
	}
	return *pp.Value
}

func renderName(name string) string {
	if name == "" || strings.Contains(name, "\n") || startsOrEndsWithSpace(name) {
		return `"` + strings.ReplaceAll(name, "\n", "↵") + `"`
	}
	return name
}

func startsOrEndsWithSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	l, _ := utf8.DecodeLastRuneInString(s)
	return jsSpace(r) || jsSpace(l)
}

// jsSpace is JavaScript's \s.
func jsSpace(r rune) bool {
	return unicode.Is(unicode.White_Space, r) || r == '\uFEFF'
}

// sortValue orders object preview properties: plain data properties first, then functions and
// private (#x) fields; the sort is stable, so insertion order is kept within each group.
func sortValue(pp *PropertyPreview) int {
	switch pp.Name {
	case "[[PromiseState]]":
		return 1
	case "[[PromiseResult]]":
		return 2
	case "[[GeneratorState]]", "[[PrimitiveValue]]", "[[WeakRefTarget]]":
		return 3
	}
	if pp.Type != "function" && !strings.HasPrefix(pp.Name, "#") {
		return 4
	}
	return 5
}

func objectItems(p *ObjectPreview) []string {
	var props []*PropertyPreview
	for i := range p.Properties {
		if p.Properties[i].Type != "accessor" {
			props = append(props, &p.Properties[i])
		}
	}
	sort.SliceStable(props, func(i, j int) bool { return sortValue(props[i]) < sortValue(props[j]) })
	var items []string
	for i := 0; i < len(props); i++ {
		pp := props[i]
		switch {
		case p.Subtype == "promise" && pp.Name == "[[PromiseState]]":
			item := "<" + propValue(pp) + ">"
			if i+1 < len(props) && props[i+1].Name == "[[PromiseResult]]" {
				if propValue(pp) != "pending" {
					item += ": " + renderPP(props[i+1])
				}
				i++
			}
			items = append(items, item)
		case p.Subtype == "generator" && pp.Name == "[[GeneratorState]]":
			items = append(items, "<"+propValue(pp)+">")
		case pp.Name == "[[PrimitiveValue]]":
			items = append(items, renderPP(pp))
		case pp.Name == "[[WeakRefTarget]]":
			if pp.Type == "undefined" {
				items = append(items, "<cleared>")
			} else {
				items = append(items, renderPP(pp))
			}
		default:
			items = append(items, renderName(pp.Name)+": "+renderPP(pp))
		}
	}
	return items
}

func arrayItems(p *ObjectPreview) []string {
	n := arrayLength(p)
	toIndex := func(name string) int {
		u, err := strconv.ParseUint(name, 10, 32)
		if err != nil || strconv.FormatUint(u, 10) != name || int(u) >= n {
			return -1
		}
		return int(u)
	}
	var idx, other []*PropertyPreview
	for i := range p.Properties {
		if toIndex(p.Properties[i].Name) != -1 {
			idx = append(idx, &p.Properties[i])
		} else {
			other = append(other, &p.Properties[i])
		}
	}
	sort.SliceStable(idx, func(i, j int) bool { return toIndex(idx[i].Name) < toIndex(idx[j].Name) })
	sort.SliceStable(other, func(i, j int) bool { return sortValue(other[i]) < sortValue(other[j]) })
	canShowGaps := !p.Overflow
	gap := func(c int) string {
		if c == 1 {
			return "empty"
		}
		return "empty × " + strconv.Itoa(c)
	}
	var items []string
	last := -1
	for k, pp := range idx {
		i := toIndex(pp.Name)
		if canShowGaps && i-last-1 > 0 {
			items = append(items, gap(i-last-1))
		}
		if !canShowGaps && i != k {
			items = append(items, pp.Name+": "+renderPP(pp))
		} else {
			items = append(items, renderPP(pp))
		}
		last = i
	}
	if canShowGaps && n-last-1 > 0 {
		items = append(items, gap(n-last-1))
	}
	for _, pp := range other {
		items = append(items, renderName(pp.Name)+": "+renderPP(pp))
	}
	return items
}

func renderPP(pp *PropertyPreview) string {
	return renderPropertyPreview(pp.Type, pp.Subtype, propValue(pp))
}

// renderPropertyPreview renders a nested value: strings quoted, functions as "ƒ", plain objects as
// "{…}" (or their class name), arrays as "Array(n)", everything else by its description.
func renderPropertyPreview(typ, subtype, desc string) string {
	switch {
	case typ == "accessor":
		return "(...)"
	case typ == "function":
		return "ƒ"
	case typ == "string":
		return FormatAsJSLiteral(desc)
	case typ == "object" && subtype == "":
		parts := strings.Split(desc, ".")
		for i := 0; i < len(parts)-1; i++ {
			parts[i] = trimMiddle(parts[i], 3)
		}
		if len(parts) == 1 && parts[0] == "Object" {
			return "{…}"
		}
		return strings.Join(parts, ".")
	}
	return desc
}

var arrayLenRE = regexp.MustCompile(`\[([0-9]+)\]`)
var arrayLenParenRE = regexp.MustCompile(`\(([0-9]+)\)`)

func arrayLength(p *ObjectPreview) int {
	if p.Subtype != "array" && p.Subtype != "typedarray" {
		return 0
	}
	if m := arrayLenRE.FindStringSubmatch(p.Description); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	if m := arrayLenParenRE.FindStringSubmatch(p.Description); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return 0
}

func arrayNameFromDescription(d string) string {
	d = regexp.MustCompile(`\[[0-9]+\]$`).ReplaceAllString(d, "")
	return regexp.MustCompile(`\([0-9]+\)$`).ReplaceAllString(d, "")
}

// FormatAsJSLiteral is StringUtilities.formatAsJSLiteral: the string quoted with ' (or " or `
// when the string contains ') with control characters, backslashes, lone surrogates and
// "<!--", "<script", "</script" escaped. (Lone surrogates, which DevTools writes as \uD800, cannot
// reach here: encoding/json has already replaced them with U+FFFD.)
func FormatAsJSLiteral(s string) string {
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
			if e, ok := controlEscapes[r]; ok {
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

var controlEscapes = map[rune]string{'\b': `\b`, '\f': `\f`, '\n': `\n`, '\r': `\r`, '\t': `\t`, '\v': `\v`}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += len(utf16.Encode([]rune{r}))
	}
	return n
}

// trimEndWithMaxLength and trimMiddle count UTF-16 code units, like the JavaScript originals.
func trimEndWithMaxLength(s string, max int) string {
	u := utf16.Encode([]rune(s))
	if len(u) <= max {
		return s
	}
	return string(utf16.Decode(u[:max-1])) + "…"
}

func trimMiddle(s string, max int) string {
	u := utf16.Encode([]rune(s))
	if len(u) <= max {
		return s
	}
	left := max >> 1
	right := max - left - 1
	return string(utf16.Decode(u[:left])) + "…" + string(utf16.Decode(u[len(u)-right:]))
}
