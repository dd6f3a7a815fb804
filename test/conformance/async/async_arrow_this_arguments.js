// An async arrow keeps the surrounding this and arguments across awaits.
function Counter() {
  this.count = 0;
  const tick = async () => {
    await null;
    this.count++;
    return arguments.length;
  };
  this.run = () => tick().then((n) => console.log('count', this.count, 'outer arguments', n));
}
new Counter(1, 2, 3).run();
const o = {
  v: 'o.v',
  async m() {
    const inner = async () => this.v;
    return await inner();
  },
};
o.m().then((v) => console.log(v));
