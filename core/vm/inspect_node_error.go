package vm

import (
	"regexp"
	"strings"
)

// Errors in util.inspect: Node's formatError, improveStack, removeDuplicateErrorKeys and the
// de-duplication of stack frames shared with the error's cause.

var (
	nullProtoErrorRE  = regexp.MustCompile(`^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)`)
	nullProtoErrorRE2 = regexp.MustCompile(`^([a-z_A-Z0-9-]*Error)$`)
)

func (ctx *inspectCtx) getStackString(err *Object) string {
	r := ctx.r
	stack := r.GetStr(err, "stack")
	if ToBoolean(stack) {
		if stack.IsString() {
			return stack.String().GoString()
		}
		return ctx.formatValue(stack, 0)
	}
	return r.errorToString(err)
}

// errorToString is Error.prototype.toString.
func (r *Runtime) errorToString(o *Object) string {
	name := "Error"
	if n := r.GetStr(o, "name"); !n.IsUndefined() {
		name = r.safeToString(n)
	}
	msg := ""
	if m := r.GetStr(o, "message"); !m.IsUndefined() {
		msg = r.safeToString(m)
	}
	switch {
	case name == "":
		return msg
	case msg == "":
		return name
	}
	return name + ": " + msg
}

func keyIs(k Key, name string) bool {
	return !k.IsIndex() && !k.Prop().IsSymbol() && k.Prop().Name() == name
}

func removeKey(keys []Key, name string) ([]Key, bool) {
	for i, k := range keys {
		if keyIs(k, name) {
			return append(keys[:i:i], keys[i+1:]...), true
		}
	}
	return keys, false
}

func hasKey(keys []Key, name string) bool {
	for _, k := range keys {
		if keyIs(k, name) {
			return true
		}
	}
	return false
}

func (ctx *inspectCtx) formatError(err *Object, constructor string, hasCtor bool, tag string, keys *[]Key) string {
	r := ctx.r
	nameV := r.GetStr(err, "name")
	name := "Error"
	if !nameV.IsNullish() {
		name = r.safeToString(nameV)
	}
	stack := ctx.getStackString(err)

	// removeDuplicateErrorKeys: name, message and stack are hidden when the stack shows them.
	if !ctx.ShowHidden && len(*keys) != 0 {
		for _, n := range []string{"name", "message", "stack"} {
			if !hasKey(*keys, n) {
				continue
			}
			v := r.GetStr(err, n)
			if !v.IsString() || strings.Contains(stack, v.String().GoString()) {
				*keys, _ = removeKey(*keys, n)
			}
		}
	}
	if r.HasProperty(err, StrKey("cause")) && (len(*keys) == 0 || !hasKey(*keys, "cause")) {
		*keys = append(*keys, StrKey("cause"))
	}
	if ev := r.GetStr(err, "errors"); ev.IsObject() && ev.Object().IsArray() && (len(*keys) == 0 || !hasKey(*keys, "errors")) {
		*keys = append(*keys, StrKey("errors"))
	}
	stack = improveStack(stack, constructor, hasCtor, name, tag)

	// The message is skipped when looking for the first frame: it may contain "\n    at".
	pos := -1
	if msg := r.GetStr(err, "message"); ToBoolean(msg) {
		m := r.safeToString(msg)
		if i := strings.Index(stack, m); i > 0 {
			pos = i + len(m)
		}
	}
	stackStart := -1
	if from := max(pos, 0); from <= len(stack) {
		if i := strings.Index(stack[from:], "\n    at"); i >= 0 {
			stackStart = from + i
		}
	}
	if stackStart == -1 {
		stack = "[" + stack + "]"
	} else {
		lines := ctx.getStackFrames(err, stack[stackStart+1:])
		stack = stack[:stackStart] + "\n" + strings.Join(lines, "\n")
	}
	if ctx.indentationLvl != 0 {
		stack = strings.ReplaceAll(stack, "\n", "\n"+strings.Repeat(" ", ctx.indentationLvl))
	}
	return stack
}

// improveStack is Node's improveStack: it makes the first line name the constructor when the
// stack's own name is less precise ("Error [TypeError]: …", "[Error: null prototype]: …").
func improveStack(stack, constructor string, hasCtor bool, name, tag string) string {
	l := len(name)
	if !hasCtor || strings.HasSuffix(name, "Error") && strings.HasPrefix(stack, name) &&
		(len(stack) == l || stack[l] == ':' || stack[l] == '\n') {
		fallback := "Error"
		if !hasCtor {
			m := nullProtoErrorRE.FindStringSubmatch(stack)
			if m == nil {
				m = nullProtoErrorRE2.FindStringSubmatch(stack)
			}
			fallback = ""
			if m != nil {
				fallback = m[1]
			}
			l = len(fallback)
			if fallback == "" {
				fallback = "Error"
			}
		}
		prefix := getPrefix(constructor, hasCtor, tag, fallback, "")
		prefix = prefix[:len(prefix)-1]
		if name != prefix {
			if strings.Contains(prefix, name) {
				if l == 0 {
					stack = prefix + ": " + stack
				} else {
					stack = prefix + stack[l:]
				}
			} else {
				stack = prefix + " [" + name + "]" + stack[l:]
			}
		}
	}
	return stack
}

// getStackFrames splits the frames and replaces those repeated from the cause's stack with
// "... n lines matching cause stack trace ...".
func (ctx *inspectCtx) getStackFrames(err *Object, stack string) []string {
	r := ctx.r
	frames := strings.Split(stack, "\n")
	cause := r.GetStr(err, "cause")
	if co := cause.AsObject(); co != nil && ctx.isError(co) {
		causeStack := ctx.getStackString(co)
		if i := strings.Index(causeStack, "\n    at"); i != -1 {
			causeFrames := strings.Split(causeStack[i+1:], "\n")
			if n, offset := identicalSequenceRange(frames, causeFrames); n > 0 {
				skipped := n - 2
				msg := "    ... " + itoa(skipped) + " lines matching cause stack trace ..."
				rest := append([]string{msg}, frames[offset+1+skipped:]...)
				frames = append(frames[:offset+1], rest...)
			}
		}
	}
	return frames
}

func identicalSequenceRange(a, b []string) (int, int) {
	for i := 0; i < len(a)-3; i++ {
		pos := -1
		for j, s := range b {
			if s == a[i] {
				pos = j
				break
			}
		}
		if pos == -1 {
			continue
		}
		rest := len(b) - pos
		if rest > 3 {
			n := 1
			maxLen := min(len(a)-i, rest)
			for maxLen > n && a[i+n] == b[pos+n] {
				n++
			}
			if n > 3 {
				return n, i
			}
		}
	}
	return 0, 0
}
