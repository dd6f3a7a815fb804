package render

// SideBySide puts two scenes laid out at half the width next to each other (the side-by-side
// mode: the same program on two hosts). Keys get a side prefix so the tween never matches an
// element of one column with the other's; each column keeps its own clips.
func SideBySide(a, b *Scene, gap float32) *Scene {
	out := &Scene{W: a.W + gap + b.W, H: max(a.H, b.H), Scale: a.Scale}
	out.Clips = append(out.Clips, Rect{0, 0, out.W, out.H})
	add := func(s *Scene, dx float32, prefix string) {
		base := len(out.Clips)
		for _, c := range s.Clips {
			out.Clips = append(out.Clips, Rect{c.X + dx, c.Y, c.W, c.H})
		}
		for _, x := range s.Shapes {
			x.Key, x.Rect.X, x.Clip = prefix+x.Key, x.Rect.X+dx, base+x.Clip
			out.Shapes = append(out.Shapes, x)
		}
		for _, x := range s.Texts {
			x.Key, x.X, x.Clip = prefix+x.Key, x.X+dx, base+x.Clip
			out.Texts = append(out.Texts, x)
		}
		for _, x := range s.Arrows {
			x.Key, x.Clip = prefix+x.Key, base+x.Clip
			x.From.X, x.C1.X, x.C2.X, x.To.X = x.From.X+dx, x.C1.X+dx, x.C2.X+dx, x.To.X+dx
			out.Arrows = append(out.Arrows, x)
		}
	}
	add(a, 0, "L:")
	add(b, a.W+gap, "R:")
	return out
}
