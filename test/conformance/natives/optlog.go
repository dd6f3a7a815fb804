package natives

import (
	"regexp"
	"strings"
)

// NormalizeOpt turns the stdout of `node --allow-natives-syntax --trace-opt --trace-deopt FILE`
// into a stable text. Program output lines are kept. Trace lines (they start with "[" and name a
// <JSFunction …>, or a <SharedFunctionInfo …> as "[disabled optimization for …]" does) are kept only for functions the program declares (source is the program's
// text; see declaredFunctions), and normalized:
//
//   - addresses are removed: "0x… <JSFunction f (sfi = 0x…)>" → "<JSFunction f>",
//     "0x… <Code MAGLEV>" → "<Code MAGLEV>";
//   - compile times (" - took 0.1, 2.3, 0.0 ms") are dropped;
//   - in "[bailout …]" lines only the kind, reason, function, code tier and bytecode offset stay:
//     "opt id" (a process-wide counter), "deopt exit", "FP to SP delta", "caller SP" and "pc"
//     are dropped.
//
// Lines about anonymous functions and Node's internal functions are dropped.
func NormalizeOpt(stdout, source string) string {
	names := declaredFunctions(source)
	var b strings.Builder
	for i, line := range strings.Split(stdout, "\n") {
		if line == "" && i == strings.Count(stdout, "\n") {
			break
		}
		if strings.HasPrefix(line, "[") && (strings.Contains(line, "<JSFunction") || strings.Contains(line, "<SharedFunctionInfo")) {
			m := optFunction.FindStringSubmatch(line)
			if m == nil || !names[m[1]] {
				continue
			}
			line = normalizeOptLine(line)
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}

var (
	optFunction = regexp.MustCompile(`<(?:JSFunction|SharedFunctionInfo) ([^ >]+)[ >]`)
	optAddr     = regexp.MustCompile(`0x[0-9a-f]+ <`)
	optSFI      = regexp.MustCompile(` \(sfi = 0x[0-9a-f]+\)`)
	optTook     = regexp.MustCompile(` - took [0-9., ]+ ms`)
	optDropped  = regexp.MustCompile(`, (opt id \d+|deopt exit \d+|FP to SP delta \d+|caller SP 0x[0-9a-f]+|pc 0x[0-9a-f]+)`)
	optDeclared = regexp.MustCompile(`function\*?\s+([A-Za-z_$][\w$]*)\s*\(|(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:function|\()`)
)

func normalizeOptLine(s string) string {
	s = optSFI.ReplaceAllString(s, "")
	s = optAddr.ReplaceAllString(s, "<")
	s = optTook.ReplaceAllString(s, "")
	return optDropped.ReplaceAllString(s, "")
}

// declaredFunctions returns the names of functions declared in source as "function NAME(" or
// bound with "const/let/var NAME = function…" or "… = (…) =>".
func declaredFunctions(source string) map[string]bool {
	names := map[string]bool{}
	for _, m := range optDeclared.FindAllStringSubmatch(source, -1) {
		for _, n := range m[1:] {
			if n != "" {
				names[n] = true
			}
		}
	}
	return names
}
