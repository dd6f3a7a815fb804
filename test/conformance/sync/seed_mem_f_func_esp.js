// Seed: 001_d6aec9cc0a2b889d.txt, 八、JavaScript内存机制 §1 数据是如何存储的？ (func calls f; ESP moves up and down).
function f(a) {
  console.log(a);
}

function func(a) {
  f(a);
}

func(1);
