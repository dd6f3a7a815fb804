const errs = [new Error('plain'), new TypeError('type'), new RangeError('range'), new SyntaxError('syntax'),
  new ReferenceError('ref'), new EvalError('eval'), new URIError('uri'), new AggregateError([new Error('a'), 1], 'agg'),
  new Error('with cause', { cause: { code: 42 } }), new Error(), new TypeError(undefined), new Error(null)];
for (const e of errs) {
  console.log(e.name, JSON.stringify(e.message), e instanceof Error, String(e), Object.prototype.toString.call(e),
    Object.keys(e), 'cause' in e, e.constructor === globalThis[e.name]);
}
console.log(errs[7].errors.length, errs[7].errors[1], errs[8].cause);
class ValidationError extends Error {
  constructor(field, msg) { super(msg); this.name = 'ValidationError'; this.field = field; }
}
const v = new ValidationError('email', 'is invalid');
console.log(v.name, v.message, v.field, v instanceof ValidationError, v instanceof Error, String(v));
console.log(v.stack.split('\n')[0]);
console.log(Object.getOwnPropertyNames(v).sort());
const e2 = new Error('msg');
e2.name = 'Custom';
console.log(e2.toString(), e2.stack.split('\n')[0]);
const fake = { name: 'Fake', message: 'not real' };
console.log(Error.prototype.toString.call(fake), Error.prototype.toString.call({}));
console.log(typeof Error.captureStackTrace, Error.prototype.name, TypeError.prototype.name, Object.getPrototypeOf(TypeError) === Error);
try { throw { code: 1 }; } catch (x) { console.log(typeof x, x.code, x instanceof Error); }
