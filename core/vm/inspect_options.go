package vm

import "math"

// InspectOptions are util.inspect's options. The numeric options JavaScript allows to be null or
// Infinity are float64: math.Inf(1) stands for both.
type InspectOptions struct {
	ShowHidden    bool
	Depth         float64
	Colors        bool // accepted for util.inspect's option surface; EngineScope never colours output
	CustomInspect bool
	ShowProxy     bool
	// MaxArrayLength also bounds Set, Map and iterator entries.
	MaxArrayLength   float64
	MaxStringLength  float64
	BreakLength      float64
	Compact          int // CompactAll (JS `true`), 0 (JS `false`) or the number of inner levels to join
	Sorted           bool
	Getters          GettersMode
	NumericSeparator bool
}

// CompactAll is `compact: true`.
const CompactAll = -1

// GettersMode is the `getters` option: false, true, 'get' or 'set'.
type GettersMode uint8

const (
	GettersNone GettersMode = iota
	GettersAll
	GettersGetOnly
	GettersSetOnly
)

// DefaultInspectOptions is util.inspect.defaultOptions.
func DefaultInspectOptions() InspectOptions {
	return InspectOptions{
		Depth:           2,
		CustomInspect:   true,
		MaxArrayLength:  100,
		MaxStringLength: 10000,
		BreakLength:     80,
		Compact:         3,
	}
}

var inf = math.Inf(1)
