// Seed: 002_c52e49598bf4ced6.txt, 3.6.4 重新构建隐藏类 (删除属性)
// record: debugprint
// point after delete: a dictionary map and its properties in a NameDictionary.
let point = { x: 100, y: 200 };
delete point.x;
%DebugPrint(point);
point.z = 'z';
%DebugPrint(point);
