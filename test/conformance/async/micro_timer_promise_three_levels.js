// Timer → promise → timer → promise, two chains started together.
for (const tag of ['A', 'B']) {
  setTimeout(() => {
    console.log(tag, 'timer 1');
    Promise.resolve().then(() => {
      console.log(tag, 'promise 1');
      setTimeout(() => {
        console.log(tag, 'timer 2');
        Promise.resolve().then(() => console.log(tag, 'promise 2'));
      }, 0);
    });
  }, 0);
}
