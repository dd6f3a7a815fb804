package natives

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// NormalizeICLog turns a v8.log written by `node --log-ic --logfile=F --no-logfile-per-isolate`
// into one line per IC state change of the program at path:
//
//	Kind,line,col,old,new,map,key,modifier,slow_reason
//
// V8 writes `Kind,pc,time,line,col,old,new,map,key,modifier,slow_reason` (log.cc ICEvent); pc and
// time are dropped and the map address becomes map#1, map#2, … in order of first appearance in
// the normalized output (map#0 is the null map V8 logs for stores without feedback), so two lines
// with the same map keep the same name. A symbol key loses its hash ("symbol(\"Symbol.iterator\"
// hash 19d909b0)" → "symbol(\"Symbol.iterator\")", "symbol(hash 18e5b02f)" → "symbol()").
//
// Node's own JavaScript logs ICs too. A line belongs to the program when its pc lies inside a
// code object (bytecode, baseline, Maglev or TurboFan code) whose code-creation name ends in
// "<path>:line:col": for an interpreted frame V8 logs the bytecode's address plus the offset, for
// compiled code the machine pc. Code objects are tracked in log order (code-creation, code-move,
// code-delete), so an address reused after GC belongs to its latest owner.
func NormalizeICLog(log, path string) (string, error) {
	var codes codeRanges
	maps := map[string]string{}
	next := 0
	suffix := " " + path + ":"
	var b strings.Builder
	for n, line := range strings.Split(log, "\n") {
		f := strings.Split(line, ",")
		switch {
		case f[0] == "code-creation" && len(f) >= 7:
			start, err1 := parseHex(f[4])
			size, err2 := strconv.ParseUint(f[5], 10, 64)
			if err1 != nil || err2 != nil {
				return "", fmt.Errorf("v8.log line %d: bad code-creation: %q", n+1, line)
			}
			name := f[6]
			ours := strings.Contains(name, suffix) || strings.HasPrefix(name, path+":")
			codes.add(start, size, ours)
		case f[0] == "code-move" && len(f) >= 3:
			from, err1 := parseHex(f[1])
			to, err2 := parseHex(f[2])
			if err1 != nil || err2 != nil {
				return "", fmt.Errorf("v8.log line %d: bad code-move: %q", n+1, line)
			}
			codes.move(from, to)
		case f[0] == "code-delete" && len(f) >= 2:
			if a, err := parseHex(f[1]); err == nil {
				codes.remove(a)
			}
		case strings.HasSuffix(f[0], "IC") && len(f) >= 11:
			pc, err := parseHex(f[1])
			if err != nil {
				return "", fmt.Errorf("v8.log line %d: bad pc: %q", n+1, line)
			}
			if !codes.ours(pc) {
				continue
			}
			m, ok := maps[f[7]]
			if !ok {
				if a, err := parseHex(f[7]); err == nil && a == 0 {
					m = "map#0"
				} else {
					next++
					m = "map#" + strconv.Itoa(next)
				}
				maps[f[7]] = m
			}
			// key, modifier and slow reason: V8 escapes commas inside fields as \x2C, so any
			// extra fields can only come from a future format; keep them joined.
			fields := append([]string{f[0], f[3], f[4], f[5], f[6], m}, f[8:]...)
			// A symbol key prints its hash, which comes from the per-process hash seed (a
			// symbol without a description, such as class_fields_symbol, prints only its hash).
			fields[6] = symbolHash.ReplaceAllString(fields[6], ")")
			fields[6] = symbolOnlyHash.ReplaceAllString(fields[6], "symbol()")
			b.WriteString(strings.Join(fields, ","))
			b.WriteByte('\n')
		}
	}
	return b.String(), nil
}

var (
	symbolHash     = regexp.MustCompile(` hash [0-9a-f]+\)`)
	symbolOnlyHash = regexp.MustCompile(`symbol\(hash [0-9a-f]+\)`)
)

func parseHex(s string) (uint64, error) {
	return strconv.ParseUint(strings.TrimPrefix(s, "0x"), 16, 64)
}

// codeRanges is the set of live code objects, sorted by start address, none overlapping.
type codeRanges struct{ r []codeRange }

type codeRange struct {
	start, end uint64
	ours       bool
}

func (c *codeRanges) add(start, size uint64, ours bool) {
	if size == 0 {
		size = 1
	}
	end := start + size
	// A new object at these addresses means whatever was there is dead.
	kept := c.r[:0]
	for _, x := range c.r {
		if x.end <= start || x.start >= end {
			kept = append(kept, x)
		}
	}
	c.r = kept
	i := sort.Search(len(c.r), func(i int) bool { return c.r[i].start >= start })
	c.r = append(c.r, codeRange{})
	copy(c.r[i+1:], c.r[i:])
	c.r[i] = codeRange{start, end, ours}
}

func (c *codeRanges) find(a uint64) int {
	i := sort.Search(len(c.r), func(i int) bool { return c.r[i].end > a })
	if i < len(c.r) && c.r[i].start <= a {
		return i
	}
	return -1
}

func (c *codeRanges) ours(pc uint64) bool {
	i := c.find(pc)
	return i >= 0 && c.r[i].ours
}

func (c *codeRanges) remove(start uint64) {
	for i, x := range c.r {
		if x.start == start {
			c.r = append(c.r[:i], c.r[i+1:]...)
			return
		}
	}
}

func (c *codeRanges) move(from, to uint64) {
	for i, x := range c.r {
		if x.start == from {
			c.r = append(c.r[:i], c.r[i+1:]...)
			c.add(to, x.end-x.start, x.ours)
			return
		}
	}
}
