package vm

import (
	"strings"

	bc "enginescope/core/bytecode"
)

// ---- closures

// createClosure is CreateClosure: a new JSFunction for the SFI in the current context.
// Arrows capture the creating frame's this and new.target.
func (r *Runtime) createClosure(f *frame, in *bc.Instr, ctx *Context) Value {
	sfi := f.code.bc.Constants[in.Ops[0]].Obj.(*bc.SharedFunctionInfo)
	fo := r.newClosure(sfi, ctx)
	cl := fo.Internal.(*FunctionData).Closure
	if sfi.IsArrow {
		regs := f.regs(&r.interp)
		cl.LexicalThis = regs[bc.FrameReceiver]
		if idx := f.code.bc.IncomingNewTargetOrGenerator; idx >= 0 && !f.cl.SFI.IsGenerator && !f.cl.SFI.IsAsync {
			cl.LexicalNewTarget = regs[idx]
		} else if f.cl.SFI.IsArrow {
			cl.LexicalNewTarget = f.cl.LexicalNewTarget
		} else {
			cl.LexicalNewTarget = Undefined
		}
		// arrows see their creator's home object for super.x
		fo.Internal.(*FunctionData).HomeObject = f.fnObj.Internal.(*FunctionData).HomeObject
	}
	if r.interp.rec != nil {
		r.emitClosureCreate(fo, cl)
	}
	return ObjectValue(fo)
}

// ---- arguments

// createArguments builds the arguments object of frame f (a sloppy function with simple
// parameters gets a mapped one: it has `callee`).
func (r *Runtime) createArguments(f *frame, mapped bool) Value {
	args := f.actualArgs(&r.interp)
	o := r.newObjectRaw(TypeArguments, r.Intrinsics.ObjectPrototype, 0, nil)
	o.elements = args
	o.length = uint32(len(args))
	// V8's arguments maps are fixed per realm, reached here through a cached edge from the root:
	// a sloppy function with formal parameters gets fast_aliased_arguments_map
	// (FAST_SLOPPY_ARGUMENTS_ELEMENTS, even when no parameter is context-allocated or passed),
	// every other function a PACKED_ELEMENTS map (sloppy/strict_arguments_map).
	kind := PackedElements
	if mapped && f.code.bc.FormalParams() > 0 {
		kind = FastSloppyArgumentsElements
	}
	o.hc, _ = r.asElementsKind(o.hc, kind)
	r.addOwn(o, NameKey("length"), Int(len(args)), AttrHidden)
	r.addOwn(o, SymbolKey(r.Symbols.Iterator), ObjectValue(r.arrayValues), AttrHidden)
	if mapped {
		r.addOwn(o, NameKey("callee"), ObjectValue(f.fnObj), AttrHidden)
		if mp := f.code.bc.MappedParams; len(mp) > 0 && f.ctx != nil {
			n := min(len(args), len(mp))
			m := &mappedArguments{obj: o, ctx: f.ctx, slotOf: make([]int32, n)}
			any := false
			for i := 0; i < n; i++ {
				m.slotOf[i] = mp[i]
				any = any || mp[i] >= 0
			}
			if any {
				o.Internal = m
				f.ctx.args = m
			}
		}
	} else {
		thrower := r.Intrinsics.ThrowTypeError
		if thrower != nil {
			r.DefineAccessor(o, KeyFromName("callee"), thrower, thrower, AttrNone)
		}
	}
	// The native context's arguments maps declare length and callee mutable fields (%DebugPrint:
	// `data field 0`), so a store to them needs no runtime call to generalize a const field.
	for i := range o.hc.Descriptors {
		if d := &o.hc.Descriptors[i]; d.Field >= 0 {
			d.Const = false
		}
	}
	return ObjectValue(o)
}

// ---- literals

func (r *Runtime) literalValue(v bc.LiteralValue) Value {
	switch v.Kind {
	case bc.ConstString:
		return Str(v.Str)
	case bc.ConstSmi, bc.ConstHeapNumber:
		return Number(v.Num)
	case bc.ConstBigInt:
		return r.bigIntLiteral(v.Str)
	case bc.ConstObjectBoilerplate:
		return ObjectValue(r.objectFromBoilerplate(v.Obj.(*bc.ObjectBoilerplate)))
	case bc.ConstArrayBoilerplate:
		return ObjectValue(r.arrayFromBoilerplate(v.Obj.(*bc.ArrayBoilerplate)))
	}
	switch v.Special {
	case "true":
		return True
	case "false":
		return False
	case "null":
		return Null
	case "hole":
		return Hole
	case "uninitialized":
		// an array boilerplate holds Smi 0 where a computed value goes, so the array's kind
		// starts from Smi (objects: objectLiteralValue)
		return Int(0)
	}
	return Undefined
}

// objectLiteralValue is an object boilerplate's value: an uninitialized one (a computed value
// the literal stores afterwards) leaves the field uninitialized, where an array's holds Smi 0.
func (r *Runtime) objectLiteralValue(v bc.LiteralValue) Value {
	if v.Special == "uninitialized" {
		return uninitializedField
	}
	return r.literalValue(v)
}

func (r *Runtime) createArrayLiteral(f *frame, in *bc.Instr) Value {
	ab := f.code.bc.Constants[in.Ops[0]].Obj.(*bc.ArrayBoilerplate)
	a := r.arrayFromBoilerplate(ab)
	r.startFromSite(a, ab, f.fb.literalSite(in.Ops[1])) // allocation_site.go
	return ObjectValue(a)
}

func (r *Runtime) arrayFromBoilerplate(ab *bc.ArrayBoilerplate) *Object {
	vals := make([]Value, len(ab.Elements))
	// A non-empty literal of constants only, no nested literals, shares its boilerplate's
	// elements copy-on-write unless they are doubles (ArrayLiteral::BuildBoilerplateDescription).
	cow := len(vals) > 0
	for i, e := range ab.Elements {
		vals[i] = r.literalValue(e)
		switch {
		case e.Special == "uninitialized": // Smi 0 (literalValue): the kind comes from the constants
			cow = false
		case e.Kind == bc.ConstObjectBoilerplate || e.Kind == bc.ConstArrayBoilerplate:
			cow = false
		}
	}
	a := r.NewArray(vals)
	a.cow = cow && a.hc.Elements != PackedDoubleElements && a.hc.Elements != HoleyDoubleElements
	if r.interp.rec != nil {
		r.emitLiteralProperties(a)
	}
	return a
}

func (r *Runtime) createObjectLiteral(f *frame, in *bc.Instr) Value {
	ob := f.code.bc.Constants[in.Ops[0]].Obj.(*bc.ObjectBoilerplate)
	o := r.objectFromBoilerplate(ob)
	return ObjectValue(o)
}

// objectFromBoilerplate clones a literal's constant part: the properties are added in order,
// so literals built alike share their map (sized exactly, as V8's boilerplate maps are).
func (r *Runtime) objectFromBoilerplate(ob *bc.ObjectBoilerplate) *Object {
	if o := r.objectFromLiteralMap(ob); o != nil { // literal_map.go
		return o
	}
	var o *Object
	if ob.Flags&0x10 != 0 {
		o = r.NewObjectWithProto(nil)
	} else {
		o = r.newLiteralObject(ob.Size)
		if ob.Size >= literalMapCacheSize {
			r.normalize(o) // the slow object map (map_dict.go)
		}
	}
	for i, k := range ob.Keys {
		v := r.objectLiteralValue(ob.Values[i])
		var key Key
		switch k.Kind {
		case bc.ConstSmi, bc.ConstHeapNumber:
			key = r.ToPropertyKey(Number(k.Num))
		default:
			key = KeyFromName(k.Str)
		}
		r.CreateDataProperty(o, key, v)
	}
	r.rememberLiteralMap(ob, o)
	return o
}

// newLiteralObject is an empty object sized for n named properties, from V8's object literal
// map cache (Factory::ObjectLiteralMapFromCache), which literals and JSON.parse share.
func (r *Runtime) newLiteralObject(n int) *Object {
	if n == 0 {
		return r.NewObject()
	}
	return r.newObjectRaw(TypeObject, r.Intrinsics.ObjectPrototype, n, nil)
}

// cloneObject is `{...src}` (V8's CloneObject bytecode and its IC, src/ic/ic.cc): a plain
// literal-like source is copied onto its own map; any other object with ordinary properties
// gets the literal map for its used in-object count and its properties copied in order.
func (r *Runtime) cloneObject(src Value, flags int32) Value {
	nullProto := flags&0x10 != 0
	if src.kind == KindObject {
		so := src.AsObject()
		if so.hc.Deprecated {
			r.migrateInstance(so)
		}
		if !nullProto && r.cloneKeepsMap(so) {
			return ObjectValue(r.cloneOntoMap(so))
		}
	}
	var o *Object
	switch {
	case nullProto:
		o = r.NewObjectWithProto(nil)
	case src.kind == KindObject && onlySimpleProperties(src.AsObject().hc):
		m := src.AsObject().hc
		o = r.newLiteralObject(min(len(m.Descriptors), m.InObject))
	default:
		o = r.NewObject()
	}
	if src.IsNullish() {
		return ObjectValue(o)
	}
	r.copyDataProperties(o, src, nil)
	return ObjectValue(o)
}

// onlySimpleProperties is V8's Map::OnlyHasSimpleProperties: fast properties, no proxy or global.
func onlySimpleProperties(m *HiddenClass) bool {
	return !m.Dictionary && m.InstanceType != TypeProxy && m.InstanceType != TypeGlobalObject
}

// cloneKeepsMap is V8's kIdenticalMap clone mode: an Object-function instance with
// Object.prototype that is no prototype, Smi/object elements, slack tracking over, and only
// enumerable, writable, configurable data properties (a constructor's map is never one, so
// slack tracking cannot be in progress).
func (r *Runtime) cloneKeepsMap(o *Object) bool {
	m := o.hc
	if m.InstanceType != TypeObject || m.Dictionary || m.IsPrototype || m.Constructor != nil ||
		m.Proto != r.Intrinsics.ObjectPrototype || o.nonExtensible || o.sparse != nil {
		return false
	}
	switch m.Elements {
	case PackedSmiElements, HoleySmiElements, PackedElements, HoleyElements:
	default:
		return false
	}
	for i := range m.Descriptors {
		d := &m.Descriptors[i]
		if d.Attr != AttrDefault || d.Field < 0 {
			return false
		}
		if d.Key.sym != nil && d.Key.sym.Private {
			return false
		}
	}
	return true
}

// cloneOntoMap is V8's FastCloneJSObject: the fields (PropertyArray included) and elements
// copied as they are onto a new object of the source's map.
func (r *Runtime) cloneOntoMap(src *Object) *Object {
	o := r.NewObjectWithMap(src.hc)
	o.slots = append(make([]Value, 0, len(src.slots)), src.slots...)
	if len(src.elements) > 0 {
		o.elements = append(make([]Value, 0, len(src.elements)), src.elements...)
	}
	r.writeBarrierAll(o)
	if r.interp.rec != nil {
		r.emitLiteralProperties(o)
	}
	return o
}

// copyDataProperties is CopyDataProperties(target, source, excluded).
func (r *Runtime) copyDataProperties(target *Object, src Value, excluded []Key) {
	if src.IsNullish() {
		return
	}
	from := r.ToObject(src)
	for _, k := range r.OwnKeys(from) {
		skip := false
		for _, e := range excluded {
			if e == k {
				skip = true
				break
			}
		}
		if skip {
			continue
		}
		d, ok := r.GetOwnPropertyDescriptor(from, k)
		if !ok || !d.Enumerable {
			continue
		}
		r.CreateDataProperty(target, k, r.Get(from, k, ObjectValue(from)))
	}
}

func (r *Runtime) createRegExpLiteral(f *frame, in *bc.Instr) Value {
	pattern := f.code.consts[in.Ops[0]].String().GoString()
	var flags strings.Builder
	fl := in.Ops[2]
	for _, p := range []struct {
		bit int32
		c   byte
	}{{1 << 7, 'd'}, {1 << 0, 'g'}, {1 << 1, 'i'}, {1 << 6, 'l'}, {1 << 2, 'm'}, {1 << 5, 's'}, {1 << 4, 'u'}, {1 << 8, 'v'}, {1 << 3, 'y'}} {
		if fl&p.bit != 0 {
			flags.WriteByte(p.c)
		}
	}
	return ObjectValue(r.NewRegExp(pattern, flags.String()))
}

// getTemplateObject returns the frozen strings array of a tagged template site (cached).
func (r *Runtime) getTemplateObject(f *frame, in *bc.Instr) Value {
	ci := f.code
	if o, ok := ci.templates[in.Ops[0]]; ok {
		return ObjectValue(o)
	}
	desc := ci.bc.Constants[in.Ops[0]].Obj.(*bc.TemplateObjectDescription)
	cooked := make([]Value, len(desc.Cooked))
	raw := make([]Value, len(desc.Raw))
	for i := range desc.Raw {
		if desc.Cooked[i] == nil {
			cooked[i] = Undefined
		} else {
			cooked[i] = Str(*desc.Cooked[i])
		}
		raw[i] = Str(desc.Raw[i])
	}
	rawArr := r.NewArray(raw)
	r.SetIntegrity(rawArr, true)
	arr := r.NewArray(cooked)
	r.DefineData(arr, KeyFromName("raw"), ObjectValue(rawArr), AttrNone)
	r.SetIntegrity(arr, true)
	if ci.templates == nil {
		ci.templates = map[int32]*Object{}
	}
	ci.templates[in.Ops[0]] = arr
	return ObjectValue(arr)
}

// ---- for-in

// forInState is the enumeration V8's ForInEnumerate/ForInPrepare produce (the enum cache).
type forInState struct {
	receiver *Object
	keys     []Value
	// cacheType is the receiver's map when its enum cache has every key (V8's Enumerate returns
	// the map, ForInPrepare makes it the cache type), nil in the slow mode (a key list).
	cacheType *HiddenClass
}

func (r *Runtime) forInEnumerate(obj Value) Value {
	o := obj.AsObject()
	st := &forInState{receiver: o}
	if r.simpleEnum(o) {
		st.cacheType = o.hc
	}
	seen := map[PropertyKey]bool{}
	for p := o; p != nil; p = r.GetPrototypeOf(p) {
		initEnumCache(p) // enum_cache.go
		for _, k := range r.OwnKeys(p) {
			if !k.isIndex && k.prop.sym != nil {
				continue
			}
			pk := k.PropertyKeyOf()
			if seen[pk] {
				continue
			}
			seen[pk] = true
			if r.IsEnumerableOwn(p, k) {
				st.keys = append(st.keys, StringValue(NewString(k.String())))
			}
		}
	}
	return ObjectValue(r.newObjectRaw(TypeObject, nil, 0, st))
}

// simpleEnum is FastKeyAccumulator's is_receiver_simple_enum: a fast-mode object with no
// enumerable element, whose prototypes have no enumerable property or element, so the enum cache
// of its map lists every key for-in visits.
func (r *Runtime) simpleEnum(o *Object) bool {
	if o.hc.Dictionary || hasEnumerableElements(o) {
		return false
	}
	switch o.hc.InstanceType {
	case TypeProxy, TypePrimitiveWrapper, TypeTypedArray, TypeGlobalObject, TypeArguments:
		return false // custom elements receivers
	}
	for p := o.hc.Proto; p != nil; p = p.hc.Proto {
		if p.hc.InstanceType == TypeProxy || hasEnumerableElements(p) {
			return false
		}
		for _, k := range r.OwnKeys(p) {
			if k.prop.sym == nil && r.IsEnumerableOwn(p, k) {
				return false
			}
		}
	}
	return true
}

func hasEnumerableElements(o *Object) bool {
	if o.sparse != nil && len(o.sparse.m) > 0 {
		return true
	}
	for _, v := range o.elements {
		if v.kind != KindHole {
			return true
		}
	}
	return false
}

// getEnumeratedKeyed is GetEnumeratedKeyedProperty (obj[key] by a for-in's key): a receiver with
// the loop's cache type is read through the enum cache without the IC; any other is a keyed
// load, its feedback in the instruction's last operand.
func (r *Runtime) getEnumeratedKeyed(f *frame, obj, key, cacheType Value) Value {
	if o := obj.AsObject(); o != nil {
		if st, ok := cacheType.Object().Internal.(*forInState); ok && st.cacheType != nil && o.hc == st.cacheType {
			return r.Get(o, r.ToPropertyKey(key), obj)
		}
	}
	return r.getKeyedIn(f, obj, key, 3)
}

// forInNext returns the key at index, or undefined if it was deleted meanwhile.
func (r *Runtime) forInNext(receiver, index, cache Value) Value {
	st := cache.Object().Internal.(*forInState)
	i := int(index.num)
	k := st.keys[i]
	if !r.HasProperty(st.receiver, r.ToPropertyKey(k)) {
		return Undefined
	}
	return k
}
