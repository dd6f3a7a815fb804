package bytecode

// Natives are the runtime functions a program reaches with `%Name(args)` under
// --allow-natives-syntax (V8's test-only intrinsics). They get RuntimeIDs above the ones the
// compiler emits on its own, so the listing prints them the same way: CallRuntime [HaveSameMap], r1-r2.
const RtNativesBase RuntimeID = 0x400

// NativeFunctions is indexed by id - RtNativesBase. NArgs is V8's declared count (-1: any);
// a call with another count is a SyntaxError in V8 and here.
var NativeFunctions = []RuntimeFunction{
	{"HaveSameMap", 2},
	{"HasFastProperties", 1},
	{"HasSmiElements", 1},
	{"HasDoubleElements", 1},
	{"HasObjectElements", 1},
	{"HasHoleyElements", 1},
	{"HasDictionaryElements", 1},
	{"HasSmiOrObjectElements", 1},
	{"HasFastElements", 1},
	{"IsSmi", 1},
	{"DebugPrint", -1},
	{"PrepareFunctionForOptimization", -1},
	{"OptimizeFunctionOnNextCall", -1},
	{"OptimizeMaglevOnNextCall", 1},
	{"EnsureFeedbackVectorForFunction", 1},
	{"NeverOptimizeFunction", 1},
	{"GetOptimizationStatus", 1},
	{"IsBeingInterpreted", 0},
	{"IsDictPropertyConstTrackingEnabled", 0},
	{"ToFastProperties", 1},
	{"HeapObjectVerify", 1},
	{"SystemBreak", 0},
	{"HasFastPackedElements", 1},
	{"HasPackedElements", 1},
	{"ActiveTierIsIgnition", 1},
	{"ActiveTierIsSparkplug", 1},
	{"ActiveTierIsMaglev", 1},
	{"ActiveTierIsTurbofan", 1},
	{"IsTurbofanEnabled", 0},
	{"IsMaglevEnabled", 0},
	{"IsSparkplugEnabled", 0},
	{"IsConcurrentRecompilationSupported", 0},
	{"IsEfficiencyModeEnabled", 0},
	{"HasOwnConstDataProperty", 2},
	{"HasSloppyArgumentsElements", 1},
	// %HasFixed<Type>Elements, in typedKinds' order (core/vm/natives_typed.go)
	{"HasFixedInt8Elements", 1},
	{"HasFixedUint8Elements", 1},
	{"HasFixedUint8ClampedElements", 1},
	{"HasFixedInt16Elements", 1},
	{"HasFixedUint16Elements", 1},
	{"HasFixedInt32Elements", 1},
	{"HasFixedUint32Elements", 1},
	{"HasFixedFloat16Elements", 1},
	{"HasFixedFloat32Elements", 1},
	{"HasFixedFloat64Elements", 1},
	{"HasFixedBigInt64Elements", 1},
	{"HasFixedBigUint64Elements", 1},
}

// NativeID finds a native by name.
func NativeID(name string) (RuntimeID, bool) {
	for i, f := range NativeFunctions {
		if f.Name == name {
			return RtNativesBase + RuntimeID(i), true
		}
	}
	return 0, false
}
