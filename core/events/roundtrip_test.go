package events

import (
	"bytes"
	"io"
	"reflect"
	"strings"
	"testing"
)

func TestRoundTripEveryKind(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range exampleStream() {
		seen[e.Kind()] = true
		line := encodeLine(t, e)
		got, err := Decode(line)
		if err != nil {
			t.Fatalf("%s: %v\n%s", e.Kind(), err, line)
		}
		if !reflect.DeepEqual(got, e) {
			t.Errorf("%s: round trip differs\n got %#v\nwant %#v\nline %s", e.Kind(), got, e, line)
		}
	}
	for _, k := range table {
		if !seen[k.Kind] {
			t.Errorf("%s: example missing from the stream", k.Kind)
		}
	}
}

func TestRoundTripZeroEvents(t *testing.T) {
	for _, k := range table {
		var sq Sequencer
		e := k.New()
		sq.Stamp(e)
		sq.Flush()
		got, err := Decode(encodeLine(t, e))
		if err != nil {
			t.Fatalf("%s: %v", k.Kind, err)
		}
		if !reflect.DeepEqual(got, e) {
			t.Errorf("%s: zero event round trip differs\n got %#v\nwant %#v", k.Kind, got, e)
		}
	}
}

func TestReaderReadsWhatJSONLWrites(t *testing.T) {
	var buf bytes.Buffer
	w := NewJSONL(&buf, StreamHeader{Source: "add.js", Host: "browser"})
	for _, k := range table {
		w.Emit(k.Example())
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	h, got, err := ReadAll(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if h != (StreamHeader{Schema: Schema, Version: Version, Source: "add.js", Host: "browser"}) {
		t.Errorf("header %+v", h)
	}
	if want := exampleStream(); !reflect.DeepEqual(got, want) {
		t.Errorf("stream differs")
	}
}

func TestUnknownKindIsKeptVerbatim(t *testing.T) {
	line := []byte(`{"seq":4,"kind":"jit.tierup","step":2,"stmt":1,"call":1,"tier":"maglev"}`)
	e, err := Decode(line)
	if err != nil {
		t.Fatal(err)
	}
	u, ok := e.(*Unknown)
	if !ok || u.Kind() != "jit.tierup" || u.Seq != 4 || u.Step != 2 {
		t.Fatalf("got %#v", e)
	}
	var buf bytes.Buffer
	enc := NewEncoder(&buf, StreamHeader{})
	enc.Encode(u)
	enc.Flush()
	if !strings.HasSuffix(buf.String(), string(line)+"\n") {
		t.Errorf("re-encoded as %q", buf.String())
	}
}

func TestReaderRejectsOtherSchemasAndVersions(t *testing.T) {
	for _, in := range []string{
		"",
		`{"schema":"other","version":1}` + "\n",
		`{"schema":"enginescope.events","version":2}` + "\n",
		"not json\n",
	} {
		if _, err := NewReader(strings.NewReader(in)); err == nil {
			t.Errorf("accepted %q", in)
		}
	}
	r, err := NewReader(strings.NewReader(`{"schema":"enginescope.events","version":1}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("empty body: %v", err)
	}
}

func TestDecodeErrors(t *testing.T) {
	for _, in := range []string{`{"seq":1}`, `{"kind":"frame.push","depth":"x"}`, `[`} {
		if _, err := Decode([]byte(in)); err == nil {
			t.Errorf("accepted %s", in)
		}
	}
}

func TestValueSnapshots(t *testing.T) {
	long := strings.Repeat("é", MaxPreview+5)
	s := Str(long, 0x10)
	if !s.More || len([]rune(s.V)) != MaxPreview || s.Addr != 0x10 {
		t.Errorf("long string: %+v", s)
	}
	if v := Str("short", 0); v.More || v.V != "short" {
		t.Errorf("short string: %+v", v)
	}
	for text, want := range map[string]float64{"42": 42, "-Infinity": -1 / zero(), "1e+21": 1e21} {
		if f, ok := Number(text, 1).Float(); !ok || f != want {
			t.Errorf("Float(%s) = %v %v", text, f, ok)
		}
	}
	if v := Smi(-7); !v.Smi || v.V != "-7" || v.Addr != 0 {
		t.Errorf("Smi: %+v", v)
	}
	if Addr(0x2a0c1).String() != "0x2a0c1" {
		t.Error(Addr(0x2a0c1).String())
	}
	if _, ok := Bool(true).Float(); ok {
		t.Error("Float of a boolean")
	}
}

func zero() float64 { return 0 }
