// Optional-chaining loads o?.info?.age over persons with and without info.
// Seed: 002_c52e49598bf4ced6.txt, 2.1.1 (person.info)
// record: ic
function ageOf(p) {
  return p?.info?.age;
}
const withInfo = { name: 'John', info: { age: 50 } };
const noInfo = { name: 'Jane' };
const out = [];
for (let i = 0; i < 12; i++) out.push(ageOf(withInfo));
out.push(ageOf(noInfo));
out.push(ageOf(null));
out.push(ageOf({ name: 'X', info: { eyecolor: 'blue', age: 3 } }));
console.log(out.join(','));
