package vm

import (
	"strconv"

	"enginescope/core/events"
)

// materialize turns the buffered records into typed events, in order, and emits them. It reads
// only what the records captured and what never changes (code, names, positions): it must not
// run JavaScript or allocate on the simulated heap (steplog.go).
func (l *stepLog) materialize() {
	recs := l.buf[:l.used]
	// One allocation per kind and batch instead of one per event (a Star's exec record also
	// makes a register.write).
	var nExec, nWrite int
	for i := range recs {
		switch recs[i].kind {
		case logExec:
			nExec++
		case logRegWrite:
			nWrite++
		}
	}
	execs := make([]events.BytecodeExec, 0, nExec)
	writes := make([]events.RegisterWrite, 0, nWrite+nExec)
	for i := 0; i < len(recs); i++ {
		rec := &recs[i]
		switch rec.kind {
		case logEvent:
			l.sink.Emit(l.events[rec.n])
		case logExec:
			code := (*codeInfo)(rec.ptr)
			ei := code.execCache[rec.n]
			if ei.storesAcc {
				writes = append(writes, events.RegisterWrite{Frame: rec.frame, Reg: code.registerName(ei.writes[0]), Value: l.replay(rec)})
				l.sink.Emit(&writes[len(writes)-1])
			}
			execs = append(execs, events.BytecodeExec{Frame: rec.frame, SFI: ei.sfi, PC: ei.pc, Op: ei.op,
				Operands: ei.ops, Acc: l.replay(rec), StmtStart: ei.stmt})
			e := &execs[len(execs)-1]
			e.Loc = ei.loc
			l.sink.Emit(e)
		case logRegWrite:
			code := (*codeInfo)(rec.ptr)
			writes = append(writes, events.RegisterWrite{Frame: rec.frame, Reg: code.registerName(rec.n), Value: l.replay(rec)})
			l.sink.Emit(&writes[len(writes)-1])
		case logFramePush:
			i = l.framePush(recs, i)
		case logFramePop:
			exit := "return"
			if rec.flag == 1 {
				exit = "throw"
			}
			l.sink.Emit(&events.FramePop{Frame: rec.frame, Depth: int(rec.n), Exit: exit, Value: l.replay(rec)})
		case logContextWrite:
			c := (*Context)(rec.ptr)
			name := ""
			if c.Scope != nil {
				if k := int(rec.n) - c.Scope.Header(); k >= 0 && k < len(c.Scope.Names) {
					name = c.Scope.Names[k]
				}
			}
			l.sink.Emit(&events.ContextWrite{Addr: events.Addr(rec.frame), Slot: int(rec.n), Name: name, Value: l.replay(rec)})
		case logHeapAlloc:
			typ := l.strs[rec.aux]
			if l.allocType != nil {
				typ = l.allocType(typ)
			}
			l.sink.Emit(&events.HeapAlloc{Addr: events.Addr(rec.frame), Size: int(rec.n), Type: typ, Space: l.strs[rec.addr]})
		case logPropertySet:
			l.sink.Emit(l.propertySet(rec, &recs[i+1]))
			i++
		}
	}
}

// framePush builds a frame.push from its records (push, info, arguments) starting at i and
// returns the index of its last record.
func (l *stepLog) framePush(recs []logRecord, i int) int {
	rec, info := &recs[i], &recs[i+1]
	cl := (*Closure)(rec.ptr)
	e := &events.FramePush{Frame: rec.frame, Depth: int(rec.n), Fn: cl.SFI.Name, SFI: uint32(cl.SFI.ID + 1),
		Closure: events.Addr(info.addr), Context: events.Addr(info.aux), This: l.replay(rec), Construct: rec.flag == 1}
	if cl.SFI.Bytecode != nil {
		e.Regs = cl.SFI.Bytecode.RegisterCount
	}
	if info.ptr != nil {
		e.Loc = (*codeInfo)(info.ptr).execCache[info.n].loc
	}
	argc := int(info.frame)
	if argc > 0 {
		e.Args = make([]events.Value, argc)
		for k := 0; k < argc; k++ {
			e.Args[k] = l.replay(&recs[i+2+k])
		}
	}
	l.sink.Emit(e)
	return i + 1 + argc
}

// replay is snapshot for a captured value: the address, an array's length and a function's
// name are the ones captured; the rest never changes.
func (l *stepLog) replay(rec *logRecord) events.Value {
	v := rec.val
	switch v.kind {
	case KindString:
		return events.Str(v.String().GoString(), events.Addr(rec.addr))
	case KindSymbol:
		return events.Symbol(v.Symbol().DescriptiveString(), events.Addr(rec.addr))
	case KindObject:
		o := v.Object()
		switch {
		case o.IsCallable():
			return events.Function(l.strs[rec.aux], events.Addr(rec.addr))
		case o.hc.InstanceType == TypeArray:
			return events.Object("Array("+strconv.Itoa(int(rec.aux))+")", events.Addr(rec.addr))
		case o.hc.InstanceType == TypeError:
			return events.Object(l.strs[rec.aux], events.Addr(rec.addr))
		}
		// the map at hand-over: only a setPrototypeOf within the batch could relabel it
		return events.Object(l.r.streamClassName(o), events.Addr(rec.addr))
	case kindContext:
		return events.Object("Context", events.Addr(rec.addr))
	}
	return primitiveSnapshot(v)
}
