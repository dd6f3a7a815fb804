// %DebugPrint of points made in a loop, one given a third property later.
// Seed: 002_c52e49598bf4ced6.txt, 3.6.2-3.6.4
// record: debugprint
const points = [];
for (let i = 0; i < 3; i++) {
  points.push({ x: i, y: i + 1 });
}
points[1].z = 2.5;
%DebugPrint(points[0]);
%DebugPrint(points[1]);
