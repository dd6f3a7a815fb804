package natives

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// NormalizeDebugPrint turns the stdout of a program that calls %DebugPrint into a stable text.
// Lines that are not part of a %DebugPrint report (console.log output) are kept as they are.
// Inside a report:
//
//   - map addresses become map#1, map#2, … in order of first appearance in the normalized text
//     (a map is an address followed by " <Map", ": [Map]", written as "map = ADDR", or a field
//     type "@ Class(ADDR)"), so "same
//     map" stays visible;
//   - every other address is removed ("DebugPrint: 0x…: [JSArray]" → "DebugPrint: [JSArray]",
//     a printed sub-object's header "0x…: [ClosureFeedbackCellArray]" → "[ClosureFeedbackCellArray]",
//     "0x… <FixedArray[3]>" → "<FixedArray[3]>", "(sfi = 0x…)" dropped), and descriptor keys
//     lose their string header ("0x…: [String] in ReadOnlySpace: #x" → "#x");
//   - lines about things other than the object's layout are dropped: the map's own map
//     (MetaMap), transitions and prototype transitions (the root maps list Node's internal ones),
//     prototype_validity_cell, prototype info, dependent code, a function's dispatch_handle;
//   - the entries of a dictionary (NameDictionary / NumberDictionary / SwissNameDictionary) are
//     sorted by their dict_index (enumeration order), a NumberDictionary's (all dict_index 0) by
//     index, instead of hash order, which depends on the per-process hash seed;
//   - " in OldSpace" (and any other space) after "[Map]" is dropped.
func NormalizeDebugPrint(stdout string) string {
	n := &dpNormalizer{maps: map[string]string{}}
	lines := strings.Split(stdout, "\n")
	var out []string
	inReport := false
	skipIndented := false // inside a dropped block (transitions)
	var dict []string     // pending dictionary entries
	flushDict := func() {
		sort.SliceStable(dict, func(i, j int) bool {
			if a, b := dictIndex(dict[i]), dictIndex(dict[j]); a != b {
				return a < b
			}
			return elementKey(dict[i]) < elementKey(dict[j])
		})
		out = append(out, dict...)
		dict = nil
	}
	for i, line := range lines {
		if i == len(lines)-1 && line == "" {
			break
		}
		switch {
		case strings.HasPrefix(line, "DebugPrint: "):
			inReport = true
		case !inReport:
			out = append(out, line)
			continue
		case line == "":
			// A report ends with an empty line after its map.
			flushDict()
			inReport, skipIndented = false, false
			out = append(out, line)
			continue
		}
		trimmed := strings.TrimSpace(line)
		if skipIndented {
			// Transition entries are indented deeper than the " - " lines that follow them.
			if strings.HasPrefix(line, "   ") && !strings.HasPrefix(line, " - ") {
				continue
			}
			skipIndented = false
		}
		if dpDrop(trimmed) {
			skipIndented = strings.HasPrefix(trimmed, "- transitions #") ||
				strings.HasPrefix(trimmed, "Transitions #") || strings.HasPrefix(trimmed, "Prototype transitions")
			continue
		}
		norm := n.line(line)
		if strings.Contains(line, "dict_index: ") {
			dict = append(dict, norm)
			continue
		}
		flushDict()
		out = append(out, norm)
	}
	flushDict()
	if len(out) == 0 {
		return ""
	}
	return strings.Join(out, "\n") + "\n"
}

// dpDropPrefixes start the (trimmed) lines that are dropped.
var dpDropPrefixes = []string{
	"- prototype_validity_cell:",
	"- prototype info:",
	"- dependent code:",
	"- transitions #",
	"Transitions #",
	"Prototype transitions",
	"- dispatch_handle:", // a function's index in the process-wide dispatch table
}

func dpDrop(trimmed string) bool {
	// The Map's own map: " - map: 0x… <MetaMap (…)>".
	if strings.HasPrefix(trimmed, "- map: ") && strings.Contains(trimmed, "<MetaMap") {
		return true
	}
	for _, p := range dpDropPrefixes {
		if strings.HasPrefix(trimmed, p) {
			return true
		}
	}
	return false
}

var (
	dpStringKey = regexp.MustCompile(`0x[0-9a-f]+: \[String\] in [A-Za-z]+: `)
	dpSymbolKey = regexp.MustCompile(`0x[0-9a-f]+ (<Symbol: [^>]*>)`)
	dpSFI       = regexp.MustCompile(` \(sfi = 0x[0-9a-f]+\)`)
	dpMapHeader = regexp.MustCompile(`^(0x[0-9a-f]+): \[Map\]( in [A-Za-z]+)?`)
	dpMapRef    = regexp.MustCompile(`0x[0-9a-f]+ <Map`)
	dpMapEq     = regexp.MustCompile(`map = (0x[0-9a-f]+)`)
	dpClassRef  = regexp.MustCompile(`Class\((0x[0-9a-f]+)\)`) // a HeapObject field's type: its map
	dpAddrDesc  = regexp.MustCompile(`0x[0-9a-f]+ <`)
	dpHeader    = regexp.MustCompile(`^DebugPrint: 0x[0-9a-f]+: `)
	dpSubHeader = regexp.MustCompile(`^0x[0-9a-f]+: (\[[A-Za-z]+\])`)
	dpDictIndex = regexp.MustCompile(`dict_index: (\d+)`)
)

type dpNormalizer struct {
	maps map[string]string
}

func (n *dpNormalizer) mapName(addr string) string {
	addr = "0x" + strings.TrimLeft(strings.TrimPrefix(addr, "0x"), "0")
	if m, ok := n.maps[addr]; ok {
		return m
	}
	m := "map#" + strconv.Itoa(len(n.maps)+1)
	n.maps[addr] = m
	return m
}

func (n *dpNormalizer) line(s string) string {
	s = dpHeader.ReplaceAllString(s, "DebugPrint: ")
	if m := dpMapHeader.FindStringSubmatch(s); m != nil {
		s = n.mapName(m[1]) + ": [Map]" + s[len(m[0]):]
	} else {
		s = dpSubHeader.ReplaceAllString(s, "$1")
	}
	s = dpStringKey.ReplaceAllString(s, "")
	s = dpSymbolKey.ReplaceAllString(s, "$1")
	s = dpSFI.ReplaceAllString(s, "")
	s = dpMapRef.ReplaceAllStringFunc(s, func(x string) string {
		return n.mapName(strings.TrimSuffix(x, " <Map")) + " <Map"
	})
	s = dpMapEq.ReplaceAllStringFunc(s, func(x string) string {
		return "map = " + n.mapName(strings.TrimPrefix(x, "map = "))
	})
	s = dpClassRef.ReplaceAllStringFunc(s, func(x string) string {
		return "Class(" + n.mapName(dpClassRef.FindStringSubmatch(x)[1]) + ")"
	})
	return dpAddrDesc.ReplaceAllString(s, "<")
}

// elementKey is the index of a NumberDictionary entry ("   5000: … (data, dict_index: 0, …)"),
// whose dict_index is always 0: such entries are sorted by index.
func elementKey(s string) int {
	k, _, ok := strings.Cut(strings.TrimSpace(s), ":")
	if v, err := strconv.Atoi(k); ok && err == nil {
		return v
	}
	return 0
}

func dictIndex(s string) int {
	m := dpDictIndex.FindStringSubmatch(s)
	if m == nil {
		return 1 << 30
	}
	v, _ := strconv.Atoi(m[1])
	return v
}
