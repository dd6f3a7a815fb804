// Object.create: objects with a chosen prototype (or none).
const base = {
  kind: 'base',
  describe() {
    return 'I am ' + this.kind;
  },
};
const child = Object.create(base);
child.kind = 'child';
console.log(child.describe(), base.describe());
console.log(Object.getPrototypeOf(child) === base, base.isPrototypeOf(child));

const bare = Object.create(null);
bare.x = 1;
console.log(typeof bare.toString, 'x' in bare, Object.keys(bare));
try {
  String(bare);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

const withProps = Object.create(base, {
  kind: { value: 'configured', enumerable: true },
  hidden: { value: 'not enumerable' },
});
console.log(withProps.describe(), Object.keys(withProps), withProps.hidden);

const grand = Object.create(child);
console.log(grand.describe(), grand.kind);
for (const k in grand) console.log('for-in sees', k);
