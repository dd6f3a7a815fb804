package vm

import (
	"fmt"

	bc "enginescope/core/bytecode"
)

// callRuntime implements CallRuntime [Id], args (V8's runtime functions).
func (r *Runtime) callRuntime(f *frame, id bc.RuntimeID, args []Value, acc Value) Value {
	if id >= bc.RtNativesBase {
		return r.callNativeRuntime(f, id, args) // %Name(args), natives_call.go
	}
	arg := func(i int) Value {
		if i < len(args) {
			return args[i]
		}
		return Undefined
	}
	switch id {
	case bc.RtThrowIteratorResultNotAnObject:
		r.ThrowTypeError("Iterator result %s is not an object", r.safeToString(arg(0)))
	case bc.RtThrowSymbolIteratorInvalid:
		r.ThrowTypeError("Result of the Symbol.iterator method is not an object")
	case bc.RtThrowSymbolAsyncIteratorInvalid:
		r.ThrowTypeError("Result of the Symbol.asyncIterator method is not an object")
	case bc.RtThrowIteratorError:
		r.ThrowTypeError("The iterator does not provide a 'throw' method")
	case bc.RtThrowThrowMethodMissing:
		r.ThrowTypeError("The iterator does not provide a 'throw' method")
	case bc.RtThrowCalledNonCallable:
		r.ThrowTypeError("%s is not a function", r.describeForError(arg(0)))
	case bc.RtThrowConstAssignError:
		r.ThrowTypeError("Assignment to constant variable.")
	case bc.RtThrowPatternAssignmentNonCoercible:
		v := arg(0)
		text := r.safeToString(v)
		if t, ok := r.destructuringText(f); ok && t != "" {
			text = t
		}
		r.ThrowTypeError("Cannot destructure '%s' as it is %s.", text, r.safeToString(v))
	case bc.RtThrowNotSuperConstructor:
		r.ThrowTypeError("Super constructor %s of anonymous class is not a constructor", r.safeToString(arg(0)))
	case bc.RtThrowAccessedUninitializedVariable:
		r.ThrowReferenceError("Cannot access '%s' before initialization", r.safeToString(arg(0)))
	case bc.RtThrowUnsupportedSuperError:
		r.ThrowReferenceError("Unsupported reference to 'super'")
	case bc.RtThrowStaticPrototypeError:
		r.ThrowTypeError("Classes may not have a static property named 'prototype'")
	case bc.RtThrowReferenceError:
		r.ThrowReferenceError("%s is not defined", r.safeToString(arg(0)))
	case bc.RtThrowTypeError, bc.RtNewTypeError:
		msg := r.safeToString(arg(0))
		if a0 := arg(0); a0.kind == KindNumber {
			var rest []string
			for i := 1; i < len(args); i++ {
				rest = append(rest, r.safeToString(arg(i)))
			}
			msg = bc.MessageTemplate(int32(a0.num)).Format(rest...)
		}
		if id == bc.RtThrowTypeError {
			r.ThrowTypeError("%s", msg)
		}
		return ObjectValue(r.NewError("TypeError", msg))
	case bc.RtThrowInvalidPrivateBrandReinitialization:
		r.ThrowTypeError("Cannot initialize private methods of class %s twice on the same object", r.safeToString(arg(0)))

	case bc.RtDefineGetterPropertyUnchecked, bc.RtDefineSetterPropertyUnchecked:
		o := arg(0).Object()
		k := r.ToPropertyKey(arg(1))
		fn := arg(2).Object()
		prefix := "get"
		if id == bc.RtDefineSetterPropertyUnchecked {
			prefix = "set"
		}
		r.nameAccessor(fn, k, prefix)
		attr := AttrEnumerable | AttrConfigurable
		cur, ok := r.GetOwnPropertyDescriptor(o, k)
		var g, s *Object
		if ok && cur.IsAccessor() {
			g, s = cur.Get.AsObject(), cur.Set.AsObject()
		}
		if id == bc.RtDefineGetterPropertyUnchecked {
			g = fn
		} else {
			s = fn
		}
		r.DefineAccessor(o, k, g, s, attr)
		return Undefined
	case bc.RtDefineAccessorPropertyUnchecked:
		o := arg(0).Object()
		k := r.ToPropertyKey(arg(1))
		g, s := arg(2).AsObject(), arg(3).AsObject()
		if g != nil {
			r.nameAccessor(g, k, "get")
			r.setLiteralHome(o, arg(2))
		}
		if s != nil {
			r.nameAccessor(s, k, "set")
			r.setLiteralHome(o, arg(3))
		}
		// An object literal with an accessor is a dictionary in V8 (the accessor pair is a
		// per-literal constant no other object could share a map for): fresh_getters.js.
		r.normalize(o)
		r.DefineAccessor(o, k, g, s, AttrEnumerable|AttrConfigurable)
		return Undefined
	case bc.RtInternalSetPrototype:
		if p := arg(1); p.kind == KindObject || p.kind == KindNull {
			r.SetPrototypeOf(arg(0).Object(), p.AsObject())
		}
		return Undefined
	case bc.RtDefineClass:
		return r.defineClass(f, args)
	case bc.RtSetFunctionName:
		r.setFunctionNameFromKey(arg(0), r.ToPropertyKey(arg(1)), "")
		return arg(0)
	case bc.RtLoadFromSuper, bc.RtLoadKeyedFromSuper:
		return r.getNamedFromSuper(arg(0), arg(1), r.ToPropertyKey(arg(2)))
	case bc.RtStoreToSuper, bc.RtStoreKeyedToSuper:
		r.setToSuper(arg(0), arg(1), r.ToPropertyKey(arg(2)), arg(3), f.cl.SFI.IsStrict)
		return arg(3)

	case bc.RtCreatePrivateNameSymbol:
		s := r.newSymbol(r.safeToString(arg(0)))
		s.Private = true
		return SymbolValue(s)
	case bc.RtCreatePrivateBrandSymbol:
		s := r.newSymbol(r.safeToString(arg(0)))
		s.Private = true
		return SymbolValue(s)
	case bc.RtAddPrivateBrand:
		o := arg(0).Object()
		k := PropKey(SymbolKey(arg(1).Symbol()))
		if r.HasOwnProperty(o, k) {
			r.ThrowTypeError("Cannot initialize private methods of class %s twice on the same object", arg(1).Symbol().Description.String().GoString())
		}
		r.addOwn(o, k.prop, arg(1), AttrNone)
		return Undefined
	case bc.RtCheckPrivateBrand:
		return r.checkPrivateBrand(arg(0), arg(1))
	case bc.RtCreatePrivateAccessors:
		pair := &AccessorPair{Get: arg(0).AsObject(), Set: arg(1).AsObject()}
		o := r.newObjectRaw(TypeObject, nil, 0, pair)
		return ObjectValue(o)
	case bc.RtLoadPrivateGetter:
		if p, ok := arg(0).Object().Internal.(*AccessorPair); ok && p.Get != nil {
			return ObjectValue(p.Get)
		}
		r.ThrowTypeError("'%s' was defined without a getter", "#private")
	case bc.RtLoadPrivateSetter:
		if p, ok := arg(0).Object().Internal.(*AccessorPair); ok && p.Set != nil {
			return ObjectValue(p.Set)
		}
		r.ThrowTypeError("'%s' was defined without a setter", "#private")
	case bc.RtPrivateIn:
		o := arg(0).AsObject()
		if o == nil {
			r.ThrowTypeError("Cannot use 'in' operator to search for '%s' in %s", r.safeToString(arg(1)), r.safeToString(arg(0)))
		}
		v := arg(1)
		if v.kind == KindSymbol {
			return Bool(r.HasOwnProperty(o, PropKey(SymbolKey(v.Symbol()))))
		}
		// a private method: the brand of its class
		return Bool(r.hasBrandFor(o, v))

	case bc.RtCopyDataPropertiesWithExcludedPropertiesOnStack:
		return r.copyExcluding(args)
	case bc.RtDeclareGlobals:
		r.declareGlobals(f, arg(0))
		return Undefined
	case bc.RtDeleteLookupSlot:
		name := r.safeToString(arg(0))
		k := KeyFromName(name)
		for c := f.ctx; c != nil; c = c.Parent {
			if ext := contextExtension(c); ext != nil && r.HasOwnProperty(ext, k) {
				return Bool(r.Delete(ext, k))
			}
		}
		return Bool(r.Delete(r.Global, k))
	case bc.RtDeclareEvalVar:
		r.declareEvalVar(f.ctx, r.safeToString(arg(0)), Undefined, false) // interp_eval_decl.go
		return Undefined
	case bc.RtDeclareEvalFunction:
		r.declareEvalVar(f.ctx, r.safeToString(arg(0)), arg(1), true)
		return Undefined
	case bc.RtLoadLookupSlotForCall:
		return r.lookupSlot(f.ctx, r.safeToString(arg(0)), false)
	case bc.RtReflectApply:
		list := r.IterableToList(arg(2))
		return r.Call(arg(0), arg(1), list...)
	case bc.RtReflectConstruct:
		list := r.IterableToList(arg(1))
		return r.Construct(arg(0).Object(), list, arg(2).AsObject())
	case bc.RtDynamicImportCall:
		r.ThrowTypeError("import() is not supported")
	case bc.RtResolvePossiblyDirectEval:
		return r.resolvePossiblyDirectEval(f, arg(0), arg(3)) // interp_eval.go
	case bc.RtGetTemplateObject, bc.RtCreateAsyncFromSyncIterator, bc.RtAsyncGeneratorYieldWithAwait,
		bc.RtSetPrototypeProperties, bc.RtStoreInArrayLiteralSpread:
	}
	if id < bc.NumRuntimeIDs {
		r.ThrowTypeError("runtime function %s is not implemented", id)
	}
	r.ThrowTypeError("unknown runtime function %d", int(id))
	return Undefined
}

// nameAccessor gives an accessor closure its "get x" / "set x" name.
func (r *Runtime) nameAccessor(fn *Object, k Key, prefix string) {
	if cl := closureOf(fn); cl != nil && cl.SFI.Name != "" {
		return
	}
	r.setFunctionNameFromKey(ObjectValue(fn), k, prefix)
}

// copyExcluding is CopyDataPropertiesWithExcludedPropertiesOnStack(source, ...excluded).
func (r *Runtime) copyExcluding(args []Value) Value {
	o := r.NewObject()
	if len(args) == 0 {
		return ObjectValue(o)
	}
	src := args[0]
	if src.IsNullish() {
		r.ThrowTypeError("Cannot destructure '%s' as it is %s.", r.safeToString(src), r.safeToString(src))
	}
	var ex []Key
	for _, k := range args[1:] {
		ex = append(ex, r.ToPropertyKey(k))
	}
	r.copyDataProperties(o, src, ex)
	return ObjectValue(o)
}

// declareGlobals defines a classic script's var and function declarations on the global object.
func (r *Runtime) declareGlobals(f *frame, data Value) {
	if data.kind != kindConstRef {
		return
	}
	idx := int(data.num)
	fa := f.code.bc.Constants[idx].Obj.(*bc.FixedArray)
	for i := 0; i < len(fa.Elements); i++ {
		e := fa.Elements[i]
		switch e.Kind {
		case bc.ConstString:
			k := KeyFromName(e.Str)
			if !r.HasOwnProperty(r.Global, k) {
				r.DefineData(r.Global, k, Undefined, AttrWritable|AttrEnumerable)
			}
		case bc.ConstSFI:
			sfi := e.Obj.(*bc.SharedFunctionInfo)
			fn := r.newClosure(sfi, f.ctx)
			k := KeyFromName(sfi.Name)
			if d, ok := r.GetOwnPropertyDescriptor(r.Global, k); ok && !d.Configurable {
				r.Set(r.Global, k, ObjectValue(fn), ObjectValue(r.Global))
			} else {
				r.DefineOwnProperty(r.Global, k, PropertyDescriptor{Value: ObjectValue(fn), HasValue: true,
					Writable: true, HasWritable: true, Enumerable: true, HasEnumerable: true, HasConfigurable: true})
			}
			i++ // the feedback cell index
		}
	}
}

// ---- super

// homeObjectOf returns the [[HomeObject]] the compiler addresses through <closure>.
func (r *Runtime) homeObjectOf(v Value) *Object {
	o := v.AsObject()
	if o == nil {
		return nil
	}
	if fd, ok := o.Internal.(*FunctionData); ok && o.hc.InstanceType == TypeFunction {
		return fd.HomeObject
	}
	return o
}

func (r *Runtime) getNamedFromSuper(receiver Value, home Value, k Key) Value {
	h := r.homeObjectOf(home)
	if h == nil {
		r.ThrowSyntaxError("'super' keyword unexpected here")
	}
	p := r.GetPrototypeOf(h)
	if p == nil {
		r.ThrowTypeError("Cannot read properties of null (reading '%s')", keyForMessage(k))
	}
	return r.Get(p, k, receiver)
}

func (r *Runtime) setToSuper(receiver Value, home Value, k Key, v Value, strict bool) {
	h := r.homeObjectOf(home)
	if h == nil {
		r.ThrowSyntaxError("'super' keyword unexpected here")
	}
	p := r.GetPrototypeOf(h)
	if p == nil {
		r.ThrowTypeError("Cannot set properties of null (setting '%s')", keyForMessage(k))
	}
	if !r.Set(p, k, v, receiver) && strict {
		if ro := receiver.AsObject(); ro != nil {
			r.throwReadOnly(ro, k)
		}
		r.ThrowTypeError("Cannot assign to read only property '%s' of %s", keyForMessage(k), r.noSideEffectsToString(receiver))
	}
}

// ---- classes

// defineClass is %DefineClass(boilerplate, constructor, super, ...dynamic): it sets up the
// constructor and prototype chain and installs the methods; it returns the prototype.
func (r *Runtime) defineClass(f *frame, args []Value) Value {
	boiler := r.classBoilerplate(f, args[0])
	ctor := args[1].Object()
	super := args[2]
	protoParent := r.Intrinsics.ObjectPrototype
	ctorParent := r.Intrinsics.FunctionPrototype
	switch {
	case super.kind == KindHole:
	case super.kind == KindNull:
		protoParent = nil
	default:
		so := super.AsObject()
		if so == nil || !so.IsConstructor() {
			r.ThrowTypeError("Class extends value %s is not a constructor or null", r.safeToString(super))
		}
		pp := r.Get(so, KeyFromName("prototype"), super)
		if pp.kind != KindObject && pp.kind != KindNull {
			r.ThrowTypeError("Class extends value does not have valid prototype property %s", r.safeToString(pp))
		}
		protoParent = pp.AsObject()
		ctorParent = so
	}
	r.SetPrototypeOf(ctor, ctorParent)
	// InitClassPrototype sizes the prototype for its methods: no in-object slots, every
	// method in a PropertyArray of exactly their number (classPrototypeTemplate below)
	proto := r.newObjectRaw(TypeObject, protoParent, 0, nil)
	if protoParent != nil {
		r.classPrototypeMap(proto, ctor) // proto_fast.go
		if super.kind != KindHole {
			r.classExtends(protoParent, proto) // map_proto.go
		}
	}
	fd := ctor.Internal.(*FunctionData)
	fd.lazyPrototype = false
	fd.HomeObject = proto
	r.DefineOwnProperty(ctor, KeyFromName("prototype"), PropertyDescriptor{Value: ObjectValue(proto), HasValue: true, HasWritable: true, HasEnumerable: true, HasConfigurable: true})
	r.DefineData(proto, KeyFromName("constructor"), ObjectValue(ctor), AttrHidden)
	for _, m := range boiler.Members {
		if m.Kind == bc.ClassField {
			continue
		}
		target := proto
		if m.Static {
			target = ctor
		}
		var k Key
		if m.Computed {
			k = r.ToPropertyKey(args[m.ArgIndex-1])
		} else if m.IsIndex {
			k = r.ToPropertyKey(Str(m.Key))
		} else {
			k = KeyFromName(m.Key)
		}
		fn := args[m.ArgIndex]
		if fo := fn.AsObject(); fo != nil {
			if mfd, ok := fo.Internal.(*FunctionData); ok {
				mfd.HomeObject = target
			}
		}
		switch m.Kind {
		case bc.ClassMethod:
			if m.Computed {
				r.setFunctionNameFromKey(fn, k, "")
			}
			r.DefineOwnProperty(target, k, PropertyDescriptor{Value: fn, HasValue: true, Writable: true, HasWritable: true,
				HasEnumerable: true, Configurable: true, HasConfigurable: true})
		case bc.ClassGetter, bc.ClassSetter:
			prefix := "get"
			if m.Kind == bc.ClassSetter {
				prefix = "set"
			}
			if m.Computed {
				r.setFunctionNameFromKey(fn, k, prefix)
			}
			cur, ok := r.GetOwnPropertyDescriptor(target, k)
			var g, s *Object
			if ok && cur.IsAccessor() {
				g, s = cur.Get.AsObject(), cur.Set.AsObject()
			}
			if m.Kind == bc.ClassGetter {
				g = fn.AsObject()
			} else {
				s = fn.AsObject()
			}
			r.DefineAccessor(target, k, g, s, AttrConfigurable)
		}
	}
	r.classPrototypeTemplate(proto) // proto_fast.go
	return ObjectValue(proto)
}

func (r *Runtime) classBoilerplate(f *frame, v Value) *bc.ClassBoilerplate {
	if v.kind == kindConstRef {
		if b, ok := f.code.bc.Constants[int(v.num)].Obj.(*bc.ClassBoilerplate); ok {
			return b
		}
	}
	panic(fmt.Sprintf("DefineClass: bad boilerplate %v", v.kind))
}

// ---- private brands

func (r *Runtime) checkPrivateBrand(obj Value, method Value) Value {
	o := obj.AsObject()
	if o == nil || !r.hasBrandFor(o, method) {
		r.ThrowTypeError("Receiver must be an instance of class %s", r.brandClassName(method))
	}
	return Undefined
}

func (r *Runtime) hasBrandFor(o *Object, method Value) bool {
	m := method.AsObject()
	if m == nil {
		return false
	}
	if p, ok := m.Internal.(*AccessorPair); ok {
		m = p.Get
		if m == nil {
			m = p.Set
		}
	}
	fd, ok := m.Internal.(*FunctionData)
	if !ok || fd.HomeObject == nil {
		return false
	}
	home := fd.HomeObject
	if cl := closureOf(home); cl != nil && home.IsConstructor() {
		return o == home // static private method: only the class itself
	}
	ctor := r.getDataPropertyChain(home, "constructor")
	cl := closureOf(ctor)
	if cl == nil || cl.Brand == nil {
		return false
	}
	return r.HasOwnProperty(o, PropKey(SymbolKey(cl.Brand)))
}

func (r *Runtime) brandClassName(method Value) string {
	if m := method.AsObject(); m != nil {
		if fd, ok := m.Internal.(*FunctionData); ok && fd.HomeObject != nil {
			if c := r.getDataPropertyChain(fd.HomeObject, "constructor"); c != nil {
				return r.FunctionName(c)
			}
		}
	}
	return "anonymous"
}
