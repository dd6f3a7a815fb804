package vm

import (
	"fmt"
	"strings"

	"enginescope/core/events"
)

// emitICLine reports an IC miss: V8's --log-ic line on stderr
// (Kind,pc,time,line,col,old,new,map,key,modifier,slow_reason) and the ic.transition event.
// The position is the current instruction's (the property name for o.x).
func (r *Runtime) emitICLine(slot int32, kind icKind, old, new string, m *HiddenClass, key PropertyKey, ic *icEntry) {
	r.emitICLineReason(slot, kind, old, new, m, key, ic, "")
}

// emitICLineReason is emitICLine with V8's slow-stub reason (the log's last field).
func (r *Runtime) emitICLineReason(slot int32, kind icKind, old, new string, m *HiddenClass, key PropertyKey, ic *icEntry, reason string) {
	if !r.Options.LogIC && r.interp.rec == nil {
		return
	}
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
		r.writeRaw("error", fmt.Sprintf("%s,0x%x,%d,%d,%d,%s,%s,0x%x,%s,%s,%s\n", kind, pc, r.interp.steps, loc.Line, loc.Col, old, new, mapAddr, icKeyText(key), icModifier(kind, ic), reason))
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
		// V8's own private symbols (class_fields_symbol …) have no description to print; the
		// name EngineScope gives them in parentheses is only for %DebugPrint
		if d := k.sym.Description; d.IsUndefined() || k.sym.Private && d.kind == KindString && strings.HasPrefix(d.String().GoString(), "(") {
			return "symbol()"
		}
		return "symbol(\"" + k.sym.Description.String().GoString() + "\")"
	}
	return k.name
}
