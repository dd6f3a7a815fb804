package scenes

import (
	"enginescope/core/events"
	"enginescope/render/rendertest"
)

// The recordings in this directory were written by hand, before core/engine could record them:
// every instruction below is V8 14.6's own bytecode for the scene's source, as printed by
// `node --print-bytecode` (Node 26.10) running the file as a classic script
// (vm.runInThisContext), with V8's source positions. Heap addresses and map ids are simulated.
// TestRecordings regenerates the .events.jsonl files with -update; once the engine records
// scenes itself, these traces go away.

var handwritten = map[string]func(t *rendertest.Trace){
	"call-stack": traceCallStack,
	"references": traceReferences,
}

const (
	addrNativeCtx = 0x10201
	addrGlobal    = 0x10a41
	addrConsole   = 0x11c21
	addrLog       = 0x11e01
)

var (
	window  = events.Object("Window {…}", addrGlobal)
	console = events.Object("console {debug: ƒ, error: ƒ, info: ƒ, log: ƒ, warn: ƒ, …}", addrConsole)
	logFn   = events.Function("log", addrLog)
)

// call-stack.js: multiply / printSquare, from the notes (seeds/003).
func traceCallStack(t *rendertest.Trace) {
	const (
		script, fPrint, fMul        = 1, 2, 3 // frame ids
		sfiScript, sfiMul, sfiPrint = 0, 1, 2
		closScript                  = 0x2a081
		decls                       = 0x2a0c1
		mul, print                  = 0x2a101, 0x2a131
	)
	n := len(t.Src)
	declsV := events.Object("FixedArray[4]", decls)
	mulV, printV := events.Function("multiply", mul), events.Function("printSquare", print)
	five := events.Smi(5)

	t.At(0, &events.ParseFull{Fn: "", SFI: sfiScript, Start: 0, End: n})
	t.At(0, &events.ParsePreparse{Fn: "multiply", SFI: sfiMul, Start: 0, End: 43})
	t.At(44, &events.ParsePreparse{Fn: "printSquare", SFI: sfiPrint, Start: 44, End: 115})
	t.At(0, &events.FramePush{Frame: script, Depth: 1, Fn: "", SFI: sfiScript, Closure: closScript,
		Context: addrNativeCtx, This: window, Regs: 3})
	// Declare the two functions as properties of the global object.
	t.Exec(0, script, sfiScript, 0, "LdaConstant", "[0]", declsV, false)
	t.Reg(script, "r1", declsV)
	t.Exec(0, script, sfiScript, 2, "Star1", "", declsV, false)
	t.Reg(script, "r2", events.Function("", closScript))
	t.Exec(0, script, sfiScript, 3, "Mov", "<closure>, r2", declsV, false)
	t.Emit(&events.HeapAlloc{Addr: mul, Size: 32, Type: "JSFunction", Map: 3})
	t.Emit(&events.ClosureCreate{Closure: mul, Fn: "multiply", SFI: sfiMul, Context: addrNativeCtx})
	t.Emit(&events.PropertySet{Object: addrGlobal, Key: "multiply", Value: mulV, MapBefore: 1, MapAfter: 1})
	t.Emit(&events.HeapAlloc{Addr: print, Size: 32, Type: "JSFunction", Map: 3})
	t.Emit(&events.ClosureCreate{Closure: print, Fn: "printSquare", SFI: sfiPrint, Context: addrNativeCtx})
	t.Emit(&events.PropertySet{Object: addrGlobal, Key: "printSquare", Value: printV, MapBefore: 1, MapAfter: 1})
	t.Exec(0, script, sfiScript, 6, "CallRuntime", "[DeclareGlobals], r1-r2", events.Undefined(), false)
	// printSquare(5);
	t.Exec(116, script, sfiScript, 11, "LdaGlobal", `[1:"printSquare"], FBV[0]`, printV, true)
	t.Reg(script, "r1", printV)
	t.Exec(116, script, sfiScript, 14, "Star1", "", printV, false)
	t.Exec(116, script, sfiScript, 15, "LdaSmi", "[5]", five, false)
	t.Reg(script, "r2", five)
	t.Exec(116, script, sfiScript, 17, "Star2", "", five, false)
	t.At(44, &events.CompileLazy{Fn: "printSquare", SFI: sfiPrint, Start: 44, End: 115, Length: 26, Regs: 3, Params: 2,
		Disasm: "   80 S> @    0 : LdaGlobal [0:\"multiply\"], FBV[0]\n" +
			"         @    3 : Star1\n" +
			"   80 E> @    4 : CallUndefinedReceiver2 r1, a0, a0, FBV[2]\n" +
			"         @    9 : Star0\n" +
			"   98 S> @   10 : LdaGlobal [1:\"console\"], FBV[4]\n" +
			"         @   13 : Star2\n" +
			"  106 E> @   14 : GetNamedProperty r2, [2:\"log\"], FBV[6]\n" +
			"         @   18 : Star1\n" +
			"  106 E> @   19 : CallProperty1 r1, r2, r0, FBV[8]\n" +
			"         @   24 : LdaUndefined\n" +
			"  114 S> @   25 : Return\n"})
	t.At(116, &events.FramePush{Frame: fPrint, Depth: 2, Fn: "printSquare", SFI: sfiPrint, Closure: print,
		Context: addrNativeCtx, This: events.Undefined(), Args: []events.Value{five}, Regs: 3})
	t.Exec(116, script, sfiScript, 18, "CallUndefinedReceiver1", "r1, r2, FBV[2]", five, false)
	// var s = multiply(x, x);
	t.Exec(80, fPrint, sfiPrint, 0, "LdaGlobal", `[0:"multiply"], FBV[0]`, mulV, true)
	t.Reg(fPrint, "r1", mulV)
	t.Exec(80, fPrint, sfiPrint, 3, "Star1", "", mulV, false)
	t.At(0, &events.CompileLazy{Fn: "multiply", SFI: sfiMul, Start: 0, End: 43, Length: 6, Regs: 0, Params: 3,
		Disasm: "   28 S> @    0 : Ldar a1\n" +
			"   37 E> @    2 : Mul a0, FBV[0]\n" +
			"   41 S> @    5 : Return\n"})
	t.At(80, &events.FramePush{Frame: fMul, Depth: 3, Fn: "multiply", SFI: sfiMul, Closure: mul,
		Context: addrNativeCtx, This: events.Undefined(), Args: []events.Value{five, five}, Regs: 0})
	t.Exec(80, fPrint, sfiPrint, 4, "CallUndefinedReceiver2", "r1, a0, a0, FBV[2]", mulV, false)
	// return x * y;
	t.Exec(28, fMul, sfiMul, 0, "Ldar", "a1", five, true)
	t.Exec(37, fMul, sfiMul, 2, "Mul", "a0, FBV[0]", events.Smi(25), false)
	t.At(41, &events.FramePop{Frame: fMul, Depth: 2, Exit: "return", Value: events.Smi(25)})
	t.Exec(41, fMul, sfiMul, 5, "Return", "", events.Smi(25), true)
	t.Reg(fPrint, "r0", events.Smi(25))
	t.Exec(80, fPrint, sfiPrint, 9, "Star0", "", events.Smi(25), false)
	// console.log(s);
	t.Exec(98, fPrint, sfiPrint, 10, "LdaGlobal", `[1:"console"], FBV[4]`, console, true)
	t.Reg(fPrint, "r2", console)
	t.Exec(98, fPrint, sfiPrint, 13, "Star2", "", console, false)
	t.Exec(106, fPrint, sfiPrint, 14, "GetNamedProperty", `r2, [2:"log"], FBV[6]`, logFn, false)
	t.Reg(fPrint, "r1", logFn)
	t.Exec(106, fPrint, sfiPrint, 18, "Star1", "", logFn, false)
	t.Emit(&events.Console{Level: "log", Text: "25", Stream: "stdout"})
	t.Exec(106, fPrint, sfiPrint, 19, "CallProperty1", "r1, r2, r0, FBV[8]", events.Undefined(), false)
	t.Exec(106, fPrint, sfiPrint, 24, "LdaUndefined", "", events.Undefined(), false)
	t.At(114, &events.FramePop{Frame: fPrint, Depth: 1, Exit: "return", Value: events.Undefined()})
	t.Exec(114, fPrint, sfiPrint, 25, "Return", "", events.Undefined(), true)
	t.Reg(script, "r0", events.Undefined())
	t.Exec(116, script, sfiScript, 22, "Star0", "", events.Undefined(), false)
	t.At(132, &events.FramePop{Frame: script, Depth: 0, Exit: "return", Value: events.Undefined()})
	t.Exec(132, script, sfiScript, 23, "Return", "", events.Undefined(), true)
	t.Emit(&events.ProgramEnd{Code: 0, Reason: "completed", Steps: t.Execs})
}

// references.js: obj / newObj, from the notes (seeds/001).
func traceReferences(t *rendertest.Trace) {
	const (
		script    = 1
		sfiScript = 0
		closure   = 0x2a081
		scriptCtx = 0x2a0a1
		obj       = 0x2a0e1
	)
	n := len(t.Src)
	objV := events.Object("{a: 1}", obj)
	objV2 := events.Object("{a: 2}", obj)
	hole := events.Hole()

	t.At(0, &events.ParseFull{Fn: "", SFI: sfiScript, Start: 0, End: n})
	// Top-level let/const of a classic script live in the script context, on the heap.
	t.At(0, &events.ContextAlloc{Addr: scriptCtx, Slots: 2, Names: []string{"obj", "newObj"}, Parent: addrNativeCtx, Scope: "script"})
	t.At(0, &events.ContextWrite{Addr: scriptCtx, Slot: 0, Name: "obj", Value: hole})
	t.At(0, &events.ContextWrite{Addr: scriptCtx, Slot: 1, Name: "newObj", Value: hole})
	t.At(0, &events.FramePush{Frame: script, Depth: 1, Fn: "", SFI: sfiScript, Closure: closure,
		Context: scriptCtx, This: window, Regs: 4})
	// let obj = { a: 1 };
	t.Emit(&events.HeapAlloc{Addr: obj, Size: 16, Type: "JSObject", Map: 12})
	t.Emit(&events.PropertySet{Object: obj, Key: "a", Value: events.Smi(1), MapBefore: 12, MapAfter: 12})
	t.Exec(10, script, sfiScript, 0, "CreateObjectLiteral", "[0], FBV[0], #29", objV, true)
	t.Emit(&events.ContextWrite{Addr: scriptCtx, Slot: 0, Name: "obj", Value: objV})
	t.Exec(10, script, sfiScript, 4, "StaCurrentContextSlot", "[2]", objV, false)
	// let newObj = obj;
	t.Exec(33, script, sfiScript, 6, "LdaCurrentContextSlot", "[2]", objV, true)
	t.Emit(&events.ContextWrite{Addr: scriptCtx, Slot: 1, Name: "newObj", Value: objV})
	t.Exec(33, script, sfiScript, 8, "StaCurrentContextSlot", "[3]", objV, false)
	// newObj.a = 2;
	t.Exec(38, script, sfiScript, 10, "LdaCurrentContextSlot", "[3]", objV, true)
	t.Reg(script, "r1", objV)
	t.Exec(38, script, sfiScript, 12, "Star1", "", objV, false)
	t.Exec(38, script, sfiScript, 13, "LdaSmi", "[2]", events.Smi(2), false)
	t.Emit(&events.PropertySet{Object: obj, Key: "a", Value: events.Smi(2), MapBefore: 12, MapAfter: 12})
	t.Exec(47, script, sfiScript, 15, "SetNamedProperty", `r1, [1:"a"], FBV[1]`, events.Smi(2), false)
	// console.log(obj.a);
	t.Exec(52, script, sfiScript, 19, "LdaGlobal", `[2:"console"], FBV[3]`, console, true)
	t.Reg(script, "r2", console)
	t.Exec(52, script, sfiScript, 22, "Star2", "", console, false)
	t.Exec(60, script, sfiScript, 23, "GetNamedProperty", `r2, [3:"log"], FBV[5]`, logFn, false)
	t.Reg(script, "r1", logFn)
	t.Exec(60, script, sfiScript, 27, "Star1", "", logFn, false)
	t.Exec(60, script, sfiScript, 28, "LdaCurrentContextSlot", "[2]", objV2, false)
	t.Reg(script, "r3", objV2)
	t.Exec(60, script, sfiScript, 30, "Star3", "", objV2, false)
	t.Exec(68, script, sfiScript, 31, "GetNamedProperty", `r3, [1:"a"], FBV[7]`, events.Smi(2), false)
	t.Reg(script, "r3", events.Smi(2))
	t.Exec(68, script, sfiScript, 35, "Star3", "", events.Smi(2), false)
	t.Emit(&events.Console{Level: "log", Text: "2", Stream: "stdout"})
	t.Exec(60, script, sfiScript, 36, "CallProperty1", "r1, r2, r3, FBV[9]", events.Undefined(), false)
	t.Reg(script, "r0", events.Undefined())
	t.Exec(60, script, sfiScript, 41, "Star0", "", events.Undefined(), false)
	t.At(72, &events.FramePop{Frame: script, Depth: 0, Exit: "return", Value: events.Undefined()})
	t.Exec(72, script, sfiScript, 42, "Return", "", events.Undefined(), true)
	t.Emit(&events.ProgramEnd{Code: 0, Reason: "completed", Steps: t.Execs})
}
