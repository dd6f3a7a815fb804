// Error options (cause), AggregateError, and Error.prototype.toString with odd names and messages.
const low = new Error('disk full');
const high = new Error('save failed', { cause: low });
console.log(high.message, high.cause === low, high.cause.message, 'cause' in new Error('x'));
const agg = new AggregateError([new TypeError('a'), new RangeError('b')], 'two problems');
console.log(agg.name, agg.message, agg.errors.length, agg.errors.map((e) => e.name));
console.log(String(new Error()), String(new Error('')), String(new TypeError()));
const e = new Error('text');
e.name = '';
console.log(String(e));
e.name = undefined;
console.log(String(e));
e.message = '';
console.log(JSON.stringify(String(e)));
console.log(Error.prototype.toString.call({ name: 'Fake', message: 'object' }));
console.log(Object.prototype.toString.call(high), high instanceof Error, Error('no new') instanceof Error);
console.log(Object.keys(high), Object.getOwnPropertyNames(high));
class HttpError extends Error {
  constructor(status, ...rest) {
    super(...rest);
    this.name = 'HttpError';
    this.status = status;
  }
}
const he = new HttpError(404, 'Not Found', { cause: 'missing' });
console.log(he.name, he.status, he.message, he.cause, he instanceof HttpError, he instanceof Error);
console.log(he.stack.split('\n')[0]);
