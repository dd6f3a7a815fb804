// Slack tracking: a constructor's first instances get extra in-object slots; properties added
// after construction follow map transitions from the constructor's initial map. Maps are
// compared before and after the 7th construction, when V8 shrinks the instance size (the map
// objects themselves stay the same).
function P(x, y) { this.x = x; this.y = y; }
const early = new P(1, 2);
early.z = 3;
const list = [];
for (let i = 0; i < 10; i++) list.push(new P(i, i));
const late = new P(5, 6);
late.z = 7;
console.log('early {x,y,z} vs late {x,y,z}:', %HaveSameMap(early, late));
console.log('1st vs 10th {x,y}:', %HaveSameMap(list[0], list[9]));
console.log('early vs list[0]:', %HaveSameMap(early, list[0]));
console.log('fast:', %HasFastProperties(early), %HasFastProperties(late));
const late2 = new P(0, 0);
late2.w = 1;
console.log('late {x,y,w} vs early {x,y,z}:', %HaveSameMap(late2, early));
