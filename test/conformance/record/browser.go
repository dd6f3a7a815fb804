package main

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp/jsonv2"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"enginescope/test/conformance/chromefmt"
	"enginescope/test/conformance/corpus"
)

// endMarker is logged by the recorder after the page has loaded; seeing it means every console
// event of the program has been received.
const endMarker = "\u0000conformance-recording-end"

// recordBrowser records the programs in one headless Chromium, one fresh tab (and so one fresh
// global object) per program. Asynchronous programs (async[name]) are recorded in -repeat rounds
// and stored only if every round gave the same events; the others are returned as flaky. It
// returns the browser's version line, the flaky programs and the errors.
func recordBrowser(progs []corpus.Program, async map[string]bool, dir, chromium string, port int) (string, []string, []error) {
	byName := map[string]corpus.Program{}
	for _, p := range progs {
		byName[p.Name] = p
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/p/", func(w http.ResponseWriter, r *http.Request) {
		base := strings.TrimPrefix(r.URL.Path, "/p/")
		switch {
		case strings.HasSuffix(base, ".html"):
			name := strings.TrimSuffix(base, ".html")
			if _, ok := byName[name]; !ok {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>"+
				"<body><script src=\"%s.js\"></script></body></html>\n", html.EscapeString(name), html.EscapeString(name))
		case strings.HasSuffix(base, ".js"):
			p, ok := byName[strings.TrimSuffix(base, ".js")]
			if !ok {
				http.NotFound(w, r)
				return
			}
			src, err := os.ReadFile(p.Path)
			if err != nil {
				http.Error(w, err.Error(), 500)
				return
			}
			w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
			w.Write(src)
		default:
			http.NotFound(w, r)
		}
	})
	mux.HandleFunc("/favicon.ico", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	srv := httptest.NewUnstartedServer(mux)
	// A fixed port keeps the recordings byte-identical: V8 truncates long strings in previews
	// (an error's stack) in the middle, so a cut URL can escape the <FILE> replacement.
	ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		return "", nil, []error{fmt.Errorf("%w (choose another port with -port)", err)}
	}
	srv.Listener = ln
	srv.Start()
	defer srv.Close()

	userDir, err := os.MkdirTemp("", "conformance-chromium")
	if err != nil {
		return "", nil, []error{err}
	}
	defer os.RemoveAll(userDir)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("lang", "en-US"),
		chromedp.UserDataDir(userDir),
		chromedp.Env("TZ=UTC", "LANG=en_US.UTF-8"),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx)
	defer cancelBrowser()
	if err := chromedp.Do(browserCtx); err != nil {
		return "", nil, []error{fmt.Errorf("starting chromium: %w", err)}
	}
	version := chromiumVersion(chromium)

	var errs []error
	var flaky []string
	recordings := map[string][][]byte{} // name → the .cdp.json of each round
	rounds := 1
	for _, p := range progs {
		if async[p.Name] {
			rounds = *flagRepeat
		}
	}
	for round := 0; round < rounds; round++ {
		for _, p := range progs {
			if round > 0 && !async[p.Name] {
				continue
			}
			if len(recordings[p.Name]) < round {
				continue // an earlier round failed (reported)
			}
			events, err := runPage(browserCtx, srv.URL, p.Name, async[p.Name])
			if err != nil {
				errs = append(errs, fmt.Errorf("browser %s: %w", p.Name, err))
				continue
			}
			data, err := json.MarshalIndent(events, "", " ")
			if err != nil {
				errs = append(errs, err)
				continue
			}
			recordings[p.Name] = append(recordings[p.Name], append(data, '\n'))
		}
	}
	for _, p := range progs {
		recs := recordings[p.Name]
		if len(recs) == 0 || async[p.Name] && len(recs) < rounds {
			continue // reported above
		}
		if i := firstDifferent(recs); i >= 0 {
			fmt.Fprintf(os.Stderr, "browser %s: round %d differs from round 1:\n%s", p.Name, i+1, diffEvents(recs[i], recs[0]))
			flaky = append(flaky, p.Name)
			if err := removeExpected(dir, p.Name); err != nil {
				errs = append(errs, err)
			}
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, p.Name+".cdp.json"), recs[0], 0o644); err != nil {
			errs = append(errs, err)
			continue
		}
		var events []chromefmt.Event
		if err := json.Unmarshal(recs[0], &events); err != nil {
			errs = append(errs, err)
			continue
		}
		out, errText := render(events)
		if err := writeExpected(dir, p.Name, out, errText, 0); err != nil {
			errs = append(errs, err)
		}
	}
	return version, flaky, errs
}

// firstDifferent is the index of the first recording that differs from the first one, or -1.
func firstDifferent(recs [][]byte) int {
	for i := 1; i < len(recs); i++ {
		if string(recs[i]) != string(recs[0]) {
			return i
		}
	}
	return -1
}

// diffEvents shows two recordings as rendered console text.
func diffEvents(got, want []byte) string {
	text := func(data []byte) string {
		var events []chromefmt.Event
		if err := json.Unmarshal(data, &events); err != nil {
			return err.Error()
		}
		out, errText := render(events)
		return out + "--- stderr\n" + errText
	}
	return "  now:\n" + indent(text(got)) + "  round 1:\n" + indent(text(want))
}

// runPage loads NAME.html in a new tab and returns the console events it produced, with the
// server's URLs replaced by placeholders. A synchronous program is done when the page has loaded;
// an asynchronous one when no console event has arrived for -quiet (checked from the load event
// on, for at most -cap).
func runPage(browserCtx context.Context, base, name string, async bool) ([]chromefmt.Event, error) {
	var mu sync.Mutex
	var events []chromefmt.Event
	lastEvent := time.Now()
	exceptionIndex := map[int64]int{} // exceptionId → index in events
	var convErr error
	done := make(chan struct{})
	var once sync.Once
	replacer := strings.NewReplacer(
		base+"/p/"+name+".js", "<FILE>",
		base+"/p/"+name+".html", "<PAGE>",
		base, "<ORIGIN>",
	)
	// convert round-trips a cdproto value through JSON into chromefmt's mirror types, replacing
	// the server's URLs on the way (they contain a random port).
	convert := func(v any, into any) {
		data, err := jsonv2.Marshal(v)
		if err == nil {
			err = json.Unmarshal([]byte(replacer.Replace(string(data))), into)
		}
		if err != nil && convErr == nil {
			convErr = err
		}
	}
	// WithListener sees every event of the tab, in the order Chromium sent them.
	listener := func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev.(type) {
		case *runtime.EventConsoleAPICalled, *runtime.EventExceptionThrown, *runtime.EventExceptionRevoked:
			lastEvent = time.Now()
		}
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if len(e.Args) == 1 && e.Args[0].Type == runtime.RemoteObjectTypeString {
				var s string
				if json.Unmarshal(e.Args[0].Value, &s) == nil && s == endMarker {
					once.Do(func() { close(done) })
					return
				}
			}
			evt := chromefmt.Event{Kind: "console", Type: string(e.Type)}
			convert(e.Args, &evt.Args)
			for i := range evt.Args {
				chromefmt.RestoreEmptyEntries(evt.Args[i].Preview)
			}
			events = append(events, evt)
		case *runtime.EventExceptionThrown:
			evt := chromefmt.Event{Kind: "exception", Exception: &chromefmt.ExceptionDetails{}}
			convert(e.ExceptionDetails, evt.Exception)
			if evt.Exception.Exception != nil {
				chromefmt.RestoreEmptyEntries(evt.Exception.Exception.Preview)
			}
			exceptionIndex[e.ExceptionDetails.ExceptionID] = len(events)
			events = append(events, evt)
		case *runtime.EventExceptionRevoked:
			if i, ok := exceptionIndex[e.ExceptionID]; ok {
				events[i].Kind = revokedKind
			}
		}
	}
	tabCtx, cancelTab := chromedp.NewContext(browserCtx, chromedp.WithListener(listener))
	defer cancelTab()
	if err := chromedp.Do(tabCtx); err != nil { // opens the tab; no timeout on this first call
		return nil, fmt.Errorf("new tab: %w", err)
	}
	ctx, cancel := context.WithTimeout(tabCtx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/p/"+name+".html")); err != nil {
		return nil, fmt.Errorf("navigate: %w", err)
	}
	if async {
		if err := waitQuiet(&mu, &lastEvent); err != nil {
			return nil, err
		}
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf("console.log(%s), 0", mustJSON(endMarker)))); err != nil {
		return nil, fmt.Errorf("end marker: %w", err)
	}
	select {
	case <-done:
	case <-ctx.Done():
		return nil, fmt.Errorf("waiting for console events: %w", ctx.Err())
	}
	mu.Lock()
	defer mu.Unlock()
	return events, convErr
}

// waitQuiet returns once no console event has arrived for -quiet, or fails after -cap.
func waitQuiet(mu *sync.Mutex, lastEvent *time.Time) error {
	loaded := time.Now()
	for {
		time.Sleep(50 * time.Millisecond)
		mu.Lock()
		last := *lastEvent
		mu.Unlock()
		if last.Before(loaded) {
			last = loaded
		}
		if time.Since(last) >= *flagQuiet {
			return nil
		}
		if time.Since(loaded) >= *flagCap {
			return fmt.Errorf("console events still arriving %v after load", *flagCap)
		}
	}
}

func mustJSON(s string) string {
	data, _ := json.Marshal(s)
	return string(data)
}

func chromiumVersion(chromium string) string {
	out, err := exec.Command(chromium, "--version").Output()
	if err != nil {
		return "unknown (" + err.Error() + ")"
	}
	return strings.TrimSpace(string(out))
}
