package vm

import (
	"strings"

	bc "enginescope/core/bytecode"
	"enginescope/core/compiler"
	"enginescope/core/parser"
)

// Code from strings: the Function constructors (CreateDynamicFunction) and indirect eval parse
// and compile a new script closed over the global scope. Direct eval compiles its code as a
// script whose free names are looked up dynamically in the caller's contexts (the caller's
// variables are context-allocated because it calls eval) and runs it with the caller's `this`;
// strict eval code keeps its var and function declarations to itself.

func init() {
	CompileFunctionHook = func(r *Runtime, params, body string) *Object {
		return r.createDynamicFunction("function", params, body)
	}
	IndirectEvalHook = func(r *Runtime, src string) Value {
		return r.evalScript(src)
	}
}

// createDynamicFunction compiles "(kind anonymous(params\n) {\nbody\n})" in the global scope.
func (r *Runtime) createDynamicFunction(kind, params, body string) *Object {
	// the parameter list must parse on its own ("Arg string terminates parameters early")
	if _, err := parser.ParseScript([]byte("("+kind+" anonymous("+params+"\n) {\n})"), parser.Options{}); err != nil {
		if strings.Contains(params, ")") {
			r.ThrowSyntaxError("Arg string terminates parameters early")
		}
		r.throwDynamicSyntaxError(err)
	}
	src := "(" + kind + " anonymous(" + params + "\n) {\n" + body + "\n})"
	v := r.runCodeFromString(src, r.globalContext(), ObjectValue(r.GlobalThis), false)
	f := v.AsObject()
	if f == nil {
		r.ThrowSyntaxError("Unexpected token")
	}
	if cl := closureOf(f); cl != nil {
		// Function.prototype.toString shows the function without the parentheses
		cl.SFI.Start, cl.SFI.End = 1, len(src)-1
	}
	return f
}

// evalScript runs src as indirect eval code in the global scope and returns its completion.
func (r *Runtime) evalScript(src string) Value {
	return r.runCodeFromString(src, r.globalContext(), ObjectValue(r.GlobalThis), false)
}

// runCodeFromString compiles src as eval code: names it does not declare are looked up through
// ctx's chain (the caller's scopes for a direct eval, the classic script's lexical bindings and
// then the global object otherwise); its own let/const, and in strict code its vars, stay local.
func (r *Runtime) runCodeFromString(src string, ctx *Context, this Value, strict bool) Value {
	prog, err := parser.ParseScript([]byte(src), parser.Options{Eval: true, Strict: strict, AllowNativesSyntax: r.Options.AllowNativesSyntax})
	if err != nil {
		r.throwDynamicSyntaxError(err)
	}
	script := &bc.Script{Source: src, Name: "", FromString: true}
	sfi, err := compiler.CompileScript(prog, script)
	if err != nil {
		r.ThrowSyntaxError("%v", err)
	}
	if si := sfi.ScriptScope; si != nil {
		c := r.newContext(ctx, si, si.Length())
		for i := si.Header(); i < len(c.Slots); i++ {
			c.Slots[i] = Hole
		}
		ctx = c
	}
	return r.CallObject(r.newClosure(sfi, ctx), this, nil)
}

// globalContext is the context code from strings starts in (the script context when the
// main program is a classic script with top-level lexical bindings).
func (r *Runtime) globalContext() *Context {
	if cl := closureOf(r.core.mainScript); cl != nil {
		return cl.Context
	}
	return r.nativeContext()
}

func (r *Runtime) throwDynamicSyntaxError(err error) {
	if se, ok := err.(*parser.SyntaxError); ok {
		r.ThrowSyntaxError("%s", se.Message)
	}
	r.ThrowSyntaxError("%v", err)
}

func init() {
	registerBuiltins(901, "dynamic functions", func(r *Runtime) {
		in := &r.Intrinsics
		mk := func(name, kind string, proto *Object) *Object {
			var c *Object
			construct := func(r *Runtime, args []Value, nt *Object) Value {
				params, body := "", ""
				if len(args) > 0 {
					for i, a := range args[:len(args)-1] {
						if i > 0 {
							params += ","
						}
						params += r.ToString(a).GoStringKey()
					}
					body = r.ToString(args[len(args)-1]).GoStringKey()
				}
				f := r.createDynamicFunction(kind, params, body)
				if nt != nil && nt != c {
					r.SetPrototypeOf(f, r.GetPrototypeFromConstructor(nt, proto))
				}
				return ObjectValue(f)
			}
			c = r.NewNativeConstructor(name, 1, proto,
				func(r *Runtime, this Value, args []Value) Value { return construct(r, args, nil) }, construct)
			r.SetPrototypeOf(c, in.Function)
			r.DefineData(proto, KeyFromName("constructor"), ObjectValue(c), AttrConfigurable)
			return c
		}
		in.GeneratorFunction = mk("GeneratorFunction", "function*", in.GeneratorFunctionPrototype)
		in.AsyncFunction = mk("AsyncFunction", "async function", in.AsyncFunctionPrototype)
		in.AsyncGeneratorFunction = mk("AsyncGeneratorFunction", "async function*", in.AsyncGeneratorFunctionPrototype)
		r.DefineData(in.AsyncGeneratorFunctionPrototype, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("AsyncGeneratorFunction"), AttrConfigurable)
		r.DefineData(in.AsyncGeneratorFunctionPrototype, KeyFromName("prototype"), ObjectValue(in.AsyncGeneratorPrototype), AttrConfigurable)
		r.DefineData(in.AsyncGeneratorPrototype, KeyFromName("constructor"), ObjectValue(in.AsyncGeneratorFunctionPrototype), AttrConfigurable)
	})
}

// resolvePossiblyDirectEval is %ResolvePossiblyDirectEval: when the callee is the realm's own
// eval, the call is a direct eval; it returns the function the call site then calls with the
// source as its first argument.
func (r *Runtime) resolvePossiblyDirectEval(f *frame, callee, mode Value) Value {
	if o := callee.AsObject(); o == nil || o != r.core.evalFn {
		return callee
	}
	ctx := f.ctx
	this := f.regs(&r.interp)[bc.FrameReceiver]
	strict := mode.IsNumber() && mode.Num() == 1
	// The caller's frame stays on the stack during the call, keeping ctx and this alive.
	fn := r.NewNativeFunction("eval", 1, func(r *Runtime, _ Value, args []Value) Value {
		x := Arg(args, 0)
		if !x.IsString() {
			return x
		}
		return r.directEval(x.String().GoStringKey(), ctx, this, strict)
	})
	return ObjectValue(fn)
}

// directEval runs eval code in the caller's scope chain.
func (r *Runtime) directEval(src string, ctx *Context, this Value, strict bool) Value {
	return r.runCodeFromString(src, ctx, this, strict)
}
