console.log(typeof early, typeof later);
function early() { return 'early'; }
if (true) {
  console.log(typeof inIf, inIf());
  function inIf() { return 'inIf'; }
}
console.log(typeof inIf);
try { notYet(); } catch (e) { console.log(e.constructor.name, e.message); }
var notYet = function () { return 'now'; };
console.log(notYet());
var later = 1;
console.log(typeof later);
function dup() { return 1; }
function dup() { return 2; }
console.log(dup());
console.log(typeof maybe);
if (false) { function maybe() {} }
console.log(typeof maybe);
(function () {
  console.log(typeof hoisted, typeof lexical === 'undefined' ? 'tdz-free typeof' : '');
  var hoisted = 1;
})();
function params(a, a2 = typeof b, b) { return a2; }
try { console.log(params(1)); } catch (e) { console.log(e.constructor.name, e.message); }
