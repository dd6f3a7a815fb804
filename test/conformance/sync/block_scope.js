// Block scope for let/const versus function scope for var.
var v = 'outer var';
let l = 'outer let';
{
  var v = 'inner var'; // same binding as the outer var
  let l = 'inner let'; // a new binding
  console.log(v, l);
}
console.log(v, l);

function scopes() {
  if (true) {
    var fnScoped = 'var leaks out of the if';
    let blockScoped = 'let stays inside';
    console.log(blockScoped);
  }
  console.log(fnScoped);
  console.log(typeof blockScoped);
}
scopes();

let shadow = 1;
{
  let shadow = 2;
  {
    let shadow = 3;
    console.log('innermost', shadow);
  }
  console.log('middle', shadow);
}
console.log('outer', shadow);

for (let i = 0; i < 2; i++) {
  let i = 'body'; // the loop body is its own scope
  console.log(i);
}
