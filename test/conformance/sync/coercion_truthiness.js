// Which values are falsy, and what !, !!, Boolean(), && and || return.
const values = [0, -0, 0n, '', ' ', '0', 'false', NaN, null, undefined, [], {}, function () {}, -1, Infinity, new Boolean(false)];
for (const v of values) {
  let shown;
  try {
    shown = typeof v === 'function' ? 'function' : JSON.stringify(v) ?? String(v);
  } catch {
    shown = String(v);
  }
  console.log(shown === undefined ? String(v) : shown, typeof v, Boolean(v), !v);
}
console.log(0 || 'fallback', '' || null, 'a' && 'b', 0 && 'never', null ?? 'nullish', 0 ?? 'kept');
console.log(!!document_like(), [] == false, ![] , [] ? 'truthy' : 'falsy');
function document_like() {
  return { all: undefined };
}
