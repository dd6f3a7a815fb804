// An early SyntaxError: nothing in the script runs, not even the first line.
console.log('not printed: the whole script fails to compile');
let duplicated = 1;
let duplicated = 2;
