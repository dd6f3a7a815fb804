package vm

import (
	"math/big"

	"enginescope/core/ast"
	bc "enginescope/core/bytecode"
	"enginescope/core/compiler"
	"enginescope/core/parser"
)

// codeInfo is the runtime's view of a compiled function: the bytecode plus the constant pool
// materialized as Values and property keys (V8 keeps heap objects in the pool).
type codeInfo struct {
	bc     *bc.BytecodeArray
	instrs []bc.Instr
	consts []Value
	keys   []Key // property keys for string constants
	r0     int32 // register-file index of r0
	slots  int   // FrameSlots
	params int   // formal parameters
	// templates caches GetTemplateObject per site (V8 caches in the feedback vector / realm).
	templates map[int32]*Object
	// ordinaryCall: neither a class constructor nor an arrow, so a call binds this by the
	// strict/sloppy rule alone (call.go's fast path); strict is the function's mode.
	ordinaryCall, strict bool
	// globalCells caches LdaGlobal sites' dictionary entries, by feedback slot (global_cell.go).
	globalCells []globalCell
	// execCache and regNames are the event stream's per-instruction and per-register texts.
	execCache []*execInfo
	regNames  []string
	// logPlain[i]: instruction i's step is one bytecode.exec record (its execInfo is cached).
	logPlain []bool
}

// sfiData is the runtime data hung on a SharedFunctionInfo.
type sfiData struct {
	code *codeInfo
	addr uint32
}

func sfiDataOf(s *bc.SharedFunctionInfo) *sfiData {
	if d, ok := s.VM.(*sfiData); ok {
		return d
	}
	d := &sfiData{}
	s.VM = d
	return d
}

// sfiAddress returns the simulated address of an SFI, allocating it on first use.
func (r *Runtime) sfiAddress(s *bc.SharedFunctionInfo) uint32 {
	if s.Address == 0 {
		s.Address = r.Heap.alloc(7*TaggedSize, "SharedFunctionInfo")
	}
	return s.Address
}

// ensureCompiled compiles a lazily parsed function on its first call (V8's lazy compilation:
// the function's source range is re-parsed fully, then compiled).
func (r *Runtime) ensureCompiled(s *bc.SharedFunctionInfo) *codeInfo {
	d := sfiDataOf(s)
	if d.code != nil {
		return d.code
	}
	if s.Bytecode == nil {
		lit := s.Literal
		if lit == nil {
			r.ThrowTypeError("function has no source")
		}
		full := lit
		if lit.Preparsed || lit.Body == nil && !s.IsDefaultConstructor &&
			lit.Kind != ast.FuncClassMembersInitializer && lit.Kind != ast.FuncClassStaticInitializer {
			opts := parser.Options{CommonJS: r.Options.Host == "node" && !s.Script.FromString, AllowNativesSyntax: r.Options.AllowNativesSyntax}
			if r.interp.rec != nil {
				// the full parse preparses the function's own inner functions again, as V8 does
				opts.OnPreparse = func(p parser.PreparseEvent) { r.emitPreparse(s.Script, p) }
			}
			f, err := parser.ParseFunction([]byte(s.Script.Source), lit, opts)
			if err != nil {
				r.ThrowSyntaxError("%v", err)
			}
			full = f
		}
		if err := compiler.CompileFunction(s, full); err != nil {
			r.ThrowTypeError("%v", err)
		}
		if r.interp.rec != nil {
			r.emitCompileLazy(s)
		}
		if h := r.interp.onCompile; h != nil {
			h(s)
		}
	}
	d.code = r.newCodeInfo(s.Bytecode)
	d.code.ordinaryCall = !s.IsClassConstructor() && !s.IsArrow
	d.code.strict = s.IsStrict
	return d.code
}

func (r *Runtime) newCodeInfo(b *bc.BytecodeArray) *codeInfo {
	ci := &codeInfo{bc: b, instrs: b.Code, params: b.FormalParams()}
	ci.r0 = int32(bc.FrameParams + ci.params)
	ci.slots = b.FrameSlots()
	ci.consts = make([]Value, len(b.Constants))
	ci.keys = make([]Key, len(b.Constants))
	if b.Address == 0 {
		b.Address = r.Heap.alloc(40+b.Length(), "BytecodeArray")
	}
	for i := range b.Constants {
		c := &b.Constants[i]
		switch c.Kind {
		case bc.ConstString:
			s := internString(c.Str)
			ci.consts[i] = StringValue(s)
			ci.keys[i] = KeyFromName(c.Str)
		case bc.ConstHeapNumber:
			ci.consts[i] = Number(c.Num)
			ci.keys[i] = r.ToPropertyKey(ci.consts[i])
		case bc.ConstSmi:
			ci.consts[i] = Int(int(c.Smi))
		case bc.ConstBigInt:
			ci.consts[i] = r.bigIntLiteral(c.Str)
		case bc.ConstSymbol:
			sym := r.wellKnownSymbol(c.Str)
			ci.consts[i] = SymbolValue(sym)
			ci.keys[i] = PropKey(SymbolKey(sym))
		case bc.ConstUndefined:
			ci.consts[i] = Undefined
		}
	}
	return ci
}

// internString returns the string for a constant pool name (V8 internalizes them).
func internString(s string) *String { return NewString(s) }

// wellKnownSymbol resolves a ConstSymbol constant ("Symbol.iterator", …, or an internal one).
func (r *Runtime) wellKnownSymbol(name string) *Symbol {
	switch name {
	case "Symbol.iterator":
		return r.Symbols.Iterator
	case "Symbol.asyncIterator":
		return r.Symbols.AsyncIterator
	}
	if r.interp.internalSymbols == nil {
		r.interp.internalSymbols = map[string]*Symbol{}
	}
	if s, ok := r.interp.internalSymbols[name]; ok {
		return s
	}
	s := r.newSymbol("(" + name + ")")
	s.Private = true
	r.interp.internalSymbols[name] = s
	return s
}

// classFieldsSymbol is V8's class_fields_symbol: the private key under which a class keeps
// its instance members initializer.
func (r *Runtime) classFieldsSymbol() *Symbol { return r.wellKnownSymbol("class_fields_symbol") }

var _ = ast.FuncNormal

func (r *Runtime) bigIntLiteral(digits string) Value {
	x, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		x = new(big.Int)
	}
	return BigIntValue(NewBigInt(x))
}

// SetCompileHook registers a function called after every lazy compilation (the CLI's
// --print-bytecode prints listings as V8 does: when a function is compiled).
func (r *Runtime) SetCompileHook(h func(*bc.SharedFunctionInfo)) { r.interp.onCompile = h }
