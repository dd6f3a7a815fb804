package bench

// The inline-cache pair: the same loop loads o.x at one site from objects of one shape
// (monomorphic: the IC's cached field offset answers) or of six shapes (megamorphic: every load
// takes the full lookup). Only the shapes differ.
func init() {
	Programs = append(Programs,
		Program{Name: "LoadMonomorphic1e6", Source: icLoadSource(`{ x: i, a: 0 }`), Check: "500001999996"},
		Program{Name: "LoadMegamorphic1e6", Source: icLoadSource(`[{ x: i, a: 0 }, { x: i, b: 0 }, { x: i, c: 0 }, { x: i, d: 0 }, { x: i, e: 0 }, { x: i, f: 0 }][i]`), Check: "500001999996"},
	)
}

func icLoadSource(make string) string {
	return `function loadX(o) { return o.x }
function run() {
  const objs = [];
  for (let i = 0; i < 6; i++) objs.push(` + make + `);
  let total = 0;
  for (let i = 0; i < 1e6; i++) total += loadX(objs[i % 6]) + i;
  return total;
}
var result = run();`
}
