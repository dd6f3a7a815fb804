// printf-style format specifiers in the first argument.
console.log('%s is %d years old', 'Ada', 36);
console.log('%i and %f', 42.9, 42.9);
console.log('%d %d %d', '12', 'abc', 3.9);
console.log('%s|%s|%s', 'str', 42, undefined);
console.log('%o', { a: 1, b: [1, 2] });
console.log('%O', { a: 1, b: [1, 2] });
console.log('%c styled %c text', 'color: red', 'font-weight: bold');
console.log('100%% sure, %s', 'yes');
console.log('%s', 'only one', 'extra', 42, { k: 'v' });
console.log('%s %s', 'missing one');
console.log('%x is not a specifier', 1);
console.log('no specifiers', 'second', 3);
console.log(5, '%s', 'first argument is not a string');
console.log('%s', Symbol('sym'), '%d', 10n);
console.log('%d', -0, '%f', -0.5);
