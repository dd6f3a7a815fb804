package events

import "io"

// JSONL is a Recorder that streams JSON Lines to a writer. Write errors are sticky: the first one
// stops output and is returned by Flush and Err (the engine never sees it mid-run).
type JSONL struct {
	sq  Sequencer
	enc *Encoder
}

// NewJSONL writes the header line and returns the recorder. Call Flush when the run ends.
func NewJSONL(w io.Writer, h StreamHeader) *JSONL { return &JSONL{enc: NewEncoder(w, h)} }

func (j *JSONL) Emit(e Event) {
	if j == nil {
		return
	}
	for _, r := range j.sq.Stamp(e) {
		j.enc.Encode(r)
	}
}

// Flush writes the events of an unfinished step and flushes the buffer.
func (j *JSONL) Flush() error {
	for _, r := range j.sq.Flush() {
		j.enc.Encode(r)
	}
	return j.enc.Flush()
}

func (j *JSONL) Err() error { return j.enc.Err() }
