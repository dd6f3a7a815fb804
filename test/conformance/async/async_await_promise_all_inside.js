// await Promise.all of async functions started together.
const job = async (name, ms) => {
  console.log('start', name);
  await new Promise((r) => setTimeout(r, ms));
  console.log('end', name);
  return name.toUpperCase();
};
(async () => {
  const results = await Promise.all([job('a', 60), job('b', 20), job('c', 40)]);
  console.log(results.join(','));
})();
