package compiler

import (
	"strings"

	"enginescope/core/ast"
	bc "enginescope/core/bytecode"
)

type spreadPosition uint8

const (
	noSpread spreadPosition = iota
	finalSpread
	nonFinalSpread
)

func spreadPositionOf(args []ast.Expression) spreadPosition {
	for i, a := range args {
		if _, ok := a.(*ast.SpreadElement); ok {
			if i == len(args)-1 {
				return finalSpread
			}
			return nonFinalSpread
		}
	}
	return noSpread
}

// callPosition is V8's call expression position: the last identifier of the callee when the
// token before `(` is an identifier (f(), o.m()), else the `(`.
func (g *gen) callPosition(e *ast.CallExpression) int {
	switch c := e.Callee.(type) {
	case *ast.Identifier:
		return c.Start
	case *ast.Super:
		return c.Start
	case *ast.MemberExpression:
		if !c.Computed {
			return exprStart(c.Property)
		}
	case *ast.ChainExpression:
		if m, ok := c.Expression.(*ast.MemberExpression); ok && !m.Computed {
			return exprStart(m.Property)
		}
	}
	src := g.script.Source
	for i := endOf(e.Callee); i < e.End && i < len(src); i++ {
		if src[i] == '(' {
			return i
		}
	}
	return e.Start
}

func (g *gen) visitArguments(args []ast.Expression, list *bc.RegisterList) {
	for _, a := range args {
		if s, ok := a.(*ast.SpreadElement); ok {
			g.visitAndPushIntoRegisterList(s.Argument, list)
			continue
		}
		g.visitAndPushIntoRegisterList(a, list)
	}
}

func (g *gen) visitCall(e *ast.CallExpression) { g.buildCall(e, nil) }

func (g *gen) buildCall(e *ast.CallExpression, tmpl *templateArg) {
	if isSuper(e.Callee) {
		g.visitCallSuper(e)
		return
	}
	spread := spreadPositionOf(e.Arguments)
	args := g.b.regs.newGrowableList()
	callee := g.b.regs.growList(&args)
	implicitUndefined := false
	kind := "other"
	callee0 := e.Callee
	optionalChainCallee := false
	if ch, ok := callee0.(*ast.ChainExpression); ok {
		// (a?.b)() — the chain is the callee
		if m, ok := ch.Expression.(*ast.MemberExpression); ok {
			optionalChainCallee = true
			g.buildOptionalChain(func() {
				obj := g.b.regs.growList(&args)
				g.visitForAccumulatorValue(m.Object)
				g.b.storeAccumulatorInRegister(obj)
				g.visitPropertyLoad(obj, m)
			}, false)
			g.b.storeAccumulatorInRegister(callee)
			kind = "property"
		}
	}
	if !optionalChainCallee {
		switch c := callee0.(type) {
		case *ast.MemberExpression:
			if isSuper(c.Object) {
				recv := g.b.regs.growList(&args)
				g.visitSuperPropertyLoad(c, recv)
				g.b.storeAccumulatorInRegister(callee)
				kind = "any"
			} else {
				g.visitAndPushIntoRegisterList(c.Object, &args)
				g.visitPropertyLoadForRegister(args.Last(), c, callee)
				kind = "property"
			}
		case *ast.Identifier:
			if c.Var != nil && c.Var.Location == ast.LocLookup {
				recv := g.b.regs.growList(&args)
				saved := g.b.regs.next
				name := g.b.regs.newRegister()
				g.b.emit(bc.LdaConstant, g.b.stringConst(c.Name))
				g.b.storeAccumulatorInRegister(name)
				g.b.emit(bc.CallRuntime, int32(bc.RtLoadLookupSlotForCall), int32(name), 1)
				g.b.storeAccumulatorInRegister(callee)
				g.b.regs.releaseTo(saved)
				g.b.emit(bc.LdaUndefined)
				g.b.storeAccumulatorInRegister(recv)
				kind = "any"
				break
			}
			if spread == noSpread {
				implicitUndefined = true
			} else {
				r := g.b.regs.growList(&args)
				g.b.emit(bc.LdaUndefined)
				g.b.storeAccumulatorInRegister(r)
			}
			r := g.enterResult(resValue)
			g.loadVariable(c, false)
			g.exitResult(r)
			g.b.storeAccumulatorInRegister(callee)
		default:
			if spread == noSpread {
				implicitUndefined = true
			} else {
				r := g.b.regs.growList(&args)
				g.b.emit(bc.LdaUndefined)
				g.b.storeAccumulatorInRegister(r)
			}
			g.visitForRegisterValueInto(c, callee)
		}
	}
	if e.Optional {
		g.b.loadAccumulatorWithRegister(callee)
		g.b.jump(bc.JumpIfUndefinedOrNull, g.optionalNull)
	}
	if spread == nonFinalSpread {
		g.buildCreateArrayLiteral(e.Arguments, nil)
		r := g.b.regs.growList(&args)
		g.b.storeAccumulatorInRegister(r)
		g.setExpressionPosition(g.callPosition(e))
		g.b.emit(bc.CallRuntime, int32(bc.RtReflectApply), int32(args.First), int32(args.Count))
		return
	}
	args = args.PopLeft()
	if tmpl != nil {
		r := g.b.regs.growList(&args)
		g.setExpressionPosition(tmpl.quasi.Start)
		idx := g.b.constant(bc.Constant{Kind: bc.ConstTemplateObject, Obj: tmpl.desc})
		g.b.emit(bc.GetTemplateObject, int32(idx), g.b.slot(bc.SlotLiteral))
		g.b.storeAccumulatorInRegister(r)
	}
	g.visitArguments(e.Arguments, &args)
	if e.DirectEval && len(e.Arguments) > 0 {
		g.buildResolveEval(callee, args, e)
	}
	if tmpl != nil {
		g.setExpressionPosition(tmpl.quasi.Start)
	} else {
		g.setExpressionPosition(g.callPosition(e))
	}
	slot := g.b.slot(bc.SlotCall)
	switch {
	case spread == finalSpread:
		g.b.emit(bc.CallWithSpread, int32(callee), int32(args.First), int32(args.Count), slot)
		g.annotateSpreadArg(e.Arguments)
	case kind == "property":
		g.emitCallProperty(callee, args, slot)
	case implicitUndefined:
		g.emitCallUndefinedReceiver(callee, args, slot)
	default:
		g.b.emit(bc.CallAnyReceiver, int32(callee), int32(args.First), int32(args.Count), slot)
	}
	g.b.annotate(callPrinter(e.Callee))
}

// callPrinter renders an expression the way V8's CallPrinter does in error messages.
func callPrinter(e ast.Expression) string {
	switch e := e.(type) {
	case *ast.Identifier:
		return e.Name
	case *ast.ThisExpression:
		return "this"
	case *ast.Super:
		return "super"
	case *ast.PrivateIdentifier:
		return "#" + e.Name
	case *ast.NumberLiteral:
		return e.Raw
	case *ast.StringLiteral:
		return "\"" + e.Value + "\""
	case *ast.NullLiteral:
		return "null"
	case *ast.BooleanLiteral:
		if e.Value {
			return "true"
		}
		return "false"
	case *ast.MemberExpression:
		obj := callPrinter(e.Object)
		sep := "."
		if e.Optional {
			sep = "?."
		}
		if e.Computed {
			if e.Optional {
				return obj + "?.[" + callPrinter(e.Property) + "]"
			}
			return obj + "[" + callPrinter(e.Property) + "]"
		}
		return obj + sep + callPrinter(e.Property)
	case *ast.CallExpression:
		return callPrinter(e.Callee) + "(...)"
	case *ast.ChainExpression:
		return callPrinter(e.Expression)
	case *ast.BinaryExpression:
		return "(" + callPrinter(e.Left) + " " + e.Operator + " " + callPrinter(e.Right) + ")"
	case *ast.LogicalExpression:
		return "(" + callPrinter(e.Left) + " " + e.Operator + " " + callPrinter(e.Right) + ")"
	case *ast.ObjectLiteral:
		return "{" + strings.Repeat("(intermediate value)", len(e.Properties)) + "}"
	case *ast.ArrayLiteral:
		parts := make([]string, len(e.Elements))
		for i, el := range e.Elements {
			if el != nil {
				parts[i] = callPrinter(el)
			}
		}
		return "[" + strings.Join(parts, ",") + "]"
	case *ast.SpreadElement:
		return "..." + callPrinter(e.Argument)
	case *ast.ClassLiteral:
		return strings.Repeat("(intermediate value)", max(1, classPrintedMembers(e)))
	}
	return "(intermediate value)"
}

// classPrintedMembers: V8's CallPrinter visits a class literal's extends clause and its members
// (methods, accessors and private fields; public fields and static blocks live in initializer
// functions), printing "(intermediate value)" for each, or once for a class with none.
func classPrintedMembers(cl *ast.ClassLiteral) int {
	n := 0
	if cl.SuperClass != nil {
		n++
	}
	for _, el := range cl.Body {
		switch el := el.(type) {
		case *ast.MethodDefinition:
			if el.Kind != ast.MethodConstructor {
				n++
			}
		case *ast.PropertyDefinition:
			if _, private := el.Key.(*ast.PrivateIdentifier); private {
				n++
			}
		}
	}
	return n
}

func listFirst(l bc.RegisterList) int32 {
	if l.Count == 0 {
		return 0
	}
	return int32(l.First)
}

func (g *gen) emitCallProperty(callee bc.Register, args bc.RegisterList, slot int32) {
	switch args.Count {
	case 1:
		g.b.emit(bc.CallProperty0, int32(callee), int32(args.Register(0)), slot)
	case 2:
		g.b.emit(bc.CallProperty1, int32(callee), int32(args.Register(0)), int32(args.Register(1)), slot)
	case 3:
		g.b.emit(bc.CallProperty2, int32(callee), int32(args.Register(0)), int32(args.Register(1)), int32(args.Register(2)), slot)
	default:
		g.b.emit(bc.CallProperty, int32(callee), listFirst(args), int32(args.Count), slot)
	}
}

func (g *gen) emitCallUndefinedReceiver(callee bc.Register, args bc.RegisterList, slot int32) {
	switch args.Count {
	case 0:
		g.b.emit(bc.CallUndefinedReceiver0, int32(callee), slot)
	case 1:
		g.b.emit(bc.CallUndefinedReceiver1, int32(callee), int32(args.Register(0)), slot)
	case 2:
		g.b.emit(bc.CallUndefinedReceiver2, int32(callee), int32(args.Register(0)), int32(args.Register(1)), slot)
	default:
		g.b.emit(bc.CallUndefinedReceiver, int32(callee), listFirst(args), int32(args.Count), slot)
	}
}

// buildResolveEval replaces the callee of a possible direct eval by the result of
// %ResolvePossiblyDirectEval(callee, first arg, closure, language mode, position).
func (g *gen) buildResolveEval(callee bc.Register, args bc.RegisterList, e *ast.CallExpression) {
	saved := g.b.regs.next
	rt := g.b.regs.newRegisterList(6)
	g.b.moveRegister(callee, rt.Register(0))
	g.b.moveRegister(args.Register(0), rt.Register(1))
	g.b.moveRegister(bc.RegFunctionClosure, rt.Register(2))
	mode := 0
	if g.strict {
		mode = 1
	}
	g.loadSmi(mode)
	g.b.storeAccumulatorInRegister(rt.Register(3))
	g.loadSmi(g.pos(g.curScopeStart()))
	g.b.storeAccumulatorInRegister(rt.Register(4))
	g.loadSmi(g.pos(e.Start))
	g.b.storeAccumulatorInRegister(rt.Register(5))
	g.b.emit(bc.CallRuntime, int32(bc.RtResolvePossiblyDirectEval), int32(rt.First), 6)
	g.b.storeAccumulatorInRegister(callee)
	g.b.regs.releaseTo(saved)
}

func (g *gen) curScopeStart() int {
	if g.fn != nil {
		return g.fn.Start
	}
	return 0
}

func (g *gen) visitCallNew(e *ast.NewExpression) {
	ctor := g.visitForRegisterValue(e.Callee)
	spread := spreadPositionOf(e.Arguments)
	args := g.b.regs.newGrowableList()
	if spread == nonFinalSpread {
		r1 := g.b.regs.growList(&args)
		g.b.moveRegister(ctor, r1)
		g.buildCreateArrayLiteral(e.Arguments, nil)
		r2 := g.b.regs.growList(&args)
		g.b.storeAccumulatorInRegister(r2)
		r3 := g.b.regs.growList(&args)
		g.b.moveRegister(ctor, r3)
		g.setExpressionPosition(e.Start)
		g.b.emit(bc.CallRuntime, int32(bc.RtReflectConstruct), int32(args.First), 3)
		return
	}
	g.visitArguments(e.Arguments, &args)
	g.setExpressionPosition(e.Start)
	g.b.loadAccumulatorWithRegister(ctor)
	slot := g.b.slot(bc.SlotCall)
	if spread == finalSpread {
		g.b.emit(bc.ConstructWithSpread, int32(ctor), listFirst(args), int32(args.Count), slot)
		g.annotateSpreadArg(e.Arguments)
	} else {
		g.b.emit(bc.Construct, int32(ctor), listFirst(args), int32(args.Count), slot)
	}
	g.b.annotate(callPrinter(e.Callee))
}

// visitCallSuper compiles super(...) in a derived constructor (V8 14's form with
// FindNonDefaultConstructorOrConstruct skipping default constructors).
func (g *gen) visitCallSuper(e *ast.CallExpression) {
	saved := g.b.regs.next
	defer g.b.regs.releaseTo(saved)
	thisFunction := g.thisFunction
	thisFunctionOperand := thisFunction
	if !thisFunction.IsValid() {
		thisFunction = g.b.regs.newRegister()
		g.loadThisFunction()
		g.b.storeAccumulatorInRegister(thisFunction)
		thisFunctionOperand = thisFunction
	} else {
		// V8 copies .this_function into a temporary but names the variable's register
		tf := g.b.regs.newRegister()
		g.b.loadAccumulatorWithRegister(thisFunction)
		g.b.storeAccumulatorInRegister(tf)
		thisFunction = tf
	}
	instance := g.b.regs.newRegister()
	done := g.b.newLabel()
	spread := spreadPositionOf(e.Arguments)
	pos := g.callPosition(e)
	if spread == nonFinalSpread {
		inner := g.b.regs.next
		g.buildCreateArrayLiteral(e.Arguments, nil)
		arr := g.b.regs.newRegister()
		g.b.storeAccumulatorInRegister(arr)
		g.b.loadAccumulatorWithRegister(thisFunction)
		g.b.emit(bc.GetSuperConstructor, int32(instance))
		g.b.emit(bc.ThrowIfNotSuperConstructor, int32(instance))
		args := g.b.regs.newRegisterList(3)
		g.b.moveRegister(instance, args.Register(0))
		g.b.moveRegister(arr, args.Register(1))
		g.loadNewTargetForSuper()
		g.b.storeAccumulatorInRegister(args.Register(2))
		g.setExpressionPosition(pos)
		g.b.emit(bc.CallRuntime, int32(bc.RtReflectConstruct), int32(args.First), 3)
		g.b.storeAccumulatorInRegister(instance)
		g.b.regs.releaseTo(inner)
	} else {
		inner := g.b.regs.next
		args := g.b.regs.newGrowableList()
		g.visitArguments(e.Arguments, &args)
		newTarget := g.b.regs.newRegister()
		g.loadNewTargetForSuper()
		g.b.storeAccumulatorInRegister(newTarget)
		out := g.b.regs.newRegisterList(2)
		g.setExpressionPosition(pos)
		g.b.emit(bc.FindNonDefaultConstructorOrConstruct, int32(thisFunctionOperand), int32(newTarget), int32(out.First))
		g.b.moveRegister(out.Register(1), instance)
		g.b.loadAccumulatorWithRegister(out.Register(0))
		g.b.jump(bc.JumpIfTrue, done)
		g.b.emit(bc.ThrowIfNotSuperConstructor, int32(instance))
		g.b.loadAccumulatorWithRegister(newTarget)
		g.setExpressionPosition(pos)
		slot := g.b.slot(bc.SlotCall)
		if spread == finalSpread {
			g.b.emit(bc.ConstructWithSpread, int32(instance), listFirst(args), int32(args.Count), slot)
		} else {
			g.b.emit(bc.Construct, int32(instance), listFirst(args), int32(args.Count), slot)
		}
		g.b.storeAccumulatorInRegister(instance)
		g.b.regs.releaseTo(inner)
	}
	g.b.bind(done)
	// bind `this`: throws if super() already ran
	g.b.loadAccumulatorWithRegister(instance)
	g.bindThisAfterSuper(instance)
	if brand := classBrand(g.currentClass()); brand != nil {
		g.buildPrivateBrandInitialization(instance, brand)
	}
	if g.classHasInstanceMembers() {
		g.buildInstanceMemberInitializationFor(thisFunction, instance)
	}
	g.b.loadAccumulatorWithRegister(instance)
}

// bindThisAfterSuper stores the new instance as `this` (V8: Ldar <this>;
// ThrowSuperAlreadyCalledIfNotHole; Mov instance, <this>).
func (g *gen) bindThisAfterSuper(instance bc.Register) {
	if v := g.receiverVar(); v != nil && v.Location == ast.LocContext {
		reg, depth := g.contextFor(v.Scope)
		g.loadContextSlot(reg, v.Index, depth, false)
		g.b.emit(bc.ThrowSuperAlreadyCalledIfNotHole)
		g.b.loadAccumulatorWithRegister(instance)
		g.storeContextSlot(reg, v.Index, depth)
		g.holeChecked[thisKey] = true
		return
	}
	g.b.loadAccumulatorWithRegister(bc.Receiver())
	g.b.emit(bc.ThrowSuperAlreadyCalledIfNotHole)
	g.b.moveRegister(instance, bc.Receiver())
	g.holeChecked[thisKey] = true
}

// loadThisFunction loads the function that contains super() (the derived constructor, also
// from an arrow inside it).
func (g *gen) loadThisFunction() {
	if g.fn != nil && g.fn.IsArrow {
		if v := g.lookupSpecial(".this_function"); v != nil {
			g.buildVariableLoad(v, false, false, v.Name)
			return
		}
	}
	g.b.loadAccumulatorWithRegister(bc.RegFunctionClosure)
}

func (g *gen) loadNewTargetForSuper() {
	if v := g.newTargetVar(); v != nil && v.Location != ast.LocUnallocated {
		g.buildVariableLoad(v, false, false, ".new.target")
		return
	}
	if g.incoming.IsValid() && !g.fn.IsArrow {
		g.b.loadAccumulatorWithRegister(g.incoming)
		return
	}
	g.b.emit(bc.LdaUndefined)
}

// ---- closures

func (g *gen) buildCreateClosure(lit *ast.FunctionLiteral) {
	sfi := SFIFor(g.script, lit)
	idx := g.b.constant(bc.Constant{Kind: bc.ConstSFI, Obj: sfi})
	// V8's CreateClosureFlags: bit 0 pretenure, bit 1 fast new closure (function scopes only).
	flags := int32(0)
	if g.closureScope.Type == ast.FunctionScope {
		flags = 2
	}
	g.b.emit(bc.CreateClosure, int32(idx), g.closureSlot(lit), flags)
}

// annotateSpreadArg records the text of a call's final spread argument for its messages.
func (g *gen) annotateSpreadArg(args []ast.Expression) {
	if n := len(args); n > 0 {
		if sp, ok := args[n-1].(*ast.SpreadElement); ok {
			g.b.annotateSpread(callPrinter(sp.Argument))
		}
	}
}
