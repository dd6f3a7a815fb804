package events

const (
	KindHeapAlloc   = "heap.alloc"
	KindPropertySet = "property.set"
)

// HeapAlloc: an object was allocated on the simulated heap.
type HeapAlloc struct {
	Header
	Addr  Addr   `json:"addr"`            // address of the object
	Size  int    `json:"size"`            // size in bytes
	Type  string `json:"type"`            // JSObject, JSArray, JSFunction, Context, HeapNumber, String, FixedArray, PropertyArray, …
	Map   uint32 `json:"map"`             // id of its map (hidden class)
	Space string `json:"space,omitempty"` // new (a semispace), old (an old-space page), lo (large-object space), snapshot
}

func (*HeapAlloc) Kind() string { return KindHeapAlloc }

// PropertySet: a named or indexed property was stored.
type PropertySet struct {
	Header
	Object    Addr   `json:"obj"`       // address of the object written
	Key       string `json:"key"`       // property key as text (symbols as Symbol(desc))
	Value     Value  `json:"value"`     // stored value
	MapBefore uint32 `json:"mapBefore"` // map id before the store
	MapAfter  uint32 `json:"mapAfter"`  // map id after it (differs on a transition)
}

func (*PropertySet) Kind() string { return KindPropertySet }
