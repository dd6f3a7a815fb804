// Package compiler turns the parser's AST into Ignition-style bytecode, one function at a
// time (V8's BytecodeGenerator): the top level eagerly, inner functions lazily on their first
// call. The emitter (builder.go) reproduces V8's register optimizer, source position and
// dead-code rules so listings match V8's --print-bytecode.
package compiler

import (
	"fmt"
	"runtime/debug"
	"strings"

	"enginescope/core/ast"
	bc "enginescope/core/bytecode"
)

// scriptState is the compiler's per-script memory: the SFI of every function literal (shared
// by all closures of it, and reused when the parent is recompiled) and the ScopeInfo of every
// scope that allocates a context.
type scriptState struct {
	sfis       map[*ast.FunctionLiteral]*bc.SharedFunctionInfo
	scopeInfos map[*ast.Scope]*bc.ScopeInfo
	commonJS   bool
	// defaultCtors are the synthesized constructors of classes without one.
	defaultCtors map[*ast.ClassLiteral]*ast.FunctionLiteral
	// classKeys are the synthetic class-scope context variables holding computed field keys
	// (V8's .class_field vars), appended after the scope's own context slots.
	classKeys map[*ast.Scope][]*ast.Variable
	classOf   map[*ast.Scope]*ast.ClassLiteral
}

func stateOf(s *bc.Script) *scriptState {
	if st, ok := s.Compiler.(*scriptState); ok {
		return st
	}
	st := &scriptState{sfis: map[*ast.FunctionLiteral]*bc.SharedFunctionInfo{}, scopeInfos: map[*ast.Scope]*bc.ScopeInfo{},
		classKeys: map[*ast.Scope][]*ast.Variable{}, classOf: map[*ast.Scope]*ast.ClassLiteral{}}
	s.Compiler = st
	return st
}

// Error is an internal compiler failure (a construct the compiler cannot handle).
type Error struct {
	Msg   string
	Stack string
}

func (e *Error) Error() string { return "compiler: " + e.Msg }

type bailout struct{ msg string }

func unsupported(format string, args ...any) { panic(bailout{fmt.Sprintf(format, args...)}) }

func catch(err *error) {
	if r := recover(); r != nil {
		if b, ok := r.(bailout); ok {
			*err = &Error{Msg: b.msg}
			return
		}
		*err = &Error{Msg: fmt.Sprint(r), Stack: string(debug.Stack())}
	}
}

// CompileScript compiles the top level of a parsed program. For a CommonJS program
// (prog.Wrapper != nil) the result is the module wrapper function (5 parameters) that the
// host calls with this = module.exports; otherwise it is the classic script's top-level code.
// Inner functions get SharedFunctionInfos without bytecode (compiled by CompileFunction).
func CompileScript(prog *ast.Program, script *bc.Script) (sfi *bc.SharedFunctionInfo, err error) {
	defer catch(&err)
	st := stateOf(script)
	if prog.Wrapper != nil {
		st.commonJS = true
		sfi = SFIFor(script, prog.Wrapper)
		sfi.IsTopLevel = true
		sfi.Name = ""
		g := newGen(script, sfi, prog.Wrapper, nil)
		sfi.Bytecode = g.compileFunction()
		return sfi, nil
	}
	sfi = &bc.SharedFunctionInfo{ID: 0, Script: script, Start: 0, End: len(script.Source), IsTopLevel: true,
		IsStrict: prog.Strict, HasSimpleParams: true}
	g := newGen(script, sfi, nil, prog)
	sfi.Bytecode = g.compileScript()
	if g.needsContext(prog.Scope) {
		sfi.ScriptScope = g.scopeInfo(prog.Scope)
	}
	return sfi, nil
}

// CompileFunction compiles a function whose SFI was created by its parent's compilation.
// lit must be the fully parsed literal (parser.ParseFunction) with its scope chain linked to
// the already analysed outer scopes.
func CompileFunction(sfi *bc.SharedFunctionInfo, lit *ast.FunctionLiteral) (err error) {
	defer catch(&err)
	if lit.Body == nil && lit.Preparsed {
		return &Error{Msg: "function body was not parsed"}
	}
	g := newGen(sfi.Script, sfi, lit, nil)
	sfi.Bytecode = g.compileFunction()
	sfi.Literal = lit
	return nil
}

// SFIFor returns the SharedFunctionInfo of a function literal, creating it on first use.
func SFIFor(script *bc.Script, lit *ast.FunctionLiteral) *bc.SharedFunctionInfo {
	st := stateOf(script)
	if s, ok := st.sfis[lit]; ok {
		return s
	}
	s := &bc.SharedFunctionInfo{
		ID: lit.ID, Name: functionDebugName(lit), InferredName: lit.DebugInferredName, Script: script, Start: lit.Start, End: lit.End,
		ParamsStart: lit.ParamsStart, ParamCount: lit.ParamCount, Length: lit.Length, Kind: lit.Kind,
		IsArrow: lit.IsArrow, IsAsync: lit.IsAsync, IsGenerator: lit.IsGenerator, IsStrict: lit.Strict,
		IsMethod: lit.IsMethod, HasSimpleParams: lit.SimpleParams, Literal: lit,
	}
	st.sfis[lit] = s
	return s
}

// functionDebugName is the name V8 prints: the binding name, "get x"/"set x" for accessors,
// or the inferred name.
func functionDebugName(lit *ast.FunctionLiteral) string {
	name := lit.OwnName()
	switch lit.Kind {
	case ast.FuncGetter:
		if !strings.HasPrefix(name, "get ") {
			return "get " + name
		}
	case ast.FuncSetter:
		if !strings.HasPrefix(name, "set ") {
			return "set " + name
		}
	}
	return name
}
