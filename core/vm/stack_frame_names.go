package vm

import (
	"strings"
	"unicode"

	bc "enginescope/core/bytecode"
)

// How a stack trace names a frame, as V8's SerializeJSStackFrame (call-site-info.cc) does it:
// a call on an object is a method call, "Type.function [as method]"; a call on undefined or
// the global object is a plain call, "function"; a construct call is "new function".

func (r *Runtime) frameDescription(f *frame) string {
	s := f.cl.SFI
	loc := r.frameLocation(f)
	name := s.DebugName()
	switch {
	case s.IsTopLevel && r.Options.Host == "node":
		return "Object.<anonymous> (" + loc + ")" // the module wrapper, called on module.exports
	case s.IsTopLevel:
		return loc
	case f.construct:
		return "new " + orAnonymous(name) + " (" + loc + ")"
	}
	if d, ok := r.nodeTimerFrame(f, name, loc); ok {
		return d
	}
	recv := r.interp.stack[f.base+bc.FrameReceiver]
	if s.IsArrow {
		recv = f.receiver // the receiver register holds the arrow's lexical this
	}
	if recv.IsNullish() || recv.kind == KindHole || recv.AsObject() == r.Global {
		if name == "" {
			return loc
		}
		return name + " (" + loc + ")"
	}
	return r.methodCallName(f, recv, name) + " (" + loc + ")"
}

// methodCallName is V8's AppendMethodCall.
func (r *Runtime) methodCallName(f *frame, recv Value, name string) string {
	typ := r.stackTypeName(recv)
	method := r.stackMethodName(f, recv)
	if name == "" {
		if method == "" {
			method = "<anonymous>"
		}
		if typ == "" {
			return method
		}
		return typ + "." + method
	}
	var b strings.Builder
	if typ != "" && isIdentifierString(name) && name != typ {
		b.WriteString(typ + ".")
	}
	b.WriteString(name)
	if method != "" && !endsWithMethodName(name, method) {
		b.WriteString(" [as " + method + "]")
	}
	return b.String()
}

func orAnonymous(n string) string {
	if n == "" {
		return "<anonymous>"
	}
	return n
}

// stackTypeName is CallSiteInfo::GetTypeName: a function receiver by its own name (static
// methods print as "Class.method"), other receivers by their constructor's name.
func (r *Runtime) stackTypeName(recv Value) string {
	if recv.IsNullish() {
		return ""
	}
	o := recv.AsObject()
	if o == nil {
		return primitiveWrapperName(recv) // the wrapper's constructor: Number, String, …
	}
	if o.hc.InstanceType == TypeProxy {
		return "Proxy"
	}
	if cl := closureOf(o); cl != nil && cl.SFI.DebugName() != "" {
		return cl.SFI.DebugName()
	}
	return r.receiverConstructorName(o)
}

// receiverConstructorName is JSReceiver::GetConstructorName: the map's constructor when the
// object is no prototype and was made by its own new.target (new_target_is_base), else
// Symbol.toStringTag or a `constructor` further up the chain, else the object's class name.
// "Object" from the first two is passed over.
func (r *Runtime) receiverConstructorName(o *Object) string {
	if !o.hc.IsPrototype && o.hc.Constructor != nil && o.hc.NewTarget == nil {
		if n := r.functionDebugName(o.hc.Constructor); n != "" && n != "Object" {
			return n
		}
	}
	tag := symKey(r.Symbols.ToStringTag)
	ctor := PropKey(NameKey("constructor"))
	for p := o; p != nil; p = p.hc.Proto {
		if p.hc.InstanceType == TypeProxy {
			break
		}
		if v, a, ok := r.getOwn(p, tag); ok && !a.IsAccessor() && v.kind == KindString {
			return v.String().GoString()
		}
		if p == o {
			continue
		}
		if v, a, ok := r.getOwn(p, ctor); ok && !a.IsAccessor() {
			if c := v.AsObject(); c != nil && c.IsCallable() {
				if n := r.functionDebugName(c); n != "" && n != "Object" {
					return n
				}
			}
		}
	}
	return r.receiverClassName(o)
}

// functionDebugName is JSFunction::GetDebugName for closures and builtins.
func (r *Runtime) functionDebugName(f *Object) string {
	if cl := closureOf(f); cl != nil {
		return cl.SFI.DebugName()
	}
	if fd, ok := f.Internal.(*FunctionData); ok {
		return fd.Name
	}
	return ""
}

// receiverClassName is JSReceiver::class_name for the objects a receiver can be.
func (r *Runtime) receiverClassName(o *Object) string {
	switch {
	case o.IsCallable():
		return "Function"
	case o.hc.InstanceType == TypeArray:
		return "Array"
	case o.hc.InstanceType == TypeArguments:
		return "Arguments"
	case o.hc.InstanceType == TypeError:
		return "Error"
	}
	return "Object"
}

// stackMethodName is CallSiteInfo::GetMethodName: the property the function was found under,
// checked first by the function's own name (or the last part of its inferred name), then by
// searching the receiver's chain for enumerable string keys holding it ("" if none or several).
func (r *Runtime) stackMethodName(f *frame, recv Value) string {
	o := recv.AsObject()
	if o == nil { // a primitive: its wrapper would have no own enumerable names, so start above it
		if o = r.primitivePrototype(recv); o == nil {
			return ""
		}
	}
	fn := f.fnObj
	s := f.cl.SFI
	name := s.Name
	switch {
	case strings.HasPrefix(name, "get "), strings.HasPrefix(name, "set "):
		name = name[4:]
	case name == "":
		name = s.InferredName
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			name = name[i+1:]
		}
	}
	if name != "" && r.holdsFunction(o, KeyFromName(name), fn) {
		return name
	}
	found := ""
	for p := o; p != nil && p.hc.InstanceType != TypeProxy; p = p.hc.Proto {
		for _, k := range r.OwnKeys(p) {
			if k.isIndex || k.prop.sym != nil {
				continue
			}
			if v, a, ok := r.getOwn(p, k); !ok || !a.Enumerable() || !valueHoldsFunction(v, a, fn) {
				continue
			}
			switch n := k.prop.name; {
			case found == "":
				found = n
			case found != n:
				return ""
			}
		}
	}
	return found
}

// holdsFunction reports whether looking k up o's prototype chain finds fn as its value, getter
// or setter.
func (r *Runtime) holdsFunction(o *Object, k Key, fn *Object) bool {
	for p := o; p != nil && p.hc.InstanceType != TypeProxy; p = p.hc.Proto {
		if v, a, ok := r.getOwn(p, k); ok {
			return valueHoldsFunction(v, a, fn)
		}
	}
	return false
}

func valueHoldsFunction(v Value, a Attr, fn *Object) bool {
	if a.IsAccessor() {
		p := v.accessor()
		return p != nil && (p.Get == fn || p.Set == fn)
	}
	return v.AsObject() == fn
}

// endsWithMethodName is V8's StringEndsWithMethodName: name == method, or name ends with
// "." or " " followed by method.
func endsWithMethodName(name, method string) bool {
	if name == method {
		return true
	}
	if len(name) <= len(method) || !strings.HasSuffix(name, method) {
		return false
	}
	c := name[len(name)-len(method)-1]
	return c == '.' || c == ' '
}

// isIdentifierString is String::IsIdentifier.
func isIdentifierString(s string) bool {
	if s == "" {
		return false
	}
	for i, c := range s {
		switch {
		case c == '$' || c == '_' || unicode.IsLetter(c):
		case i > 0 && (unicode.IsDigit(c) || unicode.Is(unicode.Mn, c) || unicode.Is(unicode.Mc, c) || unicode.Is(unicode.Pc, c)):
		default:
			return false
		}
	}
	return true
}
