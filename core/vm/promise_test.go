package vm

import (
	"strings"
	"testing"
)

// TestPromiseTickOrder drives the promise builtins from Go (natives as handlers) and checks the
// order of the microtasks against Node 26.10, which printed for the same program:
//
//	const log=[]; const p = Promise.resolve(1);
//	p.then(t1).then(t2).then(t3).then(t4);
//	new Promise(r=>r(p)).then(resolveWithPromise);
//	Promise.resolve({then(r){log.push("thenable.then"); r(2)}}).then(thenable);
//	p.finally(finally).then(afterFinally);
//	Promise.all([p, 2]).then(all); Promise.race([p]).then(race);
//	Promise.allSettled([p]).then(allSettled); Promise.any([p]).then(any);
//	queueMicrotask(qm);
func TestPromiseTickOrder(t *testing.T) {
	r := NewRuntime(Options{Host: "node", Filename: "/t.js"})
	r.InstallHost()
	var log []string
	logger := func(name string) Value {
		return ObjectValue(r.NewNativeFunction(name, 0, func(r *Runtime, this Value, args []Value) Value {
			log = append(log, name)
			return Undefined
		}))
	}
	P := ObjectValue(r.Intrinsics.Promise)
	then := func(p Value, name string) Value { return r.invoke(p, "then", logger(name)) }
	p := r.invoke(P, "resolve", Int(1))
	then(then(then(then(p, "t1"), "t2"), "t3"), "t4")
	q := r.Construct(r.Intrinsics.Promise, []Value{ObjectValue(r.NewNativeFunction("", 2, func(r *Runtime, this Value, args []Value) Value {
		return r.Call(args[0], Undefined, p)
	}))}, nil)
	then(q, "resolveWithPromise")
	thenable := r.NewObject()
	r.DefineMethod(thenable, "then", 2, func(r *Runtime, this Value, args []Value) Value {
		log = append(log, "thenable.then")
		return r.Call(args[0], Undefined, Int(2))
	})
	then(r.invoke(P, "resolve", ObjectValue(thenable)), "thenable")
	then(r.invoke(p, "finally", logger("finally")), "afterFinally")
	for _, c := range []string{"all", "race", "allSettled", "any"} {
		list := []Value{p}
		if c == "all" {
			list = append(list, Int(2))
		}
		then(r.invoke(P, c, ObjectValue(r.NewArray(list))), c)
	}
	r.Call(r.GetStr(r.Global, "queueMicrotask"), Undefined, logger("qm"))
	r.RunEventLoop(func(u Uncaught) bool { t.Fatalf("uncaught %s", r.safeToString(u.Value)); return true })
	got := strings.Join(log, " ")
	want := "t1 thenable.then finally qm t2 thenable all race allSettled any t3 resolveWithPromise t4 afterFinally"
	if got != want {
		t.Errorf("microtask order\n got: %s\nwant: %s", got, want)
	}
}

// TestPromiseMessages checks V8's texts for the synchronous errors of the Promise builtins.
func TestPromiseMessages(t *testing.T) {
	r := NewRuntime(Options{Host: "node", Filename: "/t.js"})
	r.InstallHost()
	P := ObjectValue(r.Intrinsics.Promise)
	cases := []struct {
		name string
		f    func()
		want string
	}{
		{"call", func() { r.Call(P, Undefined) }, "TypeError: Promise constructor cannot be invoked without 'new'"},
		{"resolver", func() { r.Construct(r.Intrinsics.Promise, []Value{Int(1)}, nil) }, "TypeError: Promise resolver 1 is not a function"},
		{"resolver obj", func() { r.Construct(r.Intrinsics.Promise, []Value{ObjectValue(r.NewObject())}, nil) }, "TypeError: Promise resolver #<Object> is not a function"},
		{"then", func() { r.Call(r.GetStr(r.Intrinsics.PromisePrototype, "then"), Int(1)) }, "TypeError: Method Promise.prototype.then called on incompatible receiver 1"},
		{"resolve", func() { r.Call(r.GetStr(r.Intrinsics.Promise, "resolve"), Int(1)) }, "TypeError: PromiseResolve called on non-object"},
		{"all", func() { r.Call(r.GetStr(r.Intrinsics.Promise, "all"), Int(1)) }, "TypeError: Promise.all called on non-object"},
		{"finally", func() { r.Call(r.GetStr(r.Intrinsics.PromisePrototype, "finally"), Int(1)) }, "TypeError: Promise.prototype.finally called on non-object"},
		{"not ctor", func() { r.Call(r.GetStr(r.Intrinsics.Promise, "resolve"), ObjectValue(r.NewObject()), Int(1)) }, "TypeError: #<Object> is not a constructor"},
	}
	for _, c := range cases {
		thrown, ok := r.try(c.f)
		if ok {
			t.Errorf("%s: no exception", c.name)
			continue
		}
		if got := r.ErrorSummary(thrown); got != c.want {
			t.Errorf("%s: got %q want %q", c.name, got, c.want)
		}
	}
	var reason string
	onRej := r.NewNativeFunction("", 1, func(r *Runtime, this Value, args []Value) Value {
		reason = r.ErrorSummary(args[0])
		return Undefined
	})
	r.invoke(r.invoke(P, "all", Int(1)), "catch", ObjectValue(onRej))
	r.RunEventLoop(func(u Uncaught) bool { return true })
	if want := "TypeError: number 1 is not iterable (cannot read property Symbol(Symbol.iterator))"; reason != want {
		t.Errorf("Promise.all(1) rejected with %q want %q", reason, want)
	}
}
