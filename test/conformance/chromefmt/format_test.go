package chromefmt

import (
	"encoding/json"
	"math"
	"testing"
)

// The inputs are Runtime.consoleAPICalled arguments as Chromium 156 sent them (taken from
// expected/browser/*.cdp.json); the outputs are what DevTools' console shows.
func TestFormatConsoleCall(t *testing.T) {
	tests := []struct {
		name string
		typ  string
		args string
		want string
	}{
		{"object with nested values", "log",
			`[{"type":"object","className":"Object","description":"Object","preview":{"type":"object","description":"Object","overflow":false,"properties":[{"name":"a","type":"number","value":"1"},{"name":"b","type":"string","value":"two"},{"name":"c","type":"object","value":"Array(3)","subtype":"array"},{"name":"d","type":"object","value":"Object"}]}}]`,
			`{a: 1, b: 'two', c: Array(3), d: {…}}`},
		{"functions and privates sort last", "log",
			`[{"type":"object","className":"Secret","description":"Secret","preview":{"type":"object","description":"Secret","overflow":false,"properties":[{"name":"#hidden","type":"number","value":"1"},{"name":"f","type":"function","value":""},{"name":"visible","type":"number","value":"2"}]}}]`,
			`Secret {visible: 2, #hidden: 1, f: ƒ}`},
		{"sparse array", "log",
			`[{"type":"object","subtype":"array","className":"Array","description":"Array(7)","preview":{"type":"object","subtype":"array","description":"Array(7)","overflow":false,"properties":[{"name":"0","type":"number","value":"1"},{"name":"1","type":"number","value":"2"},{"name":"5","type":"number","value":"6"}]}}]`,
			`(7) [1, 2, empty × 3, 6, empty]`},
		{"single element array has no length", "log",
			`[{"type":"object","subtype":"array","className":"Array","description":"Array(1)","preview":{"type":"object","subtype":"array","description":"Array(1)","overflow":false,"properties":[{"name":"0","type":"object","value":"Array(1)","subtype":"array"}]}}]`,
			`[Array(1)]`},
		{"overflowing object", "log",
			`[{"type":"object","className":"Object","description":"Object","preview":{"type":"object","description":"Object","overflow":true,"properties":[{"name":"a","type":"number","value":"1"},{"name":"b","type":"number","value":"2"}]}}]`,
			`{a: 1, b: 2, …}`},
		{"map with entries", "log",
			`[{"type":"object","subtype":"map","className":"Map","description":"Map(2)","preview":{"type":"object","subtype":"map","description":"Map(2)","overflow":false,"properties":[{"name":"size","type":"number","value":"2"}],"entries":[{"key":{"type":"object","description":"Object","overflow":false,"properties":[{"name":"a","type":"number","value":"1"}]},"value":{"type":"object","subtype":"array","description":"Array(2)","overflow":false,"properties":[]}},{"key":{"type":"string","description":"s","overflow":false,"properties":[]},"value":{"type":"object","subtype":"set","description":"Set(1)","overflow":true,"properties":[]}}]}}]`,
			`Map(2) {{…} => Array(2), 's' => Set(1)}`},
		{"empty set keeps its entries list", "log",
			`[{"type":"object","subtype":"set","className":"Set","description":"Set(0)","preview":{"type":"object","subtype":"set","description":"Set(0)","overflow":false,"properties":[{"name":"size","type":"number","value":"0"}],"entries":[]}}]`,
			`Set(0) {}`},
		{"primitives at top level", "log",
			`[{"type":"number","unserializableValue":"-0","description":"-0"},{"type":"undefined"},{"type":"object","subtype":"null","value":null},{"type":"bigint","unserializableValue":"10n","description":"10n"},{"type":"symbol","description":"Symbol(desc)"},{"type":"boolean","value":true},{"type":"string","value":"it's"}]`,
			`-0 undefined null 10n Symbol(desc) true "it's"`},
		{"strings after a format string stay raw", "log",
			`[{"type":"string","value":"count:"},{"type":"number","value":3,"description":"3"},{"type":"string","value":"items"}]`,
			`count: 3 items`},
		{"substitutions", "log",
			`[{"type":"string","value":"%s is %d, %f, %i%% %c|%o|%O"},{"type":"string","value":"Ada"},{"type":"number","value":36.7,"description":"36.7"},{"type":"number","value":1.5,"description":"1.5"},{"type":"string","value":"x"},{"type":"string","value":"color: red"},{"type":"object","className":"Object","description":"Object","preview":{"type":"object","description":"Object","overflow":false,"properties":[{"name":"a","type":"number","value":"1"}]}},{"type":"object","className":"Object","description":"Object","preview":{"type":"object","description":"Object","overflow":false,"properties":[]}},{"type":"number","value":7,"description":"7"}]`,
			`Ada is 36, 1.5, NaN% |{a: 1}|Object 7`},
		{"missing substitution stays", "log",
			`[{"type":"string","value":"%s %s"},{"type":"string","value":"one"}]`,
			`one %s`},
		{"function source", "log",
			`[{"type":"function","className":"Function","description":"function max() { [native code] }"},{"type":"function","className":"Function","description":"class B extends A {}"},{"type":"function","className":"Function","description":"(x) => x * 2"},{"type":"function","className":"Function","description":"async function af() {}"},{"type":"function","className":"Function","description":"function* gen() {}"}]`,
			`ƒ max() { [native code] } class B extends A {} (x) => x * 2 async ƒ af() {} ƒ* gen() {}`},
		{"%O of a function abbreviates", "log",
			`[{"type":"string","value":"%O"},{"type":"function","className":"Function","description":"function named(a, b) {\n  return a + b;\n}"}]`,
			`ƒ named(a, b)`},
		{"assert", "assert",
			`[{"type":"string","value":"x is %d"},{"type":"number","value":1,"description":"1"}]`,
			`Assertion failed: x is 1`},
		{"no arguments", "log", `[]`, ``},
	}
	for _, tc := range tests {
		var args []RemoteObject
		if err := json.Unmarshal([]byte(tc.args), &args); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		for i := range args {
			RestoreEmptyEntries(args[i].Preview)
		}
		if got := FormatConsoleCall(tc.typ, args); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

func TestRenderStreamsAndExceptions(t *testing.T) {
	events := `[
	 {"kind":"console","type":"log","args":[{"type":"string","value":"out"}]},
	 {"kind":"console","type":"error","args":[{"type":"string","value":"err"},{"type":"object","className":"Object","description":"Object","preview":{"type":"object","description":"Object","overflow":false,"properties":[{"name":"code","type":"number","value":"7"}]}}]},
	 {"kind":"console","type":"warning","args":[{"type":"string","value":"warn"}]},
	 {"kind":"console","type":"info","args":[{"type":"string","value":"info"}]},
	 {"kind":"exception","exceptionDetails":{"text":"Uncaught","lineNumber":4,"columnNumber":15,"url":"<FILE>","exception":{"type":"object","subtype":"error","className":"TypeError","description":"TypeError: Cannot read properties of undefined (reading 'property')\n    at failing (<FILE>:5:16)"}}},
	 {"kind":"exception","exceptionDetails":{"text":"Uncaught","exception":{"type":"object","className":"Object","description":"Object","preview":{"type":"object","description":"Object","overflow":false,"properties":[{"name":"code","type":"number","value":"42"}]}}}},
	 {"kind":"exception","exceptionDetails":{"text":"Uncaught","exception":{"type":"string","value":"thrown string"}}}
	]`
	var evs []Event
	if err := json.Unmarshal([]byte(events), &evs); err != nil {
		t.Fatal(err)
	}
	out, errText := Render(evs)
	if want := "out\ninfo\n"; out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
	want := "err {code: 7}\nwarn\n" +
		"Uncaught TypeError: Cannot read properties of undefined (reading 'property')\n" +
		"Uncaught {code: 42}\n" +
		"Uncaught thrown string\n"
	if errText != want {
		t.Errorf("stderr %q, want %q", errText, want)
	}
}

func TestFormatAsJSLiteral(t *testing.T) {
	for in, want := range map[string]string{
		"plain":             `'plain'`,
		"it's":              `"it's"`,
		`both ' and "`:      "`both ' and \"`",
		"all ' \" ` quotes": `'all \' " ` + "`" + ` quotes'`,
		"new\nline\ttab":    `'new\nline\ttab'`,
		"back\\slash":       `'back\\slash'`,
		"\x01":              `'\x01'`,
		"<script>":          `'\x3Cscript>'`,
		"😀":                 `'😀'`,
	} {
		if got := FormatAsJSLiteral(in); got != want {
			t.Errorf("FormatAsJSLiteral(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestJSNumber(t *testing.T) {
	tenth, fifth := 0.1, 0.2 // variables: Go would add the constants exactly
	for f, want := range map[float64]string{
		0: "0", 1: "1", -1.5: "-1.5", 1e21: "1e+21", 1e20: "100000000000000000000", 1e-7: "1e-7",
		0.000001: "0.000001", 123.456: "123.456", tenth + fifth: "0.30000000000000004", 5e-324: "5e-324",
		math.Inf(-1): "-Infinity", 1.7976931348623157e308: "1.7976931348623157e+308", 2e-7: "2e-7",
	} {
		if got := jsNumber(f); got != want {
			t.Errorf("jsNumber(%v) = %s, want %s", f, got, want)
		}
	}
	if got := jsNumber(math.NaN()); got != "NaN" {
		t.Errorf("jsNumber(NaN) = %s", got)
	}
}
