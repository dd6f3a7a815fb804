package vm

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"
)

// TestNodeFormatFuzz checks util.format of random nested values against Node 26
// (testdata/inspect/fuzz.js): a differential test of the layout rules.
func TestNodeFormatFuzz(t *testing.T) {
	data, err := os.ReadFile("testdata/inspect/fuzz.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct{ JSON, Out string }
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	r, _ := newInspectRuntime()
	failed := 0
	for i, c := range cases {
		dec := json.NewDecoder(bytes.NewReader([]byte(c.JSON)))
		dec.UseNumber()
		v := jsonToValue(t, r, dec)
		if got := r.Format(DefaultInspectOptions(), []Value{v}); got != c.Out {
			failed++
			if failed <= 5 {
				t.Errorf("case %d: %s\n got:\n%s\nwant:\n%s", i, c.JSON, got, c.Out)
			}
		}
	}
	if failed > 0 {
		t.Errorf("%d of %d random values differ from Node", failed, len(cases))
	}
}

// jsonToValue builds a JS value from JSON, keeping object key order.
func jsonToValue(t *testing.T, r *Runtime, dec *json.Decoder) Value {
	tok, err := dec.Token()
	if err != nil {
		t.Fatal(err)
	}
	switch x := tok.(type) {
	case json.Delim:
		if x == '[' {
			var vals []Value
			for dec.More() {
				vals = append(vals, jsonToValue(t, r, dec))
			}
			dec.Token()
			return ObjectValue(r.NewArray(vals))
		}
		o := r.NewObject()
		for dec.More() {
			k, _ := dec.Token()
			r.CreateDataProperty(o, StrKey(k.(string)), jsonToValue(t, r, dec))
		}
		dec.Token()
		return ObjectValue(o)
	case json.Number:
		return Number(StringToNumber(string(x)))
	case string:
		return Str(x)
	case bool:
		return Bool(x)
	}
	return Null
}

// TestChromeFormatFuzz checks the browser host's text for the first random values against what
// Chromium's DevTools showed (testdata/inspect/chrome_fuzz.json, recorded by
// testdata/inspect/chrome with the fuzz cases as CASES).
func TestChromeFormatFuzz(t *testing.T) {
	data, err := os.ReadFile("testdata/inspect/fuzz.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct{ JSON, Out string }
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	data, err = os.ReadFile("testdata/inspect/chrome_fuzz.json")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	r, _ := newInspectRuntime()
	failed := 0
	for i, w := range want {
		dec := json.NewDecoder(bytes.NewReader([]byte(cases[i].JSON)))
		dec.UseNumber()
		if got := r.FormatChromeConsole("log", []Value{jsonToValue(t, r, dec)}); got != w {
			failed++
			if failed <= 5 {
				t.Errorf("case %d: %s\n got: %s\nwant: %s", i, cases[i].JSON, got, w)
			}
		}
	}
	if failed > 0 {
		t.Errorf("%d of %d random values differ from Chromium", failed, len(want))
	}
}
