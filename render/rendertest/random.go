package rendertest

import (
	"fmt"
	"math/rand/v2"

	"enginescope/core/events"
)

// Random records a random but well-formed stream of about n instructions: nested calls and
// returns, register and context writes, allocations, property stores pointing at other objects,
// closures, console output and caught exceptions. It exercises every kind the renderer folds.
func Random(seed uint64, n int) *events.Memory {
	m := events.NewMemory()
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	src := []byte("function f(a, b) { return a + b }\n")
	t := &Trace{Rec: m, Src: src}
	type fr struct {
		id   uint32
		sfi  uint32
		regs int
		pc   int
	}
	var stack []fr
	var objs []events.Addr
	next := events.Addr(0x2a001)
	alloc := func() events.Addr { a := next; next += 0x10 + events.Addr(r.IntN(4))*8; return a }
	val := func() events.Value {
		switch k := r.IntN(7); {
		case k == 0:
			return events.Undefined()
		case k == 1:
			return events.Smi(int32(r.IntN(1000)))
		case k == 2:
			return events.Number(fmt.Sprint(r.Float64()), alloc())
		case k == 3:
			return events.Str(fmt.Sprintf("s%d", r.IntN(99)), alloc())
		case len(objs) > 0:
			return events.Object("{…}", objs[r.IntN(len(objs))])
		}
		return events.Bool(r.IntN(2) == 0)
	}
	nextFrame, nextSFI := uint32(1), uint32(1)
	t.At(0, &events.ParseFull{SFI: 0, Start: 0, End: len(src)})
	t.At(0, &events.ParsePreparse{Fn: "f", SFI: 1, Start: 0, End: len(src) - 1})
	push := func() {
		sfi := nextSFI
		nextSFI++
		if len(stack) > 0 {
			t.At(0, &events.CompileLazy{Fn: "f", SFI: sfi, Start: 0, End: len(src) - 1, Regs: 3, Params: 3,
				Disasm: "   19 S> @    0 : Ldar a1\n   28 E> @    2 : Add a0, FBV[0]\n   30 S> @    5 : Return\n"})
		}
		f := fr{id: nextFrame, sfi: sfi, regs: 1 + r.IntN(4)}
		nextFrame++
		var args []events.Value
		for range r.IntN(3) {
			args = append(args, val())
		}
		fn := ""
		if len(stack) > 0 {
			fn = "f"
		}
		t.At(r.IntN(len(src)), &events.FramePush{Frame: f.id, Depth: len(stack) + 1, Fn: fn, SFI: sfi,
			Closure: alloc(), Context: 0x1001, This: val(), Args: args, Regs: f.regs})
		stack = append(stack, f)
	}
	push()
	for step := 0; step < n && len(stack) > 0; step++ {
		top := &stack[len(stack)-1]
		switch k := r.IntN(20); {
		case k < 4:
			t.Reg(top.id, fmt.Sprintf("r%d", r.IntN(top.regs)), val())
		case k == 4:
			a := alloc()
			t.Emit(&events.HeapAlloc{Addr: a, Size: 16 + 4*r.IntN(4), Type: "JSObject", Map: uint32(r.IntN(9))})
			objs = append(objs, a)
		case k == 5 && len(objs) > 0:
			t.Emit(&events.PropertySet{Object: objs[r.IntN(len(objs))], Key: string(rune('a' + r.IntN(5))), Value: val(),
				MapBefore: 1, MapAfter: 2})
		case k == 6:
			c := alloc()
			t.Emit(&events.ContextAlloc{Addr: c, Slots: 2, Names: []string{"x", "y"}, Parent: 0x1001, Scope: "function"})
			t.Emit(&events.ContextWrite{Addr: c, Slot: r.IntN(2), Name: "x", Value: val()})
			cl := alloc()
			t.Emit(&events.ClosureCreate{Closure: cl, Fn: "g", SFI: 99, Context: c})
			objs = append(objs, c, cl)
			t.Reg(top.id, "<context>", events.Object("Context", c))
		case k == 7:
			t.Emit(&events.Console{Level: "log", Text: fmt.Sprint("line ", step), Stream: "stdout"})
		case k == 8:
			t.At(r.IntN(len(src)), &events.ExceptionThrow{Value: val(), Message: "Error: boom", Frame: top.id})
			t.Emit(&events.ExceptionCatch{Frame: top.id, SFI: top.sfi, Handler: 9, Value: events.Undefined()})
		case k == 9 && len(stack) < 12:
			push()
		case k == 10 && len(stack) > 1:
			t.Emit(&events.FramePop{Frame: top.id, Depth: len(stack) - 1, Exit: "return", Value: val()})
			stack = stack[:len(stack)-1]
		}
		top = &stack[len(stack)-1]
		top.pc += 1 + r.IntN(4)
		t.Exec(r.IntN(len(src)), top.id, top.sfi, top.pc, "Ldar", "a0", val(), r.IntN(3) == 0)
	}
	t.Emit(&events.ProgramEnd{Code: 0, Reason: "completed", Steps: uint64(n)})
	return m
}

// Big is a state-sized stream for benchmarks: frames nested calls, each holding a reference,
// and objects heap objects in a chain of references.
func Big(frames, objects int) *events.Memory {
	m := events.NewMemory()
	src := []byte("function f(a, b) { return a + b }\n")
	t := &Trace{Rec: m, Src: src}
	t.At(0, &events.ParseFull{SFI: 0, Start: 0, End: len(src)})
	base := events.Addr(0x40001)
	addr := func(i int) events.Addr { return base + events.Addr(i)*0x20 }
	for i := range objects {
		t.Emit(&events.HeapAlloc{Addr: addr(i), Size: 28, Type: "JSObject", Map: 7})
		t.Emit(&events.PropertySet{Object: addr(i), Key: "id", Value: events.Smi(int32(i)), MapBefore: 7, MapAfter: 8})
		if i > 0 {
			t.Emit(&events.PropertySet{Object: addr(i), Key: "next", Value: events.Object("{…}", addr(i-1)), MapBefore: 8, MapAfter: 9})
		}
	}
	for i := range frames {
		t.At(0, &events.FramePush{Frame: uint32(i + 1), Depth: i + 1, Fn: "f", SFI: 1, Closure: 0x1101, Context: 0x1001,
			This: events.Undefined(), Args: []events.Value{events.Smi(int32(i)), events.Object("{…}", addr(i*objects/max(frames, 1)))}, Regs: 2})
		t.Reg(uint32(i+1), "r0", events.Str("hello", 0x3001))
		t.Exec(0, uint32(i+1), 1, 0, "Ldar", "a1", events.Smi(1), true)
	}
	m.Flush()
	return m
}
