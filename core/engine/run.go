package engine

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"enginescope/core/bytecode"
	"enginescope/core/compiler"
	"enginescope/core/events"
	"enginescope/core/parser"
	"enginescope/core/vm"
)

// DefaultFilename is the path a program gets when the caller names none (the page, tests).
const DefaultFilename = "/enginescope/main.js"

// DefaultSliceSteps is how often OnSlice runs when SliceSteps is 0.
const DefaultSliceSteps = 20_000

// Run executes a program on a host: parse (preparsing inner functions), compile the top level,
// run it (the node host calls the CommonJS wrapper, the browser host runs a classic script), then
// run the host's event loop until no work is left. It never panics: an engine bug becomes an
// internal-error result with its Go stack on stderr.
func Run(src []byte, opts Options) (res Result) {
	run := newRun(src, opts)
	defer func() {
		if e := recover(); e != nil {
			run.internalError(fmt.Errorf("internal error: %v", e))
		}
		res = run.finish()
	}()
	run.execute()
	return
}

// runState is one run's plumbing between the runtime and the caller.
type runState struct {
	opts     Options
	host     string
	filename string
	src      []byte
	rt       *vm.Runtime
	stdout   bytes.Buffer
	stderr   bytes.Buffer
	exitCode int
	reason   string
	errText  string
	listing  *bytecode.AddressSpace
	// reports are the stderr spans of browser "Uncaught" reports, by report id (for revocation)
	reports map[int][2]int
}

func newRun(src []byte, opts Options) *runState {
	s := &runState{opts: opts, host: opts.host(), filename: opts.Filename, reason: "completed"}
	if s.filename == "" {
		s.filename = DefaultFilename
	}
	s.src = parser.NormalizeSource(src)
	return s
}

func (s *runState) execute() {
	hp := s.opts.Heap
	rt := vm.NewRuntime(vm.Options{Host: s.host, Filename: s.filename, MaxSteps: s.opts.MaxSteps, StackSizeKB: s.opts.StackSizeKB,
		LegacyEventLoop: s.opts.LegacyEventLoop, LoopStartDelay: s.opts.LoopStartDelay,
		MinSemiSpaceSize: hp.MinSemiSpaceSize, MaxSemiSpaceSize: hp.MaxSemiSpaceSize, MaxOldSpaceSize: hp.MaxOldSpaceSize,
		GC: hp.GC, TraceGC: hp.TraceGC, GCStress: hp.GCStress, VerifyHeap: hp.VerifyHeap,
		AllowNativesSyntax: s.opts.AllowNativesSyntax, LogIC: s.opts.LogIC, TraceOpt: s.opts.TraceOpt,
		TraceDeopt: s.opts.TraceDeopt, TraceMaps: s.opts.TraceMaps, Tiering: s.opts.Tiering})
	s.rt = rt
	rt.Console = s.console
	rt.RawOutput = s.raw
	if s.opts.Recorder != nil {
		rt.SetRecorder(s.opts.Recorder)
	}
	rt.InstallHost()
	rt.AddFile(s.filename, s.src)
	for name, data := range s.opts.Files {
		rt.AddFile(name, data)
	}
	if s.opts.Recorder != nil {
		s.recordAllocations() // after the host's own objects: the stream shows the program's
	}
	if s.opts.OnSlice != nil {
		n := s.opts.SliceSteps
		if n <= 0 {
			n = DefaultSliceSteps
		}
		rt.SetStepHook(n, s.opts.OnSlice)
	}
	if s.opts.PrintBytecode != nil {
		s.listing = bytecode.NewAddressSpace(0)
		rt.SetCompileHook(func(sfi *bytecode.SharedFunctionInfo) { s.printBytecode(sfi) })
	}

	prog, err := parser.ParseScript(s.src, parser.Options{Filename: s.filename, CommonJS: s.host == "node", OnPreparse: s.preparsed, AllowNativesSyntax: s.opts.AllowNativesSyntax})
	if err != nil {
		s.syntaxError(err)
		return
	}
	script := &bytecode.Script{Source: string(s.src), Name: s.filename}
	sfi, err := compiler.CompileScript(prog, script)
	if err != nil {
		s.internalError(fmt.Errorf("compiling the script: %w", err))
		return
	}
	s.emit(&events.ParseFull{SFI: eventSFI(sfi.ID), Start: 0, End: len(s.src)})
	if s.opts.PrintBytecode != nil {
		s.printBytecode(sfi)
	}
	out := rt.Protect(func() vm.Value { return s.runMain(sfi) })
	if !s.settle(out) {
		return
	}
	out = rt.Protect(func() vm.Value {
		rt.RunEventLoop(s.callbackThrew)
		return vm.Undefined
	})
	s.settle(out)
	if code := rt.ExitCode(); s.host == "node" && code != 0 && (s.reason == "completed" || s.reason == "uncaught") {
		s.exitCode = code // process.exitCode, or 7 when an 'uncaughtException' listener threw
	}
}

// runMain runs the top-level code the way the host does.
func (s *runState) runMain(sfi *bytecode.SharedFunctionInfo) vm.Value {
	rt := s.rt
	if s.host == "browser" {
		return rt.RunScript(sfi)
	}
	exports, require, module := rt.NewCommonJSModule(s.filename)
	wrapper := rt.NewTopLevelFunction(sfi)
	args := []vm.Value{vm.ObjectValue(exports), vm.ObjectValue(require), vm.ObjectValue(module),
		vm.Str(s.filename), vm.Str(filepath.Dir(s.filename))}
	return rt.CallObject(wrapper, vm.ObjectValue(exports), args)
}

// settle turns a protected run's outcome into the result; false means the run is over.
func (s *runState) settle(out vm.Outcome) bool {
	switch {
	case out.Exception != nil:
		// the host decides: Node's 'uncaughtException' listeners or its report; a browser reports
		// and keeps running tasks
		return s.rt.HandleMainException(out.Exception.Value, s.callbackThrew)
	case out.Term != nil:
		s.stepBudget(out.Term.Steps)
		return false
	case out.Exit != nil:
		s.exitCode, s.reason = out.Exit.Code, "exit"
		return false
	case out.OOM != nil: // the runtime printed Node's report on stderr
		s.exitCode, s.reason, s.errText = vm.ExitCodeOutOfMemory, "oom", out.OOM.Error()
		return false
	case out.Internal != nil:
		s.internalError(out.Internal)
		return false
	}
	return s.reason == "completed"
}

// callbackThrew renders an exception the host did not handle (the main script's, a callback's, a
// queueMicrotask job's or an unhandled rejection): Node prints its report and exits; a browser
// reports it in the console and keeps running tasks, and may later withdraw a rejection's report
// (DevTools hides a revoked "Uncaught (in promise)").
func (s *runState) callbackThrew(u vm.Uncaught) (stop bool) {
	if u.Revoked {
		s.revokeReport(u.ID)
		return false
	}
	rt := s.rt
	v := u.Value
	s.errText = rt.ErrorSummary(v)
	if s.host == "browser" {
		prefix := "Uncaught "
		if u.Origin == vm.OriginRejection {
			prefix = "Uncaught (in promise) "
		}
		text := rt.FormatForConsole("browser", []vm.Value{v})
		if o := v.AsObject(); o != nil && o.Type() == vm.TypeError {
			// the console's uncaught line shows the error's first line (its stack stays folded)
			text, _, _ = strings.Cut(text, "\n")
		}
		start := s.stderr.Len()
		s.console("error", prefix+text)
		if s.reports == nil {
			s.reports = map[int][2]int{}
		}
		s.reports[u.ID] = [2]int{start, s.stderr.Len()}
		return false
	}
	s.exitCode, s.reason = ExitUncaught, "uncaught"
	isError := false
	if o := v.AsObject(); o != nil && o.Type() == vm.TypeError {
		isError = true
	}
	primitive := !v.IsObject()
	body := nodeUncaughtBody(rt, v)
	site := u.Site
	if site == nil {
		ts := s.throwSite()
		site = &vm.ReportSite{File: s.filename, Line: ts.Line, Col: ts.Col, FromProgram: true}
	}
	if site.FromProgram {
		site.Source = sourceLine(s.src, site.Line)
	}
	s.writeStderr(formatNodeUncaughtAt(site, body, isError, primitive))
	return true
}

// revokeReport removes a browser report from stderr (what the console shows at the end).
func (s *runState) revokeReport(id int) {
	span, ok := s.reports[id]
	if !ok {
		return
	}
	delete(s.reports, id)
	b := s.stderr.Bytes()
	rest := append([]byte(nil), b[span[1]:]...)
	s.stderr.Truncate(span[0])
	s.stderr.Write(rest)
	n := span[1] - span[0]
	for k, sp := range s.reports {
		if sp[0] >= span[1] {
			s.reports[k] = [2]int{sp[0] - n, sp[1] - n}
		}
	}
}

// throwSite converts the interpreter's throw position (UTF-16 offset) to line and column.
func (s *runState) throwSite() ThrowSite {
	info := s.rt.ThrowSite()
	if info.Pos < 0 {
		return ThrowSite{Line: 1, Col: 1, Width: 1}
	}
	off := utf16ToByteOffset(s.src, info.Pos)
	line, col := parser.LineColumn(s.src, off)
	return ThrowSite{Line: line, Col: col + 1, Width: 1}
}

func utf16ToByteOffset(src []byte, u16 int) int {
	n := 0
	for i, r := range string(src) {
		if n >= u16 {
			return i
		}
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return len(src)
}

func (s *runState) syntaxError(err error) {
	var se *parser.SyntaxError
	if !errors.As(err, &se) {
		s.internalError(err)
		return
	}
	s.errText = "SyntaxError: " + se.Message
	s.exitCode, s.reason = ExitUncaught, "syntax-error"
	if s.host == "browser" {
		s.console("error", "Uncaught SyntaxError: "+se.Message)
		return
	}
	s.writeStderr(formatNodeSyntaxError(se.Format()))
}

func (s *runState) stepBudget(steps int64) {
	s.exitCode, s.reason = ExitStepBudget, "step-budget"
	s.errText = fmt.Sprintf("stopped after %d steps (the --max-steps budget): the program may loop forever", steps)
	s.writeStderr("EngineScope: " + s.errText + "\n")
}

func (s *runState) internalError(err error) {
	s.exitCode, s.reason = ExitInternalError, "internal-error"
	s.errText = err.Error()
	s.writeStderr("EngineScope internal error (please report it with your program):\n" + err.Error() + "\n")
}

func (s *runState) finish() Result {
	var steps int64
	if s.rt != nil {
		steps = s.rt.Steps()
	}
	s.emit(&events.ProgramEnd{Code: s.exitCode, Reason: s.reason, Steps: uint64(steps), Error: s.errText})
	// The runtime buffers events, and recorders hold a step's events until its bytecode.exec;
	// flush both.
	if s.rt != nil {
		s.rt.FlushEvents()
	}
	switch f := s.opts.Recorder.(type) {
	case interface{ Flush() }:
		f.Flush()
	case interface{ Flush() error }:
		f.Flush()
	}
	res := Result{Stdout: s.stdout.String(), Stderr: s.stderr.String(), ExitCode: s.exitCode, Reason: s.reason, Steps: steps}
	if s.rt != nil {
		res.GC, res.HeapErrors = s.rt.Heap.GCStats(), s.rt.Heap.VerifyErrors()
	}
	return res
}

// ---- output ----------------------------------------------------------------------------------

func (s *runState) console(level, text string) {
	stream := "stdout"
	if vm.ConsoleLevelIsStderr(level) {
		stream = "stderr"
	}
	s.emit(&events.Console{Level: level, Text: text, Stream: stream})
	s.write(stream, text+"\n")
}

func (s *runState) raw(level, text string) {
	stream := "stdout"
	if vm.ConsoleLevelIsStderr(level) {
		stream = "stderr"
	}
	s.write(stream, text)
}

func (s *runState) writeStderr(text string) { s.write("stderr", text) }

func (s *runState) write(stream, text string) {
	buf, w := &s.stdout, s.opts.Stdout
	if stream == "stderr" {
		buf, w = &s.stderr, s.opts.Stderr
	}
	buf.WriteString(text)
	if w != nil {
		io.WriteString(w, text)
	}
}

func (s *runState) emit(e events.Event) {
	switch {
	case s.opts.Recorder == nil:
	case s.rt != nil:
		s.rt.EmitEvent(e) // in order with the interpreter's buffered events
	default:
		s.opts.Recorder.Emit(e)
	}
}

func (s *runState) preparsed(p parser.PreparseEvent) {
	if s.opts.Recorder == nil {
		return
	}
	id := eventSFI(0)
	if p.Func != nil {
		id = eventSFI(p.Func.ID)
	}
	line, col := parser.LineColumn(s.src, p.Start)
	e := &events.ParsePreparse{Fn: p.Name, SFI: id, Start: p.Start, End: p.End, Captures: p.Captured}
	e.Loc = events.At(line, col+1, p.Start)
	s.emit(e)
}

func (s *runState) printBytecode(sfi *bytecode.SharedFunctionInfo) {
	if sfi.Bytecode == nil {
		return
	}
	var b strings.Builder
	bytecode.Disassemble(&b, sfi.Bytecode, s.listing)
	io.WriteString(s.opts.PrintBytecode, b.String())
}

// eventSFI is how the stream numbers a function: its literal id + 1, as the interpreter's events
// do (vm's sfiID), so parse, compile and frame events of one function agree.
func eventSFI(literalID int) uint32 { return uint32(literalID + 1) }

// nodeUncaughtBody is what Node prints for an uncaught value: an object through util.inspect, a
// primitive as V8's String::Utf8Value gives it (ToString: raw strings, 10n as 10, -0 as 0; a
// symbol fails the conversion and prints nothing).
func nodeUncaughtBody(rt *vm.Runtime, v vm.Value) string {
	switch {
	case v.IsObject():
		return rt.Inspect(v, vm.DefaultInspectOptions())
	case v.IsSymbol():
		return ""
	}
	return rt.ToString(v).GoString()
}
