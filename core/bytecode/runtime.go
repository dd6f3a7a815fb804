package bytecode

// RuntimeID names a runtime function called with CallRuntime (V8's Runtime::FunctionId). The
// listing prints the name: CallRuntime [DefineClass], r0-r3.
type RuntimeID uint16

// Runtime functions the compiler emits (V8's names). The vm implements each one
// (vm test: every RuntimeID has a handler).
const (
	RtThrowIteratorResultNotAnObject RuntimeID = iota
	RtThrowSymbolIteratorInvalid
	RtThrowIteratorError
	RtThrowCalledNonCallable
	RtThrowConstAssignError
	RtThrowPatternAssignmentNonCoercible
	RtThrowNotSuperConstructor
	RtThrowAccessedUninitializedVariable
	RtThrowUnsupportedSuperError
	RtThrowInvalidPrivateBrandReinitialization
	RtDefineGetterPropertyUnchecked
	RtDefineSetterPropertyUnchecked
	RtDefineClass
	RtLoadFromSuper
	RtLoadKeyedFromSuper
	RtStoreToSuper
	RtStoreKeyedToSuper
	RtCreatePrivateNameSymbol
	RtCreatePrivateBrandSymbol
	RtAddPrivateBrand
	RtLoadPrivateGetter
	RtLoadPrivateSetter
	RtCreatePrivateAccessors
	RtThrowTypeError
	RtNewTypeError
	RtCopyDataPropertiesWithExcludedPropertiesOnStack
	RtSetFunctionName
	RtDeclareGlobals
	RtGetTemplateObject
	RtCreateAsyncFromSyncIterator
	RtAsyncGeneratorYieldWithAwait
	RtDynamicImportCall
	RtThrowReferenceError
	RtResolvePossiblyDirectEval
	RtThrowStaticPrototypeError
	RtSetPrototypeProperties
	RtDeleteLookupSlot
	RtDefineAccessorPropertyUnchecked
	RtReflectApply
	RtReflectConstruct
	RtStoreInArrayLiteralSpread
	RtLoadLookupSlotForCall
	RtThrowSymbolAsyncIteratorInvalid
	RtInternalSetPrototype
	RtCheckPrivateBrand
	RtPrivateIn
	RtThrowThrowMethodMissing
	RtDeclareEvalVar
	RtDeclareEvalFunction
	NumRuntimeIDs
)

// RuntimeFunction describes a runtime function: its listing name and argument count (-1: any).
type RuntimeFunction struct {
	Name  string
	NArgs int
}

// RuntimeFunctions is indexed by RuntimeID.
var RuntimeFunctions = [NumRuntimeIDs]RuntimeFunction{
	RtThrowIteratorResultNotAnObject:                  {"ThrowIteratorResultNotAnObject", 1},
	RtThrowSymbolIteratorInvalid:                      {"ThrowSymbolIteratorInvalid", 0},
	RtThrowIteratorError:                              {"ThrowIteratorError", 1},
	RtThrowCalledNonCallable:                          {"ThrowCalledNonCallable", 1},
	RtThrowConstAssignError:                           {"ThrowConstAssignError", 0},
	RtThrowPatternAssignmentNonCoercible:              {"ThrowPatternAssignmentNonCoercible", 1},
	RtThrowNotSuperConstructor:                        {"ThrowNotSuperConstructor", 2},
	RtThrowAccessedUninitializedVariable:              {"ThrowAccessedUninitializedVariable", 1},
	RtThrowUnsupportedSuperError:                      {"ThrowUnsupportedSuperError", 0},
	RtThrowInvalidPrivateBrandReinitialization:        {"ThrowInvalidPrivateBrandReinitialization", 1},
	RtDefineGetterPropertyUnchecked:                   {"DefineGetterPropertyUnchecked", 4},
	RtDefineSetterPropertyUnchecked:                   {"DefineSetterPropertyUnchecked", 4},
	RtDefineClass:                                     {"DefineClass", -1},
	RtLoadFromSuper:                                   {"LoadFromSuper", 3},
	RtLoadKeyedFromSuper:                              {"LoadKeyedFromSuper", 3},
	RtStoreToSuper:                                    {"StoreToSuper", 4},
	RtStoreKeyedToSuper:                               {"StoreKeyedToSuper", 4},
	RtCreatePrivateNameSymbol:                         {"CreatePrivateNameSymbol", 1},
	RtCreatePrivateBrandSymbol:                        {"CreatePrivateBrandSymbol", 1},
	RtAddPrivateBrand:                                 {"AddPrivateBrand", 4},
	RtLoadPrivateGetter:                               {"LoadPrivateGetter", 1},
	RtLoadPrivateSetter:                               {"LoadPrivateSetter", 1},
	RtCreatePrivateAccessors:                          {"CreatePrivateAccessors", 2},
	RtThrowTypeError:                                  {"ThrowTypeError", -1},
	RtNewTypeError:                                    {"NewTypeError", -1},
	RtCopyDataPropertiesWithExcludedPropertiesOnStack: {"CopyDataPropertiesWithExcludedPropertiesOnStack", -1},
	RtSetFunctionName:                                 {"SetFunctionName", 2},
	RtDeclareGlobals:                                  {"DeclareGlobals", 2},
	RtGetTemplateObject:                               {"GetTemplateObject", 3},
	RtCreateAsyncFromSyncIterator:                     {"CreateAsyncFromSyncIterator", 1},
	RtAsyncGeneratorYieldWithAwait:                    {"AsyncGeneratorYieldWithAwait", 2},
	RtDynamicImportCall:                               {"DynamicImportCall", -1},
	RtThrowReferenceError:                             {"ThrowReferenceError", 1},
	RtResolvePossiblyDirectEval:                       {"ResolvePossiblyDirectEval", 6},
	RtThrowStaticPrototypeError:                       {"ThrowStaticPrototypeError", 0},
	RtSetPrototypeProperties:                          {"SetPrototypeProperties", 2},
	RtDeleteLookupSlot:                                {"DeleteLookupSlot", 1},
	RtDefineAccessorPropertyUnchecked:                 {"DefineAccessorPropertyUnchecked", 5},
	RtReflectApply:                                    {"ReflectApply", 3},
	RtReflectConstruct:                                {"ReflectConstruct", 3},
	RtStoreInArrayLiteralSpread:                       {"StoreInArrayLiteralSpread", 3},
	RtLoadLookupSlotForCall:                           {"LoadLookupSlotForCall", 1},
	RtThrowSymbolAsyncIteratorInvalid:                 {"ThrowSymbolAsyncIteratorInvalid", 0},
	RtInternalSetPrototype:                            {"InternalSetPrototype", 2},
	RtCheckPrivateBrand:                               {"CheckPrivateBrand", 2},
	RtPrivateIn:                                       {"PrivateIn", 2},
	RtThrowThrowMethodMissing:                         {"ThrowThrowMethodMissing", 0},
	RtDeclareEvalVar:                                  {"DeclareEvalVar", 1},
	RtDeclareEvalFunction:                             {"DeclareEvalFunction", 2},
}

func (id RuntimeID) String() string {
	if id >= RtNativesBase {
		return NativeFunctions[id-RtNativesBase].Name
	}
	return RuntimeFunctions[id].Name
}

// IntrinsicID names an inline intrinsic called with InvokeIntrinsic; listings print it with a
// leading underscore: InvokeIntrinsic [_AsyncFunctionAwait], r0-r1.
type IntrinsicID uint8

const (
	IntrAsyncFunctionAwait IntrinsicID = iota
	IntrAsyncFunctionEnter
	IntrAsyncFunctionReject
	IntrAsyncFunctionResolve
	IntrAsyncGeneratorAwait
	IntrAsyncGeneratorReject
	IntrAsyncGeneratorResolve
	IntrAsyncGeneratorYieldWithAwait
	IntrCreateJSGeneratorObject
	IntrGeneratorGetResumeMode
	IntrGeneratorClose
	IntrCreateIterResultObject
	IntrCopyDataProperties
	IntrCopyDataPropertiesWithExcludedPropertiesOnStack
	IntrCreateAsyncFromSyncIterator
	IntrGetImportMetaObject
	NumIntrinsicIDs
)

// Intrinsics is indexed by IntrinsicID.
var Intrinsics = [NumIntrinsicIDs]RuntimeFunction{
	IntrAsyncFunctionAwait:                              {"_AsyncFunctionAwait", 2},
	IntrAsyncFunctionEnter:                              {"_AsyncFunctionEnter", 2},
	IntrAsyncFunctionReject:                             {"_AsyncFunctionReject", 2},
	IntrAsyncFunctionResolve:                            {"_AsyncFunctionResolve", 2},
	IntrAsyncGeneratorAwait:                             {"_AsyncGeneratorAwait", 2},
	IntrAsyncGeneratorReject:                            {"_AsyncGeneratorReject", 2},
	IntrAsyncGeneratorResolve:                           {"_AsyncGeneratorResolve", 3},
	IntrAsyncGeneratorYieldWithAwait:                    {"_AsyncGeneratorYieldWithAwait", 2},
	IntrCreateJSGeneratorObject:                         {"_CreateJSGeneratorObject", 2},
	IntrGeneratorGetResumeMode:                          {"_GeneratorGetResumeMode", 1},
	IntrGeneratorClose:                                  {"_GeneratorClose", 1},
	IntrCreateIterResultObject:                          {"_CreateIterResultObject", 2},
	IntrCopyDataProperties:                              {"_CopyDataProperties", 2},
	IntrCopyDataPropertiesWithExcludedPropertiesOnStack: {"_CopyDataPropertiesWithExcludedPropertiesOnStack", -1},
	IntrCreateAsyncFromSyncIterator:                     {"_CreateAsyncFromSyncIterator", 1},
	IntrGetImportMetaObject:                             {"_GetImportMetaObject", 0},
}

func (id IntrinsicID) String() string { return Intrinsics[id].Name }

// MessageTemplate identifies an error message the compiler passes as the first argument of
// CallRuntime [NewTypeError] / [ThrowTypeError] (V8's MessageTemplate); `%` marks where the
// following arguments go.
type MessageTemplate int32

const (
	MsgInvalidPrivateBrandStatic MessageTemplate = iota + 1
	MsgInvalidPrivateMethodWrite
	MsgInvalidPrivateGetterAccess
	MsgInvalidPrivateSetterAccess
	NumMessageTemplates
)

var messageTemplates = [NumMessageTemplates]string{
	MsgInvalidPrivateBrandStatic:  "Receiver must be class %",
	MsgInvalidPrivateMethodWrite:  "Private method '%' is not writable",
	MsgInvalidPrivateGetterAccess: "'%' was defined without a getter",
	MsgInvalidPrivateSetterAccess: "'%' was defined without a setter",
}

// Format substitutes the arguments for the template's `%` marks.
func (m MessageTemplate) Format(args ...string) string {
	if m <= 0 || m >= NumMessageTemplates {
		return "unknown error"
	}
	t := messageTemplates[m]
	out := make([]byte, 0, len(t)+16)
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && len(args) > 0 {
			out = append(out, args[0]...)
			args = args[1:]
			continue
		}
		out = append(out, t[i])
	}
	return string(out)
}
