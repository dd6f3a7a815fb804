// 'beforeExit' fires when the loop is empty; scheduling work there keeps the process going.
let rounds = 0;
process.on('beforeExit', (code) => {
  rounds++;
  console.log('beforeExit', rounds, 'code', code);
  if (rounds < 3) setTimeout(() => console.log('timer from beforeExit', rounds), 0);
});
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('never: no loop after exit'), 0);
});
setTimeout(() => console.log('first timer'), 0);
