package draw

import (
	"math"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/opentype"

	"enginescope/core/engine"
	"enginescope/core/events"
	"enginescope/render"
	"enginescope/render/rendertest"
)

// Layout measures text as MonoAdvance em per character; the font must agree.
func TestMonoAdvance(t *testing.T) {
	f, err := opentype.Parse(gomono.TTF)
	if err != nil {
		t.Fatal(err)
	}
	of, err := opentype.NewFace(f, &opentype.FaceOptions{Size: 100, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		t.Fatal(err)
	}
	w := float64(font.MeasureString(of, "0123456789abcdefghij→…—")) / 64
	want := float64(render.TextWidth("0123456789abcdefghij→…—", 100))
	if math.Abs(w-want) > 1 {
		t.Fatalf("Go Mono measures %.2f px, layout assumes %.2f", w, want)
	}
}

func TestMeshBuild(t *testing.T) {
	m := rendertest.Big(20, 50)
	tl := render.NewTimeline(m, nil)
	st := tl.Seek(m.Len())
	sc := render.Layout(st, render.LayoutOptions{W: 1280, H: 720, Scale: 2})
	var mesh Mesh
	mesh.Build(sc)
	if len(mesh.Shapes) != len(sc.Clips) || len(mesh.Arrows) != len(sc.Clips) {
		t.Fatal("one batch per clip")
	}
	var tris int
	for _, b := range append(mesh.Shapes, mesh.Arrows...) {
		if len(b.I)%3 != 0 {
			t.Fatal("indices are not triangles")
		}
		for _, i := range b.I {
			if int(i) >= len(b.V) {
				t.Fatal("index out of range")
			}
		}
		tris += len(b.I) / 3
	}
	if tris == 0 || len(sc.Arrows) == 0 {
		t.Fatalf("nothing built: %d triangles, %d arrows", tris, len(sc.Arrows))
	}
}

// BenchmarkFrame1000x200 is the CPU side of drawing one frame of a big diagram natively (1,000
// heap objects, 200 stack frames): layout, one animation tween, and the triangle mesh. The GPU
// side needs ebiten images, which cannot be created natively without a display (ebiten needs a
// window and a graphics driver even for offscreen images), so it is measured in the browser only.
func BenchmarkFrame1000x200(b *testing.B) {
	m := rendertest.Big(200, 1000)
	tl := render.NewTimeline(m, nil)
	st := tl.Seek(m.Len())
	prev := render.Layout(tl.Seek(m.Len()-3).Clone(), render.LayoutOptions{W: 1600, H: 900, Scale: 2})
	tl.Seek(m.Len())
	var mesh Mesh
	b.ReportAllocs()
	for b.Loop() {
		sc := render.Layout(st, render.LayoutOptions{W: 1600, H: 900, Scale: 2})
		sc = render.Tween(prev, sc, 0.5)
		mesh.Build(sc)
	}
}

func BenchmarkLayoutOnly1000x200(b *testing.B) {
	m := rendertest.Big(200, 1000)
	st := render.NewTimeline(m, nil).Seek(m.Len())
	for b.Loop() {
		render.Layout(st, render.LayoutOptions{W: 1600, H: 900, Scale: 2})
	}
}

// BenchmarkFrameLoop is BenchmarkFrame1000x200 with the event-loop band full: 300 timers and
// 300 microtasks queued (recorded by the engine), the band's chips and phase ring included.
func BenchmarkFrameLoop(b *testing.B) {
	src := []byte("var keep = [];\nfor (let i = 0; i < 300; i++) {\n  keep.push({i});\n" +
		"  setTimeout(function tick() {}, i);\n  Promise.resolve().then(function micro() {});\n}\n")
	m := events.NewMemory()
	engine.Run(src, engine.Options{Host: "node", Recorder: m})
	tl := render.NewTimeline(m, src)
	// The end of the script: everything queued, nothing run yet.
	end := 0
	for i := range m.Len() {
		if _, ok := m.At(i).(*events.CheckpointBegin); ok {
			end = i
			break
		}
	}
	st := tl.Seek(end).Clone()
	if len(st.Loop.Timers) != 300 || len(st.Loop.Micro) != 300 {
		b.Fatalf("queued %d timers, %d microtasks", len(st.Loop.Timers), len(st.Loop.Micro))
	}
	o := render.LayoutOptions{W: 1600, H: 900, Scale: 2, Host: "node", Loop: true}
	prev := render.Layout(tl.Seek(end-40), o)
	var mesh Mesh
	b.ReportAllocs()
	for b.Loop() {
		sc := render.Layout(st, o)
		sc = render.Tween(prev, sc, 0.5)
		mesh.Build(sc)
	}
}

// BenchmarkFrameMemory1000x200 is BenchmarkFrame1000x200 with the memory panel shown (its 1,000
// objects as blocks in new space).
func BenchmarkFrameMemory1000x200(b *testing.B) {
	m := rendertest.Big(200, 1000)
	tl := render.NewTimeline(m, nil)
	o := render.LayoutOptions{W: 1600, H: 900, Scale: 2, Memory: true}
	prev := render.Layout(tl.Seek(m.Len()-3).Clone(), o)
	st := tl.Seek(m.Len())
	if len(st.Mem.Blocks) < 1000 {
		b.Fatalf("%d blocks", len(st.Mem.Blocks))
	}
	var mesh Mesh
	b.ReportAllocs()
	for b.Loop() {
		sc := render.Layout(st, o)
		sc = render.Tween(prev, sc, 0.5)
		mesh.Build(sc)
	}
}
