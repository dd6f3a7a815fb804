// Feedback slot numbering: V8 takes a binary operation's slot before its operands' slots, an
// n-ary chain's slots after each operand, a template literal's one slot first.
function t_f(o) { return o.a + o.b; }
function t_g(o) { return o.a + o.b + o.c; }
function t_h(o) { return (o.a + o.b) + o.c; }
function t_k(o) { return o.a * 2 + 1; }
function t_m(o) { return o.a - 1 - o.b - 2; }
function t_n(o) { return 1 + o.a; }
function t_p(o, x) { x += o.a; return x * o.b; }
for (const fn of [t_f, t_g, t_h, t_k, t_m, t_n, t_p]) fn({a:1,b:2,c:3}, 1);
function t_q(o) { return o.a - (o.b - o.c); }
function t_r(o, s) { return `x${o.a}y${o.b}` + s; }
function t_t(o) { return -o.a + ~o.b; }
function t_u(o) { return o.a ** 2 ** o.b; }
function t_v(o) { let s = 0; for (let i = 0; i < o.a; i++) s += i * o.b; return s; }
function t_w(o) { return o.a + 1 + o.b + 2; }
for (const fn of [t_q, t_r, t_t, t_u, t_v, t_w]) fn({a:1,b:2,c:3}, 'z');
function t_x1(o) { return `${o.a}`; }
function t_x2(o) { o.c = o.a * o.b; o.d += 1; return o.c; }
function t_x3(o, i) { return o[i] + o[i + 1]; }
function t_x4(o) { return o.f(o.a + 1, o.b); }
function t_x5(o) { const {a, b} = o; return [a, b, a + b]; }
function t_x6(o) { return o.a > 1 ? o.b * 2 : o.c / 2; }
function t_x7(o) { let n = 0; for (const k in o) n += o[k]; return n; }
for (const fn of [t_x1, t_x2, t_x3, t_x4, t_x5, t_x6, t_x7]) fn({a:1,b:2,c:3,d:4,f(){return 1}}, 'a');
