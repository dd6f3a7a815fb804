// Comparing strings: code-unit order with < and sort, localeCompare for human order.
const words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', '10', '9', 'éclair', 'zebra'];
console.log([...words].sort());
console.log([...words].sort((a, b) => a.localeCompare(b)));
console.log([...words].sort((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
console.log('a' < 'b', 'a' < 'B', 'Z' < 'a', '10' < '9', 'abc' < 'abd', 'ab' < 'abc', '' < 'a');
console.log('a'.localeCompare('B'), 'a'.localeCompare('b', undefined, { sensitivity: 'base' }), 'résumé'.localeCompare('resume'));
console.log(['item10', 'item2', 'item1'].sort(), ['item10', 'item2', 'item1'].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
console.log('A'.charCodeAt(0), 'a'.charCodeAt(0), String.fromCharCode(72, 105), 'é' === 'e\u0301', 'é'.normalize('NFD').length);
