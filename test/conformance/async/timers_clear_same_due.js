// Two timers due at the same time: the first clears the second, which never runs.
let second;
setTimeout(() => {
  console.log('first clears second');
  clearTimeout(second);
}, 20);
second = setTimeout(() => console.log('never: second'), 20);
setTimeout(() => console.log('third still runs'), 20);
