// A constructor instance after slack tracking keeps only its used in-object slots; properties added
// afterwards grow the PropertyArray in steps of 3.
// record: debugprint
function Foo() {
  this.a = 1;
  this.b = 2;
  this.c = 3;
}
let foos = [];
for (let i = 0; i < 7; i++) foos.push(new Foo());
let bar = new Foo();
bar.d = 4;
%DebugPrint(bar);
bar.e = 5;
bar.f = 6;
bar.g = 7;
%DebugPrint(bar);
