// A return (or throw) in finally overrides the try/catch completion.
function returnsFromFinally() {
  try {
    return 'from try';
  } finally {
    return 'from finally';
  }
}
console.log(returnsFromFinally());

function finallyWithoutReturn() {
  let x = 'initial';
  try {
    return x;
  } finally {
    x = 'changed in finally';
    console.log('finally ran, x =', x);
  }
}
console.log(finallyWithoutReturn());

function swallowsError() {
  try {
    throw new Error('lost');
  } finally {
    return 'error swallowed';
  }
}
console.log(swallowsError());

function replacesError() {
  try {
    throw new Error('original');
  } catch (e) {
    throw new Error('from catch');
  } finally {
    throw new Error('from finally');
  }
}
try {
  replacesError();
} catch (e) {
  console.log(e.message);
}

function order() {
  const log = [];
  const f = () => {
    try {
      log.push('try');
      return log.push('return expression evaluated');
    } finally {
      log.push('finally');
    }
  };
  const r = f();
  return [r, log];
}
console.log(order());

function breakInFinally() {
  for (;;) {
    try {
      return 'never returned';
    } finally {
      break;
    }
  }
  return 'after loop';
}
console.log(breakInFinally());
