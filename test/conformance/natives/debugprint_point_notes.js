// Seed: 002_c52e49598bf4ced6.txt, 3.6.2 通过 d8 查看隐藏类 and 3.6.3 多个对象共用一个隐藏类
// record: debugprint
// The notes' %DebugPrint of point and point2 (normalized: addresses removed, maps numbered, so
// the two reports name the same map#).
let point = { x: 100, y: 200 };
let point2 = { x: 3, y: 4 };
%DebugPrint(point);
%DebugPrint(point2);
