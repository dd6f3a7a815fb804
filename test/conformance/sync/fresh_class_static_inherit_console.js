class Base { static registry = []; static register(x) { this.registry.push(x); return this; } static describe() { return `${this.name} has ${this.registry.length}`; } }
class Child extends Base { static extra = 'child'; }
Child.register('a');
Base.register('b');
console.log(Base.describe(), Child.describe(), Child.registry === Base.registry, Object.hasOwn(Child, 'registry'));
console.log(Base, Child);
console.log(Object.getOwnPropertyNames(Child), Object.getOwnPropertyNames(Base).sort());
class Own extends Base { static registry = ['own']; }
console.log(Own.describe(), Own.registry, Base.registry);
console.log([Base, Child, Own].map(c => c.name), typeof Child.register, Child.register === Base.register);
class Singleton { static #instance; static get() { return (Singleton.#instance ??= new Singleton()); } }
console.log(Singleton.get() === Singleton.get(), Singleton.get(), Singleton);
