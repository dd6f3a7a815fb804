// One object with fields of every kind: Smi, double, string, nested object, null, undefined, boolean.
// record: debugprint
let o = {
  n: 1,
  d: 1.5,
  s: 'str',
  obj: { inner: 2 },
  nul: null,
  und: undefined,
  t: true,
};
%DebugPrint(o);
%DebugPrint(o.obj);
