// then on a Promise subclass creates the subclass through its constructor (species); the extra
// constructor call does not add ticks.
class MyPromise extends Promise {
  constructor(executor) {
    super(executor);
    MyPromise.created++;
  }
}
MyPromise.created = 0;
const p = MyPromise.resolve(1);
const q = p.then((v) => { console.log('subclass then', v); });
console.log('q is MyPromise:', q instanceof MyPromise, 'created:', MyPromise.created);
Promise.resolve().then(() => console.log('native tick 1')).then(() => console.log('native tick 2'));
q.then(() => console.log('after subclass then'));
