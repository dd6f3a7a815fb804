package ast

// ScopeType is the kind of a Scope (V8's ScopeType).
type ScopeType uint8

const (
	ScriptScope   ScopeType = iota
	FunctionScope           // a function's parameters and var/function declarations
	BlockScope              // a block, loop head, switch or class static block with lexical bindings
	CatchScope              // the catch parameter bindings
	ClassScope              // class name binding and private names
	WithScope               // `with` body (sloppy): all lookups through it are dynamic
)

var scopeTypeNames = [...]string{"script", "function", "block", "catch", "class", "with"}

func (t ScopeType) String() string { return scopeTypeNames[t] }

// VarKind is how a variable was declared.
type VarKind uint8

const (
	VarVar             VarKind = iota // var
	VarLet                            // let
	VarConst                          // const
	VarFunction                       // function declaration (hoisted)
	VarParam                          // formal parameter
	VarClass                          // class declaration (outer, let-like binding)
	VarClassName                      // a class's inner, immutable name binding (class scope)
	VarCatch                          // catch parameter
	VarFunctionName                   // a named function expression's own name (immutable, silently ignores sloppy writes)
	VarArguments                      // the implicit `arguments` object
	VarPrivateName                    // #field (class scope)
	VarPrivateMethod                  // #method() (class scope)
	VarPrivateAccessor                // get/set #x (class scope)
	VarImplicitGlobal                 // unresolved reference: global object property
	VarDynamic                        // reference that must be looked up at runtime (with / sloppy eval)
	VarThis                           // a function's receiver (`this`), V8's receiver variable
	VarNewTarget                      // a function's new.target (V8's .new.target)
	VarBrand                          // a class's private brand (V8's .brand), declared when it has private methods or accessors
)

var varKindNames = [...]string{"var", "let", "const", "function", "param", "class", "className",
	"catch", "functionName", "arguments", "privateName", "privateMethod", "privateAccessor",
	"implicitGlobal", "dynamic", "this", "newTarget", "brand"}

func (k VarKind) String() string { return varKindNames[k] }

// IsLexical reports whether the binding has a TDZ (let, const, class).
func (k VarKind) IsLexical() bool {
	return k == VarLet || k == VarConst || k == VarClass || k == VarClassName
}

// IsImmutable reports whether assignment throws (or is ignored for VarFunctionName in sloppy mode).
func (k VarKind) IsImmutable() bool {
	return k == VarConst || k == VarClassName || k == VarFunctionName
}

// Location is where a variable lives at runtime (V8's VariableLocation).
type Location uint8

const (
	LocUnallocated Location = iota // never referenced: no storage
	LocParameter                   // argument slot a<Index>
	LocLocal                       // register r<Index>
	LocContext                     // slot Index (header included) of the scope's Context
	LocGlobal                      // property of the global object (script var/function, unresolved names)
	LocLookup                      // dynamic lookup by name (with, sloppy direct eval)
)

var locationNames = [...]string{"unallocated", "parameter", "local", "context", "global", "lookup"}

func (l Location) String() string { return locationNames[l] }

// ContextHeaderSlots is V8's Context::MIN_CONTEXT_SLOTS (scope info, previous):
// the first variable slot of a context is 2, or 3 when the context has an
// extension slot (a function scope that calls sloppy direct eval).
const ContextHeaderSlots = 2

// Variable is one binding.
type Variable struct {
	Name  string
	Kind  VarKind
	Scope *Scope // declaring scope
	// Start, End: the binding identifier's range (-1, -1 for implicit variables).
	Start, End int
	// InitPos is V8's initializer_position: the end of the declaration's
	// initializer for let/const, the end of the class for class bindings.
	// A same-closure reference at or before it needs a hole check.
	InitPos  int
	Location Location
	// Index: parameter index (0-based, receiver excluded) for LocParameter,
	// register index for LocLocal, context slot index (header included) for
	// LocContext; -1 otherwise.
	Index int
	// Captured: referenced from an inner function (or forced by eval/with).
	Captured      bool
	Used          bool
	MaybeAssigned bool
	// NeedsHoleCheck: the binding has a TDZ (let/const/class).
	NeedsHoleCheck bool
	// AnnexB is set on a sloppy-mode block-level function declaration's
	// binding: the function-scope var binding that also receives the
	// function when the declaration is evaluated (Annex B.3.3).
	AnnexB *Variable
	// Shadowed is set on VarDynamic variables: the variable a static lookup
	// would find if the dynamic scope does not intercept it (V8's DYNAMIC_LOCAL).
	Shadowed *Variable
}

// Scope is a lexical scope after analysis.
type Scope struct {
	Type  ScopeType
	Outer *Scope
	Inner []*Scope // in source order
	// Start, End: source range covered by the scope.
	Start, End int
	// Function is the function literal that owns this scope chain up to the
	// next function scope (nil for script-level scopes).
	Function *FunctionLiteral
	// IsDeclarationScope: var declarations land here (script, function,
	// class static block, the body scope of a function with non-simple params).
	IsDeclarationScope bool
	Strict             bool
	// Vars lists the bindings declared here in declaration order (params
	// first for function scopes; `arguments` last). ThisVar, NewTargetVar,
	// FunctionVar and ClassVar are not in Vars.
	Vars []*Variable
	// Params (function scopes) are the parameter variables by position; a
	// destructured parameter position has a nil entry.
	Params []*Variable

	// ---- allocation results
	NeedsContext bool
	// HasExtension: the context has an extension slot (sloppy eval may add vars).
	HasExtension bool
	// ContextLocals in slot order (slot = ContextHeader()+i); StackLocals in register order.
	ContextLocals []*Variable
	StackLocals   []*Variable

	// ---- dynamic features
	CallsEval       bool // a direct eval call appears directly in this scope
	CallsSloppyEval bool // ... and this scope is sloppy
	// IsEval marks the top scope of direct eval code: names it does not declare are looked up
	// dynamically in the caller's scopes; in strict eval code its var declarations stay local.
	IsEval         bool
	InnerCallsEval bool // this scope or an inner one (same or inner closure) calls eval
	IsNonLinear    bool // switch case blocks: declarations may be reached out of order

	// ---- function scope facts (also set on the script scope where meaningful)
	ArgumentsVar *Variable // non-nil if `arguments` is used
	FunctionVar  *Variable // named function expression self-binding (allocated last)
	ThisVar      *Variable // receiver, non-nil if `this` is used (incl. by inner arrows or eval)
	NewTargetVar *Variable // non-nil if new.target is used
	// ClassVar (class scopes) is the inner class-name binding (allocated last).
	ClassVar          *Variable
	UsesArguments     bool
	UsesThis          bool // `this` used here or in inner arrows (arrows inherit)
	UsesNewTarget     bool
	UsesSuperProperty bool
	UsesSuperCall     bool
	HasSimpleParams   bool
	IsArrowScope      bool

	// Implicit (script scope only) holds the implicit global variables that
	// unresolved references point to, in first-reference order.
	Implicit []*Variable

	byName map[string]*Variable
}

// ContextHeader is the index of the first variable slot of this scope's context.
func (s *Scope) ContextHeader() int {
	if s.HasExtension {
		return ContextHeaderSlots + 1
	}
	return ContextHeaderSlots
}

// NumContextSlots is the total context length (header included), 0 if none.
func (s *Scope) NumContextSlots() int {
	if !s.NeedsContext {
		return 0
	}
	return s.ContextHeader() + len(s.ContextLocals)
}

// Lookup returns the variable declared with name in this scope (not outer ones).
func (s *Scope) Lookup(name string) *Variable {
	if s.byName != nil {
		return s.byName[name]
	}
	for _, v := range s.Vars {
		if v.Name == name {
			return v
		}
	}
	return nil
}

// Declare appends a variable (used by the parser).
func (s *Scope) Declare(v *Variable) {
	v.Scope = s
	s.Vars = append(s.Vars, v)
	if len(s.Vars) > 8 {
		if s.byName == nil {
			s.byName = make(map[string]*Variable, 16)
			for _, w := range s.Vars[:len(s.Vars)-1] {
				if _, ok := s.byName[w.Name]; !ok {
					s.byName[w.Name] = w
				}
			}
		}
		if _, ok := s.byName[v.Name]; !ok {
			s.byName[v.Name] = v
		}
	}
}

// ClosureScope is the nearest enclosing function (or script) scope; for an
// arrow that is the arrow's own scope.
func (s *Scope) ClosureScope() *Scope {
	for t := s; t != nil; t = t.Outer {
		if t.Type == FunctionScope || t.Type == ScriptScope {
			return t
		}
	}
	return nil
}

// DeclarationScope is the nearest scope that receives var declarations.
func (s *Scope) DeclarationScope() *Scope {
	for t := s; t != nil; t = t.Outer {
		if t.IsDeclarationScope {
			return t
		}
	}
	return nil
}

// ContextHops counts how many contexts must be walked (Context::previous) to
// get from the context current in scope s to the context of scope target
// (an outer scope of s, or s itself): the number of scopes from s
// (inclusive) to target (exclusive) that allocate a context. It returns -1 if
// target is not s or an outer scope of s.
func (s *Scope) ContextHops(target *Scope) int {
	hops := 0
	for t := s; t != nil; t = t.Outer {
		if t == target {
			return hops
		}
		if t.NeedsContext {
			hops++
		}
	}
	return -1
}

// IsOuterOf reports whether s encloses (or is) inner.
func (s *Scope) IsOuterOf(inner *Scope) bool {
	for t := inner; t != nil; t = t.Outer {
		if t == s {
			return true
		}
	}
	return false
}
