function withProps() {}
withProps.version = '1.0';
withProps.nested = { a: 1 };
console.log(withProps);
const arrowProps = Object.assign(() => 1, { x: 1 });
console.log(arrowProps, [withProps]);
class Cls { static sProp = 1; static sMethod() {} }
console.log(Cls, { Cls });
class Empty {}
Empty.added = [1, 2];
console.log(Empty);
const bound = withProps.bind(null);
console.log(bound.name, typeof bound, bound.length);
const anon = (() => function () {})();
console.log(anon, anon.name === '', [anon]);
const gen = function* namedGen() {};
gen.meta = true;
console.log(gen);
const obj = { method() {}, async am() {}, get g() { return 1; }, set s(v) {}, ['comp' + 1]: () => {} };
console.log(obj);
console.log(Object.getOwnPropertyNames(withProps).sort(), withProps.prototype);
