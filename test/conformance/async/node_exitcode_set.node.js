// process.exitCode sets the exit code without stopping the loop.
process.exitCode = 4;
setTimeout(() => {
  console.log('timer still runs, exitCode', process.exitCode);
}, 0);
process.on('exit', (code) => console.log('exit with', code));
