// Object.create(null) with string, symbol and integer keys, and a literal with a symbol key.
// record: debugprint
let dict = Object.create(null);
dict.name = 'n';
dict[Symbol.for('tag')] = 't';
dict[3] = 'three';
%DebugPrint(dict);
let lit = { x: 1, [Symbol.iterator]: 2 };
%DebugPrint(lit);
