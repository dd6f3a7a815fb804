// An unref'd timer does not keep the process alive; ref() undoes it; hasRef reports it.
const t = setTimeout(() => console.log('never: unref timer'), 500);
t.unref();
console.log('hasRef after unref:', t.hasRef());
const u = setTimeout(() => console.log('ref timer fires'), 20);
u.unref();
u.ref();
console.log('hasRef after ref:', u.hasRef());
process.on('exit', () => console.log('exit: the 500 ms timer did not hold the process'));
