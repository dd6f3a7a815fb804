// Throwing null.
let attempts = 0;
while (attempts < 3) attempts++;
console.log('attempts', attempts);
throw null;
