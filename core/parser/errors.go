package parser

import (
	"fmt"
	"strings"
)

// SyntaxError is an early error, with V8's message text and location.
type SyntaxError struct {
	Message string
	// Start, End: the offending byte range (End may equal Start).
	Start, End int
	// Line is 1-based; Column is 0-based in UTF-16 units from the line start
	// (V8's Message::GetStartColumn); EndColumn likewise (may lie beyond the line).
	Line, Column, EndColumn int
	// Filename, as given in Options.
	Filename string
	src      []byte
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d:%d: SyntaxError: %s", e.Filename, e.Line, e.Column+1, e.Message)
}

// SourceLine is the text of the line containing the error (without terminator).
func (e *SyntaxError) SourceLine() string {
	if e.src == nil {
		return ""
	}
	return string(LineText(e.src, e.Start))
}

// Header is what Node prints above the message for an uncaught SyntaxError
// while compiling a file: "FILE:LINE\n<source line>\n<caret line>\n".
//
// It follows node's GetErrorSource (src/node_errors.cc): the caret line has
// one blank (or a tab, where the source has one) for each column before the
// start column and one '^' per column of the range; columns index the UTF-8
// bytes of the line although they count UTF-16 units (a node quirk we keep);
// when the range is reversed or ends beyond the line, node prints no caret
// line at all; the caret line is cut at 1020 characters.
func (e *SyntaxError) Header() string {
	line := e.SourceLine()
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d\n%s\n", e.Filename, e.Line, line)
	start, end := e.Column, e.EndColumn
	if start > end || start < 0 || end > len(line) {
		return b.String()
	}
	// node's underline buffer holds at most 1020 characters
	const underlineMax = 1020
	off := 0
	for i := 0; i < start && i < len(line) && off < underlineMax; i++ {
		if line[i] == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
		off++
	}
	for i := start; i < end && i < len(line) && off < underlineMax; i++ {
		b.WriteByte('^')
		off++
	}
	b.WriteByte('\n')
	return b.String()
}

// Format returns the text `node FILE.js` prints on stderr for this error,
// up to and including the message line:
//
//	/abs/path/file.js:3
//	    let x = ;
//	            ^
//
//	SyntaxError: Unexpected token ';'
//
// Node then prints its internal stack ("    at wrapSafe (node:internal/...)"
// lines), a blank line and "Node.js v26.10.0"; we print no stack lines.
func (e *SyntaxError) Format() string {
	return e.Header() + "\nSyntaxError: " + e.Message + "\n"
}

// FormatNode appends what node prints after the message for an uncaught
// error when no stack frames are shown: a blank line and the version line.
func (e *SyntaxError) FormatNode(version string) string {
	return e.Format() + "\nNode.js " + version + "\n"
}

func newSyntaxError(src []byte, filename string, msg string, start, end int) *SyntaxError {
	if start > len(src) {
		start = len(src)
	}
	if start < 0 {
		start = 0
	}
	line, col := LineColumn(src, start)
	ecol := col + UTF16Length(src, start, end)
	if end > len(src) {
		ecol += end - len(src)
	}
	if end < start {
		ecol = col - UTF16Length(src, end, start)
	}
	return &SyntaxError{Message: msg, Start: start, End: end, Line: line, Column: col, EndColumn: ecol, Filename: filename, src: src}
}
