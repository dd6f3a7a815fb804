// A closure captures an object and counts in it: context loads plus named load/store ICs.
// record: ic
function makeCounter() {
  const state = { count: 0, calls: 0 };
  return function () {
    state.calls++;
    state.count += 2;
    return state.count;
  };
}
const next = makeCounter();
const other = makeCounter();
let last = 0;
for (let i = 0; i < 13; i++) last = next();
other();
console.log(last);
