// A numeric string (or an object with valueOf) as the delay is converted to a number.
setTimeout(() => console.log("'80'"), '80');
setTimeout(() => console.log('40'), 40);
setTimeout(() => console.log("'20'"), '20');
setTimeout(() => console.log('{ valueOf: () => 60 }'), { valueOf: () => 60 });
