package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"enginescope/test/conformance/chromefmt"
	"enginescope/test/conformance/corpus"
)

// TestStoredBrowserRecordingsRender checks that every expected/browser/NAME.cdp.json renders to the
// stored NAME.stdout and NAME.stderr (what -from-cdp would write).
func TestStoredBrowserRecordingsRender(t *testing.T) {
	files, err := filepath.Glob("../expected/browser/*.cdp.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skip("no browser recordings")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".cdp.json")
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var events []chromefmt.Event
		if err := json.Unmarshal(data, &events); err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		out, errText := render(events)
		want, err := corpus.ReadExpected("../expected", "browser", name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if out != want.Stdout || errText != want.Stderr {
			t.Errorf("%s: rendering the stored events gives\n%s--- stderr\n%s\nbut the stored text is\n%s--- stderr\n%s", name, out, errText, want.Stdout, want.Stderr)
		}
	}
}

func TestRenderUnhandledRejectionAndRevoked(t *testing.T) {
	events := []chromefmt.Event{
		{Kind: "exception", Exception: &chromefmt.ExceptionDetails{Text: "Uncaught (in promise)",
			Exception: &chromefmt.RemoteObject{Type: "object", Subtype: "error", Description: "Error: boom\n    at x"}}},
		{Kind: "exception", Exception: &chromefmt.ExceptionDetails{Text: "Uncaught (in promise)",
			Exception: &chromefmt.RemoteObject{Type: "number", Value: json.RawMessage("42"), Description: "42"}}},
		{Kind: revokedKind, Exception: &chromefmt.ExceptionDetails{Text: "Uncaught (in promise)",
			Exception: &chromefmt.RemoteObject{Type: "string", Value: json.RawMessage(`"handled later"`)}}},
		{Kind: "exception", Exception: &chromefmt.ExceptionDetails{Text: "Uncaught",
			Exception: &chromefmt.RemoteObject{Type: "object", Subtype: "error", Description: "TypeError: x\n    at y"}}},
	}
	out, errText := render(events)
	want := "Uncaught (in promise) Error: boom\nUncaught (in promise) 42\nUncaught TypeError: x\n"
	if out != "" || errText != want {
		t.Errorf("got stdout %q stderr %q, want stderr %q", out, errText, want)
	}
}

// TestCorporaNamesAndHeaders checks that sync/ and async/ do not share a program name (they share
// expected/) and that every async seed program names its note.
func TestCorporaNamesAndHeaders(t *testing.T) {
	seen := map[string]string{}
	for _, c := range corpora {
		progs, err := corpus.List(filepath.Join("..", c))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range progs {
			if other, dup := seen[p.Name]; dup {
				t.Errorf("%s is in %s/ and %s/", p.Name, other, c)
			}
			seen[p.Name] = c
			if c == "async" && strings.HasPrefix(p.Name, "seed_") {
				src, err := os.ReadFile(p.Path)
				if err != nil {
					t.Fatal(err)
				}
				if !strings.HasPrefix(string(src), "// Seed: ") {
					t.Errorf("%s: a seed program starts with // Seed: <file>, <section>", p.Name)
				}
			}
		}
	}
}
