// Seed: 002_c52e49598bf4ced6.txt, 四 §4.3.3 使用 Generator 函数实现更加线性化逻辑 (function* getResult with yield fetch(…), driven by result.next().value.then(…)).
// Added: fetch is a local stand-in (no network); the response objects print as short strings.
const id_url = 'https://raw.githubusercontent.com/binaryacademy/geektime-v8/master/id';
const name_url = 'https://raw.githubusercontent.com/binaryacademy/geektime-v8/master/name';
function fetch(url) {
  const body = url === id_url ? '1001' : 'name of ' + url.split('=')[1];
  return new Promise((resolve) => {
    setTimeout(() => resolve({ text: () => Promise.resolve(body), toString: () => 'Response(' + body + ')' }), 10);
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

let result = getResult();
result
  .next()
  .value.then((response) => {
    return result.next(response).value;
  })
  .then((response) => {
    return result.next(response).value;
  })
  .then((response) => {
    return result.next(response).value;
  })
  .then((response) => {
    return result.next(response).value;
  });
// Added:
console.log('generator suspended at the first yield');
