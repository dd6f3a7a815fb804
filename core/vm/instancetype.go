package vm

// InstanceType is V8's instance type: what kind of heap object a map describes. The simulator uses
// it as the object's class for exotic behaviour and for console formatting.
type InstanceType uint8

const (
	TypeObject InstanceType = iota
	TypeArray
	TypeFunction
	TypeBoundFunction
	TypeError
	TypePrimitiveWrapper // Boolean, Number, String, Symbol, BigInt wrappers
	TypeArguments
	TypeDate
	TypeRegExp
	TypeMap
	TypeSet
	TypeWeakMap
	TypeWeakSet
	TypeWeakRef
	TypePromise
	TypeGenerator
	TypeAsyncGenerator
	TypeArrayIterator
	TypeStringIterator
	TypeMapIterator
	TypeSetIterator
	TypeRegExpStringIterator
	TypeGlobalObject
	TypeProxy
	TypeArrayBuffer
	TypeTypedArray
	TypeDataView
	TypeContext // a heap Context (not a JS object, but shown in the heap)
	TypeOther
)

var instanceTypeNames = [...]string{
	"JS_OBJECT_TYPE", "JS_ARRAY_TYPE", "JS_FUNCTION_TYPE", "JS_BOUND_FUNCTION_TYPE", "JS_ERROR_TYPE",
	"JS_PRIMITIVE_WRAPPER_TYPE", "JS_ARGUMENTS_OBJECT_TYPE", "JS_DATE_TYPE", "JS_REG_EXP_TYPE",
	"JS_MAP_TYPE", "JS_SET_TYPE", "JS_WEAK_MAP_TYPE", "JS_WEAK_SET_TYPE", "JS_WEAK_REF_TYPE",
	"JS_PROMISE_TYPE", "JS_GENERATOR_OBJECT_TYPE", "JS_ASYNC_GENERATOR_OBJECT_TYPE",
	"JS_ARRAY_ITERATOR_TYPE", "JS_STRING_ITERATOR_TYPE", "JS_MAP_ITERATOR_TYPE", "JS_SET_ITERATOR_TYPE",
	"JS_REG_EXP_STRING_ITERATOR_TYPE", "JS_GLOBAL_OBJECT_TYPE", "JS_PROXY_TYPE", "JS_ARRAY_BUFFER_TYPE",
	"JS_TYPED_ARRAY_TYPE", "JS_DATA_VIEW_TYPE", "CONTEXT_TYPE", "JS_OBJECT_TYPE",
}

func (t InstanceType) String() string { return instanceTypeNames[t] }
