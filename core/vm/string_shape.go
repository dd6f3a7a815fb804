package vm

import "fmt"

// The representations V8's %DebugPrint distinguishes (String::PrefixForDebugPrint). Strings
// from source literals, property names and most builtins are internalized; a + b makes a new
// sequential string, or a ConsString (rope) when at least ConsString::kMinLength long; using a
// non-internalized string as a property name internalizes a copy and turns the young original
// into a ThinString pointing at it.
const (
	strInternalized strShape = iota
	strSeq
	strCons
	strThin
)

// consMinLength is ConsString::kMinLength.
const consMinLength = 13

func concatShape(s *String) strShape {
	if s.Length() >= consMinLength {
		return strCons
	}
	return strSeq
}

// usedAsName is a string becoming a property name (not an array index).
func (s *String) usedAsName() {
	if s.shape != strInternalized {
		s.shape = strThin
	}
}

var strPrefixes = [...]string{strInternalized: "#", strSeq: "\"", strCons: "c\"", strThin: ">\""}

// debugText is V8's String ShortPrint: <String[n]: #text> or, not internalized, <String[n]: "text">.
func (s *String) debugText() string {
	g := s.GoString()
	if s.shape == strInternalized {
		return fmt.Sprintf("<String[%d]: #%s>", s.Length(), g)
	}
	return fmt.Sprintf("<String[%d]: %s%s\">", s.Length(), strPrefixes[s.shape], g)
}
