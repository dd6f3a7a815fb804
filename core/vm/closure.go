package vm

import (
	"enginescope/core/ast"
	bc "enginescope/core/bytecode"
)

// Closure is a JavaScript function's code and environment: V8's JSFunction fields beyond the
// object header (SharedFunctionInfo, Context, FeedbackCell).
type Closure struct {
	SFI     *bc.SharedFunctionInfo
	Context *Context
	// Feedback is the function's feedback vector: nil until its returns and back edges used up
	// the budget of V8's --invocation-count-for-feedback-allocation=8 (ic_budget.go).
	Feedback *FeedbackVector
	// budget is V8's interrupt budget in bytecode bytes once the vector exists (tier_budget.go);
	// tierEntry asks the next call to start a marked function's compile job.
	budget    int32
	tierEntry bool
	tier      *tierState
	// Arrows capture their creator's this and new.target (and home object).
	LexicalThis      Value
	LexicalNewTarget Value
	// Brand is a class constructor's private brand (classes with private methods/accessors).
	Brand *Symbol
	// Fields is a class constructor's instance members initializer.
	Fields *Object
}

func (c *Closure) isConstructor() bool { return c.SFI.IsConstructor() }

func (c *Closure) isGeneratorLike() bool { return c.SFI.IsGenerator }

// isSloppyFunction: a sloppy-mode ordinary function (its caller/arguments read as null).
func (c *Closure) isSloppyFunction() bool {
	s := c.SFI
	return !s.IsStrict && !s.IsArrow && !s.IsMethod && !s.IsGenerator && !s.IsAsync && !s.IsClassConstructor()
}

func (r *Runtime) closurePrototypeParent(c *Closure) *Object {
	switch {
	case c.SFI.IsGenerator && c.SFI.IsAsync:
		return r.Intrinsics.AsyncGeneratorPrototype
	case c.SFI.IsGenerator:
		return r.Intrinsics.GeneratorPrototype
	}
	return r.Intrinsics.ObjectPrototype
}

func (r *Runtime) closureSourceText(c *Closure) string {
	s := c.SFI
	if s.Script == nil {
		return "function () { [native code] }"
	}
	// the constructor is the class: its text is the whole class, explicit constructor or not
	if s.IsClassConstructor() && s.Literal != nil && s.Literal.Class != nil {
		cl := s.Literal.Class
		return s.Script.Source[cl.Start:cl.End]
	}
	if s.IsTopLevel {
		return "function (exports, require, module, __filename, __dirname) {\n" + s.Script.Source + "\n}"
	}
	if s.Start >= 0 && s.End <= len(s.Script.Source) && s.Start <= s.End {
		return s.Script.Source[s.Start:s.End]
	}
	return "function () { [native code] }"
}

func init() {
	ClosureKindHook = func(c *Closure) (isAsync, isGenerator bool) {
		return c.SFI.IsAsync, c.SFI.IsGenerator
	}
}

// newClosure is CreateClosure: a JSFunction for sfi in context ctx.
func (r *Runtime) newClosure(sfi *bc.SharedFunctionInfo, ctx *Context) *Object {
	proto := r.Intrinsics.FunctionPrototype
	switch {
	case sfi.IsGenerator && sfi.IsAsync:
		proto = r.Intrinsics.AsyncGeneratorFunctionPrototype
	case sfi.IsGenerator:
		proto = r.Intrinsics.GeneratorFunctionPrototype
	case sfi.IsAsync:
		proto = r.Intrinsics.AsyncFunctionPrototype
	}
	cl := &Closure{SFI: sfi, Context: ctx}
	fd := &FunctionData{Name: sfi.Name, Closure: cl, ClassConstructor: sfi.IsClassConstructor()}
	var m *HiddenClass
	switch {
	case sfi.IsClassConstructor():
		m = r.newMap(TypeFunction, proto, 0) // every class gets its own map from its boilerplate
	case !sfi.IsConstructor():
		m = r.functionRootMap(proto, fnMapNoPrototype)
	case sfi.IsStrict:
		m = r.functionRootMap(proto, fnMapStrict)
	default:
		m = r.functionRootMap(proto, fnMapSloppy)
	}
	f := &Object{hc: m, elemAttr: AttrDefault, Internal: fd}
	r.allocObjectAddress(f)
	r.addOwn(f, NameKey("length"), Int(sfi.Length), AttrConfigurable)
	// an anonymous class has an own name "" too, so it does not inherit its parent's
	r.addOwn(f, NameKey("name"), Str(sfi.Name), AttrConfigurable)
	if sfi.IsConstructor() || sfi.IsGenerator {
		fd.lazyPrototype = true
	}
	if !sfi.IsStrict && !sfi.IsArrow && sfi.Kind == ast.FuncNormal && !sfi.IsGenerator && !sfi.IsAsync {
		// sloppy functions have poison-free arguments/caller in V8's map: nothing to add
	}
	return f
}

// closureOf returns the Closure of a JS function object (nil for builtins).
func closureOf(o *Object) *Closure {
	if o == nil || o.hc.InstanceType != TypeFunction {
		return nil
	}
	if fd, ok := o.Internal.(*FunctionData); ok {
		return fd.Closure
	}
	return nil
}
