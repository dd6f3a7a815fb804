// setInterval passes extra arguments on every run.
let runs = 0;
const id = setInterval((a, b) => {
  runs++;
  console.log('run', runs, a, b);
  if (runs === 2) clearInterval(id);
}, 20, 'x', 'y');
setTimeout((...args) => console.log('timeout args', args.length, args.join('|')), 100, 1, 'two', null);
