// MutationObserver callbacks are microtasks: queued at the first mutation, after promises
// queued earlier, before promises queued later.
const el = document.createElement('div');
const mo = new MutationObserver((records) => console.log('observer', records.length, records[0].type));
mo.observe(el, { attributes: true });
Promise.resolve().then(() => console.log('promise before'));
el.setAttribute('a', '1');
el.setAttribute('b', '2');
Promise.resolve().then(() => console.log('promise after'));
setTimeout(() => console.log('timer'), 0);
