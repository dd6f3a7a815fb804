package parser

// token is a lexical token kind.
type token uint8

const (
	tEOF token = iota
	tIllegal
	tIdentifier // includes contextual keywords (let, async, of, yield, await, static, ...)
	tPrivateName
	tNumber
	tBigInt
	tString
	tTemplate // a template chunk: `...` , `...${ , }...${ , }...`
	tRegExp

	// punctuators
	tLBrace    // {
	tRBrace    // }
	tLParen    // (
	tRParen    // )
	tLBrack    // [
	tRBrack    // ]
	tDot       // .
	tEllipsis  // ...
	tSemicolon // ;
	tComma     // ,
	tLT        // <
	tGT        // >
	tLE        // <=
	tGE        // >=
	tEq        // ==
	tNE        // !=
	tEqStrict  // ===
	tNEStrict  // !==
	tAdd       // +
	tSub       // -
	tMul       // *
	tDiv       // /
	tMod       // %
	tExp       // **
	tInc       // ++
	tDec       // --
	tShl       // <<
	tSar       // >>
	tShr       // >>>
	tBitAnd    // &
	tBitOr     // |
	tBitXor    // ^
	tNot       // !
	tBitNot    // ~
	tAnd       // &&
	tOr        // ||
	tNullish   // ??
	tOptChain  // ?.
	tQuestion  // ?
	tColon     // :
	tAssign    // =
	tAssignAdd
	tAssignSub
	tAssignMul
	tAssignDiv
	tAssignMod
	tAssignExp
	tAssignShl
	tAssignSar
	tAssignShr
	tAssignBitAnd
	tAssignBitOr
	tAssignBitXor
	tAssignAnd
	tAssignOr
	tAssignNullish
	tArrow // =>

	// keywords (reserved words)
	tBreak
	tCase
	tCatch
	tClass
	tConst
	tContinue
	tDebugger
	tDefault
	tDelete
	tDo
	tElse
	tEnum
	tExport
	tExtends
	tFalse
	tFinally
	tFor
	tFunction
	tIf
	tImport
	tIn
	tInstanceof
	tNew
	tNull
	tReturn
	tSuper
	tSwitch
	tThis
	tThrow
	tTrue
	tTry
	tTypeof
	tVar
	tVoid
	tWhile
	tWith
	tLastToken
)

var tokenText = [tLastToken]string{
	tEOF: "end of input", tIllegal: "ILLEGAL", tIdentifier: "identifier", tPrivateName: "#name",
	tNumber: "number", tBigInt: "bigint", tString: "string", tTemplate: "template", tRegExp: "regexp",
	tLBrace: "{", tRBrace: "}", tLParen: "(", tRParen: ")", tLBrack: "[", tRBrack: "]",
	tDot: ".", tEllipsis: "...", tSemicolon: ";", tComma: ",", tLT: "<", tGT: ">", tLE: "<=",
	tGE: ">=", tEq: "==", tNE: "!=", tEqStrict: "===", tNEStrict: "!==", tAdd: "+", tSub: "-",
	tMul: "*", tDiv: "/", tMod: "%", tExp: "**", tInc: "++", tDec: "--", tShl: "<<", tSar: ">>",
	tShr: ">>>", tBitAnd: "&", tBitOr: "|", tBitXor: "^", tNot: "!", tBitNot: "~", tAnd: "&&",
	tOr: "||", tNullish: "??", tOptChain: "?.", tQuestion: "?", tColon: ":", tAssign: "=",
	tAssignAdd: "+=", tAssignSub: "-=", tAssignMul: "*=", tAssignDiv: "/=", tAssignMod: "%=",
	tAssignExp: "**=", tAssignShl: "<<=", tAssignSar: ">>=", tAssignShr: ">>>=",
	tAssignBitAnd: "&=", tAssignBitOr: "|=", tAssignBitXor: "^=", tAssignAnd: "&&=",
	tAssignOr: "||=", tAssignNullish: "??=", tArrow: "=>",
	tBreak: "break", tCase: "case", tCatch: "catch", tClass: "class", tConst: "const",
	tContinue: "continue", tDebugger: "debugger", tDefault: "default", tDelete: "delete",
	tDo: "do", tElse: "else", tEnum: "enum", tExport: "export", tExtends: "extends",
	tFalse: "false", tFinally: "finally", tFor: "for", tFunction: "function", tIf: "if",
	tImport: "import", tIn: "in", tInstanceof: "instanceof", tNew: "new", tNull: "null",
	tReturn: "return", tSuper: "super", tSwitch: "switch", tThis: "this", tThrow: "throw",
	tTrue: "true", tTry: "try", tTypeof: "typeof", tVar: "var", tVoid: "void", tWhile: "while",
	tWith: "with",
}

func (t token) String() string { return tokenText[t] }

// keywords maps reserved words to their token.
var keywords = func() map[string]token {
	m := make(map[string]token, 40)
	for t := tBreak; t < tLastToken; t++ {
		m[tokenText[t]] = t
	}
	return m
}()

func (t token) isKeyword() bool { return t >= tBreak && t < tLastToken }

func (t token) isAssign() bool { return t >= tAssign && t <= tAssignNullish }

// isStrictReserved: identifiers reserved in strict mode code.
func isStrictReserved(name string) bool {
	switch name {
	case "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield":
		return true
	}
	return false
}

// binary operator precedence (0 = not a binary operator).
func (t token) precedence(noIn bool) int {
	switch t {
	case tNullish:
		return 3
	case tOr:
		return 4
	case tAnd:
		return 5
	case tBitOr:
		return 6
	case tBitXor:
		return 7
	case tBitAnd:
		return 8
	case tEq, tNE, tEqStrict, tNEStrict:
		return 9
	case tLT, tGT, tLE, tGE, tInstanceof:
		return 10
	case tIn:
		if noIn {
			return 0
		}
		return 10
	case tShl, tSar, tShr:
		return 11
	case tAdd, tSub:
		return 12
	case tMul, tDiv, tMod:
		return 13
	case tExp:
		return 14
	}
	return 0
}
