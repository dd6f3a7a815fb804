// Package corpus lists the conformance programs (test/conformance/sync/*.js), the hosts each runs
// on, and reads their recorded expectations (test/conformance/expected/<host>/NAME.*). The
// recorder and the conformance test share it so that both agree on names and conventions.
package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Hosts are the hosts programs are recorded on, in report order.
var Hosts = []string{"node", "browser"}

// FilePlaceholder replaces the program's absolute path (Node) or URL (browser) in expected output.
const FilePlaceholder = "<FILE>"

// Program is one conformance program and the hosts it runs on.
type Program struct {
	Name    string // file name without ".js", e.g. "closures_counter" or "host_module.node"
	Path    string // absolute path
	Node    bool
	Browser bool
	// MaxSteps is the step budget the program needs when it is more than EngineScope's default
	// (a comment line "// max-steps: N"; real engines have no budget), else 0.
	MaxSteps int64
}

// RunsOn reports whether the program is recorded on host ("node" or "browser").
func (p Program) RunsOn(host string) bool {
	switch host {
	case "node":
		return p.Node
	case "browser":
		return p.Browser
	}
	return false
}

var (
	hostsLine    = regexp.MustCompile(`^//\s*hosts:\s*(.*)$`)
	maxStepsLine = regexp.MustCompile(`(?m)^//\s*max-steps:\s*(\d+)\b`)
)

// List returns dir/*.js sorted by name. A program runs on both hosts unless its file name ends in
// ".node.js" or ".browser.js", or its first line is a comment such as "// hosts: node" (a
// comma-separated list of hosts).
func List(dir string) ([]Program, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(abs, "*.js"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []Program
	for _, f := range files {
		base := filepath.Base(f)
		p := Program{Name: strings.TrimSuffix(base, ".js"), Path: f, Node: true, Browser: true}
		switch {
		case strings.HasSuffix(base, ".node.js"):
			p.Browser = false
		case strings.HasSuffix(base, ".browser.js"):
			p.Node = false
		}
		src, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		first, _, _ := strings.Cut(string(src), "\n")
		if m := hostsLine.FindStringSubmatch(strings.TrimSpace(first)); m != nil {
			p.Node = strings.Contains(m[1], "node")
			p.Browser = strings.Contains(m[1], "browser")
		}
		if m := maxStepsLine.FindStringSubmatch(string(src)); m != nil {
			p.MaxSteps, _ = strconv.ParseInt(m[1], 10, 64)
		}
		out = append(out, p)
	}
	return out, nil
}

// Expected is a program's recorded output on one host.
type Expected struct {
	Stdout   string
	Stderr   string // "" when NAME.stderr does not exist
	ExitCode int    // 0 when NAME.exitcode does not exist (always 0 for the browser)
}

// ReadExpected reads expectedDir/host/NAME.{stdout,stderr,exitcode}.
func ReadExpected(expectedDir, host, name string) (Expected, error) {
	var e Expected
	base := filepath.Join(expectedDir, host, name)
	out, err := os.ReadFile(base + ".stdout")
	if err != nil {
		return e, fmt.Errorf("no recording (run go run ./test/conformance/record): %w", err)
	}
	e.Stdout = string(out)
	if data, err := os.ReadFile(base + ".stderr"); err == nil {
		e.Stderr = string(data)
	}
	if data, err := os.ReadFile(base + ".exitcode"); err == nil {
		if e.ExitCode, err = strconv.Atoi(strings.TrimSpace(string(data))); err != nil {
			return e, fmt.Errorf("%s.exitcode: %w", base, err)
		}
	}
	return e, nil
}

// ReplacePath replaces a program's absolute path (and its file:// URL) with FilePlaceholder.
func ReplacePath(text, path string) string {
	text = strings.ReplaceAll(text, "file://"+path, FilePlaceholder)
	return strings.ReplaceAll(text, path, FilePlaceholder)
}
