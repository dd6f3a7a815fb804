package vm

import (
	bc "enginescope/core/bytecode"
)

// Generator states besides a suspend id (>= 0): V8's kGeneratorExecuting / kGeneratorClosed.
const (
	genExecuting = -2
	genClosed    = -1
)

// generatorData is a suspended generator's heap state (V8's JSGeneratorObject): the function,
// its saved register file, context and the resume point.
type generatorData struct {
	fn       *Object
	cl       *Closure
	receiver Value
	state    int
	regs     []Value
	params   []Value
	ctx      *Context
	input    Value
	mode     int
	// async functions: the promise the function returns
	promise *Object
	async   bool
}

// createGeneratorObject is %_CreateJSGeneratorObject(closure, receiver).
func (r *Runtime) createGeneratorObject(fn *Object, receiver Value, async bool) Value {
	cl := closureOf(fn)
	fallback := r.Intrinsics.GeneratorPrototype
	if cl.SFI.IsAsync {
		fallback = r.Intrinsics.AsyncGeneratorPrototype
	}
	proto := r.GetPrototypeFromConstructor(fn, fallback)
	gd := &generatorData{fn: fn, cl: cl, receiver: receiver, state: genExecuting, input: Undefined, async: async}
	o := r.newObjectRaw(TypeGenerator, proto, 0, gd)
	return ObjectValue(o)
}

// resumeGenerator runs a suspended generator until its next suspend or completion. It
// returns the value the frame returned and whether the generator finished.
func (r *Runtime) resumeGenerator(g *Object, mode int, v Value) (Value, bool) {
	gd := g.Internal.(*generatorData)
	switch gd.state {
	case genExecuting:
		r.ThrowTypeError("Generator is already running")
	case genClosed:
		switch mode {
		case resumeModeThrow:
			r.Throw(v)
		case resumeModeReturn:
			return v, true
		}
		return Undefined, true
	}
	gd.input, gd.mode = v, mode
	it := &r.interp
	it.init(r)
	if it.nesting >= maxNesting {
		r.stackOverflow()
	}
	ci := r.ensureCompiled(gd.cl.SFI)
	fr := r.pushFrame(gd.fn, gd.cl, ci, gd.receiver, gd.params, ObjectValue(g))
	fr.entry = true
	it.nesting++
	defer func() { it.nesting-- }()
	res := r.run()
	return res, gd.state == genClosed
}

func (r *Runtime) thisGenerator(this Value, method string) *Object {
	o := this.AsObject()
	if o != nil && o.hc.InstanceType == TypeGenerator {
		if gd, ok := o.Internal.(*generatorData); ok && !gd.cl.SFI.IsAsync {
			return o
		}
	}
	r.ThrowTypeError("%s method called on incompatible receiver %s", method, r.safeToString(this))
	return nil
}

func init() {
	registerBuiltins(900, "generator", func(r *Runtime) {
		gp := r.Intrinsics.GeneratorPrototype
		resume := func(mode int, name string) NativeFunc {
			return func(r *Runtime, this Value, args []Value) Value {
				g := r.thisGenerator(this, "Generator.prototype."+name)
				v, done := r.resumeGenerator(g, mode, Arg(args, 0))
				if done {
					return r.CreateIterResult(v, true)
				}
				return v
			}
		}
		r.DefineMethod(gp, "next", 1, resume(resumeModeNext, "next"))
		r.DefineMethod(gp, "return", 1, resume(resumeModeReturn, "return"))
		r.DefineMethod(gp, "throw", 1, resume(resumeModeThrow, "throw"))
		r.DefineData(gp, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("Generator"), AttrConfigurable)
		gfp := r.Intrinsics.GeneratorFunctionPrototype
		r.DefineData(gfp, KeyFromName("prototype"), ObjectValue(gp), AttrConfigurable)
		r.DefineData(gp, KeyFromName("constructor"), ObjectValue(gfp), AttrConfigurable)
		r.DefineData(gfp, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("GeneratorFunction"), AttrConfigurable)
		r.DefineData(r.Intrinsics.AsyncFunctionPrototype, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("AsyncFunction"), AttrConfigurable)
	})
}

// invokeIntrinsic implements InvokeIntrinsic [_Id], args.
func (r *Runtime) invokeIntrinsic(f *frame, id bc.IntrinsicID, args []Value, acc Value) (Value, bool) {
	arg := func(i int) Value {
		if i < len(args) {
			return args[i]
		}
		return Undefined
	}
	switch id {
	case bc.IntrCreateJSGeneratorObject:
		return r.createGeneratorObject(arg(0).Object(), arg(1), false), false
	case bc.IntrGeneratorGetResumeMode:
		return Int(arg(0).Object().Internal.(*generatorData).mode), false
	case bc.IntrGeneratorClose:
		arg(0).Object().Internal.(*generatorData).state = genClosed
		return Undefined, false
	case bc.IntrCreateIterResultObject:
		return r.CreateIterResult(arg(0), ToBoolean(arg(1))), false
	case bc.IntrCopyDataProperties:
		r.copyDataProperties(arg(0).Object(), arg(1), nil)
		return Undefined, false
	case bc.IntrCopyDataPropertiesWithExcludedPropertiesOnStack:
		return r.copyExcluding(args), false
	case bc.IntrAsyncFunctionEnter:
		return r.asyncFunctionEnter(arg(0).Object(), arg(1)), false
	case bc.IntrAsyncFunctionAwait:
		return r.asyncAwait(arg(0).Object(), arg(1)), false
	case bc.IntrAsyncGeneratorAwait:
		return r.AsyncGeneratorAwait(arg(0).Object(), arg(1)), false
	case bc.IntrAsyncFunctionResolve:
		return r.asyncFunctionSettle(arg(0).Object(), arg(1), false), false
	case bc.IntrAsyncFunctionReject:
		return r.asyncFunctionSettle(arg(0).Object(), arg(1), true), false
	case bc.IntrAsyncGeneratorResolve:
		return r.AsyncGeneratorResolve(arg(0).Object(), arg(1), ToBoolean(arg(2))), false
	case bc.IntrAsyncGeneratorReject:
		return r.AsyncGeneratorReject(arg(0).Object(), arg(1)), false
	case bc.IntrAsyncGeneratorYieldWithAwait:
		return r.AsyncGeneratorYieldWithAwait(arg(0).Object(), arg(1)), false
	case bc.IntrCreateAsyncFromSyncIterator:
		return r.CreateAsyncFromSyncIterator(arg(0)), false
	case bc.IntrGetImportMetaObject:
		return ObjectValue(r.NewObject()), false
	}
	r.ThrowTypeError("intrinsic %s is not implemented", id)
	return Undefined, false
}
