package vm

// Natives about typed arrays' elements kinds and about tiers.

// typedElementsPredicates are %HasFixed<Type>Elements, one per typed array kind in typedKinds'
// order: a typed array's map carries its own elements kind (V8's UINT8_ELEMENTS …).
func typedElementsPredicates() []nativeFunc {
	fs := make([]nativeFunc, len(typedKinds))
	for i, k := range typedKinds {
		fs[i] = func(r *Runtime, f *frame, a []Value) Value {
			o := a[0].AsObject()
			if o == nil {
				return False
			}
			t := typedArrayOf(o)
			return Bool(t != nil && t.kind == k)
		}
	}
	return fs
}

// activeTier is %ActiveTierIs<Tier>: the tier of the code the closure runs now. A function
// never called has no bytecode yet, and V8 answers false for every tier. Sparkplug code counts
// as Ignition, as in optimizationStatus: V8 batch-compiles it at a moment that depends on
// other functions, and Node 26 answered Ignition for every function given
// %PrepareFunctionForOptimization or just deoptimized.
func activeTier(want tier) nativeFunc {
	return func(r *Runtime, f *frame, a []Value) Value {
		fn := firstFunction(a)
		if fn == nil {
			return False
		}
		if sfiDataOf(closureOf(fn).SFI).code == nil {
			return False
		}
		code := r.tierOf(fn).code
		if code == tierSparkplug {
			code = tierInterpreter
		}
		return Bool(code == want)
	}
}
