// console.log of primitives, at top level and inside containers.
console.log('plain string', 42, -0, 0, NaN, Infinity, -Infinity, 1.5, 1e21, 1e-7);
console.log(undefined, null, true, false, 10n, Symbol('desc'), Symbol(), Symbol.iterator);
console.log(['str', 42, -0, undefined, null, true, 10n, Symbol('inside')]);
console.log({ s: 'str', n: -0, u: undefined, nul: null, sym: Symbol('v'), big: 1n });
console.log('');
console.log(' ');
console.log();
console.log(42, 'then a string');
console.log(["it's", 'say "hi"', 'both \' and "', 'back`tick', 'new\nline', 'tab\t']);
console.log('top level keeps "quotes" and \'quotes\' raw');
