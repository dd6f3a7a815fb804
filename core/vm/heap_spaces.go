package vm

import "sort"

// Address layout (untagged). Each region grows upward; regions never overlap for the sizes the
// flags allow.
const (
	snapshotBase = 0x06000000
	newSpaceBase = 0x08040000
	oldSpaceBase = 0x08400000
	loSpaceBase  = 0x0a000000
	semiAlign    = 64 * 1024
)

func tag(a uint32) uint32   { return a | 1 }
func untag(a uint32) uint32 { return a &^ 1 }

// ---- new space -------------------------------------------------------------------------------

// semiSpace is one half of the young generation.
type semiSpace struct {
	base     uint32
	capacity uint32
	top      uint32 // bytes used
	entries  []heapEntry
}

func (s *semiSpace) contains(a uint32) bool {
	a = untag(a)
	return a >= s.base && a < s.base+s.capacity
}

func (s *semiSpace) bump(size uint32) (uint32, bool) {
	if s.top+size > s.capacity {
		return 0, false
	}
	a := s.base + s.top
	s.top += size
	return tag(a), true
}

// newSpace is the young generation: allocation bumps in the active semispace; a scavenge copies
// survivors into the other one and the two swap roles (the flip).
type newSpace struct {
	semi    [2]semiSpace
	active  int    // the semispace objects are allocated in
	ageMark uint32 // untagged: objects below it in the active semispace survived one scavenge
	max     uint32
	// survivedSinceExpansion drives growth as V8's CheckNewSpaceExpansionCriteria does.
	survivedSinceExpansion int
}

func (n *newSpace) init(c *heapConfig) {
	reserve := uint32(c.maxSemi+semiAlign-1) / semiAlign * semiAlign
	for i := range n.semi {
		n.semi[i] = semiSpace{base: newSpaceBase + uint32(i)*reserve, capacity: uint32(c.minSemi)}
	}
	n.max = uint32(c.maxSemi)
	n.ageMark = n.semi[0].base
}

func (n *newSpace) to() *semiSpace   { return &n.semi[n.active] }
func (n *newSpace) from() *semiSpace { return &n.semi[1-n.active] }
func (n *newSpace) end() uint32      { return n.semi[1].base + n.semi[1].capacity }

// used is the bytes allocated in the active semispace.
func (n *newSpace) used() int { return int(n.to().top) }

// committed counts both semispaces, as V8's new space statistics do.
func (n *newSpace) committed() int { return 2 * int(n.to().capacity) }

// grow doubles the semispaces up to the maximum when more than a semispace survived since the
// last growth (V8's --semi-space-growth-factor=2).
func (n *newSpace) maybeGrow(survived int) bool {
	n.survivedSinceExpansion += survived
	c := n.to().capacity
	if c >= n.max || n.survivedSinceExpansion <= int(c) {
		return false
	}
	c = min(2*c, n.max)
	n.semi[0].capacity, n.semi[1].capacity = c, c
	n.survivedSinceExpansion = 0
	return true
}

// ---- old space -------------------------------------------------------------------------------

type freeRange struct{ addr, size uint32 }

// oldPage is one page of old space: objects, a bump area from top to the end, and the free
// list the sweeper built from the gaps between live objects.
type oldPage struct {
	base    uint32
	top     uint32 // offset of the bump area's start
	live    uint32 // bytes of live objects (after the last sweep) plus those allocated since
	entries []heapEntry
	free    []freeRange // sorted by address
	evac    bool        // evacuation candidate of the current compaction
}

func (p *oldPage) contains(a uint32) bool {
	a = untag(a)
	return a >= p.base && a < p.base+PageSize
}

func (p *oldPage) freeBytes() uint32 {
	var n uint32
	for _, f := range p.free {
		n += f.size
	}
	return n + PageSize - p.top
}

// oldSpace is the old generation's paged space.
type oldSpace struct {
	pages    []*oldPage // sorted by base
	pool     []uint32   // bases of released pages, reused first (the trace's "pooled")
	nextBase uint32
	size     int // bytes of objects (live after the last sweep, plus allocated since)
	current  *oldPage
}

func (s *oldSpace) init(c *heapConfig) {
	s.nextBase = oldSpaceBase
	if end := newSpaceBase + 2*uint32(c.maxSemi+semiAlign-1)/semiAlign*semiAlign; end > s.nextBase {
		s.nextBase = (end + 0xFFFFF) &^ 0xFFFFF
	}
}

func (s *oldSpace) committed() int { return len(s.pages) * PageSize }

func (s *oldSpace) pageOf(a uint32) *oldPage {
	a = untag(a)
	i := sort.Search(len(s.pages), func(i int) bool { return s.pages[i].base+PageSize > a })
	if i < len(s.pages) && s.pages[i].base <= a {
		return s.pages[i]
	}
	return nil
}

// allocate finds room: the current page's bump area, then the free lists (first fit, lowest
// address first), then a new page. It does not check the heap limit.
func (s *oldSpace) allocate(size uint32) (uint32, *oldPage) {
	if p := s.current; p != nil && p.top+size <= PageSize && !p.evac {
		a := p.base + p.top
		p.top += size
		return tag(a), p
	}
	for _, p := range s.pages {
		if p.evac {
			continue
		}
		for i, f := range p.free {
			if f.size < size {
				continue
			}
			a := f.addr
			if f.size == size {
				p.free = append(p.free[:i], p.free[i+1:]...)
			} else {
				p.free[i] = freeRange{f.addr + size, f.size - size}
			}
			return tag(a), p
		}
		if p.top+size <= PageSize {
			a := p.base + p.top
			p.top += size
			s.current = p
			return tag(a), p
		}
	}
	p := s.newPage()
	a := p.base
	p.top = size
	s.current = p
	return tag(a), p
}

func (s *oldSpace) newPage() *oldPage {
	var base uint32
	if n := len(s.pool); n > 0 {
		sort.Slice(s.pool, func(i, j int) bool { return s.pool[i] > s.pool[j] })
		base = s.pool[n-1]
		s.pool = s.pool[:n-1]
	} else {
		base = s.nextBase
		s.nextBase += PageSize
	}
	p := &oldPage{base: base}
	i := sort.Search(len(s.pages), func(i int) bool { return s.pages[i].base > base })
	s.pages = append(s.pages, nil)
	copy(s.pages[i+1:], s.pages[i:])
	s.pages[i] = p
	return p
}

// release returns an empty page to the pool.
func (s *oldSpace) release(p *oldPage) {
	for i, q := range s.pages {
		if q == p {
			s.pages = append(s.pages[:i], s.pages[i+1:]...)
			break
		}
	}
	if s.current == p {
		s.current = nil
	}
	s.pool = append(s.pool, p.base)
}

// ---- large-object space ----------------------------------------------------------------------

// loSpace holds objects above MaxRegularObjectSize, each on pages of its own; they never move.
type loSpace struct {
	next    uint32
	entries []heapEntry
	size    int
	commit  int
}

func (s *loSpace) init() { s.next = loSpaceBase }

func (s *loSpace) allocate(size uint32) uint32 {
	a := s.next
	pages := (size + PageSize - 1) / PageSize
	s.next += pages * PageSize
	s.size += int(size)
	s.commit += int(pages * PageSize)
	return tag(a)
}

// ---- snapshot ----------------------------------------------------------------------------------

// snapshotSpace holds what the realm was built with (V8 deserializes it from the startup
// snapshot). It is immortal and left out of the sizes --trace-gc prints.
type snapshotSpace struct {
	open    bool
	top     uint32
	entries []heapEntry
}

func (s *snapshotSpace) init() { s.open, s.top = true, snapshotBase }

func (s *snapshotSpace) place(size int) uint32 {
	a := s.top
	s.top += uint32(size)
	return tag(a)
}

// SpaceOf names the space an address is in, as heap.alloc events report it: new, old, lo or
// snapshot ("" for an address outside the heap).
func (h *Heap) SpaceOf(addr uint32) string {
	a := untag(addr)
	switch {
	case a >= snapshotBase && a < newSpaceBase:
		return "snapshot"
	case h.young.semi[0].contains(a) || h.young.semi[1].contains(a):
		return "new"
	case a >= loSpaceBase:
		return "lo"
	case h.old.pageOf(a) != nil:
		return "old"
	}
	return ""
}
