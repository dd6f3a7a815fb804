// record: debugprint
// A store far past the end makes the elements a NumberDictionary (DICTIONARY_ELEMENTS).
const a = [];
a[2000] = 'x';
%DebugPrint(a);
const o = {};
o[5000] = 1;
%DebugPrint(o);
