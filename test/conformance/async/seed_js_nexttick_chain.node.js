// Seed: 003_0e30785ba16da02a.txt, The Event Loop / Node.js 中的 Event Loop / 注意点 / process.nextTick (nextTick×4 => promise1 => timer1).
// legacy: node10

setTimeout(() => {
  console.log('timer1')
}, 0)
Promise.resolve().then(function() {
  console.log('promise1')
})
process.nextTick(() => {
 console.log('nextTick')
 process.nextTick(() => {
   console.log('nextTick')
   process.nextTick(() => {
     console.log('nextTick')
     process.nextTick(() => {
       console.log('nextTick')
     })
   })
 })
})
// nextTick=>nextTick=>nextTick=>nextTick=>promise1=>timer1
