// Seed: 004_5d47a9626a3efcca.txt, JS三座大山之原型链 (arr.join works through Array.prototype).
var arr = [1,2,3]
console.log(arr.join('-'))
// Added: where join lives.
console.log(arr.__proto__ === Array.prototype, arr.hasOwnProperty('join'), Array.prototype.__proto__ === Object.prototype)
console.log(typeof Array.prototype.join, typeof Function.prototype, Function.prototype.__proto__ === Object.prototype)
