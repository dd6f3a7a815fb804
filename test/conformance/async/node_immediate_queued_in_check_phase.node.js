// Immediates queued while the check phase runs wait for the next loop iteration.
setImmediate(() => {
  console.log('immediate A queues C');
  setImmediate(() => console.log('immediate C (next iteration)'));
});
setImmediate(() => {
  console.log('immediate B queues D');
  setImmediate(() => console.log('immediate D (next iteration)'));
});
