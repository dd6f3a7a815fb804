package parser

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// v8Record is one line of testdata/v8.jsonl, recorded from the reference
// node by testdata/record.js (never edited by hand).
type v8Record struct {
	Src     string `json:"src"`
	OK      bool   `json:"ok"`
	Message string `json:"message"`
	Text    string `json:"text"`
}

func loadV8Records(t testing.TB) []v8Record {
	f, err := os.Open("testdata/v8.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var recs []v8Record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r v8Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	return recs
}

// TestV8Messages checks verdict, message, position and the node-style text
// against the verdicts recorded from V8.
func TestV8Messages(t *testing.T) {
	recs := loadV8Records(t)
	if len(recs) < 200 {
		t.Fatalf("only %d recorded snippets", len(recs))
	}
	bad := 0
	for _, r := range recs {
		_, err := ParseScript([]byte(r.Src), Options{Filename: "/t.js"})
		switch {
		case r.OK && err != nil:
			bad++
			t.Errorf("%q: V8 accepts, we reject: %v", r.Src, err)
		case !r.OK && err == nil:
			bad++
			t.Errorf("%q: V8 rejects (%s), we accept", r.Src, r.Message)
		case !r.OK:
			se := err.(*SyntaxError)
			got := strings.TrimSuffix(se.Format(), "\n")
			if got != r.Text {
				bad++
				t.Errorf("%q:\n--- V8\n%s\n--- ours\n%s", r.Src, r.Text, got)
			}
		}
	}
	t.Logf("%d snippets, %d mismatches", len(recs), bad)
}
