// Package draw paints a render.Scene with ebiten: rounded boxes and Bézier arrows as triangles
// (built on the CPU by Mesh, which needs no GPU and is benchmarked natively), and labels as cached
// offscreen images of Go Mono text.
package draw

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"enginescope/render"
)

// Batch is the triangles of one clip rectangle.
type Batch struct {
	Clip render.Rect
	V    []ebiten.Vertex
	I    []uint32
}

// Mesh is a scene's shapes and arrows as triangle batches: Shapes[c] and Arrows[c] hold what is
// drawn inside clip c. Buffers are reused from one Build to the next.
type Mesh struct {
	Shapes []Batch
	Arrows []Batch
}

// Build fills the mesh from sc.
func (m *Mesh) Build(sc *render.Scene) {
	n := len(sc.Clips)
	m.Shapes = resize(m.Shapes, n)
	m.Arrows = resize(m.Arrows, n)
	for i, c := range sc.Clips {
		m.Shapes[i].Clip, m.Arrows[i].Clip = c, c
	}
	for i := range sc.Shapes {
		s := &sc.Shapes[i]
		b := &m.Shapes[clip(s.Clip, n)]
		if s.Fill.A > 0 {
			inset := float32(0)
			if s.Stroke.A > 0 {
				inset = s.Line
			}
			r := s.Rect
			r.X, r.Y, r.W, r.H = r.X+inset, r.Y+inset, r.W-2*inset, r.H-2*inset
			b.roundRect(r, max(s.Radius-inset, 0), s.Fill)
		}
		if s.Stroke.A > 0 && s.Line > 0 {
			b.ring(s.Rect, s.Radius, s.Line, s.Stroke)
		}
	}
	for i := range sc.Arrows {
		a := &sc.Arrows[i]
		m.Arrows[clip(a.Clip, n)].arrow(a, sc.Scale)
	}
}

func resize(b []Batch, n int) []Batch {
	for len(b) < n {
		b = append(b, Batch{})
	}
	b = b[:n]
	for i := range b {
		b[i].V, b[i].I = b[i].V[:0], b[i].I[:0]
	}
	return b
}

func clip(c, n int) int {
	if c < 0 || c >= n {
		return 0
	}
	return c
}

func (b *Batch) vertex(x, y float32, c color.NRGBA) uint32 {
	b.V = append(b.V, ebiten.Vertex{DstX: x, DstY: y, SrcX: 1, SrcY: 1,
		ColorR: float32(c.R) / 255, ColorG: float32(c.G) / 255, ColorB: float32(c.B) / 255, ColorA: float32(c.A) / 255})
	return uint32(len(b.V) - 1)
}

// cornerSegs is how many segments approximate a quarter circle.
func cornerSegs(r float32) int {
	switch {
	case r <= 0:
		return 0
	case r < 4:
		return 2
	case r < 10:
		return 4
	}
	return 6
}

// outline appends the points of a rounded rectangle, clockwise from the top-left corner.
func outline(pts []render.Point, r render.Rect, rad float32, segs int) []render.Point {
	rad = min(rad, r.W/2, r.H/2)
	if rad <= 0 || segs == 0 {
		return append(pts, render.Point{X: r.X, Y: r.Y}, render.Point{X: r.X + r.W, Y: r.Y},
			render.Point{X: r.X + r.W, Y: r.Y + r.H}, render.Point{X: r.X, Y: r.Y + r.H})
	}
	corners := [4]struct{ cx, cy, a0 float32 }{
		{r.X + rad, r.Y + rad, math.Pi},
		{r.X + r.W - rad, r.Y + rad, 1.5 * math.Pi},
		{r.X + r.W - rad, r.Y + r.H - rad, 0},
		{r.X + rad, r.Y + r.H - rad, 0.5 * math.Pi},
	}
	for _, c := range corners {
		for i := 0; i <= segs; i++ {
			a := float64(c.a0) + float64(i)*math.Pi/2/float64(segs)
			pts = append(pts, render.Point{X: c.cx + rad*float32(math.Cos(a)), Y: c.cy + rad*float32(math.Sin(a))})
		}
	}
	return pts
}

var scratch, scratch2 []render.Point

func (b *Batch) roundRect(r render.Rect, rad float32, c color.NRGBA) {
	if r.W <= 0 || r.H <= 0 {
		return
	}
	scratch = outline(scratch[:0], r, rad, cornerSegs(rad))
	center := b.vertex(r.X+r.W/2, r.Y+r.H/2, c)
	first := uint32(len(b.V))
	for _, p := range scratch {
		b.vertex(p.X, p.Y, c)
	}
	n := uint32(len(scratch))
	for i := uint32(0); i < n; i++ {
		b.I = append(b.I, center, first+i, first+(i+1)%n)
	}
}

// ring is a rounded rectangle's outline of width w, inside the rectangle.
func (b *Batch) ring(r render.Rect, rad, w float32, c color.NRGBA) {
	segs := cornerSegs(rad)
	scratch = outline(scratch[:0], r, rad, segs)
	in := render.Rect{X: r.X + w, Y: r.Y + w, W: r.W - 2*w, H: r.H - 2*w}
	if in.W <= 0 || in.H <= 0 {
		b.roundRect(r, rad, c)
		return
	}
	// The inner outline must have as many points as the outer one: same segment count, and a
	// zero inner radius still emits segs+1 points per corner (all at the corner).
	scratch2 = scratch2[:0]
	ir := max(rad-w, 0)
	if segs == 0 {
		scratch2 = outline(scratch2, in, 0, 0)
	} else if ir == 0 {
		for _, p := range [4]render.Point{{X: in.X, Y: in.Y}, {X: in.X + in.W, Y: in.Y}, {X: in.X + in.W, Y: in.Y + in.H}, {X: in.X, Y: in.Y + in.H}} {
			for range segs + 1 {
				scratch2 = append(scratch2, p)
			}
		}
	} else {
		scratch2 = outline(scratch2, in, ir, segs)
	}
	n := uint32(len(scratch))
	o := uint32(len(b.V))
	for _, p := range scratch {
		b.vertex(p.X, p.Y, c)
	}
	for _, p := range scratch2 {
		b.vertex(p.X, p.Y, c)
	}
	for i := uint32(0); i < n; i++ {
		j := (i + 1) % n
		b.I = append(b.I, o+i, o+j, o+n+i, o+j, o+n+j, o+n+i)
	}
}

// arrow flattens the Bézier into a thick polyline and adds a triangular head at To.
func (b *Batch) arrow(a *render.Arrow, scale float32) {
	if a.Color.A == 0 {
		return
	}
	const segs = 20
	head := 8 * scale
	hw := 4 * scale
	w := a.Width / 2
	pts := scratch[:0]
	for i := 0; i <= segs; i++ {
		t := float32(i) / segs
		pts = append(pts, bezier(a, t))
	}
	scratch = pts
	// The direction at the end, and the line stops where the head starts.
	end := pts[len(pts)-1]
	dir := sub(end, pts[len(pts)-2])
	if l := length(dir); l > 0 {
		dir = render.Point{X: dir.X / l, Y: dir.Y / l}
	} else {
		dir = render.Point{X: 1}
	}
	base := render.Point{X: end.X - dir.X*head, Y: end.Y - dir.Y*head}
	for i := len(pts) - 1; i > 0 && length(sub(pts[i], end)) < head; i-- {
		pts[i] = base
	}
	prev := pts[0]
	for _, p := range pts[1:] {
		d := sub(p, prev)
		l := length(d)
		if l < 0.01 {
			continue
		}
		nx, ny := -d.Y/l*w, d.X/l*w
		i0 := b.vertex(prev.X+nx, prev.Y+ny, a.Color)
		b.vertex(prev.X-nx, prev.Y-ny, a.Color)
		b.vertex(p.X+nx, p.Y+ny, a.Color)
		b.vertex(p.X-nx, p.Y-ny, a.Color)
		b.I = append(b.I, i0, i0+1, i0+2, i0+1, i0+3, i0+2)
		prev = p
	}
	nx, ny := -dir.Y*hw, dir.X*hw
	i0 := b.vertex(end.X, end.Y, a.Color)
	b.vertex(base.X+nx, base.Y+ny, a.Color)
	b.vertex(base.X-nx, base.Y-ny, a.Color)
	b.I = append(b.I, i0, i0+1, i0+2)
}

func bezier(a *render.Arrow, t float32) render.Point {
	u := 1 - t
	w0, w1, w2, w3 := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
	return render.Point{
		X: w0*a.From.X + w1*a.C1.X + w2*a.C2.X + w3*a.To.X,
		Y: w0*a.From.Y + w1*a.C1.Y + w2*a.C2.Y + w3*a.To.Y,
	}
}

func sub(a, b render.Point) render.Point { return render.Point{X: a.X - b.X, Y: a.Y - b.Y} }

func length(p render.Point) float32 { return float32(math.Hypot(float64(p.X), float64(p.Y))) }
