// Throwing a non-Error value without catching it.
console.log('start');
throw { code: 42, reason: 'plain object thrown' };
