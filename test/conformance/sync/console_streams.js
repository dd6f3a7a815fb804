// console.error and console.warn write to stderr; log/info/debug to stdout.
console.log('log line 1');
console.error('error line 1');
console.info('info line');
console.warn('warn line');
console.debug('debug line');
console.error('error with object', { code: 7 });
console.log('log line 2');
console.warn('%s formatted on stderr', 'also');
