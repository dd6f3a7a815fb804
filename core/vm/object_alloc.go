package vm

import "unsafe"

// objectBlock is an object and its in-object field slots in one Go allocation: most objects
// never outgrow their in-object slots, so allocating them apart would double the allocations
// of every `{x, y}` and `new Point()`.
type objectBlock[Slots any] struct {
	o     Object
	slots Slots
}

func newObjectBlock[Slots any](n int) *Object {
	b := new(objectBlock[Slots])
	b.o.slots = unsafe.Slice((*Value)(unsafe.Pointer(&b.slots)), n)
	return &b.o
}

// newObjectStorage allocates an object whose slots have length n (undefined), in one block
// up to the sizes constructors and literals commonly get.
func newObjectStorage(n int) *Object {
	switch n {
	case 0:
		return &Object{}
	case 1:
		return newObjectBlock[[1]Value](n)
	case 2:
		return newObjectBlock[[2]Value](n)
	case 3:
		return newObjectBlock[[3]Value](n)
	case 4:
		return newObjectBlock[[4]Value](n)
	case 5:
		return newObjectBlock[[5]Value](n)
	case 6:
		return newObjectBlock[[6]Value](n)
	case 8:
		return newObjectBlock[[8]Value](n)
	case 9:
		return newObjectBlock[[9]Value](n)
	case 10:
		return newObjectBlock[[10]Value](n)
	case 11:
		return newObjectBlock[[11]Value](n)
	case 12:
		return newObjectBlock[[12]Value](n)
	}
	return &Object{slots: make([]Value, n)}
}
