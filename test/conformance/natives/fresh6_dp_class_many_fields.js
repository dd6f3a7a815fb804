// A class whose constructor sets 12 fields, printed during and after slack tracking.
// record: debugprint
class Big {
  constructor() {
    this.a = 1; this.b = 2; this.c = 3; this.d = 4; this.e = 5; this.f = 6;
    this.g = 7; this.h = 8; this.i = 9; this.j = 10; this.k = 11; this.l = 12;
  }
}
let first = new Big();
%DebugPrint(first);
for (let n = 0; n < 8; n++) new Big();
%DebugPrint(new Big());
