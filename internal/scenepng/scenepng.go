// Package scenepng rasterizes a render.Scene into a PNG without a GPU (boxes, Bézier arrows as
// polylines, Go Mono labels). Tests use it to look at layouts natively; the page draws with ebiten.
package scenepng

import (
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io"
	"math"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"enginescope/render"
)

// Encode draws sc and writes it as PNG.
func Encode(w io.Writer, sc *render.Scene) error {
	img := image.NewNRGBA(image.Rect(0, 0, int(sc.W), int(sc.H)))
	f, err := opentype.Parse(gomono.TTF)
	if err != nil {
		return err
	}
	faces := map[int]font.Face{}
	face := func(size float32) font.Face {
		n := int(size + 0.5)
		if faces[n] == nil {
			faces[n], _ = opentype.NewFace(f, &opentype.FaceOptions{Size: float64(n), DPI: 72, Hinting: font.HintingFull})
		}
		return faces[n]
	}
	clip := func(c int) image.Rectangle {
		r := sc.Clips[min(c, len(sc.Clips)-1)]
		return image.Rect(int(r.X), int(r.Y), int(r.X+r.W), int(r.Y+r.H))
	}
	for _, s := range sc.Shapes {
		r := image.Rect(int(s.Rect.X), int(s.Rect.Y), int(s.Rect.X+s.Rect.W+0.5), int(s.Rect.Y+s.Rect.H+0.5)).Intersect(clip(s.Clip))
		if s.Fill.A > 0 {
			draw.Draw(img, r, image.NewUniform(s.Fill), image.Point{}, draw.Over)
		}
		if s.Stroke.A > 0 {
			lw := max(int(s.Line+0.5), 1)
			u := image.NewUniform(s.Stroke)
			for _, e := range []image.Rectangle{
				image.Rect(r.Min.X, r.Min.Y, r.Max.X, r.Min.Y+lw), image.Rect(r.Min.X, r.Max.Y-lw, r.Max.X, r.Max.Y),
				image.Rect(r.Min.X, r.Min.Y, r.Min.X+lw, r.Max.Y), image.Rect(r.Max.X-lw, r.Min.Y, r.Max.X, r.Max.Y)} {
				draw.Draw(img, e.Intersect(r), u, image.Point{}, draw.Over)
			}
		}
	}
	for _, a := range sc.Arrows {
		cr := clip(a.Clip)
		var prev render.Point
		for i := 0; i <= 40; i++ {
			t := float32(i) / 40
			u := 1 - t
			p := render.Point{
				X: u*u*u*a.From.X + 3*u*u*t*a.C1.X + 3*u*t*t*a.C2.X + t*t*t*a.To.X,
				Y: u*u*u*a.From.Y + 3*u*u*t*a.C1.Y + 3*u*t*t*a.C2.Y + t*t*t*a.To.Y,
			}
			if i > 0 {
				line(img, prev, p, a.Color, cr)
			}
			prev = p
		}
	}
	for _, t := range sc.Texts {
		d := font.Drawer{Dst: clipped{img, clip(t.Clip)}, Src: image.NewUniform(t.Color), Face: face(t.Size)}
		d.Dot = fixed.P(int(t.X), int(t.Y+t.Size*0.85))
		d.DrawString(t.Str)
	}
	return png.Encode(w, img)
}

type clipped struct {
	*image.NRGBA
	r image.Rectangle
}

func (c clipped) Bounds() image.Rectangle { return c.NRGBA.Bounds().Intersect(c.r) }

func line(img *image.NRGBA, a, b render.Point, c color.NRGBA, cr image.Rectangle) {
	n := int(math.Max(math.Abs(float64(b.X-a.X)), math.Abs(float64(b.Y-a.Y)))) + 1
	for i := 0; i <= n; i++ {
		t := float32(i) / float32(n)
		p := image.Pt(int(a.X+(b.X-a.X)*t), int(a.Y+(b.Y-a.Y)*t))
		if p.In(cr) {
			img.SetNRGBA(p.X, p.Y, c)
		}
	}
}
