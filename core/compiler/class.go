package compiler

import (
	"enginescope/core/ast"
	bc "enginescope/core/bytecode"
)

// Home objects, brands and private names: V8 keeps them in class-scope context variables
// (.home_object, .brand). EngineScope's runtime keeps the home object on the method's function
// object (set by DefineClass and object-literal method definitions) and the brand on the class
// constructor, so the compiler addresses them through <closure>; the bytecodes are V8's.

func (g *gen) visitClassDeclaration(d *ast.ClassDeclaration) {
	g.visitClassLiteral(d.Class, bc.RegInvalid)
	id := d.Class.Name
	if id != nil && id.Var != nil {
		g.buildVariableAssignment(id.Var, id.Name, opInit, false)
	}
}

// registerClass records the class of a class scope and creates the synthetic context
// variables of its computed field keys (once per class).
func (g *gen) registerClass(cl *ast.ClassLiteral) {
	if cl == nil || cl.Scope == nil {
		return
	}
	if _, ok := g.st.classOf[cl.Scope]; ok {
		return
	}
	g.st.classOf[cl.Scope] = cl
	n := 0
	for _, v := range cl.Scope.ContextLocals {
		if i := v.Index - cl.Scope.ContextHeader() + 1; i > n {
			n = i
		}
	}
	var keys []*ast.Variable
	for _, el := range cl.Body {
		if m, ok := el.(*ast.PropertyDefinition); ok && m.Computed {
			keys = append(keys, &ast.Variable{Name: ".class_field", Kind: ast.VarConst, Scope: cl.Scope,
				Start: -1, End: -1, Location: ast.LocContext, Index: cl.Scope.ContextHeader() + n + len(keys),
				Used: true, Captured: true})
		}
	}
	if len(keys) > 0 {
		g.st.classKeys[cl.Scope] = keys
	}
}

// computedFieldKeyVar is the context variable holding the key of the class's i-th computed
// field (counting static and instance fields in source order).
func (g *gen) computedFieldKeyVar(cl *ast.ClassLiteral, field *ast.PropertyDefinition) *ast.Variable {
	i := 0
	for _, el := range cl.Body {
		if m, ok := el.(*ast.PropertyDefinition); ok && m.Computed {
			if m == field {
				return g.st.classKeys[cl.Scope][i]
			}
			i++
		}
	}
	return nil
}

func (g *gen) visitClassLiteral(cl *ast.ClassLiteral, name bc.Register) {
	g.registerClass(cl)
	className := g.className
	g.className = ""
	if cl.Name != nil {
		className = cl.Name.Name
	}
	g.classNames = append(g.classNames, className)
	defer func() { g.classNames = g.classNames[:len(g.classNames)-1] }()
	outerScope := g.curScope
	if cl.Scope != nil {
		g.curScope = cl.Scope
	}
	if cl.Scope != nil && g.needsContext(cl.Scope) {
		si, popped := g.b.popSourcePosition(0)
		g.b.emit(bc.CreateBlockContext, g.scopeInfoConst(cl.Scope))
		c := g.pushContext(cl.Scope, bc.RegInvalid)
		if popped {
			g.b.pushSourcePosition(si)
		}
		g.buildClassLiteral(cl, name)
		g.popContext(c)
	} else {
		g.buildClassLiteral(cl, name)
	}
	g.curScope = outerScope
}

type classMember struct {
	kind     bc.ClassMemberKind
	static   bool
	key      ast.Expression
	computed bool
	value    *ast.FunctionLiteral
}

func (g *gen) buildClassLiteral(cl *ast.ClassLiteral, name bc.Register) {
	if cl.Scope != nil {
		g.declareScope(cl.Scope, nil)
		// the inner class name is in its TDZ while the heritage runs (class B extends B {})
		if cv := cl.Scope.ClassVar; cv != nil && cv.Location == ast.LocLocal && g.hasHoleCheckUse(cv) {
			g.b.emit(bc.LdaTheHole)
			g.b.storeAccumulatorInRegister(g.localRegister(cv))
			delete(g.holeChecked, cv)
		}
		for _, v := range g.st.classKeys[cl.Scope] {
			g.b.emit(bc.LdaTheHole)
			g.buildVariableAssignment(v, v.Name, opInit, false)
		}
		if brand := classBrand(cl); brand != nil {
			g.withRegScope(func() {
				r := g.b.regs.newRegister()
				className := "anonymous"
				if cl.Name != nil {
					className = cl.Name.Name
				}
				g.b.emit(bc.LdaConstant, g.b.stringConst(className))
				g.b.storeAccumulatorInRegister(r)
				g.b.emit(bc.CallRuntime, int32(bc.RtCreatePrivateBrandSymbol), int32(r), 1)
				g.buildVariableAssignment(brand, brand.Name, opInit, false)
			})
		}
	}
	ctorReg := g.b.regs.newRegister()
	boiler := &bc.ClassBoilerplate{}
	if cl.Name != nil {
		boiler.Name = cl.Name.Name
	}
	// private names: create symbols for fields, closures for methods
	type privAcc struct {
		v              *ast.Variable
		getter, setter *ast.FunctionLiteral
	}
	var privAccessors []*privAcc
	privIdx := map[*ast.Variable]*privAcc{}
	for _, el := range cl.Body {
		switch m := el.(type) {
		case *ast.PropertyDefinition:
			if pid, ok := m.Key.(*ast.PrivateIdentifier); ok && pid.Var != nil {
				g.withRegScope(func() {
					r := g.b.regs.newRegister()
					// V8 visits the key into the register, then loads the name again
					g.b.emit(bc.LdaConstant, g.b.stringConst("#"+pid.Name))
					g.b.storeAccumulatorInRegister(r)
					g.b.emit(bc.LdaConstant, g.b.stringConst("#"+pid.Name))
					g.b.storeAccumulatorInRegister(r)
					g.b.emit(bc.CallRuntime, int32(bc.RtCreatePrivateNameSymbol), int32(r), 1)
					g.buildVariableAssignment(pid.Var, pid.Name, opInit, false)
				})
			}
		case *ast.MethodDefinition:
			pid, ok := m.Key.(*ast.PrivateIdentifier)
			if !ok || pid.Var == nil {
				continue
			}
			switch m.Kind {
			case ast.MethodMethod:
				g.withRegScope(func() {
					g.buildCreateClosure(m.Value)
					g.buildVariableAssignment(pid.Var, pid.Name, opInit, false)
				})
			case ast.MethodGet, ast.MethodSet:
				pa := privIdx[pid.Var]
				if pa == nil {
					pa = &privAcc{v: pid.Var}
					privIdx[pid.Var] = pa
					privAccessors = append(privAccessors, pa)
				}
				if m.Kind == ast.MethodGet {
					pa.getter = m.Value
				} else {
					pa.setter = m.Value
				}
			}
		}
	}
	{
		saved := g.b.regs.next
		args := g.b.regs.newGrowableList()
		boilerReg := g.b.regs.growList(&args)
		ctorInArgs := g.b.regs.growList(&args)
		superReg := g.b.regs.growList(&args)
		g.visitForAccumulatorValueOrTheHole(cl.SuperClass)
		g.b.storeAccumulatorInRegister(superReg)
		g.buildClassConstructor(cl, g.classNames[len(g.classNames)-1])
		g.b.storeAccumulatorInRegister(ctorReg)
		g.b.moveRegister(ctorReg, ctorInArgs)
		idx := g.b.constant(bc.Constant{Kind: bc.ConstClassBoilerplate, Obj: boiler})
		g.b.emit(bc.LdaConstant, int32(idx))
		g.b.storeAccumulatorInRegister(boilerReg)
		fieldKeys := 0
		for _, el := range cl.Body {
			switch m := el.(type) {
			case *ast.MethodDefinition:
				if m.Kind == ast.MethodConstructor {
					continue
				}
				if _, priv := m.Key.(*ast.PrivateIdentifier); priv {
					continue
				}
				mem := bc.ClassMember{Static: m.Static}
				switch m.Kind {
				case ast.MethodGet:
					mem.Kind = bc.ClassGetter
				case ast.MethodSet:
					mem.Kind = bc.ClassSetter
				}
				if m.Computed {
					key := g.b.regs.growList(&args)
					g.setExpressionAsStatementPosition(m.Key)
					g.visitForAccumulatorValue(m.Key)
					g.b.emit(bc.ToName)
					g.b.storeAccumulatorInRegister(key)
					if m.Static {
						done := g.b.newLabel()
						g.b.emit(bc.LdaConstant, g.b.stringConst("prototype"))
						g.b.emit(bc.TestEqualStrict, int32(key), 0)
						g.b.jump(bc.JumpIfFalse, done)
						g.b.emit(bc.CallRuntime, int32(bc.RtThrowStaticPrototypeError), 0, 0)
						g.b.bind(done)
					}
					mem.Computed = true
				} else {
					mem.Key, mem.IsIndex = classKeyName(m.Key)
				}
				val := g.b.regs.growList(&args)
				g.visitForRegisterValueInto(m.Value, val)
				mem.ArgIndex = int(val - args.First)
				boiler.Members = append(boiler.Members, mem)
			case *ast.PropertyDefinition:
				if m.Computed {
					key := g.b.regs.growList(&args)
					g.setExpressionAsStatementPosition(m.Key)
					g.visitForAccumulatorValue(m.Key)
					g.b.emit(bc.ToName)
					if kv := g.computedFieldKeyVar(cl, m); kv != nil {
						g.buildVariableAssignment(kv, kv.Name, opInit, false)
					}
					g.b.storeAccumulatorInRegister(key)
					boiler.Members = append(boiler.Members, bc.ClassMember{Kind: bc.ClassField, Static: m.Static,
						Computed: true, ArgIndex: int(key-args.First) + 1})
					fieldKeys++
				}
			}
		}
		g.b.emit(bc.CallRuntime, int32(bc.RtDefineClass), int32(args.First), int32(args.Count))
		g.b.regs.releaseTo(saved)
	}
	// the class binding inside the class scope
	if cl.Scope != nil {
		if v := cl.Scope.ClassVar; v != nil && v.Location != ast.LocUnallocated {
			g.b.loadAccumulatorWithRegister(ctorReg)
			g.buildVariableAssignment(v, v.Name, opInit, false)
		}
	}
	for _, pa := range privAccessors {
		g.withRegScope(func() {
			regs := g.b.regs.newRegisterList(2)
			g.visitLiteralAccessor(pa.getter, regs.Register(0))
			g.visitLiteralAccessor(pa.setter, regs.Register(1))
			g.b.emit(bc.CallRuntime, int32(bc.RtCreatePrivateAccessors), int32(regs.First), 2)
			g.buildVariableAssignment(pa.v, pa.v.Name, opInit, false)
		})
	}
	if cl.InstanceInit != nil {
		g.withRegScope(func() {
			init := g.b.regs.newRegister()
			g.buildCreateClosure(cl.InstanceInit)
			g.b.storeAccumulatorInRegister(init)
			g.b.loadAccumulatorWithRegister(init)
			g.b.emit(bc.SetNamedProperty, int32(ctorReg), int32(g.b.constant(bc.Constant{Kind: bc.ConstSymbol, Str: "class_fields_symbol"})), g.b.slot(bc.SlotSetNamed.WithLanguageMode(true)))
		})
	}
	if cl.StaticInit != nil {
		g.withRegScope(func() {
			if name.IsValid() {
				args := g.b.regs.newRegisterList(2)
				g.b.moveRegister(ctorReg, args.Register(0))
				g.b.moveRegister(name, args.Register(1))
				g.b.emit(bc.CallRuntime, int32(bc.RtSetFunctionName), int32(args.First), 2)
			}
			args := g.b.regs.newGrowableList()
			init := g.b.regs.newRegister()
			g.buildCreateClosure(cl.StaticInit)
			g.b.storeAccumulatorInRegister(init)
			a0 := g.b.regs.growList(&args)
			g.b.moveRegister(init, a0)
			a1 := g.b.regs.growList(&args)
			g.b.moveRegister(ctorReg, a1)
			g.b.emit(bc.CallProperty0, int32(init), int32(ctorReg), g.b.slot(bc.SlotCall))
		})
	}
	g.b.loadAccumulatorWithRegister(ctorReg)
}

func classKeyName(k ast.Expression) (string, bool) {
	switch k := k.(type) {
	case *ast.Identifier:
		return k.Name, false
	case *ast.StringLiteral:
		return k.Value, isArrayIndex(k.Value)
	case *ast.NumberLiteral:
		s := bc.FormatNumberKey(k.Value)
		return s, isArrayIndex(s)
	case *ast.BigIntLiteral:
		return k.Digits, isArrayIndex(k.Digits)
	}
	return "", false
}

// buildClassConstructor creates the constructor closure: the explicit constructor, or a
// synthesized default constructor.
func (g *gen) buildClassConstructor(cl *ast.ClassLiteral, name string) {
	lit := cl.Constructor
	if lit == nil {
		lit = g.defaultConstructor(cl)
	}
	// the constructor is the class: it carries the class's (possibly inferred) name
	SFIFor(g.script, lit).Name = name
	g.buildCreateClosure(lit)
}

// defaultConstructor synthesizes `constructor(...args) { super(...args) }` (derived) or
// `constructor() {}` (base) as V8's parser does; the literal is cached per class.
func (g *gen) defaultConstructor(cl *ast.ClassLiteral) *ast.FunctionLiteral {
	if lit, ok := g.st.defaultCtors[cl]; ok {
		return lit
	}
	kind := ast.FuncClassConstructor
	if cl.SuperClass != nil {
		kind = ast.FuncDerivedConstructor
	}
	scope := &ast.Scope{Type: ast.FunctionScope, Outer: cl.Scope, Start: cl.Start, End: cl.End,
		IsDeclarationScope: true, Strict: true, HasSimpleParams: true}
	lit := &ast.FunctionLiteral{Span: cl.Span, ID: -1, Kind: kind, IsMethod: true, Strict: true,
		SimpleParams: true, ParamsStart: cl.Start, BodyStart: cl.BodyStart, Scope: scope, Class: cl,
		Body: []ast.Statement{}}
	if cl.Name != nil {
		lit.InferredName = cl.Name.Name
	}
	scope.Function = lit
	if kind == ast.FuncDerivedConstructor {
		scope.UsesNewTarget = true
	}
	if g.st.defaultCtors == nil {
		g.st.defaultCtors = map[*ast.ClassLiteral]*ast.FunctionLiteral{}
	}
	g.st.defaultCtors[cl] = lit
	sfi := SFIFor(g.script, lit)
	sfi.IsDefaultConstructor = true
	return lit
}

// classHasInstanceMembers: the class of the current constructor initializes fields or
// private methods on instances.
func (g *gen) classHasInstanceMembers() bool {
	cl := g.currentClass()
	return cl != nil && cl.InstanceInit != nil
}

func (g *gen) currentClass() *ast.ClassLiteral {
	for s := g.curScope; s != nil; s = s.Outer {
		if s.Type == ast.FunctionScope && s.Function != nil && !s.Function.IsArrow {
			return s.Function.Class
		}
	}
	if g.fn != nil {
		return g.fn.Class
	}
	return nil
}

// buildInstanceMembersInitialization adds the private brand and runs the field initializer
// in a base class constructor.
func (g *gen) buildInstanceMembersInitialization() {
	if cl := g.currentClass(); cl != nil {
		if brand := classBrand(cl); brand != nil {
			g.buildPrivateBrandInitialization(bc.Receiver(), brand)
		}
	}
	if g.classHasInstanceMembers() {
		g.buildInstanceMemberInitializationFor(bc.RegFunctionClosure, bc.Receiver())
	}
}

// classBrand is the class's .brand variable (it has instance private methods or accessors).
func classBrand(cl *ast.ClassLiteral) *ast.Variable {
	if cl == nil || cl.Scope == nil {
		return nil
	}
	for _, v := range cl.Scope.Vars {
		if v.Kind == ast.VarBrand && v.Location != ast.LocUnallocated {
			return v
		}
	}
	return nil
}

// buildPrivateBrandInitialization defines the brand on a new instance; the value is the class
// context (V8 stores it there too).
func (g *gen) buildPrivateBrandInitialization(receiver bc.Register, brand *ast.Variable) {
	saved := g.b.regs.next
	defer g.b.regs.releaseTo(saved)
	g.buildVariableLoad(brand, false, false, brand.Name)
	var classCtx *ctxScope
	for c := g.ctx; c != nil; c = c.outer {
		if c.scope == brand.Scope {
			classCtx = c
			break
		}
	}
	if classCtx != nil {
		r := g.b.regs.newRegister()
		g.b.storeAccumulatorInRegister(r)
		g.b.loadAccumulatorWithRegister(classCtx.reg)
		g.b.emit(bc.DefineKeyedOwnProperty, int32(receiver), int32(r), 0, g.b.slot(bc.SlotDefineKeyedOwn))
		return
	}
	args := g.b.regs.newRegisterList(4)
	g.b.storeAccumulatorInRegister(args.Register(1))
	g.b.moveRegister(receiver, args.Register(0))
	g.b.moveRegister(bc.RegCurrentContext, args.Register(2))
	g.loadSmi(g.contextDepth(brand.Scope))
	g.b.storeAccumulatorInRegister(args.Register(3))
	g.b.emit(bc.CallRuntime, int32(bc.RtAddPrivateBrand), int32(args.First), 4)
}

// buildInstanceMemberInitializationFor calls the class's instance initializer with the new
// instance as receiver (V8: load [class_fields_symbol] from the constructor and call it).
func (g *gen) buildInstanceMemberInitializationFor(ctor bc.Register, instance bc.Register) {
	saved := g.b.regs.next
	defer g.b.regs.releaseTo(saved)
	args := g.b.regs.newRegisterList(1)
	init := g.b.regs.newRegister()
	done := g.b.newLabel()
	g.b.emit(bc.GetNamedProperty, int32(ctor), int32(g.b.constant(bc.Constant{Kind: bc.ConstSymbol, Str: "class_fields_symbol"})), g.b.slot(bc.SlotLoadProperty))
	g.b.jump(bc.JumpIfUndefined, done)
	g.b.storeAccumulatorInRegister(init)
	g.b.moveRegister(instance, args.Register(0))
	g.b.emit(bc.CallProperty0, int32(init), int32(args.Register(0)), g.b.slot(bc.SlotCall))
	g.b.bind(done)
}

// generateDerivedConstructorBody: `return` jumps to a check that the result is an object or
// undefined (then `this`), after any finally blocks ran.
func (g *gen) generateDerivedConstructorBody(body []ast.Statement) {
	result := g.b.regs.newRegister()
	check := g.b.newLabel()
	dc := &derivedConstructorControl{controlBase: g.base(), result: result, check: check}
	g.ctl = dc
	if g.fn.ID == -1 {
		g.buildDefaultDerivedConstructorBody()
	} else {
		before := g.saveHoleChecks()
		g.visitStatements(body)
		g.restoreHoleChecks(before)
	}
	g.ctl = dc.out
	if !g.b.labels[check].referred {
		if !g.b.remainderOfBlockIsDead() {
			g.buildThisLoad()
			g.buildReturn(g.returnPosition())
		}
		return
	}
	returnThis := g.b.newLabel()
	if !g.b.remainderOfBlockIsDead() {
		g.b.jump(bc.Jump, returnThis)
	}
	g.b.bind(check)
	g.b.loadAccumulatorWithRegister(result)
	g.b.jump(bc.JumpIfUndefined, returnThis)
	g.buildReturn(g.returnPosition())
	g.b.bind(returnThis)
	g.buildThisLoad()
	g.buildReturn(g.returnPosition())
}

// buildDefaultDerivedConstructorBody is super(...arguments) for a synthesized constructor.
func (g *gen) buildDefaultDerivedConstructorBody() {
	saved := g.b.regs.next
	thisFunction := g.b.regs.newRegister()
	g.b.moveRegister(bc.RegFunctionClosure, thisFunction)
	instance := g.b.regs.newRegister()
	done := g.b.newLabel()
	args := g.b.regs.newRegisterList(1)
	g.b.emit(bc.CreateRestParameter)
	g.b.storeAccumulatorInRegister(args.Register(0))
	newTarget := g.b.regs.newRegister()
	g.b.moveRegister(g.incoming, newTarget)
	out := g.b.regs.newRegisterList(2)
	g.b.emit(bc.FindNonDefaultConstructorOrConstruct, int32(thisFunction), int32(newTarget), int32(out.First))
	g.b.moveRegister(out.Register(1), instance)
	g.b.loadAccumulatorWithRegister(out.Register(0))
	g.b.jump(bc.JumpIfTrue, done)
	g.b.emit(bc.ThrowIfNotSuperConstructor, int32(instance))
	g.b.loadAccumulatorWithRegister(newTarget)
	g.b.emit(bc.ConstructWithSpread, int32(instance), int32(args.First), 1, g.b.slot(bc.SlotCall))
	g.b.storeAccumulatorInRegister(instance)
	g.b.bind(done)
	g.bindThisAfterSuper(instance)
	if brand := classBrand(g.currentClass()); brand != nil {
		g.buildPrivateBrandInitialization(instance, brand)
	}
	if g.classHasInstanceMembers() {
		g.buildInstanceMemberInitializationFor(thisFunction, instance)
	}
	g.b.regs.releaseTo(saved)
}

// ---- super property access

// loadHomeObject loads the [[HomeObject]] of the current method (arrows inherit it).
func (g *gen) loadHomeObject() {
	g.b.loadAccumulatorWithRegister(bc.RegFunctionClosure)
}

func (g *gen) visitSuperPropertyLoad(m *ast.MemberExpression, receiverOut bc.Register) {
	saved := g.b.regs.next
	if name, ok := propertyName(m); ok && !m.Computed {
		recv := g.b.regs.newRegister()
		g.buildThisLoad()
		g.b.storeAccumulatorInRegister(recv)
		if receiverOut.IsValid() {
			g.b.moveRegister(recv, receiverOut)
		}
		g.loadHomeObject()
		g.setExpressionPosition(exprStart(m.Property))
		g.b.emit(bc.GetNamedPropertyFromSuper, int32(recv), g.b.stringConst(name), g.b.slot(bc.SlotLoadProperty))
		g.b.regs.releaseTo(saved)
		return
	}
	args := g.b.regs.newRegisterList(3)
	g.buildThisLoad()
	g.b.storeAccumulatorInRegister(args.Register(0))
	if receiverOut.IsValid() {
		g.b.moveRegister(args.Register(0), receiverOut)
	}
	g.loadHomeObject()
	g.b.storeAccumulatorInRegister(args.Register(1))
	g.visitForRegisterValueInto(m.Property, args.Register(2))
	g.setExpressionPosition(g.keyedPosition(m))
	g.b.emit(bc.CallRuntime, int32(bc.RtLoadKeyedFromSuper), int32(args.First), 3)
	g.b.regs.releaseTo(saved)
}

// ---- private names

// privateKind classifies a private name by its variable.
func privateKind(pid *ast.PrivateIdentifier) ast.VarKind {
	if pid.Var == nil {
		return ast.VarPrivateName
	}
	return pid.Var.Kind
}

func (g *gen) loadPrivateName(pid *ast.PrivateIdentifier) {
	if pid.Var == nil {
		unsupported("unresolved private name #%s", pid.Name)
	}
	g.buildVariableLoad(pid.Var, false, false, pid.Name)
}

// visitPrivateLoad compiles obj.#x after obj was evaluated.
func (g *gen) visitPrivateLoad(obj bc.Register, pid *ast.PrivateIdentifier, m *ast.MemberExpression) {
	g.setExpressionPosition(exprStart(m.Property))
	g.visitPrivateLoadValue(obj, pid)
}

func (g *gen) visitPrivateLoadValue(obj bc.Register, pid *ast.PrivateIdentifier) {
	switch privateKind(pid) {
	case ast.VarPrivateMethod:
		g.buildPrivateBrandCheck(obj, pid)
		g.loadPrivateName(pid)
	case ast.VarPrivateAccessor:
		saved := g.b.regs.next
		g.buildPrivateBrandCheck(obj, pid)
		if get, _ := privateAccessorHas(g.st.classOf[pid.Var.Scope], pid.Name); !get {
			g.buildInvalidPrivateAccess(bc.MsgInvalidPrivateGetterAccess, pid)
			g.b.regs.releaseTo(saved)
			return
		}
		args := g.b.regs.newRegisterList(1)
		g.loadPrivateName(pid)
		g.b.storeAccumulatorInRegister(args.Register(0))
		g.b.emit(bc.CallRuntime, int32(bc.RtLoadPrivateGetter), int32(args.First), 1)
		getter := g.b.regs.newRegister()
		g.b.storeAccumulatorInRegister(getter)
		g.b.emit(bc.CallProperty0, int32(getter), int32(obj), g.b.slot(bc.SlotCall))
		g.b.regs.releaseTo(saved)
	default:
		g.loadPrivateName(pid)
		g.b.emit(bc.GetKeyedProperty, int32(obj), g.b.slot(bc.SlotLoadKeyed))
	}
}

func (g *gen) buildPrivateStore(obj bc.Register, pid *ast.PrivateIdentifier) {
	saved := g.b.regs.next
	defer g.b.regs.releaseTo(saved)
	switch privateKind(pid) {
	case ast.VarPrivateMethod:
		g.buildPrivateBrandCheck(obj, pid)
		g.buildInvalidPrivateAccess(bc.MsgInvalidPrivateMethodWrite, pid)
	case ast.VarPrivateAccessor:
		value := g.b.regs.newRegister()
		g.b.storeAccumulatorInRegister(value)
		g.buildPrivateBrandCheck(obj, pid)
		if _, set := privateAccessorHas(g.st.classOf[pid.Var.Scope], pid.Name); !set {
			g.buildInvalidPrivateAccess(bc.MsgInvalidPrivateSetterAccess, pid)
			return
		}
		args := g.b.regs.newRegisterList(1)
		g.loadPrivateName(pid)
		g.b.storeAccumulatorInRegister(args.Register(0))
		g.b.emit(bc.CallRuntime, int32(bc.RtLoadPrivateSetter), int32(args.First), 1)
		setter := g.b.regs.newRegister()
		g.b.storeAccumulatorInRegister(setter)
		g.b.emit(bc.CallProperty1, int32(setter), int32(obj), int32(value), g.b.slot(bc.SlotCall))
		g.b.loadAccumulatorWithRegister(value)
	default:
		value := g.b.regs.newRegister()
		g.b.storeAccumulatorInRegister(value)
		key := g.b.regs.newRegister()
		g.loadPrivateName(pid)
		g.b.storeAccumulatorInRegister(key)
		g.b.loadAccumulatorWithRegister(value)
		g.b.emit(bc.SetKeyedProperty, int32(obj), int32(key), g.b.slot(bc.SlotSetKeyed.WithLanguageMode(true)))
		if !g.isEffect() {
			g.b.loadAccumulatorWithRegister(value)
		}
	}
}

// buildPrivateBrandCheck throws unless obj may use the private method or accessor: the class
// itself for static ones, an object carrying the class's brand otherwise (V8).
func (g *gen) buildPrivateBrandCheck(obj bc.Register, pid *ast.PrivateIdentifier) {
	cl := g.st.classOf[pid.Var.Scope]
	if cl != nil && privateMemberIsStatic(cl, pid.Name) {
		if cv := cl.Scope.ClassVar; cv != nil && cv.Location != ast.LocUnallocated {
			saved := g.b.regs.next
			g.buildVariableLoad(cv, false, false, cv.Name)
			ok := g.b.newLabel()
			g.b.emit(bc.TestReferenceEqual, int32(obj))
			g.b.jump(bc.JumpIfTrue, ok)
			args := g.b.regs.newRegisterList(2)
			g.loadSmi(int(bc.MsgInvalidPrivateBrandStatic))
			g.b.storeAccumulatorInRegister(args.Register(0))
			g.b.emit(bc.LdaConstant, g.b.stringConst(cv.Name))
			g.b.storeAccumulatorInRegister(args.Register(1))
			g.b.emit(bc.CallRuntime, int32(bc.RtNewTypeError), int32(args.First), 2)
			g.b.emit(bc.Throw)
			g.b.bind(ok)
			g.b.regs.releaseTo(saved)
			return
		}
	} else if brand := classBrand(cl); brand != nil {
		g.buildVariableLoad(brand, false, false, brand.Name)
		g.b.emit(bc.GetKeyedProperty, int32(obj), g.b.slot(bc.SlotLoadKeyed))
		return
	}
	saved := g.b.regs.next
	args := g.b.regs.newRegisterList(2)
	g.b.moveRegister(obj, args.Register(0))
	g.loadPrivateName(pid)
	g.b.storeAccumulatorInRegister(args.Register(1))
	g.b.emit(bc.CallRuntime, int32(bc.RtCheckPrivateBrand), int32(args.First), 2)
	g.b.regs.releaseTo(saved)
}

// buildInvalidPrivateAccess throws the TypeError of a write to a private method or a missing
// accessor half.
func (g *gen) buildInvalidPrivateAccess(tmpl bc.MessageTemplate, pid *ast.PrivateIdentifier) {
	saved := g.b.regs.next
	args := g.b.regs.newRegisterList(2)
	g.loadSmi(int(tmpl))
	g.b.storeAccumulatorInRegister(args.Register(0))
	g.b.emit(bc.LdaConstant, g.b.stringConst("#"+pid.Name))
	g.b.storeAccumulatorInRegister(args.Register(1))
	g.b.emit(bc.CallRuntime, int32(bc.RtNewTypeError), int32(args.First), 2)
	g.b.emit(bc.Throw)
	g.b.regs.releaseTo(saved)
}

// privateMemberIsStatic reports whether the class's private method/accessor name is static.
func privateMemberIsStatic(cl *ast.ClassLiteral, name string) bool {
	for _, el := range cl.Body {
		if m, ok := el.(*ast.MethodDefinition); ok {
			if pid, ok := m.Key.(*ast.PrivateIdentifier); ok && pid.Name == name {
				return m.Static
			}
		}
	}
	return false
}

// privateAccessorHas reports whether a private accessor has a getter / setter.
func privateAccessorHas(cl *ast.ClassLiteral, name string) (getter, setter bool) {
	if cl == nil {
		return true, true
	}
	for _, el := range cl.Body {
		if m, ok := el.(*ast.MethodDefinition); ok {
			if pid, ok := m.Key.(*ast.PrivateIdentifier); ok && pid.Name == name {
				getter = getter || m.Kind == ast.MethodGet
				setter = setter || m.Kind == ast.MethodSet
			}
		}
	}
	return
}

// visitPrivateIn compiles `#x in obj`.
func (g *gen) visitPrivateIn(pid *ast.PrivateIdentifier, right ast.Expression, opPos int) {
	saved := g.b.regs.next
	defer g.b.regs.releaseTo(saved)
	obj := g.visitForRegisterValue(right)
	args := g.b.regs.newRegisterList(2)
	g.b.moveRegister(obj, args.Register(0))
	g.loadPrivateName(pid)
	g.b.storeAccumulatorInRegister(args.Register(1))
	g.setExpressionPosition(opPos)
	g.b.emit(bc.CallRuntime, int32(bc.RtPrivateIn), int32(args.First), 2)
}

// generateClassInitializerBody compiles the synthetic instance or static initializer: the
// class's fields (and, for the static one, static blocks) in source order, with `this` the
// instance or the class.
func (g *gen) generateClassInitializerBody() {
	cl := g.fn.Class
	static := g.fn.Kind == ast.FuncClassStaticInitializer
	end := -1
	for _, el := range cl.Body {
		switch m := el.(type) {
		case *ast.PropertyDefinition:
			if m.Static != static {
				continue
			}
			end = endOf(m)
			g.withRegScope(func() { g.buildClassField(cl, m) })
		case *ast.StaticBlock:
			if !static {
				continue
			}
			end = endOf(m)
			g.visitStaticBlock(m)
		}
	}
	if !g.b.remainderOfBlockIsDead() {
		g.b.emit(bc.LdaUndefined)
		pos := g.pos(end)
		if end < 0 {
			pos = g.returnPosition()
		}
		g.buildReturn(pos)
	}
}

// buildClassField defines one field on the receiver.
func (g *gen) buildClassField(cl *ast.ClassLiteral, m *ast.PropertyDefinition) {
	key := bc.RegInvalid
	pid, private := m.Key.(*ast.PrivateIdentifier)
	switch {
	case private:
		key = g.b.regs.newRegister()
		g.loadPrivateName(pid)
		g.b.storeAccumulatorInRegister(key)
	case m.Computed:
		key = g.b.regs.newRegister()
		kv := g.computedFieldKeyVar(cl, m)
		g.buildVariableLoad(kv, false, false, kv.Name)
		g.b.storeAccumulatorInRegister(key)
	}
	if m.Value != nil {
		g.setStatementPositionAt(exprStart(m.Value))
		g.visitForAccumulatorValue(m.Value)
	} else {
		g.setStatementPositionAt(exprStart(m.Key))
		g.b.emit(bc.LdaUndefined)
	}
	if key.IsValid() {
		flags := int32(0)
		if m.Computed && m.Value != nil && isAnonymousFunctionDefinition(m.Value) {
			flags = 1 // kSetFunctionName
		}
		g.b.emit(bc.DefineKeyedOwnProperty, int32(bc.Receiver()), int32(key), flags, g.b.slot(bc.SlotDefineKeyedOwn))
		return
	}
	name, _ := classKeyName(m.Key)
	g.b.emit(bc.DefineNamedOwnProperty, int32(bc.Receiver()), g.b.stringConst(name), g.b.slot(bc.SlotDefineNamedOwn))
}

// visitStaticBlock compiles `static { … }` inline (its own var scope, maybe a context).
func (g *gen) visitStaticBlock(b *ast.StaticBlock) {
	g.visitBlock(&ast.BlockStatement{Span: b.Span, Body: b.Body, Scope: b.Scope}, nil)
}
