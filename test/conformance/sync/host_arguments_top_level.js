// `arguments` at top level: the CommonJS wrapper's five arguments in Node, a ReferenceError in a browser.
try {
  console.log(arguments.length);
  console.log(typeof arguments[0], typeof arguments[1], typeof arguments[2]);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
