package vm

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
}

// UncaughtHandler renders an uncaught exception; stop=true ends the run (Node's exit code 1).
type UncaughtHandler func(u Uncaught) (stop bool)

// NodeRejectionSite is the source line Node 26.10's report shows above an unhandled rejection:
// for an Error-like reason (an object with an own `stack`) the triggerUncaughtException call, for
// any other reason the `new UnhandledPromiseRejection(reason)` that wraps it.
func NodeRejectionSite(errorLike bool) (file string, line int, source string, col int) {
	if errorLike {
		return "node:internal/process/promises", 324, "    triggerUncaughtException(err, true /* fromPromise */);", 5
	}
	return "node:internal/process/promises", 322, "      new UnhandledPromiseRejection(reason);", 7
}

// guard runs a callback of the loop; an exception escaping it is uncaught.
func (r *Runtime) guard(origin UncaughtOrigin, f func()) {
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
func (r *Runtime) report(v Value, origin UncaughtOrigin) int {
	q := &r.tasks
	q.reportSeq++
	if q.onUncaught != nil && q.onUncaught(Uncaught{Value: v, Origin: origin, ID: q.reportSeq}) {
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
