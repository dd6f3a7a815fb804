// Bitwise operators work on 32-bit integers.
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~~3.7, ~~-3.7);
console.log(1 << 31, 1 << 32, 1 << 33, -8 >> 1, -8 >>> 1, -1 >>> 0, 2 ** 32 + 5 | 0);
console.log(0xff & 0x0f, (0b1010).toString(2), (6 & -6), 255 >> 4, 1 << 10);
console.log('12' & 10, null | 0, undefined | 0, NaN | 0, Infinity | 0, '0x10' | 0, [] | 0, 3.9e9 | 0);
const FLAGS = { READ: 1, WRITE: 2, EXEC: 4 };
let perm = FLAGS.READ | FLAGS.EXEC;
console.log(perm, (perm & FLAGS.WRITE) !== 0, (perm & FLAGS.EXEC) !== 0);
perm ^= FLAGS.READ;
perm |= FLAGS.WRITE;
perm &= ~FLAGS.EXEC;
console.log(perm);
let shifty = 1;
shifty <<= 4;
shifty >>= 1;
shifty >>>= 1;
console.log(shifty);
console.log(5n & 3n, 5n | 8n, ~0n, 1n << 64n, -9n >> 1n);
