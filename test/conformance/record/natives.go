package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"enginescope/test/conformance/natives"
)

var (
	flagNatives = flag.Bool("natives", false, "record the hidden-class/IC corpus (natives/*.js with --allow-natives-syntax) into expected/natives instead of sync/")
	flagRuns    = flag.Int("runs", 3, "natives: run every program this many times; a program is recorded only if all runs agree")
)

// recordNatives records test/conformance/natives/*.js (see natives/README.md): for each program
// `node --allow-natives-syntax FILE.js` gives NAME.stdout (or NAME.debugprint), NAME.stderr,
// NAME.exitcode; programs marked "// record: ic" also get NAME.ic from a --log-ic run, and
// "// record: opt" NAME.opt from a --trace-opt --trace-deopt run. Every run is repeated -runs
// times; a program whose artifacts differ between runs is reported and not written.
func recordNatives(confDir string) {
	progs, err := natives.List(filepath.Join(confDir, "natives"))
	check(err)
	var filter *regexp.Regexp
	if *flagRun != "" {
		filter = regexp.MustCompile(*flagRun)
	}
	dir := filepath.Join(confDir, "expected/natives")
	check(os.MkdirAll(dir, 0o755))
	v, err := exec.Command(*flagNode, "--version").Output()
	check(err)
	version := strings.TrimSpace(string(v))
	failed, n := 0, 0
	for _, p := range progs {
		if filter != nil && !filter.MatchString(p.Name) {
			continue
		}
		n++
		var first map[string]string
		var unstable []string
		for run := 0; run < *flagRuns; run++ {
			got, err := runNatives(p)
			if err != nil {
				fmt.Fprintf(os.Stderr, "natives %s: %v\n", p.Name, err)
				failed++
				unstable = nil
				first = nil
				break
			}
			if first == nil {
				first = got
				continue
			}
			for _, ext := range natives.AllExtensions {
				if got[ext] != first[ext] {
					unstable = append(unstable, fmt.Sprintf("%s differs in run %d: %s", ext, run+1, firstDiff(first[ext], got[ext])))
				}
			}
		}
		if first == nil {
			continue
		}
		if len(unstable) > 0 {
			fmt.Fprintf(os.Stderr, "natives %s: unstable, not recorded:\n  %s\n", p.Name, strings.Join(unstable, "\n  "))
			failed++
			continue
		}
		check(writeNatives(dir, p.Name, first))
	}
	if filter == nil {
		pruneNatives(dir, progs)
	}
	check(os.WriteFile(filepath.Join(dir, "VERSIONS"), []byte(fmt.Sprintf("node: %s\nflags: %s\n",
		version, strings.Join(natives.NodeFlags, " "))), 0o644))
	fmt.Printf("natives: recorded %d programs with %s (%d runs each)\n", n-failed, version, *flagRuns)
	if failed > 0 {
		fmt.Fprintf(os.Stderr, "%d programs failed or were unstable\n", failed)
		os.Exit(1)
	}
}

// runNatives runs one program once in every mode it needs and returns its artifacts by
// extension ("" = not written).
func runNatives(p natives.Program) (map[string]string, error) {
	out := map[string]string{}
	stdout, stderr, code, err := runNode(p, nil)
	if err != nil {
		return nil, err
	}
	stdout = natives.ReplacePath(stdout, p.Path)
	if p.DebugPrint {
		out[".debugprint"] = natives.NormalizeDebugPrint(stdout)
	} else {
		out[".stdout"] = stdout
	}
	out[".stderr"] = natives.ReplacePath(stderr, p.Path)
	if code != 0 {
		out[".exitcode"] = fmt.Sprintf("%d\n", code)
	}
	if p.IC {
		tmp, err := os.MkdirTemp("", "natives-ic")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(tmp)
		logfile := filepath.Join(tmp, "v8.log")
		if _, _, _, err := runNode(p, []string{"--log-ic", "--logfile=" + logfile, "--no-logfile-per-isolate"}); err != nil {
			return nil, err
		}
		data, err := os.ReadFile(logfile)
		if err != nil {
			return nil, err
		}
		if out[".ic"], err = natives.NormalizeICLog(string(data), p.Path); err != nil {
			return nil, err
		}
	}
	if p.Opt {
		stdout, _, _, err := runNode(p, []string{"--trace-opt", "--trace-deopt"})
		if err != nil {
			return nil, err
		}
		src, err := os.ReadFile(p.Path)
		if err != nil {
			return nil, err
		}
		out[".opt"] = natives.NormalizeOpt(natives.ReplacePath(stdout, p.Path), string(src))
	}
	return out, nil
}

// runNode runs `node --allow-natives-syntax EXTRA… FILE.js` with cwd natives/ and the same
// reduced environment as the sync corpus.
func runNode(p natives.Program, extra []string) (stdout, stderr string, code int, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	args := append(append(append([]string{}, natives.NodeFlags...), extra...), p.Path)
	cmd := exec.CommandContext(ctx, *flagNode, args...)
	cmd.Dir = filepath.Dir(p.Path)
	home, err := os.MkdirTemp("", "conformance-node-home")
	if err != nil {
		return "", "", 0, err
	}
	defer os.RemoveAll(home)
	cmd.Env = []string{"PATH=/usr/bin:/bin", "HOME=" + home, "TZ=UTC", "LANG=en_US.UTF-8", "LC_ALL=en_US.UTF-8"}
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ctx.Err() != nil {
			return "", "", 0, fmt.Errorf("running node: %v", err)
		}
		code = ee.ExitCode()
	}
	return o.String(), e.String(), code, nil
}

func writeNatives(dir, name string, files map[string]string) error {
	for _, ext := range natives.AllExtensions {
		path := filepath.Join(dir, name+ext)
		if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
			return err
		}
		text, ok := files[ext]
		// .stdout / .debugprint / .ic / .opt are written even when empty; .stderr and
		// .exitcode only when there is something to say.
		if !ok || (text == "" && (ext == ".stderr" || ext == ".exitcode")) {
			continue
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// pruneNatives removes expectations of programs that no longer exist.
func pruneNatives(dir string, progs []natives.Program) {
	keep := map[string]bool{"VERSIONS": true}
	for _, p := range progs {
		for _, ext := range natives.AllExtensions {
			keep[p.Name+ext] = true
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, f := range files {
		if !keep[filepath.Base(f)] {
			fmt.Printf("pruning %s\n", f)
			os.Remove(f)
		}
	}
}

// firstDiff describes the first differing line of two texts.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d: %q vs %q", i+1, x, y)
		}
	}
	return "(equal)"
}
