package engine

import (
	"fmt"
	"strings"
	"testing"

	"enginescope/core/events"
)

// A typed array of at most 64 bytes keeps its data on the heap, in a ByteArray, as V8 14.6's
// %DebugPrint shows (<ByteArray[20]> for a Uint16Array(10)); a bigger one's data is off the
// heap (<ByteArray[0]>). Both come with their JSArrayBuffer, at V8's instance sizes.
func TestTypedArrayDataOnTheHeap(t *testing.T) {
	src := `const small = new Uint16Array(10);
const big = new Uint16Array(40);
`
	c := &collect{}
	res := Run([]byte(src), Options{Filename: "/t.js", Host: "browser", Recorder: c})
	if res.ExitCode != 0 {
		t.Fatalf("exit %d: %s", res.ExitCode, res.Stderr)
	}
	var got []string
	for _, e := range c.evs {
		if a, ok := e.(*events.HeapAlloc); ok && (a.Type == "JSArrayBuffer" || a.Type == "JSTypedArray" || a.Type == "ByteArray") {
			got = append(got, fmt.Sprintf("%s %d", a.Type, a.Size))
		}
	}
	want := "JSArrayBuffer 96, JSTypedArray 104, ByteArray 40, " + // Uint16Array(10): 20 bytes on the heap
		"JSArrayBuffer 96, JSTypedArray 104" // Uint16Array(40): 80 bytes off it
	if s := strings.Join(got, ", "); s != want {
		t.Errorf("allocations %s\nwant %s", s, want)
	}
}
