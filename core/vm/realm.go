package vm

import (
	"io"
	"time"
)

// Options configure a Runtime. The CLI flags map onto these.
type Options struct {
	Host        string // "node" (default) or "browser"
	Filename    string // absolute path of the main script, for stack traces and __filename
	MaxSteps    int64  // step budget; 0 means DefaultMaxSteps
	StackSizeKB int    // V8's --stack-size; 0 means DefaultStackSizeKB
	Stdout      io.Writer
	Stderr      io.Writer
	// StartTime is the virtual clock's start (zero means DefaultStartTime; see clock.go).
	StartTime time.Time
	// RandomSeed seeds Math.random exactly as V8's --random-seed does (0 means 42), so a
	// program's random numbers equal those of `node --random-seed=N`.
	RandomSeed int64
	// LegacyEventLoop "node10" runs Node's loop with Node ≤ 10's microtask timing (loop_node.go).
	LegacyEventLoop string
	// LoopStartDelay is the virtual ms between the main script's end and Node's first loop
	// iteration; it decides the main-module setTimeout(0) vs setImmediate race (loop_node.go).
	LoopStartDelay int

	// Memory (heap.go, heap_config.go). Sizes are in scaled MB — 1 is 1 KB of simulated heap,
	// the unit --trace-gc prints — and 0 means the default.
	MinSemiSpaceSize int    // V8's --min-semi-space-size (default 16)
	MaxSemiSpaceSize int    // V8's --max-semi-space-size (default 16)
	MaxOldSpaceSize  int    // V8's --max-old-space-size (default 65536)
	GC               string // --gc=: "" or "generational" (V8's collectors), "refcount" (leaks cycles)
	TraceGC          bool   // --trace-gc: a line per collection on stdout
	GCStress         bool   // --gc-stress: collect at every allocation (scavenges alternating with incremental marking steps)
	VerifyHeap       bool   // --verify-heap: check the heap after every collection (Heap.VerifyErrors)

	// Object model flags (natives_*.go, ic_*.go, tier_*.go).
	AllowNativesSyntax bool         // --allow-natives-syntax: %Name(args) calls
	LogIC              bool         // --log-ic: a line per IC state change on stderr
	TraceOpt           bool         // --trace-opt: tier-up lines on stdout
	TraceDeopt         bool         // --trace-deopt: deopt lines on stdout
	TraceMaps          bool         // --trace-maps: map creation and transition lines on stdout
	Tiering            TieringFlags // V8's tier-up budgets (tier_budget.go)
}

const (
	DefaultMaxSteps    = 10_000_000
	DefaultStackSizeKB = 984
)

// Intrinsics are the realm's well-known objects (ECMA-262 §6.1.7.4).
type Intrinsics struct {
	ObjectPrototype, FunctionPrototype, ArrayPrototype, StringPrototype, NumberPrototype *Object
	BooleanPrototype, SymbolPrototype, BigIntPrototype, ErrorPrototype                   *Object
	IteratorPrototype, ArrayIteratorPrototype, StringIteratorPrototype                   *Object
	MapIteratorPrototype, SetIteratorPrototype, RegExpStringIteratorPrototype            *Object
	GeneratorPrototype, GeneratorFunctionPrototype                                       *Object
	AsyncFunctionPrototype, AsyncGeneratorPrototype, AsyncGeneratorFunctionPrototype     *Object
	AsyncIteratorPrototype, AsyncFromSyncIteratorPrototype                               *Object
	PromisePrototype, MapPrototype, SetPrototype, WeakMapPrototype, WeakSetPrototype     *Object
	WeakRefPrototype, DatePrototype, RegExpPrototype                                     *Object

	Object, Function, Array, String, Number, Boolean, Symbol, BigInt, Promise *Object
	Map, Set, WeakMap, WeakSet, Date, RegExp, Proxy, Reflect, JSON, Math      *Object
	GeneratorFunction, AsyncFunction, AsyncGeneratorFunction                  *Object
	ThrowTypeError                                                            *Object

	// Error constructors and prototypes by name: Error, TypeError, RangeError, SyntaxError,
	// ReferenceError, EvalError, URIError, AggregateError.
	Errors          map[string]*Object
	ErrorPrototypes map[string]*Object
}

// WellKnownSymbols are the realm-independent @@ symbols.
type WellKnownSymbols struct {
	Iterator, AsyncIterator, HasInstance, ToPrimitive, ToStringTag, IsConcatSpreadable *Symbol
	Species, Match, MatchAll, Replace, Search, Split, Unscopables                      *Symbol
	Dispose, AsyncDispose                                                              *Symbol
}

// Runtime is one isolate + realm: heap, maps, intrinsics, the global object and the interpreter.
type Runtime struct {
	Options    Options
	Heap       Heap
	Intrinsics Intrinsics
	Symbols    WellKnownSymbols
	Global     *Object
	// GlobalThis is what `globalThis` / `window` evaluates to.
	GlobalThis *Object
	// SymbolRegistry backs Symbol.for / Symbol.keyFor.
	SymbolRegistry map[string]*Symbol

	maps mapRegistry
	om   objectModel // IC log, tiers and natives bookkeeping (ic_*.go, tier_*.go, natives_*.go)
	// pendingMapCreate are maps made but not yet reported (map_events.go).
	pendingMapCreate []*HiddenClass
	// Console receives every console.* call after formatting (level is log/info/warn/error/debug).
	Console func(level string, text string)

	interp interpreter // the interpreter's state (interp_state.go)
	// msgSite is the message location of the last JSON.parse syntax error (builtin_json_site.go)
	msgSite messageSite

	// RawOutput, when set, receives process.stdout/stderr.write text unchanged (no newline added).
	RawOutput func(level string, text string)
	// tasks are the host's timer, immediate, nextTick and microtask queues (host_timers.go).
	tasks        hostQueues
	timerHandles map[*Object]*hostTimer
	moduleCache  map[string]Value
	clockStart   float64

	// arrayValues and arrayIteratorNext are the original iteration builtins (set by the Array
	// installer) so that spreading an array can skip the observable iterator protocol.
	arrayValues, arrayIteratorNext *Object
	iterResultHC                   *HiddenClass
	// functionHasInstance is Function.prototype[@@hasInstance], so instanceof can skip calling it.
	functionHasInstance *Object

	// Clock is the virtual clock Date reads; only the event loop advances it (clock.go).
	Clock *VirtualClock
	// coll is the collection builtins' per-runtime state (builtin_array.go).
	coll collectionsState
	core coreBuiltins // state of the core builtins (builtin_*.go)
}

// SetFunctionHasInstance records the original Function.prototype[@@hasInstance].
func (r *Runtime) SetFunctionHasInstance(f *Object) { r.functionHasInstance = f }

// SetOriginalArrayIteration records the original Array.prototype.values and %ArrayIteratorPrototype%.next.
func (r *Runtime) SetOriginalArrayIteration(values, next *Object) {
	r.arrayValues, r.arrayIteratorNext = values, next
}

// NewRuntime builds a realm with all builtins installed.
func NewRuntime(opts Options) *Runtime {
	if opts.Host == "" {
		opts.Host = "node"
	}
	if opts.MaxSteps == 0 {
		opts.MaxSteps = DefaultMaxSteps
	}
	if opts.StackSizeKB == 0 {
		opts.StackSizeKB = DefaultStackSizeKB
	}
	r := &Runtime{Options: opts, SymbolRegistry: map[string]*Symbol{}}
	r.Heap.init(r)
	r.createWellKnownSymbols()
	r.createFundamentalObjects()
	for _, install := range builtinInstallers {
		install.fn(r)
	}
	return r
}

// builtinInstaller fills in one family of builtins; builtin_*.go files register theirs in init
// with an order key so installation order never depends on file order.
type builtinInstaller struct {
	order int
	name  string
	fn    func(r *Runtime)
}

var builtinInstallers []builtinInstaller

// registerBuiltins adds an installer. Lower order installs first; ties break by name.
func registerBuiltins(order int, name string, fn func(r *Runtime)) {
	b := builtinInstaller{order, name, fn}
	i := len(builtinInstallers)
	builtinInstallers = append(builtinInstallers, b)
	for i > 0 && (builtinInstallers[i-1].order > order ||
		builtinInstallers[i-1].order == order && builtinInstallers[i-1].name > name) {
		builtinInstallers[i] = builtinInstallers[i-1]
		i--
	}
	builtinInstallers[i] = b
}

func (r *Runtime) newSymbol(desc string) *Symbol {
	s := &Symbol{Description: Str(desc)}
	s.addr = r.Heap.alloc(3*TaggedSize, "Symbol")
	return s
}

// NewSymbol makes a fresh symbol (description undefined when hasDesc is false).
func (r *Runtime) NewSymbol(desc Value) *Symbol {
	s := &Symbol{Description: desc}
	s.addr = r.Heap.alloc(3*TaggedSize, "Symbol")
	return s
}

func (r *Runtime) createWellKnownSymbols() {
	s := &r.Symbols
	s.AsyncIterator = r.newSymbol("Symbol.asyncIterator")
	s.HasInstance = r.newSymbol("Symbol.hasInstance")
	s.IsConcatSpreadable = r.newSymbol("Symbol.isConcatSpreadable")
	s.Iterator = r.newSymbol("Symbol.iterator")
	s.Match = r.newSymbol("Symbol.match")
	s.MatchAll = r.newSymbol("Symbol.matchAll")
	s.Replace = r.newSymbol("Symbol.replace")
	s.Search = r.newSymbol("Symbol.search")
	s.Species = r.newSymbol("Symbol.species")
	s.Split = r.newSymbol("Symbol.split")
	s.ToPrimitive = r.newSymbol("Symbol.toPrimitive")
	s.ToStringTag = r.newSymbol("Symbol.toStringTag")
	s.Unscopables = r.newSymbol("Symbol.unscopables")
	s.Dispose = r.newSymbol("Symbol.dispose")
	s.AsyncDispose = r.newSymbol("Symbol.asyncDispose")
}

// createFundamentalObjects makes the prototypes and constructors every builtin file refers to,
// empty; builtin_*.go installers give them their properties.
func (r *Runtime) createFundamentalObjects() {
	in := &r.Intrinsics
	in.ObjectPrototype = r.newObjectRaw(TypeObject, nil, 0, nil)
	in.FunctionPrototype = r.NewNativeFunctionWithProto(in.ObjectPrototype, "", 0, func(r *Runtime, this Value, args []Value) Value {
		return Undefined
	})
	plain := func() *Object { return r.newObjectRaw(TypeObject, in.ObjectPrototype, 0, nil) }
	in.ArrayPrototype = r.newObjectRaw(TypeArray, in.ObjectPrototype, 0, nil)
	in.StringPrototype = r.newObjectRaw(TypePrimitiveWrapper, in.ObjectPrototype, 0, emptyString)
	in.NumberPrototype = r.newObjectRaw(TypePrimitiveWrapper, in.ObjectPrototype, 0, Number(0))
	in.BooleanPrototype = r.newObjectRaw(TypePrimitiveWrapper, in.ObjectPrototype, 0, False)
	in.SymbolPrototype = plain()
	in.BigIntPrototype = plain()
	in.ErrorPrototype = plain()
	in.IteratorPrototype = plain()
	iterProto := func() *Object { return r.newObjectRaw(TypeObject, in.IteratorPrototype, 0, nil) }
	in.ArrayIteratorPrototype = iterProto()
	in.StringIteratorPrototype = iterProto()
	in.MapIteratorPrototype = iterProto()
	in.SetIteratorPrototype = iterProto()
	in.RegExpStringIteratorPrototype = iterProto()
	in.GeneratorPrototype = iterProto()
	in.GeneratorFunctionPrototype = r.newObjectRaw(TypeObject, in.FunctionPrototype, 0, nil)
	in.AsyncFunctionPrototype = r.newObjectRaw(TypeObject, in.FunctionPrototype, 0, nil)
	in.AsyncIteratorPrototype = plain()
	in.AsyncGeneratorPrototype = r.newObjectRaw(TypeObject, in.AsyncIteratorPrototype, 0, nil)
	in.AsyncGeneratorFunctionPrototype = r.newObjectRaw(TypeObject, in.FunctionPrototype, 0, nil)
	in.AsyncFromSyncIteratorPrototype = r.newObjectRaw(TypeObject, in.AsyncIteratorPrototype, 0, nil)
	in.PromisePrototype = plain()
	in.MapPrototype = plain()
	in.SetPrototype = plain()
	in.WeakMapPrototype = plain()
	in.WeakSetPrototype = plain()
	in.WeakRefPrototype = plain()
	in.DatePrototype = plain()
	in.RegExpPrototype = plain()
	in.Errors = map[string]*Object{}
	in.ErrorPrototypes = map[string]*Object{"Error": in.ErrorPrototype}
	for _, name := range []string{"TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError", "AggregateError"} {
		in.ErrorPrototypes[name] = r.newObjectRaw(TypeObject, in.ErrorPrototype, 0, nil)
	}
	r.Global = r.newObjectRaw(TypeGlobalObject, in.ObjectPrototype, 0, nil)
	r.normalize(r.Global) // V8's global object keeps its properties in a dictionary
	r.GlobalThis = r.Global
}

// newObjectRaw makes an object on the root map for (type, proto, inObject).
func (r *Runtime) newObjectRaw(typ InstanceType, proto *Object, inObject int, internal any) *Object {
	o := newObjectStorage(inObject)
	o.hc, o.elemAttr, o.Internal = r.RootMap(typ, proto, inObject), AttrDefault, internal
	o.slots = o.slots[:0] // fields are added one by one (growSlots)
	r.allocObjectAddress(o)
	return o
}

// defaultInObject is the in-object slot count of `{}` and `new Object()` (engine-model §4.2).
const defaultInObject = 4

// NewObject makes `{}`.
func (r *Runtime) NewObject() *Object {
	return r.newObjectRaw(TypeObject, r.Intrinsics.ObjectPrototype, defaultInObject, nil)
}

// NewObjectWithProto makes an ordinary object with a given prototype (nil for Object.create(null),
// which V8 puts in dictionary mode at once).
func (r *Runtime) NewObjectWithProto(proto *Object) *Object {
	o := r.newObjectRaw(TypeObject, proto, defaultInObject, nil)
	if proto == nil {
		r.normalize(o)
	}
	return o
}

// NewObjectOfType makes an object of a given instance type (Map, Date, …) with internal slots.
func (r *Runtime) NewObjectOfType(typ InstanceType, proto *Object, internal any) *Object {
	return r.newObjectRaw(typ, proto, 0, internal)
}

// NewObjectWithMap makes an object on a given map (literal boilerplates, constructors' initial maps).
func (r *Runtime) NewObjectWithMap(m *HiddenClass) *Object {
	o := newObjectStorage(max(m.InObject, m.FieldCount()))
	o.hc, o.elemAttr = m, AttrDefault
	r.allocObjectAddress(o)
	return o
}

// NewArray makes an array holding vals (which it takes ownership of).
func (r *Runtime) NewArray(vals []Value) *Object {
	o := r.newObjectRaw(TypeArray, r.Intrinsics.ArrayPrototype, 0, nil)
	if len(vals) > 0 {
		o.elements = vals
		o.length = uint32(len(vals))
		kind := PackedSmiElements
		for _, v := range vals {
			switch {
			case v.kind == KindHole:
				kind |= 1
			case v.kind == KindNumber && !v.IsSmi():
				if kind < PackedDoubleElements {
					kind += 2
				}
			case v.kind != KindNumber:
				kind = PackedElements | kind&1
			}
		}
		if kind != o.hc.Elements {
			r.setElementsKind(o, kind)
		}
		r.writeBarrierAll(o) // places the FixedArray; the values may be strings never stored yet
	}
	return o
}

// NewArrayWithLength makes `new Array(n)`: HOLEY_SMI_ELEMENTS with n holes.
func (r *Runtime) NewArrayWithLength(n uint32) *Object {
	o := r.newObjectRaw(TypeArray, r.Intrinsics.ArrayPrototype, 0, nil)
	r.setElementsKind(o, HoleySmiElements)
	if n > maxFastArrayLength {
		r.sparsify(o)
	} else if n > 0 {
		o.elemCap = n // a FixedArray of n holes
		r.Heap.syncBacking(o)
	}
	o.length = n
	return o
}
