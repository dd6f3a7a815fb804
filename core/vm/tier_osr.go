package vm

import (
	"fmt"

	bc "enginescope/core/bytecode"
	"enginescope/core/events"
)

// On-stack replacement: a function marked for optimization while it is still in a long loop
// cannot wait for its next call, so V8 compiles code for the loop itself and jumps into it at a
// back edge. Node 26's --trace-opt for a loop of 3,000,000 iterations in a function called once
// (the majority of 8 runs; the bailout line is missing in some):
//
//	[marking sumTo for optimization to MAGLEV, ConcurrencyMode::kConcurrent, reason: hot and stable]
//	[compiling method sumTo (target MAGLEV) OSR, mode: ConcurrencyMode::kConcurrent]
//	[completed compiling sumTo (target MAGLEV) OSR]
//	[compiling method sumTo (target TURBOFAN_JS) OSR, mode: ConcurrencyMode::kConcurrent]
//	[completed compiling sumTo (target TURBOFAN_JS) OSR]
//	[completed optimizing sumTo (target TURBOFAN_JS) OSR]
//	[bailout (kind: deopt-eager, reason: prepare for on stack replacement (OSR)): … <Code MAGLEV>, bytecode offset 6]
//
// The simulator takes one step of that ladder per budget tick on a back edge of the same
// activation; the last one leaves the Maglev OSR code for TurboFan's at the loop header.

// osrEntry is the first instruction from the loop header on that Maglev can deopt at: register
// moves and constant loads have no checkpoint (sumTo's header is "Ldar a0"; V8 reports the
// TestLessThan after it).
func osrEntry(code []bc.Instr, header int32) int32 {
	i := header
	for int(i) < len(code)-1 && (noCheckpoint[code[i].Op.String()] || code[i].Op.Has(bc.FlagShortStar)) {
		i++
	}
	return i
}

var noCheckpoint = map[string]bool{"Ldar": true, "Star": true, "Mov": true, "LdaZero": true, "LdaSmi": true,
	"LdaUndefined": true, "LdaNull": true, "LdaTrue": true, "LdaFalse": true, "LdaConstant": true, "LdaTheHole": true}

type osrStep uint8

const (
	osrNone osrStep = iota
	osrMaglevJob
	osrMaglev
	osrTurbofanJob
	osrTurbofan
)

// loopTick is a budget tick on a JumpLoop back edge to header (an instruction index).
func (r *Runtime) loopTick(f *frame, header int32) {
	cl := f.cl
	t := r.tierOf(f.fnObj)
	if t == nil || t.prepared || t.neverOptimize {
		cl.budget = budgetNever
		return
	}
	if t.osr != osrNone && t.osrFrame != f.id {
		t.osrFrame = f.id // a later activation enters the loop's cached OSR code at its back edge
	}
	if t.step == stepOSR && t.osr == osrNone {
		cl.budget = budgetNever
		return
	}
	if t.osr == osrNone && t.step != stepMaglevMarked {
		r.budgetTick(cl, f.fnObj)
		return
	}
	n := r.bytecodeLength(cl)
	name := ""
	if r.Options.TraceOpt || r.Options.TraceDeopt {
		name = r.traceFunctionName(f.fnObj)
	}
	trace := func(format string, a ...any) {
		if r.Options.TraceOpt {
			r.writeRaw("log", fmt.Sprintf(format, a...))
		}
	}
	cl.budget = orDefault(r.Options.Tiering.MaglevOSRCount, budgetMaglevJob) * n
	switch t.osr {
	case osrNone: // marked for Maglev and still looping: the request is served by OSR
		t.osr, t.osrFrame, t.step = osrMaglevJob, f.id, stepOSR
		t.osrHeader, t.osrEnd = header, int32(f.pc)
		cl.tierEntry = false
		trace("[compiling method %s (target %s) OSR, mode: ConcurrencyMode::kConcurrent]\n", name, tierMaglev)
	case osrMaglevJob:
		t.osr = osrMaglev
		trace("[completed compiling %s (target %s) OSR]\n", name, tierMaglev)
		r.installCode(cl, t, tierMaglev)
	case osrMaglev:
		t.osr = osrTurbofanJob
		trace("[compiling method %s (target %s) OSR, mode: ConcurrencyMode::kConcurrent]\n", name, tierTurbofan)
		cl.budget = orDefault(r.Options.Tiering.OSRCount, budgetTurbofanJob) * n
	case osrTurbofanJob:
		t.osr = osrTurbofan
		trace("[completed compiling %s (target %s) OSR]\n", name, tierTurbofan)
		trace("[completed optimizing %s (target %s) OSR]\n", name, tierTurbofan)
		// the Maglev OSR code leaves for TurboFan's at the loop's first deopt point
		offset := int(f.code.bc.Offsets[osrEntry(f.code.bc.Code, header)])
		if r.Options.TraceDeopt {
			r.om.optID++
			r.writeRaw("log", fmt.Sprintf("[bailout (kind: deopt-eager, reason: prepare for on stack replacement (OSR)): begin. deoptimizing %s, 0x%x <Code %s>, opt id %d, bytecode offset %d]\n",
				name, f.code.bc.Address, tierMaglev, r.om.optID, offset))
		}
		if rec := r.interp.rec; rec != nil {
			e := &events.Deopt{Header: events.Header{Loc: r.locOf(f)}, Tier: tierEventName(tierMaglev), DeoptKind: "deopt-eager", Reason: "prepare for on stack replacement (OSR)", Offset: offset}
			e.Fn, e.SFI = cl.SFI.DebugName(), r.sfiID(cl.SFI)
			rec.Emit(e)
		}
		r.installCode(cl, t, tierTurbofan)
		cl.budget = budgetNever
	default:
		cl.budget = budgetNever
	}
}
