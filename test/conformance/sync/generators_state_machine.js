// A traffic light as a generator: the generator keeps the state between next() calls.
function* trafficLight() {
  while (true) {
    yield 'green';
    yield 'yellow';
    const pedestrians = yield 'red';
    if (pedestrians) {
      yield 'red (extended)';
    }
  }
}
const light = trafficLight();
const seen = [];
for (let i = 0; i < 4; i++) seen.push(light.next().value);
seen.push(light.next(true).value, light.next().value, light.next().value);
console.log(seen.join(' -> '));
function* idMaker(prefix) {
  let id = 0;
  while (true) {
    const reset = yield `${prefix}-${++id}`;
    if (reset) id = 0;
  }
}
const ids = idMaker('user');
console.log(ids.next().value, ids.next().value, ids.next(true).value, ids.next().value);
const objGen = { *[Symbol.iterator]() { yield* [1, 2]; } };
console.log(Math.max(...objGen), Array.from(objGen, (x) => x * 3));
