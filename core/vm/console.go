package vm

import (
	"math"
	"strings"
)

// The console object of both hosts. Methods format their arguments (util.format for Node, the
// DevTools console text for the browser) and hand one line to r.Console; group indentation,
// counters and timers live in a consoleState captured by the methods.

// consoleState is one console's mutable state.
type consoleState struct {
	host        string
	groupIndent string
	counts      map[string]int
	timers      map[string]float64
	warned      bool // Node prints the --trace-warnings hint once
}

// consoleMethod is one console method: how it is installed and what it does.
type consoleMethod struct {
	name string
	fn   func(c *consoleState, r *Runtime, args []Value)
}

// consoleMethods lists the methods in Node 26's property order (the browser uses the same set).
var consoleMethods = []consoleMethod{
	{"log", func(c *consoleState, r *Runtime, a []Value) { c.logAs(r, "log", a) }},
	{"info", func(c *consoleState, r *Runtime, a []Value) { c.logAs(r, "info", a) }},
	{"debug", func(c *consoleState, r *Runtime, a []Value) { c.logAs(r, "debug", a) }},
	{"warn", func(c *consoleState, r *Runtime, a []Value) { c.logAs(r, "warning", a) }},
	{"error", func(c *consoleState, r *Runtime, a []Value) { c.logAs(r, "error", a) }},
	{"dir", (*consoleState).dir},
	{"time", (*consoleState).time},
	{"timeEnd", func(c *consoleState, r *Runtime, a []Value) { c.timeLog(r, a, "timeEnd") }},
	{"timeLog", func(c *consoleState, r *Runtime, a []Value) { c.timeLog(r, a, "timeLog") }},
	{"trace", (*consoleState).trace},
	{"assert", (*consoleState).assert},
	{"clear", func(c *consoleState, r *Runtime, a []Value) {
		// Node clears only a TTY; DevTools logs the clearing.
		if !c.isNode() {
			r.emitConsole("clear", "console.clear")
		}
	}},
	{"count", (*consoleState).count},
	{"countReset", (*consoleState).countReset},
	{"group", func(c *consoleState, r *Runtime, a []Value) { c.groupStart(r, a, "startGroup", "console.group") }},
	{"groupEnd", (*consoleState).groupEnd},
	{"table", (*consoleState).table},
	{"dirxml", func(c *consoleState, r *Runtime, a []Value) { c.logAs(r, "dirxml", a) }},
	{"groupCollapsed", func(c *consoleState, r *Runtime, a []Value) {
		c.groupStart(r, a, "startGroupCollapsed", "console.groupCollapsed")
	}},
	{"profile", func(c *consoleState, r *Runtime, a []Value) {}},
	{"profileEnd", func(c *consoleState, r *Runtime, a []Value) {}},
	{"timeStamp", func(c *consoleState, r *Runtime, a []Value) {}},
}

// browserConsoleOrder is Chrome's console property order (the WebIDL namespace's).
var browserConsoleOrder = []string{"debug", "error", "info", "log", "warn", "dir", "dirxml", "table", "trace", "group",
	"groupCollapsed", "groupEnd", "clear", "count", "countReset", "assert", "profile", "profileEnd", "time", "timeLog",
	"timeEnd", "timeStamp"}

// ConsoleLevelIsStderr reports which levels r.Console receives go to stderr: Node writes
// console.error, warn, trace and failed asserts there (the recorded browser output does too).
func ConsoleLevelIsStderr(level string) bool {
	switch level {
	case "error", "warn", "trace", "assert", "warning":
		return true
	}
	return false
}

// InstallConsole creates the host's console object and defines globalThis.console
// (writable, configurable, not enumerable). Each call's text goes to r.Console(level, text),
// without the final newline. Node levels: log, info, debug, warn, error, trace, warning (process
// warnings); browser levels are DevTools message types (log, info, debug, warning, error, dir,
// dirxml, table, trace, startGroup, startGroupCollapsed, endGroup, clear, count, timeEnd, assert).
// ConsoleLevelIsStderr tells the streams apart.
func (r *Runtime) InstallConsole(host string) *Object {
	c := &consoleState{host: host, counts: map[string]int{}, timers: map[string]float64{}}
	console := r.NewObjectWithProto(r.NewObject())
	methods := consoleMethods
	if host == "browser" {
		methods = make([]consoleMethod, 0, len(consoleMethods))
		for _, name := range browserConsoleOrder {
			for _, m := range consoleMethods {
				if m.name == name {
					methods = append(methods, m)
				}
			}
		}
	}
	for _, m := range methods {
		m := m
		f := r.NewNativeFunction(m.name, 0, func(r *Runtime, this Value, args []Value) Value {
			m.fn(c, r, args)
			return Undefined
		})
		r.DefineData(console, StrKey(m.name), ObjectValue(f), AttrDefault)
	}
	r.DefineData(console, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("console"), AttrConfigurable)
	r.DefineData(r.Global, StrKey("console"), ObjectValue(console), AttrHidden)
	return console
}

// FormatForConsole is the text console.log(...args) prints on a host.
func (r *Runtime) FormatForConsole(host string, args []Value) string {
	if host == "browser" {
		return r.FormatChromeConsole("log", args)
	}
	return r.Format(DefaultInspectOptions(), args)
}

func (c *consoleState) isNode() bool { return c.host != "browser" }

func (c *consoleState) format(r *Runtime, args []Value) string {
	return r.FormatForConsole(c.host, args)
}

// print indents a line for the current group (Node indents every line of it) and emits it.
func (c *consoleState) print(r *Runtime, level, text string) {
	if c.groupIndent != "" && c.isNode() {
		text = c.groupIndent + strings.ReplaceAll(text, "\n", "\n"+c.groupIndent)
	}
	r.emitConsole(level, text)
}

// emitConsole hands a line to r.Console, or writes it to the configured streams.
func (r *Runtime) emitConsole(level, text string) {
	if r.Console != nil {
		r.Console(level, text)
		return
	}
	w := r.Options.Stdout
	if ConsoleLevelIsStderr(level) {
		w = r.Options.Stderr
	}
	if w != nil {
		w.Write([]byte(text + "\n"))
	}
}

// ProcessWarningHook, when set by the node host, receives process warnings (Node prints them
// asynchronously, after the current script). Without it they are printed at once.
var ProcessWarningHook func(r *Runtime, msg string)

func (c *consoleState) warning(r *Runtime, msg string) {
	if !c.isNode() {
		r.emitConsole("warning", msg)
		return
	}
	if ProcessWarningHook != nil {
		ProcessWarningHook(r, msg)
		return
	}
	text := "(node:1) Warning: " + msg
	if !c.warned {
		c.warned = true
		text += "\n(Use `node --trace-warnings ...` to show where the warning was created)"
	}
	r.emitConsole("warning", text)
}

// label is a console method's label argument: `${label}`, "default" when undefined.
func consoleLabel(r *Runtime, args []Value) string {
	if v := Arg(args, 0); !v.IsUndefined() {
		return r.ToString(v).GoString()
	}
	return "default"
}

func (c *consoleState) dir(r *Runtime, args []Value) {
	if !c.isNode() {
		r.emitConsole("dir", r.FormatChromeConsole("dir", args[:min(len(args), 1)]))
		return
	}
	opts := DefaultInspectOptions()
	opts.CustomInspect = false
	opts = r.InspectOptionsFrom(Arg(args, 1), opts)
	c.print(r, "log", r.Inspect(Arg(args, 0), opts))
}

func (c *consoleState) time(r *Runtime, args []Value) {
	label := consoleLabel(r, args)
	if _, ok := c.timers[label]; ok {
		if c.isNode() {
			c.warning(r, "Label '"+label+"' already exists for console.time()")
		} else {
			c.warning(r, "Timer '"+label+"' already exists")
		}
		return
	}
	c.timers[label] = r.consoleNow()
}

func (c *consoleState) timeLog(r *Runtime, args []Value, method string) {
	label := consoleLabel(r, args)
	start, ok := c.timers[label]
	if !ok {
		if c.isNode() {
			c.warning(r, "No such label '"+label+"' for console."+method+"()")
		} else {
			c.warning(r, "Timer '"+label+"' does not exist")
		}
		return
	}
	ms := r.consoleNow() - start
	if method == "timeEnd" {
		delete(c.timers, label)
	}
	var data []Value
	if method == "timeLog" && len(args) > 1 {
		data = args[1:]
	}
	if !c.isNode() {
		level := "log"
		if method == "timeEnd" {
			level = "timeEnd"
		}
		r.emitConsole(level, r.FormatChromeConsole(level, append([]Value{Str(label + ": " + NumberToString(ms) + " ms")}, data...)))
		return
	}
	all := append([]Value{Str("%s: %s"), Str(label), Str(formatConsoleTime(ms))}, data...)
	c.print(r, "log", r.Format(DefaultInspectOptions(), all))
}

// formatConsoleTime is Node's formatTime: 1.234ms, 1.500s, 1:02.003 (m:ss.mmm), 1:02:03.004 (h:mm:ss.mmm).
func formatConsoleTime(ms float64) string {
	hours, minutes, seconds := 0.0, 0.0, 0.0
	if ms >= 1000 {
		if ms >= 60000 {
			if ms >= 3600000 {
				hours = math.Floor(ms / 3600000)
				ms = math.Mod(ms, 3600000)
			}
			minutes = math.Floor(ms / 60000)
			ms = math.Mod(ms, 60000)
		}
		seconds = ms / 1000
	}
	if hours != 0 || minutes != 0 {
		fixed := FormatFixed(seconds, 3)
		sec, frac, _ := strings.Cut(fixed, ".")
		res := NumberToString(minutes)
		unit := "m:ss.mmm"
		if hours != 0 {
			res = NumberToString(hours) + ":" + pad2(NumberToString(minutes))
			unit = "h:mm:ss.mmm"
		}
		return res + ":" + pad2(sec) + "." + frac + " (" + unit + ")"
	}
	if seconds != 0 {
		return FormatFixed(seconds, 3) + "s"
	}
	return NumberToString(StringToNumber(FormatFixed(ms, 3))) + "ms"
}

func pad2(s string) string {
	if len(s) < 2 {
		return "0" + s
	}
	return s
}

func (c *consoleState) count(r *Runtime, args []Value) {
	label := consoleLabel(r, args)
	c.counts[label]++
	text := label + ": " + itoa(c.counts[label])
	if c.isNode() {
		c.print(r, "log", text)
	} else {
		r.emitConsole("count", r.FormatChromeConsole("count", []Value{Str(text)}))
	}
}

func (c *consoleState) countReset(r *Runtime, args []Value) {
	label := consoleLabel(r, args)
	if _, ok := c.counts[label]; !ok {
		c.warning(r, "Count for '"+label+"' does not exist")
		return
	}
	delete(c.counts, label)
}

func (c *consoleState) groupStart(r *Runtime, args []Value, level, label string) {
	if c.isNode() {
		if len(args) > 0 {
			c.print(r, "log", c.format(r, args))
		}
		c.groupIndent += "  "
		return
	}
	if len(args) == 0 {
		args = []Value{Str(label)}
	}
	r.emitConsole(level, r.FormatChromeConsole(level, args))
}

func (c *consoleState) groupEnd(r *Runtime, args []Value) {
	if !c.isNode() {
		r.emitConsole("endGroup", "console.groupEnd")
		return
	}
	if n := len(c.groupIndent); n >= 2 {
		c.groupIndent = c.groupIndent[:n-2]
	}
}

// logAs prints a log-like call; level is the DevTools message type (Node only distinguishes
// stdout from stderr).
func (c *consoleState) logAs(r *Runtime, level string, args []Value) {
	if c.isNode() {
		if level == "warning" {
			level = "warn"
		}
		if level == "dirxml" {
			level = "log"
		}
		c.print(r, level, c.format(r, args))
		return
	}
	if len(args) == 0 {
		// V8 reports no message for an argument-less console.log().
		return
	}
	r.emitConsole(level, r.FormatChromeConsole(level, args))
}

func (c *consoleState) trace(r *Runtime, args []Value) {
	if !c.isNode() {
		if len(args) == 0 {
			args = []Value{Str("console.trace")}
		}
		r.emitConsole("trace", r.FormatChromeConsole("trace", args))
		return
	}
	header := "Trace"
	if msg := c.format(r, args); msg != "" {
		header += ": " + msg
	}
	// Error.captureStackTrace(err, trace): the trace starts at trace's caller
	c.print(r, "trace", header+strings.TrimPrefix(r.StackTrace(), r.nativeFramesAt(len(r.interp.frames))))
}

func (c *consoleState) assert(r *Runtime, args []Value) {
	if ToBoolean(Arg(args, 0)) {
		return
	}
	rest := args[min(len(args), 1):]
	if !c.isNode() {
		if len(rest) == 0 {
			rest = []Value{Str("console.assert")}
		}
		r.emitConsole("assert", r.FormatChromeConsole("assert", rest))
		return
	}
	switch {
	case len(rest) == 0:
		rest = []Value{Str("Assertion failed")}
	case rest[0].IsString():
		rest = append([]Value{Str("Assertion failed: " + rest[0].String().GoString())}, rest[1:]...)
	default:
		rest = append([]Value{Str("Assertion failed")}, rest...)
	}
	c.print(r, "warn", c.format(r, rest))
}
