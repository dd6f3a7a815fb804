// Async arrows, object methods, class methods and static methods all return promises.
const arrow = async (x) => x * 2;
const obj = {
  name: 'obj',
  async method() {
    await null;
    return this.name;
  },
};
class C {
  constructor() {
    this.name = 'instance';
  }
  async method() {
    return this.name;
  }
  static async make() {
    return new C();
  }
}
arrow(21).then((v) => console.log('arrow', v));
obj.method().then((v) => console.log('object method', v));
new C().method().then((v) => console.log('class method', v));
C.make().then((c) => console.log('static', c instanceof C));
console.log(arrow.constructor.name, Object.getPrototypeOf(obj.method).constructor.name);
