package compiler

import (
	"enginescope/core/ast"
	bc "enginescope/core/bytecode"
)

// ---- compile-time values (V8's IsCompileTimeValue / MaterializedLiteral::IsSimple)

func isCompileTimeValue(e ast.Expression) bool {
	switch e := e.(type) {
	case *ast.NumberLiteral, *ast.StringLiteral, *ast.BooleanLiteral, *ast.NullLiteral, *ast.BigIntLiteral:
		return true
	case *ast.UnaryExpression:
		_, ok := numberLiteral(e)
		return ok
	case *ast.ObjectLiteral:
		return isSimpleObjectLiteral(e)
	case *ast.ArrayLiteral:
		return isSimpleArrayLiteral(e)
	}
	return false
}

func isSimpleObjectLiteral(o *ast.ObjectLiteral) bool {
	for _, p := range o.Properties {
		prop, ok := p.(*ast.Property)
		if !ok || prop.Computed || prop.Kind != ast.PropertyInit || prop.Method || isProtoSetter(prop) {
			return false
		}
		if !isCompileTimeValue(prop.Value) {
			return false
		}
	}
	return true
}

func isSimpleArrayLiteral(a *ast.ArrayLiteral) bool {
	for _, e := range a.Elements {
		if e == nil {
			continue
		}
		if _, ok := e.(*ast.SpreadElement); ok {
			return false
		}
		if !isCompileTimeValue(e) {
			return false
		}
	}
	return true
}

func isProtoSetter(p *ast.Property) bool {
	if p.Computed || p.Shorthand || p.Kind != ast.PropertyInit || p.Method {
		return false
	}
	switch k := p.Key.(type) {
	case *ast.Identifier:
		return k.Name == "__proto__"
	case *ast.StringLiteral:
		return k.Value == "__proto__"
	}
	return false
}

// literalDepth is 1 for a literal without nested literals.
func literalDepth(e ast.Expression) int {
	d := 0
	switch e := e.(type) {
	case *ast.ObjectLiteral:
		for _, p := range e.Properties {
			if prop, ok := p.(*ast.Property); ok && !prop.Computed && prop.Kind == ast.PropertyInit {
				if x := literalDepth(prop.Value); x > d {
					d = x
				}
			}
		}
	case *ast.ArrayLiteral:
		for _, x := range e.Elements {
			if x == nil {
				continue
			}
			if _, ok := x.(*ast.SpreadElement); ok {
				break
			}
			if y := literalDepth(x); y > d {
				d = y
			}
		}
	default:
		return 0
	}
	return d + 1
}

func (g *gen) literalValue(e ast.Expression) bc.LiteralValue {
	if !isCompileTimeValue(e) {
		return bc.LiteralValue{Kind: bc.ConstUndefined, Special: "uninitialized"}
	}
	switch e := e.(type) {
	case *ast.StringLiteral:
		return bc.LiteralValue{Kind: bc.ConstString, Str: e.Value}
	case *ast.BooleanLiteral:
		if e.Value {
			return bc.LiteralValue{Kind: bc.ConstUndefined, Special: "true"}
		}
		return bc.LiteralValue{Kind: bc.ConstUndefined, Special: "false"}
	case *ast.NullLiteral:
		return bc.LiteralValue{Kind: bc.ConstUndefined, Special: "null"}
	case *ast.BigIntLiteral:
		return bc.LiteralValue{Kind: bc.ConstBigInt, Str: e.Digits}
	case *ast.ObjectLiteral:
		return bc.LiteralValue{Kind: bc.ConstObjectBoilerplate, Obj: g.objectBoilerplate(e)}
	case *ast.ArrayLiteral:
		return bc.LiteralValue{Kind: bc.ConstArrayBoilerplate, Obj: g.arrayBoilerplate(e.Elements)}
	}
	if f, ok := numberLiteral(e); ok {
		if isSmi(f) {
			return bc.LiteralValue{Kind: bc.ConstSmi, Num: f}
		}
		return bc.LiteralValue{Kind: bc.ConstHeapNumber, Num: f}
	}
	return bc.LiteralValue{Kind: bc.ConstUndefined, Special: "uninitialized"}
}

// ---- arrays

func (g *gen) arrayBoilerplate(elems []ast.Expression) *bc.ArrayBoilerplate {
	ab := &bc.ArrayBoilerplate{Kind: bc.PackedSmiElements}
	holey, double, object := false, false, false
	for _, e := range elems {
		if _, ok := e.(*ast.SpreadElement); ok {
			break
		}
		if e == nil {
			holey = true
			ab.Elements = append(ab.Elements, bc.LiteralValue{Kind: bc.ConstUndefined, Special: "hole"})
			continue
		}
		v := g.literalValue(e)
		switch v.Kind {
		case bc.ConstSmi:
		case bc.ConstHeapNumber:
			double = true
		case bc.ConstUndefined:
			if v.Special != "uninitialized" {
				object = true
			}
		default:
			object = true
		}
		ab.Elements = append(ab.Elements, v)
	}
	switch {
	case object:
		ab.Kind = bc.PackedElements
	case double:
		ab.Kind = bc.PackedDoubleElements
	}
	if holey {
		ab.Kind++
	}
	return ab
}

func (g *gen) visitArrayLiteral(e *ast.ArrayLiteral) {
	g.buildCreateArrayLiteral(e.Elements, e)
}

func (g *gen) buildCreateArrayLiteral(elems []ast.Expression, lit *ast.ArrayLiteral) {
	saved := g.b.regs.next
	defer g.b.regs.releaseTo(saved)
	array := g.b.regs.newRegister()
	index := g.b.regs.newRegister()
	elementSlot := int32(-1)
	getElementSlot := func() int32 {
		if elementSlot < 0 {
			elementSlot = g.b.slot(bc.SlotStoreInArrayLiteral)
		}
		return elementSlot
	}
	cur := 0
	if len(elems) > 0 {
		if sp, ok := elems[0].(*ast.SpreadElement); ok {
			g.visitForAccumulatorValue(sp.Argument)
			g.setExpressionPosition(g.exprPos(sp.Argument))
			g.b.emit(bc.CreateArrayFromIterable)
			g.b.annotate(callPrinter(sp.Argument))
			g.b.storeAccumulatorInRegister(array)
			cur = 1
			if cur < len(elems) {
				g.b.emit(bc.GetNamedProperty, int32(array), g.b.stringConst("length"), g.b.slot(bc.SlotLoadProperty))
				g.b.storeAccumulatorInRegister(index)
			}
			goto rest
		}
	}
	{
		firstSpread := len(elems)
		for i, x := range elems {
			if _, ok := x.(*ast.SpreadElement); ok {
				firstSpread = i
				break
			}
		}
		if len(elems) == 0 {
			g.b.emit(bc.CreateEmptyArrayLiteral, g.b.slot(bc.SlotLiteral))
		} else {
			ab := g.arrayBoilerplate(elems[:firstSpread])
			depth := 1
			for _, x := range elems[:firstSpread] {
				if x != nil {
					if d := literalDepth(x) + 1; d > depth {
						depth = d
					}
				}
			}
			flags := int32(4)
			if depth == 1 {
				flags |= 1 | 0x20
			}
			idx := g.b.constant(bc.Constant{Kind: bc.ConstArrayBoilerplate, Obj: ab})
			g.b.emit(bc.CreateArrayLiteral, int32(idx), g.b.slot(bc.SlotLiteral), flags)
		}
		g.b.storeAccumulatorInRegister(array)
		for ; cur < firstSpread; cur++ {
			x := elems[cur]
			if x == nil || isCompileTimeValue(x) {
				continue
			}
			g.loadSmi(cur)
			g.b.storeAccumulatorInRegister(index)
			g.visitForAccumulatorValue(x)
			g.b.emit(bc.StaInArrayLiteral, int32(array), int32(index), getElementSlot())
		}
		if cur < len(elems) {
			g.loadSmi(cur)
			g.b.storeAccumulatorInRegister(index)
		}
	}
rest:
	indexSlot := int32(-1)
	getIndexSlot := func() int32 {
		if indexSlot < 0 {
			indexSlot = g.b.slot(bc.SlotBinaryOp)
		}
		return indexSlot
	}
	lengthSlot := int32(-1)
	for ; cur < len(elems); cur++ {
		x := elems[cur]
		switch x := x.(type) {
		case *ast.SpreadElement:
			inner := g.b.regs.next
			g.setExpressionAsStatementPosition(x.Argument)
			g.visitForAccumulatorValue(x.Argument)
			g.setExpressionPosition(g.exprPos(x.Argument))
			g.iterText = callPrinter(x.Argument)
			it := g.buildGetIteratorRecord(false)
			value := g.b.regs.newRegister()
			valueSlot := g.b.slot(bc.SlotLoadProperty)
			doneSlot := g.b.slot(bc.SlotLoadProperty)
			g.buildFillArrayWithIterator(it, array, index, value, valueSlot, doneSlot, getIndexSlot(), getElementSlot())
			g.b.regs.releaseTo(inner)
		case nil:
			if lengthSlot < 0 {
				lengthSlot = g.b.slot(bc.SlotSetNamedStrict)
			}
			g.b.loadAccumulatorWithRegister(index)
			g.b.emit(bc.Inc, getIndexSlot())
			g.b.storeAccumulatorInRegister(index)
			g.b.emit(bc.SetNamedProperty, int32(array), g.b.stringConst("length"), lengthSlot)
		default:
			g.visitForAccumulatorValue(x)
			g.b.emit(bc.StaInArrayLiteral, int32(array), int32(index), getElementSlot())
			g.b.loadAccumulatorWithRegister(index)
			if cur+1 != len(elems) {
				g.b.emit(bc.Inc, getIndexSlot())
				g.b.storeAccumulatorInRegister(index)
			}
		}
	}
	g.b.loadAccumulatorWithRegister(array)
}

// ---- objects

func propertyKeyName(p *ast.Property) (string, bool, bool) {
	if p.Computed {
		return "", false, false
	}
	switch k := p.Key.(type) {
	case *ast.Identifier:
		return k.Name, true, false
	case *ast.StringLiteral:
		return k.Value, !isArrayIndex(k.Value), isArrayIndex(k.Value)
	case *ast.NumberLiteral:
		return numberKeyString(k.Value), false, true
	case *ast.BigIntLiteral:
		return k.Digits, false, true
	}
	return "", false, false
}

func numberKeyString(f float64) string {
	return bc.FormatNumberKey(f)
}

func (g *gen) objectBoilerplate(o *ast.ObjectLiteral) *bc.ObjectBoilerplate {
	ob := &bc.ObjectBoilerplate{}
	// A literal whose constant part is empty (it starts with a computed key) takes V8's shared
	// empty boilerplate description, whose size is 0: the Object function's initial map.
	constant := 0
	for _, p := range o.Properties {
		prop, ok := p.(*ast.Property)
		if !ok || prop.Computed {
			break
		}
		if !isProtoSetter(prop) {
			constant++
		}
	}
	for _, p := range o.Properties {
		if prop, ok := p.(*ast.Property); ok && !prop.Computed {
			if _, _, isIndex := propertyKeyName(prop); isIndex || isProtoSetter(prop) {
				continue
			}
		}
		if constant > 0 {
			ob.Size++
		}
	}
	for _, p := range o.Properties {
		prop, ok := p.(*ast.Property)
		if !ok || prop.Computed {
			break
		}
		if isProtoSetter(prop) {
			continue
		}
		name, isName, isIndex := propertyKeyName(prop)
		key := bc.LiteralValue{Kind: bc.ConstString, Str: name}
		if isIndex {
			ob.IndexKeys++
			if n, ok := prop.Key.(*ast.NumberLiteral); ok {
				key = bc.LiteralValue{Kind: bc.ConstHeapNumber, Num: n.Value}
				if isSmi(n.Value) {
					key.Kind = bc.ConstSmi
				}
			}
		}
		_ = isName
		// a later duplicate replaces the value but keeps the first position
		dup := -1
		for i, k := range ob.Keys {
			if k.Kind == key.Kind && k.Str == key.Str && k.Num == key.Num {
				dup = i
			}
		}
		var val bc.LiteralValue
		if prop.Kind != ast.PropertyInit || prop.Method {
			val = bc.LiteralValue{Kind: bc.ConstUndefined, Special: "uninitialized"}
		} else {
			val = g.literalValue(prop.Value)
		}
		if dup >= 0 {
			ob.Values[dup] = val
			continue
		}
		ob.Keys = append(ob.Keys, key)
		ob.Values = append(ob.Values, val)
	}
	return ob
}

func (g *gen) objectLiteralFlags(o *ast.ObjectLiteral, props int) int32 {
	flags := int32(8) // fast elements
	depth := literalDepth(o)
	if depth == 1 {
		flags |= 1
		if props <= 6 {
			flags |= 0x20
		}
	} else {
		flags |= 4
	}
	if hasNullProto(o) {
		flags |= 0x10
	}
	return flags
}

func hasNullProto(o *ast.ObjectLiteral) bool {
	for _, p := range o.Properties {
		if prop, ok := p.(*ast.Property); ok && isProtoSetter(prop) {
			_, isNull := prop.Value.(*ast.NullLiteral)
			return isNull
		}
	}
	return false
}

func (g *gen) visitObjectLiteral(o *ast.ObjectLiteral) {
	if len(o.Properties) == 0 {
		g.b.emit(bc.CreateEmptyObjectLiteral)
		return
	}
	saved := g.b.regs.next
	defer g.b.regs.releaseTo(saved)
	literal := g.b.regs.newRegister()
	i := 0
	props := o.Properties
	if sp, ok := props[0].(*ast.SpreadElement); ok {
		inner := g.b.regs.next
		from := g.visitForRegisterValue(sp.Argument)
		g.b.emit(bc.CloneObject, int32(from), g.objectLiteralFlags(o, 0), g.b.slot(bc.SlotCloneObject))
		g.b.storeAccumulatorInRegister(literal)
		g.b.regs.releaseTo(inner)
		i = 1
	} else {
		ob := g.objectBoilerplate(o)
		ob.Flags = uint8(g.objectLiteralFlags(o, len(ob.Keys)))
		idx := g.b.constant(bc.Constant{Kind: bc.ConstObjectBoilerplate, Obj: ob})
		g.b.emit(bc.CreateObjectLiteral, int32(idx), g.b.slot(bc.SlotLiteral), int32(ob.Flags))
		g.b.storeAccumulatorInRegister(literal)
	}
	clone := i == 1
	type accessorPair struct {
		key            ast.Expression
		getter, setter *ast.FunctionLiteral
	}
	var accessors []*accessorPair
	accessorIndex := map[string]*accessorPair{}
	// static part: up to the first computed key
	for ; i < len(props); i++ {
		prop, ok := props[i].(*ast.Property)
		if !ok || prop.Computed {
			break
		}
		if isProtoSetter(prop) {
			if _, isNull := prop.Value.(*ast.NullLiteral); isNull {
				continue
			}
			inner := g.b.regs.next
			args := g.b.regs.newRegisterList(2)
			g.b.moveRegister(literal, args.Register(0))
			g.setExpressionPosition(g.exprPos(prop.Value))
			g.visitForRegisterValueInto(prop.Value, args.Register(1))
			g.b.emit(bc.CallRuntime, int32(bc.RtInternalSetPrototype), int32(args.First), 2)
			g.b.regs.releaseTo(inner)
			continue
		}
		if prop.Kind == ast.PropertyGet || prop.Kind == ast.PropertySet {
			name, _, _ := propertyKeyName(prop)
			pair := accessorIndex[name]
			if pair == nil {
				pair = &accessorPair{key: prop.Key}
				accessorIndex[name] = pair
				accessors = append(accessors, pair)
			}
			if prop.Kind == ast.PropertyGet {
				pair.getter = prop.Value.(*ast.FunctionLiteral)
			} else {
				pair.setter = prop.Value.(*ast.FunctionLiteral)
			}
			continue
		}
		if !clone && isCompileTimeValue(prop.Value) {
			continue
		}
		inner := g.b.regs.next
		name, isName, _ := propertyKeyName(prop)
		keyReg := bc.RegInvalid
		if !isName {
			keyReg = g.b.regs.newRegister()
			g.setExpressionPosition(g.exprPos(prop.Key))
			g.visitForRegisterValueInto(literalKeyExpr(prop.Key), keyReg)
		}
		g.setExpressionPosition(g.exprPos(prop.Value))
		if g.laterDuplicate(props, i, name) {
			g.visitForEffect(prop.Value)
		} else {
			if isName {
				g.nameAnonymousClass(prop.Value, name)
			}
			g.visitForAccumulatorValue(prop.Value)
			if isName {
				g.b.emit(bc.DefineNamedOwnProperty, int32(literal), g.b.stringConst(name), g.b.slot(bc.SlotDefineNamedOwn))
			} else {
				g.b.emit(bc.DefineKeyedOwnProperty, int32(literal), int32(keyReg), 0, g.b.slot(bc.SlotDefineKeyedOwn))
			}
		}
		g.b.regs.releaseTo(inner)
	}
	for _, pair := range accessors {
		inner := g.b.regs.next
		args := g.b.regs.newRegisterList(5)
		g.b.moveRegister(literal, args.Register(0))
		g.visitForRegisterValueInto(literalKeyExpr(pair.key), args.Register(1))
		g.visitLiteralAccessor(pair.getter, args.Register(2))
		g.visitLiteralAccessor(pair.setter, args.Register(3))
		g.b.emit(bc.LdaZero)
		g.b.storeAccumulatorInRegister(args.Register(4))
		g.b.emit(bc.CallRuntime, int32(bc.RtDefineAccessorPropertyUnchecked), int32(args.First), 5)
		g.b.regs.releaseTo(inner)
	}
	// dynamic part
	for ; i < len(props); i++ {
		inner := g.b.regs.next
		switch prop := props[i].(type) {
		case *ast.SpreadElement:
			args := g.b.regs.newRegisterList(2)
			g.b.moveRegister(literal, args.Register(0))
			g.setExpressionPosition(g.exprPos(prop.Argument))
			g.visitForRegisterValueInto(prop.Argument, args.Register(1))
			g.b.emit(bc.InvokeIntrinsic, int32(bc.IntrCopyDataProperties), int32(args.First), 2)
		case *ast.Property:
			if isProtoSetter(prop) {
				if _, isNull := prop.Value.(*ast.NullLiteral); isNull {
					break
				}
				args := g.b.regs.newRegisterList(2)
				g.b.moveRegister(literal, args.Register(0))
				g.setExpressionPosition(g.exprPos(prop.Value))
				g.visitForRegisterValueInto(prop.Value, args.Register(1))
				g.b.emit(bc.CallRuntime, int32(bc.RtInternalSetPrototype), int32(args.First), 2)
				break
			}
			if prop.Kind == ast.PropertyGet || prop.Kind == ast.PropertySet {
				args := g.b.regs.newRegisterList(4)
				g.b.moveRegister(literal, args.Register(0))
				g.buildLoadPropertyKey(prop, args.Register(1))
				g.setExpressionPosition(g.exprPos(prop.Value))
				g.visitForRegisterValueInto(prop.Value, args.Register(2))
				g.b.emit(bc.LdaZero)
				g.b.storeAccumulatorInRegister(args.Register(3))
				id := bc.RtDefineGetterPropertyUnchecked
				if prop.Kind == ast.PropertySet {
					id = bc.RtDefineSetterPropertyUnchecked
				}
				g.b.emit(bc.CallRuntime, int32(id), int32(args.First), 4)
				break
			}
			key := g.b.regs.newRegister()
			g.buildLoadPropertyKey(prop, key)
			g.setExpressionPosition(g.exprPos(prop.Value))
			flags := int32(0)
			if prop.Computed && isAnonymousFunctionDefinition(prop.Value) {
				flags = 1 // kSetFunctionName
			}
			g.visitForAccumulatorValue(prop.Value)
			g.b.emit(bc.DefineKeyedOwnPropertyInLiteral, int32(literal), int32(key), flags, g.b.slot(bc.SlotDefineKeyedOwnPropertyInLiteral))
		}
		g.b.regs.releaseTo(inner)
	}
	g.b.loadAccumulatorWithRegister(literal)
}

// laterDuplicate: a later non-computed property with the same name overrides this one
// (V8's emit_store is false).
func (g *gen) laterDuplicate(props []ast.ObjectElement, i int, name string) bool {
	for _, p := range props[i+1:] {
		prop, ok := p.(*ast.Property)
		if !ok || prop.Computed {
			return false
		}
		if n, _, _ := propertyKeyName(prop); n == name && !isProtoSetter(prop) {
			return true
		}
	}
	return false
}

func isAnonymousFunctionDefinition(e ast.Expression) bool {
	switch e := e.(type) {
	case *ast.FunctionLiteral:
		return e.Name == nil
	case *ast.ClassLiteral:
		return e.Name == nil
	}
	return false
}

func (g *gen) buildLoadPropertyKey(prop *ast.Property, out bc.Register) {
	if !prop.Computed {
		if _, isName, _ := propertyKeyName(prop); isName {
			g.visitForRegisterValueInto(literalKeyExpr(prop.Key), out)
			return
		}
	}
	key := prop.Key
	if !prop.Computed {
		key = literalKeyExpr(key)
	}
	g.visitForAccumulatorValue(key)
	g.b.emit(bc.ToName)
	g.b.storeAccumulatorInRegister(out)
}

func (g *gen) visitLiteralAccessor(fn *ast.FunctionLiteral, dst bc.Register) {
	if fn == nil {
		g.b.emit(bc.LdaNull)
		g.b.storeAccumulatorInRegister(dst)
		return
	}
	g.buildCreateClosure(fn)
	g.b.storeAccumulatorInRegister(dst)
}

// ---- templates

func (g *gen) visitTaggedTemplate(e *ast.TaggedTemplateExpression) {
	// tag(templateObject, ...substitutions) with the tag's receiver like a call
	call := &ast.CallExpression{Span: e.Span, Callee: e.Tag}
	desc := &bc.TemplateObjectDescription{}
	for _, q := range e.Quasi.Quasis {
		desc.Raw = append(desc.Raw, q.Raw)
		desc.Cooked = append(desc.Cooked, q.Cooked)
	}
	call.Arguments = e.Quasi.Expressions
	g.buildCall(call, &templateArg{desc: desc, quasi: e.Quasi})
}

type templateArg struct {
	desc  *bc.TemplateObjectDescription
	quasi *ast.TemplateLiteral
}
