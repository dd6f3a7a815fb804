// window.onerror sees exceptions thrown by timer callbacks; returning true suppresses the report.
window.onerror = (message, source, line, col, error) => {
  console.log('onerror:', message, error instanceof Error, typeof line);
  return error && error.message === 'suppressed';
};
setTimeout(() => {
  throw new Error('suppressed');
}, 0);
setTimeout(() => {
  throw new Error('reported');
}, 20);
setTimeout(() => console.log('later timer runs'), 40);
