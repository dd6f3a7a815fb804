package vm

// globalCell remembers where a LdaGlobal site last found its name in the global object's
// dictionary, as V8's LoadGlobalIC holds the name's PropertyCell: the next load reads the
// value without hashing the name. Entries only move when a property is removed, so the cell
// is good while the dictionary is the same one with the same removal count and the entry is
// still a data property; otherwise the full lookup runs and refills it.
type globalCell struct {
	dict     *propertyDict
	index    int32
	removals uint32
}

// cachedGlobal answers a global load from the site's cell when it is still valid.
func (r *Runtime) cachedGlobal(ci *codeInfo, site int32) (Value, bool) {
	if int(site) >= len(ci.globalCells) {
		return Value{}, false
	}
	c := &ci.globalCells[site]
	d := r.Global.dict
	if c.dict == nil || c.dict != d || c.removals != d.removals {
		return Value{}, false
	}
	e := &d.entries[c.index]
	if e.attr&AttrAccessor != 0 {
		return Value{}, false
	}
	return e.value, true
}

// fillGlobalCell records where the global object holds k, if it holds it as an own data
// property of its dictionary.
func (r *Runtime) fillGlobalCell(ci *codeInfo, site int32, k PropertyKey) {
	g := r.Global
	if !g.hc.Dictionary || g.dict == nil {
		return
	}
	i, ok := g.dict.index[k]
	if !ok || g.dict.entries[i].attr&AttrAccessor != 0 {
		return
	}
	if ci.globalCells == nil {
		ci.globalCells = make([]globalCell, ci.bc.Feedback.Len()+1)
	}
	if int(site) < len(ci.globalCells) {
		ci.globalCells[site] = globalCell{dict: g.dict, index: int32(i), removals: g.dict.removals}
	}
}
