package render

import (
	"image/color"
	"math"
)

// Scene is a diagram as pure geometry: what render/draw paints, and what Tween interpolates.
// Every element has a Key that is stable across steps (frame id, heap address, property name),
// so an animation can match an element before and after a step. Coordinates are device pixels
// (already multiplied by Scale).
type Scene struct {
	W, H   float32
	Scale  float32
	Clips  []Rect // Clips[0] is the whole canvas; elements name the clip they are drawn in
	Shapes []Shape
	Texts  []Text
	Arrows []Arrow
}

// Point is a position in device pixels.
type Point struct{ X, Y float32 }

// Rect is an axis-aligned rectangle in device pixels.
type Rect struct{ X, Y, W, H float32 }

// Contains reports whether p is inside r.
func (r Rect) Contains(p Point) bool {
	return p.X >= r.X && p.Y >= r.Y && p.X < r.X+r.W && p.Y < r.Y+r.H
}

// Shape is a filled and/or outlined rounded rectangle.
type Shape struct {
	Key    string
	Rect   Rect
	Fill   color.NRGBA // A == 0: no fill
	Stroke color.NRGBA // A == 0: no outline
	Line   float32     // outline width
	Radius float32
	Clip   int
}

// Text is one label, drawn with its top-left corner at X, Y.
type Text struct {
	Key   string
	X, Y  float32
	Str   string
	Size  float32 // font size in device pixels
	Color color.NRGBA
	Bold  bool
	Clip  int
}

// Arrow is a cubic Bézier from From to To with an arrowhead at To.
type Arrow struct {
	Key              string
	From, C1, C2, To Point
	Color            color.NRGBA
	Width            float32
	Clip             int
}

// MonoAdvance is Go Mono's advance width per em (1229/2048); every label is Go Mono, so layout
// measures text without a font (TestMonoAdvance checks the number against the font file).
const MonoAdvance = 0.6

// TextWidth is the drawn width of s at size px.
func TextWidth(s string, size float32) float32 {
	n := 0
	for range s {
		n++
	}
	return float32(n) * size * MonoAdvance
}

// Fit cuts s with an ellipsis so it is at most w wide at size px.
func Fit(s string, size, w float32) string {
	maxRunes := int(math.Floor(float64(w / (size * MonoAdvance))))
	if maxRunes <= 0 {
		return ""
	}
	n := 0
	for i := range s {
		if n == maxRunes-1 {
			rest := 0
			for range s[i:] {
				rest++
			}
			if rest > 1 {
				return s[:i] + "…"
			}
			return s
		}
		n++
	}
	return s
}

// Tween interpolates from scene a to scene b at t in [0, 1]: elements present in both move
// (frames slide, arrows re-route), new ones fade in (frames also slide in from above), removed
// ones fade out. The result has b's clips and b's text strings.
func Tween(a, b *Scene, t float32) *Scene {
	if a == nil || t >= 1 {
		return b
	}
	t = smooth(max(t, 0))
	out := &Scene{W: b.W, H: b.H, Scale: b.Scale, Clips: b.Clips}
	slide := 24 * b.Scale * (1 - t)

	as := make(map[string]int, len(a.Shapes))
	for i, s := range a.Shapes {
		as[s.Key] = i
	}
	seen := make(map[string]bool, len(b.Shapes))
	out.Shapes = make([]Shape, 0, len(b.Shapes)+4)
	for _, s := range b.Shapes {
		seen[s.Key] = true
		if i, ok := as[s.Key]; ok {
			p := a.Shapes[i]
			s.Rect = lerpRect(p.Rect, s.Rect, t)
			s.Fill = lerpColor(p.Fill, s.Fill, t)
			s.Stroke = lerpColor(p.Stroke, s.Stroke, t)
		} else {
			s.Fill, s.Stroke = fade(s.Fill, t), fade(s.Stroke, t)
			if isFrameKey(s.Key) {
				s.Rect.Y -= slide
			}
		}
		out.Shapes = append(out.Shapes, s)
	}
	for _, s := range a.Shapes {
		if !seen[s.Key] {
			s.Fill, s.Stroke = fade(s.Fill, 1-t), fade(s.Stroke, 1-t)
			if isFrameKey(s.Key) {
				s.Rect.Y -= 24*b.Scale - slide
			}
			s.Clip = clipFor(s.Clip, b)
			out.Shapes = append(out.Shapes, s)
		}
	}

	at := make(map[string]int, len(a.Texts))
	for i, x := range a.Texts {
		at[x.Key] = i
	}
	clear(seen)
	out.Texts = make([]Text, 0, len(b.Texts)+4)
	for _, x := range b.Texts {
		seen[x.Key] = true
		if i, ok := at[x.Key]; ok {
			p := a.Texts[i]
			x.X, x.Y = lerp(p.X, x.X, t), lerp(p.Y, x.Y, t)
		} else {
			x.Color = fade(x.Color, t)
			if isFrameKey(x.Key) {
				x.Y -= slide
			}
		}
		out.Texts = append(out.Texts, x)
	}
	for _, x := range a.Texts {
		if !seen[x.Key] {
			x.Color = fade(x.Color, 1-t)
			x.Clip = clipFor(x.Clip, b)
			out.Texts = append(out.Texts, x)
		}
	}

	aa := make(map[string]int, len(a.Arrows))
	for i, r := range a.Arrows {
		aa[r.Key] = i
	}
	clear(seen)
	out.Arrows = make([]Arrow, 0, len(b.Arrows)+4)
	for _, r := range b.Arrows {
		seen[r.Key] = true
		if i, ok := aa[r.Key]; ok {
			p := a.Arrows[i]
			r.From, r.C1 = lerpPoint(p.From, r.From, t), lerpPoint(p.C1, r.C1, t)
			r.C2, r.To = lerpPoint(p.C2, r.C2, t), lerpPoint(p.To, r.To, t)
		} else {
			r.Color = fade(r.Color, t)
		}
		out.Arrows = append(out.Arrows, r)
	}
	for _, r := range a.Arrows {
		if !seen[r.Key] {
			r.Color = fade(r.Color, 1-t)
			r.Clip = clipFor(r.Clip, b)
			out.Arrows = append(out.Arrows, r)
		}
	}
	return out
}

func clipFor(c int, b *Scene) int {
	if c < len(b.Clips) {
		return c
	}
	return 0
}

func isFrameKey(k string) bool { return len(k) > 6 && k[:6] == "frame:" }

func smooth(t float32) float32 { return t * t * (3 - 2*t) }

func lerp(a, b, t float32) float32 { return a + (b-a)*t }

func lerpPoint(a, b Point, t float32) Point { return Point{lerp(a.X, b.X, t), lerp(a.Y, b.Y, t)} }

func lerpRect(a, b Rect, t float32) Rect {
	return Rect{lerp(a.X, b.X, t), lerp(a.Y, b.Y, t), lerp(a.W, b.W, t), lerp(a.H, b.H, t)}
}

func lerpColor(a, b color.NRGBA, t float32) color.NRGBA {
	l := func(x, y uint8) uint8 { return uint8(float32(x) + (float32(y)-float32(x))*t + 0.5) }
	return color.NRGBA{l(a.R, b.R), l(a.G, b.G), l(a.B, b.B), l(a.A, b.A)}
}

func fade(c color.NRGBA, t float32) color.NRGBA {
	c.A = uint8(float32(c.A)*t + 0.5)
	return c
}
