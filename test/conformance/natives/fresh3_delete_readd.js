// After delete: re-adding the property, = undefined instead of delete, and a constructor instance.
let point = { x: 100, y: 200 };
delete point.y;
point.y = 300;
console.log('deleted and re-added fast:', %HasFastProperties(point));
console.log('same map as a fresh point:', %HaveSameMap(point, { x: 1, y: 2 }));
console.log('keys:', Object.keys(point).join(','));
let p2 = { x: 100, y: 200 };
p2.y = undefined;
console.log('= undefined fast:', %HasFastProperties(p2), %HaveSameMap(p2, { x: 1, y: 2 }));
console.log('"y" in p2:', 'y' in p2);
function P(x, y) {
  this.x = x;
  this.y = y;
}
let c = new P(1, 2);
delete c.x;
console.log('constructor instance after delete:', %HasFastProperties(c));
c.x = 5;
console.log('keys now:', Object.keys(c).join(','));
let d = new P(3, 4);
console.log('other instance still fast:', %HasFastProperties(d));
