// Package e2e drives the page in a real Chromium (Debian's, headless, SwiftShader WebGL) with
// chromedp: it builds the WebAssembly, serves web/ from an in-process server on 127.0.0.1,
// pastes a program, runs and steps it, checks the console, the highlighted line and the step
// counter, restores a share link, and compares screenshots of the diagram canvas.
package e2e

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"image"
	"image/png"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"enginescope/internal/wasmbuild"
	"enginescope/internal/webserve"
)

// program has a nested call: the script calls printSquare, which calls multiply.
const program = `function multiply(x, y) {
  return x * y;
}
function printSquare(x) {
  var s = multiply(x, x);
  console.log(s);
}
printSquare(5);
`

func chromium() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

func repoRoot(t *testing.T) string {
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..")
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("cannot find the module root from %s", file)
	}
	return root
}

// buildWasm builds the page's WebAssembly as `make wasm` does (internal/wasmbuild), into a
// temporary directory, with this toolchain's wasm_exec.js next to it.
func buildWasm(t *testing.T, root string) string {
	dir := t.TempDir()
	start := time.Now()
	if err := wasmbuild.Build(root, filepath.Join(dir, "enginescope.wasm")); err != nil {
		t.Fatalf("building the wasm: %v", err)
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	js, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "wasm_exec.js"), js, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("built the wasm in %s", time.Since(start).Round(time.Second))
	return dir
}

type page struct {
	start  time.Time
	t      *testing.T
	ctx    context.Context
	shots  string
	mu     sync.Mutex
	logged []string
}

func (p *page) do(actions ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, actions...); err != nil {
		p.fail("%v", err)
	}
}

func (p *page) fail(format string, args ...any) {
	p.t.Helper()
	p.mu.Lock()
	logs := strings.Join(p.logged, "\n")
	p.mu.Unlock()
	p.t.Fatalf(format+"\nbrowser console:\n%s", append(args, logs)...)
}

func (p *page) eval(js string) string {
	p.t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](js))
	if err != nil {
		p.fail("evaluating %s: %v", js, err)
	}
	return v
}

// wait polls a JavaScript condition.
func (p *page) wait(what, js string, d time.Duration) {
	p.t.Helper()
	if _, err := chromedp.Run(p.ctx, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingTimeout(d), chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
		p.fail("waiting for %s (%s): %v\ncounter=%q line=%q console=%q", what, js, err,
			p.evalQuiet(`document.getElementById('counter').textContent`), p.evalQuiet(curLine), p.evalQuiet(consoleText))
	}
}

func (p *page) evalQuiet(js string) string {
	v, _ := chromedp.Run(p.ctx, chromedp.Evaluate[string](js))
	return v
}

const (
	curLine     = `(document.querySelector('#hl .cur') || {dataset: {}}).dataset.line || ''`
	consoleText = `document.getElementById('out').innerText.trim()`
	counterIs   = `document.getElementById('counter').textContent === %q`
)

// expect checks the counter, the highlighted line and the console pane.
func (p *page) expect(counter, line, console string) {
	p.t.Helper()
	p.wait("counter "+counter, fmt.Sprintf(counterIs, counter), 10*time.Second)
	if got := p.eval(curLine); got != line {
		p.fail("at %q the highlighted line is %q, want %q", counter, got, line)
	}
	if got := p.eval(consoleText); got != console {
		p.fail("at %q the console shows %q, want %q", counter, got, console)
	}
}

// shot captures the diagram canvas (the iframe's box) once the transition has settled.
func (p *page) shot(name string) image.Image {
	p.t.Helper()
	var last []byte
	var img image.Image
	// SwiftShader draws slowly: wait until two captures a moment apart are identical.
	for range 16 {
		time.Sleep(300 * time.Millisecond)
		b, err := chromedp.Run(p.ctx, chromedp.Screenshot(chromedp.ID("viz")))
		if err != nil {
			p.fail("screenshot: %v", err)
		}
		if bytes.Equal(b, last) {
			break
		}
		last = b
	}
	img, err := png.Decode(bytes.NewReader(last))
	if err != nil {
		p.fail("decoding the screenshot: %v", err)
	}
	path := filepath.Join(p.shots, name+".png")
	if err := os.WriteFile(path, last, 0o644); err != nil {
		p.t.Fatal(err)
	}
	fmt.Printf("e2e screenshot: %s\n", path)
	p.t.Logf("%5.1fs screenshot: %s", time.Since(p.start).Seconds(), path)
	return img
}

// colours counts distinct colours and the share of pixels that differ from the background.
func colours(img image.Image) (distinct int, inked float64) {
	seen := map[uint32]bool{}
	b := img.Bounds()
	bg := img.At(b.Min.X+2, b.Min.Y+2)
	br, bgG, bb, _ := bg.RGBA()
	n, ink := 0, 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[r>>8<<16|g>>8<<8|bl>>8] = true
			n++
			if r != br || g != bgG || bl != bb {
				ink++
			}
		}
	}
	return len(seen), float64(ink) / float64(n)
}

func differ(a, b image.Image) float64 {
	if a.Bounds() != b.Bounds() {
		return 1
	}
	r := a.Bounds()
	n, d := 0, 0
	for y := r.Min.Y; y < r.Max.Y; y += 2 {
		for x := r.Min.X; x < r.Max.X; x += 2 {
			n++
			if a.At(x, y) != b.At(x, y) {
				d++
			}
		}
	}
	return float64(d) / float64(n)
}

func atoi(s string) int {
	n := 0
	fmt.Sscan(s, &n)
	return n
}

func TestPage(t *testing.T) {
	chrome := chromium()
	if chrome == "" {
		t.Skip("\n\n*** SKIPPING THE END-TO-END TEST: no Chromium found (looked for $CHROMIUM, /usr/bin/chromium, chromium, chromium-browser).\n" +
			"*** The page is NOT tested in a browser on this machine. Install Debian's Chromium: apt-get install -y chromium\n")
	}
	root := repoRoot(t)
	built := buildWasm(t, root)
	srv := httptest.NewServer(webserve.Handler(built, filepath.Join(root, "web")))
	defer srv.Close()
	shots, err := os.MkdirTemp("", "enginescope-e2e-")
	if err != nil {
		t.Fatal(err)
	}

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chrome),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU, // --disable-gpu --enable-unsafe-swiftshader: WebGL on SwiftShader
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelA()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	// Generous: on a loaded machine compiling 23 MB of WebAssembly and SwiftShader's WebGL are slow.
	ctx, cancelT := context.WithTimeout(ctx, 8*time.Minute)
	defer cancelT()

	p := &page{t: t, ctx: ctx, shots: shots, start: time.Now()}
	// Subscribe before anything runs (Console starts the browser; the loop may start later).
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			p.mu.Lock()
			p.logged = append(p.logged, m.String())
			p.mu.Unlock()
		}
	}()

	// Load: a loading state until the Go entry exists.
	p.do(chromedp.EmulateViewport(1400, 900), chromedp.Navigate(srv.URL+"/"))
	if p.eval(`document.getElementById('loading').classList.contains('gone') ? 'gone' : 'shown'`) != "shown" &&
		p.eval(`String(typeof document.getElementById('viz').contentWindow.esLoad)`) != "function" {
		t.Error("no loading state before the engine is ready")
	}
	p.wait("the engine", `!document.getElementById('run').disabled && document.getElementById('loading').classList.contains('gone')`, 90*time.Second)

	// Paste a program with a nested call (the paste replaces the editor's text) and run it.
	p.do(chromedp.Focus(chromedp.ID("code")),
		chromedp.Evaluate[chromedp.Void](`(() => { const c = document.getElementById('code'); c.select();
			const dt = new DataTransfer(); dt.setData('text/plain', `+"`"+program+"`"+`);
			if (c.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}))) {
				document.execCommand('insertText', false, dt.getData('text/plain')); } })()`))
	if got := p.eval(`document.getElementById('code').value`); got != program {
		t.Fatalf("the editor did not keep the pasted text intact:\n%q", got)
	}
	p.do(chromedp.Click(chromedp.ID("run")))
	p.wait("the run to finish", `document.getElementById('counter').textContent === 'step 0 of 24'`, 30*time.Second)
	start := p.shot("0-start")

	// By statement: 5 forward, 2 back.
	p.do(chromedp.SetValue(chromedp.ID("unit"), "stmt"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('unit').dispatchEvent(new Event('change'))`))
	for range 5 {
		p.do(chromedp.Click(chromedp.ID("step")))
	}
	p.expect("step 16 of 24", "5", "")
	for range 2 {
		p.do(chromedp.Click(chromedp.ID("back")))
	}
	p.expect("step 12 of 24", "5", "")
	inMultiply := p.shot("1-step12-three-frames")

	// Keyboard shortcuts work when the editor is not focused: by call, → twice reaches the
	// return from printSquare, after console.log printed 25.
	p.do(chromedp.SetValue(chromedp.ID("unit"), "call"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('unit').dispatchEvent(new Event('change'))`),
		chromedp.Blur(chromedp.ID("unit")),
		chromedp.Evaluate[chromedp.Void](`document.activeElement && document.activeElement.blur()`),
		chromedp.KeyEvent(kb.ArrowRight),
		chromedp.KeyEvent(kb.ArrowRight))
	p.expect("step 23 of 24", "7", "25")
	// …but not while the editor has the focus.
	p.do(chromedp.Focus(chromedp.ID("code")), chromedp.KeyEvent(kb.ArrowRight))
	time.Sleep(300 * time.Millisecond)
	p.expect("step 23 of 24", "7", "25")
	after := p.shot("2-step23-console")

	if d, f := colours(inMultiply); d < 8 || f < 0.05 {
		t.Errorf("the canvas looks blank at step 12: %d colours, %.1f%% inked", d, f*100)
	}
	if d := differ(inMultiply, after); d < 0.005 {
		t.Errorf("the canvas barely changes between step 12 and step 23 (%.2f%% of pixels)", d*100)
	}
	if d := differ(start, inMultiply); d < 0.005 {
		t.Errorf("the canvas barely changes between step 0 and step 12 (%.2f%% of pixels)", d*100)
	}

	// Share link: inside multiply after Mul (step 14), restored in a fresh page load.
	p.do(chromedp.Evaluate[chromedp.Void](`document.getElementById('viz').contentWindow.esSeek(14)`))
	p.expect("step 14 of 24", "2", "")
	p.do(chromedp.Click(chromedp.ID("share")))
	p.wait("the link", `location.hash.startsWith('#code=')`, 5*time.Second)
	link := p.eval(`location.href`)
	wantHash := "#code=" + base64.RawURLEncoding.EncodeToString([]byte(program)) + "&host=browser&step=14"
	if !strings.HasSuffix(link, wantHash) {
		t.Errorf("share link %q, want it to end with %q", link, wantHash)
	}
	p.do(chromedp.Navigate("about:blank"), chromedp.Navigate(link))
	p.wait("the engine after the share link", `!document.getElementById('run').disabled`, 90*time.Second)
	p.expect("step 14 of 24", "2", "")
	if got := p.eval(`document.getElementById('code').value`); got != program {
		t.Errorf("the share link restored %q", got)
	}
	if got := p.eval(`document.getElementById('host').value`); got != "browser" {
		t.Errorf("the share link restored host %q", got)
	}
	shared := p.shot("3-share-link-step14")
	if d, f := colours(shared); d < 8 || f < 0.05 {
		t.Errorf("the canvas looks blank after the share link: %d colours, %.1f%% inked", d, f*100)
	}
	// The whole page too, for a reviewer.
	full, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err == nil {
		path := filepath.Join(shots, "4-share-link-page.png")
		os.WriteFile(path, full, 0o644)
		fmt.Printf("e2e screenshot: %s\n", path)
	}

	// Tab indents in the editor (it does not move the focus), Shift+Tab outdents.
	p.do(chromedp.SetValue(chromedp.ID("code"), "a\nb\n"), chromedp.Focus(chromedp.ID("code")),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('code').setSelectionRange(0, 0)`),
		chromedp.KeyEvent(kb.Tab))
	if got := p.eval(`document.getElementById('code').value + '|' + document.activeElement.id`); got != "  a\nb\n|code" {
		t.Errorf("after Tab: %q", got)
	}
	p.do(chromedp.Evaluate[chromedp.Void](`document.getElementById('code').setSelectionRange(0, 5)`),
		chromedp.KeyEvent(kb.Tab, chromedp.KeyModifiers(chromedp.ModifierShift)))
	if got := p.eval(`document.getElementById('code').value`); got != "a\nb\n" {
		t.Errorf("after Shift+Tab over two lines: %q", got)
	}

	// A syntax error is marked at its line and column, and the console shows it.
	p.do(chromedp.SetValue(chromedp.ID("code"), "let a = 1;\nlet b = (;\n"), chromedp.Click(chromedp.ID("run")))
	p.wait("the syntax error", `!document.getElementById('errbar').hidden`, 20*time.Second)
	if got := p.eval(`(() => { const l = document.querySelector('#hl .errline'), c = document.querySelector('#hl .caret');
		return (l ? l.dataset.line : '-') + ':' + (c ? c.dataset.col : '-') + ' ' + document.getElementById('errbar').textContent; })()`); got != "2:10 SyntaxError: Unexpected token ';'  (line 2:10)" {
		t.Errorf("syntax error marker: %q", got)
	}
	if got := p.eval(`document.querySelector('#gutter .err') ? document.querySelector('#gutter .err').textContent : ''`); got != "2" {
		t.Errorf("gutter error mark on line %q", got)
	}
	if got := p.eval(consoleText); got != "Uncaught SyntaxError: Unexpected token ';'" {
		t.Errorf("console after a syntax error: %q", got)
	}
	p.shot("7-syntax-error")

	// A scene from the menu shows its narration.
	p.do(chromedp.SetValue(chromedp.ID("scenes"), "references"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('scenes').dispatchEvent(new Event('change'))`))
	p.wait("the scene", `document.getElementById('counter').textContent === 'step 0 of 22'`, 30*time.Second)
	p.do(chromedp.Evaluate[chromedp.Void](`document.getElementById('viz').contentWindow.esSeek(8)`))
	p.wait("the narration", `document.getElementById('narration').textContent.includes('two arrows')`, 10*time.Second)
	p.shot("6-scene-references-step8")
	p.scavengeScene()
	p.pointScene()

	// High DPI: at a device pixel ratio of 2 the canvas has twice the pixels and stays sharp.
	p.do(chromedp.EmulateViewport(1400, 900, chromedp.EmulateScale(2)), chromedp.Navigate("about:blank"), chromedp.Navigate(link))
	p.wait("the engine at 2x", `!document.getElementById('run').disabled`, 90*time.Second)
	p.expect("step 14 of 24", "2", "")
	hidpi := p.shot("5-share-link-2x")
	if b := hidpi.Bounds(); b.Dx() < 2*shared.Bounds().Dx()-4 {
		t.Errorf("at 2x the canvas screenshot is %d px wide, at 1x %d", b.Dx(), shared.Bounds().Dx())
	}
	if w := p.eval(`String(document.getElementById('viz').contentDocument.querySelector('canvas').width)`); w == "" || w == "0" {
		t.Errorf("canvas width %q", w)
	} else if cw := p.eval(`String(document.getElementById('viz').clientWidth)`); w != fmt.Sprint(2*atoi(cw)) {
		t.Errorf("at 2x the canvas has %s device pixels for %s CSS pixels", w, cw)
	}
	p.do(chromedp.EmulateViewport(1400, 900, chromedp.EmulateScale(1)))

	// Any program runs, not only the scenes.
	p.do(chromedp.SetValue(chromedp.ID("code"), "let total = 0;\nfor (let i = 1; i <= 3; i++) total += i;\nconsole.log(total);\n"),
		chromedp.Click(chromedp.ID("run")))
	p.wait("a run", `/^step 0 of [1-9]/.test(document.getElementById('counter').textContent)`, 20*time.Second)
	p.do(chromedp.Evaluate[chromedp.Void](`document.getElementById('viz').contentWindow.esSeek(1e9)`))
	p.wait("its output", `document.getElementById('out').innerText.trim() === '6'`, 10*time.Second)

	eventLoop(p)
}

// divergent prints a different second line on Node (typeof window is "undefined") and in the
// browser ("object").
const divergent = "console.log('start');\nconsole.log(typeof window);\nsetTimeout(function later() { console.log('timeout'); }, 0);\n" +
	"Promise.resolve().then(function micro() { console.log('micro'); });\n"

// eventLoop checks the event-loop band (a scene with timers shows queued callbacks) and the side
// by side mode (two columns, the first differing console line marked, the mode in share links).
func eventLoop(p *page) {
	t := p.t
	// Two timer tasks wait in the timer queue at step 14 of the browser timer1/promise1 scene.
	p.do(chromedp.SetValue(chromedp.ID("scenes"), "loop-timer1-browser"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('scenes').dispatchEvent(new Event('change'))`))
	p.wait("the timer scene", `/^step 0 of 73$/.test(document.getElementById('counter').textContent)`, 30*time.Second)
	empty := p.shot("8-loop-scene-step0")
	p.do(chromedp.Evaluate[chromedp.Void](`document.getElementById('viz').contentWindow.esSeek(14)`))
	p.wait("two queued timers", `JSON.parse(document.getElementById('viz').contentWindow.esChips()).filter(k => k.startsWith('chip:timer:')).length === 2`, 10*time.Second)
	queued := p.shot("9-loop-scene-step14-two-timers")
	if n := inkIn(queued, colChipTask, 0.72); n < 200 {
		t.Errorf("the queue panel shows no chips at step 14: %d chip-coloured pixels in the band", n)
	}
	if n := inkIn(empty, colChipTask, 0.72); n > 0 {
		t.Errorf("chips drawn in the band before anything was queued: %d pixels", n)
	}
	// Stepping by task lands on the first timer's callback.
	p.do(chromedp.Evaluate[chromedp.Void](`document.getElementById('viz').contentWindow.esSeek(0)`),
		chromedp.SetValue(chromedp.ID("unit"), "task"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('unit').dispatchEvent(new Event('change'))`),
		chromedp.Click(chromedp.ID("step")))
	p.wait("the first callback", `document.getElementById('counter').textContent === 'step 16 of 73'`, 10*time.Second)

	// Side by side: one click runs the editor's program on both hosts.
	p.do(chromedp.SetValue(chromedp.ID("code"), divergent), chromedp.Click(chromedp.ID("side")))
	p.wait("two finished runs", `(() => { const s = JSON.parse(document.getElementById('viz').contentWindow.esStatus());
		return s.side && s.a.done && s.b.done && s.a.host === 'node' && s.b.host === 'browser'; })()`, 60*time.Second)
	if p.eval(`String(document.getElementById('sideout').hidden)`) != "false" {
		p.fail("the two console columns are hidden")
	}
	p.do(chromedp.Click(chromedp.ID("step")))
	p.wait("both at their first callback", `document.getElementById('counter').textContent.startsWith('callback 1 of')`, 10*time.Second)
	p.do(chromedp.Evaluate[chromedp.Void](`document.getElementById('viz').contentWindow.esSeek(1e9)`))
	p.wait("both consoles", `document.querySelectorAll('#outA .line').length === 4 && document.querySelectorAll('#outB .line').length === 4`, 10*time.Second)
	got := p.eval(`[...document.querySelectorAll('#sideout .diverge')].map(d => d.closest('pre').id + ':' + d.dataset.line + ':' + d.textContent).join(' ')`)
	if got != "outA:2:undefined outB:2:object" {
		t.Errorf("first differing line marked as %q, want line 2 in both columns (undefined | object)", got)
	}
	side := p.shot("10-side-by-side-end")
	b := side.Bounds()
	left := image.Rect(b.Min.X, b.Min.Y, b.Min.X+b.Dx()/2, b.Max.Y)
	right := image.Rect(b.Min.X+b.Dx()/2, b.Min.Y, b.Max.X, b.Max.Y)
	for name, r := range map[string]image.Rectangle{"left": left, "right": right} {
		if d, f := colours(side.(interface {
			SubImage(image.Rectangle) image.Image
		}).SubImage(r)); d < 8 || f < 0.05 {
			t.Errorf("the %s column looks blank: %d colours, %.1f%% inked", name, d, f*100)
		}
	}
	p.do(chromedp.Click(chromedp.ID("share")))
	p.wait("the side-by-side link", `location.hash.includes('&side=1&step=')`, 5*time.Second)
	full, err := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
	if err == nil {
		path := filepath.Join(p.shots, "11-side-by-side-page.png")
		os.WriteFile(path, full, 0o644)
		fmt.Printf("e2e screenshot: %s\n", path)
	}
}

// colChipTask is a task chip's fill (render/layout_loop.go).
var colChipTask = [3]uint8{0xfd, 0xf3, 0xe1}

// inkIn counts pixels of colour c in the part of img below the fraction top of its height.
func inkIn(img image.Image, c [3]uint8, top float64) int {
	b := img.Bounds()
	n := 0
	for y := b.Min.Y + int(float64(b.Dy())*top); y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if uint8(r>>8) == c[0] && uint8(g>>8) == c[1] && uint8(bl>>8) == c[2] {
				n++
			}
		}
	}
	return n
}
