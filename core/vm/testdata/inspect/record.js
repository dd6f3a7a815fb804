// Records the expected console text of the inspect/format test cases from the real Node.
// Run: node record.js > node.json   (from this directory; see inspect_node_test.go).
// `node record.js --cases` prints the case list for the Chromium recorder in chrome/.
//
// "values" cases: an expression giving console.log's argument list; the expected text is
// util.format(...args), which is exactly the line console.log prints.
// "console" cases: a program run against a Console on capturing streams; expected stdout/stderr.
'use strict';
const util = require('util');
const { Writable } = require('stream');

const values = [
  // primitives
  ['undefined', '[undefined]'],
  ['null', '[null]'],
  ['booleans', '[true, false]'],
  ['numbers', '[0, -0, 1.5, -2, 1e21, 1e-7, NaN, Infinity, -Infinity, 123456789012]'],
  ['bigint', '[1n, -12345678901234567890n]'],
  ['symbols', '[Symbol("x"), Symbol(), Symbol.iterator]'],
  ['string top level raw', '["it\'s \\"q\\"\\n"]'],
  ['two strings', '["a", "b"]'],
  ['no args', '[]'],
  // strings inside containers
  ['string quotes', '[["a", "it\'s", "say \\"hi\\" it\'s", "all \'\\"` three", "${x} \'\\"", "a\\\\b", "tab\\there", "nul\\0", "\\x7f\\x9f", "\\ud800x", "😀"]]'],
  ['long string in array', '[["a".repeat(80)]]'],
  ['multiline long string', '[["aaaaaaaaaaaaaaaa\\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"]]'],
  ['string split lines', '[{ text: "line one of the text\\nline two of the text\\nline three of the text that is longer" }]'],
  // objects
  ['empty object', '[{}]'],
  ['flat object', '[{ a: 1, b: "x", c: true, d: null, e: undefined }]'],
  ['nested object', '[{ a: { b: { c: { d: 1 } } } }]'],
  ['nested array depth', '[{ a: { b: { c: [1] } } }, { a: { b: { c: [] } } }, [[[[1]]]]]'],
  ['keys quoting', '[{ "a-b": 1, "it\'s": 2, "\\n": 3, "é": 4, _x: 5, $y: 6, "0": 7, "1.5": 8, "": 9, __proto__x: 10 }]'],
  ['symbol keys', '[{ [Symbol("s")]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, a: 4 }]'],
  ['proto key', '[{ ["__proto__"]: 1 }]'],
  ['accessors', '[{ get a() { return 1 }, set b(v) {}, get c() { return 1 }, set c(v) {} }]'],
  ['null prototype', '[Object.assign(Object.create(null), { a: 1 }), Object.create(null)]'],
  ['object breaks', '[{ alpha: "aaaaaaaaaaaaaaaa", beta: "bbbbbbbbbbbbbbbbbbbb", gamma: "cccccccccccccccc", delta: 1 }]'],
  ['object 4 levels breaks', '[{ a: { b: { c: {} } }, x: [1, 2, { y: [3, 4] }] }]'],
  ['compact 3 inner', '[{ a: [{ b: 1, c: 2 }, { d: 3 }], e: { f: { g: 1 } } }]'],
  ['wide nested', '[{ key1: { inner: "value value value" }, key2: { inner: "value value value" }, key3: 1 }]'],
  ['circular', '(() => { const o = { a: 1 }; o.self = o; return [o, [o]]; })()'],
  ['circular two refs', '(() => { const a = { n: "a" }, b = { n: "b", a }; a.b = b; a.self = a; return [a]; })()'],
  ['non-enumerable hidden', '[Object.defineProperty({ v: 1 }, "h", { value: 2 })]'],
  ['toStringTag', '[{ [Symbol.toStringTag]: "foo" }, Object.defineProperty({}, Symbol.toStringTag, { value: "bar" }), Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: "baz" })]'],
  ['Math JSON Reflect', '[Math, JSON, Reflect]'],
  ['globalThis-like object', '[Object.create(Object.create(null))]'],
  // arrays
  ['empty array', '[[]]'],
  ['small array', '[[1, 2, 3]]'],
  ['array mixed', '[[1, "two", { three: 3 }, [4], null, undefined]]'],
  ['array holes', '[new Array(5), [1, , 3], [, , 1, , ], new Array(1)]'],
  ['array extra props', '[Object.assign([1, 2], { x: 1, "-1": 2 })]'],
  ['array 26 numbers', '[Array.from({ length: 26 }, (_, i) => i)]'],
  ['array 101 numbers', '[Array.from({ length: 101 }, (_, i) => i * 3)]'],
  ['array 7 numbers', '[[1, 2, 3, 4, 5, 6, 7]]'],
  ['array 30 strings', '[Array.from({ length: 30 }, (_, i) => "s" + i)]'],
  ['array mixed widths', '[[1, 22, 333, 4444, 55555, 666666, 7777777, 1, 2, 3, 4, 5]]'],
  ['array negative floats', '[[-1.5, 2.25, -3, 400, 5e-7, 6, 7, 8, -9, 10]]'],
  ['array of objects', '[Array.from({ length: 8 }, (_, i) => ({ a: i }))]'],
  ['array of long strings', '[Array.from({ length: 10 }, (_, i) => "string number " + i)]'],
  ['array bigint', '[[1n, 2n, 3n, 4n, 5n, 6n, 7n, 100n]]'],
  ['array holes many', '[Object.assign(new Array(120), { 3: 1, 50: 2 })]'],
  ['array with string entries', '[["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"]]'],
  ['nested arrays', '[[[1, 2, [3, 4, [5, [6]]]], { a: [1, 2, 3] }]]'],
  ['array 200 mixed', '[Array.from({ length: 200 }, (_, i) => i % 3 ? i : "x" + i)]'],
  ['array in object grouping', '[{ data: Array.from({ length: 12 }, (_, i) => i * 100) }]'],
  // boxed, dates, regexps, errors
  ['boxed', '[new Number(3), new String("ab"), new Boolean(false), Object(-0), Object(Symbol("s")), Object(10n)]'],
  ['boxed with props', '[Object.assign(new Number(1), { x: 2 }), Object.assign(new String("ab"), { y: 1 })]'],
  ['dates', '[new Date(0), new Date(NaN), new Date(Date.UTC(2024, 1, 29, 12, 30, 45, 123)), new Date(-1e14), new Date(8.64e15)]'],
  ['date in object', '[{ when: new Date(86400000) }]'],
  ['date with props', '[Object.assign(new Date(0), { tag: 1 })]'],
  ['regexps', '[/a/g, /a\\/b/gi, new RegExp(""), /[x]+/msuy]'],
  ['regexp with props', '[Object.assign(/x/, { y: 1 })]'],
  ['error no stack frames', '(() => { const e = new Error("m"); e.stack = "Error: m"; return [e]; })()'],
  ['error with frames', '(() => { const e = new Error("m"); e.stack = "Error: m\\n    at a (f.js:1:1)\\n    at b (f.js:2:2)"; return [e, [e], { e }]; })()'],
  ['error extra props', '(() => { const e = new Error("m"); e.stack = "Error: m\\n    at a (f.js:1:1)"; e.code = 1; e.extra = { a: 1 }; return [e]; })()'],
  ['error name changed', '(() => { const e = new Error("m"); e.stack = "Error: m"; e.name = "Custom"; return [e]; })()'],
  ['error subclass', '(() => { class MyErr extends Error {} const m = new MyErr("q"); m.stack = "Error: q\\n    at f (x.js:1:1)"; return [m]; })()'],
  ['error type', '(() => { const e = new TypeError("t"); e.stack = "TypeError: t"; return [e, [e]]; })()'],
  ['error cause', '(() => { const i = new Error("inner"); i.stack = "Error: inner"; const e = new Error("outer", { cause: i }); e.stack = "Error: outer"; return [e]; })()'],
  ['error cause primitive', '(() => { const e = new Error("x", { cause: 1 }); e.stack = "Error: x"; return [e]; })()'],
  ['error empty message', '(() => { const e = new Error(); e.stack = "Error"; return [e]; })()'],
  ['error multiline message', '(() => { const e = new Error("multi\\nline"); e.stack = "Error: multi\\nline"; return [e]; })()'],
  ['error no stack', '(() => { const e = new Error("m"); e.stack = undefined; return [e]; })()'],
  ['error null prototype', '(() => { const e = new Error("m"); e.stack = "Error: m"; Object.setPrototypeOf(e, null); return [e]; })()'],
  ['error aggregate', '(() => { const a = new Error("a"); a.stack = "Error: a"; const e = new AggregateError([a], "agg"); e.stack = "AggregateError: agg"; return [e]; })()'],
  ['error like object', '[Object.create(Error.prototype)]'],
  // functions
  ['functions', '[function f() {}, function () {}, () => {}, async function af() {}, function* g() {}, async function* ag() {}, async () => {}]'],
  ['anonymous functions in object', '[{ f() {}, g: () => {}, h: function () {} }]'],
  ['classes', '(() => { class A {} class B extends A {} return [A, B, class {}, new B()]; })()'],
  ['bound', '[function f() {}.bind(null)]'],
  ['function with props', '[Object.assign(function f() {}, { x: 1 }), Object.assign(() => {}, { y: 2 })]'],
  ['class with static', '(() => { class A { static s = 1 } return [A]; })()'],
  ['native functions', '[Math.max, Array.prototype.push, Object]'],
  ['function null proto', '[Object.setPrototypeOf(function f() {}, null)]'],
  ['class instances', '(() => { class Foo { constructor() { this.x = 1 } } function F() { this.y = 2 } return [new Foo(), new F(), [new Foo()]]; })()'],
  ['class toStringTag', '(() => { class X { get [Symbol.toStringTag]() { return "T" } } return [new X()]; })()'],
  // collections
  ['maps', '[new Map(), new Map([["k", 1], [{ a: 1 }, [2]]])]'],
  ['sets', '[new Set(), new Set([1, "two", [3]])]'],
  ['map nested depth', '[{ a: { b: { c: new Map([[1, 2]]) } } }, { a: { b: new Set([new Set([1])]) } }]'],
  ['weak', '[new WeakMap(), new WeakSet()]'],
  ['map subclass', '(() => { class M extends Map {} return [new M([[1, 2]])]; })()'],
  ['array subclass', '(() => { class Arr extends Array {} return [Arr.from([1, 2]), new Arr()]; })()'],
  ['null proto collections', '[Object.setPrototypeOf([1, 2], null), Object.setPrototypeOf(new Map([[1, 2]]), null), Object.setPrototypeOf(new Set([1]), null)]'],
  ['big set', '[new Set(Array.from({ length: 110 }, (_, i) => i))]'],
  ['map iterators', '[new Map([[1, 2], [3, 4]]).entries(), new Map([[1, 2]]).keys(), new Map([[1, 2]]).values(), new Set([5]).values(), new Set([5]).entries()]'],
  ['consumed iterator', '(() => { const it = new Set([1, 2, 3]).values(); it.next(); return [it]; })()'],
  ['array iterator', '[[1].values(), "ab"[Symbol.iterator](), [1].entries()]'],
  // promises, generators, arguments, proxies
  ['promises', '(() => { const r = Promise.reject(3); r.catch(() => {}); return [Promise.resolve(1), new Promise(() => {}), r, Promise.resolve({ a: [1] })]; })()'],
  ['generator object', '(() => { function* g() {} return [g()]; })()'],
  ['arguments', '(function () { return [arguments]; })(1, "a")'],
  ['proxies', '[new Proxy({ a: 1 }, {}), new Proxy([1, 2], {}), new Proxy(function f() {}, {}), new Proxy(new Proxy({}, {}), {})]'],
  ['revoked proxy', '(() => { const p = Proxy.revocable({}, {}); p.revoke(); return [p.proxy, { p: p.proxy }]; })()'],
  ['proxy traps not run', '[new Proxy({ a: 1 }, { get() { throw new Error("no") }, ownKeys() { throw new Error("no") } })]'],
  // format substitutions
  ['format s', '["%s|%s|%s|%s|%s|%s", "str", 42, -0, 5n, Symbol("q"), null]'],
  ['format s objects', '(() => { const e = new Error("e"); e.stack = "Error: e\\n    at x (y.js:1:1)"; return ["%s %s %s %s", { a: { b: 1 } }, [1, [2, [3]]], e, { toString() { return "custom" } }]; })()'],
  ['format s class instance', '(() => { class A { toString() { return "A!" } } class B {} return ["%s %s", new A(), new B()]; })()'],
  ['format d i f', '["%d %d %d %i %i %f %f %d", 42, "42.5", {}, 42.9, "0x1A", "3.5abc", "x", 10n]'],
  ['format j', '["%j %j %j", { a: [1, "x"] }, "s", undefined]'],
  ['format j circular', '(() => { const o = {}; o.o = o; return ["%j", o]; })()'],
  ['format o O', '["%o|%O", { a: [1, 2] }, { a: { b: { c: { d: {} } } } }]'],
  ['format o function', '["%o", function foo(a, b) {}]'],
  ['format c percent', '["%c styled %% 100%", "color: red"]'],
  ['format extra args', '["a %s", "b", "c", { d: 1 }, 2]'],
  ['format missing args', '["%s %d %j %%"]'],
  ['format missing args2', '["%s %d %%", 1]'],
  ['format unknown', '["%x %s", 1]'],
  ['format trailing percent', '["100%", 1]'],
  ['format not first', '[1, "%s", 2]'],
  ['format only percent', '["%%", 1]'],
  ['format o native fn', '["%o", Math.max]'],
  ['format o deep array', '["%o", [1, [2, [3, [4, [5, [6]]]]]]]'],
  ['format o proto getter', '(() => { function Foo() { this.a = 1 } Object.defineProperty(Foo.prototype, "g", { get() { return 1 }, configurable: true }); Foo.prototype.k = 5; return ["%o", new Foo()]; })()'],
  ['format o null proto hidden', '["%o", Object.create(null, { x: { value: 1 } })]'],
  ['format O deep', '["%O", { a: { b: { c: { d: { e: 1 } } } } }]'],
  ['format o map and string', '["%o %o %o", new Map([[1, { a: 1 }]]), "str", 5]'],
];

const consoleCases = [
  ['count', 'console.count(); console.count(); console.count("a"); console.countReset(); console.count(); console.count(1)'],
  ['group', 'console.group(); console.log("a\\nb"); console.group("x", 1); console.log({ a: 1, b: [1, 2] }); console.groupEnd(); console.groupEnd(); console.groupEnd(); console.log("c"); console.groupCollapsed("g"); console.error("e"); console.groupEnd()'],
  ['assert', 'console.assert(true, "no"); console.assert(false); console.assert(false, { a: 1 }, 2); console.assert(0, "%s!", "y"); console.assert(null, "x", 1)'],
  ['dir', 'console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 }); console.dir("s"); console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null }); console.dir([1, 2], { showHidden: true })'],
  ['levels', 'console.log(1); console.info(2); console.debug(3); console.warn(4); console.error(5); console.dirxml(6); console.log()'],
  ['table objects', 'console.table([{ a: 1, b: "x" }, { a: 2 }])'],
  ['table primitives', 'console.table([1, "a", { x: 1 }])'],
  ['table arrays', 'console.table([[1, 2], [3, 4, 5]])'],
  ['table nested', 'console.table({ a: { x: 1, y: 2 }, b: { y: 3, z: [1, 2, 3, 4] } })'],
  ['table map', 'console.table(new Map([["k", { v: 1 }], [2, "s"]]))'],
  ['table set', 'console.table(new Set([1, "two"]))'],
  ['table props', 'console.table([{ a: 1, b: 2 }, { a: 3, b: 4 }], ["b"])'],
  ['table deep', 'console.table([{ a: { p: 1, q: 2, r: 3 }, b: [1, 2, 3, 4, 5] }])'],
  ['table primitive arg', 'console.table(5); console.table("x"); console.table([]); console.table({})'],
  ['table wide chars', 'console.table([{ "中文": "é" }])'],
  ['table index order', 'console.table([{ b: 1, 10: 2, a: 3, 2: 4 }])'],
];

function capture(code) {
  let out = '', err = '';
  const stdout = new Writable({ write(c, e, cb) { out += c; cb(); } });
  const stderr = new Writable({ write(c, e, cb) { err += c; cb(); } });
  const console = new (require('console').Console)({ stdout, stderr });
  new Function('console', code)(console);
  return { stdout: out, stderr: err };
}

if (process.argv[2] === '--cases') {
  // The browser recorder (chrome/main.go) runs the same cases in Chromium.
  process.stdout.write(JSON.stringify({ values, console: consoleCases }) + '\n');
  process.exit(0);
}

const result = { values: [], console: [] };
for (const [name, js] of values) {
  const args = eval(js);
  result.values.push({ name, js, out: util.format(...args) });
}
for (const [name, js] of consoleCases) {
  result.console.push({ name, js, ...capture(js) });
}
process.stdout.write(JSON.stringify(result, null, 1) + '\n');
