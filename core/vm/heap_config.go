package vm

// Heap sizes. The simulator keeps V8's object sizes but shrinks the spaces so that a loop of a
// few hundred allocations already fills new space. Flags take "scaled megabytes": one scaled MB
// is ScaledMB bytes of simulated heap, 1024 times less than V8's megabyte, and --trace-gc
// prints sizes in the same unit. So --max-semi-space-size=16 (Node's x64 maximum) means a
// 16 KB semispace here, and a trace line's "4.8 MB" is 4.8 KB of simulated objects.
const ScaledMB = 1024

// Defaults, in scaled MB unless noted.
const (
	// V8 starts new space at its minimum and grows it; the simulator starts at the maximum so
	// that collections come at a steady rhythm from the first allocation.
	DefaultMinSemiSpaceSize = 16
	DefaultMaxSemiSpaceSize = 16
	// DefaultMaxOldSpaceSize is far above what a program finishes within the step budget, so
	// only an explicit --max-old-space-size makes a run exhaust the heap.
	DefaultMaxOldSpaceSize = 64 * 1024
	// initialOldGenerationLimit is where the first incremental marking starts (V8 derives its
	// initial allocation limit from the heap size; a small one shows Mark-Compact early).
	initialOldGenerationLimit = 64
)

// Page geometry in simulated bytes. V8's pages are 256 KB; 16 KB pages hold a few hundred
// small objects so sweeping, free lists and compaction are visible.
const (
	PageSize = 16 * 1024
	// MaxRegularObjectSize is V8's kMaxRegularHeapObjectSize: half a page. Larger objects go to
	// the large-object space on pages of their own and never move.
	MaxRegularObjectSize = PageSize / 2
)

// GC modes: V8's generational collectors, or reference counting for teaching.
const (
	GCGenerational = "generational"
	GCRefcount     = "refcount"
)

type heapConfig struct {
	minSemi, maxSemi int // bytes
	maxOld           int // bytes
	oldLimit         int // bytes: initial old-generation allocation limit
	refcount         bool
	trace            bool
	stress           bool
	verify           bool
}

func newHeapConfig(o Options) heapConfig {
	mb := func(v, def int) int {
		if v <= 0 {
			v = def
		}
		return v * ScaledMB
	}
	c := heapConfig{
		minSemi:  mb(o.MinSemiSpaceSize, DefaultMinSemiSpaceSize),
		maxSemi:  mb(o.MaxSemiSpaceSize, DefaultMaxSemiSpaceSize),
		maxOld:   mb(o.MaxOldSpaceSize, DefaultMaxOldSpaceSize),
		oldLimit: initialOldGenerationLimit * ScaledMB,
		refcount: o.GC == GCRefcount,
		trace:    o.TraceGC,
		stress:   o.GCStress,
		verify:   o.VerifyHeap,
	}
	if o.MaxSemiSpaceSize <= 0 && c.minSemi > c.maxSemi {
		c.maxSemi = c.minSemi
	}
	if c.minSemi > c.maxSemi {
		c.minSemi = c.maxSemi
	}
	if c.oldLimit > c.maxOld {
		c.oldLimit = c.maxOld
	}
	return c
}
