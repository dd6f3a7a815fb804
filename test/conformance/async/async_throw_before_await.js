// A throw in an async function, before or after await, becomes a rejection, never a sync exception.
async function early() {
  throw new Error('early');
}
async function late() {
  await null;
  throw new Error('late');
}
let p1, p2;
try {
  p1 = early();
  p2 = late();
  console.log('no synchronous exception');
} catch (e) {
  console.log('not reached');
}
p1.catch((e) => console.log('caught', e.message));
p2.catch((e) => console.log('caught', e.message));
