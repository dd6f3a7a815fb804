// record: ic
// An array literal's computed elements go through one StoreInArrayLiteralIC slot per literal:
// 0→1 on its first store (logged without a map), then 1→1 each time a store moves the array to
// a more general elements kind; the allocation site makes later arrays start there.
function pair(a, b) { return [a, b]; }
for (let i = 0; i < 10; i++) pair(1, 2);
pair(1, 1.5);
pair('x', 1);
pair(1.5, {});
function middle(a) { return [1, a, 3]; }
for (let i = 0; i < 10; i++) middle(i);
middle(0.5); middle('s'); middle(null);
function one(a) { return [a]; }
for (let i = 0; i < 12; i++) one(i % 2 ? 1 : 'x');
function calls(a) { return [a.length, a.length + 1]; }
for (let i = 0; i < 10; i++) calls([]);
console.log(pair(1, 2), middle(2), one(3), calls([1]));
