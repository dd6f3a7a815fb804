// Seed: 000_860eda3423e62455.txt, 异步编程 §1 函数式编程 / 偏函数用法 (isType).
var isType = function (type){
    return function(obj){
        return toString.call(obj)=='[object' +type+']';
    };
};
var isString= isType('String');
var isFunction = isType('Function');
// Added: the notes' version lacks a space after "[object", so it never matches.
console.log(isString('abc'), isFunction(isType));
console.log(toString.call('abc'), '[object' + 'String' + ']');
var isTypeFixed = function (type) {
    return function (obj) {
        return toString.call(obj) == '[object ' + type + ']';
    };
};
console.log(isTypeFixed('String')('abc'), isTypeFixed('Function')(isType), isTypeFixed('Array')({}));
