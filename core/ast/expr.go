package ast

// Identifier is a name. As a reference (expression or binding) the parser's
// scope analysis sets Var; as a non-computed property name (a.b, {b: 1},
// class member names) or a label, Var stays nil.
type Identifier struct {
	Span
	Name string // decoded (escapes resolved)
	// Var is the variable this reference or binding resolves to. Unresolved
	// references resolve to an implicit global variable (Kind VarImplicitGlobal,
	// Location LocGlobal) or, under a with scope or sloppy direct eval, to a
	// dynamic variable (Location LocLookup).
	Var *Variable
	// HoleCheck is true when this reference must check for the TDZ hole
	// (V8's VariableProxy::is_hole_check_required for let/const/class bindings).
	HoleCheck bool
	// Escaped is true when the source text contained a \u escape.
	Escaped bool
}

// PrivateIdentifier is `#name` (Name excludes the '#'). Var is set to the
// class-scope private name variable it resolves to.
type PrivateIdentifier struct {
	Span
	Name string
	Var  *Variable
}

// NumberLiteral: Raw is the exact source text (e.g. "0x1_0", "1e3").
type NumberLiteral struct {
	Span
	Value float64
	Raw   string
}

// StringLiteral: Value is decoded (WTF-8, see package doc); Raw includes quotes.
type StringLiteral struct {
	Span
	Value string
	Raw   string
	// LegacyOctal is true if the literal contains a legacy octal escape
	// (\01, \8, \9) — a SyntaxError in strict code.
	LegacyOctal bool
}

// BigIntLiteral: Digits is the value in decimal without the `n` suffix or
// separators; Raw is the source text.
type BigIntLiteral struct {
	Span
	Digits string
	Raw    string
}

type BooleanLiteral struct {
	Span
	Value bool
}

type NullLiteral struct{ Span }

// RegExpLiteral is /Pattern/Flags (Pattern is the raw source between slashes).
type RegExpLiteral struct {
	Span
	Pattern string
	Flags   string
}

// TemplateLiteral: len(Quasis) == len(Expressions)+1.
type TemplateLiteral struct {
	Span
	Quasis      []*TemplateElement
	Expressions []Expression
}

// TemplateElement is one literal chunk of a template. Cooked is nil when the
// chunk has an invalid escape (allowed only in tagged templates). Raw is the
// raw text with CRLF/CR normalised to LF, as String.raw sees it. The span
// covers the chunk text only (without `, ${ or }).
type TemplateElement struct {
	Span
	Cooked *string
	Raw    string
}

type TaggedTemplateExpression struct {
	Span
	Tag   Expression
	Quasi *TemplateLiteral
}

// ArrayLiteral: a nil element is a hole.
type ArrayLiteral struct {
	Span
	Elements []Expression
}

type ObjectLiteral struct {
	Span
	Properties []ObjectElement
	// HasProtoSetter: a non-computed, non-shorthand `__proto__: v` property.
	HasProtoSetter bool
}

// PropertyKind distinguishes data properties from accessors.
type PropertyKind uint8

const (
	PropertyInit PropertyKind = iota
	PropertyGet
	PropertySet
)

// Property is an object literal member. Key is *Identifier (name),
// *StringLiteral, *NumberLiteral, *BigIntLiteral, or any Expression when
// Computed. Value is a *FunctionLiteral for methods and accessors; for
// shorthand `{a}` Value is a separate *Identifier reference to a.
type Property struct {
	Span
	Kind      PropertyKind
	Key       Expression
	Value     Expression
	Computed  bool
	Shorthand bool
	Method    bool
}

type SpreadElement struct {
	Span
	Argument Expression
}

// FunctionKind is what kind of function a FunctionLiteral is (V8's FunctionKind, simplified).
type FunctionKind uint8

const (
	FuncNormal FunctionKind = iota // declaration or expression
	FuncArrow
	FuncMethod // object literal or class method
	FuncGetter
	FuncSetter
	FuncClassConstructor        // base class constructor (explicit or default)
	FuncDerivedConstructor      // constructor of a class with `extends`
	FuncClassMembersInitializer // synthetic: instance field initializers
	FuncClassStaticInitializer  // synthetic: static fields and static blocks
)

var functionKindNames = [...]string{"normal", "arrow", "method", "getter", "setter",
	"constructor", "derivedConstructor", "classMembersInitializer", "classStaticInitializer"}

func (k FunctionKind) String() string { return functionKindNames[k] }

// FunctionLiteral is every kind of function: declarations (wrapped in
// FunctionDeclaration), expressions, arrows, methods, accessors, class
// constructors and the synthetic class initializers.
//
// The span is the source text Function.prototype.toString shows. ParamsStart
// is where the parameter list starts (the `(`, or the single arrow parameter)
// and BodyStart where the body starts (`{`, or the expression of a concise
// arrow body); ParseFunction re-parses from ParamsStart to End.
type FunctionLiteral struct {
	Span
	ID            int         // 1.. in source order within a script (0 is the script itself)
	Name          *Identifier // binding name; nil for anonymous functions
	Params        []Pattern   // defaults as *AssignmentPattern, rest as *RestElement
	Body          []Statement // nil when Preparsed; a concise arrow body is one ReturnStatement
	Kind          FunctionKind
	IsArrow       bool
	IsAsync       bool
	IsGenerator   bool
	IsMethod      bool // object/class method, getter, setter or constructor (has a home object)
	IsStatic      bool // static class member
	IsDeclaration bool
	Strict        bool
	// ExpressionBody: arrow with a concise body `x => x + 1`.
	ExpressionBody bool
	// SimpleParams: no defaults, no destructuring, no rest.
	SimpleParams bool
	// ParamCount is the number of formal parameters (rest included);
	// Length is the function's `length` (params before the first default or rest).
	ParamCount  int
	Length      int
	ParamsStart int
	BodyStart   int
	Scope       *Scope
	// Preparsed: the body was syntax-checked and scope-analysed only; Body and
	// Params are nil and Scope keeps the preparse result (its variables and,
	// in Preparse, which outer variables the function captures). The
	// synthetic class initializers (FuncClassMembersInitializer,
	// FuncClassStaticInitializer) are never preparsed and have no Body: their
	// code is the class's PropertyDefinition values and StaticBlocks.
	Preparsed bool
	Preparse  *PreparseData
	// Class is the class a constructor, method, field initializer belongs to.
	Class *ClassLiteral
	// InferredName is the name V8 would infer for an anonymous function
	// (`var f = function(){}` → "f", `o.m = () => 1` → "o.m"); "" if none.
	InferredName string
	// DebugInferredName is V8's FuncNameInferrer name for where the function is
	// stored (`F.prototype.m = function(){}` → "F.m"): never `.name`, but what
	// stack traces and %DebugPrint show when InferredName and Name are empty.
	DebugInferredName string
}

// OwnName is the function's name as the language gives it: its binding name, else the name
// NamedEvaluation inferred ("" if anonymous).
func (f *FunctionLiteral) OwnName() string {
	if f.Name != nil {
		return f.Name.Name
	}
	return f.InferredName
}

// PreparseData is what the preparser keeps for a function whose body AST is dropped.
type PreparseData struct {
	// Captured lists the free variables of the function (including those of
	// its inner functions) that resolve to variables of enclosing scopes, in
	// first-reference order. Those variables are context-allocated.
	Captured []*Variable
	// CapturedNames mirrors Captured.
	CapturedNames []string
	// InnerFunctions is the number of function literals nested inside (all
	// depths); FirstInnerID is the ID the first of them gets (so that a
	// re-parse numbers them exactly as the first parse did).
	InnerFunctions int
	FirstInnerID   int
}

// ClassLiteral is a class declaration or expression.
type ClassLiteral struct {
	Span
	Name       *Identifier // nil for anonymous class expressions
	SuperClass Expression  // nil
	Body       []ClassElement
	// Constructor is the explicit constructor, or nil (the class has a default one).
	Constructor *FunctionLiteral
	// InstanceInit / StaticInit are the synthetic initializer functions that
	// evaluate instance fields (and private methods' brand), and static fields
	// and static blocks; nil when there is nothing to initialize.
	InstanceInit *FunctionLiteral
	StaticInit   *FunctionLiteral
	// Scope is the class scope: it holds the inner class-name binding (if
	// named) and the private names.
	Scope        *Scope
	IsExpression bool
	BodyStart    int // position of `{`
}

// MethodKind of a class MethodDefinition.
type MethodKind uint8

const (
	MethodMethod MethodKind = iota
	MethodGet
	MethodSet
	MethodConstructor
)

// MethodDefinition is a class method, accessor or the constructor. Key is
// *Identifier, *StringLiteral, *NumberLiteral, *BigIntLiteral,
// *PrivateIdentifier or (Computed) any Expression.
type MethodDefinition struct {
	Span
	Kind     MethodKind
	Key      Expression
	Value    *FunctionLiteral
	Computed bool
	Static   bool
}

// PropertyDefinition is a class field. Value (nil = undefined) is evaluated
// inside the class's InstanceInit/StaticInit function scope.
type PropertyDefinition struct {
	Span
	Key      Expression
	Value    Expression
	Computed bool
	Static   bool
}

// StaticBlock is `static { ... }`; Scope is its own var scope.
type StaticBlock struct {
	Span
	Body  []Statement
	Scope *Scope
}

func (*MethodDefinition) classElementNode()   {}
func (*PropertyDefinition) classElementNode() {}
func (*StaticBlock) classElementNode()        {}

type SequenceExpression struct {
	Span
	Expressions []Expression
}

type ConditionalExpression struct {
	Span
	Test       Expression
	Consequent Expression
	Alternate  Expression
}

// LogicalExpression: Operator is "&&", "||" or "??".
type LogicalExpression struct {
	Span
	Operator string
	Left     Expression
	Right    Expression
}

// BinaryExpression: arithmetic, bitwise, relational, equality, `in`,
// `instanceof`. For `#x in o`, Left is a *PrivateIdentifier.
type BinaryExpression struct {
	Span
	Operator string
	Left     Expression
	Right    Expression
}

// UnaryExpression: "-", "+", "!", "~", "typeof", "void", "delete".
type UnaryExpression struct {
	Span
	Operator string
	Argument Expression
}

// UpdateExpression: "++" or "--".
type UpdateExpression struct {
	Span
	Operator string
	Prefix   bool
	Argument Expression
}

// AssignmentExpression: Operator is "=", "+=", …, "**=", "&&=", "||=", "??=".
// Left is a Pattern (destructuring only with "=").
type AssignmentExpression struct {
	Span
	Operator string
	Left     Pattern
	Right    Expression
}

// MemberExpression: Object.Property or Object[Property]. Property is an
// *Identifier (not a reference) or *PrivateIdentifier when !Computed.
// Object may be *Super. Optional marks `?.` right before this member.
type MemberExpression struct {
	Span
	Object   Expression
	Property Expression
	Computed bool
	Optional bool
}

// CallExpression: Callee may be *Super (super(...)). DirectEval is set for
// `eval(...)` calls that may be direct (callee is the plain identifier eval,
// not optional).
type CallExpression struct {
	Span
	Callee     Expression
	Arguments  []Expression // may contain *SpreadElement
	Optional   bool
	DirectEval bool
}

// ChainExpression wraps an optional chain (`a?.b.c`): short-circuiting stops here.
type ChainExpression struct {
	Span
	Expression Expression
}

type NewExpression struct {
	Span
	Callee    Expression
	Arguments []Expression
}

// ImportCall is dynamic `import(source)` (allowed in scripts).
type ImportCall struct {
	Span
	Source  Expression
	Options Expression // nil
}

type YieldExpression struct {
	Span
	Argument Expression // nil
	Delegate bool
}

type AwaitExpression struct {
	Span
	Argument Expression
}

// ThisExpression: Var is the receiver variable of the closest non-arrow
// function (nil at script level, where `this` is the global this).
type ThisExpression struct {
	Span
	Var *Variable
}

// Super appears only as MemberExpression.Object or CallExpression.Callee.
type Super struct{ Span }

// MetaProperty is new.target.
type MetaProperty struct {
	Span
	Meta     *Identifier
	Property *Identifier
	Var      *Variable // the function's new.target variable
}

// NativeCall is V8's `%Name(args)` runtime call syntax, only parsed with
// parser.Options.AllowNativesSyntax (node --allow-natives-syntax).
type NativeCall struct {
	Span
	Name      string // without the %
	Arguments []Expression
}

// ParenthesizedExpression is not produced: parentheses are dropped.

func (*Identifier) exprNode()               {}
func (*PrivateIdentifier) exprNode()        {}
func (*NumberLiteral) exprNode()            {}
func (*StringLiteral) exprNode()            {}
func (*BigIntLiteral) exprNode()            {}
func (*BooleanLiteral) exprNode()           {}
func (*NullLiteral) exprNode()              {}
func (*RegExpLiteral) exprNode()            {}
func (*TemplateLiteral) exprNode()          {}
func (*TaggedTemplateExpression) exprNode() {}
func (*ArrayLiteral) exprNode()             {}
func (*ObjectLiteral) exprNode()            {}
func (*SpreadElement) exprNode()            {}
func (*FunctionLiteral) exprNode()          {}
func (*ClassLiteral) exprNode()             {}
func (*SequenceExpression) exprNode()       {}
func (*ConditionalExpression) exprNode()    {}
func (*LogicalExpression) exprNode()        {}
func (*BinaryExpression) exprNode()         {}
func (*UnaryExpression) exprNode()          {}
func (*UpdateExpression) exprNode()         {}
func (*AssignmentExpression) exprNode()     {}
func (*MemberExpression) exprNode()         {}
func (*CallExpression) exprNode()           {}
func (*ChainExpression) exprNode()          {}
func (*NewExpression) exprNode()            {}
func (*ImportCall) exprNode()               {}
func (*YieldExpression) exprNode()          {}
func (*AwaitExpression) exprNode()          {}
func (*ThisExpression) exprNode()           {}
func (*Super) exprNode()                    {}
func (*MetaProperty) exprNode()             {}
func (*NativeCall) exprNode()               {}

func (*Property) objectElementNode()      {}
func (*SpreadElement) objectElementNode() {}

// ---------------------------------------------------------------- patterns

// ObjectPattern is `{a, b: c, ...rest}` in a binding or assignment.
type ObjectPattern struct {
	Span
	Properties []*PatternProperty
	Rest       Pattern // nil; the target of `...rest`
	RestStart  int     // position of `...` when Rest != nil
}

// PatternProperty is `key: value` / `key = default` inside an ObjectPattern.
// For shorthand `{a = 1}`, Key is the *Identifier a (not a reference) and
// Value is an *AssignmentPattern whose Left is a separate *Identifier a.
type PatternProperty struct {
	Span
	Key       Expression
	Value     Pattern
	Computed  bool
	Shorthand bool
}

// ArrayPattern: nil elements are holes; a *RestElement can only be last.
type ArrayPattern struct {
	Span
	Elements []Pattern
}

// AssignmentPattern is `target = default`.
type AssignmentPattern struct {
	Span
	Left  Pattern
	Right Expression
}

// RestElement is `...target` in an array pattern or parameter list.
type RestElement struct {
	Span
	Argument Pattern
}

func (*Identifier) patternNode()        {}
func (*MemberExpression) patternNode()  {}
func (*ObjectPattern) patternNode()     {}
func (*ArrayPattern) patternNode()      {}
func (*AssignmentPattern) patternNode() {}
func (*RestElement) patternNode()       {}

// CallExpression is also a Pattern: `f() = 1` is accepted by V8 at parse
// time (web compatibility) and throws a ReferenceError when evaluated.
func (*CallExpression) patternNode() {}
