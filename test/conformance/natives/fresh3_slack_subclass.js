// record: debugprint
// Slack tracking for class B extends A: the 1st and the 8th B instance, and an A instance.
class A {
  constructor() {
    this.a = 1;
  }
}
class B extends A {
  constructor() {
    super();
    this.b = 2;
  }
}
let first = new B();
%DebugPrint(first);
for (let i = 0; i < 6; i++) new B();
let eighth = new B();
%DebugPrint(eighth);
console.log('first vs eighth:', %HaveSameMap(first, eighth));
let a = new A();
console.log('A vs B:', %HaveSameMap(a, first));
%DebugPrint(a);
