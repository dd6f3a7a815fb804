package vm

import (
	"fmt"
	"math"
	"strings"
)

// nativeDebugPrint is %DebugPrint(value): V8's (release build) report of a heap object and its
// map, printed on stdout. Addresses are the simulated ones, so a test compares it through
// natives.NormalizeDebugPrint exactly as V8's output is normalized.
func nativeDebugPrint(r *Runtime, f *frame, a []Value) Value {
	if len(a) == 0 {
		return Undefined
	}
	v := a[0]
	var b strings.Builder
	switch o := v.AsObject(); {
	case v.IsSmi():
		fmt.Fprintf(&b, "DebugPrint: Smi: 0x%x (%d)\n\n", uint32(int32(v.num)), int32(v.num))
	case o != nil:
		r.debugPrintObject(&b, o)
	case r.debugPrintPrimitive(&b, v): // natives_debugprint_primitive.go
	default:
		fmt.Fprintf(&b, "DebugPrint: %s\n", r.briefValue(v))
	}
	r.writeRaw("log", b.String())
	return v
}

func (r *Runtime) debugPrintObject(b *strings.Builder, o *Object) {
	m := o.hc
	header := m.InstanceType.String()
	if m.InstanceType == TypeArray {
		header = "JSArray"
	} else if m.InstanceType == TypeFunction {
		header = "Function"
	} else if m.InstanceType == TypePrimitiveWrapper {
		header = "JSPrimitiveWrapper" // natives_debugprint_wrapper.go
	}
	fmt.Fprintf(b, "DebugPrint: 0x%x: [%s]\n", o.Address(), header)
	mode := "FastProperties"
	if m.Dictionary {
		mode = "DictionaryProperties"
	}
	fmt.Fprintf(b, " - map: 0x%x %s [%s]\n", m.Address(), mapBrief(m), mode)
	fmt.Fprintf(b, " - prototype: %s\n", r.protoBrief(m.Proto))
	fmt.Fprintf(b, " - elements: %s [%s]\n", elementsBrief(o), elementsKindLabel(o))
	if m.InstanceType == TypeArray {
		fmt.Fprintf(b, " - length: %d\n", o.length)
	}
	if v, ok := wrapperValue(o); ok {
		fmt.Fprintf(b, " - value: %s\n", r.briefValue(v))
	}
	fmt.Fprintf(b, " - properties: %s\n", propertiesBrief(o))
	empty := m.InstanceType != TypeArray && wrapperMapKind(m) != "String" && (m.Dictionary && o.dict.Len() == 0 || !m.Dictionary && len(m.Descriptors) == 0)
	if empty {
		b.WriteString(" - All own properties (excluding elements): {}\n")
	} else {
		r.debugPrintProperties(b, o)
	}
	if o.sparse != nil {
		r.debugPrintSparse(b, o)
	} else if o.elementsCapacity() > 0 {
		r.debugPrintElements(b, o)
	}
	r.debugPrintMap(b, m)
	b.WriteString("\n")
}

func (r *Runtime) debugPrintProperties(b *strings.Builder, o *Object) {
	m := o.hc
	b.WriteString(" - All own properties (excluding elements): {\n")
	if m.InstanceType == TypeArray {
		lengthAttrs := "W__"
		if o.Internal == arrayLengthReadOnly {
			lengthAttrs = "___"
		}
		fmt.Fprintf(b, "    #length: <AccessorInfo name= <String[6]: #length>, data= <undefined>> (const accessor descriptor, attrs: [%s]), location: descriptor\n", lengthAttrs)
	}
	if wrapperMapKind(m) == "String" && !m.Dictionary {
		b.WriteString("    #length: <AccessorInfo name= <String[6]: #length>, data= <undefined>> (const accessor descriptor, attrs: [___]), location: descriptor\n")
	}
	if m.Dictionary {
		for i, e := range o.dict.entries {
			if e.deleted {
				continue
			}
			kind := "data"
			if e.attr.IsAccessor() {
				kind = "accessor"
			}
			key := e.key.name // a string key prints bare, a symbol as its Brief
			if e.key.sym != nil {
				key = symbolBrief(e.key.sym)
			}
			fmt.Fprintf(b, "   %s: %s (%s, dict_index: %d, attrs: [%s])\n", key, r.briefValue(e.value), kind, i+1, attrText(e.attr))
		}
	} else {
		for i := range m.Descriptors {
			d := &m.Descriptors[i]
			where := "in-object"
			if d.Field >= m.InObject {
				where = fmt.Sprintf("properties[%d]", d.Field-m.InObject)
			}
			kind := "data field"
			if d.Const {
				kind = "const data field"
			}
			val := o.fieldValue(d)
			if d.Field < 0 {
				fmt.Fprintf(b, "    %s: %s (const accessor descriptor, attrs: [%s]), location: descriptor\n", descriptorKeyText(d.Key), r.briefValue(val), attrText(d.Attr))
				continue
			}
			typ := "Any"
			if d.Type != nil {
				typ = fmt.Sprintf("Class(0x%x)", d.Type.Address())
			}
			fmt.Fprintf(b, "    %s: %s (%s %d, attrs: [%s]) @ %s, location: %s\n", descriptorKeyText(d.Key), r.fieldBrief(val, *d), kind, d.Field, attrText(d.Attr), typ, where)
		}
	}
	b.WriteString(" }\n")
}

func (r *Runtime) debugPrintElements(b *strings.Builder, o *Object) {
	fmt.Fprintf(b, " - elements: %s {\n", elementsBrief(o))
	capacity := int(o.elementsCapacity())
	double := o.hc.Elements == PackedDoubleElements || o.hc.Elements == HoleyDoubleElements
	text := func(i int) string {
		switch {
		case i >= len(o.elements) || o.elements[i].kind == KindHole:
			if double {
				return "<the_hole>"
			}
			return "<the_hole_value>"
		case double:
			f := o.elements[i].num
			return fmt.Sprintf("%s (0x%016x)", NumberToString(f), math.Float64bits(f))
		}
		return r.elementBrief(o.elements[i], o.hc.Elements)
	}
	// V8 prints a run of equal values once, labelled with its index range.
	for i := 0; i < capacity; {
		t := text(i)
		j := i + 1
		for j < capacity && (j >= len(o.elements) && i >= len(o.elements) || text(j) == t) {
			j++
		}
		label := fmt.Sprint(i)
		if j-i > 1 {
			label = fmt.Sprintf("%d-%d", i, j-1)
		}
		fmt.Fprintf(b, "%12s: %s\n", label, t)
		i = j
	}
	b.WriteString(" }\n")
}

// debugPrintSparse prints a NumberDictionary's entries in key order.
func (r *Runtime) debugPrintSparse(b *strings.Builder, o *Object) {
	fmt.Fprintf(b, " - elements: %s {\n", elementsBrief(o))
	for _, k := range o.sparse.sortedKeys() {
		e := o.sparse.m[k]
		kind := "data"
		if e.attr.IsAccessor() {
			kind = "accessor"
		}
		fmt.Fprintf(b, "   %d: %s (%s, dict_index: 0, attrs: [%s])\n", k, r.briefValue(e.value), kind, attrText(e.attr))
	}
	b.WriteString(" }\n")
}

func (r *Runtime) debugPrintMap(b *strings.Builder, m *HiddenClass) {
	fmt.Fprintf(b, "0x%x: [Map]\n", m.Address())
	fmt.Fprintf(b, " - type: %s\n", m.InstanceType)
	fmt.Fprintf(b, " - instance size: %d\n", mapInstanceSize(m))
	fmt.Fprintf(b, " - inobject properties: %d\n", m.InObject)
	fmt.Fprintf(b, " - unused property fields: %d\n", unusedPropertyFields(m))
	fmt.Fprintf(b, " - elements kind: %s\n", printedElementsKind(m))
	if hasEnumCache(m) { // enum_cache.go; the empty map's cache is the empty one
		fmt.Fprintf(b, " - enum length: %d\n", enumLength(m))
	} else {
		b.WriteString(" - enum length: invalid\n")
	}
	// V8's Map::MapPrint order.
	switch {
	case m.Deprecated:
		b.WriteString(" - deprecated_map\n")
	case m.Dictionary:
	case !hasTransitions(m):
		b.WriteString(" - stable_map\n")
	}
	if m.MigrationTarget {
		b.WriteString(" - migration_target\n")
	}
	if m.Dictionary {
		b.WriteString(" - dictionary_map\n")
		b.WriteString(" - may_have_interesting_properties\n")
	}
	if m.NonExtensible {
		b.WriteString(" - non-extensible\n")
	}
	if m.IsPrototype {
		b.WriteString(" - prototype_map\n")
	}
	if m.Parent != nil {
		fmt.Fprintf(b, " - back pointer: 0x%x %s\n", m.Parent.Address(), mapBrief(m.Parent))
	} else if !m.IsPrototype {
		b.WriteString(" - back pointer: <undefined>\n")
	}
	n := len(m.Descriptors)
	if m.InstanceType == TypeArray || wrapperMapKind(m) == "String" {
		n++ // length
	}
	if m.InstanceType == TypeArray && hasTransitions(m) {
		fmt.Fprintf(b, " - instance descriptors #%d: <DescriptorArray[%d]>\n", n, n)
	} else if owner := descriptorOwner(m); owner != m {
		fmt.Fprintf(b, " - instance descriptors #%d: <DescriptorArray[%d]>\n", n, len(owner.Descriptors))
	} else {
		fmt.Fprintf(b, " - instance descriptors (own) #%d: <DescriptorArray[%d]>\n", n, n)
	}
	fmt.Fprintf(b, " - prototype: %s\n", r.protoBrief(m.Proto))
	fmt.Fprintf(b, " - constructor: <JSFunction %s>\n", r.mapConstructorName(m))
	fmt.Fprintf(b, " - construction counter: %d\n", constructionCounter(m))
}

// descriptorOwner is the map that owns m's descriptor array. V8's first property transition out
// of a map that owns its array shares the array with the new map, appending in place, and hands
// ownership on (Map::ShareDescriptor); later siblings get copies. So the owner is the end of the
// chain of first property transitions. A root map (no back pointer) keeps its own array
// (Map::ConnectTransition only clears owns_descriptors of a parent that has a back pointer).
func descriptorOwner(m *HiddenClass) *HiddenClass {
	cur := m
	for m.Parent != nil && !cur.IsPrototype && !cur.Dictionary {
		var next *HiddenClass
		for _, t := range cur.transitions {
			if !t.key.isElems && t.key.integrity == 0 {
				next = t.to
				break
			}
		}
		if next == nil || next.Dictionary {
			break
		}
		cur = next
	}
	return cur
}

// hasTransitions: a map with transitions is not stable, and (for arrays) has handed its
// descriptors on. The initial array maps have their elements-kind chain from the start in V8
// (made at bootstrap), here only once used, so they count as having it.
func hasTransitions(m *HiddenClass) bool {
	if len(m.transitions) > 0 {
		return true
	}
	return m.InstanceType == TypeArray && len(m.Descriptors) == 0 && !m.NonExtensible &&
		m.Elements < HoleyElements && !m.IsPrototype
}

// mapInstanceSize is the map's instance size in bytes: header words plus in-object fields.
func mapInstanceSize(m *HiddenClass) int {
	size := jsObjectHeaderSize + m.InObject*TaggedSize
	if m.InstanceType == TypeArray || m.InstanceType == TypePrimitiveWrapper {
		size += TaggedSize // length, value
	}
	return size
}

func mapBrief(m *HiddenClass) string {
	return fmt.Sprintf("<Map[%d](%s)>", mapInstanceSize(m), printedElementsKind(m))
}

// unusedPropertyFields: free in-object slots, or free PropertyArray slots once they are used up.
func unusedPropertyFields(m *HiddenClass) int {
	if m.Dictionary {
		return 0
	}
	used := m.FieldCount()
	if used <= m.InObject {
		return m.InObject - used
	}
	return m.backingCapacity(used) - (used - m.InObject)
}

func (r *Runtime) mapConstructorName(m *HiddenClass) string {
	if m.Constructor != nil {
		return r.FunctionName(m.Constructor)
	}
	switch m.InstanceType {
	case TypeArray:
		return "Array"
	case TypeFunction:
		return "Function"
	case TypePrimitiveWrapper:
		if k := wrapperMapKind(m); k != "" {
			return k
		}
	}
	return "Object"
}

func (r *Runtime) protoBrief(p *Object) string {
	switch {
	case p == nil:
		return "<null>"
	case p.hc.InstanceType == TypeArray:
		return fmt.Sprintf("0x%x <JSArray[%d]>", p.Address(), p.length)
	case p.hc.InstanceType == TypeFunction:
		return fmt.Sprintf("0x%x <JSFunction %s>", p.Address(), r.FunctionName(p))
	}
	// JSObject's ShortPrint names the map's constructor: a class prototype's is the class
	return fmt.Sprintf("0x%x <%s map = 0x%x%s>", p.Address(), r.mapConstructorName(p.hc), p.hc.Address(), r.wrapperBriefSuffix(p))
}

func elementsBrief(o *Object) string {
	if o.sparse != nil {
		// HashTable header (3) + NumberDictionary's max-key prefix (1) + 3 words an entry.
		return fmt.Sprintf("0x%x <NumberDictionary[%d]>", o.elems.addr, 4+o.sparse.cap*numberDictEntry)
	}
	n := int(o.elementsCapacity())
	if n > 0 && (o.hc.Elements == PackedDoubleElements || o.hc.Elements == HoleyDoubleElements) {
		return fmt.Sprintf("0x%x <FixedDoubleArray[%d]>", o.elems.addr, n)
	}
	return fmt.Sprintf("0x%x <FixedArray[%d]>", o.elems.addr, n)
}

func elementsKindLabel(o *Object) string {
	if o.cow {
		return o.hc.Elements.String() + " (COW)"
	}
	return printedElementsKind(o.hc)
}

func propertiesBrief(o *Object) string {
	switch {
	case o.hc.Dictionary:
		return fmt.Sprintf("0x%x <NameDictionary[%d]>", o.props.addr, 6+o.dict.capacity()*3)
	case o.hc.FieldCount() > o.hc.InObject:
		out := o.hc.FieldCount() - o.hc.InObject
		return fmt.Sprintf("0x%x <PropertyArray[%d]>", o.props.addr, out+unusedPropertyFields(o.hc))
	case o.propertyArray:
		return "0x1 <PropertyArray[0]>"
	}
	return "0x1 <FixedArray[0]>"
}

// descriptorKeyText is a descriptor's key as DescriptorArray printing shows it: a name as #x, a
// symbol by its ShortPrint.
func descriptorKeyText(k PropertyKey) string {
	if k.sym != nil {
		return symbolBrief(k.sym)
	}
	return "#" + k.name
}

// symbolBrief is Symbol::SymbolShortPrint: the description, or (UNKNOWN) without one.
func symbolBrief(s *Symbol) string {
	desc := "(UNKNOWN)"
	if !s.Description.IsUndefined() {
		desc = s.Description.String().GoString()
	}
	return fmt.Sprintf("0x%x <Symbol: %s>", s.Address(), desc)
}

func keyText(k PropertyKey) string {
	if k.sym != nil {
		return k.sym.DescriptiveString()
	}
	return k.name
}

func attrText(a Attr) string {
	c := []byte("___")
	if a.Writable() || a.IsAccessor() {
		c[0] = 'W'
	}
	if a.Enumerable() {
		c[1] = 'E'
	}
	if a.Configurable() {
		c[2] = 'C'
	}
	return string(c)
}

// fieldBrief prints a field's value: a number in a Double field (or a non-Smi number) is a HeapNumber.
func (r *Runtime) fieldBrief(v Value, d Descriptor) string {
	if v.kind == KindNumber && (d.Rep == RepDouble || !v.IsSmi()) {
		return heapNumberBrief(v.num)
	}
	return r.briefValue(v)
}

func (r *Runtime) elementBrief(v Value, k ElementsKind) string {
	if v.kind == KindNumber && (k == PackedElements || k == HoleyElements) && !v.IsSmi() {
		return heapNumberBrief(v.num)
	}
	return r.briefValue(v)
}

func heapNumberBrief(f float64) string {
	s := NumberToString(f)
	if f == math.Trunc(f) && !math.IsInf(f, 0) && !strings.ContainsAny(s, "e") {
		s += ".0"
	}
	return "<HeapNumber " + s + ">"
}

// briefValue is V8's ShortPrint of a value.
func (r *Runtime) briefValue(v Value) string {
	switch v.kind {
	case KindUndefined:
		return "0x1 <undefined>"
	case KindNull:
		return "0x1 <null>"
	case KindBoolean:
		if v.num != 0 {
			return "0x1 <true>"
		}
		return "0x1 <false>"
	case KindNumber:
		if v.IsSmi() {
			return NumberToString(v.num)
		}
		return heapNumberBrief(v.num)
	case KindString:
		return v.String().debugText()
	case KindSymbol:
		return symbolBrief(v.Symbol())
	case kindAccessor:
		return "0x1 <AccessorPair>"
	case KindObject:
		o := v.Object()
		if closureOf(o) != nil {
			return fmt.Sprintf("0x%x <JSFunction %s>", o.Address(), closureOf(o).SFI.DebugName())
		}
		if o.hc.InstanceType == TypeArray {
			return fmt.Sprintf("0x%x <JSArray[%d]>", o.Address(), o.length)
		}
		return fmt.Sprintf("0x%x <%s map = 0x%x%s>", o.Address(), r.mapConstructorName(o.hc), o.hc.Address(), r.wrapperBriefSuffix(o))
	}
	return "?"
}
