// Package bench compares EngineScope's interpreter with goja (the fastest Go JS interpreter) in
// one process on one machine. `make bench` runs the benchmarks and prints each time ratio.
package bench

// Program is one benchmark workload. Each keeps its work in function locals (registers in
// EngineScope, stack slots in goja) and stores the answer in the global `result`; Check is the
// value both engines must produce, so a benchmark can never time a broken run.
type Program struct {
	Name   string
	Source string
	Check  string
}

// Programs are the workloads named in the Foundation issue.
var Programs = []Program{
	{
		Name: "Fib27",
		Source: `function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) }
var result = fib(27);`,
		Check: "196418",
	},
	{
		Name: "SumLoop1e7",
		Source: `function sum() { let s = 0; for (let i = 0; i < 1e7; i++) { s += i } return s }
var result = sum();`,
		Check: "49999995000000",
	},
	{
		Name: "PointAlloc1e6",
		Source: `function points() {
  let total = 0;
  for (let i = 0; i < 1e6; i++) { const p = { x: i, y: 1 }; total += p.x + p.y }
  return total;
}
var result = points();`,
		Check: "500000500000",
	},
	{
		Name: "ClosureCounter1e6",
		Source: `function makeCounter() { let count = 0; return function () { count++; return count } }
function countUp() {
  const counter = makeCounter();
  let last = 0;
  for (let i = 0; i < 1e6; i++) { last = counter() }
  return last;
}
var result = countUp();`,
		Check: "1000000",
	},
}
