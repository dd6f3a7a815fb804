package vm

import (
	"strings"
	"testing"

	bc "enginescope/core/bytecode"
	"enginescope/core/compiler"
	"enginescope/core/parser"
)

// runJS runs src as a CommonJS main module (this = module.exports) and returns the console
// output and the uncaught exception summary, if any.
func runJS(t testing.TB, src string) (string, string) {
	t.Helper()
	r := NewRuntime(Options{Host: "node", Filename: "/test.js"})
	r.InstallConsole("node")
	var out strings.Builder
	r.Console = func(level, text string) { out.WriteString(text + "\n") }
	prog, err := parser.ParseScript([]byte(src), parser.Options{CommonJS: true})
	if err != nil {
		return "", "SyntaxError: " + err.Error()
	}
	script := &bc.Script{Source: src, Name: "/test.js"}
	sfi, err := compiler.CompileScript(prog, script)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	res := r.Protect(func() Value {
		fn := r.NewTopLevelFunction(sfi)
		exports := r.NewObject()
		module := r.NewObject()
		r.Set(module, KeyFromName("exports"), ObjectValue(exports), ObjectValue(module))
		return r.CallObject(fn, ObjectValue(exports), []Value{ObjectValue(exports), Undefined, ObjectValue(module), Str("/test.js"), Str("/")})
	})
	exc := ""
	switch {
	case res.Exception != nil:
		exc = r.ErrorSummary(res.Exception.Value)
	case res.Term != nil:
		exc = "terminated"
	case res.Internal != nil:
		t.Fatalf("internal: %v", res.Internal)
	}
	return out.String(), exc
}

func TestInterpBasics(t *testing.T) {
	cases := []struct{ src, want string }{
		{`console.log(1+2)`, "3\n"},
		{`function add(x,y){var z=x+y;return z} console.log(add(1,2))`, "3\n"},
		{`let s=0; for(let i=0;i<10;i++){s+=i} console.log(s)`, "45\n"},
		{`function fib(n){return n<2?n:fib(n-1)+fib(n-2)} console.log(fib(20))`, "6765\n"},
		{`const o={x:1,y:2}; o.z=3; console.log(o.x+o.y+o.z)`, "6\n"},
		{`function counter(){let c=0; return ()=>++c} const f=counter(); f(); f(); console.log(f())`, "3\n"},
		{`try { null.x } catch (e) { console.log(e.message) }`, "Cannot read properties of null (reading 'x')\n"},
		{`console.log([1,2,3].map(x=>x*2).join())`, "2,4,6\n"},
		{`class A { constructor(x){this.x=x} get d(){return this.x*2} } class B extends A { constructor(){super(5)} m(){return super.d+1} } console.log(new B().m())`, "11\n"},
		{`function* g(){ yield 1; yield 2; return 3 } const it=g(); console.log(it.next().value, it.next().value, it.next().value, it.next().done)`, "1 2 3 true\n"},
		{`let a=[]; for (const x of [1,2,3]) a.push(x*x); console.log(a.join('-'))`, "1-4-9\n"},
		{`const {p, q:[r1, r2], ...rest} = {p:1, q:[2,3], s:4, t:5}; console.log(p, r1, r2, JSON.stringify(rest))`, "1 2 3 {\"s\":4,\"t\":5}\n"},
		{`let k=[]; for (const key in {a:1,b:2}) k.push(key); console.log(k.join())`, "a,b\n"},
		{"function tag(s, ...v){ return s.raw.join('|') + v.join() } console.log(tag`a${1}b${2}c`)", "a|b|c1,2\n"},
		{`function f(){ return typeof x } console.log(f(), typeof Math)`, "undefined object\n"},
		{`let o2 = {a:{b:null}}; console.log(o2?.a?.b?.c ?? 'dflt')`, "dflt\n"},
		{`function F(){ this.v=7 } F.prototype.get=function(){return this.v}; console.log(new F().get())`, "7\n"},
		{`label: for (let i=0;i<3;i++){ for(let j=0;j<3;j++){ if(j==1) continue label; if (i==2) break label; console.log(i,j) } }`, "0 0\n1 0\n"},
		{`function t(){ try { return 1 } finally { console.log('fin') } } console.log(t())`, "fin\n1\n"},
		{`switch (3) { case 1: console.log('a'); case 3: console.log('c'); case 4: console.log('d'); break; default: console.log('z') }`, "c\nd\n"},
		{`const fs=[]; for (let i=0;i<3;i++) fs.push(()=>i); console.log(fs.map(f=>f()).join())`, "0,1,2\n"},
		{`class P { #x=1; static s = 5; get x(){return this.#x} inc(){ this.#x++; return this } } console.log(new P().inc().x, P.s)`, "2 5\n"},
		{`function f(a, b=a+1, ...r){ return [a,b,r.length] } console.log(f(1).join(), f(1,5,6,7).join())`, "1,2,0 1,5,2\n"},
		{`console.log(((a, b) => a ** b)(2, 10), 7 % 3, -7 >> 1, -7 >>> 28, 5 & 3 | 8 ^ 1)`, "1024 1 -4 15 9\n"},
	}
	for _, c := range cases {
		got, exc := runJS(t, c.src)
		if exc != "" {
			got += "EXC: " + exc
		}
		if got != c.want {
			t.Errorf("%s\n got: %q\nwant: %q", c.src, got, c.want)
		}
	}
}
