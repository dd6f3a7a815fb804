package vm

import (
	"math"
	"strings"
)

// The browser host's half of DevTools console output: what V8's inspector sends to DevTools for
// console arguments (Runtime.RemoteObject with its ObjectPreview), built from live values by the
// rules of v8/src/inspector/value-mirror.cc. inspect_chrome_format.go turns these into the text
// DevTools shows, by the same rules as test/conformance/chromefmt.

// remoteObject mirrors Runtime.RemoteObject (only what the console text needs).
type remoteObject struct {
	typ, subtype, description string
	// value is the primitive for string, number and boolean objects; hasNumber says the number is
	// sent as a JSON value (finite and not -0) rather than as unserializableValue.
	value     Value
	hasNumber bool
	preview   *objectPreview
}

// objectPreview mirrors Runtime.ObjectPreview.
type objectPreview struct {
	typ, subtype, description string
	overflow                  bool
	properties                []propertyPreview
	entries                   *[]entryPreview // nil when V8 sends none; empty for an empty Map/Set
}

// propertyPreview mirrors Runtime.PropertyPreview.
type propertyPreview struct {
	name, typ, subtype, value string
}

type entryPreview struct {
	key   *objectPreview
	value objectPreview
}

// Preview limits from V8's ObjectMirror::buildRemoteObject and EntryMirror::getEntries.
const (
	previewNameLimit  = 5
	previewIndexLimit = 100
	previewEntryLimit = 5
	abbreviateMax     = 100
)

// chromeRemote is ValueMirror::create(v)->buildRemoteObject(kPreview).
func (r *Runtime) chromeRemote(v Value) *remoteObject {
	switch v.Kind() {
	case KindUndefined, KindHole:
		return &remoteObject{typ: "undefined"}
	case KindNull:
		return &remoteObject{typ: "object", subtype: "null"}
	case KindBoolean, KindString:
		return &remoteObject{typ: TypeOf(v), value: v}
	case KindNumber:
		desc, ok := numberDescription(v.Num())
		return &remoteObject{typ: "number", description: desc, value: v, hasNumber: ok}
	case KindBigInt:
		return &remoteObject{typ: "bigint", description: abbreviate(v.BigInt().String()+"n", false)}
	case KindSymbol:
		return &remoteObject{typ: "symbol", description: v.Symbol().DescriptiveString()}
	}
	o := v.Object()
	if o.IsCallable() {
		return &remoteObject{typ: "function", description: r.functionSourceText(o)}
	}
	subtype, desc := r.chromeObjectDescription(o)
	nameLimit, indexLimit := previewNameLimit, previewIndexLimit
	return &remoteObject{typ: "object", subtype: subtype, description: desc,
		preview: r.chromeObjectPreview(o, subtype, desc, false, &nameLimit, &indexLimit)}
}

// numberDescription is V8's descriptionForNumber; ok is false for the unserializable values.
func numberDescription(f float64) (string, bool) {
	switch {
	case f != f:
		return "NaN", false
	case f == 0 && math.Signbit(f):
		return "-0", false
	case math.IsInf(f, 1):
		return "Infinity", false
	case math.IsInf(f, -1):
		return "-Infinity", false
	}
	return NumberToString(f), true
}

// abbreviate is V8's abbreviateString: at most 100 UTF-16 units, cut in the middle (strings,
// regexps) or at the end (objects, symbols).
func abbreviate(s string, middle bool) string {
	if jsLen(s) <= abbreviateMax {
		return s
	}
	u := NewString(s).UTF16()
	if middle {
		return NewStringUTF16(u[:abbreviateMax/2]).GoString() + "…" + NewStringUTF16(u[len(u)-abbreviateMax/2+1:]).GoString()
	}
	return NewStringUTF16(u[:abbreviateMax-1]).GoString() + "…"
}

// chromeObjectDescription classifies a non-callable object as ValueMirror::create does: its
// subtype and description.
func (r *Runtime) chromeObjectDescription(o *Object) (subtype, desc string) {
	if st, d, ok := r.chromeViewDescription(o); ok {
		return st, d
	}
	switch o.hc.InstanceType {
	case TypeRegExp:
		return "regexp", r.regExpDescription(o)
	case TypeProxy:
		pd := o.Internal.(*ProxyData)
		if pd.Handler == nil || pd.Target == nil {
			return "proxy", "Proxy"
		}
		return "proxy", "Proxy(" + r.v8ConstructorName(pd.Target) + ")"
	case TypeDate:
		return "date", r.dateDescription(dateTimeValue(o))
	case TypePromise:
		return "promise", r.v8ConstructorName(o)
	case TypeError:
		return "error", r.errorDescription(o)
	case TypeMap, TypeSet:
		entries, kv := collectionEntries(o)
		n := len(entries)
		if kv {
			n /= 2
		}
		return map[InstanceType]string{TypeMap: "map", TypeSet: "set"}[o.hc.InstanceType], r.v8ConstructorName(o) + "(" + itoa(n) + ")"
	case TypeWeakMap:
		return "weakmap", r.v8ConstructorName(o)
	case TypeWeakSet:
		return "weakset", r.v8ConstructorName(o)
	case TypeMapIterator, TypeSetIterator:
		return "iterator", r.v8ConstructorName(o)
	case TypeGenerator, TypeAsyncGenerator:
		return "generator", r.v8ConstructorName(o)
	case TypeArray:
		return "array", r.v8ConstructorName(o) + "(" + itoa(int(o.length)) + ")"
	case TypeArguments:
		if n, ok := r.argumentsLength(o); ok {
			return "array", r.v8ConstructorName(o) + "(" + itoa(n) + ")"
		}
	}
	return "", r.v8ConstructorName(o)
}

// argumentsLength is V8's isArrayLike for arguments objects: an own data `length` that is a uint32.
func (r *Runtime) argumentsLength(o *Object) (int, bool) {
	d, ok := r.GetOwnPropertyDescriptor(o, StrKey("length"))
	if !ok || d.IsAccessor() || !d.Value.IsNumber() {
		return 0, false
	}
	f := d.Value.Num()
	if f < 0 || f > math.MaxUint32 || f != math.Trunc(f) {
		return 0, false
	}
	return int(f), true
}

// regExpDescription is V8's descriptionForRegExp, from the internal source and flags.
func (r *Runtime) regExpDescription(o *Object) string {
	if src, flags, ok := RegExpParts(o); ok {
		return "/" + src + "/" + flags
	}
	return "/" + r.safeToString(r.GetStr(o, "source")) + "/" + r.safeToString(r.GetStr(o, "flags"))
}

// errorDescription is V8's descriptionForError: "<name or constructor name>: <message>" followed
// by the frames of the stack (the constructor name is used when name is "Error" or empty).
func (r *Runtime) errorDescription(o *Object) string {
	name := r.v8ConstructorName(o)
	if n := r.GetStr(o, "name"); n.IsString() {
		if s := n.String().GoString(); s != "" && s != "Error" {
			name = s
		}
	}
	desc := name
	if m := r.GetStr(o, "message"); m.IsString() && m.String().Length() > 0 {
		desc += ": " + m.String().GoString()
	}
	if s := r.GetStr(o, "stack"); s.IsString() {
		if i := strings.Index(s.String().GoString(), "\n    at "); i >= 0 {
			desc += s.String().GoString()[i:]
		}
	}
	return desc
}

// chromeObjectPreview is ObjectMirror::buildObjectPreviewInternal.
func (r *Runtime) chromeObjectPreview(o *Object, subtype, desc string, forEntry bool, nameLimit, indexLimit *int) *objectPreview {
	p := &objectPreview{typ: "object", subtype: subtype, description: desc}
	for o != nil && o.hc.InstanceType == TypeProxy {
		o = o.Internal.(*ProxyData).Target
	}
	if o == nil {
		return p
	}
	for _, ip := range r.internalPreviewProperties(o) {
		if *nameLimit == 0 {
			p.overflow = true
			break
		}
		*nameLimit--
		p.properties = append(p.properties, ip)
	}
	if PrivateMembersHook != nil && !p.overflow {
		for _, m := range PrivateMembersHook(r, o) {
			if *nameLimit == 0 {
				p.overflow = true
				break
			}
			*nameLimit--
			if m.Accessor {
				p.properties = append(p.properties, propertyPreview{name: m.Name, typ: "accessor"})
			} else {
				p.properties = append(p.properties, r.chromePropertyPreview(m.Name, m.Value))
			}
		}
	}
	r.previewOwnProperties(o, p, nameLimit, indexLimit)
	if entries, kv, ok := r.previewEntries(o); ok {
		if forEntry {
			// An entry's own preview never lists entries (V8 stops there), which also keeps a
			// Map that contains itself from recursing forever.
			if len(entries) > 0 {
				p.overflow = true
			}
			return p
		}
		step := 1
		if kv {
			step = 2
		}
		list := []entryPreview{}
		for i := 0; i+step-1 < len(entries); i += step {
			if len(list) == previewEntryLimit {
				p.overflow = true
				break
			}
			e := entryPreview{}
			if kv {
				e.key = r.chromeEntryPreview(entries[i], nameLimit, indexLimit)
			}
			e.value = *r.chromeEntryPreview(entries[i+step-1], nameLimit, indexLimit)
			list = append(list, e)
		}
		p.entries = &list
	}
	return p
}

// previewEntries is PreviewEntries for the objects V8 has it for.
func (r *Runtime) previewEntries(o *Object) ([]Value, bool, bool) {
	switch o.hc.InstanceType {
	case TypeMap, TypeSet, TypeWeakMap, TypeWeakSet, TypeMapIterator, TypeSetIterator:
		e, kv := collectionEntries(o)
		return e, kv, true
	}
	return nil, false, false
}

// internalPreviewProperties are the [[…]] internal properties previews show.
func (r *Runtime) internalPreviewProperties(o *Object) []propertyPreview {
	switch o.hc.InstanceType {
	case TypePrimitiveWrapper:
		if v, ok := PrimitiveOf(o); ok {
			return []propertyPreview{r.chromePropertyPreview("[[PrimitiveValue]]", v)}
		}
	case TypePromise:
		state, result := promiseDetails(o)
		return []propertyPreview{{name: "[[PromiseState]]", typ: "string", value: []string{"pending", "fulfilled", "rejected"}[state]},
			r.chromePropertyPreview("[[PromiseResult]]", result)}
	case TypeGenerator, TypeAsyncGenerator:
		return []propertyPreview{{name: "[[GeneratorState]]", typ: "string", value: generatorState(o)}}
	case TypeWeakRef:
		if w, ok := o.Internal.(*WeakRefData); ok {
			return []propertyPreview{r.chromePropertyPreview("[[WeakRefTarget]]", w.Target)}
		}
	}
	return nil
}

// previewOwnProperties is getPropertiesForPreview: own properties (enumerable or not), then the
// values of builtin getters along the prototype chain, within the name and index limits.
func (r *Runtime) previewOwnProperties(o *Object, p *objectPreview, nameLimit, indexLimit *int) {
	blocked := map[string]bool{"constructor": true}
	if o.IsArray() || o.hc.InstanceType == TypeArguments || isStringWrapper(o) {
		blocked["length"] = true
	}
	skipIndex := -1
	if isStringWrapper(o) {
		s, _ := PrimitiveOf(o)
		skipIndex = s.String().Length() + 1
	}
	seen := map[Key]bool{}
	for holder := o; holder != nil; holder = r.GetPrototypeOf(holder) {
		own := holder == o
		for _, k := range r.OwnKeys(holder) {
			if seen[k] {
				continue
			}
			seen[k] = true
			d, ok := r.GetOwnPropertyDescriptor(holder, k)
			if !ok {
				continue
			}
			name := k.String()
			value, hasValue, synthetic := d.Value, !d.IsAccessor(), false
			// Builtin getters (no script) are called; a rejected promise result is not shown.
			if g := d.Get.AsObject(); d.IsAccessor() && g != nil && isNativeFunction(g) && name != "__proto__" {
				v, threw := r.getCatching(o, k)
				if threw {
					// V8 skips a property whose getter throws.
					continue
				}
				if po := v.AsObject(); po == nil || po.hc.InstanceType != TypePromise || !isRejected(po) {
					value, hasValue, synthetic = v, true, true
				}
			}
			if !hasValue && !(d.IsAccessor() && d.Get.IsCallable()) {
				continue
			}
			if !own && !synthetic {
				continue
			}
			if blocked[name] {
				continue
			}
			if k.IsIndex() && skipIndex > 0 {
				skipIndex--
				if skipIndex > 0 {
					continue
				}
			}
			limit := nameLimit
			if k.IsIndex() || previewIntegerIndex(name) {
				limit = indexLimit
			}
			if *limit == 0 {
				p.overflow = true
				return
			}
			*limit--
			if k.Prop().IsSymbol() {
				name = k.Prop().SymbolValue().DescriptiveString()
			}
			if hasValue {
				p.properties = append(p.properties, r.chromePropertyPreview(name, value))
			} else {
				p.properties = append(p.properties, propertyPreview{name: name, typ: "accessor"})
			}
		}
	}
}

// previewIntegerIndex: V8's preview counts a name against the index limit when it is an
// integer index (String::AsIntegerIndex: canonical digits up to 2^53-1), so "4294967295",
// stored as a named property, still counts as an index.
func previewIntegerIndex(name string) bool {
	if name == "" || len(name) > 16 || len(name) > 1 && name[0] == '0' {
		return false
	}
	v := uint64(0)
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c < '0' || c > '9' {
			return false
		}
		v = v*10 + uint64(c-'0')
	}
	return v <= 1<<53-1
}

func isStringWrapper(o *Object) bool {
	v, ok := PrimitiveOf(o)
	return ok && v.IsString()
}

func isNativeFunction(f *Object) bool {
	fd, ok := f.Internal.(*FunctionData)
	return ok && fd.Closure == nil
}

// chromePropertyPreview is buildPropertyPreview: a nested value as one line.
func (r *Runtime) chromePropertyPreview(name string, v Value) propertyPreview {
	switch v.Kind() {
	case KindUndefined, KindHole:
		return propertyPreview{name: name, typ: "undefined", value: "undefined"}
	case KindNull:
		return propertyPreview{name: name, typ: "object", subtype: "null", value: "null"}
	case KindBoolean:
		return propertyPreview{name: name, typ: "boolean", value: r.ToString(v).GoString()}
	case KindString:
		return propertyPreview{name: name, typ: "string", value: abbreviate(v.String().GoString(), true)}
	case KindNumber:
		d, _ := numberDescription(v.Num())
		return propertyPreview{name: name, typ: "number", value: d}
	case KindBigInt:
		return propertyPreview{name: name, typ: "bigint", value: abbreviate(v.BigInt().String()+"n", true)}
	case KindSymbol:
		return propertyPreview{name: name, typ: "symbol", value: abbreviate(v.Symbol().DescriptiveString(), false)}
	}
	o := v.Object()
	if o.IsCallable() {
		return propertyPreview{name: name, typ: "function"}
	}
	subtype, desc := r.chromeObjectDescription(o)
	return propertyPreview{name: name, typ: "object", subtype: subtype, value: abbreviate(desc, subtype == "regexp")}
}

// chromeEntryPreview is buildEntryPreview: a Map/Set entry's key or value.
func (r *Runtime) chromeEntryPreview(v Value, nameLimit, indexLimit *int) *objectPreview {
	switch v.Kind() {
	case KindUndefined, KindHole:
		return &objectPreview{typ: "undefined", description: "undefined"}
	case KindNull:
		return &objectPreview{typ: "object", subtype: "null", description: "null"}
	case KindBoolean, KindString:
		return &objectPreview{typ: TypeOf(v), description: r.ToString(v).GoString()}
	case KindNumber:
		d, _ := numberDescription(v.Num())
		return &objectPreview{typ: "number", description: d}
	case KindBigInt:
		return &objectPreview{typ: "bigint", description: abbreviate(v.BigInt().String()+"n", true)}
	case KindSymbol:
		return &objectPreview{typ: "symbol", description: v.Symbol().DescriptiveString()}
	}
	o := v.Object()
	if o.IsCallable() {
		return &objectPreview{typ: "function", description: r.functionSourceText(o)}
	}
	subtype, desc := r.chromeObjectDescription(o)
	return r.chromeObjectPreview(o, subtype, desc, true, nameLimit, indexLimit)
}

// v8ConsoleFormatter is V8's console Formatter (builtins-console.cc): before the arguments reach
// the inspector, the values consumed by %s become String(value), by %d and %i parseInt(value, 10)
// and by %f parseFloat(value); strings substituted for %s are scanned for specifiers too.
func (r *Runtime) v8ConsoleFormatter(args []Value) []Value {
	if len(args) < 2 || !args[0].IsString() {
		return args
	}
	args = append([]Value(nil), args...)
	type state struct {
		s   string
		off int
	}
	states := []state{{args[0].String().GoString(), 0}}
	index := 1
	for len(states) > 0 && index < len(args) {
		st := &states[len(states)-1]
		i := strings.IndexByte(st.s[min(st.off, len(st.s)):], '%')
		if i < 0 || st.off+i == len(st.s)-1 {
			states = states[:len(states)-1]
			continue
		}
		st.off += i
		cur := args[index]
		switch st.s[st.off+1] {
		case 'd', 'i', 'f':
			switch {
			case cur.IsSymbol():
				cur = NaN
			case st.s[st.off+1] == 'f':
				cur = Number(parseFloatText(r.ToString(cur).GoString()))
			default:
				cur = Number(parseIntRadix(r.ToString(cur).GoString(), 10))
			}
		case 's':
			if cur.IsSymbol() {
				cur = Str(cur.Symbol().DescriptiveString())
			} else {
				cur = StringValue(r.ToString(cur))
			}
			args[index] = cur
			index++
			st.off += 2
			states = append(states, state{cur.String().GoString(), 0})
			continue
		case 'c', 'o', 'O', '_':
			st.off += 2
			index++
			continue
		case '%':
			st.off += 2
			continue
		default:
			st.off++
			continue
		}
		args[index] = cur
		index++
		st.off += 2
	}
	return args
}

func isRejected(p *Object) bool {
	st, _ := promiseDetails(p)
	return st == PromiseRejected
}

// getCatching is o[k] with a JS exception reported rather than raised (V8's TryCatch).
func (r *Runtime) getCatching(o *Object, k Key) (v Value, threw bool) {
	defer func() {
		if e := recover(); e != nil {
			if _, ok := e.(*Exception); !ok {
				panic(e)
			}
			v, threw = Undefined, true
		}
	}()
	return r.Get(o, k, ObjectValue(o)), false
}
