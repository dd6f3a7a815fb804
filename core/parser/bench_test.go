package parser

import (
	"fmt"
	"strings"
	"testing"
)

// syntheticSource builds a ~100 KB script exercising most of the grammar.
func syntheticSource() []byte {
	var b strings.Builder
	for i := 0; b.Len() < 100_000; i++ {
		fmt.Fprintf(&b, `// block %[1]d
var v%[1]d = %[1]d * 2 + 0x1F - 1_000 / 3.5e2, s%[1]d = 'str\n%[1]d' + "dq" + `+"`t${v%[1]d}x`"+`;
function f%[1]d(a, b = 1, ...rest) {
  let sum = 0;
  for (let i = 0; i < rest.length; i++) { sum += rest[i] ?? 0; }
  const o = { a, b, [s%[1]d]: sum, m() { return this.a; }, get g() { return b; } };
  if (a > b && !o.m?.()) { return (x) => x + a; } else if (a === 0) { throw new Error("e"); }
  switch (typeof a) { case "number": break; default: sum = -sum; }
  try { sum = JSON.parse("1"); } catch ({ message }) { sum = message.length; } finally { sum |= 0; }
  return [...rest, sum].map(v => v * 2).filter(Boolean).reduce((p, c) => p + c, 0);
}
class C%[1]d extends Object { #p = %[1]d; static s = 1; constructor(x) { super(); this.x = x; } get p() { return this.#p; } static { C%[1]d.s++; } }
const re%[1]d = /ab+c[\d]*/gi, big%[1]d = 123n;
`, i)
	}
	return []byte(b.String())
}

func BenchmarkParseScript100KB(b *testing.B) {
	src := syntheticSource()
	if _, err := ParseScript(src, Options{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseScript(src, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseScript100KBEager(b *testing.B) {
	src := syntheticSource()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseScript(src, Options{Eager: true}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestSyntheticSourceParses(t *testing.T) {
	src := syntheticSource()
	prog, err := ParseScript(src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(src) < 100_000 || len(prog.Functions) == 0 {
		t.Fatal("synthetic source")
	}
}
