package render_test

import (
	"testing"

	"enginescope/core/engine"
	"enginescope/core/events"
	"enginescope/render"
)

// The notes' animal/dog example: the instance points at the prototype it was made with.
func TestPrototypeLinksAreDrawnAsReferences(t *testing.T) {
	mem := events.NewMemory()
	engine.Run([]byte(`function Animal(name) { this.name = name }
Animal.prototype.speak = function () { return this.name }
const dog = new Animal("dog");
console.log(dog.speak());
`), engine.Options{Host: "browser", Recorder: mem})
	st := render.NewTimeline(mem, nil).Seek(mem.Len())
	var protoAddr events.Addr
	for _, o := range st.Heap {
		for _, p := range o.Props {
			if p.Key == "speak" {
				protoAddr = o.Addr
			}
		}
	}
	if protoAddr == 0 {
		t.Fatal("no Animal.prototype with speak in the heap")
	}
	linked := false
	for _, o := range st.Heap {
		for _, p := range o.Props {
			if p.Key == render.ProtoKey && p.Value.Addr == protoAddr {
				linked = true
			}
		}
	}
	if !linked {
		t.Fatal("no object links to Animal.prototype through __proto__")
	}
}
