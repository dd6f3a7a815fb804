// Static members are inherited through the constructor's prototype chain.
class Model {
  static registry = [];
  static create(...args) {
    const m = new this(...args);
    this.registry.push(m.describe());
    return m;
  }
  static get kind() {
    return 'model:' + this.name;
  }
  describe() {
    return this.constructor.name;
  }
}
class User extends Model {
  static create(name) {
    const u = super.create(name);
    u.name = name;
    return u;
  }
}
const u = User.create('ada');
console.log(u.name, u.describe(), User.kind, Model.kind);
console.log(Model.registry, User.registry === Model.registry);
console.log(Object.getPrototypeOf(User) === Model, Object.hasOwn(User, 'create'), Object.hasOwn(User, 'registry'));
User.registry = ['own'];
console.log(Model.registry.length, User.registry);
console.log(Object.getOwnPropertyNames(Model), Object.getOwnPropertyNames(User));
