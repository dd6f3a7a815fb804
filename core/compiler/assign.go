package compiler

import (
	"enginescope/core/ast"
	bc "enginescope/core/bytecode"
)

// lhsKind is what an assignment target is (V8's AssignType).
type lhsKind uint8

const (
	lhsVariable lhsKind = iota
	lhsNamed
	lhsKeyed
	lhsNamedSuper
	lhsKeyedSuper
	lhsPrivate
	lhsPattern
)

// lhsData is the evaluated left-hand side of an assignment (V8's AssignmentLhsData).
type lhsData struct {
	kind    lhsKind
	id      *ast.Identifier
	pattern ast.Pattern
	objExpr ast.Expression
	obj     bc.Register
	key     bc.Register
	name    string
	super   bc.RegisterList
	priv    *ast.PrivateIdentifier
	// dot is the `.` of a private field access (0: none): V8 gives the keyed load of a compound
	// assignment or count operation the property's position.
	dot int
}

func (g *gen) prepareAssignmentLhs(target ast.Node, preserveAcc bool) lhsData {
	switch t := target.(type) {
	case *ast.Identifier:
		return lhsData{kind: lhsVariable, id: t}
	case *ast.ObjectPattern, *ast.ArrayPattern:
		return lhsData{kind: lhsPattern, pattern: t.(ast.Pattern)}
	case *ast.MemberExpression:
		saved := bc.RegInvalid
		if preserveAcc {
			saved = g.b.regs.newRegister()
			g.b.storeAccumulatorInRegister(saved)
		}
		defer func() {
			if saved.IsValid() {
				g.b.loadAccumulatorWithRegister(saved)
			}
		}()
		if isSuper(t.Object) {
			args := g.b.regs.newRegisterList(4)
			g.buildThisLoad()
			g.b.storeAccumulatorInRegister(args.Register(0))
			g.loadHomeObject()
			g.b.storeAccumulatorInRegister(args.Register(1))
			if name, ok := propertyName(t); ok && !t.Computed {
				g.b.emit(bc.LdaConstant, g.b.stringConst(name))
				g.b.storeAccumulatorInRegister(args.Register(2))
				return lhsData{kind: lhsNamedSuper, super: args}
			}
			g.visitForAccumulatorValue(t.Property)
			g.b.storeAccumulatorInRegister(args.Register(2))
			return lhsData{kind: lhsKeyedSuper, super: args}
		}
		obj := g.visitForRegisterValue(t.Object)
		if pid, ok := t.Property.(*ast.PrivateIdentifier); ok {
			if privateKind(pid) == ast.VarPrivateName {
				return g.privateFieldLhs(t, obj, pid)
			}
			return lhsData{kind: lhsPrivate, obj: obj, priv: pid}
		}
		if name, ok := propertyName(t); ok {
			return lhsData{kind: lhsNamed, objExpr: t.Object, obj: obj, name: name}
		}
		key := g.visitForRegisterValue(t.Property)
		return lhsData{kind: lhsKeyed, obj: obj, key: key}
	case *ast.AssignmentPattern:
		return g.prepareAssignmentLhs(t.Left, preserveAcc)
	}
	unsupported("assignment target %T", target)
	return lhsData{}
}

// privateFieldLhs prepares a private field t (of object register obj) as V8's KEYED_PROPERTY:
// the private name is the key, loaded once into a register; dot is the access's position.
func (g *gen) privateFieldLhs(t *ast.MemberExpression, obj bc.Register, pid *ast.PrivateIdentifier) lhsData {
	key := g.b.regs.newRegister()
	g.loadPrivateName(pid)
	g.b.storeAccumulatorInRegister(key)
	return lhsData{kind: lhsKeyed, obj: obj, key: key, dot: g.operatorPosition(endOf(t.Object), exprStart(t.Property))}
}

// buildAssignment stores the accumulator into the prepared target.
func (g *gen) buildAssignment(lhs lhsData, op assignOp) {
	switch lhs.kind {
	case lhsVariable:
		g.buildVariableAssignment(lhs.id.Var, lhs.id.Name, op, lhs.id.HoleCheck && op != opInit)
	case lhsPattern:
		g.buildDestructuringAssignment(lhs.pattern, op)
	case lhsNamed:
		g.buildSetNamedProperty(lhs.objExpr, lhs.obj, lhs.name)
	case lhsKeyed:
		slot := g.b.slot(bc.SlotSetKeyed.WithLanguageMode(g.strict))
		g.storeKeepingValue(func() { g.b.emit(bc.SetKeyedProperty, int32(lhs.obj), int32(lhs.key), slot) })
	case lhsNamedSuper:
		g.b.storeAccumulatorInRegister(lhs.super.Register(3))
		g.b.emit(bc.CallRuntime, int32(bc.RtStoreToSuper), int32(lhs.super.First), 4)
	case lhsKeyedSuper:
		g.b.storeAccumulatorInRegister(lhs.super.Register(3))
		g.b.emit(bc.CallRuntime, int32(bc.RtStoreKeyedToSuper), int32(lhs.super.First), 4)
	case lhsPrivate:
		g.buildPrivateStore(lhs.obj, lhs.priv)
	}
}

// storeKeepingValue emits a store and keeps the stored value as the expression's result.
func (g *gen) storeKeepingValue(store func()) {
	value := bc.RegInvalid
	if !g.isEffect() {
		value = g.b.regs.newRegister()
		g.b.storeAccumulatorInRegister(value)
	}
	store()
	if value.IsValid() {
		g.b.loadAccumulatorWithRegister(value)
	}
}

func (g *gen) buildSetNamedProperty(objExpr ast.Expression, obj bc.Register, name string) {
	value := bc.RegInvalid
	if !g.isEffect() {
		value = g.b.regs.newRegister()
		g.b.storeAccumulatorInRegister(value)
	}
	slot := g.cachedStoreICSlot(objExpr, name)
	g.b.emit(bc.SetNamedProperty, int32(obj), g.b.stringConst(name), slot)
	if value.IsValid() {
		g.b.loadAccumulatorWithRegister(value)
	}
}

func (g *gen) visitAssignment(e *ast.AssignmentExpression) {
	opPos := g.operatorPosition(endOf(e.Left), exprStart(e.Right))
	if e.Operator == "=" {
		lhs := g.prepareAssignmentLhs(e.Left, false)
		if id, ok := e.Left.(*ast.Identifier); ok {
			g.nameAnonymousClass(e.Right, id.Name)
		}
		g.visitForAccumulatorValue(e.Right)
		g.setExpressionPosition(opPos)
		if lhs.kind == lhsPattern {
			g.destructText = callPrinter(e.Right)
		}
		g.buildAssignment(lhs, opAssign)
		return
	}
	lhs := g.prepareAssignmentLhs(e.Left, false)
	switch lhs.kind {
	case lhsVariable:
		g.buildVariableLoad(lhs.id.Var, lhs.id.HoleCheck, false, lhs.id.Name)
		if lhs.id.Var == nil {
			g.loadGlobal(lhs.id.Name, nil, false)
		}
	case lhsNamed:
		g.b.emit(bc.GetNamedProperty, int32(lhs.obj), g.b.stringConst(lhs.name), g.cachedLoadICSlot(lhs.objExpr, lhs.name))
	case lhsKeyed:
		slot := g.b.slot(bc.SlotLoadKeyed)
		g.b.loadAccumulatorWithRegister(lhs.key)
		if lhs.dot > 0 {
			g.setExpressionPosition(lhs.dot)
		}
		g.b.emit(bc.GetKeyedProperty, int32(lhs.obj), slot)
	case lhsNamedSuper:
		g.b.emit(bc.CallRuntime, int32(bc.RtLoadFromSuper), int32(lhs.super.First), 3)
	case lhsKeyedSuper:
		g.b.emit(bc.CallRuntime, int32(bc.RtLoadKeyedFromSuper), int32(lhs.super.First), 3)
	case lhsPrivate:
		g.visitPrivateLoadValue(lhs.obj, lhs.priv)
	}
	slot := g.b.slot(bc.SlotBinaryOp)
	short := g.b.newLabel()
	op := e.Operator[:len(e.Operator)-1]
	switch op {
	case "??":
		nullish := g.b.newLabel()
		g.b.jump(bc.JumpIfUndefinedOrNull, nullish)
		g.b.jump(bc.Jump, short)
		g.b.bind(nullish)
		g.visitForAccumulatorValue(e.Right)
	case "||":
		g.b.jump(bc.JumpIfToBooleanTrue, short)
		g.visitForAccumulatorValue(e.Right)
	case "&&":
		g.b.jump(bc.JumpIfToBooleanFalse, short)
		g.visitForAccumulatorValue(e.Right)
	default:
		reg, smiOp, ok := binaryOpcode(op)
		if !ok {
			unsupported("compound assignment %s", e.Operator)
		}
		if n, ok := smiLiteral(e.Right); ok {
			g.b.emit(smiOp, n, slot)
		} else {
			old := g.b.regs.newRegister()
			g.b.storeAccumulatorInRegister(old)
			g.visitForAccumulatorValue(e.Right)
			g.b.emit(reg, int32(old), slot)
		}
	}
	g.setExpressionPosition(opPos)
	g.buildAssignment(lhs, opAssign)
	g.b.bind(short)
}

// visitCountOperation compiles ++ and -- (V8's VisitCountOperation).
func (g *gen) visitCountOperation(e *ast.UpdateExpression) {
	postfix := !e.Prefix && !g.isEffect()
	lhs := lhsData{}
	switch t := e.Argument.(type) {
	case *ast.Identifier:
		lhs = lhsData{kind: lhsVariable, id: t}
		r := g.enterResult(resValue)
		g.loadVariable(t, false)
		g.exitResult(r)
	case *ast.MemberExpression:
		if isSuper(t.Object) {
			lhs = g.prepareAssignmentLhs(t, false)
			if lhs.kind == lhsNamedSuper {
				g.b.emit(bc.CallRuntime, int32(bc.RtLoadFromSuper), int32(lhs.super.First), 3)
			} else {
				g.b.emit(bc.CallRuntime, int32(bc.RtLoadKeyedFromSuper), int32(lhs.super.First), 3)
			}
			break
		}
		obj := g.visitForRegisterValue(t.Object)
		if pid, ok := t.Property.(*ast.PrivateIdentifier); ok {
			if privateKind(pid) != ast.VarPrivateName {
				lhs = lhsData{kind: lhsPrivate, obj: obj, priv: pid}
				g.visitPrivateLoadValue(obj, pid)
				break
			}
			lhs = g.privateFieldLhs(t, obj, pid)
			g.setExpressionPosition(lhs.dot)
			g.b.emit(bc.GetKeyedProperty, int32(obj), g.b.slot(bc.SlotLoadKeyed))
		} else if name, ok := propertyName(t); ok {
			lhs = lhsData{kind: lhsNamed, objExpr: t.Object, obj: obj, name: name}
			g.b.emit(bc.GetNamedProperty, int32(obj), g.b.stringConst(name), g.cachedLoadICSlot(t.Object, name))
		} else {
			key := g.b.regs.newRegister()
			g.visitForAccumulatorValue(t.Property)
			g.b.storeAccumulatorInRegister(key)
			g.b.emit(bc.GetKeyedProperty, int32(obj), g.b.slot(bc.SlotLoadKeyed))
			lhs = lhsData{kind: lhsKeyed, obj: obj, key: key}
		}
	default:
		unsupported("update target %T", e.Argument)
	}
	slot := g.b.slot(bc.SlotBinaryOp)
	old := bc.RegInvalid
	if postfix {
		old = g.b.regs.newRegister()
		g.b.emit(bc.ToNumeric, slot)
		g.b.storeAccumulatorInRegister(old)
	}
	if e.Operator == "++" {
		g.b.emit(bc.Inc, slot)
	} else {
		g.b.emit(bc.Dec, slot)
	}
	if e.Prefix {
		g.setExpressionPosition(g.lastTokenPosition(e.Argument))
	} else {
		g.setExpressionPosition(g.operatorPosition(endOf(e.Argument), e.End))
	}
	g.buildAssignment(lhs, opAssign)
	if postfix {
		g.b.loadAccumulatorWithRegister(old)
	}
}

// ---- destructuring

// buildDestructuringAssignment assigns the accumulator to a pattern (binding or assignment).
func (g *gen) buildDestructuringAssignment(p ast.Pattern, op assignOp) {
	switch p := p.(type) {
	case *ast.Identifier:
		g.buildVariableAssignment(p.Var, p.Name, op, p.HoleCheck && op != opInit)
	case *ast.ObjectPattern:
		g.buildObjectDestructuring(p, op)
	case *ast.ArrayPattern:
		g.buildArrayDestructuring(p, op)
	case *ast.AssignmentPattern:
		// a default at the top: value === undefined ? default : value
		saved := g.b.regs.next
		notUndef := g.b.newLabel()
		g.b.jump(bc.JumpIfNotUndefined, notUndef)
		g.visitForAccumulatorValue(p.Right)
		g.b.bind(notUndef)
		g.b.regs.releaseTo(saved)
		g.buildDestructuringAssignment(p.Left, op)
	case *ast.MemberExpression:
		lhs := g.prepareAssignmentLhs(p, true)
		g.buildAssignment(lhs, op)
	default:
		unsupported("pattern %T", p)
	}
}

func splitDefault(target ast.Pattern) (ast.Pattern, ast.Expression) {
	if ap, ok := target.(*ast.AssignmentPattern); ok {
		return ap.Left, ap.Right
	}
	return target, nil
}

// takeDestructText returns the annotation prefix for the messages of a top-level pattern
// ("Cannot destructure property 'x' of 'o' as it is undefined.") and clears it.
func (g *gen) takeDestructText() (string, bool) {
	t, param := g.destructText, g.destructParam
	g.destructText, g.destructParam = "", false
	if param {
		return "\x00d", true
	}
	if t == "" {
		return "", false
	}
	return "\x00d" + t, true
}

func (g *gen) buildObjectDestructuring(p *ast.ObjectPattern, op assignOp) {
	note, annotated := g.takeDestructText()
	saved := g.b.regs.next
	defer g.b.regs.releaseTo(saved)
	hasRest := p.Rest != nil
	var restArgs bc.RegisterList
	var value bc.Register
	if hasRest {
		restArgs = g.b.regs.newRegisterList(len(p.Properties) + 1)
		value = restArgs.Register(0)
	} else {
		value = g.b.regs.newRegister()
	}
	g.b.storeAccumulatorInRegister(value)
	if (len(p.Properties) == 0 && !hasRest) || (len(p.Properties) > 0 && p.Properties[0].Computed) || (len(p.Properties) == 0 && hasRest) {
		isNil, notNil := g.b.newLabel(), g.b.newLabel()
		g.b.jump(bc.JumpIfUndefinedOrNull, isNil)
		g.b.jump(bc.Jump, notNil)
		g.b.bind(isNil)
		g.setExpressionPosition(p.Start)
		g.b.emit(bc.CallRuntime, int32(bc.RtThrowPatternAssignmentNonCoercible), int32(value), 1)
		if annotated {
			g.b.annotate(note)
		}
		g.b.bind(notNil)
	}
	for i, prop := range p.Properties {
		inner := g.b.regs.next
		target, def := splitDefault(prop.Value)
		g.setExpressionPosition(exprStart(target))
		name := ""
		hasName := false
		if !prop.Computed {
			switch k := prop.Key.(type) {
			case *ast.Identifier:
				name, hasName = k.Name, true
			case *ast.StringLiteral:
				if !isArrayIndex(k.Value) {
					name, hasName = k.Value, true
				}
			}
		}
		key := bc.RegInvalid
		if hasRest || !hasName {
			if hasRest {
				key = restArgs.Register(i + 1)
			} else {
				key = g.b.regs.newRegister()
			}
			if prop.Computed {
				g.visitForAccumulatorValue(prop.Key)
				g.b.emit(bc.ToName)
				g.b.storeAccumulatorInRegister(key)
			} else {
				g.visitForRegisterValueInto(literalKeyExpr(prop.Key), key)
			}
		}
		lhs := g.prepareAssignmentLhs(target, false)
		if hasName {
			g.b.emit(bc.GetNamedProperty, int32(value), g.b.stringConst(name), g.b.slot(bc.SlotLoadProperty))
			if annotated && i == 0 {
				g.b.annotate(note)
			}
		} else {
			slot := g.b.slot(bc.SlotLoadKeyed)
			g.b.loadAccumulatorWithRegister(key)
			g.b.emit(bc.GetKeyedProperty, int32(value), slot)
		}
		if def != nil {
			notUndef := g.b.newLabel()
			g.b.jump(bc.JumpIfNotUndefined, notUndef)
			before := g.saveHoleChecks()
			g.visitForAccumulatorValue(def)
			g.restoreHoleChecks(before)
			g.b.bind(notUndef)
		}
		g.buildAssignment(lhs, op)
		g.b.regs.releaseTo(inner)
	}
	if hasRest {
		target, _ := splitDefault(p.Rest)
		lhs := g.prepareAssignmentLhs(target, false)
		g.b.emit(bc.InvokeIntrinsic, int32(bc.IntrCopyDataPropertiesWithExcludedPropertiesOnStack), int32(restArgs.First), int32(restArgs.Count))
		g.buildAssignment(lhs, op)
	}
	if !g.isEffect() {
		g.b.loadAccumulatorWithRegister(value)
	}
}

// literalKeyExpr turns a non-computed key into a literal expression for loading.
func literalKeyExpr(k ast.Expression) ast.Expression {
	if id, ok := k.(*ast.Identifier); ok {
		return &ast.StringLiteral{Span: id.Span, Value: id.Name}
	}
	return k
}

// iteratorRecord: the iterator object and its next method.
type iteratorRecord struct {
	next, object bc.Register
	async        bool
}

// buildGetIteratorRecord turns the accumulator into an iterator record (V8's order: next
// register first, then the object).
func (g *gen) buildGetIteratorRecord(async bool) iteratorRecord {
	next := g.b.regs.newRegister()
	obj := g.b.regs.newRegister()
	g.buildGetIterator(async)
	g.b.storeAccumulatorInRegister(obj)
	g.b.emit(bc.GetNamedProperty, int32(obj), g.b.stringConst("next"), g.b.slot(bc.SlotLoadProperty))
	g.b.storeAccumulatorInRegister(next)
	return iteratorRecord{next: next, object: obj, async: async}
}

func (g *gen) buildGetIterator(async bool) {
	saved := g.b.regs.next
	defer g.b.regs.releaseTo(saved)
	if !async {
		obj := g.b.regs.newRegister()
		load := g.b.slot(bc.SlotLoadProperty)
		call := g.b.slot(bc.SlotCall)
		g.b.storeAccumulatorInRegister(obj)
		g.b.emit(bc.GetIterator, int32(obj), load, call)
		g.b.annotate(g.iterText)
		g.iterText = ""
		return
	}
	obj := g.b.regs.newRegister()
	method := g.b.regs.newRegister()
	g.b.storeAccumulatorInRegister(obj)
	g.b.emit(bc.GetNamedProperty, int32(obj), int32(g.b.constant(bc.Constant{Kind: bc.ConstSymbol, Str: "Symbol.asyncIterator"})), g.b.slot(bc.SlotLoadProperty))
	undef, done := g.b.newLabel(), g.b.newLabel()
	g.b.jump(bc.JumpIfUndefinedOrNull, undef)
	g.b.storeAccumulatorInRegister(method)
	g.b.emit(bc.CallProperty0, int32(method), int32(obj), g.b.slot(bc.SlotCall))
	g.b.jump(bc.JumpIfJSReceiver, done)
	g.b.emit(bc.CallRuntime, int32(bc.RtThrowSymbolAsyncIteratorInvalid), 0, 0)
	g.b.bind(undef)
	g.b.emit(bc.GetNamedProperty, int32(obj), int32(g.b.constant(bc.Constant{Kind: bc.ConstSymbol, Str: "Symbol.iterator"})), g.b.slot(bc.SlotLoadProperty))
	g.b.storeAccumulatorInRegister(method)
	g.b.emit(bc.CallProperty0, int32(method), int32(obj), g.b.slot(bc.SlotCall))
	g.b.storeAccumulatorInRegister(method)
	g.b.emit(bc.InvokeIntrinsic, int32(bc.IntrCreateAsyncFromSyncIterator), int32(method), 1)
	g.b.bind(done)
}

// buildIteratorNext calls iterator.next() into result and checks it is an object.
func (g *gen) buildIteratorNext(it iteratorRecord, result bc.Register) {
	g.b.emit(bc.CallProperty0, int32(it.next), int32(it.object), g.b.slot(bc.SlotCall))
	if it.async {
		g.buildAwait(-1)
	}
	isObj := g.b.newLabel()
	g.b.storeAccumulatorInRegister(result)
	g.b.jump(bc.JumpIfJSReceiver, isObj)
	g.b.emit(bc.CallRuntime, int32(bc.RtThrowIteratorResultNotAnObject), int32(result), 1)
	g.b.bind(isObj)
}

func (g *gen) buildArrayDestructuring(p *ast.ArrayPattern, op assignOp) {
	if t, _ := g.takeDestructText(); len(t) > 2 {
		g.iterText = t[2:]
	}
	saved := g.b.regs.next
	defer g.b.regs.releaseTo(saved)
	value := g.b.regs.newRegister()
	g.b.storeAccumulatorInRegister(value)
	it := g.buildGetIteratorRecord(false)
	done := g.b.regs.newRegister()
	g.b.emit(bc.LdaFalse)
	g.b.storeAccumulatorInRegister(done)
	g.buildTryFinally(func() {
		next := g.b.regs.newRegister()
		valueSlot := g.b.slot(bc.SlotLoadProperty)
		doneSlot := g.b.slot(bc.SlotLoadProperty)
		var rest *ast.RestElement
		for _, el := range p.Elements {
			if r, ok := el.(*ast.RestElement); ok {
				rest = r
				break
			}
			inner := g.b.regs.next
			var target ast.Pattern
			var def ast.Expression
			if el != nil {
				target, def = splitDefault(el)
				g.setExpressionPosition(exprStart(target))
			}
			var lhs lhsData
			if target != nil {
				lhs = g.prepareAssignmentLhs(target, false)
			}
			isDone := g.b.newLabel()
			g.b.loadAccumulatorWithRegister(done)
			g.b.jump(bc.JumpIfToBooleanTrue, isDone)
			g.b.emit(bc.LdaTrue)
			g.b.storeAccumulatorInRegister(done)
			g.buildIteratorNext(it, next)
			g.b.emit(bc.GetNamedProperty, int32(next), g.b.stringConst("done"), doneSlot)
			g.b.jump(bc.JumpIfToBooleanTrue, isDone)
			if target != nil {
				g.b.emit(bc.GetNamedProperty, int32(next), g.b.stringConst("value"), valueSlot)
				g.b.storeAccumulatorInRegister(next)
				g.b.emit(bc.LdaFalse)
				g.b.storeAccumulatorInRegister(done)
				g.b.loadAccumulatorWithRegister(next)
				doAssign := g.b.newLabel()
				if def != nil {
					g.b.jump(bc.JumpIfNotUndefined, doAssign)
					g.b.bind(isDone)
					before := g.saveHoleChecks()
					g.visitForAccumulatorValue(def)
					g.restoreHoleChecks(before)
				} else {
					g.b.jump(bc.Jump, doAssign)
					g.b.bind(isDone)
					g.b.emit(bc.LdaUndefined)
				}
				g.b.bind(doAssign)
				g.buildAssignment(lhs, op)
			} else {
				g.b.emit(bc.LdaFalse)
				g.b.storeAccumulatorInRegister(done)
				g.b.bind(isDone)
			}
			g.b.regs.releaseTo(inner)
		}
		if rest != nil {
			inner := g.b.regs.next
			isDone := g.b.newLabel()
			target, _ := splitDefault(rest.Argument)
			g.setExpressionPosition(rest.Start)
			lhs := g.prepareAssignmentLhs(target, false)
			array := g.b.regs.newRegister()
			g.b.emit(bc.CreateEmptyArrayLiteral, g.b.slot(bc.SlotLiteral))
			g.b.storeAccumulatorInRegister(array)
			g.b.loadAccumulatorWithRegister(done)
			g.b.jump(bc.JumpIfToBooleanTrue, isDone)
			index := g.b.regs.newRegister()
			g.b.emit(bc.LdaZero)
			g.b.storeAccumulatorInRegister(index)
			g.b.emit(bc.LdaTrue)
			g.b.storeAccumulatorInRegister(done)
			elemSlot := g.b.slot(bc.SlotStoreInArrayLiteral)
			indexSlot := g.b.slot(bc.SlotBinaryOp)
			g.buildFillArrayWithIterator(it, array, index, next, valueSlot, doneSlot, indexSlot, elemSlot)
			g.b.bind(isDone)
			g.b.loadAccumulatorWithRegister(array)
			g.buildAssignment(lhs, op)
			g.b.regs.releaseTo(inner)
		}
	}, func(token, result, message bc.Register) {
		g.buildFinalizeIteration(it, done, token)
	}, bc.PredictUncaught)
	if !g.isEffect() {
		g.b.loadAccumulatorWithRegister(value)
	}
}

func (g *gen) buildFillArrayWithIterator(it iteratorRecord, array, index, value bc.Register, valueSlot, doneSlot, indexSlot, elemSlot int32) {
	lb := g.newLoopBuilder(-1)
	g.loopHeader(lb)
	g.buildIteratorNext(it, value)
	g.b.emit(bc.GetNamedProperty, int32(value), g.b.stringConst("done"), doneSlot)
	g.b.jump(bc.JumpIfToBooleanTrue, lb.breakL)
	g.b.emit(bc.GetNamedProperty, int32(value), g.b.stringConst("value"), valueSlot)
	g.b.emit(bc.StaInArrayLiteral, int32(array), int32(index), elemSlot)
	g.b.loadAccumulatorWithRegister(index)
	g.b.emit(bc.Inc, indexSlot)
	g.b.storeAccumulatorInRegister(index)
	g.b.bind(lb.continueL)
	g.jumpToHeader(lb)
	g.loopEnd(lb)
}

// buildFinalizeIteration closes the iterator unless it finished (V8's BuildFinalizeIteration).
func (g *gen) buildFinalizeIteration(it iteratorRecord, done, token bc.Register) {
	saved := g.b.regs.next
	defer g.b.regs.releaseTo(saved)
	isDone := g.b.newLabel()
	g.b.loadAccumulatorWithRegister(done)
	g.b.jump(bc.JumpIfToBooleanTrue, isDone)
	inner := g.b.regs.next
	g.buildTryCatch(func() {
		method := g.b.regs.newRegister()
		g.b.emit(bc.GetNamedProperty, int32(it.object), g.b.stringConst("return"), g.b.slot(bc.SlotLoadProperty))
		g.b.jump(bc.JumpIfUndefinedOrNull, isDone)
		g.b.storeAccumulatorInRegister(method)
		g.b.emit(bc.CallProperty0, int32(method), int32(it.object), g.b.slot(bc.SlotCall))
		if it.async {
			g.buildAwait(-1)
		}
		g.b.jump(bc.JumpIfJSReceiver, isDone)
		r := g.b.regs.newRegister()
		g.b.storeAccumulatorInRegister(r)
		g.b.emit(bc.CallRuntime, int32(bc.RtThrowIteratorResultNotAnObject), int32(r), 1)
	}, func(ctx bc.Register) {
		g.b.storeAccumulatorInRegister(ctx)
		suppress := g.b.newLabel()
		g.b.emit(bc.LdaZero)
		g.b.emit(bc.TestReferenceEqual, int32(token))
		g.b.jump(bc.JumpIfTrue, suppress)
		g.b.loadAccumulatorWithRegister(ctx)
		g.b.emit(bc.ReThrow)
		g.b.bind(suppress)
	}, bc.PredictUncaught)
	g.b.regs.releaseTo(inner)
	g.b.bind(isDone)
}

// lastTokenPosition approximates V8's position() after parsing an operand: the start of its
// last token (the identifier or property name).
func (g *gen) lastTokenPosition(e ast.Expression) int {
	switch e := e.(type) {
	case *ast.MemberExpression:
		if !e.Computed {
			return exprStart(e.Property)
		}
		return endOf(e) - 1
	}
	return exprStart(e)
}
