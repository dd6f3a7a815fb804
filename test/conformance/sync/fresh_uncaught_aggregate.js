// An uncaught AggregateError with two errors.
const failures = [new TypeError('first failure'), new RangeError('second failure')];
console.log('failures', failures.length);
throw new AggregateError(failures, 'all attempts failed');
