// Optional chaining ?. on properties, calls and indexes.
const user = { profile: { name: 'Ada', tags: ['x'] }, greet() { return 'hi'; } };
console.log(user?.profile?.name, user.missing?.name, user.missing?.name.first.deep);
console.log(user.greet?.(), user.nothing?.(), user.profile.tags?.[0], user.profile.none?.[0]);
const nobody = null;
console.log(nobody?.name, nobody?.[0], nobody?.(), typeof nobody?.x);
console.log(user?.['profile']?.['name']);
let count = 0;
const result = nobody?.[count++];
console.log(result, count);
try {
  user.profile.name?.();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  user.missing.name;
} catch (e) {
  console.log(e.message);
}
console.log(delete user?.profile?.name, user.profile.name, delete nobody?.x);
const arr = [[1, 2]];
console.log(arr?.[0]?.[1], arr?.[5]?.[1]);
console.log((user?.profile).tags.length);
