package vm

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

type recordedChrome struct {
	Values []struct {
		Name, JS, Out string
	} `json:"values"`
	Console []struct {
		Name, JS, Stdout, Stderr string
	} `json:"console"`
}

func loadRecordedChrome(t *testing.T) recordedChrome {
	t.Helper()
	b, err := os.ReadFile("testdata/inspect/chrome.json")
	if err != nil {
		t.Fatal(err)
	}
	var rec recordedChrome
	if err := json.Unmarshal(b, &rec); err != nil {
		t.Fatal(err)
	}
	return rec
}

// TestChromeFormatRecorded checks the browser host's console.log text against what Chromium's
// DevTools showed (recorded by testdata/inspect/chrome, rendered with chromefmt) for the same
// cases as the Node test.
func TestChromeFormatRecorded(t *testing.T) {
	rec := loadRecordedChrome(t)
	ran, skipped := 0, []string{}
	for _, c := range rec.Values {
		build, ok := nodeValueBuilders[c.Name]
		if !ok || chromeSkip[c.Name] != "" {
			skipped = append(skipped, c.Name)
			continue
		}
		if c.Out == "<0 events>" {
			continue
		}
		ran++
		t.Run(c.Name, func(t *testing.T) {
			r, b := newInspectRuntime()
			got := r.FormatChromeConsole("log", build(b))
			if got != c.Out {
				t.Errorf("%s\n got: %q\nwant: %q", c.JS, got, c.Out)
			}
		})
	}
	t.Logf("%d recorded cases checked, %d skipped: %s", ran, len(skipped), strings.Join(skipped, ", "))
}

// chromeSkip lists cases whose Go-built values differ from the JavaScript ones in ways DevTools
// shows (V8-internal properties the runtime does not have yet).
var chromeSkip = map[string]string{
	"Math JSON Reflect":   "the Go case builds empty tagged objects; the real ones have methods",
	"arguments":           "sloppy arguments objects also have callee",
	"proxies":             "sloppy functions' arguments/caller accessors",
	"native functions":    "Go-built natives print their Go name",
	"function null proto": "needs a JavaScript function's source text",
}

// TestChromeConsoleRecorded runs the console programs on the browser host's console.
func TestChromeConsoleRecorded(t *testing.T) {
	rec := loadRecordedChrome(t)
	for _, rc := range rec.Console {
		prog, ok := nodeConsolePrograms[rc.Name]
		if !ok {
			t.Errorf("no Go program for recorded console case %q", rc.Name)
			continue
		}
		t.Run(rc.Name, func(t *testing.T) {
			c := newConsoleRun("browser")
			prog(c)
			if got := c.stdout.String(); got != rc.Stdout {
				t.Errorf("%s\nstdout got:\n%s\nwant:\n%s", rc.JS, got, rc.Stdout)
			}
			if got := c.stderr.String(); got != rc.Stderr {
				t.Errorf("%s\nstderr got:\n%s\nwant:\n%s", rc.JS, got, rc.Stderr)
			}
		})
	}
}
