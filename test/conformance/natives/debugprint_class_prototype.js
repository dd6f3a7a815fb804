// record: debugprint
// A class prototype gets V8's template map (AddDescriptorsByTemplate): no in-object slots, its
// methods in a PropertyArray of exactly their number, no back pointer; a method added later
// copies the map without a transition and grows the PropertyArray by 3. A getter stays in the
// descriptor array.
class A { m() {} n() {} }
%DebugPrint(A.prototype);
A.prototype.z = 1;
%DebugPrint(A.prototype);
class B extends A { k() {} }
%DebugPrint(B.prototype);
class E {}
%DebugPrint(E.prototype);
class G { get v() { return 1; } w() {} }
%DebugPrint(G.prototype);
console.log(new B().z, new G().v);
