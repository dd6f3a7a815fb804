package vm

import (
	"math"

	"enginescope/core/events"
)

// libuv's thread pool (UV_THREADPOOL_SIZE = 4) on the virtual clock. An asynchronous fs call
// becomes one or more requests (readFile is open → fstat → read → close, as Node's
// ReadFileContext does); each takes ioRequestCost ms on a worker, waits in a FIFO when all four
// are busy, and completes into the poll phase, where its callback runs. The work itself (the
// change to the virtual file system) happens when the worker finishes.

// ioRequestCost is the virtual time one thread-pool request takes.
const ioRequestCost = 1

const threadPoolSize = 4

type ioRequest struct {
	id     uint32
	op     string
	target string
	worker int
	done   float64
	work   func() // runs on the "worker" when it finishes (touches the file system)
	then   func() // runs in the poll phase (JS callbacks)
	label  string
	errStr func() string // the error code the request ended with, for io.complete
	// keep are the objects the Go callbacks use (a fetch's promise): a root while in flight
	keep []Value
	net  bool // a network request: no worker, done is known at submission
}

type ioState struct {
	fs        *vfs
	queue     []*ioRequest
	workers   [threadPoolSize]*ioRequest
	completed []*ioRequest
	seq       uint32
	// net are the network requests in flight (Node; a browser posts networking tasks instead):
	// they need no worker and complete into poll at their done time (host_dom_fetch.go)
	net           []*ioRequest
	responseProto *Object
}

// ioSubmit hands a request to the pool.
func (r *Runtime) ioSubmit(op, target string, work, then func()) *ioRequest {
	io := &r.tasks.io
	io.seq++
	req := &ioRequest{id: io.seq, op: op, target: target, worker: -1, work: work, then: then}
	for w := range io.workers {
		if io.workers[w] == nil {
			req.worker, req.done = w, r.Clock.Now()+ioRequestCost
			r.emitIOSubmit(req) // submitted, then the worker takes it
			r.ioStart(req, w, r.Clock.Now())
			return req
		}
	}
	io.queue = append(io.queue, req)
	r.emitIOSubmit(req)
	return req
}

func (r *Runtime) emitIOSubmit(req *ioRequest) {
	if rec := r.loopRec(); rec != nil {
		done := int64(-1)
		if req.worker >= 0 || req.net {
			done = int64(req.done - r.clockStart)
		}
		rec.Emit(&events.IOSubmit{Req: req.id, Op: req.op, Target: req.target, Worker: req.worker, Done: done})
	}
}

func (r *Runtime) ioStart(req *ioRequest, w int, at float64) {
	io := &r.tasks.io
	req.worker = w
	req.done = at + ioRequestCost
	io.workers[w] = req
	if rec := r.loopRec(); rec != nil {
		rec.Emit(&events.WorkerBusy{Worker: w, Req: req.id})
	}
}

// ioPending reports whether requests are queued, running, or waiting for the poll phase.
func (r *Runtime) ioPending() bool {
	io := &r.tasks.io
	if len(io.queue) > 0 || len(io.completed) > 0 || len(io.net) > 0 {
		return true
	}
	for _, w := range io.workers {
		if w != nil {
			return true
		}
	}
	return false
}

// ioNextCompletion is when the next request finishes (a completed one counts as now).
func (r *Runtime) ioNextCompletion() (float64, bool) {
	io := &r.tasks.io
	if len(io.completed) > 0 {
		return r.Clock.Now(), true
	}
	best := math.Inf(1)
	for _, w := range io.workers {
		if w != nil && w.done < best {
			best = w.done
		}
	}
	for _, n := range io.net {
		best = math.Min(best, n.done)
	}
	return best, !math.IsInf(best, 1)
}

// ioAdvance lets the workers run until time t: requests finish in time order (then by worker),
// and a freed worker takes the next queued request at the moment it finished.
func (r *Runtime) ioAdvance(t float64) {
	io := &r.tasks.io
	r.netAdvance(t)
	for {
		w := -1
		for i, req := range io.workers {
			if req != nil && req.done <= t && (w < 0 || req.done < io.workers[w].done) {
				w = i
			}
		}
		if w < 0 {
			return
		}
		req := io.workers[w]
		io.workers[w] = nil
		if req.work != nil {
			req.work()
		}
		io.completed = append(io.completed, req)
		if rec := r.loopRec(); rec != nil {
			e := &events.IOComplete{Req: req.id, Op: req.op, Worker: w}
			if req.errStr != nil {
				e.Error = req.errStr()
			}
			rec.Emit(e)
			rec.Emit(&events.WorkerIdle{Worker: w})
		}
		if len(io.queue) > 0 {
			next := io.queue[0]
			io.queue = io.queue[1:]
			r.ioStart(next, w, req.done)
		}
	}
}

// ioDeliver runs the poll phase's callbacks for the requests that completed.
func (r *Runtime) ioDeliver() {
	q := &r.tasks
	batch := q.io.completed
	q.io.completed = nil
	for _, req := range batch {
		if q.stopped {
			return
		}
		if req.then != nil {
			r.nodeTask(0, "poll", req.op+" "+req.target, nodeFramesIO, req.then)
			r.drain()
		}
	}
}

// netAdvance moves the network requests done by time t to the completed list, in time order
// (then in submission order), as their responses arrive.
func (r *Runtime) netAdvance(t float64) {
	io := &r.tasks.io
	for {
		best := -1
		for i, n := range io.net {
			if n.done <= t && (best < 0 || n.done < io.net[best].done) {
				best = i
			}
		}
		if best < 0 {
			return
		}
		req := io.net[best]
		io.net = append(io.net[:best], io.net[best+1:]...)
		io.completed = append(io.completed, req)
		r.emitIOComplete(req, -1)
	}
}
