package vm

import (
	"fmt"
	"strings"

	"enginescope/core/events"
)

// Heap exhaustion, as Node reports it (engine-model §7.5): V8's fatal out-of-memory error with
// the last GCs' trace lines, then Node's abort — the process dies of SIGABRT, which a shell
// reports as exit code 134. The run stops cleanly: HeapOutOfMemory unwinds it like
// process.exit, without running catch or finally blocks.

// ExitCodeOutOfMemory is the exit status of a Node process that ran out of heap (128 + SIGABRT).
const ExitCodeOutOfMemory = 134

// HeapOutOfMemory is raised (as a Go panic) when the heap limit is reached; Report is what Node
// prints on stderr, which the runtime has already written.
type HeapOutOfMemory struct {
	Message string
	Report  string
}

func (e *HeapOutOfMemory) Error() string { return "FATAL ERROR: " + e.Message + oomSuffix }

const oomSuffix = " Allocation failed - JavaScript heap out of memory"

// nativeOOMFrames stand in for Node's native stack trace (addresses from Node 26.10 x64).
var nativeOOMFrames = []string{
	"0x840e50 ",
	"0x8410bd node::OOMErrorHandler(char const*, v8::OOMDetails const&)",
	"0xcd68bb ",
	"0xf461e5 ",
	"0xf443ec ",
	"0xf37543 ",
	"0xf37311 ",
	"0xf36c3f ",
	"0xf12dcd ",
	"0x13cff81 ",
	"0x1ae5a76 ",
}

func (g *gcState) outOfMemory(msg string) {
	h := g.h
	var b strings.Builder
	b.WriteString("\n<--- Last few GCs --->\n\n")
	for _, l := range g.stats.ring {
		b.WriteString(l + "\n")
	}
	b.WriteString("\nFATAL ERROR: " + msg + oomSuffix + "\n----- Native stack trace -----\n\n")
	for i, f := range nativeOOMFrames {
		fmt.Fprintf(&b, "%2d: %s [node]\n", i+1, f)
	}
	report := b.String()
	if rec := h.recorder(); rec != nil {
		rec.Emit(&events.HeapOOM{Message: msg, Used: h.oldGenerationSize(), Limit: h.cfg.maxOld})
	}
	h.r.writeRaw("error", report)
	g.inGC = false
	panic(&HeapOutOfMemory{Message: msg, Report: report})
}
