function t_cmp(a,b){ return [a==b, a===b, a!=b, a!==b, a<b, a>b, a<=b, a>=b, a instanceof b, a in b] }
function t_un(a){ return [-a, ~a, !a, typeof a, +a, void a, a++, --a, delete a.x, delete a[0]] }
function t_smi(a){ a+=1; a-=2; a*=3; a/=4; a%=5; a**=6; a|=7; a^=8; a&=9; a<<=1; a>>=2; a>>>=3; return a+1000 }
function t_closure(){ return this }
function t_arr(x){ return [x, ...x, 1] }
function t_obj(x){ return {a:x, b:1, [x]:2, get g(){return 1}, ...x, __proto__: null} }
function t_call(o,f){ o.m(1,2,3); f(1,2,3); new f(1); f(...o); o.m(); f(); return o?.p ?? o?.[1] }
function t_str(x){ return `a${x}b${x}` + "lit" + 1.5 + 123456789012 }
function t_glob(){ return Math.max(undefined, NaN, Infinity) }
function t_sw(x){ switch(x){ case 1: return 'a'; case 2: return 'b'; default: return 'c' } }
function t_sw2(x){ switch(x){ case 'x': return 1; case 'y': return 2 } return 3 }
function t_tdz(){ let a = 1; const b = a; { let c = b; a = c } return a }
function t_args(){ return arguments.length }
function t_rest(a, ...r){ return r }
function t_def(a = 1, b = a){ return b }
function t_des({a, b:[c,d]}){ return a + c + d }
function t_big(x){ return x + 1000000 + 0.5 + 2147483648 + (-1) }
class t_C { constructor(x){ this.x = x } m(){ return this.x } static s(){} }
class t_D extends t_C { constructor(){ super(1); } m(){ return super.m() } }
function t_cls(){ return new t_D().m() }
function t_tagged(x){ return String.raw`a${x}` }
function t_regex(){ return /ab+c/gi }
function t_while(n){ var i = 0; while (i < n) { if (i == 5) break; i++; continue; } do { i-- } while (i > 0); return i }
function t_cond(a,b){ return a ? b : a && b || !a }
function t_throw(x){ throw new Error("boom" + x) }
function t_logic(o){ o.a ||= 1; o.b &&= 2; o.c ??= 3; return o }
function t_lbl(){ outer: for (var i = 0; i < 3; i++) { for (var j = 0; j < 3; j++) { if (j == 1) continue outer; if (i == 2) break outer; } } return i }
for (const f of [t_cmp,t_un,t_smi,t_closure,t_arr,t_obj,t_str,t_glob,t_sw,t_sw2,t_tdz,t_args,t_rest,t_def,t_big,t_cls,t_tagged,t_regex,t_while,t_cond,t_logic,t_lbl]) { try { f({x:1, m(){}}, function(){}) } catch(e){} }
try { t_call({m(){}, p:1}, function(){}) } catch(e) {}
try { t_throw(1) } catch(e) {}
t_des({a:1, b:[2,3]})
