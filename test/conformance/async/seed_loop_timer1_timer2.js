// Seed: 001_d6aec9cc0a2b889d.txt, 九、EventLoop §3 node.js 篇 / 3. 实例演示 (timer1, promise1, timer2, promise2 on Node >= 11; timer1, timer2, promise1, promise2 below 11).
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
