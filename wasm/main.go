//go:build js && wasm

// Command wasm is EngineScope's browser entry. It runs inside viz.html (an iframe of the page):
// ebiten draws the diagrams on the iframe's canvas, and the page drives it through functions
// registered on the iframe's window. Go calls back into the parent page (parent.esUpdate) with a
// JSON status whenever something the page shows changes.
//
// Functions (all return at once; none blocks):
//
//	esLoad(src, host, step)  run a program (host "browser" or "node"; step >= 0 seeks there when recorded)
//	esStep(dir)              one unit forward (dir > 0) or back
//	esSeek(step)             go to the point where step instructions have executed
//	esPlay(on)               play or pause; esToggle() flips
//	esSetUnit(name)          step, stmt, call or task
//	esSetSpeed(unitsPerSec)  playback speed
//	esKey(key)               a shortcut the page forwarded (ArrowRight, ArrowLeft, " ")
//	esStatus()               the status JSON
//	esScenes()               the built-in scenes as JSON [{name, title, host, source}]
//	esMemory()               the memory panel's state as JSON (session.MemoryView; tests use it)
package main

import (
	"encoding/json"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"enginescope/render"
	"enginescope/render/draw"
	"enginescope/scenes"
	"enginescope/wasm/session"
)

type source struct {
	s      *session.Session
	frames chan struct{}
	sent   uint64
	parent js.Value
}

func (v *source) Tick() {
	v.s.Tick()
	select {
	case v.frames <- struct{}{}:
	default:
	}
	if sv := v.s.StatusVersion(); sv != v.sent {
		v.sent = sv
		v.notify()
	}
}

func (v *source) notify() {
	if f := v.parent.Get("esUpdate"); f.Type() == js.TypeFunction {
		b, _ := json.Marshal(v.s.Status())
		v.parent.Call("esUpdate", string(b))
	}
}

func (v *source) Version() uint64                             { return v.s.ViewVersion() }
func (v *source) Layout(o render.LayoutOptions) *render.Scene { return v.s.Layout(o) }
func (v *source) AnimFrames() int                             { return v.s.AnimFrames() }

func main() {
	frames := make(chan struct{}, 1)
	// The engine yields to the browser after each slice: it waits for the next animation frame.
	s := session.New(session.Live, func() { <-frames })
	src := &source{s: s, frames: frames, sent: ^uint64(0), parent: js.Global().Get("parent")}
	game, err := draw.NewGame(src)
	if err != nil {
		panic(err)
	}
	win := js.Global()
	fn := func(name string, f func(args []js.Value) any) {
		win.Set(name, js.FuncOf(func(this js.Value, args []js.Value) any { return f(args) }))
	}
	arg := func(args []js.Value, i int) js.Value {
		if i < len(args) {
			return args[i]
		}
		return js.Undefined()
	}
	num := func(v js.Value, def float64) float64 {
		if v.Type() == js.TypeNumber {
			return v.Float()
		}
		return def
	}
	fn("esLoad", func(a []js.Value) any {
		return s.Load(arg(a, 0).String(), arg(a, 1).String(), int64(num(arg(a, 2), -1)))
	})
	fn("esStep", func(a []js.Value) any { s.Step(int(num(arg(a, 0), 1))); return nil })
	fn("esSeek", func(a []js.Value) any { s.SeekStep(int64(num(arg(a, 0), 0))); return nil })
	fn("esPlay", func(a []js.Value) any { s.Play(arg(a, 0).Truthy()); return nil })
	fn("esToggle", func(a []js.Value) any { s.Toggle(); return nil })
	fn("esSetUnit", func(a []js.Value) any { s.SetUnit(arg(a, 0).String()); return nil })
	fn("esSetSpeed", func(a []js.Value) any { s.SetSpeed(num(arg(a, 0), 4)); return nil })
	fn("esKey", func(a []js.Value) any { s.Key(arg(a, 0).String()); return nil })
	fn("esStatus", func(a []js.Value) any {
		b, _ := json.Marshal(s.Status())
		return string(b)
	})
	fn("esMemory", func(a []js.Value) any {
		b, _ := json.Marshal(s.Memory())
		return string(b)
	})
	fn("esScenes", func(a []js.Value) any {
		type item struct {
			Name   string `json:"name"`
			Title  string `json:"title"`
			Host   string `json:"host"`
			Source string `json:"source"`
		}
		var out []item
		for _, sc := range scenes.List() {
			out = append(out, item{sc.Name, sc.Title, sc.Host, sc.Source})
		}
		b, _ := json.Marshal(out)
		return string(b)
	})

	ebiten.SetScreenClearedEveryFrame(false)
	ebiten.SetRunnableOnUnfocused(true)
	if f := src.parent.Get("esReady"); f.Type() == js.TypeFunction {
		src.parent.Call("esReady")
	}
	if err := ebiten.RunGameWithOptions(game, &ebiten.RunGameOptions{InitUnfocused: true}); err != nil {
		panic(err)
	}
}
