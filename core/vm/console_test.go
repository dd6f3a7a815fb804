package vm

import (
	"strings"
	"testing"
)

// consoleRun installs a host console whose output is captured per stream.
type consoleRun struct {
	*vb
	console        *Object
	stdout, stderr strings.Builder
}

func newConsoleRun(host string) *consoleRun {
	r, b := newInspectRuntime()
	c := &consoleRun{vb: b}
	r.Console = func(level, text string) {
		if ConsoleLevelIsStderr(level) {
			c.stderr.WriteString(text + "\n")
		} else {
			c.stdout.WriteString(text + "\n")
		}
	}
	c.console = r.InstallConsole(host)
	return c
}

// call runs console[method](...args).
func (c *consoleRun) call(method string, args ...any) {
	c.r.Call(c.r.GetStr(c.console, method), ObjectValue(c.console), vals(c.vb, args...)...)
}

// TestNodeConsoleRecorded runs console programs recorded from Node 26 (testdata/inspect/record.js).
func TestNodeConsoleRecorded(t *testing.T) {
	rec := loadRecorded(t)
	for _, rc := range rec.Console {
		prog, ok := nodeConsolePrograms[rc.Name]
		if !ok {
			t.Errorf("no Go program for recorded console case %q", rc.Name)
			continue
		}
		t.Run(rc.Name, func(t *testing.T) {
			c := newConsoleRun("node")
			prog(c)
			if got := c.stdout.String(); got != rc.Stdout {
				t.Errorf("%s\nstdout got:\n%s\nwant:\n%s", rc.JS, got, rc.Stdout)
			}
			if got := c.stderr.String(); got != rc.Stderr {
				t.Errorf("%s\nstderr got:\n%s\nwant:\n%s", rc.JS, got, rc.Stderr)
			}
		})
	}
}

var nodeConsolePrograms = map[string]func(c *consoleRun){
	"count": func(c *consoleRun) {
		c.call("count")
		c.call("count")
		c.call("count", "a")
		c.call("countReset")
		c.call("count")
		c.call("count", 1)
	},
	"group": func(c *consoleRun) {
		c.call("group")
		c.call("log", "a\nb")
		c.call("group", "x", 1)
		c.call("log", c.obj("a", 1, "b", c.arr(1, 2)))
		c.call("groupEnd")
		c.call("groupEnd")
		c.call("groupEnd")
		c.call("log", "c")
		c.call("groupCollapsed", "g")
		c.call("error", "e")
		c.call("groupEnd")
	},
	"assert": func(c *consoleRun) {
		c.call("assert", true, "no")
		c.call("assert", false)
		c.call("assert", false, c.obj("a", 1), 2)
		c.call("assert", 0, "%s!", "y")
		c.call("assert", nil, "x", 1)
	},
	"dir": func(c *consoleRun) {
		c.call("dir", c.obj("a", c.obj("b", c.obj("c", c.obj("d", 1)))), c.obj("depth", 0))
		c.call("dir", "s")
		c.call("dir", c.obj("a", c.obj("b", c.obj("c", c.obj("d", c.obj("e", 1))))), c.obj("depth", nil))
		c.call("dir", c.arr(1, 2), c.obj("showHidden", true))
	},
	"levels": func(c *consoleRun) {
		for i, m := range []string{"log", "info", "debug", "warn", "error", "dirxml"} {
			c.call(m, i+1)
		}
		c.call("log")
	},
	"table objects":    func(c *consoleRun) { c.call("table", c.arr(c.obj("a", 1, "b", "x"), c.obj("a", 2))) },
	"table primitives": func(c *consoleRun) { c.call("table", c.arr(1, "a", c.obj("x", 1))) },
	"table arrays":     func(c *consoleRun) { c.call("table", c.arr(c.arr(1, 2), c.arr(3, 4, 5))) },
	"table nested": func(c *consoleRun) {
		c.call("table", c.obj("a", c.obj("x", 1, "y", 2), "b", c.obj("y", 3, "z", c.arr(1, 2, 3, 4))))
	},
	"table map":   func(c *consoleRun) { c.call("table", c.mapOf("k", c.obj("v", 1), 2, "s")) },
	"table set":   func(c *consoleRun) { c.call("table", c.setOf(1, "two")) },
	"table props": func(c *consoleRun) { c.call("table", c.arr(c.obj("a", 1, "b", 2), c.obj("a", 3, "b", 4)), c.arr("b")) },
	"table deep": func(c *consoleRun) {
		c.call("table", c.arr(c.obj("a", c.obj("p", 1, "q", 2, "r", 3), "b", c.arr(1, 2, 3, 4, 5))))
	},
	"table primitive arg": func(c *consoleRun) {
		c.call("table", 5)
		c.call("table", "x")
		c.call("table", c.arr())
		c.call("table", c.obj())
	},
	"table wide chars":  func(c *consoleRun) { c.call("table", c.arr(c.obj("中文", "é"))) },
	"table index order": func(c *consoleRun) { c.call("table", c.arr(c.obj("b", 1, "10", 2, "a", 3, "2", 4))) },
}

func TestConsoleTime(t *testing.T) {
	now := 0.0
	saved := ConsoleClockHook
	ConsoleClockHook = func(r *Runtime) float64 { return now }
	defer func() { ConsoleClockHook = saved }()
	c := newConsoleRun("node")
	c.call("time")
	now = 0.1234
	c.call("timeLog", Undefined, 1, c.obj("b", 2))
	now = 2500
	c.call("timeEnd")
	c.call("time", "long")
	now += 3723004.5
	c.call("timeEnd", "long")
	c.call("timeEnd", "nope")
	want := "default: 0.123ms 1 { b: 2 }\ndefault: 2.500s\nlong: 1:02:03.005 (h:mm:ss.mmm)\n"
	if got := c.stdout.String(); got != want {
		t.Errorf("stdout got:\n%s\nwant:\n%s", got, want)
	}
	wantErr := "(node:1) Warning: No such label 'nope' for console.timeEnd()\n(Use `node --trace-warnings ...` to show where the warning was created)\n"
	if got := c.stderr.String(); got != wantErr {
		t.Errorf("stderr got:\n%s\nwant:\n%s", got, wantErr)
	}
}

func TestFormatConsoleTime(t *testing.T) {
	for ms, want := range map[float64]string{
		0: "0ms", 0.01: "0.01ms", 1.23456: "1.235ms", 999.9994: "999.999ms", 1000: "1.000s", 59999: "59.999s",
		60000: "1:00.000 (m:ss.mmm)", 61234.5: "1:01.234 (m:ss.mmm)", 3600000: "1:00:00.000 (h:mm:ss.mmm)",
	} {
		if got := formatConsoleTime(ms); got != want {
			t.Errorf("formatConsoleTime(%v) = %q, want %q", ms, got, want)
		}
	}
}

func TestConsoleObjectShape(t *testing.T) {
	c := newConsoleRun("node")
	r := c.r
	d, ok := r.GetOwnPropertyDescriptor(r.Global, StrKey("console"))
	if !ok || d.Enumerable || !d.Writable || !d.Configurable {
		t.Fatalf("globalThis.console descriptor %+v", d)
	}
	var names []string
	for _, k := range r.OwnKeys(c.console) {
		if !k.IsIndex() && !k.Prop().IsSymbol() {
			names = append(names, k.String())
			if l := r.GetStr(r.GetStr(c.console, k.String()).Object(), "length"); l.Num() != 0 {
				t.Errorf("console.%s.length = %v", k, l.Num())
			}
		}
	}
	want := "log info debug warn error dir time timeEnd timeLog trace assert clear count countReset group groupEnd table dirxml groupCollapsed profile profileEnd timeStamp"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("console keys\n got %s\nwant %s", got, want)
	}
	if got := r.Inspect(r.GetStr(c.console, "log"), DefaultInspectOptions()); got != "[Function: log]" {
		t.Errorf("console.log inspects as %s", got)
	}
}

func TestBrowserConsoleShape(t *testing.T) {
	c := newConsoleRun("browser")
	var names []string
	for _, k := range c.r.OwnKeys(c.console) {
		if !k.IsIndex() && !k.Prop().IsSymbol() {
			names = append(names, k.String())
		}
	}
	want := "debug error info log warn dir dirxml table trace group groupCollapsed groupEnd clear count countReset assert profile profileEnd time timeLog timeEnd timeStamp"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("console keys\n got %s\nwant %s", got, want)
	}
}
