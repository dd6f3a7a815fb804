package events

import (
	"bufio"
	"io"
)

// Schema and Version name the JSON Lines format. Bump Version on any incompatible change
// (removing or renaming a field or kind, changing a meaning); adding fields or kinds is allowed.
const (
	Schema  = "enginescope.events"
	Version = 1
)

// jsonEncoder is what goccy/go-json's and encoding/json's encoders both offer.
type jsonEncoder interface {
	Encode(v any) error
	SetEscapeHTML(on bool)
}

// StreamHeader is the first line of a stream. It holds nothing time- or machine-dependent.
type StreamHeader struct {
	Schema  string `json:"schema"`
	Version int    `json:"version"`
	Source  string `json:"source,omitempty"` // script name
	Host    string `json:"host,omitempty"`   // browser or node
}

// Encoder writes already-stamped events as JSON Lines: the header, then one event per line with
// the fields in struct order, so equal events give identical bytes.
type Encoder struct {
	bw  *bufio.Writer
	enc jsonEncoder
	err error
}

// NewEncoder writes the header line (Schema and Version are filled in).
func NewEncoder(w io.Writer, h StreamHeader) *Encoder {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := newJSONEncoder(bw)
	enc.SetEscapeHTML(false) // keep <context> and => readable
	h.Schema, h.Version = Schema, Version
	e := &Encoder{bw: bw, enc: enc}
	e.err = enc.Encode(&h)
	return e
}

// Encode writes one event. An Unknown event is written back verbatim.
func (e *Encoder) Encode(ev Event) error {
	if e.err != nil {
		return e.err
	}
	if u, ok := ev.(*Unknown); ok {
		if _, e.err = e.bw.Write(u.Raw); e.err == nil {
			e.err = e.bw.WriteByte('\n')
		}
		return e.err
	}
	e.err = e.enc.Encode(ev)
	return e.err
}

// Flush writes buffered lines to the underlying writer.
func (e *Encoder) Flush() error {
	if e.err != nil {
		return e.err
	}
	e.err = e.bw.Flush()
	return e.err
}

// Err is the first write or encoding error.
func (e *Encoder) Err() error { return e.err }
