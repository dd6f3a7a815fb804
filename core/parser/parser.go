package parser

import (
	"enginescope/core/ast"
)

// Options configure a parse.
type Options struct {
	// Filename is used in SyntaxError texts.
	Filename string
	// CommonJS parses the source as the body of Node's module wrapper
	// `(function (exports, require, module, __filename, __dirname) { ... })`.
	// Positions stay relative to the file.
	CommonJS bool
	// Strict starts the top level in strict mode.
	Strict bool
	// Eval parses direct eval code (the top scope gets ast.Scope.IsEval).
	Eval bool
	// Eager keeps every function body (no preparsing).
	Eager bool
	// NoHTMLComments disables `<!--` and `-->` comments.
	NoHTMLComments bool
	// AllowNativesSyntax accepts V8's `%Name(args)` intrinsic calls
	// (node --allow-natives-syntax), parsed as *ast.NativeCall.
	AllowNativesSyntax bool
	// OnPreparse is called for every function that is preparsed (its body
	// AST dropped), in source order, after scope analysis.
	OnPreparse func(PreparseEvent)
}

// PreparseEvent describes one preparsed function (for `parse.preparse` events).
type PreparseEvent struct {
	Name       string // function name or inferred name ("" if anonymous)
	Start, End int    // byte range of the function literal
	Captured   []string
	Func       *ast.FunctionLiteral
}

type pendingErr struct {
	msg        string
	start, end int
}

// bail is the panic value used to unwind on the first error.
type bail struct{ err *SyntaxError }

type parser struct {
	src  []byte
	opts Options
	s    *scanner

	tok     token
	prevEnd int // end of the previous token

	fn    *funcState
	scope *pscope

	nextFuncID int
	classes    []*classState

	// inFor: parsing the head of a for statement (no `in` in initializers)
	lastOctalStart, lastOctalEnd int
	lastOctalMsg                 string

	// literals created for all functions (in creation order)
	funcs      []*ast.FunctionLiteral
	firstInner map[*ast.FunctionLiteral]int

	prevStart    int  // start of the previous token
	prevWasAwait bool // the previous token was the identifier `await`

	// expression bookkeeping
	parens            map[ast.Node]ast.Span // parenthesized expressions (outermost parens)
	chainNodes        map[ast.Expression]bool
	assigned          map[*ast.Identifier]bool
	trailingAfterRest map[ast.Node]bool

	// first yield/await expression and await identifier in the current arrow head
	yieldPos, yieldEnd           int
	awaitPos, awaitEnd           int
	awaitIdentPos, awaitIdentEnd int

	// re-parse (ParseFunction)
	reparseTarget  *ast.FunctionLiteral
	reparseStart   int
	reparseDone    bool
	reparseResult  *ast.FunctionLiteral
	preparsedInner []*ast.FunctionLiteral

	covers         []*cover     // unresolved cover grammars (see unwind)
	pendingPattern []pendingErr // binding pattern errors reported when the pattern ends
	assignStart    int          // start of the innermost AssignmentExpression being parsed

	// one-token lookahead cache (see peek)
	peekOK    bool
	peekFrom  int
	peekAfter scanState

	// register allocation counters per frame
	regCount  int
	regFrame  *ast.Scope
	frameRegs map[*ast.Scope]int
}

// ParseScript parses a classic script. Every inner function is preparsed
// (see Options.Eager). The error, if any, is a *SyntaxError.
func ParseScript(src []byte, opts Options) (prog *ast.Program, err error) {
	p := newParser(src, opts, 0)
	defer p.recover(&err)
	prog = p.parseProgram()
	return prog, nil
}

func newParser(src []byte, opts Options, start int) *parser {
	p := &parser{src: src, opts: opts}
	p.s = newScanner(src, start)
	p.s.htmlComments = !opts.NoHTMLComments
	p.lastOctalStart = -1
	p.parens = map[ast.Node]ast.Span{}
	p.chainNodes = map[ast.Expression]bool{}
	p.assigned = map[*ast.Identifier]bool{}
	p.trailingAfterRest = map[ast.Node]bool{}
	p.firstInner = map[*ast.FunctionLiteral]int{}
	p.frameRegs = map[*ast.Scope]int{}
	p.yieldPos, p.awaitPos, p.awaitIdentPos = -1, -1, -1
	return p
}

func (p *parser) recover(err *error) {
	if r := recover(); r != nil {
		b, ok := r.(bail)
		if !ok {
			panic(r)
		}
		*err = b.err
	}
}

// ------------------------------------------------------------ token helpers

func (p *parser) next() {
	p.prevEnd = p.s.end
	p.prevStart = p.s.start
	p.prevWasAwait = p.tok == tIdentifier && p.s.lit == "await"
	if p.peekOK && p.peekFrom == p.s.pos {
		// reuse the token scanned by peek
		p.s.restore(p.peekAfter)
		p.s.errMsg = ""
		p.peekOK = false
	} else {
		p.s.next()
	}
	p.tok = p.s.tok
	if p.s.octalStart >= 0 {
		p.noteOctal()
	}
}

func (p *parser) noteOctal() {
	p.lastOctalStart, p.lastOctalEnd, p.lastOctalMsg = p.s.octalStart, p.s.octalEnd, p.s.octalMsg
}

// peek returns the token after the current one (scanned as if a `/` were division).
func (p *parser) peek() (token, scanState) {
	if p.peekOK && p.peekFrom == p.s.pos {
		return p.peekAfter.tok, p.peekAfter
	}
	st := p.s.save()
	p.s.next()
	t := p.s.tok
	after := p.s.save()
	p.s.restore(st)
	// templates and illegal tokens carry more state than scanState: rescan those
	p.peekOK = t != tTemplate && t != tIllegal
	p.peekFrom, p.peekAfter = st.pos, after
	return t, after
}

func (p *parser) peekToken() token { t, _ := p.peek(); return t }

func (p *parser) expect(t token) {
	if p.tok != t {
		p.unexpected()
	}
	p.next()
}

func (p *parser) eat(t token) bool {
	if p.tok == t {
		p.next()
		return true
	}
	return false
}

// isContextual: current token is the unescaped identifier name.
func (p *parser) isContextual(name string) bool {
	return p.tok == tIdentifier && p.s.lit == name && !p.s.escaped
}

// consumeSemicolon implements automatic semicolon insertion.
func (p *parser) consumeSemicolon() {
	if p.tok == tSemicolon {
		p.next()
		return
	}
	if p.s.nlBefore || p.tok == tRBrace || p.tok == tEOF {
		return
	}
	if p.prevWasAwait {
		p.errorAt("await is only valid in async functions and the top level bodies of modules", p.prevStart, p.prevEnd)
	}
	p.unexpected()
}

// ------------------------------------------------------------------ errors

func (p *parser) errorAt(msg string, start, end int) {
	err := newSyntaxError(p.src, p.opts.Filename, msg, start, end)
	panic(bail{p.unwind(err)})
}

// unwind mimics what V8 does after the first error: the parser still runs
// the checks of every function and class being left (strict-mode octal
// literals, unresolved private names), and V8's pending-error handler lets
// an error replace the pending one when it ends before the pending one
// starts (PendingCompilationErrorHandler::ReportMessageAt).
func (p *parser) unwind(err *SyntaxError) *SyntaxError {
	replace := func(msg string, start, end int) {
		if end < err.Start {
			err = newSyntaxError(p.src, p.opts.Filename, msg, start, end)
		}
	}
	p.peekForOctal()
	// class bodies check octal literals only when they end
	for i := len(p.classes) - 1; i >= 0; i-- {
		if c := p.classes[i]; c.fn != nil {
			c.fn.strict = c.savedStrict
		}
	}
	for i := len(p.covers) - 1; i >= 0; i-- {
		c := p.covers[i]
		if c.shStart >= 0 {
			replace("Invalid shorthand property initializer", c.shStart, c.shEnd)
		}
	}
	p.covers = nil
	for _, e := range p.pendingPattern {
		replace(e.msg, e.start, e.end)
	}
	p.pendingPattern = nil
	for f := p.fn; f != nil; f = f.parent {
		if f.fieldInit {
			continue // class field initializers and static blocks
		}
		if f.strict && p.lastOctalMsg != "" && p.lastOctalStart >= f.start {
			replace(p.lastOctalMsg, p.lastOctalStart, p.lastOctalEnd)
			p.lastOctalMsg = ""
		}
	}
	for i := len(p.classes) - 1; i >= 0; i-- {
		c := p.classes[i]
		for _, r := range c.refs {
			if _, ok := c.privates["#"+r.pi.Name]; ok {
				continue
			}
			if i > 0 {
				p.classes[i-1].refs = append(p.classes[i-1].refs, r)
				continue
			}
			if !p.privateInOuterScopes(c.scope.s.Outer, r.pi.Name) {
				replace("Private field '#"+r.pi.Name+"' must be declared in an enclosing class", r.prevStart, r.prevStart+1)
			}
		}
	}
	p.classes = nil
	return err
}

func (p *parser) privateInOuterScopes(s *ast.Scope, name string) bool {
	for ; s != nil; s = s.Outer {
		if s.Type == ast.ClassScope && s.Lookup("#"+name) != nil {
			return true
		}
	}
	return false
}

// peekForOctal emulates V8's one-token lookahead: the scanner has already
// scanned the token after the current one when an error is reported.
func (p *parser) peekForOctal() {
	if p.tok == tEOF {
		return
	}
	st := p.s.save()
	p.s.next()
	if p.s.octalStart >= 0 {
		p.noteOctal()
	}
	p.s.restore(st)
}

func (p *parser) errorTok(msg string) { p.errorAt(msg, p.s.start, p.s.end) }

// unexpected reports the current token as V8's ReportUnexpectedToken does.
func (p *parser) unexpected() {
	p.unexpectedTok(p.tok, p.s.start, p.s.end)
}

func (p *parser) unexpectedTok(t token, start, end int) {
	msg := ""
	switch t {
	case tEOF:
		msg = "Unexpected end of input"
	case tNumber, tBigInt:
		msg = "Unexpected number"
	case tString:
		msg = "Unexpected string"
	case tTemplate:
		msg = "Unexpected template string"
	case tRegExp:
		msg = "Unexpected regular expression"
	case tEnum:
		msg = "Unexpected reserved word"
	case tIllegal:
		if p.s.errMsg != "" {
			p.errorAt(p.s.errMsg, p.s.errStart, p.s.errEnd)
		}
		if p.s.tok == tIllegal && p.s.start < p.s.errStart && p.s.errStart < len(p.src) {
			start = p.s.errStart
		}
		msg = "Invalid or unexpected token"
		if p.s.halfUnit {
			err := newSyntaxError(p.src, p.opts.Filename, msg, start, end)
			err.EndColumn = err.Column + 1
			panic(bail{p.unwind(err)})
		}
	case tPrivateName:
		msg = "Unexpected identifier '" + p.s.lit + "'"
	case tIdentifier:
		name := p.s.lit
		switch {
		case p.s.escaped && (keywords[name] != 0 || (p.strict() && isStrictReserved(name))):
			msg = "Keyword must not contain escaped characters"
		case name == "await":
			msg = "Unexpected reserved word"
		case name == "async" || name == "get" || name == "set" || name == "of" || name == "using" || name == "accessor":
			// V8 scans these as their own tokens
			msg = "Unexpected token '" + name + "'"
		case !p.strict() && (name == "implements" || name == "interface" || name == "package" || name == "private" || name == "protected" || name == "public"):
			// V8 prints the name of a sloppy-mode future reserved word as undefined
			msg = "Unexpected identifier 'undefined'"
		case isStrictReserved(name) && p.strict():
			msg = "Unexpected strict mode reserved word"
		default:
			msg = "Unexpected identifier '" + name + "'"
		}
	default:
		msg = "Unexpected token '" + t.String() + "'"
	}
	p.errorAt(msg, start, end)
}

func (p *parser) strict() bool { return p.fn.strict }

// ------------------------------------------------------------ node helpers

func (p *parser) span(start int) ast.Span { return ast.Span{Start: start, End: p.prevEnd} }
