// Alternating layers: promise -> timer -> promise -> timer.
Promise.resolve().then(() => {
  console.log('promise 1');
  setTimeout(() => {
    console.log('timer 1');
    Promise.resolve().then(() => {
      console.log('promise 2');
      setTimeout(() => console.log('timer 2'), 0);
    });
  }, 0);
});
setTimeout(() => console.log('timer 0 (from sync code)'), 0);
