// Package web is the page's static files: index.html (editor, toolbar, console, timeline),
// app.js and style.css (plain JavaScript and CSS, no framework, no build step), and viz.html, the
// iframe that loads wasm_exec.js and enginescope.wasm. `make wasm` builds the last two (they are
// git-ignored); `make serve` serves this directory. The Go code here is only tests.
package web
