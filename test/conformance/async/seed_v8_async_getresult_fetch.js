// Seed: 002_c52e49598bf4ced6.txt, 四 §4.3.4 async/await：异步编程的 "终极" 方案 (async function getResult with await fetch(…) and try/catch).
// Added: fetch is a local stand-in (no network).
const id_url = 'https://raw.githubusercontent.com/binaryacademy/geektime-v8/master/id';
const name_url = 'https://raw.githubusercontent.com/binaryacademy/geektime-v8/master/name';
function fetch(url) {
  const body = url === id_url ? '1001' : 'name of ' + url.split('=')[1];
  return new Promise((resolve) => {
    setTimeout(() => resolve({ text: () => Promise.resolve(body) }), 10);
  });
}

async function getResult() {
  try {
    let id_res = await fetch(id_url);
    let id_text = await id_res.text();
    console.log(id_text);

    let new_name_url = name_url + '?id=' + id_text;
    console.log(new_name_url);

    let name_res = await fetch(new_name_url);
    let name_text = await name_res.text();
    console.log(name_text);
  } catch (err) {
    console.error(err);
  }
}
getResult();
// Added: getResult() has returned at its first await.
console.log('sync code after getResult()');
