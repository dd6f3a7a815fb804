// var declarations are hoisted (initialised to undefined); assignments stay in place.
console.log(hoisted);
var hoisted = 'now assigned';
console.log(hoisted);

function demo() {
  console.log('before:', local);
  if (false) {
    var local = 'never runs';
  }
  console.log('after:', local);
}
demo();

var count = 10;
function shadowing() {
  console.log('count inside is', count); // the inner var is hoisted and shadows the outer one
  var count = 20;
  return count;
}
console.log(shadowing(), count);
