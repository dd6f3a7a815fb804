// Generator functions: lazy sequences with yield.
function* count(limit) {
  console.log('generator started');
  for (let i = 1; i <= limit; i++) {
    yield i;
  }
  return 'finished';
}
const gen = count(2);
console.log('created, not started');
console.log(JSON.stringify(gen.next()));
console.log(JSON.stringify(gen.next()));
console.log(JSON.stringify(gen.next()));
console.log(JSON.stringify(gen.next()));

console.log([...count(3)]);

function* conversation() {
  const name = yield 'What is your name?';
  const lang = yield `Hello ${name}, favourite language?`;
  return `${name} likes ${lang}`;
}
const talk = conversation();
console.log(talk.next('ignored').value);
console.log(talk.next('Ada').value);
console.log(talk.next('JS').value);

function* fibonacci() {
  let [a, b] = [0, 1];
  while (true) {
    yield a;
    [a, b] = [b, a + b];
  }
}
const fibs = [];
for (const f of fibonacci()) {
  if (f > 50) break;
  fibs.push(f);
}
console.log(fibs);

const obj = {
  *items() {
    yield 'method generator';
  },
};
console.log([...obj.items()], typeof fibonacci, Object.prototype.toString.call(fibonacci()));
