// The opcode table: the single definition of every bytecode (name, accumulator use, operand
// types, feedback slot kinds, flags). The emitter, the interpreter's operand decoding and the
// disassembler are all driven by it; table_test.go checks that each row is implemented.

package bytecode

// Opcode values are EngineScope's own (V8 renumbers its bytecodes between versions).
const (
	Wide Opcode = iota
	ExtraWide
	Ldar
	LdaZero
	LdaSmi
	LdaUndefined
	LdaNull
	LdaTheHole
	LdaTrue
	LdaFalse
	LdaConstant
	LdaContextSlot
	LdaImmutableContextSlot
	LdaCurrentContextSlot
	LdaImmutableCurrentContextSlot
	Star
	Mov
	PushContext
	PopContext
	TestReferenceEqual
	TestUndetectable
	TestNull
	TestUndefined
	TestTypeOf
	LdaGlobal
	LdaGlobalInsideTypeof
	StaGlobal
	StaContextSlot
	StaCurrentContextSlot
	LdaLookupSlot
	LdaLookupSlotInsideTypeof
	StaLookupSlot
	GetNamedProperty
	GetNamedPropertyFromSuper
	GetKeyedProperty
	GetEnumeratedKeyedProperty
	SetNamedProperty
	DefineNamedOwnProperty
	SetKeyedProperty
	DefineKeyedOwnProperty
	StaInArrayLiteral
	DefineKeyedOwnPropertyInLiteral
	Add
	Sub
	Mul
	Div
	Mod
	Exp
	BitwiseOr
	BitwiseXor
	BitwiseAnd
	ShiftLeft
	ShiftRight
	ShiftRightLogical
	AddSmi
	SubSmi
	MulSmi
	DivSmi
	ModSmi
	ExpSmi
	BitwiseOrSmi
	BitwiseXorSmi
	BitwiseAndSmi
	ShiftLeftSmi
	ShiftRightSmi
	ShiftRightLogicalSmi
	Inc
	Dec
	Negate
	BitwiseNot
	ToBooleanLogicalNot
	LogicalNot
	TypeOf
	DeletePropertyStrict
	DeletePropertySloppy
	GetSuperConstructor
	FindNonDefaultConstructorOrConstruct
	CallAnyReceiver
	CallProperty
	CallProperty0
	CallProperty1
	CallProperty2
	CallUndefinedReceiver
	CallUndefinedReceiver0
	CallUndefinedReceiver1
	CallUndefinedReceiver2
	CallWithSpread
	CallRuntime
	InvokeIntrinsic
	Construct
	ConstructWithSpread
	TestEqual
	TestEqualStrict
	TestLessThan
	TestGreaterThan
	TestLessThanOrEqual
	TestGreaterThanOrEqual
	TestInstanceOf
	TestIn
	ToName
	ToNumber
	ToNumeric
	ToObject
	ToString
	ToBoolean
	CreateRegExpLiteral
	CreateArrayLiteral
	CreateArrayFromIterable
	CreateEmptyArrayLiteral
	CreateObjectLiteral
	CreateEmptyObjectLiteral
	CloneObject
	GetTemplateObject
	CreateClosure
	CreateBlockContext
	CreateCatchContext
	CreateFunctionContext
	CreateEvalContext
	CreateWithContext
	CreateMappedArguments
	CreateUnmappedArguments
	CreateRestParameter
	JumpLoop
	Jump
	JumpConstant
	JumpIfNullConstant
	JumpIfNotNullConstant
	JumpIfUndefinedConstant
	JumpIfNotUndefinedConstant
	JumpIfUndefinedOrNullConstant
	JumpIfTrueConstant
	JumpIfFalseConstant
	JumpIfJSReceiverConstant
	JumpIfForInDoneConstant
	JumpIfToBooleanTrueConstant
	JumpIfToBooleanFalseConstant
	JumpIfToBooleanTrue
	JumpIfToBooleanFalse
	JumpIfTrue
	JumpIfFalse
	JumpIfNull
	JumpIfNotNull
	JumpIfUndefined
	JumpIfNotUndefined
	JumpIfUndefinedOrNull
	JumpIfJSReceiver
	JumpIfForInDone
	SwitchOnSmiNoFeedback
	ForInEnumerate
	ForInPrepare
	ForInNext
	ForInStep
	SetPendingMessage
	Throw
	ReThrow
	Return
	ThrowReferenceErrorIfHole
	ThrowSuperNotCalledIfHole
	ThrowSuperAlreadyCalledIfNotHole
	ThrowIfNotSuperConstructor
	SwitchOnGeneratorState
	SuspendGenerator
	ResumeGenerator
	GetIterator
	Debugger
	Star15
	Star14
	Star13
	Star12
	Star11
	Star10
	Star9
	Star8
	Star7
	Star6
	Star5
	Star4
	Star3
	Star2
	Star1
	Star0
	Illegal

	NumOpcodes = int(Illegal) + 1
)

// Table is indexed by Opcode.
var Table = [NumOpcodes]Info{
	Wide:                                 {Name: "Wide", Acc: AccNone, Operands: []OperandType{}, Flags: FlagPrefix},
	ExtraWide:                            {Name: "ExtraWide", Acc: AccNone, Operands: []OperandType{}, Flags: FlagPrefix},
	Ldar:                                 {Name: "Ldar", Acc: AccWrite, Operands: []OperandType{OpReg}, Flags: FlagNoSideEffects},
	LdaZero:                              {Name: "LdaZero", Acc: AccWrite, Operands: []OperandType{}, Flags: FlagNoSideEffects},
	LdaSmi:                               {Name: "LdaSmi", Acc: AccWrite, Operands: []OperandType{OpImm}, Flags: FlagNoSideEffects},
	LdaUndefined:                         {Name: "LdaUndefined", Acc: AccWrite, Operands: []OperandType{}, Flags: FlagNoSideEffects},
	LdaNull:                              {Name: "LdaNull", Acc: AccWrite, Operands: []OperandType{}, Flags: FlagNoSideEffects},
	LdaTheHole:                           {Name: "LdaTheHole", Acc: AccWrite, Operands: []OperandType{}, Flags: FlagNoSideEffects},
	LdaTrue:                              {Name: "LdaTrue", Acc: AccWrite, Operands: []OperandType{}, Flags: FlagNoSideEffects},
	LdaFalse:                             {Name: "LdaFalse", Acc: AccWrite, Operands: []OperandType{}, Flags: FlagNoSideEffects},
	LdaConstant:                          {Name: "LdaConstant", Acc: AccWrite, Operands: []OperandType{OpIdx}, Flags: FlagNoSideEffects},
	LdaContextSlot:                       {Name: "LdaContextSlot", Acc: AccWrite, Operands: []OperandType{OpReg, OpContextSlot, OpUImm}, Flags: FlagNoSideEffects},
	LdaImmutableContextSlot:              {Name: "LdaImmutableContextSlot", Acc: AccWrite, Operands: []OperandType{OpReg, OpContextSlot, OpUImm}, Flags: FlagNoSideEffects},
	LdaCurrentContextSlot:                {Name: "LdaCurrentContextSlot", Acc: AccWrite, Operands: []OperandType{OpContextSlot}, Flags: FlagNoSideEffects},
	LdaImmutableCurrentContextSlot:       {Name: "LdaImmutableCurrentContextSlot", Acc: AccWrite, Operands: []OperandType{OpContextSlot}, Flags: FlagNoSideEffects},
	Star:                                 {Name: "Star", Acc: AccRead, Operands: []OperandType{OpRegOut}, Flags: FlagNoSideEffects},
	Mov:                                  {Name: "Mov", Acc: AccNone, Operands: []OperandType{OpReg, OpRegOut}, Flags: FlagNoSideEffects},
	PushContext:                          {Name: "PushContext", Acc: AccRead, Operands: []OperandType{OpRegOut}, Flags: FlagNoSideEffects},
	PopContext:                           {Name: "PopContext", Acc: AccNone, Operands: []OperandType{OpReg}, Flags: FlagNoSideEffects},
	TestReferenceEqual:                   {Name: "TestReferenceEqual", Acc: AccReadWrite, Operands: []OperandType{OpReg}, Flags: FlagNoSideEffects},
	TestUndetectable:                     {Name: "TestUndetectable", Acc: AccReadWrite, Operands: []OperandType{}, Flags: FlagNoSideEffects},
	TestNull:                             {Name: "TestNull", Acc: AccReadWrite, Operands: []OperandType{}, Flags: FlagNoSideEffects},
	TestUndefined:                        {Name: "TestUndefined", Acc: AccReadWrite, Operands: []OperandType{}, Flags: FlagNoSideEffects},
	TestTypeOf:                           {Name: "TestTypeOf", Acc: AccReadWrite, Operands: []OperandType{OpFlag8}, Flags: FlagNoSideEffects},
	LdaGlobal:                            {Name: "LdaGlobal", Acc: AccWrite, Operands: []OperandType{OpIdx, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotLoadGlobalNotInsideTypeof}},
	LdaGlobalInsideTypeof:                {Name: "LdaGlobalInsideTypeof", Acc: AccWrite, Operands: []OperandType{OpIdx, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotLoadGlobalInsideTypeof}},
	StaGlobal:                            {Name: "StaGlobal", Acc: AccReadClobber, Operands: []OperandType{OpIdx, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotStoreGlobal}},
	StaContextSlot:                       {Name: "StaContextSlot", Acc: AccRead, Operands: []OperandType{OpReg, OpContextSlot, OpUImm}, Flags: 0},
	StaCurrentContextSlot:                {Name: "StaCurrentContextSlot", Acc: AccRead, Operands: []OperandType{OpContextSlot}, Flags: 0},
	LdaLookupSlot:                        {Name: "LdaLookupSlot", Acc: AccWrite, Operands: []OperandType{OpIdx}, Flags: 0},
	LdaLookupSlotInsideTypeof:            {Name: "LdaLookupSlotInsideTypeof", Acc: AccWrite, Operands: []OperandType{OpIdx}, Flags: 0},
	StaLookupSlot:                        {Name: "StaLookupSlot", Acc: AccReadWrite, Operands: []OperandType{OpIdx, OpFlag8}, Flags: 0},
	GetNamedProperty:                     {Name: "GetNamedProperty", Acc: AccWrite, Operands: []OperandType{OpReg, OpIdx, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotLoadProperty}},
	GetNamedPropertyFromSuper:            {Name: "GetNamedPropertyFromSuper", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpIdx, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotLoadProperty}},
	GetKeyedProperty:                     {Name: "GetKeyedProperty", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotLoadKeyed}},
	GetEnumeratedKeyedProperty:           {Name: "GetEnumeratedKeyedProperty", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpReg, OpReg, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotLoadKeyed}},
	SetNamedProperty:                     {Name: "SetNamedProperty", Acc: AccReadClobber, Operands: []OperandType{OpReg, OpIdx, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotSetNamed}},
	DefineNamedOwnProperty:               {Name: "DefineNamedOwnProperty", Acc: AccReadClobber, Operands: []OperandType{OpReg, OpIdx, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotDefineNamedOwn}},
	SetKeyedProperty:                     {Name: "SetKeyedProperty", Acc: AccReadClobber, Operands: []OperandType{OpReg, OpReg, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotSetKeyed}},
	DefineKeyedOwnProperty:               {Name: "DefineKeyedOwnProperty", Acc: AccReadClobber, Operands: []OperandType{OpReg, OpReg, OpFlag8, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotDefineKeyedOwn}},
	StaInArrayLiteral:                    {Name: "StaInArrayLiteral", Acc: AccReadClobber, Operands: []OperandType{OpReg, OpReg, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotStoreInArrayLiteral}},
	DefineKeyedOwnPropertyInLiteral:      {Name: "DefineKeyedOwnPropertyInLiteral", Acc: AccRead, Operands: []OperandType{OpReg, OpReg, OpFlag8, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotDefineKeyedOwnPropertyInLiteral}},
	Add:                                  {Name: "Add", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	Sub:                                  {Name: "Sub", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	Mul:                                  {Name: "Mul", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	Div:                                  {Name: "Div", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	Mod:                                  {Name: "Mod", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	Exp:                                  {Name: "Exp", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	BitwiseOr:                            {Name: "BitwiseOr", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	BitwiseXor:                           {Name: "BitwiseXor", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	BitwiseAnd:                           {Name: "BitwiseAnd", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	ShiftLeft:                            {Name: "ShiftLeft", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	ShiftRight:                           {Name: "ShiftRight", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	ShiftRightLogical:                    {Name: "ShiftRightLogical", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	AddSmi:                               {Name: "AddSmi", Acc: AccReadWrite, Operands: []OperandType{OpImm, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	SubSmi:                               {Name: "SubSmi", Acc: AccReadWrite, Operands: []OperandType{OpImm, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	MulSmi:                               {Name: "MulSmi", Acc: AccReadWrite, Operands: []OperandType{OpImm, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	DivSmi:                               {Name: "DivSmi", Acc: AccReadWrite, Operands: []OperandType{OpImm, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	ModSmi:                               {Name: "ModSmi", Acc: AccReadWrite, Operands: []OperandType{OpImm, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	ExpSmi:                               {Name: "ExpSmi", Acc: AccReadWrite, Operands: []OperandType{OpImm, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	BitwiseOrSmi:                         {Name: "BitwiseOrSmi", Acc: AccReadWrite, Operands: []OperandType{OpImm, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	BitwiseXorSmi:                        {Name: "BitwiseXorSmi", Acc: AccReadWrite, Operands: []OperandType{OpImm, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	BitwiseAndSmi:                        {Name: "BitwiseAndSmi", Acc: AccReadWrite, Operands: []OperandType{OpImm, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	ShiftLeftSmi:                         {Name: "ShiftLeftSmi", Acc: AccReadWrite, Operands: []OperandType{OpImm, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	ShiftRightSmi:                        {Name: "ShiftRightSmi", Acc: AccReadWrite, Operands: []OperandType{OpImm, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	ShiftRightLogicalSmi:                 {Name: "ShiftRightLogicalSmi", Acc: AccReadWrite, Operands: []OperandType{OpImm, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	Inc:                                  {Name: "Inc", Acc: AccReadWrite, Operands: []OperandType{OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	Dec:                                  {Name: "Dec", Acc: AccReadWrite, Operands: []OperandType{OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	Negate:                               {Name: "Negate", Acc: AccReadWrite, Operands: []OperandType{OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	BitwiseNot:                           {Name: "BitwiseNot", Acc: AccReadWrite, Operands: []OperandType{OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	ToBooleanLogicalNot:                  {Name: "ToBooleanLogicalNot", Acc: AccReadWrite, Operands: []OperandType{}, Flags: 0},
	LogicalNot:                           {Name: "LogicalNot", Acc: AccReadWrite, Operands: []OperandType{}, Flags: 0},
	TypeOf:                               {Name: "TypeOf", Acc: AccReadWrite, Operands: []OperandType{OpFeedback}, Flags: 0, Slots: []SlotKind{SlotTypeOf}},
	DeletePropertyStrict:                 {Name: "DeletePropertyStrict", Acc: AccReadWrite, Operands: []OperandType{OpReg}, Flags: 0},
	DeletePropertySloppy:                 {Name: "DeletePropertySloppy", Acc: AccReadWrite, Operands: []OperandType{OpReg}, Flags: 0},
	GetSuperConstructor:                  {Name: "GetSuperConstructor", Acc: AccRead, Operands: []OperandType{OpRegOut}, Flags: 0},
	FindNonDefaultConstructorOrConstruct: {Name: "FindNonDefaultConstructorOrConstruct", Acc: AccNone, Operands: []OperandType{OpReg, OpReg, OpRegOutPair}, Flags: 0},
	CallAnyReceiver:                      {Name: "CallAnyReceiver", Acc: AccWrite, Operands: []OperandType{OpReg, OpRegList, OpRegCount, OpFeedback}, Flags: FlagCall, Slots: []SlotKind{SlotCall}},
	CallProperty:                         {Name: "CallProperty", Acc: AccWrite, Operands: []OperandType{OpReg, OpRegList, OpRegCount, OpFeedback}, Flags: FlagCall, Slots: []SlotKind{SlotCall}},
	CallProperty0:                        {Name: "CallProperty0", Acc: AccWrite, Operands: []OperandType{OpReg, OpReg, OpFeedback}, Flags: FlagCall, Slots: []SlotKind{SlotCall}},
	CallProperty1:                        {Name: "CallProperty1", Acc: AccWrite, Operands: []OperandType{OpReg, OpReg, OpReg, OpFeedback}, Flags: FlagCall, Slots: []SlotKind{SlotCall}},
	CallProperty2:                        {Name: "CallProperty2", Acc: AccWrite, Operands: []OperandType{OpReg, OpReg, OpReg, OpReg, OpFeedback}, Flags: FlagCall, Slots: []SlotKind{SlotCall}},
	CallUndefinedReceiver:                {Name: "CallUndefinedReceiver", Acc: AccWrite, Operands: []OperandType{OpReg, OpRegList, OpRegCount, OpFeedback}, Flags: FlagCall, Slots: []SlotKind{SlotCall}},
	CallUndefinedReceiver0:               {Name: "CallUndefinedReceiver0", Acc: AccWrite, Operands: []OperandType{OpReg, OpFeedback}, Flags: FlagCall, Slots: []SlotKind{SlotCall}},
	CallUndefinedReceiver1:               {Name: "CallUndefinedReceiver1", Acc: AccWrite, Operands: []OperandType{OpReg, OpReg, OpFeedback}, Flags: FlagCall, Slots: []SlotKind{SlotCall}},
	CallUndefinedReceiver2:               {Name: "CallUndefinedReceiver2", Acc: AccWrite, Operands: []OperandType{OpReg, OpReg, OpReg, OpFeedback}, Flags: FlagCall, Slots: []SlotKind{SlotCall}},
	CallWithSpread:                       {Name: "CallWithSpread", Acc: AccWrite, Operands: []OperandType{OpReg, OpRegList, OpRegCount, OpFeedback}, Flags: FlagCall, Slots: []SlotKind{SlotCall}},
	CallRuntime:                          {Name: "CallRuntime", Acc: AccWrite, Operands: []OperandType{OpRuntimeID, OpRegList, OpRegCount}, Flags: 0},
	InvokeIntrinsic:                      {Name: "InvokeIntrinsic", Acc: AccWrite, Operands: []OperandType{OpIntrinsicID, OpRegList, OpRegCount}, Flags: 0},
	Construct:                            {Name: "Construct", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpRegList, OpRegCount, OpFeedback}, Flags: FlagCall, Slots: []SlotKind{SlotCall}},
	ConstructWithSpread:                  {Name: "ConstructWithSpread", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpRegList, OpRegCount, OpFeedback}, Flags: FlagCall, Slots: []SlotKind{SlotCall}},
	TestEqual:                            {Name: "TestEqual", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpEmbeddedFeedback}, Flags: 0},
	TestEqualStrict:                      {Name: "TestEqualStrict", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpEmbeddedFeedback}, Flags: 0},
	TestLessThan:                         {Name: "TestLessThan", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpEmbeddedFeedback}, Flags: 0},
	TestGreaterThan:                      {Name: "TestGreaterThan", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpEmbeddedFeedback}, Flags: 0},
	TestLessThanOrEqual:                  {Name: "TestLessThanOrEqual", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpEmbeddedFeedback}, Flags: 0},
	TestGreaterThanOrEqual:               {Name: "TestGreaterThanOrEqual", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpEmbeddedFeedback}, Flags: 0},
	TestInstanceOf:                       {Name: "TestInstanceOf", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotInstanceOf}},
	TestIn:                               {Name: "TestIn", Acc: AccReadWrite, Operands: []OperandType{OpReg, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotHasKeyed}},
	ToName:                               {Name: "ToName", Acc: AccReadWrite, Operands: []OperandType{}, Flags: 0},
	ToNumber:                             {Name: "ToNumber", Acc: AccReadWrite, Operands: []OperandType{OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	ToNumeric:                            {Name: "ToNumeric", Acc: AccReadWrite, Operands: []OperandType{OpFeedback}, Flags: 0, Slots: []SlotKind{SlotBinaryOp}},
	ToObject:                             {Name: "ToObject", Acc: AccRead, Operands: []OperandType{OpRegOut}, Flags: 0},
	ToString:                             {Name: "ToString", Acc: AccReadWrite, Operands: []OperandType{}, Flags: 0},
	ToBoolean:                            {Name: "ToBoolean", Acc: AccReadWrite, Operands: []OperandType{}, Flags: 0},
	CreateRegExpLiteral:                  {Name: "CreateRegExpLiteral", Acc: AccWrite, Operands: []OperandType{OpIdx, OpFeedback, OpFlag16}, Flags: 0, Slots: []SlotKind{SlotLiteral}},
	CreateArrayLiteral:                   {Name: "CreateArrayLiteral", Acc: AccWrite, Operands: []OperandType{OpIdx, OpFeedback, OpFlag8}, Flags: 0, Slots: []SlotKind{SlotLiteral}},
	CreateArrayFromIterable:              {Name: "CreateArrayFromIterable", Acc: AccReadWrite, Operands: []OperandType{}, Flags: 0},
	CreateEmptyArrayLiteral:              {Name: "CreateEmptyArrayLiteral", Acc: AccWrite, Operands: []OperandType{OpFeedback}, Flags: 0, Slots: []SlotKind{SlotLiteral}},
	CreateObjectLiteral:                  {Name: "CreateObjectLiteral", Acc: AccWrite, Operands: []OperandType{OpIdx, OpFeedback, OpFlag8}, Flags: 0, Slots: []SlotKind{SlotLiteral}},
	CreateEmptyObjectLiteral:             {Name: "CreateEmptyObjectLiteral", Acc: AccWrite, Operands: []OperandType{}, Flags: 0},
	CloneObject:                          {Name: "CloneObject", Acc: AccWrite, Operands: []OperandType{OpReg, OpFlag8, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotCloneObject}},
	GetTemplateObject:                    {Name: "GetTemplateObject", Acc: AccWrite, Operands: []OperandType{OpIdx, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotLiteral}},
	CreateClosure:                        {Name: "CreateClosure", Acc: AccWrite, Operands: []OperandType{OpIdx, OpFeedback, OpFlag8}, Flags: 0, Slots: []SlotKind{SlotClosureCell}},
	CreateBlockContext:                   {Name: "CreateBlockContext", Acc: AccWrite, Operands: []OperandType{OpIdx}, Flags: 0},
	CreateCatchContext:                   {Name: "CreateCatchContext", Acc: AccWrite, Operands: []OperandType{OpReg, OpIdx}, Flags: 0},
	CreateFunctionContext:                {Name: "CreateFunctionContext", Acc: AccWrite, Operands: []OperandType{OpIdx, OpUImm}, Flags: 0},
	CreateEvalContext:                    {Name: "CreateEvalContext", Acc: AccWrite, Operands: []OperandType{OpIdx, OpUImm}, Flags: 0},
	CreateWithContext:                    {Name: "CreateWithContext", Acc: AccWrite, Operands: []OperandType{OpReg, OpIdx}, Flags: 0},
	CreateMappedArguments:                {Name: "CreateMappedArguments", Acc: AccWrite, Operands: []OperandType{}, Flags: 0},
	CreateUnmappedArguments:              {Name: "CreateUnmappedArguments", Acc: AccWrite, Operands: []OperandType{}, Flags: 0},
	CreateRestParameter:                  {Name: "CreateRestParameter", Acc: AccWrite, Operands: []OperandType{}, Flags: 0},
	JumpLoop:                             {Name: "JumpLoop", Acc: AccClobber, Operands: []OperandType{OpJumpBack, OpImm, OpFeedback}, Flags: FlagJump | FlagLoop, Slots: []SlotKind{SlotJumpLoop}},
	Jump:                                 {Name: "Jump", Acc: AccNone, Operands: []OperandType{OpJump}, Flags: FlagJump | FlagNoSideEffects},
	JumpConstant:                         {Name: "JumpConstant", Acc: AccNone, Operands: []OperandType{OpIdx}, Flags: FlagJump | FlagConstantJump | FlagNoSideEffects},
	JumpIfNullConstant:                   {Name: "JumpIfNullConstant", Acc: AccRead, Operands: []OperandType{OpIdx}, Flags: FlagJump | FlagConditional | FlagConstantJump | FlagNoSideEffects},
	JumpIfNotNullConstant:                {Name: "JumpIfNotNullConstant", Acc: AccRead, Operands: []OperandType{OpIdx}, Flags: FlagJump | FlagConditional | FlagConstantJump | FlagNoSideEffects},
	JumpIfUndefinedConstant:              {Name: "JumpIfUndefinedConstant", Acc: AccRead, Operands: []OperandType{OpIdx}, Flags: FlagJump | FlagConditional | FlagConstantJump | FlagNoSideEffects},
	JumpIfNotUndefinedConstant:           {Name: "JumpIfNotUndefinedConstant", Acc: AccRead, Operands: []OperandType{OpIdx}, Flags: FlagJump | FlagConditional | FlagConstantJump | FlagNoSideEffects},
	JumpIfUndefinedOrNullConstant:        {Name: "JumpIfUndefinedOrNullConstant", Acc: AccRead, Operands: []OperandType{OpIdx}, Flags: FlagJump | FlagConditional | FlagConstantJump | FlagNoSideEffects},
	JumpIfTrueConstant:                   {Name: "JumpIfTrueConstant", Acc: AccRead, Operands: []OperandType{OpIdx}, Flags: FlagJump | FlagConditional | FlagConstantJump | FlagNoSideEffects},
	JumpIfFalseConstant:                  {Name: "JumpIfFalseConstant", Acc: AccRead, Operands: []OperandType{OpIdx}, Flags: FlagJump | FlagConditional | FlagConstantJump | FlagNoSideEffects},
	JumpIfJSReceiverConstant:             {Name: "JumpIfJSReceiverConstant", Acc: AccRead, Operands: []OperandType{OpIdx}, Flags: FlagJump | FlagConditional | FlagConstantJump | FlagNoSideEffects},
	JumpIfForInDoneConstant:              {Name: "JumpIfForInDoneConstant", Acc: AccNone, Operands: []OperandType{OpIdx, OpReg, OpReg}, Flags: FlagJump | FlagConditional | FlagConstantJump | FlagNoSideEffects},
	JumpIfToBooleanTrueConstant:          {Name: "JumpIfToBooleanTrueConstant", Acc: AccRead, Operands: []OperandType{OpIdx}, Flags: FlagJump | FlagConditional | FlagConstantJump | FlagToBooleanJump},
	JumpIfToBooleanFalseConstant:         {Name: "JumpIfToBooleanFalseConstant", Acc: AccRead, Operands: []OperandType{OpIdx}, Flags: FlagJump | FlagConditional | FlagConstantJump | FlagToBooleanJump},
	JumpIfToBooleanTrue:                  {Name: "JumpIfToBooleanTrue", Acc: AccRead, Operands: []OperandType{OpJump}, Flags: FlagJump | FlagConditional | FlagToBooleanJump},
	JumpIfToBooleanFalse:                 {Name: "JumpIfToBooleanFalse", Acc: AccRead, Operands: []OperandType{OpJump}, Flags: FlagJump | FlagConditional | FlagToBooleanJump},
	JumpIfTrue:                           {Name: "JumpIfTrue", Acc: AccRead, Operands: []OperandType{OpJump}, Flags: FlagJump | FlagConditional | FlagNoSideEffects},
	JumpIfFalse:                          {Name: "JumpIfFalse", Acc: AccRead, Operands: []OperandType{OpJump}, Flags: FlagJump | FlagConditional | FlagNoSideEffects},
	JumpIfNull:                           {Name: "JumpIfNull", Acc: AccRead, Operands: []OperandType{OpJump}, Flags: FlagJump | FlagConditional | FlagNoSideEffects},
	JumpIfNotNull:                        {Name: "JumpIfNotNull", Acc: AccRead, Operands: []OperandType{OpJump}, Flags: FlagJump | FlagConditional | FlagNoSideEffects},
	JumpIfUndefined:                      {Name: "JumpIfUndefined", Acc: AccRead, Operands: []OperandType{OpJump}, Flags: FlagJump | FlagConditional | FlagNoSideEffects},
	JumpIfNotUndefined:                   {Name: "JumpIfNotUndefined", Acc: AccRead, Operands: []OperandType{OpJump}, Flags: FlagJump | FlagConditional | FlagNoSideEffects},
	JumpIfUndefinedOrNull:                {Name: "JumpIfUndefinedOrNull", Acc: AccRead, Operands: []OperandType{OpJump}, Flags: FlagJump | FlagConditional | FlagNoSideEffects},
	JumpIfJSReceiver:                     {Name: "JumpIfJSReceiver", Acc: AccRead, Operands: []OperandType{OpJump}, Flags: FlagJump | FlagConditional | FlagNoSideEffects},
	JumpIfForInDone:                      {Name: "JumpIfForInDone", Acc: AccNone, Operands: []OperandType{OpJump, OpReg, OpReg}, Flags: FlagJump | FlagConditional | FlagNoSideEffects},
	SwitchOnSmiNoFeedback:                {Name: "SwitchOnSmiNoFeedback", Acc: AccRead, Operands: []OperandType{OpIdx, OpUImm, OpImm}, Flags: FlagSwitch | FlagNoSideEffects},
	ForInEnumerate:                       {Name: "ForInEnumerate", Acc: AccWrite, Operands: []OperandType{OpReg}, Flags: 0},
	ForInPrepare:                         {Name: "ForInPrepare", Acc: AccReadClobber, Operands: []OperandType{OpRegOutTriple, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotForIn}},
	ForInNext:                            {Name: "ForInNext", Acc: AccWrite, Operands: []OperandType{OpReg, OpReg, OpRegPair, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotForIn}},
	ForInStep:                            {Name: "ForInStep", Acc: AccNone, Operands: []OperandType{OpRegInOut}, Flags: 0},
	SetPendingMessage:                    {Name: "SetPendingMessage", Acc: AccReadWrite, Operands: []OperandType{}, Flags: 0},
	Throw:                                {Name: "Throw", Acc: AccRead, Operands: []OperandType{}, Flags: FlagTerminator},
	ReThrow:                              {Name: "ReThrow", Acc: AccRead, Operands: []OperandType{}, Flags: FlagTerminator},
	Return:                               {Name: "Return", Acc: AccRead, Operands: []OperandType{}, Flags: FlagTerminator | FlagNoSideEffects},
	ThrowReferenceErrorIfHole:            {Name: "ThrowReferenceErrorIfHole", Acc: AccRead, Operands: []OperandType{OpIdx}, Flags: 0},
	ThrowSuperNotCalledIfHole:            {Name: "ThrowSuperNotCalledIfHole", Acc: AccRead, Operands: []OperandType{}, Flags: 0},
	ThrowSuperAlreadyCalledIfNotHole:     {Name: "ThrowSuperAlreadyCalledIfNotHole", Acc: AccRead, Operands: []OperandType{}, Flags: 0},
	ThrowIfNotSuperConstructor:           {Name: "ThrowIfNotSuperConstructor", Acc: AccNone, Operands: []OperandType{OpReg}, Flags: 0},
	SwitchOnGeneratorState:               {Name: "SwitchOnGeneratorState", Acc: AccNone, Operands: []OperandType{OpReg, OpIdx, OpUImm}, Flags: FlagSwitch | FlagNoSideEffects},
	SuspendGenerator:                     {Name: "SuspendGenerator", Acc: AccRead, Operands: []OperandType{OpReg, OpRegList, OpRegCount, OpUImm}, Flags: FlagTerminator},
	ResumeGenerator:                      {Name: "ResumeGenerator", Acc: AccWrite, Operands: []OperandType{OpReg, OpRegOutList, OpRegCount}, Flags: 0},
	GetIterator:                          {Name: "GetIterator", Acc: AccWrite, Operands: []OperandType{OpReg, OpFeedback, OpFeedback}, Flags: 0, Slots: []SlotKind{SlotLoadProperty, SlotCall}},
	Debugger:                             {Name: "Debugger", Acc: AccClobber, Operands: []OperandType{}, Flags: 0},
	Star15:                               {Name: "Star15", Acc: AccRead, Operands: []OperandType{}, Flags: FlagShortStar | FlagNoSideEffects},
	Star14:                               {Name: "Star14", Acc: AccRead, Operands: []OperandType{}, Flags: FlagShortStar | FlagNoSideEffects},
	Star13:                               {Name: "Star13", Acc: AccRead, Operands: []OperandType{}, Flags: FlagShortStar | FlagNoSideEffects},
	Star12:                               {Name: "Star12", Acc: AccRead, Operands: []OperandType{}, Flags: FlagShortStar | FlagNoSideEffects},
	Star11:                               {Name: "Star11", Acc: AccRead, Operands: []OperandType{}, Flags: FlagShortStar | FlagNoSideEffects},
	Star10:                               {Name: "Star10", Acc: AccRead, Operands: []OperandType{}, Flags: FlagShortStar | FlagNoSideEffects},
	Star9:                                {Name: "Star9", Acc: AccRead, Operands: []OperandType{}, Flags: FlagShortStar | FlagNoSideEffects},
	Star8:                                {Name: "Star8", Acc: AccRead, Operands: []OperandType{}, Flags: FlagShortStar | FlagNoSideEffects},
	Star7:                                {Name: "Star7", Acc: AccRead, Operands: []OperandType{}, Flags: FlagShortStar | FlagNoSideEffects},
	Star6:                                {Name: "Star6", Acc: AccRead, Operands: []OperandType{}, Flags: FlagShortStar | FlagNoSideEffects},
	Star5:                                {Name: "Star5", Acc: AccRead, Operands: []OperandType{}, Flags: FlagShortStar | FlagNoSideEffects},
	Star4:                                {Name: "Star4", Acc: AccRead, Operands: []OperandType{}, Flags: FlagShortStar | FlagNoSideEffects},
	Star3:                                {Name: "Star3", Acc: AccRead, Operands: []OperandType{}, Flags: FlagShortStar | FlagNoSideEffects},
	Star2:                                {Name: "Star2", Acc: AccRead, Operands: []OperandType{}, Flags: FlagShortStar | FlagNoSideEffects},
	Star1:                                {Name: "Star1", Acc: AccRead, Operands: []OperandType{}, Flags: FlagShortStar | FlagNoSideEffects},
	Star0:                                {Name: "Star0", Acc: AccRead, Operands: []OperandType{}, Flags: FlagShortStar | FlagNoSideEffects},
	Illegal:                              {Name: "Illegal", Acc: AccNone, Operands: []OperandType{}, Flags: 0},
}
