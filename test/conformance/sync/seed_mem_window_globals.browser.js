// Seed: 004_5d47a9626a3efcca.txt, 当你执行JS的时候浏览器准备了些什么？ / 关于window (console, document, Object on window).
console.log(window.console === console, window.document === document, window.Object === Object)
console.log(window.Array === Array, window.Function === Function)
var x = window
console.log(x === window, x.x === x)
