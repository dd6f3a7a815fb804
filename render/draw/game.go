package draw

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"enginescope/render"
)

// Source supplies what the canvas shows. Every method runs on ebiten's goroutine.
type Source interface {
	// Tick runs once per Update (60 times a second): playback and other timed work.
	Tick()
	// Version changes whenever the state to show has changed.
	Version() uint64
	// Layout lays out the current state.
	Layout(o render.LayoutOptions) *render.Scene
	// AnimFrames is how many frames the transition to a new state takes (0 jumps).
	AnimFrames() int
}

// Game is the ebiten game: it lays the source out when it changes, animates from the previous
// scene to the new one, and draws nothing at all when nothing changed (the screen is not
// cleared every frame).
type Game struct {
	src     Source
	painter *Painter

	scale      float64 // device pixel ratio, read once (zooming needs a reload)
	cssW, cssH int

	version     uint64
	haveVersion bool
	opts        render.LayoutOptions
	from, to    *render.Scene
	animT       int
	animN       int
	dirty       bool

	stackScroll, heapScroll float32
}

// NewGame makes the game; call ebiten.SetScreenClearedEveryFrame(false) before running it.
func NewGame(src Source) (*Game, error) {
	p, err := NewPainter()
	if err != nil {
		return nil, err
	}
	return &Game{src: src, painter: p}, nil
}

// Update implements ebiten.Game.
func (g *Game) Update() error {
	g.src.Tick()
	if g.cssW == 0 || g.cssH == 0 {
		return nil
	}
	if _, dy := ebiten.Wheel(); dy != 0 && g.to != nil {
		x, y := ebiten.CursorPosition()
		p := render.Point{X: float32(x), Y: float32(y)}
		step := float32(-dy) * 40
		switch {
		case len(g.to.Clips) > render.ClipStack && g.to.Clips[render.ClipStack].Contains(p):
			g.stackScroll = max(g.stackScroll+step, 0)
		case len(g.to.Clips) > render.ClipHeap && g.to.Clips[render.ClipHeap].Contains(p):
			g.heapScroll = max(g.heapScroll+step, 0)
		}
	}
	opts := render.LayoutOptions{W: float32(g.cssW), H: float32(g.cssH), Scale: float32(g.scale),
		StackScroll: g.stackScroll, HeapScroll: g.heapScroll}
	v := g.src.Version()
	changed := !g.haveVersion || v != g.version
	if changed || opts != g.opts || g.to == nil {
		next := g.src.Layout(opts)
		if changed && g.to != nil && g.src.AnimFrames() > 0 && opts.W == g.opts.W && opts.H == g.opts.H {
			g.from = g.current()
			g.animT, g.animN = 0, g.src.AnimFrames()
		} else {
			g.from, g.animT, g.animN = nil, 0, 0
		}
		g.to, g.opts, g.version, g.haveVersion = next, opts, v, true
		g.dirty = true
	}
	if g.from != nil {
		g.animT++
		g.dirty = true
	}
	return nil
}

// current is the scene on screen now (mid-animation if one runs).
func (g *Game) current() *render.Scene {
	if g.from == nil || g.animN == 0 {
		return g.to
	}
	return render.Tween(g.from, g.to, float32(g.animT)/float32(g.animN))
}

var bg = color.NRGBA{0xf7, 0xf7, 0xf4, 0xff}

// Draw implements ebiten.Game.
func (g *Game) Draw(screen *ebiten.Image) {
	if !g.dirty || g.to == nil {
		return
	}
	sc := g.current()
	screen.Fill(bg)
	g.painter.Draw(screen, sc)
	if g.from != nil && g.animT >= g.animN {
		g.from = nil
	}
	g.dirty = g.from != nil
}

// Layout implements ebiten.Game: the canvas has device pixels, the layout works in CSS pixels
// times the device scale factor.
func (g *Game) Layout(outsideW, outsideH int) (int, int) {
	if g.scale == 0 {
		g.scale = ebiten.Monitor().DeviceScaleFactor()
		if g.scale <= 0 {
			g.scale = 1
		}
	}
	g.cssW, g.cssH = outsideW, outsideH
	return int(float64(outsideW) * g.scale), int(float64(outsideH) * g.scale)
}
