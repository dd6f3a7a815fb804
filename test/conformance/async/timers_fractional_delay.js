// Fractional delays are truncated (Node) or converted to integers (browser): 20.9 and 20 are the
// same delay, so creation order decides.
setTimeout(() => console.log('20.9 ms (created first)'), 20.9);
setTimeout(() => console.log('20 ms'), 20);
setTimeout(() => console.log('0.5 ms'), 0.5);
setTimeout(() => console.log('40.99 ms'), 40.99);
setTimeout(() => console.log('40 ms'), 40);
setTimeout(() => console.log('40.01 ms'), 40.01);
