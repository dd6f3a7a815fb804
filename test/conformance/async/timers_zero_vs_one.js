// setTimeout(f, 1) created before setTimeout(g, 0). Node turns 0 into 1 ms, so creation order
// decides; a browser without a 1 ms floor runs the 0 ms timer first.
setTimeout(() => console.log('1 ms, created first'), 1);
setTimeout(() => console.log('0 ms, created second'), 0);
