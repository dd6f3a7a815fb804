// Seed: 002_c52e49598bf4ced6.txt, 3.6.4 重新构建隐藏类
// record: debugprint
// point = {} gets x, then y; each %DebugPrint shows a new map whose back pointer is the
// previous one.
let point = {};
%DebugPrint(point);
point.x = 100;
%DebugPrint(point);
point.y = 200;
%DebugPrint(point);
