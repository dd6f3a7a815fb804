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
	// args is the sloppy arguments object aliasing parameters held in this context.
	args *mappedArguments
	addr uint32   // the native context's (immortal) address
	gc   gcHeader // every other context is a collectable heap object (gc_interp.go)
}

// mappedArguments links a sloppy function's arguments object with its parameters' context
// slots (V8's SloppyArgumentsElements): writes on either side show on the other until an
// index is deleted or redefined as an accessor or read-only.
type mappedArguments struct {
	obj    *Object
	ctx    *Context
	slotOf []int32 // argument index → context slot, -1 unmapped
}

// paramWritten mirrors a store to a mapped parameter's slot into the arguments object.
func (m *mappedArguments) paramWritten(slot int32, v Value) {
	for i, s := range m.slotOf {
		if s == slot && i < len(m.obj.elements) {
			m.obj.elements[i] = v
		}
	}
}

// mappedArgumentWritten mirrors a store to arguments[i] into the parameter (setElement hook).
func mappedArgumentWritten(o *Object, i uint32, v Value) {
	if m, ok := o.Internal.(*mappedArguments); ok && i < uint32(len(m.slotOf)) {
		if s := m.slotOf[i]; s >= 0 {
			m.ctx.Slots[s] = v
		}
	}
}

// mappedArgumentUnmap ends the aliasing of arguments[i] (delete, accessor or read-only define).
func mappedArgumentUnmap(o *Object, i uint32) {
	if m, ok := o.Internal.(*mappedArguments); ok && i < uint32(len(m.slotOf)) {
		m.slotOf[i] = -1
	}
}

// Address is the context's simulated heap address.
func (c *Context) Address() uint32 {
	if c.gc.addr != 0 {
		return c.gc.addr
	}
	return c.addr
}

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
	r.placeContext(c)
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

// definedMappedArgument applies [[DefineOwnProperty]] of a sloppy arguments object to its
// parameter map: a new value reaches the parameter; an accessor or read-only element stops
// aliasing it.
func (r *Runtime) definedMappedArgument(o *Object, i uint32, d PropertyDescriptor) {
	m, ok := o.Internal.(*mappedArguments)
	if !ok || i >= uint32(len(m.slotOf)) || m.slotOf[i] < 0 {
		return
	}
	if d.HasGet || d.HasSet {
		m.slotOf[i] = -1
		return
	}
	if d.HasValue {
		m.ctx.Slots[m.slotOf[i]] = d.Value
	}
	if d.HasWritable && !d.Writable {
		m.slotOf[i] = -1
	}
}
