package vm

import "math"

// dateInspectText is what util.inspect shows for a Date: toISOString, or toString ("Invalid
// Date") for an invalid one.
func (r *Runtime) dateInspectText(t float64) string {
	if t != t || math.IsInf(t, 0) {
		return "Invalid Date"
	}
	return r.dateISOString(t)
}

// dateDescription is V8's GetDateDescription: Date.prototype.toString in the runtime's zone.
func (r *Runtime) dateDescription(t float64) string { return r.dateToString(t, dateFull) }
