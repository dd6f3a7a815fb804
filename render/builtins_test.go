package render_test

import (
	"strings"
	"testing"

	"enginescope/core/engine"
	"enginescope/render"
)

// In the browser the script's receiver is drawn as window with its built-ins folded into one
// line, and objects the run did not allocate are marked built-in; the program's own are not.
func TestBuiltinsCollapsed(t *testing.T) {
	src := "const o = { a: 1 };\nconst arr = Array(3);\nconsole.log(o.a, arr.length);\n"
	m := record(t, src, "browser", engine.HeapOptions{})
	tl := render.NewTimeline(m, []byte(src))
	st := tl.SeekStep(tl.TotalSteps() - 3)
	texts := func(host string) string {
		var b strings.Builder
		for _, x := range render.Layout(st, render.LayoutOptions{W: 1400, H: 900, Scale: 1, Host: host}).Texts {
			b.WriteString(x.Str + "\n")
		}
		return b.String()
	}
	got := texts("browser")
	for _, want := range []string{"window (global", "+ built-ins (Object, Array", "Object  (built-in)\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("browser layout lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "JSObject  (built-in)") {
		t.Errorf("the program's own object is marked built-in:\n%s", got)
	}
	if strings.Contains(texts("node"), "window (global object)") {
		t.Errorf("a Node run has no window")
	}
}
