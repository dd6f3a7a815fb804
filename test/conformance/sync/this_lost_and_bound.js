// Losing `this` when a method is passed around, and three ways to keep it.
'use strict';
class Timer {
  seconds = 0;
  tick() {
    this.seconds++;
    return this.seconds;
  }
  arrowTick = () => {
    this.seconds += 10;
    return this.seconds;
  };
}
const t = new Timer();
const loose = t.tick;
try {
  loose();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
const bound = t.tick.bind(t);
console.log(bound(), t.arrowTick(), [1, 2].map(t.arrowTick), [1].map(t.tick, t));
console.log(bound.name, bound.length, typeof bound.prototype, Object.keys(t));
const wrapper = { run: () => t.tick() };
console.log(wrapper.run());
const rebound = bound.bind({ seconds: 100 });
console.log(rebound(), t.seconds);
function show(greeting, punct) {
  return `${greeting} ${this.name}${punct}`;
}
console.log(show.call({ name: 'A' }, 'Hi', '!'), show.apply({ name: 'B' }, ['Yo', '?']));
const partial = show.bind({ name: 'C' }, 'Hey');
console.log(partial('.'), partial.length, partial.name);
