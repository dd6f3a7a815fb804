// Async factory methods instead of async constructors; await in a class field initializer is not allowed.
class Resource {
  static async create(name) {
    const r = new Resource(name);
    await r.init();
    return r;
  }
  constructor(name) {
    this.name = name;
    this.ready = false;
  }
  async init() {
    await null;
    this.ready = true;
  }
}
Resource.create('db').then((r) => console.log(r.name, r.ready));
try {
  new Function('class A { async constructor() {} }');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
