// Package events is the contract between the engine and the renderer: typed, self-describing
// events for every step the interpreter really takes, a Recorder the engine emits them to, and a
// JSON Lines encoding (docs/events.md is the schema).
//
// # Emitting
//
// The engine holds a Recorder that is nil when recording is off, and guards every emission:
//
//	if r.rec != nil {
//		r.rec.Emit(&events.RegisterWrite{Frame: f.id, Reg: "r0", Value: snap(v)})
//	}
//
// so recording off costs one nil check per step. Always store a nil interface, never a typed nil
// pointer (the recorders here tolerate a nil receiver anyway).
//
// # Who stamps the header
//
// The recorder does, through a Sequencer: the engine never sets seq, kind, step, stmt, call or task
// (whatever it puts there is overwritten). seq is taken at Emit time, so the stream order is the
// emission order and cannot be rearranged; emitting the same event value twice panics.
// The engine sets only the source position (Loc) and the payload.
//
// Step grouping follows from the event kinds themselves (the Role column of the kind table):
// bytecode.exec closes a bytecode step and says whether its instruction starts a statement;
// frame.push/frame.pop open a call step; program.end releases whatever is pending. Because the
// engine emits bytecode.exec after the effects of the instruction (so it can report the
// accumulator after), a Sequencer holds the events of the current step until its bytecode.exec
// arrives, then gives all of them the step's statement index and, where they carry no position,
// the instruction's position. See docs/events.md for the exact rules.
//
// # Adding a kind
//
// One struct (embedding Header, a Kind method, a comment on every field), one row in the kind
// table (registry.go) with an example, then `go test ./core/events -run TestDocs -update` to
// regenerate its entry in docs/events.md. Tests fail if any of the three is missing.
package events
