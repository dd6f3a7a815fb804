package compiler

import (
	"enginescope/core/ast"
	bc "enginescope/core/bytecode"
)

// visitNativeCall compiles `%Name(args)` as V8's BytecodeGenerator::VisitCallRuntime does: the
// arguments in a fresh register list, then CallRuntime [Name], list.
func (g *gen) visitNativeCall(e *ast.NativeCall) {
	id, ok := bc.NativeID(e.Name)
	if !ok {
		unsupported("EngineScope does not implement the native %%%s (docs/cli.md lists the ones it has)", e.Name)
	}
	if n := bc.NativeFunctions[id-bc.RtNativesBase].NArgs; n >= 0 && n != len(e.Arguments) {
		unsupported("native %%%s takes %d arguments", e.Name, n)
	}
	args := g.b.regs.newGrowableList()
	g.visitArguments(e.Arguments, &args)
	g.b.emit(bc.CallRuntime, int32(id), int32(args.First), int32(args.Count))
}
