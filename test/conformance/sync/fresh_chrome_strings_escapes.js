console.log(['single \' quote'], ['double " quote'], ['both \' and "'], ['all \' " `']);
console.log({ a: 'line\nbreak', b: 'tab\tchar', c: 'cr\rret', d: 'back\\slash' });
console.log(['\x00\x01\x1b', '\u007f', '\u0085', '\u00ad']);
console.log('top-level \' " ` strings print raw');
console.log([`template ${1 + 1}`], { 'key with \'quote\'': 1, "key\nnewline": 2 });
console.log(['x'.repeat(150)]);
console.log({ s: 'y'.repeat(101) });
console.log(new Map([['k\'ey', 'v"al']]), new Set(['s\nnl']));
