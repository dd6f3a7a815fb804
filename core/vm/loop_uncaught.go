package vm

import (
	"strconv"
	"strings"
)

// What happens to an exception no JavaScript catches once the main script is over: a callback
// of the loop threw, a queueMicrotask callback threw, or a promise was rejected with no handler.
// The host decides (Node: 'uncaughtException' / 'unhandledRejection' listeners, else a report and
// exit code 1; browser: window 'error' / 'unhandledrejection', else a console report and go on);
// the engine facade renders the report, because it owns the source text and the report formats.

// UncaughtOrigin says where an uncaught exception came from.
type UncaughtOrigin uint8

const (
	// OriginCallback: a task's or a nextTick's callback threw; r.ThrowSite() is the throw site.
	OriginCallback UncaughtOrigin = iota
	// OriginMicrotask: a queueMicrotask callback threw. V8 reports such exceptions after the job
	// returned, so Node's report locates them where the Error was created (its captured stack), or
	// at "<anonymous_script>:0" when there is no stack.
	OriginMicrotask
	// OriginRejection: an unhandled promise rejection. Node reports it from
	// node:internal/process/promises (see NodeRejectionSite); a browser prints
	// "Uncaught (in promise) …".
	OriginRejection
)

// Uncaught is one exception reported to the engine facade.
type Uncaught struct {
	Value  Value
	Origin UncaughtOrigin
	// ID numbers reports; a browser can withdraw a rejection report later (Revoked), as DevTools
	// does when a handler is attached after the "Uncaught (in promise)" message was shown.
	ID      int
	Revoked bool
	// Site, when set, is where Node's report points instead of the interpreter's throw site.
	Site *ReportSite
}

// ReportSite is the "file:line / source line / caret" header of Node's uncaught report.
type ReportSite struct {
	File   string
	Line   int
	Source string // the line's text; "" with FromProgram means "read it from the program"
	Col    int    // 1-based; 0 prints no caret line (an "<anonymous_script>:0" site)
	// FromProgram: File is the program, take Source from its text.
	FromProgram bool
}

// UncaughtHandler renders an uncaught exception; stop=true ends the run (Node's exit code 1).
type UncaughtHandler func(u Uncaught) (stop bool)

// nodeRejectionSite is the source line Node 26.10's report shows above an unhandled rejection:
// for an Error-like reason (an object with an own `stack`) the triggerUncaughtException call, for
// any other reason the `new UnhandledPromiseRejection(reason)` that wraps it.
func nodeRejectionSite(wrapped bool) *ReportSite {
	if !wrapped {
		return &ReportSite{File: "node:internal/process/promises", Line: 324, Source: "    triggerUncaughtException(err, true /* fromPromise */);", Col: 5}
	}
	return &ReportSite{File: "node:internal/process/promises", Line: 322, Source: "      new UnhandledPromiseRejection(reason);", Col: 7}
}

// microtaskSite is where Node's report points for an exception thrown by a queueMicrotask
// callback: V8 has no throw location once the job returned, so it uses the first frame of the
// Error's captured stack (where it was created), or none when the value has no stack of its own
// (not an Error, or its stack was overwritten).
func (r *Runtime) microtaskSite(v Value) *ReportSite {
	anonymous := &ReportSite{File: "<anonymous_script>", Line: 0}
	o := v.AsObject()
	if o == nil {
		return anonymous
	}
	st := r.stackOf(o)
	if st == nil || st.formatted && !(st.value.IsString() && st.value.String().GoString() == r.formatStack(v, st)) {
		return anonymous
	}
	first, _, _ := strings.Cut(strings.TrimPrefix(st.frames, "\n"), "\n")
	first = strings.TrimSuffix(strings.TrimSpace(first), ")")
	if i := strings.LastIndexByte(first, '('); i >= 0 {
		first = first[i+1:]
	} else {
		first = strings.TrimPrefix(first, "at ")
	}
	rest, colText, ok1 := cutLast(first, ":")
	file, lineText, ok2 := cutLast(rest, ":")
	line, err1 := strconv.Atoi(lineText)
	col, err2 := strconv.Atoi(colText)
	if !ok1 || !ok2 || err1 != nil || err2 != nil || file != r.Options.Filename {
		return anonymous
	}
	return &ReportSite{File: file, Line: line, Col: col, FromProgram: true}
}

func cutLast(s, sep string) (before, after string, ok bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

// guard runs a callback of the loop; an exception escaping it is uncaught.
func (r *Runtime) guard(origin UncaughtOrigin, f func()) {
	defer r.HandleScope()() // what the task's host code allocated is garbage after it (gc_roots.go)
	defer func() {
		if e := recover(); e != nil {
			ex, ok := e.(*Exception)
			if !ok {
				panic(e)
			}
			r.uncaught(ex.Value, origin)
		}
	}()
	f()
}

// uncaught routes an exception to the host's listeners or to the facade's report.
func (r *Runtime) uncaught(v Value, origin UncaughtOrigin) {
	q := &r.tasks
	if q.stopped {
		return
	}
	if r.isNode() {
		r.nodeUncaught(v, origin)
		return
	}
	r.browserUncaught(v, origin)
}

// report hands an exception to the facade; a stop ends the loop.
func (r *Runtime) report(v Value, origin UncaughtOrigin) int { return r.reportAt(v, origin, nil) }

func (r *Runtime) reportAt(v Value, origin UncaughtOrigin, site *ReportSite) int {
	q := &r.tasks
	q.reportSeq++
	if site == nil && origin == OriginMicrotask && r.isNode() {
		site = r.microtaskSite(v)
	}
	if site == nil && origin == OriginCallback && r.isNode() {
		site = r.enhanceUnhandledErrorEvent(v)
	}
	if site == nil && r.isNode() {
		site = r.uncaughtMessageSite() // builtin_json_site.go
	}
	if q.onUncaught != nil && q.onUncaught(Uncaught{Value: v, Origin: origin, ID: q.reportSeq, Site: site}) {
		q.stopped = true
	}
	return q.reportSeq
}

// revoke withdraws an earlier report (browser rejections handled late).
func (r *Runtime) revoke(id int, v Value) {
	if q := &r.tasks; q.onUncaught != nil {
		q.onUncaught(Uncaught{Value: v, Origin: OriginRejection, ID: id, Revoked: true})
	}
}

func (r *Runtime) isNode() bool { return r.Options.Host != "browser" }
