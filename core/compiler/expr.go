package compiler

import (
	"math"

	"enginescope/core/ast"
	bc "enginescope/core/bytecode"
)

func (g *gen) visitExpr(e ast.Expression) {
	switch e := e.(type) {
	case *ast.NumberLiteral:
		g.loadNumber(e.Value)
	case *ast.StringLiteral:
		g.b.emit(bc.LdaConstant, g.b.stringConst(e.Value))
		g.setResultIsString()
	case *ast.BooleanLiteral:
		if e.Value {
			g.b.emit(bc.LdaTrue)
		} else {
			g.b.emit(bc.LdaFalse)
		}
		g.setResultIsBoolean()
	case *ast.NullLiteral:
		g.b.emit(bc.LdaNull)
	case *ast.BigIntLiteral:
		g.b.emit(bc.LdaConstant, int32(g.b.constant(bc.Constant{Kind: bc.ConstBigInt, Str: e.Digits})))
	case *ast.Identifier:
		g.setExpressionPosition(e.Start)
		g.loadVariable(e, false)
	case *ast.ThisExpression:
		g.buildThisLoadVar(e.Var)
	case *ast.TemplateLiteral:
		g.visitTemplateLiteral(e)
	case *ast.TaggedTemplateExpression:
		g.visitTaggedTemplate(e)
	case *ast.RegExpLiteral:
		g.visitRegExpLiteral(e)
	case *ast.ArrayLiteral:
		g.visitArrayLiteral(e)
	case *ast.ObjectLiteral:
		g.visitObjectLiteral(e)
	case *ast.FunctionLiteral:
		g.buildCreateClosure(e)
	case *ast.ClassLiteral:
		g.visitClassLiteral(e, bc.RegInvalid)
	case *ast.SequenceExpression:
		for i, x := range e.Expressions {
			if i == len(e.Expressions)-1 {
				g.visitInSameResult(x)
			} else {
				g.visitForEffect(x)
			}
		}
	case *ast.ConditionalExpression:
		g.visitConditional(e)
	case *ast.LogicalExpression:
		g.visitLogical(e)
	case *ast.BinaryExpression:
		g.visitBinary(e)
	case *ast.UnaryExpression:
		g.visitUnary(e)
	case *ast.UpdateExpression:
		g.visitCountOperation(e)
	case *ast.AssignmentExpression:
		g.visitAssignment(e)
	case *ast.MemberExpression:
		g.visitProperty(e)
	case *ast.CallExpression:
		g.visitCall(e)
	case *ast.NewExpression:
		g.visitCallNew(e)
	case *ast.ChainExpression:
		g.visitOptionalChain(e)
	case *ast.YieldExpression:
		g.visitYield(e)
	case *ast.AwaitExpression:
		g.visitAwait(e)
	case *ast.MetaProperty:
		g.visitNewTarget(e)
	case *ast.SpreadElement:
		unsupported("spread outside of a call or literal")
	case *ast.ImportCall:
		g.visitImportCall(e)
	case *ast.NativeCall:
		g.visitNativeCall(e)
	default:
		unsupported("expression %T", e)
	}
}

// visitInSameResult visits e in the current result scope (the last operand of a comma).
func (g *gen) visitInSameResult(e ast.Expression) {
	if g.isTest() {
		r := g.res
		saved := g.b.regs.next
		g.visitExpr(e)
		g.b.regs.releaseTo(saved)
		if !r.consumed {
			g.buildTest(r.isBool, r.thenL, r.elseL, r.fall)
			r.consumed = true
		}
		return
	}
	g.visitExpr(e)
}

func (g *gen) setResultIsString() {}

// ---- literals

func isSmi(f float64) bool {
	return f == math.Trunc(f) && f >= math.MinInt32 && f <= math.MaxInt32 && !(f == 0 && math.Signbit(f))
}

func (g *gen) loadNumber(f float64) {
	switch {
	case f == 0 && !math.Signbit(f):
		g.b.emit(bc.LdaZero)
	case isSmi(f):
		g.b.emit(bc.LdaSmi, int32(f))
	default:
		g.b.emit(bc.LdaConstant, int32(g.b.constant(bc.NumberConstant(f))))
	}
}

func (g *gen) loadSmi(n int) {
	if n == 0 {
		g.b.emit(bc.LdaZero)
	} else {
		g.b.emit(bc.LdaSmi, int32(n))
	}
}

// smiLiteral reports whether e is a Smi literal (the parser folds `-1` into a literal).
func smiLiteral(e ast.Expression) (int32, bool) {
	if v, ok := numberLiteral(e); ok && isSmi(v) {
		return int32(v), true
	}
	return 0, false
}

// toInt32 is ECMA-262 ToInt32 of a number.
func toInt32(f float64) int32 {
	if f != f || math.IsInf(f, 0) {
		return 0
	}
	return int32(uint32(int64(math.Mod(math.Trunc(f), 1<<32))))
}

// numberLiteral reports whether e is a number literal after V8's parser folded it: unary - + ~
// of a number literal (Parser::BuildUnaryExpression) and + - * / ** | & ^ << >> >>> of two
// (Parser::ShortcutLiteralBinaryExpression; not %), so `2.5 - 0.5` is LdaSmi [2].
func numberLiteral(e ast.Expression) (float64, bool) {
	switch e := e.(type) {
	case *ast.NumberLiteral:
		return e.Value, true
	case *ast.UnaryExpression:
		v, ok := numberLiteral(e.Argument)
		if !ok {
			return 0, false
		}
		switch e.Operator {
		case "-":
			return -v, true
		case "+":
			return v, true
		case "~":
			return float64(^toInt32(v)), true
		}
	case *ast.BinaryExpression:
		x, ok := numberLiteral(e.Left)
		if !ok {
			return 0, false
		}
		y, ok := numberLiteral(e.Right)
		if !ok {
			return 0, false
		}
		switch e.Operator {
		case "+":
			return x + y, true
		case "-":
			return x - y, true
		case "*":
			return x * y, true
		case "/":
			return x / y, true
		case "**":
			// folded too, with V8's ieee754::pow; math.Pow agrees where the result is an exact
			// integer, so only those are folded here
			if p := math.Pow(x, y); p == math.Trunc(p) && math.Abs(p) < 1<<53 && x == math.Trunc(x) && y >= 0 && y == math.Trunc(y) {
				return p, true
			}
		case "|":
			return float64(toInt32(x) | toInt32(y)), true
		case "&":
			return float64(toInt32(x) & toInt32(y)), true
		case "^":
			return float64(toInt32(x) ^ toInt32(y)), true
		case "<<":
			return float64(toInt32(x) << (uint32(toInt32(y)) & 31)), true
		case ">>":
			return float64(toInt32(x) >> (uint32(toInt32(y)) & 31)), true
		case ">>>":
			return float64(uint32(toInt32(x)) >> (uint32(toInt32(y)) & 31)), true
		}
	}
	return 0, false
}

func (g *gen) visitRegExpLiteral(e *ast.RegExpLiteral) {
	flags := int32(0)
	for _, c := range e.Flags {
		switch c {
		case 'd':
			flags |= 1 << 7
		case 'g':
			flags |= 1 << 0
		case 'i':
			flags |= 1 << 1
		case 'l':
			flags |= 1 << 6
		case 'm':
			flags |= 1 << 2
		case 's':
			flags |= 1 << 5
		case 'u':
			flags |= 1 << 4
		case 'v':
			flags |= 1 << 8
		case 'y':
			flags |= 1 << 3
		}
	}
	g.b.emit(bc.CreateRegExpLiteral, g.b.stringConst(e.Pattern), g.b.slot(bc.SlotLiteral), flags)
}

func (g *gen) visitTemplateLiteral(e *ast.TemplateLiteral) {
	// V8 builds `a${x}b` as a chain of string additions with ToString on substitutions.
	first := true
	var acc bc.Register = bc.RegInvalid
	slot := int32(-1)
	if len(e.Expressions) > 0 {
		// V8's VisitTemplateLiteral takes the slot first, used or not (`${x}` alone adds nothing)
		slot = g.b.slot(bc.SlotBinaryOp)
	}
	addPart := func(load func()) {
		if first {
			load()
			first = false
			return
		}
		if !acc.IsValid() {
			acc = g.b.regs.newRegister()
		}
		g.b.storeAccumulatorInRegister(acc)
		load()
		if slot < 0 {
			slot = g.b.slot(bc.SlotBinaryOp)
		}
		g.b.emit(bc.Add, int32(acc), slot)
	}
	for i, q := range e.Quasis {
		cooked := ""
		if q.Cooked != nil {
			cooked = *q.Cooked
		}
		if cooked != "" || (i == 0 && len(e.Expressions) == 0) {
			c := cooked
			addPart(func() { g.b.emit(bc.LdaConstant, g.b.stringConst(c)) })
		}
		if i < len(e.Expressions) {
			x := e.Expressions[i]
			addPart(func() {
				g.visitForAccumulatorValue(x)
				g.b.emit(bc.ToString)
			})
		}
	}
	if first {
		g.b.emit(bc.LdaConstant, g.b.stringConst(""))
	}
}

// ---- operators

// operatorPosition finds the operator token between two operands (parentheses are not in
// the tree, so skip them, whitespace and comments).
func (g *gen) operatorPosition(leftEnd, rightStart int) int {
	src := g.script.Source
	i := leftEnd
	for i < rightStart && i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ')' || c == '\v' || c == '\f':
			i++
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			i += 2
			for i+1 < len(src) && !(src[i] == '*' && src[i+1] == '/') {
				i++
			}
			i += 2
		case c >= 0x80:
			i++
		default:
			return i
		}
	}
	return leftEnd
}

func binaryOpcode(op string) (bc.Opcode, bc.Opcode, bool) {
	switch op {
	case "+":
		return bc.Add, bc.AddSmi, true
	case "-":
		return bc.Sub, bc.SubSmi, true
	case "*":
		return bc.Mul, bc.MulSmi, true
	case "/":
		return bc.Div, bc.DivSmi, true
	case "%":
		return bc.Mod, bc.ModSmi, true
	case "**":
		return bc.Exp, bc.ExpSmi, true
	case "|":
		return bc.BitwiseOr, bc.BitwiseOrSmi, true
	case "^":
		return bc.BitwiseXor, bc.BitwiseXorSmi, true
	case "&":
		return bc.BitwiseAnd, bc.BitwiseAndSmi, true
	case "<<":
		return bc.ShiftLeft, bc.ShiftLeftSmi, true
	case ">>":
		return bc.ShiftRight, bc.ShiftRightSmi, true
	case ">>>":
		return bc.ShiftRightLogical, bc.ShiftRightLogicalSmi, true
	}
	return 0, 0, false
}

func isCommutativeWithSmi(op string) bool { return op == "*" || op == "&" || op == "|" || op == "^" }

func (g *gen) visitBinary(e *ast.BinaryExpression) {
	switch e.Operator {
	case "==", "===", "!=", "!==", "<", ">", "<=", ">=", "instanceof", "in":
		g.visitCompare(e)
		return
	}
	if f, ok := numberLiteral(e); ok { // folded by V8's parser
		g.loadNumber(f)
		return
	}
	reg, smiOp, ok := binaryOpcode(e.Operator)
	if !ok {
		unsupported("binary operator %s", e.Operator)
	}
	if l, ok := e.Left.(*ast.BinaryExpression); ok && l.Operator == e.Operator {
		g.visitNaryArithmetic(e, reg, smiOp)
		return
	}
	opPos := g.operatorPosition(endOf(e.Left), exprStart(e.Right))
	// V8's VisitArithmeticExpression takes the BinaryOp slot before visiting the operands, so
	// `o.a + o.b` numbers it ahead of the two loads' slots.
	slot := g.b.slot(bc.SlotBinaryOp)
	if n, ok := smiLiteral(e.Right); ok {
		g.visitForAccumulatorValue(e.Left)
		g.setExpressionPosition(opPos)
		g.b.emit(smiOp, n, slot)
		return
	}
	if n, ok := smiLiteral(e.Left); ok && isCommutativeWithSmi(e.Operator) {
		g.visitForAccumulatorValue(e.Right)
		g.setExpressionPosition(opPos)
		g.b.emit(smiOp, n, slot)
		return
	}
	g.visitForAccumulatorValue(e.Left)
	lhs := g.b.regs.newRegister()
	g.b.storeAccumulatorInRegister(lhs)
	g.visitForAccumulatorValue(e.Right)
	g.setExpressionPosition(opPos)
	g.b.emit(reg, int32(lhs), slot)
}

// visitNaryArithmetic is V8's VisitNaryArithmeticExpression for a left-nested chain like
// a + b + c (or (a + b) + c) that its parser collapses into one NaryOperation: each later
// operand is visited, then given its BinaryOp slot.
func (g *gen) visitNaryArithmetic(e *ast.BinaryExpression, reg, smiOp bc.Opcode) {
	chain := []*ast.BinaryExpression{e}
	first := e.Left
	for {
		l, ok := first.(*ast.BinaryExpression)
		if !ok || l.Operator != e.Operator {
			break
		}
		chain = append(chain, l)
		first = l.Left
	}
	g.visitForAccumulatorValue(first)
	for i := len(chain) - 1; i >= 0; i-- {
		link := chain[i]
		opPos := g.operatorPosition(endOf(link.Left), exprStart(link.Right))
		if n, ok := smiLiteral(link.Right); ok {
			g.setExpressionPosition(opPos)
			g.b.emit(smiOp, n, g.b.slot(bc.SlotBinaryOp))
			continue
		}
		saved := g.b.regs.next
		lhs := g.b.regs.newRegister()
		g.b.storeAccumulatorInRegister(lhs)
		g.visitForAccumulatorValue(link.Right)
		g.setExpressionPosition(opPos)
		g.b.emit(reg, int32(lhs), g.b.slot(bc.SlotBinaryOp))
		g.b.regs.releaseTo(saved)
	}
}

func endOf(n ast.Node) int {
	_, e := n.Pos()
	return e
}

func isUndefinedLiteral(e ast.Expression) bool {
	if id, ok := e.(*ast.Identifier); ok && id.Name == "undefined" && (id.Var == nil || id.Var.Kind == ast.VarImplicitGlobal) {
		return true
	}
	if u, ok := e.(*ast.UnaryExpression); ok && u.Operator == "void" {
		if _, lit := u.Argument.(*ast.NumberLiteral); lit {
			return true
		}
	}
	return false
}

func (g *gen) visitCompare(e *ast.BinaryExpression) {
	if e.Operator == "!=" || e.Operator == "!==" {
		// the parser turns a != b into !(a == b)
		eq := &ast.BinaryExpression{Span: e.Span, Left: e.Left, Right: e.Right, Operator: e.Operator[:len(e.Operator)-1]}
		eq.Operator = map[string]string{"!=": "==", "!==": "==="}[e.Operator]
		g.visitNot(eq, e)
		return
	}
	opPos := g.operatorPosition(endOf(e.Left), exprStart(e.Right))
	if e.Operator == "in" {
		if pid, ok := e.Left.(*ast.PrivateIdentifier); ok {
			g.visitPrivateIn(pid, e.Right, opPos)
			g.setResultIsBoolean()
			return
		}
	}
	if e.Operator == "===" {
		if sub, b, ok := literalStrictCompareBoolean(e); ok {
			g.visitForAccumulatorValue(sub)
			g.setExpressionPosition(opPos)
			lhs := g.b.regs.newRegister()
			g.b.storeAccumulatorInRegister(lhs)
			if b {
				g.b.emit(bc.LdaTrue)
			} else {
				g.b.emit(bc.LdaFalse)
			}
			g.b.emit(bc.TestReferenceEqual, int32(lhs))
			g.setResultIsBoolean()
			return
		}
	}
	if e.Operator == "==" || e.Operator == "===" {
		if sub, nilUndef, ok := literalCompareNil(e); ok {
			g.visitForAccumulatorValue(sub)
			g.setExpressionPosition(opPos)
			g.buildLiteralCompareNil(e.Operator, nilUndef)
			g.setResultIsBoolean()
			return
		}
		if sub, lit, ok := literalCompareTypeof(e); ok {
			g.visitForTypeOfValue(sub)
			g.setExpressionPosition(opPos)
			if flag, ok := typeofFlag(lit); ok {
				g.b.emit(bc.TestTypeOf, flag)
			} else {
				g.b.emit(bc.LdaFalse)
			}
			g.setResultIsBoolean()
			return
		}
	}
	lhs := g.visitForRegisterValue(e.Left)
	g.visitForAccumulatorValue(e.Right)
	g.setExpressionPosition(opPos)
	switch e.Operator {
	case "in":
		g.b.emit(bc.TestIn, int32(lhs), g.b.slot(bc.SlotHasKeyed))
	case "instanceof":
		g.b.emit(bc.TestInstanceOf, int32(lhs), g.b.slot(bc.SlotInstanceOf))
	default:
		g.b.emit(compareOpcode(e.Operator), int32(lhs), 0)
	}
	g.setResultIsBoolean()
}

func compareOpcode(op string) bc.Opcode {
	switch op {
	case "==":
		return bc.TestEqual
	case "===":
		return bc.TestEqualStrict
	case "<":
		return bc.TestLessThan
	case ">":
		return bc.TestGreaterThan
	case "<=":
		return bc.TestLessThanOrEqual
	}
	return bc.TestGreaterThanOrEqual
}

func literalStrictCompareBoolean(e *ast.BinaryExpression) (ast.Expression, bool, bool) {
	if b, ok := e.Right.(*ast.BooleanLiteral); ok {
		return e.Left, b.Value, true
	}
	if b, ok := e.Left.(*ast.BooleanLiteral); ok {
		return e.Right, b.Value, true
	}
	return nil, false, false
}

// literalCompareNil matches x == null / x === undefined (either side).
func literalCompareNil(e *ast.BinaryExpression) (ast.Expression, bool, bool) {
	isNil := func(x ast.Expression) (bool, bool) {
		if _, ok := x.(*ast.NullLiteral); ok {
			return false, true
		}
		if isUndefinedLiteral(x) {
			return true, true
		}
		return false, false
	}
	if u, ok := isNil(e.Right); ok {
		return e.Left, u, true
	}
	if u, ok := isNil(e.Left); ok {
		return e.Right, u, true
	}
	return nil, false, false
}

func literalCompareTypeof(e *ast.BinaryExpression) (ast.Expression, string, bool) {
	check := func(a, b ast.Expression) (ast.Expression, string, bool) {
		u, ok := a.(*ast.UnaryExpression)
		if !ok || u.Operator != "typeof" {
			return nil, "", false
		}
		s, ok := b.(*ast.StringLiteral)
		if !ok {
			return nil, "", false
		}
		return u.Argument, s.Value, true
	}
	if x, s, ok := check(e.Left, e.Right); ok {
		return x, s, true
	}
	return check(e.Right, e.Left)
}

// typeofFlag is TestTypeOf's literal flag (V8's TestTypeOfFlags::LiteralFlag).
func typeofFlag(s string) (int32, bool) {
	switch s {
	case "number":
		return 0, true
	case "string":
		return 1, true
	case "symbol":
		return 2, true
	case "boolean":
		return 3, true
	case "bigint":
		return 4, true
	case "undefined":
		return 5, true
	case "function":
		return 6, true
	case "object":
		return 7, true
	}
	return 0, false
}

func (g *gen) buildLiteralCompareNil(op string, undef bool) {
	if g.isTest() {
		r := g.res
		switch r.fall {
		case fallThen:
			g.jumpIfNotNil(r.elseL, op, undef)
		case fallElse:
			g.jumpIfNil(r.thenL, op, undef)
		default:
			g.jumpIfNil(r.thenL, op, undef)
			g.b.jump(bc.Jump, r.elseL)
		}
		r.consumed = true
		return
	}
	switch {
	case op == "==":
		g.b.emit(bc.TestUndetectable)
	case undef:
		g.b.emit(bc.TestUndefined)
	default:
		g.b.emit(bc.TestNull)
	}
}

func (g *gen) jumpIfNil(l int, op string, undef bool) {
	switch {
	case op == "==":
		g.b.jump(bc.JumpIfUndefinedOrNull, l)
	case undef:
		g.b.jump(bc.JumpIfUndefined, l)
	default:
		g.b.jump(bc.JumpIfNull, l)
	}
}

func (g *gen) jumpIfNotNil(l int, op string, undef bool) {
	switch {
	case op == "==":
		g.b.emit(bc.TestUndetectable)
		g.b.jump(bc.JumpIfFalse, l)
	case undef:
		g.b.jump(bc.JumpIfNotUndefined, l)
	default:
		g.b.jump(bc.JumpIfNotNull, l)
	}
}

func (g *gen) visitForTypeOfValue(e ast.Expression) {
	if id, ok := e.(*ast.Identifier); ok {
		r := g.enterResult(resValue)
		g.loadVariable(id, true)
		g.exitResult(r)
		return
	}
	g.visitForAccumulatorValue(e)
}

// ---- unary operators

func (g *gen) visitUnary(e *ast.UnaryExpression) {
	switch e.Operator {
	case "!":
		g.visitNot(e.Argument, e)
	case "typeof":
		g.visitForTypeOfValue(e.Argument)
		g.b.emit(bc.TypeOf, g.b.slot(bc.SlotTypeOf))
	case "void":
		g.visitForEffect(e.Argument)
		g.b.emit(bc.LdaUndefined)
	case "delete":
		g.visitDelete(e)
	case "-":
		if f, ok := numberLiteral(e); ok {
			g.loadNumber(f)
			return
		}
		g.visitForAccumulatorValue(e.Argument)
		g.setExpressionPosition(e.Start)
		g.b.emit(bc.Negate, g.b.slot(bc.SlotBinaryOp))
	case "~":
		if f, ok := numberLiteral(e); ok {
			g.loadNumber(f)
			return
		}
		g.visitForAccumulatorValue(e.Argument)
		g.setExpressionPosition(e.Start)
		g.b.emit(bc.BitwiseNot, g.b.slot(bc.SlotBinaryOp))
	case "+":
		g.visitForAccumulatorValue(e.Argument)
		g.setExpressionPosition(e.Start)
		g.b.emit(bc.ToNumber, g.b.slot(bc.SlotBinaryOp))
	default:
		unsupported("unary %s", e.Operator)
	}
}

// visitNot compiles !arg (whole is the ! node, used for its position).
func (g *gen) visitNot(arg ast.Expression, whole ast.Expression) {
	switch {
	case g.isEffect():
		g.visitForEffect(arg)
	case g.isTest():
		g.res.invert()
		g.visitInSameResult(arg)
	default:
		if u, ok := arg.(*ast.UnaryExpression); ok && u.Operator == "!" {
			if !g.visitForAccumulatorValue(u.Argument) {
				g.b.emit(bc.ToBoolean)
			}
		} else {
			if g.visitForAccumulatorValue(arg) {
				g.b.emit(bc.LogicalNot)
			} else {
				g.b.emit(bc.ToBooleanLogicalNot)
			}
		}
		g.setResultIsBoolean()
	}
}

func (g *gen) visitDelete(e *ast.UnaryExpression) {
	arg := e.Argument
	if ch, ok := arg.(*ast.ChainExpression); ok {
		g.buildOptionalChain(func() {
			if m, ok := ch.Expression.(*ast.MemberExpression); ok {
				obj := g.visitForRegisterValue(m.Object)
				g.optionalCheck(m.Optional, obj)
				g.visitPropertyKeyForDelete(m)
				g.emitDelete(obj, e)
			} else {
				g.visitForEffect(ch.Expression)
				g.b.emit(bc.LdaTrue)
			}
		}, true)
		return
	}
	switch a := arg.(type) {
	case *ast.MemberExpression:
		if _, sup := a.Object.(*ast.Super); sup {
			if a.Computed {
				g.visitForEffect(a.Property)
			}
			g.b.emit(bc.CallRuntime, int32(bc.RtThrowUnsupportedSuperError), 0, 0)
			return
		}
		obj := g.visitForRegisterValue(a.Object)
		g.visitPropertyKeyForDelete(a)
		g.emitDelete(obj, e)
	case *ast.Identifier:
		if a.Var == nil || a.Var.Location == ast.LocGlobal || a.Var.Location == ast.LocUnallocated || a.Var.Location == ast.LocLookup {
			if a.Var != nil && a.Var.Kind != ast.VarImplicitGlobal && a.Var.Location != ast.LocLookup {
				g.b.emit(bc.LdaFalse)
				return
			}
			saved := g.b.regs.next
			name := g.b.regs.newRegister()
			g.b.emit(bc.LdaConstant, g.b.stringConst(a.Name))
			g.b.storeAccumulatorInRegister(name)
			g.b.emit(bc.CallRuntime, int32(bc.RtDeleteLookupSlot), int32(name), 1)
			g.b.regs.releaseTo(saved)
			return
		}
		g.b.emit(bc.LdaFalse)
	default:
		g.visitForEffect(arg)
		g.b.emit(bc.LdaTrue)
	}
}

func (g *gen) visitPropertyKeyForDelete(m *ast.MemberExpression) {
	if m.Computed {
		g.visitForAccumulatorValue(m.Property)
		return
	}
	g.b.emit(bc.LdaConstant, g.b.stringConst(m.Property.(*ast.Identifier).Name))
}

func (g *gen) emitDelete(obj bc.Register, e *ast.UnaryExpression) {
	g.setExpressionPosition(e.Start)
	if g.strict {
		g.b.emit(bc.DeletePropertyStrict, int32(obj))
	} else {
		g.b.emit(bc.DeletePropertySloppy, int32(obj))
	}
}

// ---- logical operators

func flattenLogical(e *ast.LogicalExpression) []ast.Expression {
	if l, ok := e.Left.(*ast.LogicalExpression); ok && l.Operator == e.Operator {
		return append(flattenLogical(l), e.Right)
	}
	return []ast.Expression{e.Left, e.Right}
}

func isLiteralNotNullish(e ast.Expression) bool {
	switch e.(type) {
	case *ast.NumberLiteral, *ast.StringLiteral, *ast.BooleanLiteral, *ast.BigIntLiteral:
		return true
	}
	return false
}

func isNullishLiteral(e ast.Expression) bool {
	if _, ok := e.(*ast.NullLiteral); ok {
		return true
	}
	return isUndefinedLiteral(e)
}

func (g *gen) visitLogical(e *ast.LogicalExpression) {
	ops := flattenLogical(e)
	switch e.Operator {
	case "||":
		if g.isTest() {
			r := g.res
			if truthiness(ops[0]) > 0 {
				g.b.jump(bc.Jump, r.thenL)
			} else {
				g.visitLogicalTest("||", ops)
			}
			r.consumed = true
			return
		}
		end := g.b.newLabel()
		for _, x := range ops[:len(ops)-1] {
			if truthiness(x) > 0 {
				g.visitForAccumulatorValue(x)
				g.b.bind(end)
				return
			} else if truthiness(x) == 0 {
				isBool := g.visitForAccumulatorValue(x)
				g.jumpIfTrue(isBool, end)
			}
		}
		g.visitForAccumulatorValue(ops[len(ops)-1])
		g.b.bind(end)
	case "&&":
		if g.isTest() {
			r := g.res
			if truthiness(ops[0]) < 0 {
				g.b.jump(bc.Jump, r.elseL)
			} else {
				g.visitLogicalTest("&&", ops)
			}
			r.consumed = true
			return
		}
		end := g.b.newLabel()
		for _, x := range ops[:len(ops)-1] {
			if truthiness(x) < 0 {
				g.visitForAccumulatorValue(x)
				g.b.bind(end)
				return
			} else if truthiness(x) == 0 {
				isBool := g.visitForAccumulatorValue(x)
				g.jumpIfFalse(isBool, end)
			}
		}
		g.visitForAccumulatorValue(ops[len(ops)-1])
		g.b.bind(end)
	case "??":
		if g.isTest() {
			r := g.res
			if isLiteralNotNullish(ops[0]) {
				if truthiness(ops[0]) > 0 {
					g.b.jump(bc.Jump, r.thenL)
				} else {
					g.b.jump(bc.Jump, r.elseL)
				}
			} else {
				g.visitLogicalTest("??", ops)
			}
			r.consumed = true
			return
		}
		end := g.b.newLabel()
		for _, x := range ops[:len(ops)-1] {
			if isLiteralNotNullish(x) {
				g.visitForAccumulatorValue(x)
				g.b.bind(end)
				return
			} else if !isNullishLiteral(x) {
				g.visitForAccumulatorValue(x)
				isNil := g.b.newLabel()
				g.b.jump(bc.JumpIfUndefinedOrNull, isNil)
				g.b.jump(bc.Jump, end)
				g.b.bind(isNil)
			}
		}
		g.visitForAccumulatorValue(ops[len(ops)-1])
		g.b.bind(end)
	}
}

func (g *gen) visitLogicalTest(op string, ops []ast.Expression) {
	r := g.res
	thenL, elseL, fall := r.thenL, r.elseL, r.fall
	for _, x := range ops[:len(ops)-1] {
		next := g.b.newLabel()
		switch op {
		case "||":
			g.visitForTest(x, thenL, next, fallElse)
		case "&&":
			g.visitForTest(x, next, elseL, fallThen)
		default:
			isBool := g.visitForAccumulatorValue(x)
			if !isBool {
				g.b.jump(bc.JumpIfUndefinedOrNull, next)
			}
			g.buildTest(isBool, thenL, elseL, fallNone)
		}
		g.b.bind(next)
	}
	before := g.saveHoleChecks()
	g.visitForTest(ops[len(ops)-1], thenL, elseL, fall)
	g.restoreHoleChecks(before)
}

func (g *gen) visitConditional(e *ast.ConditionalExpression) {
	switch truthiness(e.Test) {
	case 1:
		g.visitForAccumulatorValue(e.Consequent)
		return
	case -1:
		g.visitForAccumulatorValue(e.Alternate)
		return
	}
	thenL, elseL, end := g.b.newLabel(), g.b.newLabel(), g.b.newLabel()
	g.visitForTest(e.Test, thenL, elseL, fallThen)
	before := g.saveHoleChecks()
	g.b.bind(thenL)
	g.visitForAccumulatorValue(e.Consequent)
	afterThen := g.holeChecked
	g.restoreHoleChecks(copyChecks(before))
	g.b.jump(bc.Jump, end)
	g.b.bind(elseL)
	g.visitForAccumulatorValue(e.Alternate)
	g.restoreHoleChecks(intersectChecks(afterThen, g.holeChecked))
	g.b.bind(end)
}

// ---- properties

func propertyName(m *ast.MemberExpression) (string, bool) {
	if m.Computed {
		if s, ok := m.Property.(*ast.StringLiteral); ok && !isArrayIndex(s.Value) {
			return s.Value, true
		}
		return "", false
	}
	if id, ok := m.Property.(*ast.Identifier); ok {
		return id.Name, true
	}
	return "", false
}

func isArrayIndex(s string) bool {
	if s == "" || len(s) > 10 || (len(s) > 1 && s[0] == '0') {
		return false
	}
	n := uint64(0)
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		n = n*10 + uint64(s[i]-'0')
	}
	return n < 4294967295
}

func isSuper(e ast.Expression) bool { _, ok := e.(*ast.Super); return ok }

func (g *gen) visitProperty(m *ast.MemberExpression) {
	if isSuper(m.Object) {
		g.visitSuperPropertyLoad(m, bc.RegInvalid)
		return
	}
	obj := g.visitForRegisterValue(m.Object)
	g.visitPropertyLoad(obj, m)
}

// optionalCheck emits the short-circuit test of an optional chain link.
func (g *gen) optionalCheck(optional bool, obj bc.Register) {
	if !optional {
		return
	}
	g.b.loadAccumulatorWithRegister(obj)
	g.b.jump(bc.JumpIfUndefinedOrNull, g.optionalNull)
}

func (g *gen) visitPropertyLoad(obj bc.Register, m *ast.MemberExpression) {
	g.optionalCheck(m.Optional, obj)
	if pid, ok := m.Property.(*ast.PrivateIdentifier); ok {
		g.visitPrivateLoad(obj, pid, m)
		return
	}
	if name, ok := propertyName(m); ok {
		if m.Optional && !m.Computed {
			g.setExpressionPosition(g.optionalDotPosition(m))
		} else if dot, ok := g.dotAfterCall(m); ok {
			g.setExpressionPosition(dot)
		} else {
			g.setExpressionPosition(exprStart(m.Property))
		}
		g.b.emit(bc.GetNamedProperty, int32(obj), g.b.stringConst(name), g.cachedLoadICSlot(m.Object, name))
		return
	}
	g.visitForAccumulatorValue(m.Property)
	g.setExpressionPosition(g.keyedPosition(m))
	if s := g.enumeratedKey(m.Property); s != nil {
		g.b.emit(bc.GetEnumeratedKeyedProperty, int32(obj), int32(s.index), int32(s.cacheType), g.b.slot(bc.SlotLoadKeyed))
		return
	}
	g.b.emit(bc.GetKeyedProperty, int32(obj), g.b.slot(bc.SlotLoadKeyed))
}

// dotAfterCall is the `.` of a named access that follows a call in the same unparenthesized
// chain (f().x, a.b().c.d): V8 parses those in ParseLeftHandSideContinuation, which gives the
// property the dot's position instead of the name's.
func (g *gen) dotAfterCall(m *ast.MemberExpression) (int, bool) {
	if m.Computed {
		return 0, false
	}
	src := g.script.Source
	dot := -1
	for i := endOf(m.Object); i < exprStart(m.Property) && i < len(src); i++ {
		if src[i] == '.' {
			dot = i
			break
		}
	}
	if dot < 0 {
		return 0, false
	}
	for o := m.Object; ; {
		// a parenthesized link ends the chain: (f()).x is a member continuation again
		for i := endOf(o); i < len(src) && src[i] != '.' && src[i] != '['; i++ {
			if src[i] == ')' {
				return 0, false
			}
		}
		switch x := o.(type) {
		case *ast.CallExpression:
			return dot, true
		case *ast.MemberExpression:
			if x.Optional {
				return 0, false
			}
			o = x.Object
		default:
			return 0, false
		}
	}
}

// optionalDotPosition is the `?.` of an optional named access (V8's property position there).
func (g *gen) optionalDotPosition(m *ast.MemberExpression) int {
	src := g.script.Source
	for i := endOf(m.Object); i+1 < exprStart(m.Property) && i+1 < len(src); i++ {
		if src[i] == '?' && src[i+1] == '.' {
			return i
		}
	}
	return exprStart(m.Property)
}

// keyedPosition is the `[` of a computed member access.
func (g *gen) keyedPosition(m *ast.MemberExpression) int {
	src := g.script.Source
	for i := endOf(m.Object); i < exprStart(m.Property) && i < len(src); i++ {
		if src[i] == '[' {
			return i
		}
	}
	return exprStart(m.Property)
}

func (g *gen) visitPropertyLoadForRegister(obj bc.Register, m *ast.MemberExpression, dst bc.Register) {
	saved := g.b.regs.next
	g.visitPropertyLoad(obj, m)
	g.b.regs.releaseTo(saved)
	g.b.storeAccumulatorInRegister(dst)
}

// ---- optional chains

func (g *gen) visitOptionalChain(e *ast.ChainExpression) {
	g.buildOptionalChain(func() { g.visitForAccumulatorValue(e.Expression) }, false)
}

func (g *gen) buildOptionalChain(body func(), isDelete bool) {
	done := g.b.newLabel()
	savedLabel, savedIn := g.optionalNull, g.inOptional
	g.optionalNull = g.b.newLabel()
	g.inOptional = true
	before := g.saveHoleChecks()
	body()
	g.b.jump(bc.Jump, done)
	g.b.bind(g.optionalNull)
	if isDelete {
		g.b.emit(bc.LdaTrue)
	} else {
		g.b.emit(bc.LdaUndefined)
	}
	g.b.bind(done)
	g.restoreHoleChecks(before)
	g.optionalNull, g.inOptional = savedLabel, savedIn
}

// ---- new.target, import()

func (g *gen) visitNewTarget(e *ast.MetaProperty) {
	var v *ast.Variable
	if e != nil {
		v = e.Var
	} else {
		v = g.newTargetVar()
	}
	if v != nil && v.Location != ast.LocUnallocated {
		g.buildVariableLoad(v, false, false, ".new.target")
		return
	}
	if g.incoming.IsValid() && g.fn != nil && !g.fn.IsGenerator && !g.fn.IsAsync {
		g.b.loadAccumulatorWithRegister(g.incoming)
		return
	}
	g.b.emit(bc.LdaUndefined)
}

// newTargetVar is the new.target variable of the closest non-arrow function.
func (g *gen) newTargetVar() *ast.Variable {
	for s := g.curScope; s != nil; s = s.Outer {
		if s.Type == ast.FunctionScope && !s.IsArrowScope {
			return s.NewTargetVar
		}
	}
	return nil
}

func (g *gen) lookupSpecial(name string) *ast.Variable {
	for s := g.curScope; s != nil; s = s.Outer {
		if v := s.Lookup(name); v != nil {
			return v
		}
		if s.Type == ast.FunctionScope && !s.IsArrowScope {
			return nil
		}
	}
	return nil
}

func (g *gen) visitImportCall(e *ast.ImportCall) {
	saved := g.b.regs.next
	args := g.b.regs.newRegisterList(2)
	g.b.moveRegister(bc.RegFunctionClosure, args.Register(0))
	g.visitForAccumulatorValue(e.Source)
	g.b.storeAccumulatorInRegister(args.Register(1))
	g.b.emit(bc.CallRuntime, int32(bc.RtDynamicImportCall), int32(args.First), 2)
	g.b.regs.releaseTo(saved)
}

// exprPos is V8's position of an expression node (Expression::position()): operators for
// binary, logical, assignment and postfix operations, the property name for member
// accesses, the call position for calls, the start otherwise.
func (g *gen) exprPos(e ast.Expression) int {
	switch e := e.(type) {
	case *ast.BinaryExpression:
		return g.operatorPosition(endOf(e.Left), exprStart(e.Right))
	case *ast.LogicalExpression:
		return g.operatorPosition(endOf(e.Left), exprStart(e.Right))
	case *ast.AssignmentExpression:
		return g.operatorPosition(endOf(e.Left), exprStart(e.Right))
	case *ast.CallExpression:
		return g.callPosition(e)
	case *ast.MemberExpression:
		if e.Computed {
			return g.keyedPosition(e)
		}
		if e.Optional {
			return g.optionalDotPosition(e)
		}
		return exprStart(e.Property)
	case *ast.UpdateExpression:
		if !e.Prefix {
			return g.operatorPosition(endOf(e.Argument), e.End)
		}
	case *ast.ChainExpression:
		return g.exprPos(e.Expression)
	case *ast.SequenceExpression:
		if len(e.Expressions) > 1 {
			return g.operatorPosition(endOf(e.Expressions[0]), exprStart(e.Expressions[1]))
		}
	}
	return exprStart(e)
}
