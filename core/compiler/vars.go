package compiler

import (
	"enginescope/core/ast"
	bc "enginescope/core/bytecode"
)

// ---- variable loads and stores (V8's BuildVariableLoad / BuildVariableAssignment)

func (g *gen) paramRegister(v *ast.Variable) bc.Register { return bc.Parameter(v.Index + 1) }

func (g *gen) localRegister(v *ast.Variable) bc.Register {
	if i, ok := g.lay.reg[v]; ok {
		return bc.Local(i)
	}
	return bc.Local(v.Index)
}

// resolveAlias redirects the bound names of a desugared for-let loop's head to their outer
// copies.
func (g *gen) resolveAlias(v *ast.Variable) *ast.Variable {
	if g.alias != nil {
		if a := g.alias[v]; a != nil {
			return a
		}
	}
	return v
}

// holeCheckNeeded: the reference requires a TDZ check that was not already done in this block.
func (g *gen) holeCheckNeeded(v *ast.Variable, required bool) bool {
	return required && !g.holeChecked[v]
}

func (g *gen) buildThrowIfHole(v *ast.Variable) {
	g.b.emit(bc.ThrowReferenceErrorIfHole, g.b.stringConst(v.Name))
	g.holeChecked[v] = true
}

// saveHoleChecks / restoreHoleChecks delimit a conditionally executed block
// (HoleCheckElisionScope).
func (g *gen) saveHoleChecks() map[*ast.Variable]bool {
	m := make(map[*ast.Variable]bool, len(g.holeChecked))
	for k, v := range g.holeChecked {
		m[k] = v
	}
	return m
}

func (g *gen) restoreHoleChecks(m map[*ast.Variable]bool) { g.holeChecked = m }

func (g *gen) loadVariable(id *ast.Identifier, typeofMode bool) {
	v := id.Var
	if v == nil {
		g.loadGlobal(id.Name, nil, typeofMode)
		return
	}
	g.buildVariableLoad(v, id.HoleCheck || g.paramHoles[id], typeofMode, id.Name)
}

func (g *gen) buildVariableLoad(v *ast.Variable, holeCheck bool, typeofMode bool, name string) {
	v = g.resolveAlias(v)
	switch v.Location {
	case ast.LocLocal:
		g.b.loadAccumulatorWithRegister(g.localRegister(v))
		if g.holeCheckNeeded(v, holeCheck) {
			g.buildThrowIfHole(v)
		}
	case ast.LocParameter:
		g.b.loadAccumulatorWithRegister(g.paramRegister(v))
		if g.holeCheckNeeded(v, holeCheck) {
			g.buildThrowIfHole(v)
		}
	case ast.LocContext:
		reg, depth := g.contextFor(v.Scope)
		immutable := !v.MaybeAssigned
		if immutable && g.b.opt.isVariableInRegister(v, regAcc) {
			return
		}
		g.loadContextSlot(reg, v.Index, depth, immutable)
		if g.holeCheckNeeded(v, holeCheck) {
			g.buildThrowIfHole(v)
		}
		if immutable {
			g.b.opt.setVariableInRegister(v, regAcc)
		}
	case ast.LocLookup:
		if typeofMode {
			g.b.emit(bc.LdaLookupSlotInsideTypeof, g.b.stringConst(name))
		} else {
			g.b.emit(bc.LdaLookupSlot, g.b.stringConst(name))
		}
	default: // LocGlobal, LocUnallocated
		g.loadGlobal(name, v, typeofMode)
	}
}

func (g *gen) loadGlobal(name string, v *ast.Variable, typeofMode bool) {
	if name == "undefined" {
		g.b.emit(bc.LdaUndefined)
		return
	}
	key := v
	if key == nil {
		key = &ast.Variable{Name: name}
	}
	slot := g.cachedLoadGlobalSlot(typeofMode, key)
	if typeofMode {
		g.b.emit(bc.LdaGlobalInsideTypeof, g.b.stringConst(name), slot)
	} else {
		g.b.emit(bc.LdaGlobal, g.b.stringConst(name), slot)
	}
}

type assignOp uint8

const (
	opAssign assignOp = iota // ordinary assignment
	opInit                   // declaration initialisation
)

// buildVariableAssignment stores the accumulator into the variable.
func (g *gen) buildVariableAssignment(v *ast.Variable, name string, op assignOp, holeCheck bool) {
	saved := g.b.regs.next
	defer g.b.regs.releaseTo(saved)
	if v == nil {
		g.buildStoreGlobal(name, &ast.Variable{Name: name})
		return
	}
	v = g.resolveAlias(v)
	isConst := v.Kind.IsImmutable()
	switch v.Location {
	case ast.LocLocal, ast.LocParameter:
		dst := g.localRegister(v)
		if v.Location == ast.LocParameter {
			dst = g.paramRegister(v)
		}
		if op != opInit && g.holeCheckNeeded(v, holeCheck) {
			tmp := g.b.regs.newRegister()
			g.b.storeAccumulatorInRegister(tmp)
			g.b.loadAccumulatorWithRegister(dst)
			g.buildThrowIfHole(v)
			g.b.loadAccumulatorWithRegister(tmp)
		}
		if !isConst || op == opInit {
			if op == opInit {
				g.holeChecked[v] = true
			}
			g.b.storeAccumulatorInRegister(dst)
		} else if g.throwOnConstAssignment(v) {
			g.b.emit(bc.CallRuntime, int32(bc.RtThrowConstAssignError), 0, 0)
		}
	case ast.LocContext:
		reg, depth := g.contextFor(v.Scope)
		if op != opInit && g.holeCheckNeeded(v, holeCheck) {
			tmp := g.b.regs.newRegister()
			g.b.storeAccumulatorInRegister(tmp)
			g.loadContextSlot(reg, v.Index, depth, false)
			g.buildThrowIfHole(v)
			g.b.loadAccumulatorWithRegister(tmp)
		}
		if !isConst || op == opInit {
			if op == opInit {
				g.holeChecked[v] = true
			}
			g.storeContextSlot(reg, v.Index, depth)
		} else if g.throwOnConstAssignment(v) {
			g.b.emit(bc.CallRuntime, int32(bc.RtThrowConstAssignError), 0, 0)
		}
	case ast.LocLookup:
		flags := int32(0)
		if g.strict {
			flags = 1
		}
		g.b.emit(bc.StaLookupSlot, g.b.stringConst(name), flags)
	default:
		if isConst && op != opInit && v.Kind != ast.VarImplicitGlobal {
			if g.throwOnConstAssignment(v) {
				g.b.emit(bc.CallRuntime, int32(bc.RtThrowConstAssignError), 0, 0)
			}
			return
		}
		g.buildStoreGlobal(name, v)
	}
}

// throwOnConstAssignment: assigning a named function expression's own name is silently
// ignored in sloppy mode; every other immutable binding throws.
func (g *gen) throwOnConstAssignment(v *ast.Variable) bool {
	return v.Kind != ast.VarFunctionName || g.strict
}

func (g *gen) buildStoreGlobal(name string, v *ast.Variable) {
	value := bc.RegInvalid
	if !g.isEffect() {
		value = g.b.regs.newRegister()
		g.b.storeAccumulatorInRegister(value)
	}
	slot := g.cachedStoreGlobalSlot(v)
	g.b.emit(bc.StaGlobal, g.b.stringConst(name), slot)
	if value.IsValid() {
		g.b.loadAccumulatorWithRegister(value)
	}
}

// ---- this / new.target

// receiverVar is the `this` variable of the closest non-arrow function enclosing the code
// being compiled (nil at script level).
func (g *gen) receiverVar() *ast.Variable {
	for s := g.curScope; s != nil; s = s.Outer {
		if s.Type == ast.FunctionScope && !s.IsArrowScope {
			return s.ThisVar
		}
	}
	return nil
}

func (g *gen) isDerivedConstructor() bool {
	return g.fn != nil && g.fn.Kind == ast.FuncDerivedConstructor
}

// inDerivedConstructor: `this` may still be the hole (the code is a derived constructor or an
// arrow inside one).
func (g *gen) inDerivedConstructor() bool {
	for s := g.curScope; s != nil; s = s.Outer {
		if s.Type == ast.FunctionScope && !s.IsArrowScope {
			return s.Function != nil && s.Function.Kind == ast.FuncDerivedConstructor
		}
	}
	return false
}

// buildThisLoad loads `this` (V8's BuildThisVariableLoad); v is ThisExpression.Var.
func (g *gen) buildThisLoad() { g.buildThisLoadVar(g.receiverVar()) }

func (g *gen) buildThisLoadVar(v *ast.Variable) {
	check := g.inDerivedConstructor() && !g.holeChecked[thisKey]
	if v != nil && v.Location == ast.LocContext {
		reg, depth := g.contextFor(v.Scope)
		g.loadContextSlot(reg, v.Index, depth, false)
	} else {
		// the receiver register; an arrow's frame receives its creator's `this`
		g.b.loadAccumulatorWithRegister(bc.Receiver())
	}
	if check {
		g.b.emit(bc.ThrowSuperNotCalledIfHole)
		g.holeChecked[thisKey] = true
	}
}

var thisKey = &ast.Variable{Name: "this"}
