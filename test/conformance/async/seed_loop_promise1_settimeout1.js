// Seed: 001_d6aec9cc0a2b889d.txt, 九、EventLoop §2 浏览器篇 / 练习 (start, Promise1, setTimeout1, Promise2, setTimeout2).
Promise.resolve().then(()=>{
  console.log('Promise1')  
  setTimeout(()=>{
    console.log('setTimeout2')
  },0)
});
setTimeout(()=>{
  console.log('setTimeout1')
  Promise.resolve().then(()=>{
    console.log('Promise2')    
  })
},0);
console.log('start');

// start
// Promise1
// setTimeout1
// Promise2
// setTimeout2
