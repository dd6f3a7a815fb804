// NaN and -0: how they compare, print and propagate.
console.log(NaN === NaN, Object.is(NaN, NaN), isNaN('abc'), Number.isNaN('abc'), [NaN].includes(NaN), [NaN].indexOf(NaN));
console.log(0 / 0, Math.sqrt(-1), parseInt('x'), Number(undefined), NaN + 1, typeof NaN);
console.log(-0 === 0, Object.is(-0, 0), 1 / -0, 1 / 0, -0 + 0, 0 * -1, -0 - 0);
console.log(String(-0), (-0).toString(), `${-0}`, JSON.stringify(-0), JSON.stringify([-0]), -0);
console.log([-0], { z: -0 });
console.log(Math.round(-0.4), Math.sign(-0), Math.min(0, -0), Math.max(-0, 0), Math.abs(-0));
console.log(new Set([0, -0, NaN, NaN]).size, [0, -0].indexOf(-0), [-0].includes(0));
const m = new Map([[-0, 'zero']]);
console.log(m.get(0), Object.is([...m.keys()][0], 0));
