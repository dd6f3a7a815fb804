// Function declarations inside blocks (sloppy mode, web-compatibility semantics).
console.log(typeof inBlock);
{
  function inBlock() {
    return 'declared in a block';
  }
}
console.log(typeof inBlock, inBlock());

if (true) {
  function chosen() {
    return 'if branch';
  }
} else {
  function chosen() {
    return 'else branch';
  }
}
console.log(chosen());

(function () {
  'use strict';
  {
    function strictInner() {}
  }
  console.log('strict:', typeof strictInner);
})();
