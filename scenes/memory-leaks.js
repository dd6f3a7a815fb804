// 1. An accidental global: assigning to an undeclared name in sloppy mode creates window.cache,
//    which lives as long as the page.
function makeCache() {
  cache = new Array(100).fill('x');
}
makeCache();

// 2. A closure keeps its whole context alive: the returned function only needs temp_object.x,
//    but temp_object (with its big array) stays reachable through the closure's context.
function foo() {
  var temp_object = new Object();
  temp_object.x = 1;
  temp_object.y = 2;
  temp_object.array = new Array(200);  // the notes use 200000; this heap is 1000 times smaller
  return function () {
    console.log(temp_object.x);
  };
}
var show = foo();

// 3. A forgotten timer: until it fires, its callback keeps report alive.
function start() {
  const report = new Array(100).fill(0);
  setTimeout(function () { console.log('report', report.length); }, 60000);
}
start();

// 4. Bloat: 400 entries allocated where 4 are used.
const lookup = new Array(400).fill(0);
console.log(lookup[3]);

// The program keeps working: garbage comes and goes, the four stay.
for (let i = 0; i < 40; i++) {
  let junk = new Array(20).fill(i);
}
show();
