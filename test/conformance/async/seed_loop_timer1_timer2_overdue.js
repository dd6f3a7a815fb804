// Seed: 001_d6aec9cc0a2b889d.txt, 九、EventLoop §3 node.js 篇 / 3. 实例演示 (timer1/timer2 with promise1/promise2), both timers overdue.
// legacy: node10
// Added: a 5 ms busy wait after creating the timers makes both of them due before the event loop
// starts. Without it, Node 10 sometimes sees timer2 (created in a later millisecond) not yet
// due when timer1 runs, and then prints the Node >= 11 order (see README.md). Today's engines
// print timer1 promise1 timer2 promise2 either way.
setTimeout(()=>{
    console.log('timer1')
    Promise.resolve().then(function() {
        console.log('promise1')
    })
}, 0)
setTimeout(()=>{
    console.log('timer2')
    Promise.resolve().then(function() {
        console.log('promise2')
    })
}, 0)
// Added:
for (var start = Date.now(); Date.now() - start < 5; ) {}
