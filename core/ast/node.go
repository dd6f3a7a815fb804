// Package ast defines the ESTree-like syntax tree produced by core/parser.
//
// Every node carries exact byte offsets into the source (Start inclusive, End
// exclusive). Positions are never approximated: an IfStatement starts at `if`,
// an ExpressionStatement starts where its expression starts, a method's
// FunctionLiteral starts at the method's first token (incl. `static`, `get`,
// `async`, `*`), an arrow starts at its parameter list.
//
// Strings: decoded string values (StringLiteral.Value, TemplateElement.Cooked,
// property keys) are stored as WTF-8: ordinary Go UTF-8, except that a lone
// UTF-16 surrogate (e.g. "\uD800" not followed by a low surrogate) is encoded
// as its 3-byte generalized UTF-8 form (0xED 0xA0..0xBF 0x80..0xBF). A
// surrogate pair written as two escapes ("\uD83D\uDE00") is combined into the
// 4-byte UTF-8 encoding of the code point, so well-formed strings are plain
// UTF-8. Use UTF16 / FromUTF16 to convert.
package ast

// Span is the source range of a node: byte offsets, End exclusive.
type Span struct {
	Start, End int
}

// Pos returns the node's byte range.
func (s *Span) Pos() (start, end int) { return s.Start, s.End }

// Node is implemented by every syntax tree node.
type Node interface {
	Pos() (start, end int)
}

// Expression nodes.
type Expression interface {
	Node
	exprNode()
}

// Statement nodes (including declarations).
type Statement interface {
	Node
	stmtNode()
}

// Pattern is a binding or assignment target: *Identifier, *MemberExpression
// (assignment targets only), *ObjectPattern, *ArrayPattern,
// *AssignmentPattern, *RestElement.
type Pattern interface {
	Node
	patternNode()
}

// ObjectElement is an element of an ObjectLiteral: *Property or *SpreadElement.
type ObjectElement interface {
	Node
	objectElementNode()
}

// ClassElement is an element of a class body: *MethodDefinition,
// *PropertyDefinition or *StaticBlock.
type ClassElement interface {
	Node
	classElementNode()
}

// ---------------------------------------------------------------- program

// Program is a parsed script.
type Program struct {
	Span
	Body   []Statement
	Strict bool   // the script starts with a "use strict" directive
	Scope  *Scope // the script scope
	// Wrapper is non-nil when the source was parsed as the body of Node's
	// CommonJS wrapper `(function (exports, require, module, __filename,
	// __dirname) { ... })`. Wrapper.Body is Body, Wrapper.Scope is the
	// function scope (its Outer is Scope). Wrapper's synthetic parameters
	// have empty spans at 0.
	Wrapper *FunctionLiteral
	// Functions lists the functions preparsed directly inside the top level
	// (the script, or the CommonJS wrapper), in the order they were parsed.
	Functions []*FunctionLiteral
}

// ------------------------------------------------------------- statements

type EmptyStatement struct{ Span }

type DebuggerStatement struct{ Span }

type BlockStatement struct {
	Span
	Body  []Statement
	Scope *Scope // nil unless the block declares lexical bindings
}

type ExpressionStatement struct {
	Span
	Expression Expression
	// Directive is the raw text between the quotes when this statement is a
	// directive of a directive prologue (e.g. `use strict`), else "".
	Directive string
}

type IfStatement struct {
	Span
	Test       Expression
	Consequent Statement
	Alternate  Statement // nil if no else
}

type LabeledStatement struct {
	Span
	Label *Identifier
	Body  Statement
}

type BreakStatement struct {
	Span
	Label *Identifier // nil
}

type ContinueStatement struct {
	Span
	Label *Identifier // nil
}

type WithStatement struct {
	Span
	Object Expression
	Body   Statement
	Scope  *Scope // the with scope (dynamic)
}

type SwitchStatement struct {
	Span
	Discriminant Expression
	Cases        []*SwitchCase
	Scope        *Scope // nil unless the case block declares lexical bindings
}

// SwitchCase is a `case x:` or `default:` clause (not a Statement).
type SwitchCase struct {
	Span
	Test       Expression // nil for default
	Consequent []Statement
}

type ReturnStatement struct {
	Span
	Argument Expression // nil
}

type ThrowStatement struct {
	Span
	Argument Expression
}

type TryStatement struct {
	Span
	Block     *BlockStatement
	Handler   *CatchClause    // nil
	Finalizer *BlockStatement // nil
}

// CatchClause is `catch (param) { body }`; Param is nil for `catch { }`.
type CatchClause struct {
	Span
	Param Pattern
	Body  *BlockStatement
	Scope *Scope // the catch scope (holds the parameter bindings); nil without Param
}

type WhileStatement struct {
	Span
	Test Expression
	Body Statement
}

type DoWhileStatement struct {
	Span
	Body Statement
	Test Expression
}

// ForStatement: Init is nil, *VariableDeclaration or an Expression.
type ForStatement struct {
	Span
	Init   Node
	Test   Expression // nil
	Update Expression // nil
	Body   Statement
	Scope  *Scope // scope of a let/const Init (per-iteration bindings); nil otherwise
}

// ForInStatement: Left is *VariableDeclaration or a Pattern.
type ForInStatement struct {
	Span
	Left  Node
	Right Expression
	Body  Statement
	Scope *Scope // nil unless Left is a let/const declaration
}

// ForOfStatement: Left is *VariableDeclaration or a Pattern. Await marks `for await`.
type ForOfStatement struct {
	Span
	Left  Node
	Right Expression
	Body  Statement
	Await bool
	Scope *Scope // nil unless Left is a let/const declaration
}

type FunctionDeclaration struct {
	Span
	Function *FunctionLiteral
}

type ClassDeclaration struct {
	Span
	Class *ClassLiteral
}

// DeclKind is the kind of a VariableDeclaration.
type DeclKind uint8

const (
	DeclVar DeclKind = iota
	DeclLet
	DeclConst
)

func (k DeclKind) String() string {
	switch k {
	case DeclLet:
		return "let"
	case DeclConst:
		return "const"
	}
	return "var"
}

type VariableDeclaration struct {
	Span
	Kind         DeclKind
	Declarations []*VariableDeclarator
}

type VariableDeclarator struct {
	Span
	ID   Pattern
	Init Expression // nil
}

func (*EmptyStatement) stmtNode()      {}
func (*DebuggerStatement) stmtNode()   {}
func (*BlockStatement) stmtNode()      {}
func (*ExpressionStatement) stmtNode() {}
func (*IfStatement) stmtNode()         {}
func (*LabeledStatement) stmtNode()    {}
func (*BreakStatement) stmtNode()      {}
func (*ContinueStatement) stmtNode()   {}
func (*WithStatement) stmtNode()       {}
func (*SwitchStatement) stmtNode()     {}
func (*ReturnStatement) stmtNode()     {}
func (*ThrowStatement) stmtNode()      {}
func (*TryStatement) stmtNode()        {}
func (*WhileStatement) stmtNode()      {}
func (*DoWhileStatement) stmtNode()    {}
func (*ForStatement) stmtNode()        {}
func (*ForInStatement) stmtNode()      {}
func (*ForOfStatement) stmtNode()      {}
func (*FunctionDeclaration) stmtNode() {}
func (*ClassDeclaration) stmtNode()    {}
func (*VariableDeclaration) stmtNode() {}
