package vm

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestInternalKindsAreListed scans the package for the types it asserts Internal to: each must be
// in internalKinds, so the tracer knows how to find its references.
func TestInternalKindsAreListed(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	re := regexp.MustCompile(`Internal\.\((\*?[A-Za-z_][A-Za-z_0-9]*)\)`)
	listed := map[string]bool{}
	for typ := range internalKinds {
		listed[strings.TrimPrefix(typ.String(), "*vm.")] = true
		listed[strings.TrimPrefix(typ.String(), "vm.")] = true
	}
	var missing []string
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			name := strings.TrimPrefix(m[1], "*")
			if name == "type" || strings.HasSuffix(name, "Inspector") { // interfaces
				continue
			}
			if !listed[name] {
				missing = append(missing, f+": "+m[1])
			}
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Fatalf("internal slot types missing from internalKinds (gc_trace.go):\n%s", strings.Join(missing, "\n"))
	}
}

// TestReflectedKindsHideNothingInClosures checks the types traced reflectively: a Go func field
// could capture heap objects the tracer cannot see, so each one must be explained in closureFields.
func TestReflectedKindsHideNothingInClosures(t *testing.T) {
	for typ, how := range internalKinds {
		seen := map[reflect.Type]bool{}
		var walk func(t2 reflect.Type, path string)
		walk = func(t2 reflect.Type, path string) {
			if seen[t2] {
				return
			}
			seen[t2] = true
			switch t2.Kind() {
			case reflect.Pointer, reflect.Slice, reflect.Array:
				walk(t2.Elem(), path)
			case reflect.Map:
				walk(t2.Key(), path)
				walk(t2.Elem(), path)
			case reflect.Struct:
				if t2.PkgPath() != vmPkgPath && t2.Name() != "" {
					return
				}
				for i := 0; i < t2.NumField(); i++ {
					f := t2.Field(i)
					p := strings.TrimPrefix(t2.String(), "*") + "." + f.Name
					if f.Type.Kind() == reflect.Func {
						if _, ok := closureFields[p]; !ok {
							t.Errorf("%s (%s): func field %s may hide heap references; keep them in a visible field and explain in closureFields", typ, how, p)
						}
						continue
					}
					if skippedPtrs[f.Type] {
						continue
					}
					walk(f.Type, p)
				}
			}
		}
		walk(typ, typ.String())
	}
}
