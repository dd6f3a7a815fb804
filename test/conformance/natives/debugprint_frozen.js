// record: debugprint
// Object.freeze / Object.seal on an array and on a plain object: the new map (non-extensible,
// a *_FROZEN/SEALED_ELEMENTS kind, back pointer to the map before) and the attributes.
const arr = Object.freeze([1, 2, 3]);
%DebugPrint(arr);
const point = Object.freeze({ x: 1, y: 2 });
%DebugPrint(point);
const sealed = Object.seal({ x: 1, y: 2 });
%DebugPrint(sealed);
const ne = Object.preventExtensions([1.5, 2.5]);
%DebugPrint(ne);
