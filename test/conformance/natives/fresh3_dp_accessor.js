// record: debugprint
// %DebugPrint of objects with accessors: a literal getter/setter pair and defineProperty getter on {}.
let temp = {
  c: 20,
  get f() {
    return this.c * 1.8 + 32;
  },
  set f(v) {
    this.c = (v - 32) / 1.8;
  }
};
%DebugPrint(temp);
let o = { a: 1 };
Object.defineProperty(o, 'b', { get() { return 2; }, enumerable: true, configurable: true });
%DebugPrint(o);
