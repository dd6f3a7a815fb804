const user = { profile: { name: 'Ann', tags: ['x'], greet() { return 'hi ' + this.name; } }, settings: null };
console.log(user?.profile?.name, user.settings?.theme, user.missing?.deep.deeper, user.profile.tags?.[0], user.profile.tags?.[5]);
console.log(user.profile.greet?.(), user.profile.nope?.(), user.settings?.x.y.z);
console.log(0 ?? 'default', '' ?? 'default', null ?? 'default', undefined ?? 0, false ?? true, NaN ?? 1);
console.log(0 || 'default', '' || 'default', null || 'default', 1 && 2, 0 && 2, null && 1);
let a = null, b = 0, c = 5;
a ??= 'set'; b ||= 'or-set'; c &&= c * 2;
console.log(a, b, c);
const obj = { count: 0 };
obj.count ||= 10;
obj.total ??= 100;
obj.list ??= [];
obj.list.push(1);
console.log(obj);
const fn = null;
console.log(fn?.(), typeof fn?.call);
try { user.settings.theme; } catch (e) { console.log(e.message); }
try { user.missing.deep; } catch (e) { console.log(e.message); }
try { user.profile.nope(); } catch (e) { console.log(e.message); }
try { user.profile.tags[0](); } catch (e) { console.log(e.message); }
