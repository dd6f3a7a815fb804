// ToPrimitive: Symbol.toPrimitive, then valueOf/toString in hint order.
const log = [];
const both = {
  valueOf() {
    log.push('valueOf');
    return 10;
  },
  toString() {
    log.push('toString');
    return 'str';
  },
};
console.log(both + 1, `${both}`, both * 2, String(both), both > 5, both == 10);
console.log(log.join(','));

const onlyToString = {
  toString() {
    return '7';
  },
};
console.log(onlyToString * 2, onlyToString + 1);

const objectValueOf = {
  valueOf() {
    return {};
  },
  toString() {
    return 'fallback';
  },
};
console.log(objectValueOf + '!');

const hints = [];
const tp = {
  [Symbol.toPrimitive](hint) {
    hints.push(hint);
    return hint === 'number' ? 42 : hint === 'string' ? 'forty-two' : 'default';
  },
};
console.log(+tp, `${tp}`, tp + '', tp * 1, String(tp), tp == 'default', [tp].join());
console.log(hints.join(','));

const broken = {
  valueOf() {
    return {};
  },
  toString() {
    return {};
  },
};
try {
  broken + 1;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const badSym = {
  [Symbol.toPrimitive]() {
    return {};
  },
};
try {
  `${badSym}`;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const d = new Date(0);
console.log(d[Symbol.toPrimitive]('number'), typeof d[Symbol.toPrimitive]('default'));
