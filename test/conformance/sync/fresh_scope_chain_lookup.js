// 作用域链: each function looks up names through its outer scopes
var name = 'global';
let type = 'module';
function outer() {
  var name = 'outer';
  function middle() {
    let type = 'middle';
    function inner() {
      console.log('inner sees', name, type);
      var name = 'inner';
      console.log('after var', name, type);
    }
    inner();
    console.log('middle sees', name, type);
  }
  middle();
}
outer();
function show() { return typeof name + ':' + name; }
console.log(show());
{
  let name = 'block';
  console.log(show(), name);
}
const f = () => { let type = 'arrow'; return () => type; };
console.log(f()());
console.log(typeof undeclaredThing, typeof outer, typeof type);
