package events

import (
	"bytes"
	"testing"
)

// run records a fixed program-like stream through a JSONL recorder.
func run(t *testing.T) []byte {
	var buf bytes.Buffer
	w := NewJSONL(&buf, StreamHeader{Source: "fixture.js", Host: "node"})
	for i := 0; i < 3; i++ {
		for _, k := range table {
			if k.Kind != KindProgramEnd {
				w.Emit(k.Example())
			}
		}
	}
	w.Emit(&Console{Level: "warn", Text: "<context> & \"quotes\" \u2028 é \x00", Stream: "stderr"})
	w.Emit(&ProgramEnd{Reason: "completed", Steps: 3})
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSameEventsGiveIdenticalBytes(t *testing.T) {
	a, b := run(t), run(t)
	if !bytes.Equal(a, b) {
		t.Fatal("two recordings of the same events differ")
	}
	if !bytes.HasPrefix(a, []byte(`{"schema":"enginescope.events","version":1,"source":"fixture.js","host":"node"}`+"\n")) {
		t.Errorf("header line: %s", bytes.SplitN(a, []byte("\n"), 2)[0])
	}
	if !bytes.Contains(a, []byte(`"text":"<context> & \"quotes\"`)) {
		t.Error("HTML characters were escaped")
	}
}

func TestMemoryThenEncoderEqualsJSONL(t *testing.T) {
	var viaJSONL, viaMemory bytes.Buffer
	w := NewJSONL(&viaJSONL, StreamHeader{})
	m := NewMemory()
	for _, k := range table {
		w.Emit(k.Example())
		m.Emit(k.Example())
	}
	w.Flush()
	enc := NewEncoder(&viaMemory, StreamHeader{})
	for _, e := range m.Events() {
		enc.Encode(e)
	}
	enc.Flush()
	if !bytes.Equal(viaJSONL.Bytes(), viaMemory.Bytes()) {
		t.Fatalf("outputs differ:\n%s\n---\n%s", viaJSONL.Bytes(), viaMemory.Bytes())
	}
}

func TestFieldOrderIsHeaderFirst(t *testing.T) {
	line := encodeLine(t, exampleStream()[0])
	want := `{"seq":0,"kind":"parse.full","step":0,"stmt":1,"call":0,"line":1,"col":1,"fn":"counter"`
	if !bytes.HasPrefix(line, []byte(want)) {
		t.Errorf("got  %s\nwant %s…", line, want)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, bytes.ErrTooLarge }

func TestWriteErrorsAreSticky(t *testing.T) {
	w := NewJSONL(failWriter{}, StreamHeader{})
	for i := 0; i < 5000; i++ {
		w.Emit(&Console{Text: "0123456789abcdef0123456789abcdef"})
	}
	if w.Flush() == nil || w.Err() == nil {
		t.Error("write error lost")
	}
}
