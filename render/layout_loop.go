package render

import (
	"image/color"
	"math"
	"strconv"
)

// The event-loop band under the stack, heap and bytecode panels: what runs now, the queues, the
// host's APIs (timers, I/O, the thread pool, suspended async functions) and Node's phase ring or
// the browser's rendering opportunity. A callback is one chip whose key never changes, so the
// tween slides it from the API row to its queue to the "running" slot.

var (
	colChipTask  = color.NRGBA{0xfd, 0xf3, 0xe1, 0xff}
	colChipMicro = color.NRGBA{0xe6, 0xf4, 0xea, 0xff}
	colChipTick  = color.NRGBA{0xfc, 0xe8, 0xf3, 0xff}
	colChipAPI   = color.NRGBA{0xee, 0xee, 0xf6, 0xff}
	colChipBd    = color.NRGBA{0x8a, 0x8f, 0x98, 0xff}
	colPhase     = color.NRGBA{0xf1, 0xf3, 0xf5, 0xff}
	colPhaseOn   = color.NRGBA{0xff, 0xd8, 0x4d, 0xff}
	colRing      = color.NRGBA{0x9a, 0xa3, 0xad, 0xc0}
)

const (
	loopBandMin = 150
	loopBandMax = 210
	chipH       = 18
	chipMaxW    = 130
)

// LoopBandHeight is the height in CSS pixels the loop band takes on a canvas h CSS pixels tall
// (0 when the run has no loop activity to show).
func LoopBandHeight(h float32, show bool) float32 {
	if !show {
		return 0
	}
	return min(max(h*0.3, loopBandMin), loopBandMax)
}

func chipFill(kind string) color.NRGBA {
	switch kind {
	case "micro":
		return colChipMicro
	case "tick":
		return colChipTick
	case "timer", "io", "async":
		return colChipAPI
	}
	return colChipTask
}

// loopBand lays out the band in r (device pixels).
func (l *layout) loopBand(r Rect, node bool) {
	k, lp := l.k, &l.s.Loop
	node = node || lp.Node
	clip := l.panel("loop", l.loopTitle(node), r)
	body := Rect{r.X, r.Y + titleH*k, r.W, r.H - titleH*k}

	// A narrow band (side by side) puts what runs now in the first queue row instead of a column.
	narrow := body.W < 620*k
	ringW, runW := min(240*k, body.W*0.28), min(150*k, body.W*0.16)
	if !node {
		ringW = min(170*k, body.W*0.2)
	}
	if narrow {
		runW = 0
		ringW = min(200*k, body.W*0.36)
		if !node {
			ringW = min(120*k, body.W*0.22)
		}
	}
	apiW := (body.W - ringW - runW) * 0.42
	qW := body.W - ringW - runW - apiW

	shown := map[string]bool{}
	running := lp.Run != nil && lp.Run.Kind != "pending"
	if lp.Run != nil {
		shown[lp.Run.Key] = true
	}
	if running {
		l.runningChip(*lp.Run)
	}
	if !narrow {
		x, y := body.X+pad*k, body.Y+pad*k/2
		l.text("loop:run:label", x, y, "on the stack", smallSz*k, colTitle, true, clip)
		msg := l.idle()
		if running {
			msg = "↑ " + runWhat(lp.Run.Kind)
		}
		l.text("loop:run:none", x, y+rowH*k+2*k, Fit(msg, smallSz*k, runW-2*pad*k), smallSz*k, colDim, false, clip)
		if lp.Check {
			l.text("loop:run:check", x, y+2*rowH*k+6*k, Fit("microtask checkpoint", smallSz*k, runW-2*pad*k), smallSz*k, colErr, false, clip)
		}
	}

	// Queues: one row each, the next to run on the left.
	qx := body.X + runW + pad*k
	rows := l.queueRows(node, narrow)
	if narrow && lp.Check {
		rows = append([]queueRow{{"run", "checkpoint", nil}}, rows...)
	}
	rh := min((body.H-pad*k)/float32(max(len(rows), 1)), (chipH+6)*k)
	tw := titleWidth(rows, smallSz*k)
	for i, q := range rows {
		ry := body.Y + pad*k/2 + float32(i)*rh
		l.row("loop:q:"+q.name, q.title, q.chips, qx, ry, qW-pad*k, tw, clip, shown)
	}

	// The host's side: timers, I/O, the thread pool, async functions waiting.
	ax := qx + qW
	var api []queueRow
	var timers []Chip
	for _, c := range lp.Timers {
		if !shown[c.Key] {
			timers = append(timers, c)
		}
	}
	api = append(api, queueRow{"timers", "timers", timers})
	io := "network"
	if node {
		io = "thread pool"
		if narrow {
			io = "threads"
		}
	}
	var ioc []Chip
	for _, c := range lp.IO {
		if !shown[c.Key] {
			ioc = append(ioc, c)
		}
	}
	api = append(api, queueRow{"io", io, ioc})
	api = append(api, queueRow{"async", "awaiting", lp.Async})
	arh := min((body.H-pad*k)/float32(len(api)+1), (chipH+6)*k)
	tw = titleWidth(api, smallSz*k)
	for i, q := range api {
		ry := body.Y + pad*k/2 + float32(i)*arh
		l.row("loop:api:"+q.name, q.title, q.chips, ax, ry, apiW-pad*k, tw, clip, shown)
	}
	if node && len(lp.Busy) > 0 {
		// Worker slots under the rows.
		wy := body.Y + pad*k/2 + float32(len(api))*arh + 2*k
		ww := min((apiW-2*pad*k)/4, 60*k)
		for w := range 4 {
			busy := w < len(lp.Busy) && lp.Busy[w] != 0
			fill := colPhase
			if busy {
				fill = colPhaseOn
			}
			wr := Rect{ax + float32(w)*(ww+2*k), wy, ww, chipH * k * 0.9}
			if wr.Y+wr.H > body.Y+body.H {
				break
			}
			wk := "loop:worker:" + strconv.Itoa(w)
			l.sc.Shapes = append(l.sc.Shapes, Shape{Key: wk, Rect: wr, Fill: fill, Stroke: colChipBd, Line: k, Radius: 3 * k, Clip: clip})
			l.text(wk+":t", wr.X+3*k, wr.Y+2*k, Fit("w"+strconv.Itoa(w), smallSz*k*0.9, ww-6*k), smallSz*k*0.9, colText, false, clip)
		}
	}

	ring := Rect{body.X + body.W - ringW, body.Y, ringW - pad*k, body.H - pad*k/2}
	if node {
		l.phaseRing(ring, clip)
	} else {
		l.rendering(ring, clip)
	}
}

func (l *layout) loopTitle(node bool) string {
	lp := &l.s.Loop
	host := "Event loop (browser)"
	if node {
		host = "Event loop (Node · libuv)"
	}
	return host + " · now " + strconv.FormatInt(lp.Now, 10) + " ms · " + strconv.Itoa(lp.Ran) + " callbacks run"
}

func (l *layout) idle() string {
	switch {
	case l.s.End != nil:
		return "(the loop is done)"
	case len(l.s.Frames) > 0:
		return "(the script)"
	}
	return "(nothing)"
}

type queueRow struct {
	name, title string
	chips       []Chip
}

// queueRows are the queues to draw: Node's nextTick queue, V8's microtask queue, then the
// macrotask queues. A browser timer's task joins its queue only once it is due.
func (l *layout) queueRows(node, narrow bool) []queueRow {
	lp := &l.s.Loop
	var rows []queueRow
	if node {
		rows = append(rows, queueRow{"tick", "nextTick", lp.Ticks})
	}
	suffix, micro := " queue", "microtasks"
	if narrow {
		suffix, micro = "", "micro"
	}
	rows = append(rows, queueRow{"micro", micro, lp.Micro})
	names := []string{"timer", "dom", "messaging", "networking", "rendering"}
	if node {
		names = []string{"poll", "check", "close"}
	}
	byQ := map[string][]Chip{}
	for _, c := range lp.Tasks {
		if c.Due > lp.Now {
			continue // still a timer or a request in the Web APIs
		}
		q := c.Queue
		if !contains(names, q) {
			names = append(names, q)
		}
		byQ[q] = append(byQ[q], c)
	}
	for _, n := range names {
		if !node && n != "timer" && len(byQ[n]) == 0 {
			continue
		}
		rows = append(rows, queueRow{n, n + suffix, byQ[n]})
	}
	return rows
}

func contains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// row draws a titled row of chips; chips that do not fit are counted.
func titleWidth(rows []queueRow, size float32) float32 {
	w := float32(0)
	for _, r := range rows {
		w = max(w, TextWidth(r.title, size))
	}
	return w + size
}

func (l *layout) row(key, title string, chips []Chip, x, y, w, tw float32, clip int, shown map[string]bool) {
	k := l.k
	tw = min(tw, w*0.4)
	l.text(key+":t", x, y+3*k, Fit(title, smallSz*k, tw), smallSz*k, colTitle, false, clip)
	cx := x + tw
	for i, c := range chips {
		cw := min(TextWidth(chipText(c), smallSz*k)+10*k, chipMaxW*k)
		if cx+cw > x+w {
			more := "+" + strconv.Itoa(len(chips)-i)
			l.text(key+":more", cx, y+3*k, more, smallSz*k, colDim, true, clip)
			return
		}
		shown[c.Key] = true
		l.chip(c, cx, y, cw, 0) // the canvas clip: visible while sliding between panels
		cx += cw + 3*k
	}
	if len(chips) == 0 {
		l.text(key+":empty", cx, y+3*k, "—", smallSz*k, colDim, false, clip)
	}
}

func chipText(c Chip) string {
	s := c.Label
	if s == "" || s == "(anonymous)" {
		s = "() =>"
		if c.Line > 0 {
			s += " L" + strconv.Itoa(c.Line)
		}
	}
	switch c.Kind {
	case "timer":
		s += " @" + strconv.FormatInt(c.Due, 10) + "ms"
	case "io":
		if c.Worker >= 0 {
			s += " w" + strconv.Itoa(c.Worker)
		}
	case "async":
		s += "()"
	}
	return s
}

func runWhat(kind string) string {
	switch kind {
	case "micro":
		return "a microtask"
	case "tick":
		return "a nextTick"
	case "raf":
		return "a rAF callback"
	}
	return "a task"
}

// runningChip puts the running callback's chip at the foot of the call stack panel: the chip
// slides there from its queue when the loop hands it to the stack.
func (l *layout) runningChip(c Chip) {
	k, r := l.k, l.stackBody
	if r.W <= 0 {
		return
	}
	w := min(TextWidth(chipText(c), smallSz*k)+10*k, r.W-2*pad*k)
	y := r.Y + r.H - chipH*k - pad*k
	what := runWhat(c.Kind)
	if c.Kind == "task" && c.Queue != "" {
		what += " from the " + c.Queue + " queue"
	}
	l.text("loop:run:caption", r.X+pad*k, y-rowH*k, Fit("running "+what+":", smallSz*k, r.W-2*pad*k), smallSz*k, colTitle, true, 0)
	l.chip(c, r.X+pad*k, y, w, 0)
}

func (l *layout) chip(c Chip, x, y, w float32, clip int) {
	k := l.k
	key := "chip:" + c.Key
	l.sc.Shapes = append(l.sc.Shapes, Shape{Key: key, Rect: Rect{x, y, w, chipH * k}, Fill: chipFill(c.Kind), Stroke: colChipBd, Line: k, Radius: 4 * k, Clip: clip})
	l.text(key+":t", x+5*k, y+3*k, Fit(chipText(c), smallSz*k, w-8*k), smallSz*k, colText, false, clip)
}

// phaseRing draws libuv's six phases on a ring, the current one lit, with arrows between them.
func (l *layout) phaseRing(r Rect, clip int) {
	k, lp := l.k, &l.s.Loop
	cur := RingPhase(lp.Phase)
	cx, cy := r.X+r.W/2, r.Y+r.H/2+4*k
	bw, bh := min(92*k, r.W*0.38), float32(chipH)*k
	rx, ry := r.W/2-bw/2-2*k, r.H/2-bh/2-4*k
	n := len(NodePhases)
	centres := make([]Point, n)
	for i := range n {
		a := -math.Pi/2 + 2*math.Pi*float64(i)/float64(n)
		centres[i] = Point{cx + rx*float32(math.Cos(a)), cy + ry*float32(math.Sin(a))}
	}
	for i := range n {
		a, b := centres[i], centres[(i+1)%n]
		mid := Point{(a.X + b.X) / 2, (a.Y + b.Y) / 2}
		out := Point{mid.X + (mid.X-cx)*0.25, mid.Y + (mid.Y-cy)*0.25}
		l.sc.Arrows = append(l.sc.Arrows, Arrow{Key: "loop:ring:a" + strconv.Itoa(i), From: lerpPoint(a, b, 0.28), C1: out, C2: out,
			To: lerpPoint(a, b, 0.72), Color: colRing, Width: 1.2 * k, Clip: clip})
	}
	for i, p := range NodePhases {
		c := centres[i]
		fill, line := colPhase, k
		if p == cur {
			fill, line = colPhaseOn, 2*k
		}
		key := "loop:phase:" + p
		l.sc.Shapes = append(l.sc.Shapes, Shape{Key: key, Rect: Rect{c.X - bw/2, c.Y - bh/2, bw, bh}, Fill: fill, Stroke: colChipBd, Line: line, Radius: 8 * k, Clip: clip})
		l.text(key+":t", c.X-bw/2+5*k, c.Y-bh/2+3*k, Fit(p, smallSz*k, bw-8*k), smallSz*k, colText, p == cur, clip)
	}
	it := "before the loop"
	if lp.Iteration > 0 {
		it = "iteration " + strconv.Itoa(lp.Iteration)
	}
	l.text("loop:ring:it", cx-TextWidth(it, smallSz*k)/2, cy-6*k, it, smallSz*k, colDim, false, clip)
}

// rendering draws the browser's rendering opportunity: the frame, its time and its rAF callbacks.
func (l *layout) rendering(r Rect, clip int) {
	k, lp := l.k, &l.s.Loop
	x, y := r.X+pad*k, r.Y+pad*k/2
	l.text("loop:render:t", x, y, "Rendering", smallSz*k, colTitle, true, clip)
	msg := "no frame yet (every 16.7 ms)"
	if lp.Frame > 0 {
		msg = "frame " + strconv.Itoa(lp.Frame) + ": " + strconv.Itoa(lp.Rafs) + " rAF"
	}
	fill := colPhase
	if lp.Run != nil && lp.Run.Kind == "raf" {
		fill = colPhaseOn
	}
	l.sc.Shapes = append(l.sc.Shapes, Shape{Key: "loop:render", Rect: Rect{x, y + rowH*k, r.W - 2*pad*k, chipH * k * 1.2}, Fill: fill, Stroke: colChipBd, Line: k, Radius: 4 * k, Clip: clip})
	l.text("loop:render:v", x+5*k, y+rowH*k+4*k, Fit(msg, smallSz*k, r.W-3*pad*k), smallSz*k, colText, false, clip)
}
