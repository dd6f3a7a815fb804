function t_o1(){ return {a:1} }
function t_o2(){ return {a:1, b:2, c:3} }
function t_o3(x){ return {get g(){return 1}} }
function t_o4(x){ return {x, y:x, 1:x, "s":2, f(){}, [x]:1} }
function t_o5(x){ return {...x, a:1} }
function t_o6(x){ return {a:{b:1}, c:[1,2]} }
function t_o7(x){ return {__proto__: x, a: 1} }
function t_a1(x){ return [] }
function t_a2(x){ return [1,,3] }
function t_a3(x){ return [1.5, x] }
function t_a4(x){ return ["a", {b:1}] }
for (const f of [t_o1,t_o2,t_o3,t_o4,t_o5,t_o6,t_o7,t_a1,t_a2,t_a3,t_a4]) f(1);
