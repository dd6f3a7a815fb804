package vm

import (
	"fmt"
	"strings"
)

// Exception carries a thrown JS value through Go frames. Builtins raise it with panic; the
// interpreter recovers it at its boundary and unwinds to the nearest handler.
type Exception struct {
	Value Value
}

func (e *Exception) Error() string { return "uncaught JavaScript exception" }

// Throw raises v as a JS exception.
func (r *Runtime) Throw(v Value) {
	panic(&Exception{Value: v})
}

// NewError makes an error object of a given constructor name ("TypeError", …) with a message,
// the way V8 does: own `stack` (captured now) and `message`.
func (r *Runtime) NewError(name string, msg string) *Object {
	proto := r.Intrinsics.ErrorPrototypes[name]
	if proto == nil {
		proto = r.Intrinsics.ErrorPrototype
	}
	return r.NewErrorWithProto(proto, name, msg)
}

// NewErrorWithProto makes an error whose prototype is proto; name is used for the stack header.
func (r *Runtime) NewErrorWithProto(proto *Object, name string, msg string) *Object {
	o := r.newObjectRaw(TypeError, proto, 0, nil)
	// V8 installs the `stack` accessor first (formatted on first read), then `message`.
	r.captureStack(o, nil)
	r.DefineData(o, PropKey(NameKey("message")), Str(msg), AttrHidden)
	return o
}

func (r *Runtime) throwNamed(name, format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	r.Throw(ObjectValue(r.NewError(name, msg)))
}

func (r *Runtime) ThrowTypeError(format string, args ...any) {
	r.throwNamed("TypeError", format, args...)
}
func (r *Runtime) ThrowRangeError(format string, args ...any) {
	r.throwNamed("RangeError", format, args...)
}
func (r *Runtime) ThrowReferenceError(format string, args ...any) {
	r.throwNamed("ReferenceError", format, args...)
}
func (r *Runtime) ThrowSyntaxError(format string, args ...any) {
	r.throwNamed("SyntaxError", format, args...)
}
func (r *Runtime) ThrowURIError(format string, args ...any) {
	r.throwNamed("URIError", format, args...)
}

// describeForError renders a value the way V8 does inside messages like "%s is not a function"
// when no call-site text is available (calls from builtins).
func (r *Runtime) describeForError(v Value) string {
	switch v.kind {
	case KindString:
		return `"` + v.String().GoString() + `"`
	case KindSymbol:
		return v.Symbol().DescriptiveString()
	case KindObject:
		o := v.Object()
		if o.IsCallable() {
			if fd, ok := o.Internal.(*FunctionData); ok && fd.Closure != nil {
				return r.closureSourceText(fd.Closure)
			}
			return "function " + r.FunctionName(o) + "() { [native code] }"
		}
		if o.IsArray() {
			return r.ToString(v).GoString()
		}
		return "#<" + r.constructorNameOf(o) + ">"
	case KindHole:
		return "undefined"
	}
	return r.ToString(v).GoString()
}

// constructorNameOf finds the name V8 prints in "#<Foo>": the constructor's name via the
// prototype chain, falling back to Object.
func (r *Runtime) constructorNameOf(o *Object) string {
	for p := o; p != nil; p = p.hc.Proto {
		if p.hc.InstanceType == TypeProxy {
			break
		}
		if c, a, ok := r.getOwn(p, PropKey(NameKey("constructor"))); ok && a&AttrAccessor == 0 && c.kind == KindObject {
			if n := r.FunctionName(c.Object()); n != "" {
				return n
			}
		}
	}
	return "Object"
}

// ErrorSummary is "Name: message" for an error value (or ToString of other thrown values), as
// V8 prints uncaught exceptions' first line.
func (r *Runtime) ErrorSummary(v Value) string {
	if o := v.AsObject(); o != nil {
		if s, _, ok := r.getOwn(o, PropKey(NameKey("stack"))); ok && s.kind == KindString {
			text := s.String().GoString()
			if i := strings.IndexByte(text, '\n'); i >= 0 {
				return text[:i]
			}
			return text
		}
	}
	return r.safeToString(v)
}

// safeToString converts for diagnostics, never throwing.
func (r *Runtime) safeToString(v Value) (s string) {
	defer func() {
		if e := recover(); e != nil {
			if _, ok := e.(*Exception); !ok {
				panic(e)
			}
			s = "[object]"
		}
	}()
	if v.kind == KindSymbol {
		return v.Symbol().DescriptiveString()
	}
	return r.ToString(v).GoString()
}
