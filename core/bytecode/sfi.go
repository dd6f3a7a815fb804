package bytecode

import (
	"unicode/utf8"

	"enginescope/core/ast"
)

// Script is one source text the engine runs: the unit that owns SharedFunctionInfos.
type Script struct {
	ID     int
	Name   string // file name / URL shown in stack traces
	Source string // UTF-8 (WTF-8) source text
	// FromString marks code from strings (eval, new Function): never a CommonJS module, so
	// lazy re-parses must not assume the wrapper.
	FromString bool
	// utf16 maps byte offsets to UTF-16 offsets for non-ASCII sources (nil when ASCII).
	utf16     []int32
	lineStart []int
	ascii     int8 // 0 unknown, 1 ascii, -1 not
	// Compiler is the compiler's per-script state (SFIs of function literals, scope infos).
	Compiler any
}

// UTF16Offset converts a byte offset into a UTF-16 code unit offset: V8 prints and reports
// source positions in UTF-16 units.
func (s *Script) UTF16Offset(byteOffset int) int {
	if byteOffset < 0 {
		return byteOffset
	}
	if s.ascii == 0 {
		s.ascii = 1
		for i := 0; i < len(s.Source); i++ {
			if s.Source[i] >= 0x80 {
				s.ascii = -1
				break
			}
		}
		if s.ascii < 0 {
			s.utf16 = make([]int32, len(s.Source)+1)
			u := int32(0)
			for i := 0; i < len(s.Source); {
				r, n := utf8.DecodeRuneInString(s.Source[i:])
				w := int32(1)
				if r >= 0x10000 {
					w = 2
				}
				for k := 0; k < n; k++ {
					s.utf16[i+k] = u
				}
				i += n
				u += w
			}
			s.utf16[len(s.Source)] = u
		}
	}
	if s.ascii > 0 {
		return byteOffset
	}
	if byteOffset >= len(s.utf16) {
		return int(s.utf16[len(s.utf16)-1]) + byteOffset - (len(s.utf16) - 1)
	}
	return int(s.utf16[byteOffset])
}

// LineColumn returns the 1-based line and column (UTF-16 units) of a byte offset.
func (s *Script) LineColumn(byteOffset int) (line, col int) {
	if s.lineStart == nil {
		s.lineStart = []int{0}
		for i := 0; i < len(s.Source); i++ {
			if c := s.Source[i]; c == '\n' || (c == '\r' && (i+1 >= len(s.Source) || s.Source[i+1] != '\n')) {
				s.lineStart = append(s.lineStart, i+1)
			} else if c == 0xE2 && i+2 < len(s.Source) && s.Source[i+1] == 0x80 && (s.Source[i+2] == 0xA8 || s.Source[i+2] == 0xA9) {
				s.lineStart = append(s.lineStart, i+3)
			}
		}
	}
	lo, hi := 0, len(s.lineStart)-1
	for lo < hi {
		m := (lo + hi + 1) / 2
		if s.lineStart[m] <= byteOffset {
			lo = m
		} else {
			hi = m - 1
		}
	}
	return lo + 1, s.UTF16Offset(byteOffset) - s.UTF16Offset(s.lineStart[lo]) + 1
}

// SharedFunctionInfo is the compile-time template of a function (V8's SharedFunctionInfo):
// everything closures of it share. Bytecode is filled lazily on the first call.
type SharedFunctionInfo struct {
	ID   int    // function literal id within the script (0 = the script / top level)
	Name string // debug name as V8 prints it ("add", "get x", inferred "f", "" anonymous)
	// InferredName is V8's inferred_name: where an anonymous function was stored
	// ("F.m1" for `F.prototype.m1 = function(){}`), shown only when Name is "".
	InferredName string
	Script       *Script
	// Start, End: the function's source range (bytes), as Function.prototype.toString shows it.
	Start, End  int
	ParamsStart int // where the parameter list starts (V8's function entry source position)
	ParamCount  int // formal parameters, receiver excluded (rest included)
	Length      int // the function's `length`
	Kind        ast.FunctionKind
	IsArrow     bool
	IsAsync     bool
	IsGenerator bool
	IsStrict    bool
	IsMethod    bool // has a home object
	IsTopLevel  bool // the script (or CommonJS wrapper) body
	// ScriptScope describes a classic script's script context (top-level let/const/class);
	// nil when the script declares none.
	ScriptScope *ScopeInfo
	// IsDefaultConstructor: a class constructor the compiler synthesized (no source body).
	IsDefaultConstructor bool
	// HasSimpleParams etc. are needed by CreateClosure / function construction.
	HasSimpleParams bool
	// Literal is the (pre)parsed function literal: its Scope chain resolves captured variables
	// to context slots when the function is compiled lazily; Preparse holds what the
	// preparser recorded.
	Literal *ast.FunctionLiteral
	// Bytecode is nil until the function is compiled.
	Bytecode *BytecodeArray
	// Address is the simulated heap address (set by the vm when the SFI is materialized).
	Address uint32
	// VM is the runtime's per-SFI data (owned by core/vm).
	VM any
}

// IsConstructor reports whether closures of this SFI can be called with new.
func (s *SharedFunctionInfo) IsConstructor() bool {
	if s.IsArrow || s.IsAsync || s.IsGenerator {
		return false
	}
	switch s.Kind {
	case ast.FuncNormal, ast.FuncClassConstructor, ast.FuncDerivedConstructor:
		return true
	}
	return false
}

// IsClassConstructor reports a class constructor (calling it without new throws).
func (s *SharedFunctionInfo) IsClassConstructor() bool {
	return s.Kind == ast.FuncClassConstructor || s.Kind == ast.FuncDerivedConstructor
}

// IsCompiled reports whether the bytecode exists.
func (s *SharedFunctionInfo) IsCompiled() bool { return s.Bytecode != nil }

// DebugName is the name shown in listings and stack traces (V8's SharedFunctionInfo::DebugName).
func (s *SharedFunctionInfo) DebugName() string {
	if s.Name == "" {
		return s.InferredName
	}
	return s.Name
}
