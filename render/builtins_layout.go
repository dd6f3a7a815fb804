package render

import (
	"strings"

	"enginescope/core/events"
)

// Built-ins drawn collapsed, as the notes' diagrams do: an object the run never allocated (the
// global object, Array, console.log, …, made before the program started, in V8's startup
// snapshot) gets a one-line box, and the global object is named after its host, lists only what
// the program put on it, and folds its built-in properties into one line.

// builtin reports whether o existed before the program ran.
func builtin(o *Object) bool {
	return !o.Known && o.Type != "Context" && o.Addr != 0
}

// globalObject is the script's receiver in the browser (window); Node's module code runs with
// module.exports as this, so there the global object is not on the stack.
func (l *layout) globalObject() events.Addr {
	if l.host != "browser" || len(l.s.Frames) == 0 {
		return 0
	}
	f := l.s.Frames[0]
	if f.Depth != 1 || (f.This.T != events.TObject && f.This.T != events.TFunction) {
		return 0
	}
	if o := l.s.Heap[f.This.Addr]; o != nil && builtin(o) {
		return o.Addr
	}
	return 0
}

// builtinTitle is a collapsed box's title and its extra line ("" for none).
func (l *layout) builtinTitle(o *Object, title string) (string, string) {
	if o.Addr == l.global {
		return "window (global object)", "+ built-ins (Object, Array, console, …) collapsed"
	}
	if strings.HasPrefix(title, "JSFunction ") || strings.HasPrefix(title, "function ") {
		return title + "  (built-in)", ""
	}
	return title + "  (built-in)", ""
}
