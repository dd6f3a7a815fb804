// JSON round-trips and Object.keys/values/entries over objects of different shapes.
let point = { x: 100, y: 200 };
const back = JSON.parse(JSON.stringify(point));
console.log('json~point:', %HaveSameMap(back, point));
const back2 = JSON.parse('{"x":1,"y":2}');
console.log('json~json:', %HaveSameMap(back, back2), 'fast:', %HasFastProperties(back));
const nested = JSON.parse('{"a":{"x":1,"y":2},"b":{"x":3,"y":4}}');
console.log('nested a~b:', %HaveSameMap(nested.a, nested.b), 'a~point:', %HaveSameMap(nested.a, point));
const dbl = JSON.parse('{"x":1.5,"y":2}');
console.log('json double~json:', %HaveSameMap(dbl, back2));
const entries = Object.entries(point);
console.log('entries:', JSON.stringify(entries), %HasObjectElements(entries));
const fromE = Object.fromEntries(entries);
console.log('fromEntries~point:', %HaveSameMap(fromE, point), 'fast:', %HasFastProperties(fromE));
const vals = Object.values(point);
console.log('values smi:', %HasSmiElements(vals), 'keys obj:', %HasObjectElements(Object.keys(point)));
const d = { a: 1, b: 2, c: 3 };
delete d.a;
console.log('dict keys:', JSON.stringify(Object.keys(d)), 'dict json fast:', %HasFastProperties(JSON.parse(JSON.stringify(d))));
