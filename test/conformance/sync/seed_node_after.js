// Seed: 000_860eda3423e62455.txt, 异步编程 §1 函数式编程 / 偏函数用法 (Underscore's _.after).
var _ = {};
_.after = function(times,func){
    if(times <= 0) return func();
    return function(){
        if(--time < 1){
        return func.apply(this,arguments);}
    };
};
// Added: the notes write --time instead of --times; calling the result throws.
var done = _.after(2, function () { return 'ran'; });
try {
    done();
} catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
}
console.log(_.after(0, function () { return 'called at once'; }));
_.afterFixed = function (times, func) {
    if (times <= 0) return func();
    return function () {
        if (--times < 1) {
            return func.apply(this, arguments);
        }
    };
};
var ready = _.afterFixed(3, function () { return 'third call runs func'; });
console.log(ready(), ready(), ready());
