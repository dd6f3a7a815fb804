// Package natives is the hidden-class / inline-cache conformance corpus: JavaScript programs
// (test/conformance/natives/*.js) run by real Node 26 with --allow-natives-syntax, whose output
// (%HaveSameMap, %HasFastProperties, %Has*Elements, …), normalized --log-ic log, normalized
// %DebugPrint output and normalized --trace-opt/--trace-deopt output were recorded into
// test/conformance/expected/natives/. It lists the programs and what is recorded for each, reads
// the expectations, and holds the normalizers, so that the recorder and EngineScope's tests turn
// V8's raw text into the same stable form. See README.md next to the programs.
package natives

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// FilePlaceholder replaces the program's absolute path in recorded output.
const FilePlaceholder = "<FILE>"

// NodeFlags are the flags every recording run passes to node before the program.
var NodeFlags = []string{"--allow-natives-syntax"}

// Program is one program and the artifacts recorded for it.
type Program struct {
	Name string // file name without ".js"
	Path string // absolute path

	// DebugPrint: the program calls %DebugPrint; its stdout is normalized with
	// NormalizeDebugPrint and stored as NAME.debugprint instead of NAME.stdout.
	DebugPrint bool
	// IC: a second run with --log-ic is normalized with NormalizeICLog into NAME.ic.
	IC bool
	// Opt: a third run with --trace-opt --trace-deopt is normalized with NormalizeOpt into NAME.opt.
	Opt bool
}

// Extensions lists the files always written for the program (NAME.stderr and NAME.exitcode are
// written only when non-empty / non-zero).
func (p Program) Extensions() []string {
	var ext []string
	if p.DebugPrint {
		ext = append(ext, ".debugprint")
	} else {
		ext = append(ext, ".stdout")
	}
	if p.IC {
		ext = append(ext, ".ic")
	}
	if p.Opt {
		ext = append(ext, ".opt")
	}
	return ext
}

// AllExtensions are the expectation file kinds, in the order the README lists them.
var AllExtensions = []string{".stdout", ".debugprint", ".stderr", ".exitcode", ".ic", ".opt"}

var recordLine = regexp.MustCompile(`^//\s*record:\s*(.*)$`)

// List returns dir/*.js sorted by name. What is recorded besides stdout is declared by a line
// such as "// record: ic, opt" (values: debugprint, ic, opt) among the comment lines that open
// the file.
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
		src, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		p := Program{Name: strings.TrimSuffix(filepath.Base(f), ".js"), Path: f}
		for _, line := range strings.Split(string(src), "\n") {
			line = strings.TrimSpace(line)
			if !strings.HasPrefix(line, "//") {
				break
			}
			m := recordLine.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			for _, v := range strings.Split(m[1], ",") {
				switch strings.TrimSpace(v) {
				case "debugprint":
					p.DebugPrint = true
				case "ic":
					p.IC = true
				case "opt":
					p.Opt = true
				default:
					return nil, fmt.Errorf("%s: unknown record value %q", f, strings.TrimSpace(v))
				}
			}
		}
		out = append(out, p)
	}
	return out, nil
}

// Expected is a program's recorded output; a field is "" when its file does not exist.
type Expected struct {
	Stdout     string
	DebugPrint string
	Stderr     string
	ExitCode   int
	IC         string
	Opt        string
}

// ReadExpected reads expectedDir/NAME.* (expectedDir is test/conformance/expected/natives).
func ReadExpected(expectedDir string, p Program) (Expected, error) {
	var e Expected
	base := filepath.Join(expectedDir, p.Name)
	for _, ext := range p.Extensions() {
		if _, err := os.Stat(base + ext); err != nil {
			return e, fmt.Errorf("no recording (go run ./test/conformance/record -natives): %w", err)
		}
	}
	read := func(ext string) string {
		data, _ := os.ReadFile(base + ext)
		return string(data)
	}
	e.Stdout, e.DebugPrint, e.Stderr, e.IC, e.Opt = read(".stdout"), read(".debugprint"), read(".stderr"), read(".ic"), read(".opt")
	if s := strings.TrimSpace(read(".exitcode")); s != "" {
		var err error
		if e.ExitCode, err = strconv.Atoi(s); err != nil {
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
