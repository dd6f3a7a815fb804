package vm

import (
	"net/url"
	"path"
	"strings"

	"enginescope/core/events"
)

// fetch() on a simulated network (docs/network.md): no socket is ever opened. Every request
// answers after networkLatency ms of virtual time: a data: URL with its own payload, a URL whose
// path names a file of the virtual file system with that file, any other URL with a JSON echo of
// the request; a host ending in ".invalid" fails as an unreachable host does. The response
// arrives as a task on the networking task source (browser) or from the poll phase (Node, where
// undici's socket is a libuv handle); reading the body (text/json) takes one more such step.

// networkLatency is the virtual time from fetch() to the response, in ms.
const networkLatency = 50

// bodyReadLatency is the virtual time reading a received body takes, in ms.
const bodyReadLatency = 0

type fetchResponse struct {
	status     int
	statusText string
	url        string
	ctype      string
	body       string
	used       bool
}

// netAnswer is what the simulated network answers for a URL; ok is false for a network error.
func (r *Runtime) netAnswer(u *url.URL, method string) (res *fetchResponse, ok bool) {
	if u.Scheme == "data" {
		meta, payload, _ := strings.Cut(u.Opaque, ",")
		if un, err := url.PathUnescape(payload); err == nil {
			payload = un
		}
		ctype := strings.TrimSuffix(meta, ";base64")
		if ctype == "" {
			ctype = "text/plain;charset=US-ASCII"
		}
		return &fetchResponse{status: 200, statusText: "OK", url: u.String(), ctype: ctype, body: payload}, true
	}
	if strings.HasSuffix(u.Hostname(), ".invalid") {
		return nil, false
	}
	if n := r.vfs().nodes[path.Clean("/"+u.Path)]; n != nil && !n.dir {
		ctype := "text/plain; charset=utf-8"
		if strings.HasSuffix(u.Path, ".json") {
			ctype = "application/json"
		}
		return &fetchResponse{status: 200, statusText: "OK", url: u.String(), ctype: ctype, body: string(n.data)}, true
	}
	echo := `{"url":` + quoteJSONString(u.String()) + `,"method":` + quoteJSONString(method) + `}`
	return &fetchResponse{status: 200, statusText: "OK", url: u.String(), ctype: "application/json", body: echo}, true
}

func quoteJSONString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, c := range s {
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteRune(c)
		case c < 0x20:
			b.WriteString(`\u00`)
			b.WriteByte("0123456789abcdef"[c>>4])
			b.WriteByte("0123456789abcdef"[c&15])
		default:
			b.WriteRune(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// networkStep runs f after delay ms, as the host delivers network progress; the request shows as
// io.submit/io.complete with worker -1.
func (r *Runtime) networkStep(op, target string, delay float64, keep []Value, failed func() string, f func()) {
	io := &r.tasks.io
	io.seq++
	req := &ioRequest{id: io.seq, op: op, target: target, worker: -1, done: r.Clock.Now() + delay, then: f, errStr: failed, keep: keep, net: true}
	r.emitIOSubmit(req)
	if r.isNode() {
		io.net = append(io.net, req)
		return
	}
	task := r.postDelayedTask(queueNetwork, op+" "+target, delay, f, nil)
	task.keep, task.req = keep, req
}

func (r *Runtime) installFetch() {
	rp := r.NewObject()
	r.tasks.io.responseProto = rp
	resp := func(v Value, _ string) *fetchResponse {
		if o := v.AsObject(); o != nil {
			if fr, ok := o.Internal.(*fetchResponse); ok {
				return fr
			}
		}
		r.ThrowTypeError("Illegal invocation")
		return nil
	}
	ctor := r.NewNativeConstructor("Response", 0, rp, nil, func(r *Runtime, args []Value, nt *Object) Value {
		fr := &fetchResponse{status: 200, ctype: "text/plain;charset=UTF-8"}
		if b := Arg(args, 0); !b.IsUndefined() && !b.IsNull() {
			fr.body = r.ToString(b).GoString()
		} else {
			fr.ctype = ""
		}
		if init := Arg(args, 1).AsObject(); init != nil {
			if s := r.GetStr(init, "status"); !s.IsUndefined() {
				fr.status = int(r.ToNumber(s))
			}
			if s := r.GetStr(init, "statusText"); !s.IsUndefined() {
				fr.statusText = r.ToString(s).GoString()
			}
		}
		return ObjectValue(r.NewObjectOfType(TypeObject, r.GetPrototypeFromConstructor(nt, rp), fr))
	})
	r.defineGlobal("Response", ObjectValue(ctor))
	getters := []struct {
		name string
		get  func(fr *fetchResponse) Value
	}{
		{"status", func(fr *fetchResponse) Value { return Int(fr.status) }},
		{"ok", func(fr *fetchResponse) Value { return Bool(fr.status >= 200 && fr.status < 300) }},
		{"statusText", func(fr *fetchResponse) Value { return Str(fr.statusText) }},
		{"url", func(fr *fetchResponse) Value { return Str(fr.url) }},
		{"redirected", func(fr *fetchResponse) Value { return False }},
		{"bodyUsed", func(fr *fetchResponse) Value { return Bool(fr.used) }},
		{"type", func(fr *fetchResponse) Value {
			if fr.url == "" {
				return Str("default")
			}
			return Str("basic")
		}},
	}
	for _, g := range getters {
		g := g
		r.DefineGetter(rp, StrKey(g.name), func(r *Runtime, this Value, args []Value) Value { return g.get(resp(this, "")) })
	}
	r.DefineGetter(rp, StrKey("headers"), func(r *Runtime, this Value, args []Value) Value {
		return ObjectValue(r.newFetchHeaders(resp(this, "")))
	})
	body := func(method string, finish func(r *Runtime, text string) Value) {
		r.DefineMethod(rp, method, 0, func(r *Runtime, this Value, args []Value) Value {
			fr := resp(this, method)
			p := r.NewPromise()
			if fr.used {
				msg := "Failed to execute '" + method + "' on 'Response': body stream already read"
				if r.isNode() {
					msg = "Body is unusable: Body has already been read"
				}
				r.rejectPromise(p, ObjectValue(r.NewError("TypeError", msg)))
				return ObjectValue(p)
			}
			fr.used = true
			r.networkStep("body", fr.url, bodyReadLatency, []Value{ObjectValue(p)}, nil, func() {
				if thrown, ok := r.try(func() { r.resolvePromise(p, finish(r, fr.body)) }); !ok {
					r.rejectPromise(p, thrown)
				}
			})
			return ObjectValue(p)
		})
	}
	body("text", func(r *Runtime, text string) Value { return Str(text) })
	body("json", func(r *Runtime, text string) Value { return jsonParse(r, Undefined, []Value{Str(text)}) })
	r.DefineMethod(rp, "clone", 0, func(r *Runtime, this Value, args []Value) Value {
		fr := resp(this, "clone")
		if fr.used {
			r.ThrowTypeError("Failed to execute 'clone' on 'Response': Response body is already used")
		}
		c := *fr
		return ObjectValue(r.NewObjectOfType(TypeObject, rp, &c))
	})
	r.defineGlobal("fetch", ObjectValue(r.NewNativeFunction("fetch", 1, func(r *Runtime, this Value, args []Value) Value {
		return r.fetch(Arg(args, 0), Arg(args, 1))
	})))
}

func (r *Runtime) newFetchHeaders(fr *fetchResponse) *Object {
	h := r.NewObject()
	get := func(name string) (string, bool) {
		switch strings.ToLower(name) {
		case "content-type":
			return fr.ctype, fr.ctype != ""
		case "content-length":
			return itoa(len(fr.body)), true
		}
		return "", false
	}
	r.DefineMethod(h, "get", 1, func(r *Runtime, this Value, args []Value) Value {
		if v, ok := get(r.ToString(Arg(args, 0)).GoString()); ok {
			return Str(v)
		}
		return Null
	})
	r.DefineMethod(h, "has", 1, func(r *Runtime, this Value, args []Value) Value {
		_, ok := get(r.ToString(Arg(args, 0)).GoString())
		return Bool(ok)
	})
	return h
}

// fetch starts a request and returns the promise of its Response.
func (r *Runtime) fetch(input, init Value) Value {
	p := r.NewPromise()
	raw := r.ToString(input).GoString()
	if o := input.AsObject(); o != nil {
		if fr, ok := o.Internal.(*fetchResponse); ok {
			raw = fr.url
		}
	}
	method := "GET"
	if o := init.AsObject(); o != nil {
		if m := r.GetStr(o, "method"); !m.IsUndefined() {
			method = strings.ToUpper(r.ToString(m).GoString())
		}
	}
	u, err := url.Parse(raw)
	if err == nil && u.Scheme == "" && !r.isNode() {
		u, err = url.Parse("http://localhost/" + strings.TrimPrefix(raw, "/"))
	}
	if err != nil || u.Scheme == "" {
		msg := "Failed to parse URL from " + raw
		if !r.isNode() {
			msg = "Failed to execute 'fetch' on 'Window': Failed to parse URL from " + raw
		}
		r.rejectPromise(p, ObjectValue(r.NewError("TypeError", msg)))
		return ObjectValue(p)
	}
	res, ok := r.netAnswer(u, method)
	failed := func() string { return "" }
	if !ok {
		failed = func() string { return "ENOTFOUND" }
	}
	r.networkStep("fetch", u.String(), networkLatency, []Value{ObjectValue(p)}, failed, func() {
		if !ok {
			msg := "Failed to fetch"
			if r.isNode() {
				msg = "fetch failed"
			}
			r.rejectPromise(p, ObjectValue(r.NewError("TypeError", msg)))
			return
		}
		r.resolvePromise(p, ObjectValue(r.NewObjectOfType(TypeObject, r.tasks.io.responseProto, res)))
	})
	return ObjectValue(p)
}

func (r *Runtime) emitIOComplete(req *ioRequest, w int) {
	if rec := r.loopRec(); rec != nil {
		e := &events.IOComplete{Req: req.id, Op: req.op, Worker: w}
		if req.errStr != nil {
			e.Error = req.errStr()
		}
		rec.Emit(e)
	}
}
