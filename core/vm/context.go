package vm

import (
	"unsafe"

	bc "enginescope/core/bytecode"
)

// Context is V8's heap Context: the variables of a scope that closures capture. Slots keep
// V8's numbering (0 scope info, 1 previous, variables from 2, or 3 with an extension slot).
type Context struct {
	Slots  []Value
	Parent *Context
	Scope  *bc.ScopeInfo
	// With is the extension object of a `with` context.
	With *Object
	addr uint32
}

// Address is the context's simulated heap address.
func (c *Context) Address() uint32 { return c.addr }

// kindContext tags a Value that holds a *Context: only registers (<context> and the saved
// context registers of PushContext/try) ever hold one; it never reaches JavaScript.
const kindContext Kind = 0xF0

func contextValue(c *Context) Value { return Value{kind: kindContext, ref: unsafe.Pointer(c)} }

func (v Value) context() *Context {
	if v.kind != kindContext {
		return nil
	}
	return (*Context)(v.ref)
}

// newContext allocates a context with n slots in total (header included).
func (r *Runtime) newContext(parent *Context, si *bc.ScopeInfo, n int) *Context {
	if n < 2 {
		n = 2
	}
	c := &Context{Slots: make([]Value, n), Parent: parent, Scope: si}
	for i := 2; i < n; i++ {
		c.Slots[i] = Undefined
	}
	c.addr = r.Heap.alloc((n+2)*TaggedSize, "Context")
	if rec := r.interp.rec; rec != nil {
		r.emitContextAlloc(c)
	}
	return c
}

// contextAt walks depth contexts up the chain.
func contextAt(c *Context, depth int) *Context {
	for ; depth > 0; depth-- {
		c = c.Parent
	}
	return c
}
