//go:build js && wasm

// Command wasm is EngineScope's browser entry. It runs inside viz.html (an iframe of the page):
// ebiten draws the diagrams on the iframe's canvas, and the page drives it through functions
// registered on the iframe's window. Go calls back into the parent page (parent.esUpdate) with a
// JSON status whenever something the page shows changes.
//
// Functions (all return at once; none blocks):
//
//	esLoad(src, host, step)  run a program (host "browser", "node" or "node10"; step >= 0 seeks there when recorded)
//	esLoadSide(src, task)    run it on Node and in the browser side by side (task >= 0: that callback)
//	esStep(dir)              one unit forward (dir > 0) or back
//	esSeek(step)             go to the point where step instructions have executed (side by side: callbacks)
//	esPlay(on)               play or pause; esToggle() flips
//	esSetUnit(name)          step, stmt, call or task
//	esSetSpeed(unitsPerSec)  playback speed
//	esKey(key)               a shortcut the page forwarded (ArrowRight, ArrowLeft, " ")
//	esStatus()               the status JSON
//	esScenes()               the built-in scenes as JSON [{name, title, host, source}]
//	esMemory()               the memory panel's state as JSON (session.MemoryView; tests use it)
//	esChips()                the keys of the event-loop chips on the canvas now, as JSON
//	esMaps()                 the hidden-class panel's drawn map boxes and edges now, as JSON {maps, edges}
package main

import (
	"encoding/json"
	"strings"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"enginescope/render"
	"enginescope/render/draw"
	"enginescope/scenes"
	"enginescope/wasm/session"
)

// source is what the canvas shows: one session, or two side by side (the "Node | Browser" mode,
// the same program on both hosts in two columns of one canvas).
type source struct {
	s, s2           *session.Session
	pair            *session.Side
	side            bool
	frames, frames2 chan struct{}
	sent            uint64
	parent          js.Value

	last         *render.Scene // the scene laid out last (esChips reads it)
	view, status uint64        // versions combining both sessions'
	lastV, lastS [3]uint64     // the sessions' versions (and the mode) they were made from
}

func (v *source) Tick() {
	v.s.Tick()
	v.s2.Tick()
	for _, f := range []chan struct{}{v.frames, v.frames2} {
		select {
		case f <- struct{}{}:
		default:
		}
	}
	if sv := v.StatusVersion(); sv != v.sent {
		v.sent = sv
		v.notify()
	}
}

func (v *source) notify() {
	if f := v.parent.Get("esUpdate"); f.Type() == js.TypeFunction {
		v.parent.Call("esUpdate", v.statusJSON())
	}
}

func (v *source) statusJSON() string {
	var b []byte
	if v.side {
		b, _ = json.Marshal(v.pair.Status())
	} else {
		b, _ = json.Marshal(v.s.Status())
	}
	return string(b)
}

func mode(side bool) uint64 {
	if side {
		return 1
	}
	return 0
}

// combined bumps *n whenever any of the parts changed.
func combined(n *uint64, last *[3]uint64, a, b uint64, side bool) uint64 {
	if cur := [3]uint64{a, b, mode(side)}; cur != *last {
		*last = cur
		*n++
	}
	return *n
}

func (v *source) Version() uint64 {
	return combined(&v.view, &v.lastV, v.s.ViewVersion(), v.s2.ViewVersion(), v.side)
}

func (v *source) StatusVersion() uint64 {
	return combined(&v.status, &v.lastS, v.s.StatusVersion(), v.s2.StatusVersion(), v.side)
}

func (v *source) Layout(o render.LayoutOptions) *render.Scene {
	v.last = v.layout(o)
	return v.last
}

func (v *source) layout(o render.LayoutOptions) *render.Scene {
	if !v.side {
		return v.s.Layout(o)
	}
	const gap = 8 // CSS pixels between the columns
	half := o
	half.W = (o.W - gap) / 2
	half.Label = "Node"
	a := v.s.Layout(half)
	half.Label = "Browser"
	b := v.s2.Layout(half)
	return render.SideBySide(a, b, gap*max(o.Scale, 1))
}

func (v *source) AnimFrames() int {
	if v.side {
		return max(v.s.AnimFrames(), v.s2.AnimFrames())
	}
	return v.s.AnimFrames()
}

func main() {
	frames, frames2 := make(chan struct{}, 1), make(chan struct{}, 1)
	// The engine yields to the browser after each slice: it waits for the next animation frame.
	s := session.New(session.Live, func() { <-frames })
	s2 := session.New(session.Live, func() { <-frames2 })
	src := &source{s: s, s2: s2, pair: &session.Side{A: s, B: s2}, frames: frames, frames2: frames2,
		sent: ^uint64(0), parent: js.Global().Get("parent")}
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
		src.side = false
		s2.Play(false)
		return s.Load(arg(a, 0).String(), arg(a, 1).String(), int64(num(arg(a, 2), -1)))
	})
	fn("esLoadSide", func(a []js.Value) any {
		src.side = true
		src.pair.Load(arg(a, 0).String(), int(num(arg(a, 1), -1)))
		return nil
	})
	fn("esStep", func(a []js.Value) any {
		if src.side {
			src.pair.Step(int(num(arg(a, 0), 1)))
		} else {
			s.Step(int(num(arg(a, 0), 1)))
		}
		return nil
	})
	fn("esSeek", func(a []js.Value) any {
		if src.side {
			src.pair.SeekTask(int(num(arg(a, 0), 0)))
		} else {
			s.SeekStep(int64(num(arg(a, 0), 0)))
		}
		return nil
	})
	fn("esPlay", func(a []js.Value) any {
		if src.side {
			src.pair.Play(arg(a, 0).Truthy())
		} else {
			s.Play(arg(a, 0).Truthy())
		}
		return nil
	})
	fn("esToggle", func(a []js.Value) any {
		if src.side {
			src.pair.Play(!s.Status().Playing)
		} else {
			s.Toggle()
		}
		return nil
	})
	fn("esSetUnit", func(a []js.Value) any { s.SetUnit(arg(a, 0).String()); return nil })
	fn("esSetSpeed", func(a []js.Value) any {
		s.SetSpeed(num(arg(a, 0), 4))
		s2.SetSpeed(num(arg(a, 0), 4))
		return nil
	})
	fn("esKey", func(a []js.Value) any {
		k := arg(a, 0).String()
		switch {
		case !src.side:
			s.Key(k)
		case k == "ArrowRight":
			src.pair.Step(1)
		case k == "ArrowLeft":
			src.pair.Step(-1)
		case k == " " || k == "Space" || k == "Spacebar":
			src.pair.Play(!s.Status().Playing)
		}
		return nil
	})
	fn("esStatus", func(a []js.Value) any { return src.statusJSON() })
	fn("esMemory", func(a []js.Value) any {
		b, _ := json.Marshal(s.Memory())
		return string(b)
	})
	fn("esChips", func(a []js.Value) any {
		// The callbacks the event-loop band draws now (keys of its chips), for tests and tools.
		keys := []string{}
		if sc := src.last; sc != nil {
			for _, sh := range sc.Shapes {
				if i := strings.Index(sh.Key, "chip:"); i >= 0 && i <= 2 {
					keys = append(keys, sh.Key)
				}
			}
		}
		b, _ := json.Marshal(keys)
		return string(b)
	})
	fn("esMaps", func(a []js.Value) any {
		// The transition tree as drawn (keys of map boxes and edge arrows), for tests and tools.
		v := struct {
			Maps  []string `json:"maps"`
			Edges []string `json:"edges"`
		}{[]string{}, []string{}}
		if sc := src.last; sc != nil {
			for _, sh := range sc.Shapes {
				if strings.HasPrefix(sh.Key, "map:") {
					v.Maps = append(v.Maps, sh.Key)
				}
			}
			for _, ar := range sc.Arrows {
				if strings.HasPrefix(ar.Key, "edge:map:") {
					v.Edges = append(v.Edges, ar.Key)
				}
			}
		}
		b, _ := json.Marshal(v)
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
