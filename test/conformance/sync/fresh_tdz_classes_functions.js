function check(label, fn) { try { console.log(label, fn()); } catch (e) { console.log(label, `${e.constructor.name}: ${e.message}`); } }
check('class expr self', () => { const C = class Inner { static who() { return Inner.name; } }; return C.who(); });
check('class extends self', () => { class A extends (console.log('evaluating heritage'), Object) {} return typeof A; });
check('class in own heritage', () => { class B extends B {} });
check('let in closure before', () => { const f = () => later; const r = f; let later = 'ok'; return r(); });
check('let in closure after', () => { const f = () => later; let later = 'ok'; return f(); });
check('function default refers to body', () => { function f(a = inBody) { var inBody = 1; return a; } return f(); });
check('for-of tdz', () => { for (const x of [x]) {} });
check('for-in tdz', () => { for (let k in { k }) {} });
check('catch param shadow', () => { let e = 'outer'; try { throw 'inner'; } catch (e) { return e; } });
check('typeof undeclared', () => typeof nothingHere);
check('delete let', () => { let z = 1; return delete z; });
check('global let vs var', () => typeof globalThis.checkFn);
var checkFn = 1;
