package events

// Garbage collection (engine-model §7). Sizes are simulated bytes; the trace line of gc.end uses
// the scaled megabytes --trace-gc prints.

const (
	KindGCScavengeStart       = "gc.scavenge.start"
	KindGCCopy                = "gc.copy"
	KindGCForward             = "gc.forward"
	KindGCPromote             = "gc.promote"
	KindGCFlip                = "gc.flip"
	KindGCMarkStart           = "gc.mark.start"
	KindGCMarkGrey            = "gc.mark.grey"
	KindGCMarkBlack           = "gc.mark.black"
	KindGCMarkStep            = "gc.mark.step"
	KindGCBarrierMarking      = "gc.barrier.marking"
	KindGCBarrierGenerational = "gc.barrier.generational"
	KindGCSweep               = "gc.sweep"
	KindGCEvacuate            = "gc.evacuate"
	KindGCEnd                 = "gc.end"
	KindHeapOOM               = "heap.oom"
)

// GCScavengeStart: a scavenge began; from-space holds the objects, to-space is empty.
type GCScavengeStart struct {
	Header
	Reason   string `json:"reason"`   // "allocation failure", "testing" (--gc-stress), …
	From     Addr   `json:"from"`     // start of from-space (the semispace being evacuated)
	To       Addr   `json:"to"`       // start of to-space
	Capacity int    `json:"capacity"` // bytes per semispace
	Used     int    `json:"used"`     // bytes allocated in from-space
	AgeMark  Addr   `json:"ageMark"`  // objects below it survived one scavenge and will be promoted
}

func (*GCScavengeStart) Kind() string { return KindGCScavengeStart }

// GCCopy: the scavenger copied a live object from from-space to to-space, or compaction moved one
// out of a fragmented page (before that page's gc.evacuate).
type GCCopy struct {
	Header
	From Addr   `json:"from"` // old address
	To   Addr   `json:"to"`   // new address (the forwarding address left behind)
	Size int    `json:"size"` // bytes
	Type string `json:"type"` // JSObject, JSArray, FixedArray, Context, SeqOneByteString, …
}

func (*GCCopy) Kind() string { return KindGCCopy }

// GCForward: a pointer to an object that was already copied was updated from its forwarding address.
type GCForward struct {
	Header
	Host Addr `json:"host"` // the object holding the pointer (0: a root such as a register)
	From Addr `json:"from"` // the old address the pointer held
	To   Addr `json:"to"`   // the forwarding address it now holds
}

func (*GCForward) Kind() string { return KindGCForward }

// GCPromote: an object moved to old space: it survived a scavenge before (it was below the age
// mark), to-space was full, or a full GC promoted every live young object.
type GCPromote struct {
	Header
	From Addr   `json:"from"` // address in new space
	To   Addr   `json:"to"`   // address in old space
	Size int    `json:"size"` // bytes
	Type string `json:"type"` // object type
}

func (*GCPromote) Kind() string { return KindGCPromote }

// GCFlip: the semispaces swapped roles at the end of a scavenge.
type GCFlip struct {
	Header
	From    Addr `json:"from"`    // the semispace now empty (the next scavenge's to-space)
	To      Addr `json:"to"`      // the semispace allocation continues in
	Used    int  `json:"used"`    // bytes that survived into it
	AgeMark Addr `json:"ageMark"` // the new age mark (its allocation top)
}

func (*GCFlip) Kind() string { return KindGCFlip }

// GCMarkStart: incremental marking began; the roots were shaded grey.
type GCMarkStart struct {
	Header
	OldSize int `json:"oldSize"` // bytes in old and large-object space
	Limit   int `json:"limit"`   // the old-generation allocation limit it passed
}

func (*GCMarkStart) Kind() string { return KindGCMarkStart }

// GCMarkGrey: marking discovered an object (white → grey, pushed on the worklist).
type GCMarkGrey struct {
	Header
	Obj  Addr   `json:"obj"`  // the object
	From Addr   `json:"from"` // the object whose field led to it (0: a root)
	Type string `json:"type"` // object type
}

func (*GCMarkGrey) Kind() string { return KindGCMarkGrey }

// GCMarkBlack: marking visited an object's fields (grey → black).
type GCMarkBlack struct {
	Header
	Obj  Addr   `json:"obj"`  // the object
	Type string `json:"type"` // object type
}

func (*GCMarkBlack) Kind() string { return KindGCMarkBlack }

// GCMarkStep: one incremental marking step ran between pieces of the program.
type GCMarkStep struct {
	Header
	Bytes int `json:"bytes"` // bytes of objects visited in this step
	Left  int `json:"left"`  // grey objects still on the worklist
}

func (*GCMarkStep) Kind() string { return KindGCMarkStep }

// GCBarrierMarking: while marking, a store put a white object into another object; the Dijkstra
// barrier shaded it grey so no black object points at a white one.
type GCBarrierMarking struct {
	Header
	Host  Addr `json:"host"`  // the object written
	Value Addr `json:"value"` // the object stored, now grey
}

func (*GCBarrierMarking) Kind() string { return KindGCBarrierMarking }

// GCBarrierGenerational: a store put a young object into an old one; the host's slot joined the
// OLD_TO_NEW remembered set, so the next scavenge finds the young object without scanning old space.
type GCBarrierGenerational struct {
	Header
	Host  Addr `json:"host"`  // the old object written
	Value Addr `json:"value"` // the young object stored
}

func (*GCBarrierGenerational) Kind() string { return KindGCBarrierGenerational }

// GCSweep: the sweeper turned the dead objects of a page into free-list entries.
type GCSweep struct {
	Header
	Page     Addr `json:"page"`     // page start
	Live     int  `json:"live"`     // bytes of live objects
	Freed    int  `json:"freed"`    // bytes freed
	FreeList int  `json:"freeList"` // free-list entries the page now has
	Released bool `json:"released"` // nothing was live: the page went back to the pool
}

func (*GCSweep) Kind() string { return KindGCSweep }

// GCEvacuate: compaction moved the live objects of a fragmented page and released the page.
type GCEvacuate struct {
	Header
	Page  Addr `json:"page"`  // the evacuated page
	Bytes int  `json:"bytes"` // bytes moved
}

func (*GCEvacuate) Kind() string { return KindGCEvacuate }

// GCEnd: a collection finished. Trace is what --trace-gc prints for it.
type GCEnd struct {
	Header
	Collector       string `json:"collector"`        // Scavenge, Mark-Compact, Incremental Mark-Compact, Reference-Counting
	Reason          string `json:"reason"`           // why it ran, as the trace line prints it
	Before          int    `json:"before"`           // bytes in use before
	After           int    `json:"after"`            // bytes in use after
	CommittedBefore int    `json:"committedBefore"`  // bytes of pages before
	CommittedAfter  int    `json:"committedAfter"`   // bytes of pages after
	Promoted        int    `json:"promoted"`         // bytes promoted to old space
	Freed           int    `json:"freed"`            // objects freed
	Leaked          int    `json:"leaked,omitempty"` // reference counting: objects kept only by cycles
	PauseMs         string `json:"pauseMs"`          // the pause, as printed ("0.36")
	Trace           string `json:"trace"`            // the --trace-gc line
	Dead            []Addr `json:"dead,omitempty"`   // old-space and large-object entries (objects, backing stores) this collection freed; young ones are all that a scavenge did not copy
}

func (*GCEnd) Kind() string { return KindGCEnd }

// HeapOOM: the heap limit was reached and collecting could not make room; the run stops as
// Node does (FATAL ERROR … JavaScript heap out of memory, exit code 134).
type HeapOOM struct {
	Header
	Message string `json:"message"` // "Reached heap limit"
	Used    int    `json:"used"`    // bytes in old and large-object space
	Limit   int    `json:"limit"`   // --max-old-space-size in bytes
}

func (*HeapOOM) Kind() string { return KindHeapOOM }
