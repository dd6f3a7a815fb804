// A custom error hierarchy: instanceof checks, name from the class, and rethrowing unknown errors.
class AppError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = this.constructor.name;
  }
}
class ValidationError extends AppError {
  constructor(field, message) {
    super(`${field}: ${message}`);
    this.field = field;
  }
}
class NotFoundError extends AppError {}
function handle(fn) {
  try {
    fn();
    return 'ok';
  } catch (e) {
    if (e instanceof ValidationError) return `invalid ${e.field} (${e.message})`;
    if (e instanceof AppError) return `app error ${e.name}: ${e.message}`;
    throw e;
  }
}
console.log(handle(() => {}));
console.log(handle(() => { throw new ValidationError('email', 'missing @'); }));
console.log(handle(() => { throw new NotFoundError('no such user'); }));
try {
  handle(() => null.prop);
} catch (e) {
  console.log('rethrown', e.constructor.name, e instanceof AppError);
}
const v = new ValidationError('age', 'negative');
console.log(v.name, v.stack.split('\n')[0], Object.keys(v), v instanceof Error, String(v));
console.log(Object.getPrototypeOf(ValidationError.prototype) === AppError.prototype, ValidationError.name);
