package session

import "enginescope/render"

// MemoryView is what the memory panel shows at the current position, for the page's tests
// (esMemory): which half of new space is in use, and where each block is.
type MemoryView struct {
	Scavenges int           `json:"scavenges"`
	FullGCs   int           `json:"fullGCs"`
	Halves    [2]HalfView   `json:"halves"` // in address order
	Blocks    []BlockView   `json:"blocks"`
	Moves     []render.Move `json:"moves"`
}

// HalfView is one semispace as labelled in the panel.
type HalfView struct {
	Name string `json:"name"` // From (in use) or To
	Base string `json:"base"`
}

// BlockView is one block: its identity, address, space and (for young blocks) its half.
type BlockView struct {
	ID    int    `json:"id"`
	Addr  string `json:"addr"`
	Type  string `json:"type"`
	Space string `json:"space"`
	Half  int    `json:"half"` // 0 or 1 for young blocks, -1 otherwise
}

// Memory describes the memory panel's state at the current position.
func (s *Session) Memory() MemoryView {
	s.mu.Lock()
	defer s.mu.Unlock()
	var v MemoryView
	if s.run == nil {
		return v
	}
	m := &s.run.tl.State().Mem
	v.Scavenges, v.FullGCs = m.Scavenges, m.FullGCs
	for i := range 2 {
		v.Halves[i] = HalfView{Name: "To", Base: m.Semi[i].Base.String()}
		if i == m.InUse {
			v.Halves[i].Name = "From"
		}
	}
	for _, b := range m.SortedBlocks() {
		half := -1
		for i := range 2 {
			if b.Space == "new" && m.Semi[i].Contains(b.Addr) {
				half = i
			}
		}
		v.Blocks = append(v.Blocks, BlockView{ID: b.ID, Addr: b.Addr.String(), Type: b.Type, Space: b.Space, Half: half})
	}
	v.Moves = append(v.Moves, m.Moves...)
	return v
}
