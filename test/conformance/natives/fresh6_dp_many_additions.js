// A point that keeps growing by named stores: 4 in-object slots, then the PropertyArray grows.
// record: debugprint
let point = {};
point.x = 1;
point.y = 2;
point.z = 3;
point.w = 4;
point.a = 5;
point.b = 6;
point.c = 7;
point.d = 8;
point.e = 9;
point.f = 10;
point.g = 11;
point.h = 12;
%DebugPrint(point);
console.log(%HasFastProperties(point));
