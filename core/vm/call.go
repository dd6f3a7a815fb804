package vm

import (
	"strconv"
	"strings"

	"enginescope/core/ast"
	bc "enginescope/core/bytecode"
)

// callClosure calls a JavaScript function from Go (a builtin calling back, or the host): it
// pushes an entry frame and runs the interpreter until that frame returns.
func (r *Runtime) callClosure(f *Object, fd *FunctionData, this Value, args []Value, newTarget *Object) Value {
	it := &r.interp
	it.init(r)
	cl := fd.Closure
	if it.nesting >= maxNesting {
		r.stackOverflow()
	}
	nt := Undefined
	if newTarget != nil {
		nt = ObjectValue(newTarget)
	}
	fr := r.enterFunction(f, cl, this, args, nt, newTarget != nil)
	if fr == nil {
		// a generator resume or similar completed without a frame
		return it.stack[it.sp]
	}
	fr.entry = true
	it.nesting++
	defer func() { it.nesting-- }()
	return r.run()
}

// enterFunction prepares the call of a JavaScript closure: class constructor and
// constructability checks, receiver conversion for sloppy functions, the receiver of a
// [[Construct]] call, lazy compilation, and the frame.
func (r *Runtime) enterFunction(f *Object, cl *Closure, this Value, args []Value, newTarget Value, construct bool) *frame {
	s := cl.SFI
	if !construct {
		if ci := sfiDataOf(s).code; ci != nil && ci.ordinaryCall {
			// The common call of a compiled ordinary function: the same steps as below without
			// re-reading the SharedFunctionInfo's flags.
			if !ci.strict {
				if this.IsNullish() {
					this = ObjectValue(r.GlobalThis)
				} else if this.kind != KindObject {
					this = ObjectValue(r.ToObject(this))
				}
			}
			fr := r.pushFrame(f, cl, ci, this, args, Undefined)
			fr.receiver = this
			return fr
		}
	}
	if construct {
		if !s.IsConstructor() {
			r.ThrowTypeError("%s is not a constructor", r.calleeName(f))
		}
	} else if s.IsClassConstructor() {
		r.ThrowTypeError("Class constructor %s cannot be invoked without 'new'", s.Name)
	}
	ci := r.ensureCompiled(s)
	derived := s.Kind == ast.FuncDerivedConstructor
	passedThis := this
	switch {
	case s.IsArrow:
		this = cl.LexicalThis
		newTarget = cl.LexicalNewTarget
	case construct && derived:
		this = Hole
	case construct:
		proto := r.GetPrototypeFromConstructor(newTarget.AsObject(), r.Intrinsics.ObjectPrototype)
		r.derivedConstruct(f, newTarget.AsObject(), proto) // proto_fast.go
		this = ObjectValue(r.newInstance(f, newTarget.AsObject(), proto))
	case !s.IsStrict:
		if this.IsNullish() {
			this = ObjectValue(r.GlobalThis)
		} else if this.kind != KindObject {
			this = ObjectValue(r.ToObject(this))
		}
	}
	if !construct && !s.IsArrow {
		newTarget = Undefined
	}
	fr := r.pushFrame(f, cl, ci, this, args, newTarget)
	fr.construct = construct
	fr.derived = derived
	fr.receiver = this
	if s.IsArrow {
		fr.receiver = passedThis // what the call passed: stack traces name arrow frames by it, as V8 does
	}
	if construct && !derived && cl.Fields == nil {
		// instance fields of a base class run from the constructor's bytecode
	}
	return fr
}

// newInstance makes the receiver of a base class/function [[Construct]] call.
func (r *Runtime) newInstance(base, newTarget, proto *Object) *Object {
	// V8 sizes constructor instances from the initial map with slack tracking: expected
	// properties + 8 in-object slots (engine-model §4.2).
	if closureOf(newTarget) != nil {
		return r.NewObjectWithMap(r.constructorInitialMap(base, newTarget, proto, r.expectedInObject(newTarget))) // map_slack.go
	}
	return r.newObjectRaw(TypeObject, proto, r.expectedInObject(newTarget), nil)
}

// calleeName is how V8 names a callee in "x is not a function" without call-site text.
func (r *Runtime) calleeName(f *Object) string {
	if cl := closureOf(f); cl != nil && cl.SFI.Name != "" {
		return cl.SFI.Name
	}
	return r.describeForError(ObjectValue(f))
}

// ---- stack traces

// StackTrace renders "\n    at f (file:line:col)" lines for new Error objects from the
// interpreter frames (innermost first), as V8 does.
func (r *Runtime) StackTrace() string { return r.stackTraceSkipping(nil) }

// stackTraceSkipping is StackTrace without the frames above and including the topmost call of
// fn (V8's SKIP_UNTIL_SEEN: `new Sub()` of an Error subclass starts at Sub's caller); with no
// such frame it keeps them all.
func (r *Runtime) stackTraceSkipping(fn *Object) string {
	it := &r.interp
	var b strings.Builder
	top := len(it.frames) - 1
	if fn != nil {
		for i := top; i >= 0; i-- {
			if it.frames[i].fnObj == fn {
				top = i - 1
				break
			}
		}
	}
	for i := top; i >= 0; i-- {
		f := it.frames[i]
		if fn == nil || i < top {
			b.WriteString(r.nativeFramesAt(i + 1)) // builtins this frame called (native_frames.go)
		}
		b.WriteString("\n    at ")
		b.WriteString(r.frameDescription(f))
	}
	if r.Options.Host == "node" && len(it.frames) > 0 && it.frames[0].cl.SFI.IsTopLevel {
		for _, l := range NodeMainModuleFrames {
			b.WriteString("\n    ")
			b.WriteString(l)
		}
	} else if len(it.frames) > 0 {
		b.WriteString(r.hostFramesText()) // Node's own frames beneath a loop callback
	}
	return b.String()
}

func (r *Runtime) getDataPropertyChain(o *Object, name string) *Object {
	k := KeyFromName(name)
	for p := o; p != nil; p = p.hc.Proto {
		if p.hc.InstanceType == TypeProxy {
			return nil
		}
		v, a, ok := r.getOwn(p, k)
		if ok {
			if a&AttrAccessor != 0 {
				return nil
			}
			return v.AsObject()
		}
	}
	return nil
}

// frameLocation is "file:line:col" of the frame's current instruction.
func (r *Runtime) frameLocation(f *frame) string {
	s := f.cl.SFI
	file := r.Options.Filename
	if s.Script != nil && s.Script.Name != "" {
		file = s.Script.Name
	}
	pos, ok := f.code.bc.SourcePositionOf(f.pc)
	if !ok || s.Script == nil {
		return file
	}
	line, col := lineColumnUTF16(s.Script, pos)
	return file + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(col)
}

// lineColumnUTF16 turns a UTF-16 position into 1-based line and column.
func lineColumnUTF16(s *bc.Script, pos int) (int, int) {
	// map back to a byte offset: scripts are usually ASCII
	src := s.Source
	b, u := 0, 0
	for b < len(src) && u < pos {
		c := src[b]
		switch {
		case c < 0x80:
			b++
			u++
		case c < 0xE0:
			b += 2
			u++
		case c < 0xF0:
			b += 3
			u++
		default:
			b += 4
			u += 2
		}
	}
	return s.LineColumn(b)
}
