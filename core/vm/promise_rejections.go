package vm

import "enginescope/core/events"

// HostPromiseRejectionTracker and what each host does with it.
//
// Node (lib/internal/process/promises.js): a rejection without a handler is remembered; once the
// nextTick and microtask queues are empty (processTicksAndRejections), every rejection still
// unhandled is emitted as process 'unhandledRejection', or, with no listener, raised as an
// uncaught exception (--unhandled-rejections=throw, the default): the reason itself if it is
// Error-like, else an UnhandledPromiseRejection wrapping it. A handler attached after that emits
// 'rejectionHandled'.
//
// Chromium (blink RejectedPromises): rejections are collected during a microtask checkpoint; at
// its end a task on the DOM manipulation task source reports those still unhandled by firing
// 'unhandledrejection' at the window and, unless cancelled, logging "Uncaught (in promise)". A
// handler attached before that task runs cancels the report; one attached after it queues a task
// firing 'rejectionhandled' and revokes the console message.

type rejectionOp uint8

const (
	rejectionUnhandled rejectionOp = iota // V8's kPromiseRejectWithNoHandler
	rejectionHandled                      // kPromiseHandlerAddedAfterReject
)

type rejection struct {
	promise *Object
	reason  Value
	uid     int
	warned  bool // Node: already reported (a later handler means 'rejectionHandled')
	// browser: the console report to revoke, 0 when the event was cancelled
	reportID int
}

// rejectionState is the tracker's bookkeeping (part of hostQueues).
type rejectionState struct {
	lastUID int
	// Node: maybeUnhandledPromises (insertion-ordered) and the two work lists
	maybe        map[*Object]*rejection
	pending      []*Object
	asyncHandled []*rejection
	// browser: queue_ (rejected during this checkpoint) and reported_as_errors_
	queue    []*rejection
	reported []*rejection
}

func (r *Runtime) promiseRejectionTracker(promise *Object, op rejectionOp) {
	s := &r.tasks.rej
	p := promise.Internal.(*promiseData)
	if r.isNode() {
		if s.maybe == nil {
			s.maybe = map[*Object]*rejection{}
		}
		switch op {
		case rejectionUnhandled:
			s.lastUID++
			s.maybe[promise] = &rejection{promise: promise, reason: p.result, uid: s.lastUID}
			s.pending = append(s.pending, promise)
		case rejectionHandled:
			if info, ok := s.maybe[promise]; ok {
				delete(s.maybe, promise)
				if info.warned {
					s.asyncHandled = append(s.asyncHandled, info)
				}
			}
		}
		return
	}
	switch op {
	case rejectionUnhandled:
		s.queue = append(s.queue, &rejection{promise: promise, reason: p.result})
	case rejectionHandled:
		for i, m := range s.queue {
			if m.promise == promise {
				s.queue = append(s.queue[:i], s.queue[i+1:]...)
				return
			}
		}
		for i, m := range s.reported {
			if m.promise == promise {
				s.reported = append(s.reported[:i], s.reported[i+1:]...)
				r.postTask(queueDOM, "rejectionhandled", func() { r.browserRevokeRejection(m) })
				return
			}
		}
	}
}

// rejectionsPending reports whether the drain must run the rejection pass.
func (r *Runtime) rejectionsPending() bool {
	s := &r.tasks.rej
	return len(s.pending) > 0 || len(s.asyncHandled) > 0 || len(s.queue) > 0
}

// processRejections runs at the end of a drain; it returns true when it may have queued more
// work, so the drain goes round again (Node's `while (… || processPromiseRejections())`).
func (r *Runtime) processRejections() bool {
	if !r.isNode() {
		r.browserQueueRejections()
		return false
	}
	s := &r.tasks.rej
	more := len(s.asyncHandled) > 0
	for len(s.asyncHandled) > 0 && !r.tasks.stopped {
		info := s.asyncHandled[0]
		s.asyncHandled = s.asyncHandled[1:]
		if !r.processEmit("rejectionHandled", ObjectValue(info.promise)) {
			r.nodeWarning("PromiseRejectionHandledWarning", "Promise rejection was handled asynchronously (rejection id: "+itoa(info.uid)+")")
		}
	}
	for n := len(s.pending); n > 0 && !r.tasks.stopped; n-- {
		promise := s.pending[0]
		s.pending = s.pending[1:]
		info, ok := s.maybe[promise]
		if !ok {
			continue
		}
		info.warned = true
		more = true
		if rec := r.loopRec(); rec != nil {
			rec.Emit(&events.PromiseUnhandled{Promise: uint32(promise.Internal.(*promiseData).id), Reason: r.snapshot(info.reason)})
		}
		if r.processEmit("unhandledRejection", info.reason, ObjectValue(promise)) {
			continue
		}
		err := info.reason
		wrapped := !r.isErrorLike(err)
		if wrapped {
			err = ObjectValue(r.newUnhandledPromiseRejection(info.reason))
		}
		r.nodeTriggerUncaughtAt(err, OriginRejection, nodeRejectionSite(wrapped))
	}
	return more || len(s.pending) > 0
}

// isErrorLike is Node's test: an object with an own `stack` property.
func (r *Runtime) isErrorLike(v Value) bool {
	o := v.AsObject()
	if o == nil {
		return false
	}
	_, _, ok := r.getOwn(o, PropKey(NameKey("stack")))
	return ok
}

// unhandledRejectionPrefix is the message of Node's UnhandledPromiseRejection (ERR_UNHANDLED_REJECTION).
const unhandledRejectionPrefix = "This error originated either by throwing inside of an async function without a catch block, " +
	"or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \""

// nodeUnhandledRejectionFrames are the internal frames of its stack in Node 26.10.
var nodeUnhandledRejectionFrames = []string{
	"at throwUnhandledRejectionsMode (node:internal/process/promises:322:7)",
	"at processPromiseRejections (node:internal/process/promises:405:17)",
	"at process.processTicksAndRejections (node:internal/process/task_queues:106:37)",
}

func (r *Runtime) newUnhandledPromiseRejection(reason Value) *Object {
	msg := unhandledRejectionPrefix + r.noSideEffectsToString(reason) + "\"."
	err := r.NewErrorWithProto(r.unhandledRejectionProto(), "UnhandledPromiseRejection", msg)
	stack := "UnhandledPromiseRejection: " + msg
	for _, f := range nodeUnhandledRejectionFrames {
		stack += "\n    " + f
	}
	r.DefineData(err, PropKey(NameKey("stack")), Str(stack), AttrHidden)
	r.CreateDataProperty(err, StrKey("code"), Str("ERR_UNHANDLED_REJECTION"))
	return err
}

// unhandledRejectionProto is UnhandledPromiseRejection.prototype (a subclass of Error).
func (r *Runtime) unhandledRejectionProto() *Object {
	q := &r.tasks
	if q.unhandledRejectionProto == nil {
		proto := r.NewObjectWithProto(r.Intrinsics.ErrorPrototype)
		ctor := r.NewNativeConstructor("UnhandledPromiseRejection", 1, proto, nil, func(r *Runtime, args []Value, nt *Object) Value {
			return ObjectValue(r.newUnhandledPromiseRejection(Arg(args, 0)))
		})
		_ = ctor
		q.unhandledRejectionProto = proto
	}
	return q.unhandledRejectionProto
}

// browserQueueRejections is the end of a microtask checkpoint: the rejections collected in it are
// reported by a task, so a handler attached before that task still cancels the report.
func (r *Runtime) browserQueueRejections() {
	s := &r.tasks.rej
	if len(s.queue) == 0 {
		return
	}
	batch := s.queue
	s.queue = nil
	r.postTask(queueDOM, "unhandledrejection", func() {
		for _, m := range batch {
			if m.promise.Internal.(*promiseData).isHandled {
				continue
			}
			if rec := r.loopRec(); rec != nil {
				rec.Emit(&events.PromiseUnhandled{Promise: uint32(m.promise.Internal.(*promiseData).id), Reason: r.snapshot(m.reason)})
			}
			if !r.dispatchRejectionEvent("unhandledrejection", m.promise, m.reason, true) {
				m.reportID = r.report(m.reason, OriginRejection)
			}
			s.reported = append(s.reported, m)
		}
	})
}

func (r *Runtime) browserRevokeRejection(m *rejection) {
	r.dispatchRejectionEvent("rejectionhandled", m.promise, m.reason, false)
	if m.reportID != 0 {
		r.revoke(m.reportID, m.reason)
	}
}
