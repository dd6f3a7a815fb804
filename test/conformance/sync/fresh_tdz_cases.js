function tryIt(label, fn) {
  try { console.log(label, fn()); }
  catch (err) { console.log(label, err.name + ': ' + err.message); }
}
tryIt('let before', () => { const r = v; let v = 1; return r; });
tryIt('typeof tdz', () => { const t = typeof w; let w = 2; return t; });
tryIt('const before', () => { k; const k = 3; });
tryIt('class before', () => { new K(); class K {} });
tryIt('default param', () => (function (p = q, q = 1) { return p; })());
tryIt('default ok', () => (function (p = 1, q = p + 1) { return [p, q]; })());
tryIt('self init', () => { let z = z + 1; return z; });
tryIt('shadow', () => { let s = 'outer'; { console.log(typeof s); let t = s; return t; } });
tryIt('inner shadow', () => { let s = 'outer'; { let u = s; let s = 'in'; return u; } });
tryIt('switch', () => { switch (1) { case 0: let m = 1; case 1: return m; } });
tryIt('loop', () => { const out = []; for (let i = 0; i < 3; i++) out.push(() => i); return out.map(g => g()); });
tryIt('const assign', () => { const c = 1; c = 2; });
tryIt('const obj mutate', () => { const o = { n: 1 }; o.n++; return o; });
