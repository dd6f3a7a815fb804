// Built-in error types: name, message, instanceof, toString.
const errors = [
  new Error('plain'),
  new TypeError('type'),
  new RangeError('range'),
  new ReferenceError('reference'),
  new SyntaxError('syntax'),
  new EvalError('eval'),
  new URIError('uri'),
];
for (const e of errors) {
  console.log(e.name, '|', e.message, '|', String(e), '|', e instanceof Error, Object.prototype.toString.call(e));
}
console.log(new Error().message === '', String(new Error()), String(new TypeError()));
const noNew = Error('called without new');
console.log(noNew instanceof Error, noNew.message);
const withCause = new Error('outer', { cause: 'inner reason' });
console.log(withCause.cause, 'cause' in new Error('x'));
const agg = new AggregateError([new Error('a'), new Error('b')], 'many');
console.log(agg.name, agg.message, agg.errors.length, agg.errors[1].message);

const e = new Error('custom name');
e.name = 'MyName';
console.log(String(e));
console.log(Object.keys(new Error('x')), Object.getOwnPropertyNames(new Error('x')).sort());
console.log(Error.prototype.name, TypeError.prototype.name, Object.getPrototypeOf(TypeError) === Error);
