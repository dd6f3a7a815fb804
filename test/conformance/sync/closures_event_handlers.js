// A tiny event emitter built from closures: handlers remember their own state.
function createEmitter() {
  const handlers = {};
  return {
    on(type, fn) {
      (handlers[type] ||= []).push(fn);
      return () => {
        handlers[type] = handlers[type].filter((h) => h !== fn);
      };
    },
    emit(type, ...args) {
      (handlers[type] || []).forEach((h) => h(...args));
      return (handlers[type] || []).length;
    },
  };
}
const bus = createEmitter();
let clicks = 0;
const off = bus.on('click', () => clicks++);
bus.on('click', (x, y) => console.log('clicked at', x, y));
console.log(bus.emit('click', 1, 2), clicks);
off();
console.log(bus.emit('click', 3, 4), clicks, bus.emit('none'));
function debounceLike(fn) {
  let last;
  return (v) => {
    if (v === last) return 'skipped';
    last = v;
    return fn(v);
  };
}
const shout = debounceLike((s) => s.toUpperCase());
console.log(shout('a'), shout('a'), shout('b'));
