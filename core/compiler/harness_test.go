package compiler

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"enginescope/core/ast"
	bc "enginescope/core/bytecode"
	"enginescope/core/parser"
)

// compileAll parses src (CommonJS like node file mode), compiles the top level and then
// every function literal (re-parsing it as the lazy path does), and returns listings by name.
func compileAll(t testing.TB, src string, commonJS bool) (map[string]string, []string) {
	t.Helper()
	prog, err := parser.ParseScript([]byte(src), parser.Options{CommonJS: commonJS})
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	script := &bc.Script{Source: src, Name: "test.js"}
	top, err := CompileScript(prog, script)
	if err != nil {
		t.Fatalf("compile top: %v", err)
	}
	out := map[string]string{}
	var order []string
	as := bc.NewAddressSpace(0x1000)
	var buf bytes.Buffer
	bc.Disassemble(&buf, top.Bytecode, as)
	out["<top>"] = buf.String()
	order = append(order, "<top>")
	var compile func(lit *ast.FunctionLiteral)
	done := map[*ast.FunctionLiteral]bool{}
	compile = func(lit *ast.FunctionLiteral) {
		if done[lit] {
			return
		}
		done[lit] = true
		sfi := SFIFor(script, lit)
		full := lit
		if lit.Preparsed {
			f, err := parser.ParseFunction([]byte(src), lit, parser.Options{CommonJS: commonJS})
			if err != nil {
				t.Fatalf("reparse %s: %v", sfi.Name, err)
			}
			full = f
		}
		if err := CompileFunction(sfi, full); err != nil {
			t.Fatalf("compile %s: %v", sfi.Name, err)
		}
		buf.Reset()
		bc.Disassemble(&buf, sfi.Bytecode, as)
		name := sfi.Name
		if name == "" {
			name = fmt.Sprintf("<anon@%d>", lit.Start)
		}
		out[name] = buf.String()
		order = append(order, name)
		ast.Inspect(full, func(n ast.Node) bool {
			if f, ok := n.(*ast.FunctionLiteral); ok && f != full {
				compile(f)
				return false
			}
			return true
		})
	}
	ast.Inspect(prog, func(n ast.Node) bool {
		if f, ok := n.(*ast.FunctionLiteral); ok && f != prog.Wrapper {
			compile(f)
			return false
		}
		return true
	})
	return out, order
}

func TestHarnessAdd(t *testing.T) {
	out, _ := compileAll(t, "function add(x,y){var z=x+y;return z}\nadd(1,2);\n", true)
	got := bc.NormalizeListing(out["add"])
	t.Log("\n" + out["<top>"] + "\n" + out["add"])
	want := `   24 S> 0x… @    0 : XX 04             Ldar a1
   25 E> 0x… @    2 : XX 03 00          Add a0, FBV[0]
         0x… @    5 : XX                Star0
   36 S> 0x… @    6 : XX                Return`
	if !strings.Contains(got, want) {
		t.Errorf("add listing:\n%s", got)
	}
}

func TestShow(t *testing.T) {
	src := os.Getenv("SHOW_SRC")
	if src == "" {
		t.Skip()
	}
	out, order := compileAll(t, src, true)
	for _, n := range order {
		if f := os.Getenv("SHOW_FN"); f != "" && f != n {
			continue
		}
		t.Log("\n" + out[n])
	}
}
