// Delay arguments of other types: converted with ToNumber once (valueOf runs synchronously).
const log = [];
const delay = { valueOf() { log.push('valueOf'); return 40; } };
setTimeout(() => console.log('undefined'), undefined);
setTimeout(() => console.log('null'), null);
setTimeout(() => console.log('false'), false);
setTimeout(() => console.log('empty string'), '');
setTimeout(() => console.log('empty array'), []);
setTimeout(() => console.log('object valueOf 40'), delay);
setTimeout(() => console.log('[80]'), [80]);
setTimeout(() => console.log('true'), true);
console.log('sync:', log.join(','));
