// Property attributes are part of the transition: defineProperty with different attributes gives
// different maps; %HasOwnConstDataProperty tells const fields.
function make(attrs) {
  let o = {};
  Object.defineProperty(o, 'x', Object.assign({ value: 1 }, attrs));
  return o;
}
let all = make({ writable: true, enumerable: true, configurable: true });
let all2 = make({ writable: true, enumerable: true, configurable: true });
let ro = make({ writable: false, enumerable: true, configurable: true });
let hidden = make({ writable: true, enumerable: false, configurable: true });
let none = make({});
let plain = {};
plain.x = 1;
console.log('all/all2', %HaveSameMap(all, all2));
console.log('all/plain', %HaveSameMap(all, plain));
console.log('all/ro', %HaveSameMap(all, ro));
console.log('all/hidden', %HaveSameMap(all, hidden));
console.log('none/none', %HaveSameMap(none, make({})));
console.log('fast', %HasFastProperties(ro), %HasFastProperties(none));
console.log('const', %HasOwnConstDataProperty(plain, 'x'), %HasOwnConstDataProperty(ro, 'x'));
plain.x = 2;
console.log('const after store', %HasOwnConstDataProperty(plain, 'x'));
Object.defineProperty(all, 'x', { writable: false });
console.log('all now ro', %HaveSameMap(all, ro), %HasFastProperties(all));
