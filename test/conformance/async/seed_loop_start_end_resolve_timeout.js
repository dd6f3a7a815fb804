// Seed: 001_d6aec9cc0a2b889d.txt, 九、EventLoop §2 浏览器篇 (start → end → resolve → timeout).
console.log('start');
setTimeout(() => {
    console.log('timeout');
});
Promise.resolve().then(() => {
    console.log('resolve');
});
console.log('end');
