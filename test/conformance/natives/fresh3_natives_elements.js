// More elements natives: %HasFastPackedElements, %HasSmiOrObjectElements, %HasPackedElements,
// %HasHoleyElements, over arrays and objects as they change.
function show(label, a) {
  console.log(label, %HasFastPackedElements(a), %HasSmiOrObjectElements(a), %HasPackedElements(a), %HasHoleyElements(a));
}
let a = [1, 2, 3];
show('[1,2,3]', a);
a.push(1.5);
show('push 1.5', a);
a.push('x');
show('push x', a);
let h = [1, , 3];
show('[1,,3]', h);
let n = new Array(4);
show('new Array(4)', n);
let o = { 0: 'a', 1: 'b' };
show('{0,1}', o);
let e = {};
show('{}', e);
let big = [];
big[5000] = 1;
show('sparse', big);
