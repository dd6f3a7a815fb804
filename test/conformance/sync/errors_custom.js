// Custom error subclasses.
class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}
class RequiredError extends ValidationError {
  constructor(field) {
    super(field, `${field} is required`);
    this.name = this.constructor.name;
  }
}
function validate(user) {
  if (!user.name) throw new RequiredError('name');
  if (user.age < 0) throw new ValidationError('age', 'age must be positive');
  return 'valid';
}
for (const user of [{ name: 'Ada' }, {}, { name: 'Bob', age: -1 }]) {
  try {
    console.log(validate(user));
  } catch (e) {
    console.log(e.name, e.field, e.message, e instanceof RequiredError, e instanceof ValidationError, e instanceof Error);
    console.log(String(e));
    console.log(e.stack.split('\n')[0]);
  }
}

function OldStyleError(message) {
  this.message = message;
}
OldStyleError.prototype = Object.create(Error.prototype);
OldStyleError.prototype.name = 'OldStyleError';
OldStyleError.prototype.constructor = OldStyleError;
const old = new OldStyleError('prototype based');
console.log(String(old), old instanceof Error, 'stack' in old);
