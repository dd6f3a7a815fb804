package vm

// Heap is V8's heap in miniature (engine-model §7.1): a young generation of two semispaces with
// an age mark, old space in pages with free lists, a large-object space, and the snapshot the
// realm is built into. Every collectable object — JSObject and all its subtypes with their
// PropertyArray and elements backing stores, Contexts, Strings and BigInts — has a simulated
// address and a V8-sized footprint, and the collectors (gc_*.go) decide what survives.
//
// The runtime's Go objects never move: "copying" an object gives it a new address, and every
// pointer to it follows at once because pointers are Go pointers (V8 updates them from the
// forwarding address; the events show that step). An object the collector frees leaves the
// space's table, so Go's own collector can reclaim it once JavaScript no longer holds it.
//
// Sizes are V8's (x64, no pointer compression, as Node builds it) but the spaces are scaled
// down so classroom programs collect: see heap_config.go. Addresses are deterministic.
type Heap struct {
	r   *Runtime
	cfg heapConfig

	young newSpace
	old   oldSpace
	lo    loSpace
	snap  snapshotSpace

	// strings and bigints have no header field (shared package-level strings exist), so their
	// simulated headers live here.
	ext map[any]*gcHeader

	// handles root what natives and the instruction in flight hold only in Go variables
	// (V8's HandleScopes): every object allocated since the current step began.
	handles []heapRef
	scopes  int // open HandleScopes
	pins    []*pin
	kept    []any // KeepAlive's Go data

	gc gcState

	count int
	bytes int
	// OnAlloc, when set, observes each allocation (the engine turns it into heap.alloc events).
	OnAlloc func(addr uint32, size int, kind string)
	// onAllocLog records allocations as heap.alloc events (Runtime.RecordAllocations).
	onAllocLog *stepLog
}

// TaggedSize is the size of a tagged slot: 8 bytes in Node's x64 build (no pointer compression).
const TaggedSize = 8

// Allocated reports how many objects and bytes were allocated so far.
func (h *Heap) Allocated() (objects, bytes int) { return h.count, h.bytes }

// init sizes the heap from the runtime's options; NewRuntime calls it before the first allocation.
func (h *Heap) init(r *Runtime) {
	h.r = r
	h.cfg = newHeapConfig(r.Options)
	h.young.init(&h.cfg)
	h.old.init(&h.cfg)
	h.lo.init()
	h.snap.init()
	h.gc.init(h)
	h.ext = map[any]*gcHeader{}
}

func (h *Heap) ready() bool { return h.r != nil }

// alloc places an object the collectors never free (maps, SharedFunctionInfos, bytecode, symbols,
// listing constants): in the snapshot while the realm is built, then in old space.
func (h *Heap) alloc(size int, kind string) uint32 {
	size = alignSize(size)
	var addr uint32
	if !h.ready() || h.snap.open {
		addr = h.snap.place(size)
	} else {
		addr = h.allocOld(heapRef{kind: refImmortal}, size, kind, false)
	}
	h.noteAlloc(addr, size, kind)
	return addr
}

func (h *Heap) noteAlloc(addr uint32, size int, kind string) {
	h.count++
	h.bytes += size
	if h.onAllocLog != nil {
		h.onAllocLog.heapAlloc(addr, size, kind)
	}
	if h.OnAlloc != nil {
		h.OnAlloc(addr, size, kind)
	}
}

func alignSize(size int) int { return (size + TaggedSize - 1) &^ (TaggedSize - 1) }

// EndBootstrap closes the snapshot: what the realm and the host were built with stays there,
// immortal and uncounted (as V8's startup snapshot and read-only space), and from now on
// objects are allocated in new space. Running JavaScript ends the bootstrap by itself.
func (h *Heap) EndBootstrap() {
	if h.ready() {
		h.snap.open = false
	}
}

// Bootstrapping reports whether allocations still go to the snapshot.
func (h *Heap) Bootstrapping() bool { return !h.ready() || h.snap.open }
