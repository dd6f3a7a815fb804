// Labels on plain blocks and statements; break out of a block.
block: {
  console.log('inside the block');
  if (true) break block;
  console.log('never printed');
}
console.log('after the block');

function validate(x) {
  let result = 'ok';
  checks: {
    if (typeof x !== 'number') {
      result = 'not a number';
      break checks;
    }
    if (x < 0) {
      result = 'negative';
      break checks;
    }
  }
  return result;
}
console.log(validate('a'), validate(-1), validate(5));

a: b: c: for (let i = 0; i < 3; i++) {
  if (i === 1) continue a;
  console.log('i =', i);
}
