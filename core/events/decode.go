package events

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
)

// Unknown is an event of a kind this build does not know (a newer, compatible stream). Its
// header is decoded; Raw keeps the line so it can be re-encoded unchanged.
type Unknown struct {
	Header
	Raw []byte `json:"-"`
}

func (u *Unknown) Kind() string { return u.EventKind }

// Decode parses one event line into its typed struct, chosen by "kind" through the kind table.
func Decode(line []byte) (Event, error) {
	var h Header
	if err := jsonUnmarshal(line, &h); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	k, ok := Lookup(h.EventKind)
	if !ok {
		if h.EventKind == "" {
			return nil, errors.New("events: line has no kind")
		}
		return &Unknown{Header: h, Raw: append([]byte(nil), line...)}, nil
	}
	e := k.New()
	if err := jsonUnmarshal(line, e); err != nil {
		return nil, fmt.Errorf("events: %s: %w", h.EventKind, err)
	}
	return e, nil
}

// Reader reads a JSON Lines stream written by JSONL or Encoder.
type Reader struct {
	br     *bufio.Reader
	header StreamHeader
}

// NewReader reads and checks the header line: the schema must match and the version must be
// exactly Version (a different version is by definition incompatible).
func NewReader(r io.Reader) (*Reader, error) {
	rd := &Reader{br: bufio.NewReaderSize(r, 64<<10)}
	line, err := rd.line()
	if err != nil {
		if err == io.EOF {
			err = errors.New("events: empty stream")
		}
		return nil, err
	}
	if err := jsonUnmarshal(line, &rd.header); err != nil {
		return nil, fmt.Errorf("events: header: %w", err)
	}
	if rd.header.Schema != Schema {
		return nil, fmt.Errorf("events: schema %q, want %q", rd.header.Schema, Schema)
	}
	if rd.header.Version != Version {
		return nil, fmt.Errorf("events: version %d, this build reads %d", rd.header.Version, Version)
	}
	return rd, nil
}

func (r *Reader) Header() StreamHeader { return r.header }

// Next returns the next event, or io.EOF after the last one.
func (r *Reader) Next() (Event, error) {
	line, err := r.line()
	if err != nil {
		return nil, err
	}
	return Decode(line)
}

// line returns the next non-empty line without its newline.
func (r *Reader) line() ([]byte, error) {
	for {
		line, err := r.br.ReadBytes('\n')
		line = bytes.TrimRight(line, "\r\n")
		if len(line) > 0 {
			return line, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// ReadAll reads a whole stream.
func ReadAll(r io.Reader) (StreamHeader, []Event, error) {
	rd, err := NewReader(r)
	if err != nil {
		return StreamHeader{}, nil, err
	}
	var out []Event
	for {
		e, err := rd.Next()
		if err == io.EOF {
			return rd.header, out, nil
		}
		if err != nil {
			return rd.header, out, err
		}
		out = append(out, e)
	}
}
