package engine

import (
	"strings"

	"enginescope/core/vm"
)

// NodeVersion is the reference Node release whose messages EngineScope reproduces.
const NodeVersion = "v26.10.0"

// nodeLoaderFramesForSyntaxError are the frames Node 26.10's CommonJS loader has on the stack
// when compiling the main module fails: our node host models the same loader, so its reports
// end the same way.
var nodeLoaderFramesForSyntaxError = []string{
	"at wrapSafe (node:internal/modules/cjs/loader:1888:18)",
	"at Module._compile (node:internal/modules/cjs/loader:1930:20)",
	"at Object..js (node:internal/modules/cjs/loader:2096:10)",
	"at Module.load (node:internal/modules/cjs/loader:1678:32)",
	"at Module._load (node:internal/modules/cjs/loader:1470:12)",
	"at wrapModuleLoad (node:internal/modules/cjs/loader:261:19)",
	"at Module.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:171:5)",
	"at node:internal/main/run_main_module:33:47",
}

// sourceLine returns line n (1-based) of src without its terminator.
func sourceLine(src []byte, n int) string {
	lines := strings.Split(string(src), "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSuffix(lines[n-1], "\r")
}

// caretLine puts width carets under 1-based column col (in UTF-16 units, which for the caret
// Node counts as characters of the printed line).
func caretLine(col, width int) string {
	if col < 1 {
		col = 1
	}
	if width < 1 {
		width = 1
	}
	return strings.Repeat(" ", col-1) + strings.Repeat("^", width)
}

// ThrowSite is where an uncaught exception was thrown (V8's message location).
type ThrowSite struct {
	Line, Col int // 1-based
	Width     int // caret width; 1 for runtime errors
}

// formatNodeUncaught renders Node's report for an uncaught exception on stderr.
// body is the error's `stack` when the value is an Error with a string stack, otherwise
// util.inspect of the value; isError selects Node's two layouts (an Error is preceded by a blank
// line after the caret; a thrown non-Error is printed right under it, after an empty first line).
func formatNodeUncaught(filename string, src []byte, site ThrowSite, body string, isError bool, thrownPrimitive bool) string {
	var b strings.Builder
	if !isError {
		b.WriteString("\n")
	}
	b.WriteString(filename + ":" + itoa(site.Line) + "\n")
	b.WriteString(sourceLine(src, site.Line) + "\n")
	b.WriteString(caretLine(site.Col, site.Width) + "\n")
	if isError {
		b.WriteString("\n")
	}
	b.WriteString(body + "\n")
	if thrownPrimitive {
		b.WriteString("(Use `node --trace-uncaught ...` to show where the exception was thrown)\n")
	}
	b.WriteString("\nNode.js " + NodeVersion + "\n")
	return b.String()
}

// formatNodeUncaughtAt is formatNodeUncaught with an explicit site: a line of the program, one of
// Node's own (an unhandled rejection is reported from node:internal/process/promises), or none
// (Col 0: "<anonymous_script>:0" and no caret, for a queueMicrotask job's throw without a stack).
func formatNodeUncaughtAt(site *vm.ReportSite, body string, isError bool, thrownPrimitive bool) string {
	var b strings.Builder
	if !isError {
		b.WriteString("\n")
	}
	b.WriteString(site.File + ":" + itoa(site.Line) + "\n")
	b.WriteString(site.Source + "\n")
	if site.Col > 0 {
		b.WriteString(caretLine(site.Col, 1) + "\n")
	}
	if isError {
		b.WriteString("\n")
	}
	b.WriteString(body + "\n")
	if thrownPrimitive {
		b.WriteString("(Use `node --trace-uncaught ...` to show where the exception was thrown)\n")
	}
	b.WriteString("\nNode.js " + NodeVersion + "\n")
	return b.String()
}

// formatNodeSyntaxError completes the parser's Node-style report (file:line, the source line,
// the caret under the token, "SyntaxError: message") with the loader frames and version line.
func formatNodeSyntaxError(report string) string {
	var b strings.Builder
	b.WriteString(report)
	for _, f := range nodeLoaderFramesForSyntaxError {
		b.WriteString("    " + f + "\n")
	}
	b.WriteString("\nNode.js " + NodeVersion + "\n")
	return b.String()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var d [20]byte
	i := len(d)
	for n > 0 {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		d[i] = '-'
	}
	return string(d[i:])
}
