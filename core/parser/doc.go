/*
Package parser is EngineScope's JavaScript front end (ES2022 scripts plus
for-await and async generators): scanner, recursive-descent parser with cover
grammars, every early error V8 reports at parse time (with V8's message text
and position), scope analysis with V8's variable allocation, and the
preparser.

# Entry points

	ParseScript(src, Options) (*ast.Program, error)
	ParseFunction(src, lit *ast.FunctionLiteral, Options) (*ast.FunctionLiteral, error)

ParseScript fully parses the top level (the script, or with Options.CommonJS
the body of Node's module wrapper, positions staying file-relative). Every
inner function is preparsed: its body is syntax-checked and scope-analysed,
then dropped (FunctionLiteral.Preparsed, Body == nil, Params == nil); the
variables it captures are already context-allocated in the outer scopes.
Program.Functions lists them and Options.OnPreparse reports them (name,
range, captured variable names) for `parse.preparse` events.

ParseFunction re-parses one preparsed function (on its first call): the result
has a Body, the same ID and range, its scope hangs off lit.Scope.Outer, and its
own inner functions are preparsed again. The analysis agrees with the preparse.

Errors are *SyntaxError: Message, Line, Column/EndColumn (UTF-16), Start/End
(bytes); Format prints it as `node FILE.js` does.

# Scopes (core/ast)

Every binding and reference is resolved: Identifier.Var, ThisExpression.Var,
MetaProperty.Var (new.target), PrivateIdentifier.Var. A Variable has a Kind,
a Location (LocParameter a<Index>, LocLocal r<Index>, LocContext slot
<Index> with the 2-slot header, LocGlobal, LocLookup for with/eval) and
NeedsHoleCheck; references carry Identifier.HoleCheck. Scopes list
StackLocals (register order) and ContextLocals (slot order), NeedsContext,
ContextHeader and NumContextSlots; Scope.ContextHops(outer) counts the contexts
between two scopes. V8's rules are followed: parameters are allocated last to
first after the receiver, then .new.target, the other locals in declaration
order, `arguments` and the function-name binding last; catch scopes always
get a context; sloppy mapped arguments force parameters into the context;
a direct eval puts every visible variable in a context (sloppy eval adds the
extension slot); script-level let/const/class live in the script context and
var/function on the global object.
*/
package parser
