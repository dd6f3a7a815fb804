package bytecode

import (
	"regexp"
	"strings"
)

var (
	addrRE   = regexp.MustCompile(`0x[0-9a-f]{8,16}`)
	opByteRE = regexp.MustCompile(`^(\s*(?:\d+ [SsEe]> )?\s*0x… @\s+\d+ : )((?:[0-9a-f]{2} )+)`)
)

// NormalizeListing replaces addresses by "0x…" and the opcode byte (and prefix) by "XX" so
// listings from V8 and from EngineScope can be compared: opcode values differ between engines,
// operand bytes and everything else must match.
func NormalizeListing(s string) string {
	s = addrRE.ReplaceAllString(s, "0x…")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		m := opByteRE.FindStringSubmatchIndex(l)
		if m == nil {
			continue
		}
		bytes := strings.Fields(l[m[4]:m[5]])
		// A Wide/ExtraWide prefix is the first byte when the name has a scale suffix.
		n := 1
		if strings.Contains(l[m[5]:], ".Wide") || strings.Contains(l[m[5]:], ".ExtraWide") {
			n = 2
		}
		for j := 0; j < n && j < len(bytes); j++ {
			bytes[j] = "XX"
		}
		// runtime function and intrinsic ids are engine-internal numbers too
		rest := strings.TrimSpace(l[m[5]:])
		switch {
		case strings.HasPrefix(rest, "CallRuntime"):
			for j := n; j < n+2 && j < len(bytes); j++ {
				bytes[j] = "XX"
			}
		case strings.HasPrefix(rest, "InvokeIntrinsic"):
			if n < len(bytes) {
				bytes[n] = "XX"
			}
		}
		lines[i] = l[:m[4]] + strings.Join(bytes, " ") + " " + l[m[5]:]
	}
	return strings.Join(lines, "\n")
}
