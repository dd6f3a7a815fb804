package vm

// Closure is a JavaScript function's code and environment: V8's JSFunction fields beyond the
// object header (SharedFunctionInfo, Context, FeedbackCell). The interpreter owns this file.
// PLACEHOLDER until the interpreter lands: the interpreter engineer replaces it.
type Closure struct {
	constructor  bool
	generatorish bool
}

func (c *Closure) isConstructor() bool   { return c.constructor }
func (c *Closure) isGeneratorLike() bool { return c.generatorish }

func (r *Runtime) closurePrototypeParent(c *Closure) *Object { return r.Intrinsics.ObjectPrototype }
func (r *Runtime) closureSourceText(c *Closure) string      { return "function () { [code] }" }
