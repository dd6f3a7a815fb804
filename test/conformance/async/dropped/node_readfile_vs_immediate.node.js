// Not recorded: whether fs.readFile's callback runs before or after an immediate queued in the
// same tick depends on how fast the thread pool finishes (20 runs of Node 26: 12 one way, 8 the other).
const fs = require('fs');
fs.readFile(__filename, () => console.log('readFile callback'));
setImmediate(() => console.log('immediate'));
