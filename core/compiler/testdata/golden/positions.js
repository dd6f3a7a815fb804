function t_a(o){ return o.x }
function t_b(o){ return 1 }
function t_c(o){ o.x; return o }
function t_d(o){ var a = o.x; o.y = 1; return a }
function t_e(o){ if (o.x) return 1; return 2 }
function t_f(o){ foo(o.x); o.m(o.y) }
function foo(){}
t_a({}); t_b(); t_c({}); t_d({}); t_e({}); t_f({m(){}});
