// Seed: 002_c52e49598bf4ced6.txt, 3.7.1 单态多态与超态
// record: ic
// loadX fed instances of 1, then 3, then 5 classes that all have x: mono, poly, megamorphic.
function loadX(o) {
  return o.x;
}
%EnsureFeedbackVectorForFunction(loadX);
class A { constructor() { this.x = 1; } }
class B { constructor() { this.x = 2; } }
class C { constructor() { this.x = 3; } }
class D { constructor() { this.x = 4; } }
class E { constructor() { this.x = 5; } }
loadX(new A());
loadX(new A());
loadX(new B());
loadX(new C());
loadX(new A());
loadX(new D());
loadX(new E());
loadX(new B());
console.log(loadX(new E()));
