package vm

// The Function constructor and indirect eval need the parser and compiler, which sit above this
// package; the engine installs these hooks. Until it does, both throw V8's EvalError for a
// context that disallows code generation from strings.

// CompileFunctionHook compiles `new Function(params, body)`: the source is
// "function anonymous(" + params + "\n) {\n" + body + "\n}" (what toString returns), parsed with
// the parameter list checked on its own first ("Arg string terminates parameters early"), and
// closed over the global scope. params is the parameter texts joined by ",".
var CompileFunctionHook func(r *Runtime, params, body string) *Object

// IndirectEvalHook runs src as a global script (indirect eval) and returns its completion value.
var IndirectEvalHook func(r *Runtime, src string) Value

const codegenDisallowed = "Code generation from strings disallowed for this context"

func (r *Runtime) compileFunctionFromStrings(params, body string) *Object {
	if CompileFunctionHook == nil {
		r.throwNamed("EvalError", codegenDisallowed)
	}
	return CompileFunctionHook(r, params, body)
}

func (r *Runtime) indirectEval(src string) Value {
	if IndirectEvalHook == nil {
		r.throwNamed("EvalError", codegenDisallowed)
	}
	return IndirectEvalHook(r, src)
}
