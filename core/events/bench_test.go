package events

import (
	"bufio"
	"io"
	"testing"
)

// emitStep emits what one typical instruction produces: a register write and its bytecode.exec
// (2 events). Events are built inside the loop, as the engine has to.
func emitStep(r Recorder, i int) {
	r.Emit(&RegisterWrite{Frame: 1, Reg: "r0", Value: Smi(int32(i))})
	r.Emit(&BytecodeExec{Frame: 1, SFI: 3, PC: i & 63, Op: "Star0", Acc: Smi(int32(i)), StmtStart: i&3 == 0,
		Header: Header{Loc: At(3, 10, 57)}})
}

func perEvent(b *testing.B, events int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(events), "ns/event")
}

func BenchmarkEmitOff(b *testing.B) {
	var rec Recorder
	n := 0
	for i := 0; b.Loop(); i++ {
		if rec != nil {
			emitStep(rec, i)
		}
		n += 2
	}
	perEvent(b, n)
}

func BenchmarkEmitMemory(b *testing.B) {
	m := NewMemory()
	n := 0
	for i := 0; b.Loop(); i++ {
		if m.Len() >= 1<<20 { // bound memory; a run this long is past any step budget anyway
			m = NewMemory()
		}
		emitStep(m, i)
		n += 2
	}
	perEvent(b, n)
}

func BenchmarkEmitJSONL(b *testing.B) {
	w := NewJSONL(bufio.NewWriter(io.Discard), StreamHeader{})
	n := 0
	for i := 0; b.Loop(); i++ {
		emitStep(w, i)
		n += 2
	}
	w.Flush()
	perEvent(b, n)
}

func BenchmarkDecode(b *testing.B) {
	line := encodeLine(b, exampleStream()[3]) // frame.push, the richest common kind
	for b.Loop() {
		if _, err := Decode(line); err != nil {
			b.Fatal(err)
		}
	}
}
