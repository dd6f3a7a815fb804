package engine

import (
	"strings"
)

// v8ClassNames turns the heap's instance-type names into the class names V8's heap snapshots
// and %DebugPrint use (JS_ARRAY_TYPE → JSArray).
var v8ClassNames = map[string]string{
	"JS_OBJECT_TYPE": "JSObject", "JS_ARRAY_TYPE": "JSArray", "JS_FUNCTION_TYPE": "JSFunction",
	"JS_BOUND_FUNCTION_TYPE": "JSBoundFunction", "JS_ERROR_TYPE": "JSError",
	"JS_PRIMITIVE_WRAPPER_TYPE": "JSPrimitiveWrapper", "JS_ARGUMENTS_OBJECT_TYPE": "JSArgumentsObject",
	"JS_DATE_TYPE": "JSDate", "JS_REG_EXP_TYPE": "JSRegExp", "JS_MAP_TYPE": "JSMap", "JS_SET_TYPE": "JSSet",
	"JS_WEAK_MAP_TYPE": "JSWeakMap", "JS_WEAK_SET_TYPE": "JSWeakSet", "JS_PROMISE_TYPE": "JSPromise",
	"JS_GENERATOR_OBJECT_TYPE": "JSGeneratorObject", "JS_GLOBAL_OBJECT_TYPE": "JSGlobalObject",
	"JS_PROXY_TYPE": "JSProxy", "CONTEXT_TYPE": "Context",
}

func v8ClassName(kind string) string {
	if n, ok := v8ClassNames[kind]; ok {
		return n
	}
	if strings.HasSuffix(kind, "_TYPE") {
		// JS_ARRAY_ITERATOR_TYPE → JSArrayIterator
		var b strings.Builder
		for i, part := range strings.Split(strings.TrimSuffix(kind, "_TYPE"), "_") {
			if i == 0 && part == "JS" {
				b.WriteString("JS")
				continue
			}
			b.WriteString(part[:1] + strings.ToLower(part[1:]))
		}
		return b.String()
	}
	return kind
}

// recordAllocations turns the simulated heap's allocations into heap.alloc events.
func (s *runState) recordAllocations() {
	names := map[string]string{}
	s.rt.RecordAllocations(func(kind string) string {
		name, ok := names[kind]
		if !ok {
			name = v8ClassName(kind)
			names[kind] = name
		}
		return name
	})
}
