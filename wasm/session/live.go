package session

import (
	"enginescope/core/engine"
	"enginescope/core/events"
	"enginescope/core/parser"
	"enginescope/core/vm"
	"enginescope/scenes"
)

// SliceSteps is how often the engine calls back; the session yields only once its time budget
// (SliceBudget) is used up, so this only bounds how late it notices.
const SliceSteps = 1000

// Live runs programs with the engine (core/engine).
func Live(src []byte, o Options, rec events.Recorder, onSlice func()) Result {
	r := engine.Run(src, engine.Options{Host: o.Host, LegacyEventLoop: o.Legacy, Files: o.Files, Filename: o.Filename,
		MaxSteps: int64(o.MaxSteps), StackSizeKB: o.StackSizeKB, Recorder: rec, OnSlice: onSlice, SliceSteps: SliceSteps,
		Heap: HeapOptions(o.Heap), Tiering: TieringFlags(o.Heap)})
	return Result{Stdout: r.Stdout, Stderr: r.Stderr, ExitCode: r.ExitCode}
}

// syntaxPosition finds where a program's SyntaxError is, for streams that report the error
// without a position (the browser host prints "Uncaught SyntaxError: …" only). It parses the
// program again the way the engine does (the node host wraps it as a CommonJS module).
func syntaxPosition(src []byte, host string) (line, col int) {
	_, err := parser.ParseScript(parser.NormalizeSource(src), parser.Options{Filename: Filename, CommonJS: host != "browser"})
	if se, ok := err.(*parser.SyntaxError); ok {
		return se.Line, se.Column + 1
	}
	return 0, 0
}

// TieringFlags turns a scene's tier-up budgets into the engine's.
func TieringFlags(f scenes.Flags) vm.TieringFlags {
	return vm.TieringFlags{MaglevCount: f.InvocationCountForMaglev, TurbofanCount: f.InvocationCountForTurbofan,
		ICDelay: f.MinimumInvocationsAfterICUpdate, MaglevOSRCount: f.InvocationCountForMaglevOSR, OSRCount: f.InvocationCountForOSR}
}

// HeapOptions turns a scene's memory flags into the engine's.
func HeapOptions(f scenes.Flags) engine.HeapOptions {
	return engine.HeapOptions{MinSemiSpaceSize: f.MinSemiSpaceSize, MaxSemiSpaceSize: f.MaxSemiSpaceSize,
		MaxOldSpaceSize: f.MaxOldSpaceSize, GC: f.GC}
}
