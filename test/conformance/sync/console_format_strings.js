// Format strings: %s %d %i %f %o %O %j %c %%, extra and missing arguments.
console.log('%s is %d years and %f tall', 'Ada', 36.6, '1.75');
console.log('%i|%d|%f', '42.9px', 'abc', 'x');
console.log('%s', { a: 1 }, 'extra', 2);
console.log('%o and %O', [1, { a: 2 }], { b: [3] });
console.log('%c styled %c text', 'color: red', 'font-weight: bold');
console.log('100%% sure', '%s');
console.log('%s %s', 'only one');
console.log('%d', 12345678901234567890n, '%s', Symbol('s'));
console.log('%s', null, undefined, true, [1, [2]]);
console.log('no format', '%s', 5);
console.log(5, '%s', 'x');
