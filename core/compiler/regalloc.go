package compiler

import bc "enginescope/core/bytecode"

// regAllocator hands out temporary registers above the fixed locals, stack-like (V8's
// BytecodeRegisterAllocator). The register optimizer observes allocations.
type regAllocator struct {
	next, max int
	obs       *regOptimizer
}

func (a *regAllocator) newRegister() bc.Register {
	r := bc.Register(a.next)
	a.next++
	if a.next > a.max {
		a.max = a.next
	}
	if a.obs != nil {
		a.obs.registerAllocated(r)
	}
	return r
}

func (a *regAllocator) newRegisterList(n int) bc.RegisterList {
	l := bc.RegisterList{First: bc.Register(a.next), Count: n}
	a.next += n
	if a.next > a.max {
		a.max = a.next
	}
	if a.obs != nil {
		a.obs.listAllocated(l)
	}
	return l
}

// newGrowableList starts an empty list at the next register; grow appends to it (only valid
// while no other register is allocated in between).
func (a *regAllocator) newGrowableList() bc.RegisterList {
	return bc.RegisterList{First: bc.Register(a.next)}
}

func (a *regAllocator) growList(l *bc.RegisterList) bc.Register {
	r := a.newRegister()
	if l.Count == 0 {
		l.First = r
	}
	l.Count++
	return r
}

// releaseTo frees every register from first up.
func (a *regAllocator) releaseTo(first int) {
	if first >= a.next {
		return
	}
	if a.obs != nil {
		a.obs.listFreed(bc.RegisterList{First: bc.Register(first), Count: a.next - first})
	}
	a.next = first
}

// scope returns a function that restores the allocation state (V8's RegisterAllocationScope).
func (a *regAllocator) scope() func() {
	saved := a.next
	return func() { a.releaseTo(saved) }
}
