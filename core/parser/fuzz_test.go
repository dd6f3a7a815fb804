package parser

import (
	"testing"
)

// FuzzParse: the parser must never panic (run with `go test -fuzz FuzzParse`);
// accepted sources must also re-parse every preparsed function.
func FuzzParse(f *testing.F) {
	for _, r := range loadV8Records(f) {
		f.Add(r.Src)
	}
	for _, s := range preparseSources {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, cjs := range []bool{false, true} {
			prog, err := ParseScript([]byte(src), Options{CommonJS: cjs})
			if err != nil {
				if _, ok := err.(*SyntaxError); !ok {
					t.Fatalf("error of type %T", err)
				}
				_ = err.(*SyntaxError).Format()
				continue
			}
			for _, fn := range prog.Functions {
				g, err := ParseFunction([]byte(src), fn, Options{CommonJS: cjs})
				if err != nil {
					t.Fatalf("re-parse of an accepted function failed: %v", err)
				}
				for _, h := range g.Scope.Inner {
					_ = h
				}
			}
		}
	})
}
