// Function declarations in blocks: block scoped in strict code, hoisted as var (Annex B) in sloppy code.
console.log(typeof inBlock);
{
  function inBlock() {
    return 'block';
  }
}
console.log(typeof inBlock);
if (true) {
  function inIf() {
    return 'if';
  }
}
console.log(inIf());
if (false) {
  function never() {}
}
console.log(typeof never);
(function () {
  'use strict';
  {
    function strictBlock() {}
  }
  console.log(typeof strictBlock);
})();
function shadow() {
  return 'outer';
}
{
  function shadow() {
    return 'inner';
  }
}
console.log(shadow());
