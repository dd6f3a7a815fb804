package compiler

import bc "enginescope/core/bytecode"

// The register optimizer removes redundant Ldar/Star/Mov transfers, following V8's
// BytecodeRegisterOptimizer: registers holding the same value form an equivalence set; a set
// member is "materialized" when the value really is in that register. Transfers into
// temporaries are deferred until a bytecode reads the register (or a flush at a jump/label);
// transfers into observable registers (parameters and locals) are emitted at once.

// regAcc is the virtual accumulator register of the optimizer.
const regAcc bc.Register = -100

type regInfo struct {
	reg          bc.Register
	equivID      uint32
	materialized bool
	allocated    bool
	needsFlush   bool
	next, prev   *regInfo
	varHint      any
	varSure      bool
	boolHint     bool
}

func (ri *regInfo) addToSetOf(o *regInfo) {
	ri.next.prev = ri.prev
	ri.prev.next = ri.next
	ri.next = o.next
	ri.prev = o
	ri.prev.next = ri
	ri.next.prev = ri
	ri.equivID = o.equivID
	ri.materialized = false
	ri.varHint, ri.varSure = o.varHint, o.varSure
	ri.boolHint = o.boolHint
}

func (ri *regInfo) moveToNewSet(id uint32, materialized, resetVar bool) {
	ri.next.prev = ri.prev
	ri.prev.next = ri.next
	ri.next, ri.prev = ri, ri
	ri.equivID = id
	ri.materialized = materialized
	ri.flushVarHint(resetVar)
	ri.boolHint = false
}

func (ri *regInfo) flushVarHint(reset bool) {
	if reset {
		ri.varHint, ri.varSure = nil, true
	} else if ri.varHint != nil {
		ri.varSure = false
	}
}

func (ri *regInfo) materializedEquivalent() *regInfo {
	v := ri
	for {
		if v.materialized {
			return v
		}
		v = v.next
		if v == ri {
			return nil
		}
	}
}

func (ri *regInfo) materializedEquivalentOtherThan(r bc.Register) *regInfo {
	v := ri
	for {
		if v.materialized && v.reg != r {
			return v
		}
		v = v.next
		if v == ri {
			return nil
		}
	}
}

func (ri *regInfo) allocatedEquivalent() *regInfo {
	v := ri
	for {
		if v.allocated {
			return v
		}
		v = v.next
		if v == ri {
			return nil
		}
	}
}

// equivalentToMaterialize picks the lowest allocated, unmaterialized member (nil if another
// member is already materialized).
func (ri *regInfo) equivalentToMaterialize() *regInfo {
	var best *regInfo
	for v := ri.next; v != ri; v = v.next {
		if v.materialized {
			return nil
		}
		if v.allocated && (best == nil || regLess(v.reg, best.reg)) {
			best = v
		}
	}
	return best
}

// regLess orders registers like V8's register indices: parameters (highest index first) and
// the special registers come before locals.
func regLess(a, b bc.Register) bool { return regOrder(a) < regOrder(b) }

func regOrder(r bc.Register) int64 {
	switch {
	case r.IsParameter():
		return -1000000 - int64(r.ParameterIndex())
	case r == regAcc:
		return -1000
	case r < 0:
		return int64(r) * 10
	}
	return int64(r)
}

type transferWriter interface {
	emitLdar(r bc.Register)
	emitStar(r bc.Register)
	emitMov(from, to bc.Register)
}

type regOptimizer struct {
	acc           *regInfo
	temporaryBase bc.Register
	maxRegister   int
	params        int // including receiver
	infos         []*regInfo
	needFlush     []*regInfo
	equivID       uint32
	flushRequired bool
	w             transferWriter
}

func newRegOptimizer(fixedRegisters, paramCount int, w transferWriter) *regOptimizer {
	o := &regOptimizer{temporaryBase: bc.Register(fixedRegisters), maxRegister: fixedRegisters - 1,
		params: paramCount, w: w}
	// Table: [acc, context, closure, params…, locals…]
	n := 3 + paramCount + fixedRegisters
	o.infos = make([]*regInfo, 0, n+8)
	for i := 0; i < n; i++ {
		ri := &regInfo{reg: o.regFromIndex(i), equivID: o.nextID(), materialized: true, allocated: true, varSure: true}
		ri.next, ri.prev = ri, ri
		o.infos = append(o.infos, ri)
	}
	o.acc = o.infos[0]
	return o
}

func (o *regOptimizer) index(r bc.Register) int {
	switch {
	case r == regAcc:
		return 0
	case r == bc.RegCurrentContext:
		return 1
	case r == bc.RegFunctionClosure:
		return 2
	case r.IsParameter():
		return 3 + r.ParameterIndex()
	}
	return 3 + o.params + int(r)
}

func (o *regOptimizer) regFromIndex(i int) bc.Register {
	switch {
	case i == 0:
		return regAcc
	case i == 1:
		return bc.RegCurrentContext
	case i == 2:
		return bc.RegFunctionClosure
	case i < 3+o.params:
		return bc.Parameter(i - 3)
	}
	return bc.Register(i - 3 - o.params)
}

func (o *regOptimizer) nextID() uint32 { o.equivID++; return o.equivID }

func (o *regOptimizer) info(r bc.Register) *regInfo {
	i := o.index(r)
	if i >= len(o.infos) {
		o.grow(i)
	}
	return o.infos[i]
}

func (o *regOptimizer) grow(i int) {
	for len(o.infos) <= i {
		ri := &regInfo{reg: o.regFromIndex(len(o.infos)), equivID: o.nextID(), materialized: true, varSure: true}
		ri.next, ri.prev = ri, ri
		o.infos = append(o.infos, ri)
	}
}

func (o *regOptimizer) isTemporary(r bc.Register) bool { return r.IsLocal() && r >= o.temporaryBase }

func (o *regOptimizer) isObservable(r bc.Register) bool { return r != regAcc && !o.isTemporary(r) }

func (o *regOptimizer) doLdar(r bc.Register) { o.transfer(o.info(r), o.acc) }
func (o *regOptimizer) doStar(r bc.Register) { o.transfer(o.acc, o.info(r)) }
func (o *regOptimizer) doMov(from, to bc.Register) {
	o.transfer(o.info(from), o.info(to))
}

// prepareForBytecode flushes before jumps, switches, suspends and the debugger, materializes
// the accumulator if the bytecode reads it, and gives its value another home if the bytecode
// overwrites it.
func (o *regOptimizer) prepareForBytecode(op bc.Opcode) {
	if op.IsJump() || op.Has(bc.FlagSwitch) || op == bc.Debugger || op == bc.SuspendGenerator || op == bc.ResumeGenerator {
		o.flush()
	}
	acc := op.Info().Acc
	if acc.Reads() {
		o.materialize(o.acc)
	}
	if acc.Writes() || acc.Clobbers() {
		o.prepareOutput(regAcc)
	}
}

func (o *regOptimizer) pushNeedFlush(ri *regInfo) {
	o.flushRequired = true
	if !ri.needsFlush {
		ri.needsFlush = true
		o.needFlush = append(o.needFlush, ri)
	}
}

// flush materializes every live register and breaks all equivalences.
func (o *regOptimizer) flush() {
	if !o.flushRequired {
		return
	}
	for _, ri := range o.needFlush {
		if !ri.needsFlush {
			continue
		}
		ri.needsFlush = false
		ri.flushVarHint(false)
		ri.boolHint = false
		m := ri
		if !ri.materialized {
			m = ri.materializedEquivalent()
		}
		if m != nil {
			for {
				eq := m.next
				if eq == m {
					break
				}
				if eq.allocated && !eq.materialized {
					o.output(m, eq)
				}
				eq.moveToNewSet(o.nextID(), true, false)
				eq.needsFlush = false
			}
		} else {
			ri.moveToNewSet(o.nextID(), false, false)
		}
	}
	o.needFlush = o.needFlush[:0]
	o.flushRequired = false
}

func (o *regOptimizer) output(in, out *regInfo) {
	switch {
	case in.reg == regAcc:
		o.w.emitStar(out.reg)
	case out.reg == regAcc:
		o.w.emitLdar(in.reg)
	default:
		o.w.emitMov(in.reg, out.reg)
	}
	if out.reg != regAcc && out.reg.IsLocal() && int(out.reg) > o.maxRegister {
		o.maxRegister = int(out.reg)
	}
	out.materialized = true
}

func (o *regOptimizer) createMaterializedEquivalent(ri *regInfo) {
	if u := ri.equivalentToMaterialize(); u != nil {
		o.output(ri, u)
	}
}

func (o *regOptimizer) materialize(ri *regInfo) {
	if !ri.materialized {
		o.output(ri.materializedEquivalent(), ri)
	}
}

func (o *regOptimizer) materializedNotAcc(ri *regInfo) *regInfo {
	if ri.materialized {
		return ri
	}
	if r := ri.materializedEquivalentOtherThan(regAcc); r != nil {
		return r
	}
	o.materialize(ri)
	return ri
}

func (o *regOptimizer) transfer(in, out *regInfo) {
	outObservable := o.isObservable(out.reg)
	same := out.equivID == in.equivID
	if same && (!outObservable || out.materialized) {
		return
	}
	if out.materialized {
		o.createMaterializedEquivalent(out)
	}
	if !same {
		o.pushNeedFlush(out)
		out.addToSetOf(in)
	}
	if outObservable {
		out.materialized = false
		o.output(in.materializedEquivalent(), out)
	}
	if o.isObservable(in.reg) {
		for v := in.next; v != in; v = v.next {
			if o.isTemporary(v.reg) {
				v.materialized = false
			}
		}
	}
}

func (o *regOptimizer) prepareOutput(r bc.Register) {
	ri := o.info(r)
	if ri.materialized {
		o.createMaterializedEquivalent(ri)
	}
	ri.moveToNewSet(o.nextID(), true, true)
	if r.IsLocal() && int(r) > o.maxRegister {
		o.maxRegister = int(r)
	}
}

func (o *regOptimizer) prepareOutputList(l bc.RegisterList) {
	for i := 0; i < l.Count; i++ {
		o.prepareOutput(l.Register(i))
	}
}

func (o *regOptimizer) inputRegister(r bc.Register) bc.Register {
	ri := o.info(r)
	if ri.materialized {
		return r
	}
	return o.materializedNotAcc(ri).reg
}

func (o *regOptimizer) inputList(l bc.RegisterList) bc.RegisterList {
	if l.Count == 1 {
		return bc.RegisterList{First: o.inputRegister(l.First), Count: 1}
	}
	for i := 0; i < l.Count; i++ {
		o.materialize(o.info(l.Register(i)))
	}
	return l
}

// Register allocator observer events.
func (o *regOptimizer) allocate(ri *regInfo) {
	ri.allocated = true
	if !ri.materialized {
		ri.moveToNewSet(o.nextID(), true, true)
	}
}

func (o *regOptimizer) registerAllocated(r bc.Register) { o.allocate(o.info(r)) }

func (o *regOptimizer) listAllocated(l bc.RegisterList) {
	if l.Count == 0 {
		return
	}
	o.info(l.Last())
	for i := 0; i < l.Count; i++ {
		o.allocate(o.info(l.Register(i)))
	}
}

func (o *regOptimizer) listFreed(l bc.RegisterList) {
	for i := 0; i < l.Count; i++ {
		o.info(l.Register(i)).allocated = false
	}
}

// Variable hints: which variable's value a register (or the accumulator) holds, so repeated
// loads of a context slot or hole checks can be skipped.
func (o *regOptimizer) setVariableInRegister(v any, r bc.Register) {
	ri := o.info(r)
	it := ri
	for {
		o.pushNeedFlush(it)
		it.varHint, it.varSure = v, true
		it = it.next
		if it == ri {
			break
		}
	}
}

func (o *regOptimizer) isVariableInRegister(v any, r bc.Register) bool {
	ri := o.info(r)
	return ri.varSure && ri.varHint == v && v != nil
}

func (o *regOptimizer) potentialVariableInAccumulator() any { return o.acc.varHint }

func (o *regOptimizer) setAccBoolean()     { o.acc.boolHint = true }
func (o *regOptimizer) isAccBoolean() bool { return o.acc.boolHint }
