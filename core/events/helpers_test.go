package events

import (
	"bytes"
	"testing"
)

// exampleStream stamps every kind's example, in table order, as one stream.
func exampleStream() []Event {
	m := NewMemory()
	for _, k := range table {
		m.Emit(k.Example())
	}
	m.Flush()
	return m.Events()
}

// encodeLine encodes one stamped event as its JSON line (no newline).
func encodeLine(t testing.TB, e Event) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := NewEncoder(&buf, StreamHeader{})
	if err := enc.Encode(e); err != nil {
		t.Fatal(err)
	}
	if err := enc.Flush(); err != nil {
		t.Fatal(err)
	}
	lines := bytes.Split(bytes.TrimRight(buf.Bytes(), "\n"), []byte("\n"))
	return lines[len(lines)-1]
}
