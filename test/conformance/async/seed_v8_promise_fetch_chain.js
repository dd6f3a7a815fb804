// Seed: 002_c52e49598bf4ced6.txt, 四 §4.3.2 使用 Promise 解决回调地狱中编码不线性的问题 (fetch(id_url).then(…) chain).
// Added: no network here, so fetch is a local stand-in: it resolves after a timer with an object
// whose text() resolves to the id (for id_url) or to a name (for name_url?id=…).
const id_url = 'https://raw.githubusercontent.com/binaryacademy/geektime-v8/master/id';
const name_url = 'https://raw.githubusercontent.com/binaryacademy/geektime-v8/master/name';
function fetch(url) {
  console.log('fetch', url.slice(url.lastIndexOf('/') + 1));
  return new Promise((resolve) => {
    setTimeout(() => resolve({ text: () => Promise.resolve(url === id_url ? '1001' : 'name of ' + url.split('=')[1]) }), 10);
  });
}

fetch(id_url)
  .then((response) => {
    return response.text();
  })

  .then((response) => {
    let new_name_url = name_url + '?id=' + response;

    return fetch(new_name_url);
  })

  .then((response) => {
    return response.text();
  })

  .then((response) => {
    console.log(response); //输出最终的结果
  });
// Added:
console.log('chain built, nothing fetched yet');
