// record: ic
// A store IC that adds a property (transition) versus one that overwrites it, fed several shapes.
function setY(o, v) {
  o.y = v;
}
%EnsureFeedbackVectorForFunction(setY);
setY({ x: 1 }, 1);
setY({ x: 2 }, 2);
setY({ x: 3, y: 0 }, 3);
setY({}, 4);
setY({ a: 1 }, 5);
setY({ b: 1 }, 6);
setY({ c: 1 }, 7);
let p = { x: 1 };
setY(p, 8);
console.log('p.y', p.y);
