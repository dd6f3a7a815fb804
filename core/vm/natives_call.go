package vm

import bc "enginescope/core/bytecode"

// The natives (%Name(args) under --allow-natives-syntax): V8's test intrinsics that ask the
// engine about its own structures. Each answers from the model exactly as V8's runtime-test.cc
// does from V8's.

type nativeFunc func(r *Runtime, f *frame, args []Value) Value

// natives is indexed by id - bc.RtNativesBase, in bc.NativeFunctions' order (a test checks it).
var natives []nativeFunc

func init() { natives = nativeTable() }

func nativeTable() []nativeFunc {
	return append([]nativeFunc{
		func(r *Runtime, f *frame, a []Value) Value { return nativeHaveSameMap(a) },
		func(r *Runtime, f *frame, a []Value) Value {
			o := a[0].AsObject()
			return Bool(o != nil && !o.hc.Dictionary)
		},
		elementsPredicate(func(k ElementsKind) bool { return k == PackedSmiElements || k == HoleySmiElements }),
		elementsPredicate(func(k ElementsKind) bool { return k == PackedDoubleElements || k == HoleyDoubleElements }),
		elementsPredicate(func(k ElementsKind) bool { return k == PackedElements || k == HoleyElements }),
		holeyPredicate,
		func(r *Runtime, f *frame, a []Value) Value {
			o := a[0].AsObject()
			return Bool(o != nil && o.hc.Elements == DictionaryElements)
		},
		elementsPredicate(func(k ElementsKind) bool { return k <= HoleySmiElements || k == PackedElements || k == HoleyElements }),
		elementsPredicate(func(k ElementsKind) bool { return k < DictionaryElements }),
		func(r *Runtime, f *frame, a []Value) Value { return Bool(a[0].IsSmi()) },
		nativeDebugPrint,
		func(r *Runtime, f *frame, a []Value) Value {
			r.prepareForOptimization(firstFunction(a))
			return Undefined
		},
		func(r *Runtime, f *frame, a []Value) Value {
			r.optimizeOnNextCall(firstFunction(a), tierTurbofan)
			return Undefined
		},
		func(r *Runtime, f *frame, a []Value) Value {
			r.optimizeOnNextCall(firstFunction(a), tierMaglev)
			return Undefined
		},
		func(r *Runtime, f *frame, a []Value) Value {
			r.ensureFeedbackVector(firstFunction(a))
			return Undefined
		},
		func(r *Runtime, f *frame, a []Value) Value { r.neverOptimize(firstFunction(a)); return Undefined },
		func(r *Runtime, f *frame, a []Value) Value { return Int(r.optimizationStatus(firstFunction(a))) },
		func(r *Runtime, f *frame, a []Value) Value { return True },
		func(r *Runtime, f *frame, a []Value) Value { return False },
		func(r *Runtime, f *frame, a []Value) Value {
			if o := a[0].AsObject(); o != nil {
				r.makeFast(o)
			}
			return a[0]
		},
		func(r *Runtime, f *frame, a []Value) Value { return True },
		func(r *Runtime, f *frame, a []Value) Value { return Undefined },
		elementsPredicate(func(k ElementsKind) bool {
			return k == PackedSmiElements || k == PackedDoubleElements || k == PackedElements
		}),
		// JSObject::HasPackedElements is PACKED_ELEMENTS only, not any packed kind.
		elementsPredicate(func(k ElementsKind) bool { return k == PackedElements }),
		activeTier(tierInterpreter),
		activeTier(tierSparkplug),
		activeTier(tierMaglev),
		activeTier(tierTurbofan),
		func(r *Runtime, f *frame, a []Value) Value { return True },
		func(r *Runtime, f *frame, a []Value) Value { return True },
		func(r *Runtime, f *frame, a []Value) Value { return True },
		func(r *Runtime, f *frame, a []Value) Value { return True },
		func(r *Runtime, f *frame, a []Value) Value { return False },
		nativeHasOwnConstDataProperty, // natives_props.go
		elementsPredicate(func(k ElementsKind) bool {
			return k == FastSloppyArgumentsElements || k == SlowSloppyArgumentsElements
		}),
	}, typedElementsPredicates()...)
}

func (r *Runtime) callNativeRuntime(f *frame, id bc.RuntimeID, args []Value) Value {
	i := int(id - bc.RtNativesBase)
	if n := bc.NativeFunctions[i].NArgs; n > len(args) {
		padded := make([]Value, n)
		copy(padded, args)
		for j := len(args); j < n; j++ {
			padded[j] = Undefined
		}
		args = padded
	}
	return natives[i](r, f, args)
}

func nativeHaveSameMap(a []Value) Value {
	x, y := a[0].AsObject(), a[1].AsObject()
	if x == nil || y == nil {
		return False
	}
	return Bool(x.hc == y.hc)
}

// elementsPredicate is one of V8's %Has*Elements: false for a non-object. The
// non-extensible, sealed and frozen kinds are kinds of their own, so every predicate but
// %HasDictionaryElements answers false for them (%HasHoleyElements too: V8's
// IsHoleyElementsKind covers the three fast holey kinds only). So are typed arrays' kinds
// (UINT8_ELEMENTS …), which only %HasFixed<Type>Elements names, and String wrappers'
// (FAST_STRING_WRAPPER_ELEMENTS, SLOW_STRING_WRAPPER_ELEMENTS).
func elementsPredicate(is func(ElementsKind) bool) nativeFunc {
	return func(r *Runtime, f *frame, a []Value) Value {
		o := a[0].AsObject()
		if o == nil || o.hc.InstanceType == TypeTypedArray || isStringWrapper(o) {
			return False
		}
		return Bool(is(o.hc.Elements))
	}
}

var holeyPredicate = elementsPredicate(func(k ElementsKind) bool {
	return k == HoleySmiElements || k == HoleyDoubleElements || k == HoleyElements
})

func firstFunction(a []Value) *Object {
	if len(a) == 0 {
		return nil
	}
	o := a[0].AsObject()
	if closureOf(o) == nil {
		return nil
	}
	return o
}
