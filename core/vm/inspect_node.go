package vm

import (
	"math"
	"regexp"
	"strings"
)

// classRE and stripCommentsRE are Node's classRegExp and stripCommentsRegExp.
var (
	classRE         = regexp.MustCompile(`^(\s+[^(]*?)\s*{`)
	stripCommentsRE = regexp.MustCompile(`(//.*?\n)|(/\*(.|\n)*?\*/)`)
)

// This file is Node's util.inspect (lib/internal/util/inspect.js, Node 26): formatValue and
// formatRaw, which pick the prefix, braces and formatter for each kind of object. The layout
// (line breaking, array grouping) is in inspect_node_layout.go, properties in
// inspect_node_property.go, collections in inspect_node_collections.go, errors in
// inspect_node_error.go.

// inspectCtx is util.inspect's `ctx`.
type inspectCtx struct {
	r *Runtime
	InspectOptions
	budget         map[int]int
	indentationLvl int
	seen           []*Object
	currentDepth   int
	circular       map[*Object]int
}

// extrasType says how formatProperty renders keys: kObjectType `key: value`, kArrayType the value
// alone, kArrayExtrasType `key: value` inside array-like braces.
type extrasType uint8

const (
	kObjectType extrasType = iota
	kArrayType
	kArrayExtrasType
)

// Inspect is util.inspect(v, opts).
func (r *Runtime) Inspect(v Value, opts InspectOptions) string {
	ctx := &inspectCtx{r: r, InspectOptions: opts, budget: map[int]int{}}
	return ctx.formatValue(v, 0)
}

func (ctx *inspectCtx) beyondDepth(recurseTimes int) bool {
	return float64(recurseTimes) > ctx.Depth
}

// formatValue is Node's formatValue.
func (ctx *inspectCtx) formatValue(v Value, recurseTimes int) string {
	o := v.AsObject()
	if o == nil {
		return ctx.formatPrimitive(v)
	}
	context := o
	proxies := 0
	if o.hc.InstanceType == TypeProxy {
		pd := o.Internal.(*ProxyData)
		if pd.Handler == nil {
			return "<Revoked Proxy>"
		}
		if ctx.ShowProxy {
			return ctx.formatProxy(pd, recurseTimes)
		}
		// Proxies are shown as their targets, wrapped in Proxy(…) once per level; their traps never run.
		for o.hc.InstanceType == TypeProxy {
			pd := o.Internal.(*ProxyData)
			if pd.Handler == nil {
				return strings.Repeat("Proxy(", proxies) + "<Revoked Proxy>" + strings.Repeat(")", proxies)
			}
			o = pd.Target
			proxies++
		}
	}
	if ctx.CustomInspect {
		if s, ok := ctx.customInspect(o, context, recurseTimes); ok {
			return s
		}
	}
	for _, s := range ctx.seen {
		if s == o {
			index, ok := ctx.circular[o]
			if !ok {
				if ctx.circular == nil {
					ctx.circular = map[*Object]int{}
				}
				index = len(ctx.circular) + 1
				ctx.circular[o] = index
			}
			return "[Circular *" + itoa(index) + "]"
		}
	}
	formatted := ctx.formatRaw(o, recurseTimes)
	if proxies > 0 {
		formatted = strings.Repeat("Proxy(", proxies) + formatted + strings.Repeat(")", proxies)
	}
	return formatted
}

func (ctx *inspectCtx) formatProxy(pd *ProxyData, recurseTimes int) string {
	if ctx.beyondDepth(recurseTimes) {
		return "Proxy [Array]"
	}
	recurseTimes++
	ctx.indentationLvl += 2
	res := []string{ctx.formatValue(ObjectValue(pd.Target), recurseTimes), ctx.formatValue(ObjectValue(pd.Handler), recurseTimes)}
	ctx.indentationLvl -= 2
	return ctx.reduceToSingleString(res, "", [2]string{"Proxy [", "]"}, kArrayExtrasType, recurseTimes, nil)
}

// formatRaw is Node's formatRaw.
func (ctx *inspectCtx) formatRaw(value *Object, recurseTimes int) string {
	r := ctx.r
	var protoProps []string
	wantProto := ctx.ShowHidden && !ctx.beyondDepth(recurseTimes)
	constructor, hasCtor := ctx.getConstructorName(value, recurseTimes, wantProto, &protoProps)
	tag := ctx.toStringTag(value)

	var keys []Key
	base := ""
	var formatter func(recurseTimes int) []string
	var braces [2]string
	extras := kObjectType
	noIterator := true
	noProps := func() bool { return len(keys) == 0 && len(protoProps) == 0 }
	typ := value.hc.InstanceType

	if !hasCtor || r.HasProperty(value, PropKey(SymbolKey(r.Symbols.Iterator))) {
		noIterator = false
		switch {
		case typ == TypeArray:
			prefix := ""
			if constructor != "Array" || tag != "" || !hasCtor {
				prefix = getPrefix(constructor, hasCtor, tag, "Array", "("+itoa(int(value.length))+")")
			}
			keys = ctx.ownNonIndexKeys(value)
			braces = [2]string{prefix + "[", "]"}
			if value.length == 0 && noProps() {
				return braces[0] + "]"
			}
			extras = kArrayExtrasType
			formatter = func(rt int) []string { return ctx.formatArray(value, rt) }
		case typ == TypeTypedArray:
			t := value.Internal.(*typedArrayData)
			keys = ctx.ownNonIndexKeys(value)
			braces = [2]string{getPrefix(constructor, hasCtor, tag, t.kind.name, "("+itoa(t.length)+")") + "[", "]"}
			if t.length == 0 && noProps() {
				return braces[0] + "]"
			}
			extras = kArrayExtrasType
			formatter = func(rt int) []string { return ctx.formatTypedArrayElements(t) }
		case typ == TypeSet || typ == TypeMap:
			name := "Set"
			if typ == TypeMap {
				name = "Map"
			}
			entries, kv := collectionEntries(value)
			size := len(entries)
			if kv {
				size /= 2
			}
			prefix := getPrefix(constructor, hasCtor, tag, name, "("+itoa(size)+")")
			keys = ctx.getKeys(value)
			formatter = func(rt int) []string { return ctx.formatCollection(entries, kv, rt) }
			if size == 0 && noProps() {
				return prefix + "{}"
			}
			braces = [2]string{prefix + "{", "}"}
		case typ == TypeMapIterator || typ == TypeSetIterator:
			name := "Map"
			if typ == TypeSetIterator {
				name = "Set"
			}
			keys = ctx.getKeys(value)
			braces = getIteratorBraces(name, tag)
			formatter = func(rt int) []string { return ctx.formatIterator(value, &braces, rt) }
		default:
			noIterator = true
		}
	}
	if noIterator {
		keys = ctx.getKeys(value)
		braces = [2]string{"{", "}"}
		switch {
		case value.IsCallable():
			base = ctx.getFunctionBase(value, constructor, hasCtor, tag)
			if noProps() {
				return base
			}
		case hasCtor && constructor == "Object":
			if typ == TypeArguments {
				braces[0] = "[Arguments] {"
			} else if tag != "" {
				braces[0] = getPrefix(constructor, hasCtor, tag, "Object", "") + "{"
			}
			if noProps() {
				return braces[0] + "}"
			}
		case typ == TypeRegExp:
			base = ctx.regExpText(value)
			if prefix := getPrefix(constructor, hasCtor, tag, "RegExp", ""); prefix != "RegExp " {
				base = prefix + base
			}
			if noProps() || ctx.beyondDepth(recurseTimes) {
				return base
			}
		case typ == TypeDate:
			base = ctx.r.dateInspectText(dateTimeValue(value))
			if prefix := getPrefix(constructor, hasCtor, tag, "Date", ""); prefix != "Date " {
				base = prefix + base
			}
			if noProps() {
				return base
			}
		case ctx.isError(value):
			base = ctx.formatError(value, constructor, hasCtor, tag, &keys)
			if noProps() {
				return base
			}
		case typ == TypeArrayBuffer:
			braces[0] = getPrefix(constructor, hasCtor, tag, "ArrayBuffer", "") + "{"
			formatter = func(rt int) []string { return ctx.formatArrayBufferContents(value, rt) }
		case typ == TypeDataView:
			braces[0] = getPrefix(constructor, hasCtor, tag, "DataView", "") + "{"
			formatter = func(rt int) []string { return ctx.formatDataViewFields(value, rt) }
		case typ == TypePromise:
			braces[0] = getPrefix(constructor, hasCtor, tag, "Promise", "") + "{"
			formatter = func(rt int) []string { return ctx.formatPromise(value, rt) }
		case typ == TypeWeakSet || typ == TypeWeakMap:
			name := "WeakSet"
			if typ == TypeWeakMap {
				name = "WeakMap"
			}
			braces[0] = getPrefix(constructor, hasCtor, tag, name, "") + "{"
			formatter = func(rt int) []string { return ctx.formatWeakCollection(value, rt) }
		case isBoxedPrimitive(value):
			base = ctx.getBoxedBase(value, &keys, constructor, hasCtor, tag)
			if noProps() {
				return base
			}
		default:
			style := ctx.getCtxStyle(value, constructor, hasCtor, tag)
			if noProps() {
				return style + "{}"
			}
			braces[0] = style + "{"
		}
	}

	if ctx.beyondDepth(recurseTimes) {
		name := ctx.getCtxStyle(value, constructor, hasCtor, tag)
		name = name[:len(name)-1]
		if hasCtor {
			name = "[" + name + "]"
		}
		return name
	}
	recurseTimes++
	ctx.seen = append(ctx.seen, value)
	ctx.currentDepth = recurseTimes
	var output []string
	if formatter != nil {
		output = formatter(recurseTimes)
	}
	for _, k := range keys {
		output = append(output, ctx.formatProperty(value, recurseTimes, k, extras, nil, value))
	}
	output = append(output, protoProps...)
	if index, ok := ctx.circular[value]; ok {
		reference := "<ref *" + itoa(index) + ">"
		if ctx.Compact != CompactAll {
			if base == "" {
				base = reference
			} else {
				base = reference + " " + base
			}
		} else {
			braces[0] = reference + " " + braces[0]
		}
	}
	ctx.seen = ctx.seen[:len(ctx.seen)-1]
	if ctx.Sorted {
		if extras == kObjectType {
			sortStrings(output)
		} else if len(keys) > 1 {
			sortStrings(output[len(output)-len(keys):])
		}
	}
	res := ctx.reduceToSingleString(output, base, braces, extras, recurseTimes, value)
	newLength := ctx.budget[ctx.indentationLvl] + len(res)
	ctx.budget[ctx.indentationLvl] = newLength
	if newLength > 1<<27 {
		ctx.Depth = -1
	}
	return res
}

// sortStrings is Array.prototype.sort's default order (UTF-16 code units) on formatted entries.
func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && NewString(a[j]).Compare(NewString(a[j-1])) < 0; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func getIteratorBraces(typ, tag string) [2]string {
	if tag != typ+" Iterator" {
		if tag != "" {
			tag += "] ["
		}
		tag += typ + " Iterator"
	}
	return [2]string{"[" + tag + "] {", "}"}
}

// getPrefix is Node's getPrefix; hasCtor false is `constructor === null`.
func getPrefix(constructor string, hasCtor bool, tag, fallback, size string) string {
	if !hasCtor {
		if tag != "" && fallback != tag {
			return "[" + fallback + size + ": null prototype] [" + tag + "] "
		}
		return "[" + fallback + size + ": null prototype] "
	}
	if tag != "" && constructor != tag {
		return constructor + size + " [" + tag + "] "
	}
	return constructor + size + " "
}

func (ctx *inspectCtx) getCtxStyle(value *Object, constructor string, hasCtor bool, tag string) string {
	fallback := ""
	if !hasCtor {
		fallback = ctx.r.v8ConstructorName(value)
		if fallback == tag {
			fallback = "Object"
		}
	}
	return getPrefix(constructor, hasCtor, tag, fallback, "")
}

// toStringTag is value[Symbol.toStringTag] when it is a non-empty string that is not an own
// enumerable property (own at all, with showHidden): otherwise it would be printed twice.
func (ctx *inspectCtx) toStringTag(value *Object) string {
	r := ctx.r
	k := PropKey(SymbolKey(r.Symbols.ToStringTag))
	t := r.Get(value, k, ObjectValue(value))
	if !t.IsString() || t.String().Length() == 0 {
		return ""
	}
	if d, ok := r.GetOwnPropertyDescriptor(value, k); ok && (ctx.ShowHidden || d.Enumerable) {
		return ""
	}
	return t.String().GoString()
}

// wellKnownPrototypeName is Node's wellKnownPrototypes table: builtin prototypes whose name is used
// even when their `constructor` property has been tampered with.
func (r *Runtime) wellKnownPrototypeName(p *Object) (string, *Object) {
	in := &r.Intrinsics
	switch p {
	case nil:
		return "", nil
	case in.ArrayPrototype:
		return "Array", in.Array
	case in.FunctionPrototype:
		return "Function", in.Function
	case in.MapPrototype:
		return "Map", in.Map
	case in.ObjectPrototype:
		return "Object", in.Object
	case in.SetPrototype:
		return "Set", in.Set
	}
	return "", nil
}

// protoChainHas reports whether p is on o's prototype chain (OrdinaryHasInstance's walk).
func (r *Runtime) protoChainHas(o, p *Object) bool {
	for q := r.GetPrototypeOf(o); q != nil; q = r.GetPrototypeOf(q) {
		if q == p {
			return true
		}
	}
	return false
}

// getConstructorName is Node's getConstructorName; ok false is `null` (no constructor anywhere on
// a chain that ends in null). With wantProto it collects the user prototype properties showHidden
// prints.
func (ctx *inspectCtx) getConstructorName(obj *Object, recurseTimes int, wantProto bool, protoProps *[]string) (string, bool) {
	r := ctx.r
	tmp := obj
	var firstProto *Object
	firstSet := false
	for obj != nil {
		if name, _ := r.wellKnownPrototypeName(obj); name != "" && r.protoChainHas(tmp, obj) {
			if wantProto && (!firstSet || firstProto != obj) {
				ctx.addPrototypeProperties(tmp, orObj(firstProto, firstSet, tmp), recurseTimes, protoProps)
			}
			return name, true
		}
		if d, ok := r.GetOwnPropertyDescriptor(obj, StrKey("constructor")); ok && !d.IsAccessor() && d.Value.IsCallable() {
			fn := d.Value.Object()
			name := r.GetStr(fn, "name")
			if !(name.IsString() && name.String().Length() == 0) && ctx.isInstanceof(tmp, fn) {
				n := r.safeToString(name)
				if wantProto && (!firstSet || firstProto != obj || !r.isBuiltinConstructorName(n)) {
					ctx.addPrototypeProperties(tmp, orObj(firstProto, firstSet, tmp), recurseTimes, protoProps)
				}
				return n, true
			}
		}
		obj = r.GetPrototypeOf(obj)
		if !firstSet {
			firstProto, firstSet = obj, true
		}
	}
	if firstProto == nil {
		return "", false
	}
	res := r.v8ConstructorName(tmp)
	if ctx.beyondDepth(recurseTimes) {
		return res + " <Complex prototype>", true
	}
	protoConstr, ok := ctx.getConstructorName(firstProto, recurseTimes+1, wantProto, protoProps)
	if !ok {
		sub := &inspectCtx{r: r, InspectOptions: ctx.InspectOptions, budget: map[int]int{}}
		sub.CustomInspect = false
		sub.Depth = -1
		return res + " <" + sub.formatValue(ObjectValue(firstProto), 0) + ">", true
	}
	return res + " <" + protoConstr + ">", true
}

func orObj(first *Object, set bool, tmp *Object) *Object {
	if set && first != nil {
		return first
	}
	return tmp
}

// isInstanceof is `object instanceof proto` that swallows exceptions (Node's isInstanceof).
func (ctx *inspectCtx) isInstanceof(o *Object, fn *Object) (res bool) {
	defer func() {
		if e := recover(); e != nil {
			if _, ok := e.(*Exception); !ok {
				panic(e)
			}
			res = false
		}
	}()
	return ctx.r.InstanceOf(ObjectValue(o), ObjectValue(fn))
}

// builtinConstructorNames is Node's builtInObjects: the capitalised globals of a fresh realm.
var builtinConstructorNames = map[string]bool{
	"Object": true, "Function": true, "Array": true, "Number": true, "Boolean": true, "String": true,
	"Symbol": true, "Date": true, "Promise": true, "RegExp": true, "Error": true, "AggregateError": true,
	"EvalError": true, "RangeError": true, "ReferenceError": true, "SyntaxError": true, "TypeError": true,
	"URIError": true, "JSON": true, "Math": true, "Intl": true, "ArrayBuffer": true, "Atomics": true,
	"Uint8Array": true, "Int8Array": true, "Uint16Array": true, "Int16Array": true, "Uint32Array": true,
	"Int32Array": true, "Float32Array": true, "Float64Array": true, "Uint8ClampedArray": true,
	"BigUint64Array": true, "BigInt64Array": true, "DataView": true, "Map": true, "BigInt": true,
	"Set": true, "WeakMap": true, "WeakSet": true, "Proxy": true, "Reflect": true, "FinalizationRegistry": true,
	"WeakRef": true, "SharedArrayBuffer": true, "WebAssembly": true, "Iterator": true, "Float16Array": true,
}

func (r *Runtime) isBuiltinConstructorName(n string) bool { return builtinConstructorNames[n] }

// addPrototypeProperties is Node's addPrototypeProperties: with showHidden, the non-function
// properties of up to three user prototype levels are listed after the own properties.
func (ctx *inspectCtx) addPrototypeProperties(main, obj *Object, recurseTimes int, output *[]string) {
	r := ctx.r
	var keySet map[Key]bool
	var keys []Key
	for depth := 0; depth < 3; depth++ {
		if depth != 0 || main == obj {
			obj = r.GetPrototypeOf(obj)
			if obj == nil {
				return
			}
			if d, ok := r.GetOwnPropertyDescriptor(obj, StrKey("constructor")); ok && !d.IsAccessor() && d.Value.IsCallable() &&
				r.isBuiltinConstructorName(r.safeToString(r.GetStr(d.Value.Object(), "name"))) {
				return
			}
		}
		if depth == 0 {
			keySet = map[Key]bool{}
		} else {
			for _, k := range keys {
				keySet[k] = true
			}
		}
		keys = r.OwnKeys(obj)
		ctx.seen = append(ctx.seen, main)
		for _, k := range keys {
			if !k.IsIndex() && !k.Prop().IsSymbol() && k.Prop().Name() == "constructor" || r.HasOwnProperty(main, k) || depth != 0 && keySet[k] {
				continue
			}
			d, ok := r.GetOwnPropertyDescriptor(obj, k)
			if !ok || !d.IsAccessor() && d.Value.IsCallable() {
				continue
			}
			*output = append(*output, ctx.formatProperty(obj, recurseTimes, k, kObjectType, &d, main))
		}
		ctx.seen = ctx.seen[:len(ctx.seen)-1]
	}
}

// v8ConstructorName is V8's Object::GetConstructorName (JSReceiver::GetConstructorName): the first
// string-valued @@toStringTag data property on the chain, or a prototype's data `constructor`
// with a name other than "" and "Object", else the object's class name.
func (r *Runtime) v8ConstructorName(o *Object) string {
	// Objects whose map has a constructor V8 names without a JS-visible function.
	switch o.hc.InstanceType {
	case TypeMapIterator:
		return "MapIterator"
	case TypeSetIterator:
		return "SetIterator"
	case TypeStringIterator:
		return "StringIterator"
	case TypeRegExpStringIterator:
		return "RegExpStringIterator"
	case TypeGenerator, TypeAsyncGenerator:
		if g, ok := o.Internal.(GeneratorInspector); ok {
			if f, _ := g.InspectGenerator(); f != nil {
				if n := r.FunctionName(f); n != "" {
					return n
				}
			}
		}
	}
	// V8 trusts the map's constructor first when the object was made by `new C` with C its own
	// new.target (not a derived class's instance, not a prototype): a toStringTag on C.prototype
	// does not rename it.
	if c := o.hc.Constructor; c != nil && !o.hc.IsPrototype && o.hc.NewTarget == nil {
		if n := r.FunctionName(c); n != "" && n != "Object" {
			return n
		}
	}
	first := true
	for p := o; p != nil; p = p.hc.Proto {
		if p.hc.InstanceType == TypeProxy {
			break
		}
		if v, a, ok := r.getOwn(p, PropKey(SymbolKey(r.Symbols.ToStringTag))); ok && a&AttrAccessor == 0 && v.IsString() {
			return v.String().GoString()
		}
		if !first {
			if v, a, ok := r.getOwn(p, PropKey(NameKey("constructor"))); ok && a&AttrAccessor == 0 && v.IsCallable() {
				if n := r.FunctionName(v.Object()); n != "" && n != "Object" {
					return n
				}
			}
		}
		first = false
	}
	return r.className(o)
}

// className is V8's JSReceiver::class_name.
func (r *Runtime) className(o *Object) string {
	switch o.hc.InstanceType {
	case TypeArray:
		return "Array"
	case TypeFunction, TypeBoundFunction:
		return "Function"
	case TypeError:
		return "Error"
	case TypeArguments:
		return "Arguments"
	case TypeDate:
		return "Date"
	case TypeRegExp:
		return "RegExp"
	case TypeMap:
		return "Map"
	case TypeSet:
		return "Set"
	case TypeWeakMap:
		return "WeakMap"
	case TypeWeakSet:
		return "WeakSet"
	case TypeWeakRef:
		return "WeakRef"
	case TypePromise:
		return "Promise"
	case TypeGenerator:
		return "Generator"
	case TypeAsyncGenerator:
		return "AsyncGenerator"
	case TypePrimitiveWrapper:
		if p, ok := PrimitiveOf(o); ok {
			return primitiveWrapperName(p)
		}
	}
	return "Object"
}

func primitiveWrapperName(p Value) string {
	switch p.Kind() {
	case KindNumber:
		return "Number"
	case KindString:
		return "String"
	case KindBoolean:
		return "Boolean"
	case KindSymbol:
		return "Symbol"
	case KindBigInt:
		return "BigInt"
	}
	return "Object"
}

// isBoxedPrimitive is util.types.isBoxedPrimitive, except for the String, Number and Boolean
// prototypes, which V8 makes wrappers but which Node 26 prints as plain objects.
func isBoxedPrimitive(o *Object) bool {
	if o.hc.InstanceType != TypePrimitiveWrapper {
		return false
	}
	_, ok := PrimitiveOf(o)
	return ok
}

// isError is Node's isError: a native error or an object that inherits from Error.prototype.
func (ctx *inspectCtx) isError(o *Object) bool {
	return o.hc.InstanceType == TypeError || ctx.r.protoChainHas(o, ctx.r.Intrinsics.ErrorPrototype)
}

func (ctx *inspectCtx) getBoxedBase(value *Object, keys *[]Key, constructor string, hasCtor bool, tag string) string {
	p, _ := PrimitiveOf(value)
	typ := primitiveWrapperName(p)
	if p.IsString() {
		// The index keys of a String wrapper repeat its value.
		n := p.String().Length()
		if n > len(*keys) {
			n = len(*keys)
		}
		*keys = (*keys)[n:]
	}
	base := "[" + typ
	if typ != constructor {
		if !hasCtor {
			base += " (null prototype)"
		} else {
			base += " (" + constructor + ")"
		}
	}
	plain := &inspectCtx{r: ctx.r, InspectOptions: ctx.InspectOptions}
	plain.indentationLvl = ctx.indentationLvl
	base += ": " + plain.formatPrimitive(p) + "]"
	if tag != "" && tag != constructor {
		base += " [" + tag + "]"
	}
	return base
}

func (ctx *inspectCtx) getClassBase(value *Object, constructor string, hasCtor bool, tag string) string {
	r := ctx.r
	name := "(anonymous)"
	if r.HasOwnProperty(value, StrKey("name")) {
		if n := r.GetStr(value, "name"); ToBoolean(n) {
			name = r.safeToString(n)
		}
	}
	base := "class " + name
	if constructor != "Function" && hasCtor {
		base += " [" + constructor + "]"
	}
	if tag != "" && constructor != tag {
		base += " [" + tag + "]"
	}
	if hasCtor {
		if p := r.GetPrototypeOf(value); p != nil {
			if super := r.GetStr(p, "name"); ToBoolean(super) {
				base += " extends " + r.safeToString(super)
			}
		}
	} else {
		base += " extends [null prototype]"
	}
	return "[" + base + "]"
}

// getFunctionBase is Node's getFunctionBase: [Function: f], [class A extends B], [AsyncFunction: f], …
func (ctx *inspectCtx) getFunctionBase(value *Object, constructor string, hasCtor bool, tag string) string {
	r := ctx.r
	if src := r.functionSourceText(value); isClassSource(src) {
		return ctx.getClassBase(value, constructor, hasCtor, tag)
	}
	typ := "Function"
	isAsync, isGen := r.functionKind(value)
	if isGen {
		typ = "Generator" + typ
	}
	if isAsync {
		typ = "Async" + typ
	}
	base := "[" + typ
	if !hasCtor {
		base += " (null prototype)"
	}
	name := r.GetStr(value, "name")
	if name.IsString() && name.String().Length() == 0 {
		base += " (anonymous)"
	} else if name.IsString() {
		base += ": " + name.String().GoString()
	} else {
		base += ": " + ctx.formatValue(name, 0)
	}
	base += "]"
	if constructor != typ && hasCtor {
		base += " " + constructor
	}
	if tag != "" && constructor != tag {
		base += " [" + tag + "]"
	}
	return base
}

// isClassSource is Node's test that Function.prototype.toString text is a class.
func isClassSource(s string) bool {
	if !strings.HasPrefix(s, "class") || !strings.HasSuffix(s, "}") {
		return false
	}
	slice := s[5 : len(s)-1]
	i := strings.IndexByte(slice, '{')
	if i < 0 {
		return false
	}
	if !strings.Contains(slice[:i], "(") {
		return true
	}
	return classRE.MatchString(stripCommentsRE.ReplaceAllString(slice, ""))
}

func (ctx *inspectCtx) regExpText(o *Object) string {
	r := ctx.r
	return "/" + r.safeToString(r.GetStr(o, "source")) + "/" + r.safeToString(r.GetStr(o, "flags"))
}

// formatPrimitive is Node's formatPrimitive.
func (ctx *inspectCtx) formatPrimitive(v Value) string {
	switch v.Kind() {
	case KindString:
		s := v.String()
		trailer := ""
		if n := s.Length(); float64(n) > ctx.MaxStringLength {
			remaining := n - int(ctx.MaxStringLength)
			s = s.Substring(0, int(ctx.MaxStringLength))
			trailer = "... " + itoa(remaining) + " more character" + plural(remaining)
		}
		if n := s.Length(); ctx.Compact != CompactAll && n > 16 && float64(n) > ctx.BreakLength-float64(ctx.indentationLvl)-4 {
			lines := splitAfterNewlines(s)
			parts := make([]string, len(lines))
			for i, l := range lines {
				parts[i] = strEscape(l)
			}
			return strings.Join(parts, " +\n"+strings.Repeat(" ", ctx.indentationLvl+2)) + trailer
		}
		return strEscape(s) + trailer
	case KindNumber:
		return formatNumber(v.Num(), ctx.NumericSeparator)
	case KindBigInt:
		return formatBigInt(v.BigInt(), ctx.NumericSeparator)
	case KindBoolean:
		if v.Boolean() {
			return "true"
		}
		return "false"
	case KindSymbol:
		return v.Symbol().DescriptiveString()
	case KindNull:
		return "null"
	}
	return "undefined"
}

// splitAfterNewlines is value.split(/(?<=\n)/).
func splitAfterNewlines(s *String) []*String {
	var out []*String
	start := 0
	for i := 0; i < s.Length(); i++ {
		if s.At(i) == '\n' && i+1 < s.Length() {
			out = append(out, s.Substring(start, i+1))
			start = i + 1
		}
	}
	return append(out, s.Substring(start, s.Length()))
}

func plural(n int) string {
	if n > 1 {
		return "s"
	}
	return ""
}

// formatNumber is Node's formatNumber (-0 prints as -0).
func formatNumber(f float64, separator bool) string {
	if f == 0 && math.Signbit(f) {
		return "-0"
	}
	if !separator {
		return NumberToString(f)
	}
	integer := math.Trunc(f)
	s := NumberToString(integer)
	if integer == f {
		if math.IsInf(f, 0) || strings.Contains(s, "e") {
			return s
		}
		return addNumericSeparator(s)
	}
	if f != f {
		return s
	}
	frac := NumberToString(f)[len(s)+1:]
	return addNumericSeparator(s) + "." + addNumericSeparatorEnd(frac)
}

func formatBigInt(b *BigInt, separator bool) string {
	if separator {
		return addNumericSeparator(b.String()) + "n"
	}
	return b.String() + "n"
}

func addNumericSeparator(s string) string {
	result := ""
	i := len(s)
	start := 0
	if s != "" && s[0] == '-' {
		start = 1
	}
	for ; i >= start+4; i -= 3 {
		result = "_" + s[i-3:i] + result
	}
	if i == len(s) {
		return s
	}
	return s[:i] + result
}

func addNumericSeparatorEnd(s string) string {
	result := ""
	i := 0
	for ; i < len(s)-3; i += 3 {
		result += s[i:i+3] + "_"
	}
	if i == 0 {
		return s
	}
	return result + s[i:]
}

func itoa(i int) string { return NumberToString(float64(i)) }
