// Objects are passed by sharing: mutation is visible, reassignment is not.
function mutate(o) {
  o.changed = true;
}
function reassign(o) {
  o = { replaced: true };
  return o;
}
const target = { changed: false };
mutate(target);
const returned = reassign(target);
console.log(target, returned, target === returned);
const a = [1, 2];
const b = a;
b.push(3);
console.log(a, a === b, [1, 2, 3] === [1, 2, 3], JSON.stringify(a) === JSON.stringify([1, 2, 3]));
const shallow = { ...{ nested: { n: 1 } } };
const deep = structuredClone({ nested: { n: 1 }, when: new Date(0), set: new Set([1]) });
console.log(deep, deep.when instanceof Date);
let s1 = 'text';
let s2 = s1;
s2 += '!';
console.log(s1, s2);
const frozen = Object.freeze({ list: [] });
frozen.list.push('still mutable inside');
console.log(frozen.list);
