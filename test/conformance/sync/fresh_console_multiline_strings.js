console.log({ text: 'first line\nsecond line' });
console.log(['a\nb', 'c']);
console.log({ long: 'This is a fairly long line of text\nfollowed by another fairly long line of text\nand a third' });
console.log({ esc: 'tab\there', quote: "it's", both: `"'`, back: '\\' });
console.log({ unicode: 'caf\u00e9 \u4e2d \ud83d\ude00', ctrl: '\u0001\u001f\u007f' });
console.log('raw string with\ttab and\nnewline');
console.log(['\u2028', '\u00a0', 'zero\u200bwidth']);
console.log({ k: 'x'.repeat(10000) }.k.length, [['y'.repeat(120)]]);
console.log(new Map([['multi\nkey', 'val\nue']]));
