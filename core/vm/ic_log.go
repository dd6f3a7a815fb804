package vm

import (
	"fmt"

	"enginescope/core/events"
)

// logIC reports an IC state change: V8's --log-ic line on stderr
// (Kind,pc,time,line,col,old,new,map,key,modifier,slow_reason) and the ic.transition event.
// The position is the current instruction's (the property name for o.x).
func (r *Runtime) logIC(fb *FeedbackVector, slot int32, kind icKind, old uint8, key PropertyKey, m *HiddenClass) {
	r.tierICChanged(fb) // tier_budget.go: V8's NotifyICChanged delays tier-up
	rec := r.interp.rec
	if !r.Options.LogIC && rec == nil {
		return
	}
	ic := &fb.ics[slot]
	r.emitICLine(slot, kind, icStateMarks[old], icStateMarks[ic.state], m, key, ic)
}

// logICNoFeedback is the line V8 logs for an IC executed by a function without a feedback
// vector (stores and global accesses go to the runtime then; plain loads do not log).
func (r *Runtime) logICNoFeedback(kind icKind, key PropertyKey) {
	if !r.Options.LogIC {
		return
	}
	r.emitICLine(-1, kind, "X", "X", nil, key, nil)
}

func (r *Runtime) emitICLine(slot int32, kind icKind, old, new string, m *HiddenClass, key PropertyKey, ic *icEntry) {
	f := r.currentFrame()
	loc := r.locOf(f)
	var mapAddr uint32
	var mapID uint32
	if m != nil {
		mapAddr, mapID = m.Address(), m.ID
	}
	if r.Options.LogIC {
		pc := 0
		if f != nil && f.code != nil {
			pc = int(f.code.bc.Offsets[f.pc])
		}
		r.writeRaw("error", fmt.Sprintf("%s,0x%x,%d,%d,%d,%s,%s,0x%x,%s,,\n", kind, pc, r.interp.steps, loc.Line, loc.Col, old, new, mapAddr, icKeyText(key)))
	}
	if rec := r.interp.rec; rec != nil && slot >= 0 {
		e := &events.ICTransition{Header: events.Header{Loc: loc}, Slot: int(slot), IC: kind.String(), Old: old, New: new, Map: mapID, Key: icKeyText(key)}
		if f != nil && f.cl != nil {
			e.Fn, e.SFI = f.cl.SFI.DebugName(), r.sfiID(f.cl.SFI)
		}
		if ic != nil {
			for _, h := range ic.poly {
				e.Maps = append(e.Maps, h.m.ID)
			}
		}
		rec.Emit(e)
	}
}

func (r *Runtime) currentFrame() *frame {
	if n := len(r.interp.frames); n > 0 {
		return r.interp.frames[n-1]
	}
	return nil
}

// icKeyText is the key as V8's log prints it: a name, or symbol("description").
func icKeyText(k PropertyKey) string {
	if k.sym != nil {
		return "symbol(\"" + k.sym.DescriptiveString() + "\")"
	}
	return k.name
}
