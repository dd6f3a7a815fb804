package vm

// Dictionary-mode capacity as V8's HashTable computes it: a power of two with at least 50%
// headroom, at least 4 (HashTable::ComputeCapacity, HasSufficientCapacityToAdd).

// literalMapCacheSize is JSObject::kMapCacheSize: the object literal map cache has maps for
// fewer properties only; from this many on Factory::ObjectLiteralMapFromCache answers the slow
// (dictionary) object map. An object literal of 128 properties (computed keys counted) stays a
// dictionary on Node 26, at top level and when copied from its boilerplate
// (fresh6_map_literal_128); a JSON.parse object of 128 does too (127 fast, 128 not).
const literalMapCacheSize = 128

func dictCapacity(atLeast int) int {
	c := 4
	for c < atLeast+atLeast/2 {
		c *= 2
	}
	return c
}

// capacity is the table's current capacity (a dictionary made by normalizing n properties starts
// with room for n + 2, as V8's NormalizeProperties was measured to allocate).
func (d *propertyDict) capacity() int {
	if d.cap == 0 {
		d.cap = dictCapacity(d.live + 2)
	}
	return d.cap
}

// ensureCapacity grows the table when an addition leaves less than half of the used count free.
func (d *propertyDict) ensureCapacity() {
	if d.cap == 0 {
		return // sized lazily from the final count of the normalization (capacity)
	}
	if n := d.live; n+n/2 > d.cap {
		d.cap = dictCapacity(n)
	}
}
