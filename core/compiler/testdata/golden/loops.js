function t_letclo(){ const fs=[]; for (let i=0;i<3;i++) fs.push(()=>i); return fs }
function t_letnoclo(n){ let s=0; for (let i=0;i<n;i++) { s+=i } return s }
function t_letfn(a){ var s=0; for (let i=0;i<a.length;i++){ var b=i; a.map(()=>0) } var c=2; return s+b+c }
function t_letnoupd(){ for (let i=0, j=1;;) { ()=>j; break } }
function t_letnotest(){ let r=[]; for (let i=0;;i++) { r.push(()=>i); if (i>2) break } return r }
function t_letcont(a){ for (let i=0;i<a.length;i++) { if (a[i]) continue; a.push(()=>i) } }
function t_letlabel(){ outer: for (let i=0;i<3;i++) { for (let j=0;j<3;j++) { if (j) continue outer; if (i) break outer; (()=>i+j)() } } }
function t_ofvar(a){ var s=0; for (var x of a) { var y = x; s+=y } return s }
function t_ofconst(a){ const fs=[]; for (const x of a) fs.push(()=>x); return fs }
function t_inlet(o){ const k=[]; for (let p in o) k.push(p); var w=1; return k }
function t_inclo(o){ const k=[]; for (const p in o) k.push(()=>p); return k }
function t_ofdes(a){ let s=0; for (const [x, y] of a) s+=x+y; return s }
function t_nested(a){ const r=[]; for (const x of a) for (const y of x) r.push(y); return r }
function t_while(n){ let i=0; while(i<n){ i++ } do { i-- } while(i>0); return i }
t_letclo(); t_letnoclo(3); t_letfn([1]); t_letnoupd(); t_letnotest(); t_letcont([0,1]); t_letlabel();
t_ofvar([1]); t_ofconst([1]); t_inlet({a:1}); t_inclo({a:1}); t_ofdes([[1,2]]); t_nested([[1]]); t_while(3)
