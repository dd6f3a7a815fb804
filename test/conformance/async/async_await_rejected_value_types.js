// Awaiting rejected promises with different reasons.
(async () => {
  for (const reason of [new TypeError('type'), 'string', 0, null, undefined, { o: 1 }]) {
    try {
      await Promise.reject(reason);
    } catch (e) {
      console.log(typeof e, e instanceof Error ? e.name : String(e));
    }
  }
})();
