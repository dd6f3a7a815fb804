// Package session is the page's model of one program run: it runs the engine in slices into an
// in-memory event stream, keeps a timeline over it (step forward and back by bytecode, statement,
// call or task; seek; play at a speed) and reports the position, console, errors and narration.
// It has no syscall/js in it, so it is tested natively; wasm/ binds it to the page.
package session

import (
	"errors"
	"strings"
	"sync"
	"time"

	"enginescope/core/events"
	"enginescope/render"
	"enginescope/scenes"
)

// Options are what the page passes to the engine.
type Options struct {
	Host        string // browser or node
	Legacy      string // node: --legacy-event-loop (node10)
	Files       map[string][]byte
	Filename    string
	MaxSteps    int
	StackSizeKB int
	Heap        scenes.Flags // a scene's memory flags
}

// Result is what a run returns besides its events.
type Result struct {
	Stdout, Stderr string
	ExitCode       int
}

// Engine runs src, sending every event to rec and calling onSlice every few steps (the session
// yields to the browser there). It must not return before the run is over.
type Engine func(src []byte, o Options, rec events.Recorder, onSlice func()) Result

// Units by the names the page uses.
var Units = map[string]events.Unit{"step": events.ByStep, "stmt": events.ByStmt, "call": events.ByCall, "task": events.ByTask, "gc": ByGC}

// ByGC steps through garbage collection event by event (each copy, flip, colour change, sweep);
// it is the session's own unit, not a counter of the stream (render.IsGCStep).
const ByGC events.Unit = 200

// forward and back move one unit, the session's own units included.
func (r *run) forward(u events.Unit) {
	if u == ByGC {
		r.tl.ForwardTo(render.IsGCStep)
		return
	}
	r.tl.Forward(u)
}

func (r *run) back(u events.Unit) {
	if u == ByGC {
		r.tl.BackTo(render.IsGCStep)
		return
	}
	r.tl.Back(u)
}

func unitName(u events.Unit) string {
	for k, v := range Units {
		if v == u {
			return k
		}
	}
	return "step"
}

// MaxSteps is the page's step budget: every event of a run stays in memory for time travel, and
// a browser tab has far less of it than the CLI.
const MaxSteps = 200_000

// MaxMarks is how many callback starts the scrubber marks; longer runs get none.
const MaxMarks = 200

// MaxConsoleLines is how many of the last console lines a status carries.
const MaxConsoleLines = 1000

// Filename is the script's name in messages (Node prints the absolute path of the main module).
const Filename = "/script.js"

// SliceBudget is how long the engine may run before yielding to the browser.
const SliceBudget = 4 * time.Millisecond

// errCancelled aborts a run that a newer load replaced (raised from onSlice).
var errCancelled = errors.New("session: run replaced")

// Session is the page's state. Its methods are safe to call from any goroutine.
type Session struct {
	engine Engine
	yield  func() // blocks until the next animation frame; nil runs without yielding

	mu      sync.Mutex
	run     *run
	nextID  int
	unit    events.Unit
	playing bool
	speed   float64 // units per second
	budget  float64
	anim    int // frames for the next transition
	view    uint64
	status  uint64
	lastLen int
}

type run struct {
	id      int
	src     []byte
	host    string // as the page names it: browser, node or node10
	loop    loopScan
	mem     *lockedMemory
	tl      *render.Timeline
	done    bool
	result  Result
	scene   *scenes.Scene
	pending int64 // step to seek to once recorded (share links), -1 when none
	// pendingTask is a callback to seek to once recorded (side-by-side share links), -1 when none.
	pendingTask int
	err         *ErrorInfo
}

// New makes a session. yield is called when a slice used its budget; in the browser it waits for
// the next animation frame.
func New(engine Engine, yield func()) *Session {
	return &Session{engine: engine, yield: yield, speed: 4, anim: 12}
}

// ErrorInfo is an error to show: a syntax error (marked in the editor), an uncaught exception, or
// the engine being unavailable.
type ErrorInfo struct {
	Kind    string `json:"kind"` // syntax, uncaught, engine
	Message string `json:"message"`
	Line    int    `json:"line,omitempty"`
	Col     int    `json:"col,omitempty"`
}

// Load starts running src. It returns at once; the run records in the background (in slices)
// and the position starts at 0. step >= 0 seeks there once that many instructions are recorded.
func (s *Session) Load(src, host string, step int64) int { return s.load(src, host, step, -1) }

// load is Load with a callback to seek to once the run is recorded (task >= 0).
func (s *Session) load(src, host string, step int64, task int) int {
	if host != "node" && host != "node10" {
		host = "browser"
	}
	s.mu.Lock()
	s.nextID++
	r := &run{id: s.nextID, src: []byte(src), host: host, mem: &lockedMemory{m: events.NewMemory()}, pending: step, pendingTask: task}
	r.scene = scenes.Match(src, host)
	fold := render.Fold{Src: r.src}
	if r.scene != nil {
		fold.SemiSpace = r.scene.Engine.SemiSpaceBytes()
	}
	r.tl = render.NewTimelineFold(r.mem, fold, render.DefaultSnapshotEvery)
	s.run = r
	s.playing = false
	s.view++
	s.status++
	s.lastLen = 0
	s.mu.Unlock()
	go s.record(r)
	return r.id
}

func (s *Session) record(r *run) {
	last := time.Now()
	onSlice := func() {
		if s.current() != r {
			panic(errCancelled)
		}
		if s.yield != nil && time.Since(last) >= SliceBudget {
			s.yield()
			if s.current() != r {
				panic(errCancelled)
			}
			last = time.Now()
		}
	}
	res, cancelled := s.runEngine(r, onSlice)
	if cancelled || s.current() != r {
		// Replaced by a newer load (the engine may have reported the cancellation as an error).
		return
	}
	r.mem.Flush()
	s.mu.Lock()
	defer s.mu.Unlock()
	r.done, r.result = true, res
	r.err = findError(r)
	s.status++
	s.view++
	if r.err != nil && r.err.Kind == "syntax" {
		// Nothing ran: show the end at once, with the error in the console.
		r.tl.Seek(r.mem.Len())
		r.pending = -1
	}
	s.applyPending(r)
}

func (s *Session) runEngine(r *run, onSlice func()) (res Result, cancelled bool) {
	defer func() {
		if p := recover(); p != nil {
			if p == errCancelled {
				cancelled = true
				return
			}
			res = Result{Stderr: "internal error: " + toString(p), ExitCode: 70}
		}
	}()
	host, legacy := scenes.EngineHost(r.host)
	o := Options{Host: host, Legacy: legacy, Filename: Filename, MaxSteps: MaxSteps, StackSizeKB: 984}
	if r.scene != nil {
		o.Heap = r.scene.Engine
		o.Files = r.scene.FileBytes()
	}
	res = s.engine(r.src, o, r.mem, onSlice)
	return res, false
}

func toString(p any) string {
	if e, ok := p.(error); ok {
		return e.Error()
	}
	if s, ok := p.(string); ok {
		return s
	}
	return "panic"
}

func (s *Session) current() *run {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.run
}

// applyPending performs a share link's seek once enough of the run is recorded.
func (s *Session) applyPending(r *run) {
	if r.pendingTask >= 0 && r.done {
		seekTask(r.tl, r.pendingTask)
		r.pendingTask = -1
		s.anim = 0
		s.view++
		s.status++
	}
	if r.pending < 0 {
		return
	}
	if total := r.tl.TotalSteps(); r.done || total >= uint64(r.pending) {
		r.tl.SeekStep(uint64(r.pending))
		r.pending = -1
		s.anim = 0
		s.view++
		s.status++
	}
}

// Tick runs once per animation frame: playback, share-link seeks, noticing new events.
func (s *Session) Tick() {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.run
	if r == nil {
		return
	}
	if n := r.mem.Len(); n != s.lastLen {
		s.lastLen = n
		s.status++
		s.applyPending(r)
	}
	if !s.playing {
		return
	}
	s.budget += s.speed / 60
	for s.budget >= 1 {
		s.budget--
		if r.tl.Pos() >= r.mem.Len() {
			if r.done {
				s.playing = false
				s.status++
			}
			s.budget = 0
			break
		}
		r.forward(s.unit)
		s.anim = min(12, int(60/max(s.speed, 1)*0.8))
		s.view++
		s.status++
	}
}

// Step moves one unit forward (dir > 0) or back.
func (s *Session) Step(dir int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.run == nil {
		return
	}
	s.playing = false
	if dir >= 0 {
		s.run.forward(s.unit)
	} else {
		s.run.back(s.unit)
	}
	s.anim = 12
	s.view++
	s.status++
}

// SeekStep moves to the point where n instructions have executed.
func (s *Session) SeekStep(n int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.run == nil {
		return
	}
	s.run.pending = -1
	s.run.tl.SeekStep(uint64(max(n, 0)))
	s.anim = 6
	s.view++
	s.status++
}

// SetUnit chooses the granularity of Step and Play: step, stmt, call, task or gc.
func (s *Session) SetUnit(name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if u, ok := Units[name]; ok {
		s.unit = u
		s.status++
	}
}

// SetSpeed sets the playback speed in units per second.
func (s *Session) SetSpeed(v float64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.speed = min(max(v, 0.25), 240)
	s.status++
}

// Play starts or stops playback; at the end, playing starts over from the beginning.
func (s *Session) Play(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.run == nil {
		return
	}
	if on && s.run.done && s.run.tl.Pos() >= s.run.mem.Len() {
		s.run.tl.Seek(0)
		s.view++
	}
	s.playing, s.budget = on, 0
	s.status++
}

// Toggle flips playback.
func (s *Session) Toggle() {
	s.mu.Lock()
	on := !s.playing
	s.mu.Unlock()
	s.Play(on)
}

// Key handles a keyboard shortcut the page forwarded: ArrowRight, ArrowLeft, space.
func (s *Session) Key(k string) {
	switch k {
	case "ArrowRight":
		s.Step(1)
	case "ArrowLeft":
		s.Step(-1)
	case " ", "Space", "Spacebar":
		s.Toggle()
	case "Home":
		s.SeekStep(0)
	case "End":
		s.SeekStep(1 << 62)
	}
}

// ViewVersion changes whenever the canvas must be laid out again.
func (s *Session) ViewVersion() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.view
}

// StatusVersion changes whenever the page's controls must be updated.
func (s *Session) StatusVersion() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.status
}

// AnimFrames is the length of the transition to the current position.
func (s *Session) AnimFrames() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.anim
}

// Layout lays out the current state for the canvas.
func (s *Session) Layout(o render.LayoutOptions) *render.Scene {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.run == nil {
		return render.Layout(render.NewState(), o)
	}
	if sc := s.run.scene; sc != nil && sc.Shows("memory") {
		o.Memory = true
	}
	o.Host, _ = scenes.EngineHost(s.run.host)
	o.Loop = s.run.loop.seen(s.run.mem)
	return render.Layout(s.run.tl.State(), o)
}

// Status is everything the page shows outside the canvas.
type Status struct {
	Run       int                  `json:"run"`
	Host      string               `json:"host"`            // browser, node or node10
	Task      int                  `json:"task"`            // callbacks the loop has run up to the position (side by side steps by them)
	Tasks     int                  `json:"tasks"`           // callbacks recorded
	Marks     []uint64             `json:"marks,omitempty"` // the step at which each callback starts (at most MaxMarks, once the run is done)
	Running   bool                 `json:"running"`
	Done      bool                 `json:"done"`
	Step      uint64               `json:"step"`  // instructions executed at the position
	Total     uint64               `json:"total"` // instructions recorded
	Stmt      uint64               `json:"stmt"`
	Call      uint64               `json:"call"`
	Pos       int                  `json:"pos"`    // events applied
	Events    int                  `json:"events"` // events recorded
	Line      int                  `json:"line"`
	Col       int                  `json:"col"`
	Fn        string               `json:"fn"`
	Depth     int                  `json:"depth"`
	Console   []render.ConsoleLine `json:"console"`
	Error     *ErrorInfo           `json:"error,omitempty"`
	End       string               `json:"end,omitempty"` // program.end reason once reached
	Narration string               `json:"narration,omitempty"`
	Scene     string               `json:"scene,omitempty"`
	Playing   bool                 `json:"playing"`
	Unit      string               `json:"unit"`
	Speed     float64              `json:"speed"`
}

// Status reports the current position.
func (s *Session) Status() Status {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := Status{Unit: unitName(s.unit), Speed: s.speed, Playing: s.playing, Console: []render.ConsoleLine{}}
	r := s.run
	if r == nil {
		return st
	}
	state := r.tl.State()
	st.Run, st.Done, st.Running, st.Host = r.id, r.done, !r.done, r.host
	st.Task, st.Tasks = taskIndex(r.tl)
	if r.done && st.Tasks <= MaxMarks {
		st.Marks = r.tl.RunSteps()
	}
	st.Step, st.Total = state.Steps, r.tl.TotalSteps()
	st.Stmt, st.Call = state.Stmt, state.Call
	st.Pos, st.Events = r.tl.Pos(), r.mem.Len()
	st.Line, st.Col = state.Line, state.Col
	if top := state.Top(); top != nil {
		st.Fn, st.Depth = state.FrameName(top), len(state.Frames)
	}
	out := state.Out
	if len(out) > MaxConsoleLines {
		st.Console = append(st.Console, render.ConsoleLine{Level: "info", Stream: "info",
			Text: "… " + itoa(len(out)-MaxConsoleLines) + " earlier lines"})
		out = out[len(out)-MaxConsoleLines:]
	}
	st.Console = append(st.Console, out...)
	if state.End != nil {
		st.End = state.End.Reason
		// What the host printed on stderr without a console event (Node's report of an uncaught
		// exception or a syntax error) shows once the run's end is reached.
		if !hasStderr(state.Out) {
			switch {
			case r.done && r.result.Stderr != "":
				for _, l := range strings.Split(strings.TrimRight(r.result.Stderr, "\n"), "\n") {
					st.Console = append(st.Console, render.ConsoleLine{Level: "error", Stream: "stderr", Text: l})
				}
			case state.End.Error != "":
				st.Console = append(st.Console, render.ConsoleLine{Level: "error", Stream: "stderr", Text: "Uncaught " + state.End.Error})
			}
		}
	}
	st.Error = r.err
	if r.scene != nil {
		st.Scene = r.scene.Name
		st.Narration = r.scene.Say(state.Steps)
	}
	return st
}

func hasStderr(out []render.ConsoleLine) bool {
	for _, l := range out {
		if l.Stream == "stderr" {
			return true
		}
	}
	return false
}

// findError looks for what went wrong in a finished run: a SyntaxError (thrown before any
// instruction, or printed Node-style on stderr), an uncaught exception, or an engine message.
func findError(r *run) *ErrorInfo {
	n := r.mem.Len()
	for i := range n {
		if t, ok := r.mem.At(i).(*events.ExceptionThrow); ok && strings.HasPrefix(t.Message, "SyntaxError") {
			return &ErrorInfo{Kind: "syntax", Message: t.Message, Line: t.Line, Col: t.Col}
		}
	}
	if e := parseNodeSyntaxError(r.result.Stderr); e != nil {
		return e
	}
	var end *events.ProgramEnd
	if n > 0 {
		end, _ = r.mem.At(n - 1).(*events.ProgramEnd)
	}
	switch {
	case end != nil && end.Reason == "syntax-error":
		e := &ErrorInfo{Kind: "syntax", Message: end.Error, Line: end.Line, Col: end.Col}
		if e.Line == 0 {
			e.Line, e.Col = syntaxPosition(r.src, r.host)
		}
		return e
	case end != nil && end.Reason == "uncaught":
		e := &ErrorInfo{Kind: "uncaught", Message: "Uncaught " + end.Error}
		for i := n - 1; i >= 0; i-- {
			if t, ok := r.mem.At(i).(*events.ExceptionThrow); ok {
				e.Line, e.Col = t.Line, t.Col
				break
			}
		}
		return e
	case end != nil && end.Reason == "step-budget":
		return &ErrorInfo{Kind: "budget", Message: "Stopped after " + itoa(int(end.Steps)) +
			" steps: the page records at most that many (is there an endless loop?). The steps so far can be replayed."}
	case end != nil && end.Reason == "internal-error":
		return &ErrorInfo{Kind: "engine", Message: "EngineScope internal error: " + end.Error}
	case end == nil && r.result.Stderr != "":
		return &ErrorInfo{Kind: "engine", Message: strings.TrimSpace(r.result.Stderr)}
	}
	return nil
}

// parseNodeSyntaxError reads Node's report of a SyntaxError:
//
//	script.js:3
//	  foo(;
//	      ^
//
//	SyntaxError: Unexpected token ';'
func parseNodeSyntaxError(stderr string) *ErrorInfo {
	lines := strings.Split(stderr, "\n")
	for i, l := range lines {
		msg, ok := strings.CutPrefix(l, "SyntaxError: ")
		if !ok {
			continue
		}
		e := &ErrorInfo{Kind: "syntax", Message: "SyntaxError: " + msg}
		for j := i - 1; j >= 0; j-- {
			if c := strings.IndexByte(lines[j], '^'); c >= 0 && j >= 1 && strings.TrimSpace(strings.Trim(lines[j], "^")) == "" {
				e.Col = utf16Col(lines[j-1:j], c)
				if j >= 2 {
					if k := strings.LastIndexByte(lines[j-2], ':'); k >= 0 {
						e.Line = atoi(lines[j-2][k+1:])
					}
				}
				break
			}
		}
		return e
	}
	return nil
}

// utf16Col converts the caret's byte column under the source line to a 1-based UTF-16 column.
func utf16Col(src []string, caret int) int {
	if len(src) == 0 {
		return caret + 1
	}
	col := 1
	for i, r := range src[0] {
		if i >= caret {
			break
		}
		if r >= 0x10000 {
			col += 2
		} else {
			col++
		}
	}
	return col
}

// itoa writes n with thousands separators: 200,000.
func itoa(n int) string {
	if n < 1000 {
		return digits(n)
	}
	return itoa(n/1000) + "," + pad3(n%1000)
}

func pad3(n int) string {
	d := digits(n)
	for len(d) < 3 {
		d = "0" + d
	}
	return d
}

func digits(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func atoi(s string) int {
	n := 0
	for _, c := range strings.TrimSpace(s) {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// lockedMemory is the run's recorder and the timeline's source: the engine appends from its
// goroutine while the page reads.
type lockedMemory struct {
	mu sync.Mutex
	m  *events.Memory
}

func (l *lockedMemory) Emit(e events.Event) {
	l.mu.Lock()
	l.m.Emit(e)
	l.mu.Unlock()
}

func (l *lockedMemory) Flush() {
	l.mu.Lock()
	l.m.Flush()
	l.mu.Unlock()
}

func (l *lockedMemory) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.m.Len()
}

func (l *lockedMemory) At(i int) events.Event {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.m.At(i)
}
