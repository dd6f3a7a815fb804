package render

import (
	"image/color"
	"math"
	"strconv"

	"enginescope/core/events"
)

// The memory panel: new space's two halves with blocks at their addresses, forwarding arrows
// for what the last collection copied or promoted, old-space pages, marking colours, barrier
// hits, and a strip of the heap's size over time. Blocks are keyed by identity ("blk:ID"), not
// address, so Tween slides a copied object from from-space into to-space.

var (
	colWhite    = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	colGrey     = color.NRGBA{0xc4, 0xc4, 0xc4, 0xff}
	colBlack    = color.NRGBA{0x5a, 0x5a, 0x5a, 0xff}
	colMarkBd   = color.NRGBA{0x33, 0x33, 0x33, 0xff}
	colSemi     = color.NRGBA{0xf1, 0xf4, 0xf8, 0xff}
	colSemiUse  = color.NRGBA{0xe4, 0xee, 0xfa, 0xff}
	colPage     = color.NRGBA{0xf6, 0xf1, 0xe8, 0xff}
	colSwept    = color.NRGBA{0xe6, 0xf4, 0xe4, 0xff}
	colEvac     = color.NRGBA{0xfb, 0xe3, 0xe0, 0xff}
	colFlash    = color.NRGBA{0xe5, 0x39, 0x35, 0xff}
	colGen      = color.NRGBA{0xf5, 0x9e, 0x0b, 0xff}
	colFwd      = color.NRGBA{0x9c, 0x27, 0xb0, 0xd0}
	colBackBlk  = color.NRGBA{0xb8, 0xc2, 0xcc, 0xff}
	colStrBlk   = color.NRGBA{0x7f, 0xc8, 0xa9, 0xff}
	colObjBlk   = color.NRGBA{0xf0, 0xb4, 0x5a, 0xff}
	colFnBlk    = color.NRGBA{0x8c, 0xc6, 0x7e, 0xff}
	colCtxBlk   = color.NRGBA{0xb3, 0x96, 0xda, 0xff}
	colHistory  = color.NRGBA{0x4a, 0x7f, 0xc1, 0xff}
	colHistLite = color.NRGBA{0xc9, 0xdb, 0xf1, 0xff}
)

// memoryShown reports whether the layout gives the memory panel room: when asked to (a scene
// about memory) or once the program has collected garbage.
func memoryShown(s *State, o LayoutOptions) bool {
	return o.Memory || len(s.Mem.History) > 0 || s.Mem.Marking || s.Mem.GC != "" || s.Mem.OOM != nil
}

// splitMemory takes the lower part of the stack and heap columns for the memory panel.
func (l *layout) splitMemory(stackR, heapR Rect, o LayoutOptions) (stack, graph, mem Rect, ok bool) {
	if !memoryShown(l.s, o) && !mapsShown(l.s, o) && !o.Maps {
		return stackR, heapR, Rect{}, false
	}
	k := l.k
	h := min(max(heapR.H*0.42, 230*k), heapR.H-120*k)
	if h < 150*k {
		return stackR, heapR, Rect{}, false
	}
	stack = Rect{stackR.X, stackR.Y, stackR.W, stackR.H - h - gap*k}
	graph = Rect{heapR.X, heapR.Y, heapR.W, heapR.H - h - gap*k}
	mem = Rect{stackR.X, graph.Y + graph.H + gap*k, heapR.X + heapR.W - stackR.X, h}
	return stack, graph, mem, true
}

// bottomPanels fills the area under the stack and the heap: the memory panel, the hidden-class
// panel, or both side by side.
func (l *layout) bottomPanels(r Rect, o LayoutOptions) {
	mem, maps := memoryShown(l.s, o), mapsShown(l.s, o)
	if o.Memory != o.Maps {
		mem, maps = o.Memory, o.Maps // a scene that asks for one panel gets the whole area for it
	}
	switch {
	case mem && maps:
		w := r.W * 0.58
		l.memory(Rect{r.X, r.Y, w, r.H})
		l.mapsPanel(Rect{r.X + w + gap*l.k, r.Y, r.W - w - gap*l.k, r.H})
	case maps:
		l.mapsPanel(r)
	default:
		l.memory(r)
	}
}

// BlockColour is a block's fill: its marking colour while marking runs, else its kind.
func BlockColour(b *Block, marking bool) color.NRGBA {
	if marking {
		switch b.Colour {
		case Grey:
			return colGrey
		case Black:
			return colBlack
		}
		return colWhite
	}
	switch b.Type {
	case "JSFunction":
		return colFnBlk
	case "Context", "ScriptContext", "FunctionContext", "BlockContext":
		return colCtxBlk
	case "FixedArray", "PropertyArray", "FixedDoubleArray", "NameDictionary", "NumberDictionary":
		return colBackBlk
	}
	if len(b.Type) > 2 && b.Type[:2] == "JS" {
		return colObjBlk
	}
	if len(b.Type) > 3 && (b.Type[:3] == "Seq" || b.Type[:4] == "Cons" || b.Type == "HeapNumber") {
		return colStrBlk
	}
	return colBackBlk
}

// strip is an address range drawn as rows of a rectangle (a long range wraps, so small objects
// stay wide enough to see).
type strip struct {
	base       events.Addr
	span, rows int
	r          Rect
}

func (s strip) rowBytes() int { return (s.span + s.rows - 1) / s.rows }

// place is the rectangle of [a, a+size) (clipped to its row).
func (s strip) place(a events.Addr, size int, minW float32) Rect {
	off := int(a&^1) - int(s.base&^1)
	rb := s.rowBytes()
	row := min(max(off/rb, 0), s.rows-1)
	rh := s.r.H / float32(s.rows)
	x := s.r.X + float32(off-row*rb)/float32(rb)*s.r.W
	w := max(float32(size)/float32(rb)*s.r.W, minW)
	w = min(w, s.r.X+s.r.W-x)
	return Rect{x, s.r.Y + float32(row)*rh + 1, max(w-0.5, 1), rh - 2}
}

func (s strip) contains(a events.Addr) bool {
	return a >= s.base && int(a-s.base) < s.span
}

// rowsFor chooses how many rows a span needs so that a 32-byte object is at least ~4 px wide.
func rowsFor(span int, w float32, k float32) int {
	perRow := max(int(w/(4*k))*32, 256)
	return min(max((span+perRow-1)/perRow, 1), 8)
}

func (l *layout) memory(r Rect) {
	k, m := l.k, &l.s.Mem
	clip := l.panel("mem", l.memoryTitle(), r)
	body := Rect{r.X + pad*k, r.Y + titleH*k + 2*k, r.W - 2*pad*k, r.H - titleH*k - 4*k}
	y := body.Y
	where := map[int]Rect{} // block id → its rectangle, for arrows and flashes

	// New space.
	halfW := (body.W - gap*k) / 2
	rows := rowsFor(max(m.SemiCap, 1), halfW, k)
	barH := min(float32(rows)*max(14*k, 30*k/float32(rows)), max(body.H*0.22, 30*k))
	var halves [2]strip
	for i := range 2 {
		x := body.X + float32(i)*(halfW+gap*k)
		name, note := "To", "empty"
		if i == m.InUse {
			name, note = "From", "in use"
		}
		switch {
		case m.GC == "Scavenge" && i == m.InUse:
			note = "being evacuated"
		case m.GC == "Scavenge":
			note = "receiving survivors"
		}
		if m.Semi[i].Cap == 0 {
			note = "not used yet"
		}
		br := Rect{x, y + 12*k, halfW, barH}
		l.text("mem:semi:"+strconv.Itoa(i)+":name", x, br.Y+barH+2*k, Fit(name+"-space ("+note+")", smallSz*k, halfW), smallSz*k, colTitle, i == m.InUse, clip)
		fill := colSemi
		if i == m.InUse {
			fill = colSemiUse
		}
		l.sc.Shapes = append(l.sc.Shapes, Shape{Key: "mem:semi:" + strconv.Itoa(i), Rect: br, Fill: fill, Stroke: colBorder, Line: k, Radius: 3 * k, Clip: clip})
		halves[i] = strip{base: m.Semi[i].Base, span: max(m.Semi[i].Cap, 1), rows: rows, r: br}
		if m.SemiKnown && i == m.InUse && m.AgeMark > m.Semi[i].Base && halves[i].contains(m.AgeMark) {
			p := halves[i].place(m.AgeMark, 0, 0)
			l.sc.Shapes = append(l.sc.Shapes, Shape{Key: "mem:agemark", Rect: Rect{p.X - k, p.Y - 3*k, 2 * k, p.H + 6*k}, Fill: colErr, Clip: clip})
		}
	}
	y += 12*k + barH + rowH*k + 4*k

	// Old space: the pages that hold program blocks or were swept.
	pages := map[events.Addr]bool{}
	var order []events.Addr
	var lo, old, young int
	blocks := m.SortedBlocks()
	for _, b := range blocks {
		switch b.Space {
		case "old":
			old += b.Size
			if p := PageOf(b.Addr); !pages[p] {
				pages[p] = true
				order = append(order, p)
			}
		case "lo":
			lo += b.Size
		case "new":
			young += b.Size
		}
	}
	sweeps := map[events.Addr]Sweep{}
	for _, sw := range m.Sweeps {
		sweeps[sw.Page] = sw
		if !pages[sw.Page] {
			pages[sw.Page] = true
			order = append(order, sw.Page)
		}
	}
	sortAddrs(order)
	l.text("mem:old:title", body.X, y, Fit("Old space: "+kb(old)+" in "+strconv.Itoa(len(order))+" page(s) of 16 KB"+loNote(lo), smallSz*k, body.W), smallSz*k, colTitle, true, clip)
	y += rowH * k
	histH := 46 * k
	legendH := rowH * k
	room := body.Y + body.H - y - histH - legendH - 4*k
	prow := rowsFor(PageSize, body.W, k)
	pageH := float32(prow)*9*k + 2*k
	maxPages := max(int(room/(pageH+3*k)), 0)
	first := max(len(order)-maxPages, 0) // the newest pages when they do not all fit
	var pstrips []strip
	for i, p := range order[first:] {
		pr := Rect{body.X, y + float32(i)*(pageH+3*k), body.W, pageH}
		fill := colPage
		if sw, ok := sweeps[p]; ok {
			fill = colSwept
			if sw.Evacuated || sw.Released {
				fill = colEvac
			}
		}
		l.sc.Shapes = append(l.sc.Shapes, Shape{Key: "mem:page:" + p.String(), Rect: pr, Fill: fill, Stroke: colBorder, Line: k, Radius: 2 * k, Clip: clip})
		pstrips = append(pstrips, strip{base: p, span: PageSize, rows: prow, r: Rect{pr.X + 1*k, pr.Y + 1*k, pr.W - 2*k, pr.H - 2*k}})
	}
	y += float32(len(order)-first) * (pageH + 3*k)

	// Blocks.
	for _, b := range blocks {
		var st *strip
		switch b.Space {
		case "new":
			for i := range halves {
				if halves[i].contains(b.Addr) {
					st = &halves[i]
				}
			}
		case "old":
			for i := range pstrips {
				if pstrips[i].contains(b.Addr) {
					st = &pstrips[i]
				}
			}
		}
		if st == nil {
			continue
		}
		br := st.place(b.Addr, b.Size, 2*k)
		where[b.ID] = br
		var bd color.NRGBA
		if m.Marking {
			bd = colMarkBd
		}
		l.sc.Shapes = append(l.sc.Shapes, Shape{Key: "blk:" + strconv.Itoa(b.ID), Rect: br, Fill: BlockColour(b, m.Marking), Stroke: bd, Line: 0.75 * k, Radius: 1.5 * k, Clip: clip})
	}

	// Forwarding arrows: from where a block was to where it is (a ghost marks the old place).
	placeOld := func(a events.Addr, size int) (Rect, bool) {
		for i := range halves {
			if halves[i].contains(a) {
				return halves[i].place(a, size, 2*k), true
			}
		}
		for i := range pstrips {
			if pstrips[i].contains(a) {
				return pstrips[i].place(a, size, 2*k), true
			}
		}
		return Rect{}, false
	}
	for i, mv := range m.Moves {
		if i >= 80 {
			break
		}
		to, ok := where[mv.ID]
		if !ok {
			continue
		}
		b := m.Blocks[mv.To]
		size := 32
		if b != nil {
			size = b.Size
		}
		from, ok := placeOld(mv.From, size)
		if !ok {
			continue
		}
		id := strconv.Itoa(mv.ID)
		l.sc.Shapes = append(l.sc.Shapes, Shape{Key: "ghost:" + id, Rect: from, Stroke: colFwd, Line: k, Radius: 1.5 * k, Clip: clip})
		a := Point{from.X + from.W/2, from.Y + from.H/2}
		z := Point{to.X + to.W/2, to.Y + to.H/2}
		lift := 10*k + float32(i%4)*2*k
		if mv.Promoted {
			lift = -lift // down into old space
		}
		l.sc.Arrows = append(l.sc.Arrows, Arrow{Key: "fwd:" + id, From: a, C1: Point{a.X, a.Y - lift}, C2: Point{z.X, z.Y - lift}, To: z, Color: colFwd, Width: 1.2 * k, Clip: clip})
	}

	// Barrier hits flash for the instruction that made them.
	for i, f := range m.Flashes {
		for _, a := range []events.Addr{f.Host, f.Value} {
			if b := m.Blocks[a]; b != nil {
				if br, ok := where[b.ID]; ok {
					c := colFlash
					if f.Generational {
						c = colGen
					}
					l.sc.Shapes = append(l.sc.Shapes, Shape{Key: "flash:" + strconv.Itoa(i) + ":" + a.String(), Rect: Rect{br.X - 2*k, br.Y - 2*k, br.W + 4*k, br.H + 4*k}, Stroke: c, Line: 2 * k, Radius: 2 * k, Clip: clip})
				}
			}
		}
	}

	// Legend.
	ly := body.Y + body.H - histH - legendH
	l.legend(body.X, ly, body.W, clip)
	l.history(Rect{body.X, ly + legendH, body.W, histH}, young+old+lo, clip)
}

func (l *layout) memoryTitle() string {
	m := &l.s.Mem
	if m.OOM != nil {
		return "Memory · FATAL ERROR: " + m.OOM.Message + " Allocation failed - JavaScript heap out of memory (" +
			kb(m.OOM.Used) + " of " + kb(m.OOM.Limit) + ")"
	}
	t := "Memory · new space 2 × " + kb(m.SemiCap)
	switch {
	case m.GC == "Scavenge":
		t += " · scavenging"
	case m.GC != "":
		t += " · mark-compact: sweeping"
	case m.Marking:
		t += " · incremental marking"
	}
	if m.Refcounts > 0 {
		return t + " · reference counting: " + strconv.Itoa(m.Refcounts) + " collections, " + strconv.Itoa(m.Leaked) + " objects leaked in cycles"
	}
	return t + " · " + strconv.Itoa(m.Scavenges) + " scavenges, " + strconv.Itoa(m.FullGCs) + " mark-compacts"
}

func (l *layout) legend(x, y, w float32, clip int) {
	k := l.k
	items := []struct {
		c    color.NRGBA
		name string
	}{{colObjBlk, "object"}, {colFnBlk, "function"}, {colCtxBlk, "context"}, {colStrBlk, "string"}, {colBackBlk, "array/internal"}}
	if l.s.Mem.Marking {
		items = items[:0]
		items = append(items, struct {
			c    color.NRGBA
			name string
		}{colWhite, "white: not reached"}, struct {
			c    color.NRGBA
			name string
		}{colGrey, "grey: on the worklist"}, struct {
			c    color.NRGBA
			name string
		}{colBlack, "black: scanned"})
	}
	cx := x
	for i, it := range items {
		tw := TextWidth(it.name, smallSz*k*0.9)
		if cx+tw+14*k > x+w {
			break
		}
		l.sc.Shapes = append(l.sc.Shapes, Shape{Key: "mem:legend:" + strconv.Itoa(i), Rect: Rect{cx, y + 3*k, 9 * k, 9 * k}, Fill: it.c, Stroke: colBorder, Line: 0.75 * k, Radius: 1.5 * k, Clip: clip})
		l.text("mem:legend:"+strconv.Itoa(i)+":t", cx+12*k, y+1*k, it.name, smallSz*k*0.9, colDim, false, clip)
		cx += tw + 22*k
	}
}

// history draws the heap's size at each collection (before light, after dark) and now.
func (l *layout) history(r Rect, now int, clip int) {
	k, m := l.k, &l.s.Mem
	hs := m.History
	const maxBars = 48
	if len(hs) > maxBars {
		hs = hs[len(hs)-maxBars:]
	}
	top := now
	for _, h := range hs {
		top = max(top, h.Before, h.After)
	}
	if top == 0 {
		top = 1
	}
	label := "heap now " + kb(now)
	if m.Trace != "" {
		label = m.Trace
		if i := indexOf(label, ": "); i > 0 {
			label = label[i+2:]
		}
	}
	l.text("mem:hist:label", r.X, r.Y, Fit(label, smallSz*k*0.9, r.W), smallSz*k*0.9, colDim, false, clip)
	chart := Rect{r.X, r.Y + 14*k, r.W, r.H - 16*k}
	l.sc.Shapes = append(l.sc.Shapes, Shape{Key: "mem:hist", Rect: chart, Fill: colSemi, Stroke: colBorder, Line: k, Clip: clip})
	bw := chart.W / float32(maxBars+1)
	h := func(v int) float32 { return float32(math.Max(float64(v)/float64(top)*float64(chart.H-2*k), 1)) }
	for i, s := range hs {
		x := chart.X + float32(i)*bw + 1*k
		n := len(m.History) - len(hs) + i
		key := "mem:hist:" + strconv.Itoa(n)
		l.sc.Shapes = append(l.sc.Shapes, Shape{Key: key + ":b", Rect: Rect{x, chart.Y + chart.H - k - h(s.Before), bw - 1.5*k, h(s.Before)}, Fill: colHistLite, Clip: clip})
		c := colHistory
		if s.Collector != "Scavenge" {
			c = colCtxBd
		}
		l.sc.Shapes = append(l.sc.Shapes, Shape{Key: key + ":a", Rect: Rect{x, chart.Y + chart.H - k - h(s.After), bw - 1.5*k, h(s.After)}, Fill: c, Clip: clip})
	}
	x := chart.X + float32(len(hs))*bw + 1*k
	l.sc.Shapes = append(l.sc.Shapes, Shape{Key: "mem:hist:now", Rect: Rect{x, chart.Y + chart.H - k - h(now), bw - 1.5*k, h(now)}, Fill: colObjBlk, Clip: clip})
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func kb(n int) string {
	if n < 1024 {
		return strconv.Itoa(n) + " B"
	}
	return strconv.FormatFloat(float64(n)/1024, 'f', 1, 64) + " KB"
}

func loNote(lo int) string {
	if lo == 0 {
		return ""
	}
	return "; large objects " + kb(lo)
}

// markTint recolours an object box of the graph while marking runs, and outlines barrier hits.
func (l *layout) markTint(a events.Addr, fill, bd color.NRGBA) (color.NRGBA, color.NRGBA, float32) {
	m := &l.s.Mem
	line := float32(1.25)
	for _, f := range m.Flashes {
		if f.Host == a || f.Value == a {
			bd, line = colFlash, 3
			if f.Generational {
				bd = colGen
			}
		}
	}
	if !m.Marking {
		return fill, bd, line
	}
	if b := m.Blocks[a]; b != nil {
		switch b.Colour {
		case Grey:
			fill = colGrey
		case Black:
			fill = color.NRGBA{0x9a, 0x9a, 0x9a, 0xff}
		default:
			fill = colWhite
		}
	}
	return fill, bd, line
}
