package parser

import (
	"enginescope/core/ast"
)

type classState struct {
	lit      *ast.ClassLiteral
	scope    *pscope
	privates map[string]*privDecl
	refs     []privRef
	instInit *initFunc
	statInit *initFunc
	derived  bool
	// the enclosing function, whose strictness the class body raised
	fn          *funcState
	savedStrict bool
}

type privDecl struct {
	v      *ast.Variable
	static bool
	get    bool
	set    bool
}

type privRef struct {
	pi        *ast.PrivateIdentifier
	prevStart int
}

type initFunc struct {
	lit   *ast.FunctionLiteral
	fs    *funcState
	scope *pscope
}

func (p *parser) parseClassDeclaration() ast.Statement {
	cl := p.parseClass(false).(*ast.ClassLiteral)
	return &ast.ClassDeclaration{Span: cl.Span, Class: cl}
}

func (p *parser) parseClass(isExpr bool) ast.Expression {
	start := p.s.start
	p.next()
	savedStrict := p.fn.strict
	p.fn.strict = true
	cl := &ast.ClassLiteral{IsExpression: isExpr}
	var outerVar *ast.Variable
	if p.tok == tIdentifier {
		cl.Name = p.parseBindingIdentifier()
		if !isExpr {
			outerVar = p.declareLexicalClass(cl.Name)
			cl.Name.Var = outerVar
		}
	} else if !isExpr {
		p.unexpected()
	}
	cs := p.pushScope(ast.ClassScope, start)
	cs.s.Strict = true
	cl.Scope = cs.s
	st := &classState{lit: cl, scope: cs, privates: map[string]*privDecl{}, fn: p.fn, savedStrict: savedStrict}
	if cl.Name != nil {
		cv := newVar(cl.Name.Name, ast.VarClassName, cl.Name.Start, cl.Name.End)
		cv.Scope = cs.s
		cs.s.ClassVar = cv
		if isExpr {
			cl.Name.Var = cv
		}
	}
	if p.tok == tExtends {
		p.next()
		hs := p.s.start
		p.assignStart = -1 // the heritage is a LeftHandSideExpression: no arrows
		cl.SuperClass = p.parseSubscripts(p.parseLHSNoSubscripts(), hs, false)
		st.derived = true
	}
	cl.BodyStart = p.s.start
	p.expect(tLBrace)
	p.classes = append(p.classes, st)
	for p.tok != tRBrace {
		if p.tok == tSemicolon {
			p.next()
			continue
		}
		if p.tok == tEOF {
			p.unexpected()
		}
		if el := p.parseClassElement(st); el != nil {
			cl.Body = append(cl.Body, el)
		}
	}
	p.next()
	cl.Span = p.span(start)
	if st.instInit != nil {
		p.closeInit(st.instInit, cl)
		cl.InstanceInit = st.instInit.lit
	}
	if st.statInit != nil {
		p.closeInit(st.statInit, cl)
		cl.StaticInit = st.statInit.lit
	}
	p.checkOctalIn(p.fn, start, cl.End)
	p.classes = p.classes[:len(p.classes)-1]
	p.resolvePrivates(st)
	// private methods and accessors are checked against the class brand
	for _, v := range cs.s.Vars {
		if v.Kind == ast.VarPrivateMethod || v.Kind == ast.VarPrivateAccessor {
			b := newVar(".brand", ast.VarBrand, -1, -1)
			b.Used = true
			cs.s.Declare(b)
			break
		}
	}
	p.scope = cs
	p.popScope(p.prevEnd)
	if cs.s.ClassVar != nil {
		cs.s.ClassVar.InitPos = cl.End
	}
	if outerVar != nil {
		outerVar.InitPos = cl.End
	}
	if cl.Constructor != nil && cl.Name != nil {
		cl.Constructor.InferredName = cl.Name.Name
	}
	p.fn.strict = savedStrict
	return cl
}

// parseLHSNoSubscripts parses the start of a class heritage (a LeftHandSideExpression).
func (p *parser) parseLHSNoSubscripts() ast.Expression {
	switch p.tok {
	case tNew:
		return p.parseNew()
	case tSuper:
		return p.parseSuper(false)
	case tImport:
		return p.parseImport()
	}
	e := p.parsePrimary(nil)
	if p.isArrowFn(e) {
		p.unexpected()
	}
	return e
}

func (p *parser) declareLexicalClass(id *ast.Identifier) *ast.Variable {
	return p.declareLexical(id, ast.VarClass)
}

func isNamedKey(key ast.Expression, computed bool, name string) bool {
	if computed {
		return false
	}
	switch k := key.(type) {
	case *ast.Identifier:
		return k.Name == name
	case *ast.StringLiteral:
		return k.Value == name
	}
	return false
}

func (p *parser) parseClassElement(st *classState) ast.ClassElement {
	start := p.s.start
	isStatic, isAsync, isGen := false, false, false
	kind := ast.MethodMethod
	notName := func(t token) bool {
		return t != tLParen && t != tAssign && t != tSemicolon && t != tRBrace
	}
	if p.isContextual("static") {
		t, _ := p.peek()
		if t == tLBrace {
			return p.parseStaticBlock(st, start)
		}
		if notName(t) {
			isStatic = true
			p.next()
		}
	}
	// a static method's source text (Function.prototype.toString) starts after `static`
	fnStart := p.s.start
	if p.isContextual("async") {
		t, sst := p.peek()
		if notName(t) && !sst.nlBefore {
			isAsync = true
			p.next()
		}
	}
	if p.tok == tMul {
		isGen = true
		p.next()
	}
	if !isAsync && !isGen && p.tok == tIdentifier && !p.s.escaped && (p.s.lit == "get" || p.s.lit == "set") {
		t, _ := p.peek()
		if notName(t) {
			if p.s.lit == "get" {
				kind = ast.MethodGet
			} else {
				kind = ast.MethodSet
			}
			p.next()
		}
	}
	var key ast.Expression
	computed := false
	keyStart, keyEnd := p.s.start, p.s.end
	private := false
	switch p.tok {
	case tLBrack:
		p.next()
		key = p.parseAssign(false)
		p.expect(tRBrack)
		computed = true
	case tPrivateName:
		pi := &ast.PrivateIdentifier{Span: ast.Span{Start: p.s.start, End: p.s.end}, Name: p.s.lit[1:]}
		key = pi
		private = true
		p.next()
	default:
		key, _ = p.parsePropertyName()
	}
	if p.tok == tLParen {
		fk := ast.FuncMethod
		switch kind {
		case ast.MethodGet:
			fk = ast.FuncGetter
		case ast.MethodSet:
			fk = ast.FuncSetter
		}
		if private && key.(*ast.PrivateIdentifier).Name == "constructor" {
			p.errorAt("Class constructor may not be a private method", keyStart, keyEnd)
		}
		isCtor := !isStatic && !private && isNamedKey(key, computed, "constructor")
		if isCtor {
			switch {
			case kind != ast.MethodMethod:
				p.errorAt("Class constructor may not be an accessor", keyStart, keyEnd)
			case isGen:
				p.errorAt("Class constructor may not be a generator", keyStart, keyEnd)
			case isAsync:
				p.errorAt("Class constructor may not be an async method", keyStart, keyEnd)
			}
			if st.lit.Constructor != nil {
				p.errorAt("A class may only have one constructor", keyStart, keyEnd)
			}
			fk = ast.FuncClassConstructor
			if st.derived {
				fk = ast.FuncDerivedConstructor
			}
			kind = ast.MethodConstructor
		}
		if isStatic && isNamedKey(key, computed, "prototype") {
			p.errorAt("Classes may not have a static property named 'prototype'", keyStart, keyEnd)
		}
		fn := p.parseMethod(fnStart, fk, isAsync, isGen, isStatic, st)
		if private {
			p.declarePrivateAt(st, key.(*ast.PrivateIdentifier), kind, isStatic, p.prevStart, p.prevEnd)
		}
		if name, ok := propKeyName(key); ok && !computed {
			fn.InferredName = name
		}
		if private {
			fn.InferredName = "#" + key.(*ast.PrivateIdentifier).Name
		}
		md := &ast.MethodDefinition{Span: p.span(start), Kind: kind, Key: key, Value: fn, Computed: computed, Static: isStatic}
		if isCtor {
			st.lit.Constructor = fn
		}
		return md
	}
	if isAsync || isGen || kind != ast.MethodMethod {
		p.unexpected()
	}
	// field
	if (private && key.(*ast.PrivateIdentifier).Name == "constructor") || (!private && isNamedKey(key, computed, "constructor")) {
		p.errorAt("Classes may not have a field named 'constructor'", keyStart, keyEnd)
	}
	if isStatic && isNamedKey(key, computed, "prototype") {
		p.errorAt("Classes may not have a static property named 'prototype'", keyStart, keyEnd)
	}
	pd := &ast.PropertyDefinition{Key: key, Computed: computed, Static: isStatic}
	init := p.initFunction(st, isStatic)
	if p.tok == tAssign {
		p.next()
		savedFn, savedScope := p.fn, p.scope
		p.fn, p.scope = init.fs, init.scope
		pd.Value = p.parseAssign(false)
		if name, ok := propKeyName(key); ok && !computed {
			p.nameFunction(pd.Value, name)
		}
		p.fn, p.scope = savedFn, savedScope
	}
	// fields end like statements (ASI)
	p.consumeSemicolon()
	if private {
		p.declarePrivate(st, key.(*ast.PrivateIdentifier), fieldKind, isStatic)
	}
	pd.Span = ast.Span{Start: start, End: p.prevEnd}
	return pd
}

// fieldKind marks a private field in declarePrivate.
const fieldKind ast.MethodKind = 255

// declarePrivate declares #name in the class scope.
func (p *parser) declarePrivate(st *classState, pi *ast.PrivateIdentifier, kind ast.MethodKind, static bool) {
	p.declarePrivateAt(st, pi, kind, static, pi.Start, pi.End)
}

// declarePrivateAt reports a redeclaration at [errStart, errEnd).
func (p *parser) declarePrivateAt(st *classState, pi *ast.PrivateIdentifier, kind ast.MethodKind, static bool, errStart, errEnd int) {
	name := "#" + pi.Name
	if d, ok := st.privates[name]; ok {
		isGet, isSet := kind == ast.MethodGet, kind == ast.MethodSet
		if d.static == static && ((d.get && !d.set && isSet) || (d.set && !d.get && isGet)) {
			d.get = d.get || isGet
			d.set = d.set || isSet
			pi.Var = d.v
			return
		}
		p.errorAt("Identifier '"+name+"' has already been declared", errStart, errEnd)
	}
	vk := ast.VarPrivateName
	switch kind {
	case fieldKind:
	case ast.MethodMethod:
		vk = ast.VarPrivateMethod
	case ast.MethodGet, ast.MethodSet:
		vk = ast.VarPrivateAccessor
	}
	v := newVar(name, vk, pi.Start, pi.End)
	v.NeedsHoleCheck = false
	st.scope.s.Declare(v)
	pi.Var = v
	st.privates[name] = &privDecl{v: v, static: static, get: kind == ast.MethodGet, set: kind == ast.MethodSet}
}

// usePrivate records a reference to a private name (resolved when the class ends).
func (p *parser) usePrivate(pi *ast.PrivateIdentifier, prevStart int) {
	if n := len(p.classes); n > 0 {
		c := p.classes[n-1]
		c.refs = append(c.refs, privRef{pi, prevStart})
		return
	}
	// re-parsing a method: resolve through the enclosing class scopes
	for s := p.scope.s; s != nil; s = s.Outer {
		if s.Type == ast.ClassScope {
			if v := s.Lookup("#" + pi.Name); v != nil {
				pi.Var = v
				return
			}
		}
	}
	p.errorAt("Private field '#"+pi.Name+"' must be declared in an enclosing class", prevStart, prevStart+1)
}

func (p *parser) resolvePrivates(st *classState) {
	for _, r := range st.refs {
		if d, ok := st.privates["#"+r.pi.Name]; ok {
			r.pi.Var = d.v
			continue
		}
		if n := len(p.classes); n > 0 {
			p.classes[n-1].refs = append(p.classes[n-1].refs, r)
			continue
		}
		found := false
		for s := st.scope.s.Outer; s != nil; s = s.Outer {
			if s.Type == ast.ClassScope {
				if v := s.Lookup("#" + r.pi.Name); v != nil {
					r.pi.Var = v
					found = true
					break
				}
			}
		}
		if !found {
			p.errorAt("Private field '#"+r.pi.Name+"' must be declared in an enclosing class", r.prevStart, r.prevStart+1)
		}
	}
}

// initFunction returns (creating on first use) the synthetic function that
// evaluates the class's instance or static field initializers.
func (p *parser) initFunction(st *classState, static bool) *initFunc {
	slot := &st.instInit
	kind := ast.FuncClassMembersInitializer
	if static {
		slot = &st.statInit
		kind = ast.FuncClassStaticInitializer
	}
	if *slot != nil {
		return *slot
	}
	f := p.newFunctionLiteral(st.lit.Span.Start)
	if f.Start == 0 {
		f.Start = st.scope.s.Start
	}
	f.Kind = kind
	f.IsMethod = true
	f.IsStatic = static
	f.Class = st.lit
	f.Strict = true
	f.SimpleParams = true
	fs := &funcState{parent: p.fn, lit: f, strict: true, start: f.Start, newTarget: true, superProp: true, fieldInit: true, kind: kind}
	savedScope := p.scope
	p.scope = st.scope
	ps := p.pushScope(ast.FunctionScope, p.s.start)
	p.scope = savedScope
	ps.s.Function = f
	ps.s.Strict = true
	ps.s.HasSimpleParams = true
	ps.fn = fs
	fs.scope = ps
	f.Scope = ps.s
	*slot = &initFunc{lit: f, fs: fs, scope: ps}
	return *slot
}

func (p *parser) closeInit(in *initFunc, cl *ast.ClassLiteral) {
	in.lit.Start = cl.Start
	in.lit.End = cl.End
	in.lit.ParamsStart = cl.BodyStart
	in.lit.BodyStart = cl.BodyStart
	in.scope.s.End = cl.End
}

func (p *parser) parseStaticBlock(st *classState, start int) ast.ClassElement {
	p.next() // static
	init := p.initFunction(st, true)
	savedFn, savedScope := p.fn, p.scope
	p.scope = init.scope
	bs := p.pushScope(ast.BlockScope, p.s.start)
	bs.s.IsDeclarationScope = true
	fs := &funcState{parent: init.fs, lit: init.lit, strict: true, start: start, newTarget: true, superProp: true, fieldInit: true, isStatic: true, scope: bs}
	bs.fn = fs
	p.fn = fs
	p.expect(tLBrace)
	var body []ast.Statement
	for p.tok != tRBrace {
		if p.tok == tEOF {
			p.unexpected()
		}
		body = append(body, p.parseStatementListItem())
	}
	p.next()
	p.hoistBlockFunctions(bs)
	bs.s.End = p.prevEnd
	p.fn, p.scope = savedFn, savedScope
	return &ast.StaticBlock{Span: p.span(start), Body: body, Scope: bs.s}
}
