// Package rendertest writes event streams by hand: for the renderer's tests and for the scenes'
// recordings made before core/engine existed. It emits through a real events.Recorder, so headers
// (seq, step, stmt, call, positions) are stamped by the same Sequencer the engine uses.
package rendertest

import (
	"unicode/utf8"

	"enginescope/core/events"
)

// Trace emits events with source positions computed from byte offsets into Src.
type Trace struct {
	Rec   events.Recorder
	Src   []byte
	Execs uint64 // bytecode.exec events emitted so far
}

// Loc is the position of byte offset pos: 1-based line, 1-based column in UTF-16 code units.
func (t *Trace) Loc(pos int) events.Loc {
	line, col := 1, 1
	for i := 0; i < pos && i < len(t.Src); {
		r, n := utf8.DecodeRune(t.Src[i:])
		i += n
		if r == '\n' {
			line, col = line+1, 1
			continue
		}
		if r >= 0x10000 {
			col += 2
		} else {
			col++
		}
	}
	return events.Loc{Line: line, Col: col, Pos: pos}
}

// At emits e positioned at byte offset pos.
func (t *Trace) At(pos int, e events.Event) {
	e.Head().Loc = t.Loc(pos)
	t.Rec.Emit(e)
}

// Emit emits e without a position (it takes its step's position).
func (t *Trace) Emit(e events.Event) { t.Rec.Emit(e) }

// Exec emits an instruction's bytecode.exec at byte offset pos.
func (t *Trace) Exec(pos int, frame, sfi uint32, pc int, op, operands string, acc events.Value, stmt bool) {
	t.Execs++
	t.At(pos, &events.BytecodeExec{Frame: frame, SFI: sfi, PC: pc, Op: op, Operands: operands, Acc: acc, StmtStart: stmt})
}

// Reg emits a register.write.
func (t *Trace) Reg(frame uint32, reg string, v events.Value) {
	t.Emit(&events.RegisterWrite{Frame: frame, Reg: reg, Value: v})
}
