// Promise.allSettled never rejects; each result records status and value or reason.
Promise.allSettled([
  Promise.resolve(1),
  Promise.reject(new Error('no')),
  new Promise((r) => setTimeout(() => r('late'), 10)),
  'plain',
]).then((results) => {
  for (const r of results) {
    console.log(r.status, r.status === 'fulfilled' ? r.value : r.reason.message, Object.keys(r).join(','));
  }
});
