package vm

import "strconv"

// PropertyKey is a property name: a string or a symbol. Array indices are not PropertyKeys on the
// fast path; they go to elements (see IndexKey).
type PropertyKey struct {
	name string
	sym  *Symbol
}

func NameKey(s string) PropertyKey         { return PropertyKey{name: s} }
func SymbolKey(s *Symbol) PropertyKey      { return PropertyKey{sym: s} }
func (k PropertyKey) IsSymbol() bool       { return k.sym != nil }
func (k PropertyKey) Name() string         { return k.name }
func (k PropertyKey) SymbolValue() *Symbol { return k.sym }

// Value converts the key back to a JS value (a string or a symbol).
func (k PropertyKey) Value() Value {
	if k.sym != nil {
		return SymbolValue(k.sym)
	}
	return Str(k.name)
}

// String renders the key the way V8 diagnostics print it.
func (k PropertyKey) String() string {
	if k.sym != nil {
		return k.sym.DescriptiveString()
	}
	return k.name
}

// ArrayIndex reports whether the key is a canonical array index ("0" … "4294967294").
func (k PropertyKey) ArrayIndex() (uint32, bool) {
	if k.sym != nil {
		return 0, false
	}
	return parseArrayIndex(k.name)
}

func parseArrayIndex(s string) (uint32, bool) {
	n := len(s)
	if n == 0 || n > 10 || (n > 1 && s[0] == '0') {
		return 0, false
	}
	var v uint64
	for i := 0; i < n; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + uint64(c-'0')
	}
	if v >= 4294967295 {
		return 0, false
	}
	return uint32(v), true
}

// Key is a property reference that is either an element index or a named key. Property
// operations take a Key so integer-indexed access never builds a string.
type Key struct {
	index   uint32
	isIndex bool
	prop    PropertyKey
}

func IndexKey(i uint32) Key     { return Key{index: i, isIndex: true} }
func PropKey(k PropertyKey) Key { return Key{prop: k} }
func (k Key) IsIndex() bool     { return k.isIndex }
func (k Key) Index() uint32     { return k.index }
func (k Key) Prop() PropertyKey { return k.prop }
func StrKey(s string) Key       { return KeyFromName(s) }

// KeyFromName classifies a string property name.
func KeyFromName(s string) Key {
	if i, ok := parseArrayIndex(s); ok {
		return IndexKey(i)
	}
	return Key{prop: PropertyKey{name: s}}
}

// PropertyKeyOf is the named form of any key (an index becomes its decimal string).
func (k Key) PropertyKeyOf() PropertyKey {
	if k.isIndex {
		return PropertyKey{name: strconv.FormatUint(uint64(k.index), 10)}
	}
	return k.prop
}

// Value converts the key to a JS value.
func (k Key) Value() Value { return k.PropertyKeyOf().Value() }

func (k Key) String() string { return k.PropertyKeyOf().String() }
