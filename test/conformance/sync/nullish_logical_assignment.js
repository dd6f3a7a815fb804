// ?? versus ||, optional calls, and the logical assignment operators ||=, &&=, ??=.
const settings = { volume: 0, name: '', theme: null };
console.log(settings.volume || 50, settings.volume ?? 50, settings.name || 'anon', settings.name ?? 'anon');
console.log(settings.theme ?? 'light', settings.missing ?? 'default', settings.missing?.deep, settings.fn?.());
const opts = { a: 0, b: 1, c: null };
opts.a ||= 10;
opts.b &&= 20;
opts.c ??= 30;
opts.d ??= 40;
console.log(opts);
let calls = 0;
const side = () => ++calls;
const keep = { v: 'set' };
keep.v ??= side();
keep.v ||= side();
console.log(keep.v, calls);
const api = { user: { getName() { return 'ada'; } } };
console.log(api.user?.getName?.(), api.admin?.getName(), api.user.missing?.());
console.log(null?.[0], [1, 2]?.[1], (null || undefined) ?? 'both nullish');
try {
  api.user.missing();
} catch (e) {
  console.log(e.message);
}
