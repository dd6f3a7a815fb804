// An async IIFE as a stand-in for top-level await in a classic script / CommonJS module.
console.log('1 before');
(async () => {
  console.log('2 iife body');
  await new Promise((r) => setTimeout(r, 30));
  console.log('5 after the timer');
})();
console.log('3 after the iife');
setTimeout(() => console.log('4 timer 0'), 0);
