function t_loadX(o){o.y=4; foo(); return o.x}
function foo(){}
function t_loop(n){let s=0; for(let i=0;i<n;i++){s+=i} return s}
function t_tc(f){try{f()}catch(e){return e.message}finally{f.x=1}}
function t_clos(a){let c=0; return function(){c++; return a+c}}
function t_lits(){return [{a:1,b:"s"},[1,2.5,3],"str",1e10, 3.5, -0, null]}
function t_fi(o){var r=[]; for (var k in o) r.push(k); return r}
function t_fo(a){let s=0; for (const x of a) s+=x; return s}
function* t_gen(){ yield 1; }
for (let i=0;i<2;i++){t_loadX({x:1}); t_loop(3); t_tc(()=>{}); t_clos(1)(); t_lits(); t_fi({a:1}); t_fo([1]);}
