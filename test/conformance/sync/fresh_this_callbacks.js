const timer = {
  seconds: 0,
  tickRegular() { [1, 2].forEach(function () { this.seconds++; }); return this.seconds; },
  tickArrow() { [1, 2].forEach(() => { this.seconds++; }); return this.seconds; },
  tickThisArg() { [1, 2].forEach(function () { this.seconds++; }, this); return this.seconds; },
};
try { console.log(timer.tickRegular()); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(timer.tickArrow(), timer.tickThisArg());
function Person(name) { this.name = name; this.say = function () { return 'I am ' + this.name; }; }
const p = new Person('Ann');
const say = p.say;
try { console.log(say()); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(say.call(p), [p].map(x => x.say())[0], setTimeout === undefined ? '' : typeof p.say.bind(p));
const obj = { name: 'obj', regular: function () { return this && this.name; }, arrow: () => typeof this };
console.log(obj.regular(), obj.arrow(), [obj.regular][0](), (obj.regular)());
const method = obj.regular;
console.log(method === obj.regular, typeof method.call(null));
