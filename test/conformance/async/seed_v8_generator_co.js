// Seed: 002_c52e49598bf4ced6.txt, 四 §4.3.3 使用 Generator 函数实现更加线性化逻辑 (co(getResult()): an executor drives the generator).
// Added: fetch is a local stand-in (no network) and co is a minimal version of the co library.
const id_url = 'https://raw.githubusercontent.com/binaryacademy/geektime-v8/master/id';
const name_url = 'https://raw.githubusercontent.com/binaryacademy/geektime-v8/master/name';
function fetch(url) {
  const body = url === id_url ? '1001' : 'name of ' + url.split('=')[1];
  return new Promise((resolve) => {
    setTimeout(() => resolve({ text: () => Promise.resolve(body), toString: () => 'Response(' + body + ')' }), 10);
  });
}
function co(gen) {
  return new Promise((resolve, reject) => {
    function step(method, arg) {
      let r;
      try {
        r = gen[method](arg);
      } catch (e) {
        return reject(e);
      }
      if (r.done) return resolve(r.value);
      Promise.resolve(r.value).then((v) => step('next', v), (e) => step('throw', e));
    }
    step('next');
  });
}

function* getResult() {
  let id_res = yield fetch(id_url);
  console.log(String(id_res));
  let id_text = yield id_res.text();
  console.log(id_text);

  let new_name_url = name_url + '?id=' + id_text;
  console.log(new_name_url);

  let name_res = yield fetch(new_name_url);
  console.log(String(name_res));
  let name_text = yield name_res.text();
  console.log(name_text);
}
co(getResult());
// Added:
console.log('co started');
