// record: debugprint
// Slack tracking: the first instances of P have 10 in-object slots (2 used + 8 slack) and the
// map's construction counter counts down; after the last tracked construction the instance
// size shrinks. Reports for the 1st, 6th, 7th and 8th instance, and the 1st again. Then an
// instance of R that got a third property z during tracking, after R's 8th construction.
function P(x, y) { this.x = x; this.y = y; }
const ps = [];
for (let i = 1; i <= 8; i++) {
  ps.push(new P(i, i));
  if (i === 1 || i === 6 || i === 7 || i === 8) {
    console.log(`--- after construction ${i}`);
    %DebugPrint(ps[i - 1]);
  }
}
console.log('--- the 1st instance at the end');
%DebugPrint(ps[0]);
function R(x, y) { this.x = x; this.y = y; }
const r = new R(1, 2);
r.z = 3;
for (let i = 0; i < 7; i++) new R(i, i);
console.log('--- R instance with z added during tracking, after 8 constructions');
%DebugPrint(r);
