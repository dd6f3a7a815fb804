// Seed: 000_860eda3423e62455.txt, 异步编程 §1 函数式编程 / 高阶函数 (foo returns a function; foo(x, bar); points.sort).
function foo(x){
    return function(){
        return x;
    };
}
// Added: call the returned function.
console.log(foo('kept')());
function foo2(x,bar){
    return bar(x);
}
console.log(foo2(3, (n) => n * n), foo2('abc', (s) => s.toUpperCase()));
var points = [40,100,1,5,25,10];
points.sort(function(a,b){
    return a-b;
});
// [1,5,10,25,40,100]
console.log(points);
