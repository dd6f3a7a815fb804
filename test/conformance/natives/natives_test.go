package natives

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const expectedDir = "../expected/natives"

// A Smi prints its own value in hex ("DebugPrint: Smi: 0x2a (42)"): data, not an address.
// "(0x…)" is a double's bit pattern ("1.5 (0x3ff8000000000000)"), except in a field type "Class(0x…)".
var address = regexp.MustCompile(`(^|[^(]|Class\()0x[0-9a-f]+`)
var smiReport = regexp.MustCompile(`(?m)^DebugPrint: Smi: 0x[0-9a-f]+ `)

// TestCorpus checks that every program has its recordings and that no recording is orphaned.
func TestCorpus(t *testing.T) {
	progs, err := List(".")
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) < 80 {
		t.Errorf("%d programs, want at least 80", len(progs))
	}
	known := map[string]bool{"VERSIONS": true}
	ic := 0
	for _, p := range progs {
		e, err := ReadExpected(expectedDir, p)
		if err != nil {
			t.Errorf("%s: %v", p.Name, err)
			continue
		}
		for _, ext := range AllExtensions {
			known[p.Name+ext] = true
		}
		if p.IC {
			ic++
			if !strings.Contains(e.IC, "IC,") {
				t.Errorf("%s.ic has no IC line", p.Name)
			}
		}
		if p.DebugPrint && !strings.Contains(e.DebugPrint, "DebugPrint: [") {
			t.Errorf("%s.debugprint has no report", p.Name)
		}
		// (a double element prints its bits in parentheses: "1.5 (0x3ff8000000000000)")
		if address.MatchString(e.IC + smiReport.ReplaceAllString(e.DebugPrint, "") + e.Opt) {
			t.Errorf("%s: an address survived normalization", p.Name)
		}
	}
	if ic < 10 {
		t.Errorf("%d programs record --log-ic, want at least 10", ic)
	}
	files, _ := filepath.Glob(filepath.Join(expectedDir, "*"))
	for _, f := range files {
		if !known[filepath.Base(f)] {
			t.Errorf("orphaned recording %s", f)
		}
	}
}

func TestList(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.js"), []byte("// what it shows\n// record: ic, opt\nfoo();\n// record: debugprint\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.js"), []byte("// record: debugprint\n"), 0o644)
	progs, err := List(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) != 2 {
		t.Fatalf("got %d programs", len(progs))
	}
	a, b := progs[0], progs[1]
	if !a.IC || !a.Opt || a.DebugPrint {
		t.Errorf("a: %+v (the directive after code must be ignored)", a)
	}
	if got := strings.Join(a.Extensions(), " "); got != ".stdout .ic .opt" {
		t.Errorf("a extensions %q", got)
	}
	if !b.DebugPrint || b.IC {
		t.Errorf("b: %+v", b)
	}
	os.WriteFile(filepath.Join(dir, "c.js"), []byte("// record: bogus\n"), 0o644)
	if _, err := List(dir); err == nil {
		t.Error("unknown record value accepted")
	}
}

func TestNormalizeICLog(t *testing.T) {
	const path = "/w/natives/p.js"
	log := strings.Join([]string{
		"v8-version,14,6,0,0,,0",
		"code-creation,Builtin,2,0,0x1000,100,LoadIC",
		"code-creation,JS,10,5,0x2000,67, /w/natives/p.js:1:1,0x9000,~",
		"code-creation,JS,10,6,0x3000,5,loadX /w/natives/p.js:1:15,0x9100,~",
		"code-creation,JS,10,7,0x4000,50,other /w/natives/p.js2:1:1,0x9200,~",
		"StoreIC,0x1010,10,414,29,X,X,0x000000000000,encoding,,",
		"StoreIC,0x2010,11,3,5,X,X,0x000000000000,y,,",
		"LoadIC,0x3000,12,2,12,0,1,0x0000abc1,x,,",
		"LoadIC,0x3002,13,2,12,1,P,0x0000abd1,x,,",
		"LoadIC,0x4001,14,2,12,0,1,0x0000abc1,x,,",
		"KeyedLoadIC,0x2020,15,4,11,0,1,0x0000abc1,0,.OOB,",
		"LoadIC,0x2021,16,5,19,0,1,0x0000abe1,symbol(\"Symbol.iterator\" hash 19d909b0),,",
		"code-creation,JS,10,17,0x3000,5,user node:internal/x:1:1,0x9300,~",
		"LoadIC,0x3001,18,2,12,P,N,0x0000abf1,x,,",
		"code-move,0x2000,0x5000",
		"LoadIC,0x5001,19,7,1,0,1,0x0000abd1,z,,",
		"LoadIC,0x2001,20,7,1,0,1,0x0000abd1,z,,",
		"",
	}, "\n")
	got, err := NormalizeICLog(log, path)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		"StoreIC,3,5,X,X,map#0,y,,",
		"LoadIC,2,12,0,1,map#1,x,,",
		"LoadIC,2,12,1,P,map#2,x,,",
		"KeyedLoadIC,4,11,0,1,map#1,0,.OOB,",
		"LoadIC,5,19,0,1,map#3,symbol(\"Symbol.iterator\"),,",
		"LoadIC,7,1,0,1,map#2,z,,",
		"",
	}, "\n")
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestNormalizeDebugPrint(t *testing.T) {
	in := `before
DebugPrint: 0x3a7b1556d301: [JS_OBJECT_TYPE]
 - map: 0x2ca5427aebd9 <Map[40](HOLEY_ELEMENTS)> [FastProperties]
 - prototype: 0x05f449d09a19 <Object map = 0xb2412b39c79>
 - elements: 0x05fc33280dd1 <FixedArray[0]> [HOLEY_ELEMENTS]
 - properties: 0x05fc33280dd1 <FixedArray[0]>
 - All own properties (excluding elements): {
    0x5fc33285819: [String] in ReadOnlySpace: #x: 100 (const data field 0, attrs: [WEC]) @ Any, location: in-object
 }
0x2ca5427aebd9: [Map] in OldSpace
 - map: 0x0b2412b391b1 <MetaMap (0x0b2412b39241 <NativeContext[306]>)>
 - type: JS_OBJECT_TYPE
 - back pointer: 0x02ca5427aeb91 <Map[40](HOLEY_ELEMENTS)>
 - prototype_validity_cell: 0x05fc33281351 <Cell value= [cleared]>
 - instance descriptors (own) #1: 0x3a7b1556d361 <DescriptorArray[1]>
 - transitions #2: 0x2f60669e5bf9 <TransitionArray[7]>
   Transitions #2:
     0x1b910cbe0ab9: [String] in OldSpace: #a: (transition to (const data field, attrs: [WEC]) @ Any) -> 0x15c494448369 <Map[56](HOLEY_ELEMENTS)>
     0x1b910cbde5f9: [String] in OldSpace: #b: (transition to (const data field, attrs: [WEC]) @ Any) -> 0x15c4944488c1 <Map[56](HOLEY_ELEMENTS)>
   Prototype transitions #2: 0x15c494445bb1 <WeakFixedArray[3]>
 - prototype: 0x05f449d09a19 <Object map = 0x0b2412b39c79>
 - constructor: 0x0b5c7f0be8f9 <JSFunction Object (sfi = 0x1d6b605482e1)>
 - dependent code: 0x05fc33280df1 <Other heap object (WEAK_ARRAY_LIST_TYPE)>
 - construction counter: 0

DebugPrint: 0xdaf17cad489: [JS_OBJECT_TYPE]
 - map: 0x12decad6ed31 <Map[56](HOLEY_ELEMENTS)> [DictionaryProperties]
 - All own properties (excluding elements): {
   m: 0x12decad6ed79 <JSFunction F.m (sfi = 0x12decad6e5c1)> (data, dict_index: 2, attrs: [WEC])
   constructor: 0x0daf17cad1a9 <JSFunction F (sfi = 0x12decad6e579)> (data, dict_index: 1, attrs: [W_C])
 }
0x12decad6ed31: [Map] in OldSpace
 - prototype info: 0
 - construction counter: 0

after
`
	want := `before
DebugPrint: [JS_OBJECT_TYPE]
 - map: map#1 <Map[40](HOLEY_ELEMENTS)> [FastProperties]
 - prototype: <Object map = map#2>
 - elements: <FixedArray[0]> [HOLEY_ELEMENTS]
 - properties: <FixedArray[0]>
 - All own properties (excluding elements): {
    #x: 100 (const data field 0, attrs: [WEC]) @ Any, location: in-object
 }
map#1: [Map]
 - type: JS_OBJECT_TYPE
 - back pointer: map#3 <Map[40](HOLEY_ELEMENTS)>
 - instance descriptors (own) #1: <DescriptorArray[1]>
 - prototype: <Object map = map#2>
 - constructor: <JSFunction Object>
 - construction counter: 0

DebugPrint: [JS_OBJECT_TYPE]
 - map: map#4 <Map[56](HOLEY_ELEMENTS)> [DictionaryProperties]
 - All own properties (excluding elements): {
   constructor: <JSFunction F> (data, dict_index: 1, attrs: [W_C])
   m: <JSFunction F.m> (data, dict_index: 2, attrs: [WEC])
 }
map#4: [Map]
 - construction counter: 0

after
`
	if got := NormalizeDebugPrint(in); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestNormalizeOpt(t *testing.T) {
	src := "function loadX(o) { return o.x; }\nconst f = (a) => a;\n"
	in := `[manually marking 0x094f9382d3e1 <JSFunction loadX (sfi = 0x1be5a5cae791)> for optimization to TURBOFAN_JS, ConcurrencyMode::kSynchronous]
[compiling method 0x094f9382d3e1 <JSFunction loadX (sfi = 0x1be5a5cae791)> (target TURBOFAN_JS), mode: ConcurrencyMode::kSynchronous]
[completed compiling 0x094f9382d3e1 <JSFunction loadX (sfi = 0x1be5a5cae791)> (target TURBOFAN_JS) - took 0.395, 6.881, 0.078 ms]
[marking 0x0308a1cac981 <JSFunction (sfi = 0x190efbcee679)> for optimization to MAGLEV, ConcurrencyMode::kConcurrent, reason: hot and stable]
[marking 0x0308a1cac9c1 <JSFunction readFile (sfi = 0x190efbcee6a9)> for optimization to MAGLEV, ConcurrencyMode::kConcurrent, reason: hot and stable]
3
[bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x094f9382d3e1 <JSFunction loadX (sfi = 0x1be5a5cae791)>, 0x3246e12b01f9 <Code TURBOFAN_JS>, opt id 0, bytecode offset 0, deopt exit 1, FP to SP delta 32, caller SP 0x7ffde6d9e180, pc 0x7fab530029cc]
[marking 0x0308a1cac9e1 <JSFunction f (sfi = 0x190efbcee6b9)> for optimization to MAGLEV, ConcurrencyMode::kConcurrent, reason: hot and stable]
4
`
	want := `[manually marking <JSFunction loadX> for optimization to TURBOFAN_JS, ConcurrencyMode::kSynchronous]
[compiling method <JSFunction loadX> (target TURBOFAN_JS), mode: ConcurrencyMode::kSynchronous]
[completed compiling <JSFunction loadX> (target TURBOFAN_JS)]
3
[bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing <JSFunction loadX>, <Code TURBOFAN_JS>, bytecode offset 0]
[marking <JSFunction f> for optimization to MAGLEV, ConcurrencyMode::kConcurrent, reason: hot and stable]
4
`
	if got := NormalizeOpt(in, src); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
