package vm

import bc "enginescope/core/bytecode"

// A sloppy direct eval's var and function declarations join the caller's declaration scope at
// run time (V8's DeclareEvalVar/DeclareEvalFunction): inside a function they go to that
// function context's extension object (slot 2, reserved because the function calls eval), at
// the top of a classic script (or for indirect eval) to the global object as deletable
// properties. Names found through the chain (lookupSlot) see the extension before the context's
// own slots, as Context::Lookup does.

const extensionSlot = 2

// contextExtension is a function context's extension object, nil until an eval declares a var.
func contextExtension(c *Context) *Object {
	if c.Scope == nil || !c.Scope.HasExtension || len(c.Slots) <= extensionSlot {
		return nil
	}
	return c.Slots[extensionSlot].AsObject()
}

// declarationContext is the context an eval's vars belong to: the nearest function context
// (skipping blocks, catch, with, class and the eval's own lexical context), or nil for the
// global object.
func declarationContext(ctx *Context) *Context {
	for c := ctx; c != nil; c = c.Parent {
		if c.Scope == nil {
			return nil
		}
		switch c.Scope.Type {
		case bc.ScopeFunction:
			if c.Scope.HasExtension {
				return c
			}
			return nil
		case bc.ScopeScript:
			return nil
		}
	}
	return nil
}

func (r *Runtime) declareEvalVar(ctx *Context, name string, fn Value, isFunction bool) {
	k := KeyFromName(name)
	dc := declarationContext(ctx)
	if dc == nil {
		g := r.Global
		if _, _, ok := r.getOwn(g, k); ok {
			if isFunction {
				r.Set(g, k, fn, ObjectValue(g))
			}
			return
		}
		v := Undefined
		if isFunction {
			v = fn
		}
		r.DefineData(g, k, v, AttrDefault)
		return
	}
	// the function's own parameter or var of that name: the eval's declaration is the same binding
	for i, n := range dc.Scope.Names {
		if n == name {
			if isFunction {
				dc.Slots[dc.Scope.Header()+i] = fn
				r.contextBarrier(dc, fn)
			}
			return
		}
	}
	ext := contextExtension(dc)
	if ext == nil {
		ext = r.NewObjectWithProto(nil)
		dc.Slots[extensionSlot] = ObjectValue(ext)
		r.contextBarrier(dc, ObjectValue(ext))
	}
	if _, _, ok := r.getOwn(ext, k); ok && !isFunction {
		return
	}
	v := Undefined
	if isFunction {
		v = fn
	}
	r.DefineData(ext, k, v, AttrDefault)
}
