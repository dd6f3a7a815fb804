// Immediates get their extra arguments; one immediate can cancel a later one of the same check phase.
let third;
setImmediate((a, b) => console.log('first', a, b), 'x', 2);
setImmediate(() => {
  console.log('second clears third');
  clearImmediate(third);
});
third = setImmediate(() => console.log('never: third'));
setImmediate(() => console.log('fourth'));
console.log('immediate object:', typeof third, third.constructor.name);
