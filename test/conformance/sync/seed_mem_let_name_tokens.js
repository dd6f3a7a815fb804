// Seed: 001_d6aec9cc0a2b889d.txt, 八 §3 描述一下 V8 执行一段 JS 代码的过程？ (the tokens/AST example).
let name = 'sanyuan'
console.log(name)
