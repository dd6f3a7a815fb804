package conformance_test

import (
	"os"
	"strings"
	"testing"

	"enginescope/core/engine"
)

// TestLogICLoadX is the issue's --log-ic criterion: the notes' loadX fed six shapes shows its
// o.x load IC going 0→1, 1→P, P→N at line 6, column 12 (the property name), each with a new map.
func TestLogICLoadX(t *testing.T) {
	path := "natives/ic_loadx_6shapes.js"
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res := engine.Run(src, engine.Options{Filename: path, LogIC: true})
	var got []string
	for _, line := range strings.Split(normalizeEngineICLog(res.Stderr), "\n") {
		if strings.HasPrefix(line, "LoadIC,6,") {
			got = append(got, line)
		}
	}
	want := []string{
		"LoadIC,6,12,0,1,map#1,x,,",
		"LoadIC,6,12,1,P,map#2,x,,",
		"LoadIC,6,12,P,P,map#3,x,,",
		"LoadIC,6,12,P,P,map#4,x,,",
		"LoadIC,6,12,P,N,map#5,x,,",
		"LoadIC,6,12,N,N,map#6,x,,",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("o.x IC lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if res.Stdout != "shapes: 6, sum: 21000\n" {
		t.Errorf("stdout %q", res.Stdout)
	}
}
