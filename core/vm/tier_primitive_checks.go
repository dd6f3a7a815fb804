package vm

// Optimized code guards a receiver whose feedback saw only strings, or only numbers, with a type
// check instead of a map check (TurboFan's PropertyAccessBuilder::TryBuildStringCheck /
// TryBuildNumberCheck, Maglev's CheckString / CheckNumber): every string (internalized, cons,
// two-byte…) passes, and anything else deopts with "not a String" / "not a Number".

// primitiveGuard says how optimized code compiled for maps treats a receiver of map m:
// guarded is false when the maps are not all strings or all numbers (a map check applies).
func (r *Runtime) primitiveGuard(maps []*HiddenClass, m *HiddenClass) (reason string, guarded bool) {
	switch {
	case len(maps) == 0:
		return "", false
	case allMaps(maps, r.isStringMap):
		if r.isStringMap(m) {
			return "", true
		}
		return "not a String", true
	case allMaps(maps, r.isNumberMap):
		return "not a Number", true // m differs from the one number map
	}
	return "", false
}

func allMaps(maps []*HiddenClass, is func(*HiddenClass) bool) bool {
	for _, m := range maps {
		if !is(m) {
			return false
		}
	}
	return true
}

func (r *Runtime) isStringMap(m *HiddenClass) bool {
	for _, s := range r.om.ic.primitiveMaps[:primNumber] {
		if s != nil && s == m {
			return true
		}
	}
	return false
}

func (r *Runtime) isNumberMap(m *HiddenClass) bool {
	return m != nil && m == r.om.ic.primitiveMaps[primNumber]
}
