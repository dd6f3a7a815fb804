// Seed: 003_0e30785ba16da02a.txt, The Event Loop / 浏览器和 Node.js 中 Event Loop 对比 (浏览器: timer1=>promise1=>timer2=>promise2; the notes' Node result timer1=>timer2=>promise1=>promise2 is Node < 11).
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

// 浏览器端运行结果：timer1=>promise1=>timer2=>promise2
// Node 端运行结果：timer1=>timer2=>promise1=>promise2
