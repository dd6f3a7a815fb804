package main

import (
	"flag"

	"enginescope/core/engine"
	"enginescope/core/vm"
)

// addHeapFlags registers V8's memory flags. Sizes are in scaled MB (vm.ScaledMB bytes each), so
// Node's numbers keep their proportions on a heap small enough to watch.
func addHeapFlags(fs *flag.FlagSet, h *engine.HeapOptions) {
	fs.IntVar(&h.MinSemiSpaceSize, "min-semi-space-size", vm.DefaultMinSemiSpaceSize, "initial size of each new-space semispace in scaled MB (1 scaled MB = 1 KB of simulated heap; V8 --min-semi-space-size)")
	fs.IntVar(&h.MaxSemiSpaceSize, "max-semi-space-size", vm.DefaultMaxSemiSpaceSize, "maximum size of each new-space semispace in scaled MB (V8 --max-semi-space-size)")
	fs.IntVar(&h.MaxOldSpaceSize, "max-old-space-size", vm.DefaultMaxOldSpaceSize, "old-generation limit in scaled MB; beyond it the run stops with Node's heap OOM report, exit 134 (V8 --max-old-space-size)")
	fs.StringVar(&h.GC, "gc", vm.GCGenerational, "collector: generational (V8's scavenger + incremental mark-compact) or refcount (teaching mode that leaks cycles)")
	fs.BoolVar(&h.TraceGC, "trace-gc", false, "print a line per collection in V8's --trace-gc format on stdout (sizes in scaled MB)")
	fs.BoolVar(&h.GCStress, "gc-stress", false, "collect at every allocation, alternating a scavenge and a full incremental cycle (V8 --gc-interval=1 in spirit)")
	fs.BoolVar(&h.VerifyHeap, "verify-heap", false, "check the heap after every collection; problems are reported on stderr (exit 70) (V8 --verify-heap)")
}
