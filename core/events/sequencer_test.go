package events

import (
	"testing"
)

type hdr struct {
	seq, step, stmt, call, task uint64
	line                        int
}

func heads(es []Event) []hdr {
	var out []hdr
	for _, e := range es {
		h := e.Head()
		out = append(out, hdr{h.Seq, h.Step, h.Stmt, h.Call, h.Task, h.Line})
	}
	return out
}

func exec(line int, stmt bool) *BytecodeExec {
	return &BytecodeExec{Header: Header{Loc: At(line, 1, 0)}, StmtStart: stmt, Op: "Nop"}
}

func TestStepGrouping(t *testing.T) {
	m := NewMemory()
	m.Emit(&ParseFull{Header: Header{Loc: At(1, 1, 0)}}) // 0 prelude, keeps its position
	m.Emit(&FramePush{Header: Header{Loc: At(1, 1, 0)}}) // 1 call 1
	m.Emit(exec(1, false))                               // 2 step 0, no statement yet
	m.Emit(&HeapAlloc{})                                 // 3 effect of a statement's first instruction
	m.Emit(exec(2, true))                                // 4 step 1 starts statement 1
	m.Emit(&RegisterWrite{})                             // 5
	m.Emit(exec(2, false))                               // 6 step 2, same statement
	m.Emit(&FramePush{Header: Header{Loc: At(3, 5, 0)}}) // 7 call 2
	m.Emit(exec(3, true))                                // 8 step 3: the Call, statement 2
	if m.Len() != 9 {
		t.Fatalf("len %d", m.Len())
	}
	m.Emit(&Console{}) // 9 pending
	if m.Len() != 9 {
		t.Fatalf("pending event visible before its step closed")
	}
	m.Emit(&FramePop{})   // 10 call 3
	m.Emit(&ProgramEnd{}) // 11 releases, no position
	want := []hdr{
		{0, 0, 0, 0, 0, 1},
		{1, 0, 0, 1, 0, 1},
		{2, 0, 0, 1, 0, 1},
		{3, 1, 1, 1, 0, 2}, // stmt and position come from the closing exec
		{4, 1, 1, 1, 0, 2},
		{5, 2, 1, 1, 0, 2},
		{6, 2, 1, 1, 0, 2},
		{7, 3, 2, 2, 0, 3}, // explicit call-site position kept
		{8, 3, 2, 2, 0, 3},
		{9, 4, 2, 2, 0, 0},
		{10, 4, 2, 3, 0, 0},
		{11, 4, 2, 3, 0, 0},
	}
	got := heads(m.Events())
	if len(got) != len(want) {
		t.Fatalf("got %d events", len(got))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("event %d: got %+v want %+v", i, got[i], want[i])
		}
	}
	for i, e := range m.Events() {
		if e.Head().EventKind != e.Kind() {
			t.Errorf("event %d: kind %q", i, e.Head().EventKind)
		}
	}
}

func TestEngineCannotSetCounters(t *testing.T) {
	m := NewMemory()
	m.Emit(&Console{Header: Header{Seq: 99, Step: 5, Stmt: 5, Call: 5, Task: 5}})
	m.Flush()
	if h := heads(m.Events())[0]; h != (hdr{}) {
		t.Errorf("engine-set counters survived: %+v", h)
	}
}

func TestEmitTwicePanics(t *testing.T) {
	m := NewMemory()
	e := &Console{}
	m.Emit(e)
	defer func() {
		if recover() == nil {
			t.Error("second Emit of the same event did not panic")
		}
	}()
	m.Emit(e)
}

func TestTaskRole(t *testing.T) {
	roles["test.task"] = OpensTask
	defer delete(roles, "test.task")
	m := NewMemory()
	m.Emit(&Console{})
	m.Emit(&testTask{})
	m.Emit(&Console{})
	m.Flush()
	got := heads(m.Events())
	if got[0].task != 0 || got[1].task != 1 || got[2].task != 1 {
		t.Errorf("tasks %+v", got)
	}
}

type testTask struct{ Header }

func (*testTask) Kind() string { return "test.task" }

func TestNilRecordersAreSafe(t *testing.T) {
	var m *Memory
	var j *JSONL
	m.Emit(&Console{})
	j.Emit(&Console{})
}

func TestMemorySeek(t *testing.T) {
	m := NewMemory()
	m.Emit(&FramePush{})   // 0 call 1
	m.Emit(exec(1, true))  // 1 stmt 1
	m.Emit(exec(1, false)) // 2
	m.Emit(&HeapAlloc{})   // 3 stmt 2
	m.Emit(exec(2, true))  // 4
	m.Emit(&FramePush{})   // 5 call 2, stmt 3
	m.Emit(exec(3, true))  // 6
	m.Emit(exec(4, true))  // 7 stmt 4
	m.Emit(&ProgramEnd{})  // 8
	cases := []struct {
		name string
		got  int
		want int
	}{
		{"next stmt from 1", m.Next(1, ByStmt), 3},
		{"next stmt from 3", m.Next(3, ByStmt), 5},
		{"next step from 3", m.Next(3, ByStep), 5},
		{"next call from 0", m.Next(0, ByCall), 5},
		{"next call at end", m.Next(5, ByCall), 9},
		{"start of stmt at 4", m.Start(4, ByStmt), 3},
		{"start of stmt at 0", m.Start(0, ByStmt), 0},
		{"prev stmt from 4", m.Prev(4, ByStmt), 0},
		{"prev stmt from 7", m.Prev(7, ByStmt), 5},
		{"prev task from 8", m.Prev(8, ByTask), 0},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s: got %d want %d", c.name, c.got, c.want)
		}
	}
}

func TestMemoryChunks(t *testing.T) {
	m := NewMemory()
	const n = 3<<chunkBits + 5
	for i := 0; i < n; i++ {
		m.Emit(&Console{})
	}
	m.Flush()
	if m.Len() != n || len(m.Events()) != n {
		t.Fatalf("len %d / %d", m.Len(), len(m.Events()))
	}
	for _, i := range []int{0, 1<<chunkBits - 1, 1 << chunkBits, n - 1} {
		if m.At(i).Head().Seq != uint64(i) {
			t.Errorf("At(%d) has seq %d", i, m.At(i).Head().Seq)
		}
	}
}
