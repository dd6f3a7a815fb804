package render

import (
	"hash/fnv"
	"image/color"
	"strconv"
)

// The hidden-class panel: the transition trees of the program's objects (roots on the left,
// one column per added property, edges labelled with the key), the map the last transition or
// reuse led to highlighted, and that map's object layout: in-object slots, the backing store
// (PropertyArray), or, for a dictionary map, a hash table.

var (
	colMap     = color.NRGBA{0xee, 0xf3, 0xfb, 0xff}
	colMapBd   = color.NRGBA{0x5b, 0x7d, 0xb1, 0xff}
	colMapCur  = color.NRGBA{0xff, 0xe5, 0x8f, 0xff}
	colMapDict = color.NRGBA{0xf7, 0xe6, 0xf3, 0xff}
	colSlot    = color.NRGBA{0xfd, 0xf3, 0xe1, 0xff}
	colSlotOut = color.NRGBA{0xe3, 0xf0, 0xe0, 0xff}
)

// shownTrees are the roots of the trees worth drawing: object and array maps with at least one
// property or elements edge (function maps and prototype bookkeeping are left out).
func shownTrees(m *Maps) []uint32 {
	var roots []uint32
	seen := map[uint32]bool{}
	for _, id := range m.Order {
		n := m.ByID[id]
		if n.Type != "JS_OBJECT_TYPE" && n.Type != "JS_ARRAY_TYPE" {
			continue
		}
		r := m.Root(id)
		if seen[r] {
			continue
		}
		for _, e := range n.Edges {
			if e.Kind != "normalize" {
				seen[r] = true
				roots = append(roots, r)
				break
			}
		}
	}
	return roots
}

// mapsShown reports whether the hidden-class panel has something to draw.
func mapsShown(s *State, o LayoutOptions) bool {
	return o.Maps || len(shownTrees(&s.Maps)) > 0
}

func (l *layout) mapsPanel(r Rect) {
	k, m := l.k, &l.s.Maps
	title := "Hidden classes (maps)"
	if m.Last != 0 {
		title += " · last: #" + strconv.Itoa(int(m.Last))
		if m.Key != "" {
			title += " (+" + m.Key + ")"
		}
	}
	clip := l.panel("maps", title, r)
	body := Rect{r.X + pad*k, r.Y + titleH*k + 2*k, r.W - 2*pad*k, r.H - titleH*k - 4*k}
	layoutH := 3*rowH*k + 8*k
	tree := Rect{body.X, body.Y, body.W, body.H - layoutH}
	roots := shownTrees(m)
	if len(roots) == 0 {
		l.note("maps:empty", "(no transitions yet)", tree, clip)
	}
	boxW, boxH := 74*k, 18*k
	colW := boxW + 40*k
	y := tree.Y
	placed := map[uint32]Point{}
	var place func(id uint32, depth int)
	place = func(id uint32, depth int) {
		n := m.ByID[id]
		if n == nil || depth > 24 {
			return
		}
		p := Point{tree.X + float32(depth)*colW, y}
		placed[id] = p
		first := true
		for _, e := range n.Edges {
			if e.Kind == "normalize" {
				continue
			}
			if !first {
				y += boxH + 6*k
			}
			first = false
			place(e.To, depth+1)
		}
	}
	for _, root := range roots {
		if y > tree.Y+tree.H {
			break
		}
		place(root, 0)
		y += boxH + 10*k
	}
	for id, p := range placed {
		n := m.ByID[id]
		fill := colMap
		if n.Dictionary {
			fill = colMapDict
		}
		if id == m.Last {
			fill = colMapCur
		}
		key := "map:" + strconv.Itoa(int(id))
		label := "#" + strconv.Itoa(int(id))
		if len(n.Fields) == 0 {
			label += " {}"
		}
		bd := colMapBd
		if n.Deprecated {
			bd = colDim
		}
		l.sc.Shapes = append(l.sc.Shapes, Shape{Key: key, Rect: Rect{p.X, p.Y, boxW, boxH}, Fill: fill, Stroke: bd, Line: k, Radius: 3 * k, Clip: clip})
		l.text(key+":t", p.X+4*k, p.Y+3*k, Fit(label, smallSz*k, boxW-8*k), smallSz*k, colText, id == m.Last, clip)
		for _, e := range n.Edges {
			q, ok := placed[e.To]
			if !ok || e.Kind == "normalize" {
				continue
			}
			a := Point{p.X + boxW, p.Y + boxH/2}
			z := Point{q.X, q.Y + boxH/2}
			ek := key + ":" + strconv.Itoa(int(e.To))
			l.sc.Arrows = append(l.sc.Arrows, Arrow{Key: "edge:" + ek, From: a, C1: Point{a.X + 16*k, a.Y}, C2: Point{z.X - 16*k, z.Y}, To: z, Color: colArrow, Width: 1.2 * k, Clip: clip})
			l.text("edge:"+ek+":k", a.X+4*k, min(a.Y, z.Y)-1*k+(z.Y-a.Y)/2-smallSz*k, Fit(e.Key, smallSz*k*0.9, colW-boxW-6*k), smallSz*k*0.9, colString, false, clip)
		}
	}
	if n := m.ByID[m.Last]; n != nil {
		l.objectLayout(n, Rect{body.X, body.Y + body.H - layoutH, body.W, layoutH}, clip)
	}
}

// objectLayout draws how an object with map n stores its named properties.
func (l *layout) objectLayout(n *MapNode, r Rect, clip int) {
	k := l.k
	cell := func(key string, x, y, w float32, label string, fill color.NRGBA) {
		l.sc.Shapes = append(l.sc.Shapes, Shape{Key: key, Rect: Rect{x, y, w, rowH * k}, Fill: fill, Stroke: colBorder, Line: k, Radius: 2 * k, Clip: clip})
		l.text(key+":t", x+3*k, y+1*k, Fit(label, smallSz*k, w-6*k), smallSz*k, colText, false, clip)
	}
	y := r.Y + 2*k
	if n.Dictionary {
		l.text("maplay:title", r.X, y, Fit("#"+strconv.Itoa(int(n.ID))+" is a dictionary map: properties live in a hash table", smallSz*k, r.W), smallSz*k, colTitle, true, clip)
		y += rowH * k
		buckets := 8
		w := min(r.W/float32(buckets), 70*k)
		table := make([]string, buckets)
		for _, f := range n.Fields {
			h := fnv.New32a()
			h.Write([]byte(f.Key))
			b := int(h.Sum32() % uint32(buckets))
			for table[b] != "" {
				b = (b + 1) % buckets // open addressing, as V8's NameDictionary
			}
			table[b] = f.Key
		}
		for i, key := range table {
			cell("maplay:b"+strconv.Itoa(i), r.X+float32(i)*w, y, w-2*k, key, colMapDict)
		}
		return
	}
	l.text("maplay:title", r.X, y, Fit("#"+strconv.Itoa(int(n.ID))+": "+strconv.Itoa(n.InObject)+" in-object slots, "+strconv.Itoa(n.Size)+" bytes", smallSz*k, r.W), smallSz*k, colTitle, true, clip)
	y += rowH * k
	in := make([]string, n.InObject)
	var out []string
	for _, f := range n.Fields {
		if f.Where == "descriptor" {
			continue // an accessor: its pair lives in the map's descriptors, not in a slot
		}
		if f.Where == "in-object" && f.Index >= 0 && f.Index < len(in) {
			in[f.Index] = f.Key
		} else {
			out = append(out, f.Key)
		}
	}
	slots := len(in)
	w := min((r.W*0.6)/float32(max(slots, 1)), 60*k)
	for i, key := range in {
		cell("maplay:in"+strconv.Itoa(i), r.X+float32(i)*w, y, w-2*k, key, colSlot)
	}
	if len(out) > 0 {
		x := r.X + float32(slots)*w
		if slots > 0 {
			x += 10 * k
		}
		l.text("maplay:out", x, y+1*k, "properties:", smallSz*k, colDim, false, clip)
		x += TextWidth("properties: ", smallSz*k)
		for i, key := range out {
			if x+w > r.X+r.W {
				break
			}
			cell("maplay:out"+strconv.Itoa(i), x, y, w-2*k, key, colSlotOut)
			x += w
		}
	}
}
