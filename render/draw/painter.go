package draw

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/gomonobold"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"enginescope/render"
)

// Painter draws scenes onto an ebiten image. Labels are rendered once into offscreen images and
// reused while their text, size and colour stay the same (drawing text every frame costs ~20 µs
// per label in WASM, drawing a cached image ~6 µs).
//
// Text is Go Mono rasterized by golang.org/x/image's OpenType face into the label's image, not
// through ebiten's text/v2: labels are monospaced Latin, which needs no shaping, and leaving out
// text/v2 and the go-text/typesetting shaper it links keeps the WebAssembly within its budget.
type Painter struct {
	mesh    Mesh
	white   *ebiten.Image
	regular *opentype.Font
	bold    *opentype.Font
	faces   map[faceKey]font.Face
	labels  map[labelKey]*label
	frame   uint64
}

type faceKey struct {
	size int32 // quarter pixels
	bold bool
}

type labelKey struct {
	s       string
	size    int32 // quarter pixels
	bold    bool
	r, g, b uint8
}

type label struct {
	img  *ebiten.Image
	used uint64
}

// maxLabels bounds the label cache; labels unused for a while are dropped when it is full.
const maxLabels = 4000

// NewPainter loads the fonts.
func NewPainter() (*Painter, error) {
	reg, err := opentype.Parse(gomono.TTF)
	if err != nil {
		return nil, err
	}
	bold, err := opentype.Parse(gomonobold.TTF)
	if err != nil {
		return nil, err
	}
	white := ebiten.NewImage(3, 3)
	white.Fill(color.White)
	return &Painter{white: white, regular: reg, bold: bold, faces: map[faceKey]font.Face{}, labels: map[labelKey]*label{}}, nil
}

// Draw paints sc onto dst: shapes clip by clip, then arrows, then labels.
func (p *Painter) Draw(dst *ebiten.Image, sc *render.Scene) {
	p.frame++
	p.mesh.Build(sc)
	src := p.white.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image)
	for _, b := range p.mesh.Shapes {
		if len(b.I) > 0 {
			clipTo(dst, b.Clip).DrawTriangles32(b.V, b.I, src, nil)
		}
	}
	aa := &ebiten.DrawTrianglesOptions{AntiAlias: true}
	for _, b := range p.mesh.Arrows {
		if len(b.I) > 0 {
			clipTo(dst, b.Clip).DrawTriangles32(b.V, b.I, src, aa)
		}
	}
	for i := range sc.Texts {
		t := &sc.Texts[i]
		if t.Color.A == 0 || t.Str == "" {
			continue
		}
		c := sc.Clips[0]
		if t.Clip < len(sc.Clips) {
			c = sc.Clips[t.Clip]
		}
		if t.Y > c.Y+c.H || t.Y+t.Size*1.5 < c.Y || t.X > c.X+c.W {
			continue
		}
		img := p.label(t)
		op := &ebiten.DrawImageOptions{}
		op.GeoM.Translate(math.Round(float64(t.X)), math.Round(float64(t.Y)))
		op.ColorScale.ScaleAlpha(float32(t.Color.A) / 255)
		clipTo(dst, c).DrawImage(img, op)
	}
	if len(p.labels) > maxLabels {
		for k, l := range p.labels {
			if l.used+2 < p.frame {
				l.img.Deallocate()
				delete(p.labels, k)
			}
		}
	}
}

func clipTo(dst *ebiten.Image, r render.Rect) *ebiten.Image {
	rc := image.Rect(int(math.Floor(float64(r.X))), int(math.Floor(float64(r.Y))),
		int(math.Ceil(float64(r.X+r.W))), int(math.Ceil(float64(r.Y+r.H))))
	return dst.SubImage(rc).(*ebiten.Image)
}

func (p *Painter) label(t *render.Text) *ebiten.Image {
	k := labelKey{s: t.Str, size: int32(t.Size * 4), bold: t.Bold, r: t.Color.R, g: t.Color.G, b: t.Color.B}
	if l, ok := p.labels[k]; ok {
		l.used = p.frame
		return l.img
	}
	face := p.face(k.size, t.Bold)
	m := face.Metrics()
	w := font.MeasureString(face, t.Str).Ceil()
	h := m.Height.Ceil()
	rgba := image.NewRGBA(image.Rect(0, 0, max(w+2, 1), max(h+2, 1)))
	d := &font.Drawer{Dst: rgba, Src: image.NewUniform(color.NRGBA{t.Color.R, t.Color.G, t.Color.B, 0xff}), Face: face,
		Dot: fixed.Point26_6{Y: m.Ascent + (m.Height-m.Ascent-m.Descent)/2}} // the line box's top at y=0, as text/v2 draws
	d.DrawString(t.Str)
	img := ebiten.NewImageFromImage(rgba)
	p.labels[k] = &label{img: img, used: p.frame}
	return img
}

// face is Go Mono (or Go Mono Bold) at a size in quarter pixels.
func (p *Painter) face(size int32, bold bool) font.Face {
	k := faceKey{size, bold}
	if f, ok := p.faces[k]; ok {
		return f
	}
	src := p.regular
	if bold {
		src = p.bold
	}
	of, err := opentype.NewFace(src, &opentype.FaceOptions{Size: float64(size) / 4, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		panic(err) // Go Mono is embedded and valid: checked by the tests
	}
	p.faces[k] = of
	return of
}
