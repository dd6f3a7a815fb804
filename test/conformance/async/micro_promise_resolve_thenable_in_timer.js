// Resolving with a thenable inside a timer: its then runs in this timer's checkpoint, before the
// next timer.
setTimeout(() => {
  new Promise((res) => res({ then(r) { console.log('then of thenable'); r('v'); } }))
    .then((v) => console.log('resolved with', v));
  console.log('timer 1 end');
}, 0);
setTimeout(() => console.log('timer 2'), 0);
