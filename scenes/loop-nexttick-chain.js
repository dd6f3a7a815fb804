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
