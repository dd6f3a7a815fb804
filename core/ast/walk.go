package ast

// Inspect traverses the tree rooted at n in source order, calling f for each
// node; if f returns false the node's children are skipped. Preparsed
// function bodies are not visited (they are nil).
func Inspect(n Node, f func(Node) bool) {
	if n == nil || isNilNode(n) || !f(n) {
		return
	}
	switch n := n.(type) {
	case *Program:
		stmts(n.Body, f)
	case *BlockStatement:
		stmts(n.Body, f)
	case *ExpressionStatement:
		Inspect(n.Expression, f)
	case *IfStatement:
		Inspect(n.Test, f)
		Inspect(n.Consequent, f)
		Inspect(n.Alternate, f)
	case *LabeledStatement:
		Inspect(n.Label, f)
		Inspect(n.Body, f)
	case *BreakStatement:
		Inspect(n.Label, f)
	case *ContinueStatement:
		Inspect(n.Label, f)
	case *WithStatement:
		Inspect(n.Object, f)
		Inspect(n.Body, f)
	case *SwitchStatement:
		Inspect(n.Discriminant, f)
		for _, c := range n.Cases {
			Inspect(c, f)
		}
	case *SwitchCase:
		Inspect(n.Test, f)
		stmts(n.Consequent, f)
	case *ReturnStatement:
		Inspect(n.Argument, f)
	case *ThrowStatement:
		Inspect(n.Argument, f)
	case *TryStatement:
		Inspect(n.Block, f)
		Inspect(n.Handler, f)
		Inspect(n.Finalizer, f)
	case *CatchClause:
		Inspect(n.Param, f)
		Inspect(n.Body, f)
	case *WhileStatement:
		Inspect(n.Test, f)
		Inspect(n.Body, f)
	case *DoWhileStatement:
		Inspect(n.Body, f)
		Inspect(n.Test, f)
	case *ForStatement:
		Inspect(n.Init, f)
		Inspect(n.Test, f)
		Inspect(n.Update, f)
		Inspect(n.Body, f)
	case *ForInStatement:
		Inspect(n.Left, f)
		Inspect(n.Right, f)
		Inspect(n.Body, f)
	case *ForOfStatement:
		Inspect(n.Left, f)
		Inspect(n.Right, f)
		Inspect(n.Body, f)
	case *FunctionDeclaration:
		Inspect(n.Function, f)
	case *ClassDeclaration:
		Inspect(n.Class, f)
	case *VariableDeclaration:
		for _, d := range n.Declarations {
			Inspect(d, f)
		}
	case *VariableDeclarator:
		Inspect(n.ID, f)
		Inspect(n.Init, f)
	case *TemplateLiteral:
		for i, q := range n.Quasis {
			Inspect(q, f)
			if i < len(n.Expressions) {
				Inspect(n.Expressions[i], f)
			}
		}
	case *TaggedTemplateExpression:
		Inspect(n.Tag, f)
		Inspect(n.Quasi, f)
	case *ArrayLiteral:
		for _, e := range n.Elements {
			Inspect(e, f)
		}
	case *ObjectLiteral:
		for _, p := range n.Properties {
			Inspect(p, f)
		}
	case *Property:
		if n.Shorthand {
			Inspect(n.Value, f)
		} else {
			Inspect(n.Key, f)
			Inspect(n.Value, f)
		}
	case *SpreadElement:
		Inspect(n.Argument, f)
	case *FunctionLiteral:
		Inspect(n.Name, f)
		for _, p := range n.Params {
			Inspect(p, f)
		}
		stmts(n.Body, f)
	case *ClassLiteral:
		Inspect(n.Name, f)
		Inspect(n.SuperClass, f)
		for _, e := range n.Body {
			Inspect(e, f)
		}
	case *MethodDefinition:
		Inspect(n.Key, f)
		Inspect(n.Value, f)
	case *PropertyDefinition:
		Inspect(n.Key, f)
		Inspect(n.Value, f)
	case *StaticBlock:
		stmts(n.Body, f)
	case *SequenceExpression:
		for _, e := range n.Expressions {
			Inspect(e, f)
		}
	case *ConditionalExpression:
		Inspect(n.Test, f)
		Inspect(n.Consequent, f)
		Inspect(n.Alternate, f)
	case *LogicalExpression:
		Inspect(n.Left, f)
		Inspect(n.Right, f)
	case *BinaryExpression:
		Inspect(n.Left, f)
		Inspect(n.Right, f)
	case *UnaryExpression:
		Inspect(n.Argument, f)
	case *UpdateExpression:
		Inspect(n.Argument, f)
	case *AssignmentExpression:
		Inspect(n.Left, f)
		Inspect(n.Right, f)
	case *MemberExpression:
		Inspect(n.Object, f)
		Inspect(n.Property, f)
	case *CallExpression:
		Inspect(n.Callee, f)
		for _, a := range n.Arguments {
			Inspect(a, f)
		}
	case *ChainExpression:
		Inspect(n.Expression, f)
	case *NewExpression:
		Inspect(n.Callee, f)
		for _, a := range n.Arguments {
			Inspect(a, f)
		}
	case *ImportCall:
		Inspect(n.Source, f)
		Inspect(n.Options, f)
	case *YieldExpression:
		Inspect(n.Argument, f)
	case *AwaitExpression:
		Inspect(n.Argument, f)
	case *NativeCall:
		for _, a := range n.Arguments {
			Inspect(a, f)
		}
	case *MetaProperty:
		Inspect(n.Meta, f)
		Inspect(n.Property, f)
	case *ObjectPattern:
		for _, p := range n.Properties {
			Inspect(p, f)
		}
		Inspect(n.Rest, f)
	case *PatternProperty:
		if !n.Shorthand {
			Inspect(n.Key, f)
		}
		Inspect(n.Value, f)
	case *ArrayPattern:
		for _, e := range n.Elements {
			Inspect(e, f)
		}
	case *AssignmentPattern:
		Inspect(n.Left, f)
		Inspect(n.Right, f)
	case *RestElement:
		Inspect(n.Argument, f)
	}
}

func stmts(list []Statement, f func(Node) bool) {
	for _, s := range list {
		Inspect(s, f)
	}
}

// isNilNode catches typed nil pointers stored in interfaces.
func isNilNode(n Node) bool {
	switch n := n.(type) {
	case *Identifier:
		return n == nil
	case *BlockStatement:
		return n == nil
	case *CatchClause:
		return n == nil
	case *FunctionLiteral:
		return n == nil
	case *TemplateLiteral:
		return n == nil
	case *PrivateIdentifier:
		return n == nil
	case *ClassLiteral:
		return n == nil
	case *SwitchCase:
		return n == nil
	case *VariableDeclaration:
		return n == nil
	}
	return false
}
