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
// global object) per program. It returns the browser's version line and the errors.
func recordBrowser(progs []corpus.Program, dir, chromium string, port int) (string, []error) {
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
		return "", []error{fmt.Errorf("%w (choose another port with -port)", err)}
	}
	srv.Listener = ln
	srv.Start()
	defer srv.Close()

	userDir, err := os.MkdirTemp("", "conformance-chromium")
	if err != nil {
		return "", []error{err}
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
		return "", []error{fmt.Errorf("starting chromium: %w", err)}
	}
	version := chromiumVersion(chromium)

	var errs []error
	for _, p := range progs {
		events, err := runPage(browserCtx, srv.URL, p.Name)
		if err != nil {
			errs = append(errs, fmt.Errorf("browser %s: %w", p.Name, err))
			continue
		}
		data, err := json.MarshalIndent(events, "", " ")
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, p.Name+".cdp.json"), append(data, '\n'), 0o644); err != nil {
			errs = append(errs, err)
			continue
		}
		out, errText := chromefmt.Render(events)
		if err := writeExpected(dir, p.Name, out, errText, 0); err != nil {
			errs = append(errs, err)
		}
	}
	return version, errs
}

// runPage loads NAME.html in a new tab and returns the console events it produced, with the
// server's URLs replaced by placeholders.
func runPage(browserCtx context.Context, base, name string) ([]chromefmt.Event, error) {
	var mu sync.Mutex
	var events []chromefmt.Event
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
			events = append(events, evt)
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
