package render

import (
	"image/color"
	"strconv"
	"strings"

	"enginescope/core/events"
)

// LayoutOptions size the canvas. W and H are CSS pixels; Scale is the device pixel ratio.
type LayoutOptions struct {
	W, H        float32
	Scale       float32
	StackScroll float32 // CSS pixels scrolled in the stack panel
	HeapScroll  float32 // CSS pixels scrolled in the heap panel
	Memory      bool    // always show the memory panel (otherwise once the program collected garbage)
	Maps        bool    // always show the hidden-class panel (otherwise once objects took transitions)
	Host        string  // node or browser: which event loop the loop band draws
	Loop        bool    // draw the event-loop band (layout_loop.go): the run uses the loop
	Label       string  // shown before the stack panel's title (side by side: the host)
}

// Palette: light, high-contrast colours that survive a classroom projector.
var (
	colBG       = color.NRGBA{0xf7, 0xf7, 0xf4, 0xff}
	colPanel    = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	colBorder   = color.NRGBA{0xc9, 0xcd, 0xd3, 0xff}
	colTitle    = color.NRGBA{0x44, 0x4c, 0x56, 0xff}
	colText     = color.NRGBA{0x1f, 0x23, 0x28, 0xff}
	colDim      = color.NRGBA{0x6a, 0x73, 0x7d, 0xff}
	colFrame    = color.NRGBA{0xe8, 0xf1, 0xfb, 0xff}
	colFrameTop = color.NRGBA{0xcf, 0xe4, 0xfa, 0xff}
	colFrameBd  = color.NRGBA{0x4a, 0x7f, 0xc1, 0xff}
	colObj      = color.NRGBA{0xfd, 0xf3, 0xe1, 0xff}
	colObjBd    = color.NRGBA{0xc0, 0x8a, 0x2b, 0xff}
	colFn       = color.NRGBA{0xec, 0xf6, 0xe9, 0xff}
	colFnBd     = color.NRGBA{0x4f, 0x93, 0x47, 0xff}
	colCtx      = color.NRGBA{0xf3, 0xec, 0xfa, 0xff}
	colCtxBd    = color.NRGBA{0x84, 0x5e, 0xb8, 0xff}
	colArrow    = color.NRGBA{0x33, 0x5c, 0x99, 0xe6}
	colCur      = color.NRGBA{0xff, 0xe5, 0x8f, 0xff}
	colCurBd    = color.NRGBA{0xd9, 0xa4, 0x00, 0xff}
	colErr      = color.NRGBA{0xb3, 0x26, 0x1e, 0xff}
	colErrBG    = color.NRGBA{0xfd, 0xe8, 0xe6, 0xff}
	colString   = color.NRGBA{0x0b, 0x6e, 0x3b, 0xff}
	colNumber   = color.NRGBA{0x1c, 0x4f, 0xb5, 0xff}
)

// shownType reports whether objects of a type are drawn in the heap panel: JavaScript objects
// (V8's JS* instance types), the contexts of closures and script-level bindings, and objects the
// stream only referenced ("object", "function"). Engine internals (Map, SharedFunctionInfo,
// BytecodeArray, FixedArray, PropertyArray, NativeContext, …) are not drawn; strings and heap
// numbers are drawn inline where they are used.
func shownType(o *Object) bool {
	switch {
	case strings.HasPrefix(o.Type, "JS"), o.Type == "object", o.Type == "function":
		return true
	case o.Type == "Context":
		return o.Scope != "" // a context the stream described (context.alloc)
	}
	return false
}

// Clip indices every layout uses, so the draw layer can tell which panel the mouse is over.
const (
	ClipCanvas = 0
	ClipStack  = 1
	ClipHeap   = 2
	ClipCode   = 3
	ClipArrows = 4
)

// metrics in CSS pixels
const (
	pad      = 8
	gap      = 6
	titleH   = 22
	rowH     = 16
	fontSize = 12
	smallSz  = 11
	objW     = 200
)

type layout struct {
	s      *State
	sc     *Scene
	k      float32 // scale
	rows   map[string]Point
	boxes  map[events.Addr]Rect
	shown  map[events.Addr]bool
	host   string      // browser or node (LayoutOptions.Host)
	global events.Addr // the global object when it is on the stack (builtins_layout.go)
	// arrows wait until every box is placed
	pending []pendingArrow
	// stackBody is the stack panel's body: the loop band draws the running callback's chip there
	stackBody Rect
}

// pendingArrow's key is built only if the arrow is drawn: "ref:" + owner + ":" + row.
type pendingArrow struct {
	owner, row string
	from       Point
	to         events.Addr
}

// Layout places the state's diagrams on a canvas: the call stack on the left, the heap in the
// middle, the current function's bytecode on the right.
func Layout(s *State, o LayoutOptions) *Scene {
	if o.Scale <= 0 {
		o.Scale = 1
	}
	k := o.Scale
	W, H := o.W*k, o.H*k
	l := &layout{s: s, k: k, sc: &Scene{W: W, H: H, Scale: k}, boxes: map[events.Addr]Rect{}, host: o.Host}
	l.global = l.globalObject()
	l.sc.Clips = []Rect{{0, 0, W, H}}
	l.sc.Shapes = append(l.sc.Shapes, Shape{Key: "bg", Rect: Rect{0, 0, W, H}, Fill: colBG})
	band := LoopBandHeight(o.H, o.Loop) * k
	H -= band

	// Columns: bytecode about a third (instructions are long), the rest split 45/55 between the
	// stack and the heap.
	codeW := max(min(W*0.34, 460*k), min(230*k, W*0.4))
	stackW := (W - codeW) * 0.45
	heapW := W - codeW - stackW
	stackR := Rect{pad * k, pad * k, stackW - 1.5*pad*k, H - 2*pad*k}
	heapR := Rect{stackW + pad*k/2, pad * k, heapW - pad*k, H - 2*pad*k}
	codeR := Rect{stackW + heapW + pad*k/2, pad * k, codeW - 1.5*pad*k, H - 2*pad*k}

	stackR, heapR, memR, withMem := l.splitMemory(stackR, heapR, o)
	stackTitle := "Call stack"
	if o.Label != "" {
		stackTitle = o.Label + " · " + stackTitle // first: narrow columns cut the title's end
	}
	stackClip := l.panel("stack", stackTitle, stackR)
	heapClip := l.panel("heap", "Heap", heapR)
	codeClip := l.panel("code", l.codeTitle(), codeR)
	// Arrows run from the stack into the heap: they get a clip spanning both panel bodies.
	arrowClip := len(l.sc.Clips)
	body := func(r Rect) Rect { return Rect{r.X, r.Y + titleH*k, r.W, r.H - titleH*k} }
	sb, hb := body(stackR), body(heapR)
	l.sc.Clips = append(l.sc.Clips, Rect{sb.X, min(sb.Y, hb.Y), hb.X + hb.W - sb.X, max(sb.H, hb.H)})

	l.shown = l.visibleObjects()
	l.heap(body(heapR), heapClip, o.HeapScroll*k)
	l.stack(body(stackR), stackClip, o.StackScroll*k)
	l.stackBody = body(stackR)
	l.code(body(codeR), codeClip)
	if withMem {
		l.bottomPanels(memR, o)
	}
	// Arrows into the same box enter at different heights, so each one stays visible.
	into := map[events.Addr]int{}
	for _, p := range l.pending {
		l.arrow(p, into[p.to], arrowClip)
		into[p.to]++
	}
	if band > 0 {
		l.loopBand(Rect{pad * k, H - pad*k/2, W - 2*pad*k, band - pad*k/2}, o.Host == "node")
	}
	return l.sc
}

func (l *layout) panel(key, title string, r Rect) int {
	k := l.k
	l.sc.Shapes = append(l.sc.Shapes, Shape{Key: "panel:" + key, Rect: r, Fill: colPanel, Stroke: colBorder, Line: k, Radius: 6 * k})
	l.sc.Texts = append(l.sc.Texts, Text{Key: "panel:" + key + ":title", X: r.X + pad*k, Y: r.Y + 5*k,
		Str: Fit(title, smallSz*k, r.W-2*pad*k), Size: smallSz * k, Color: colTitle, Bold: true})
	clip := len(l.sc.Clips)
	l.sc.Clips = append(l.sc.Clips, Rect{r.X, r.Y + titleH*k, r.W, r.H - titleH*k})
	return clip
}

func (l *layout) codeTitle() string {
	top := l.s.Top()
	if top == nil {
		return "Bytecode"
	}
	return "Bytecode · " + l.s.FrameName(top)
}

// FnName is how a frame's function is named: V8 names the script "" and anonymous functions "".
func FnName(fn string, depth int) string {
	switch {
	case fn != "":
		return fn
	case depth == 1:
		return "(script)"
	}
	return "(anonymous)"
}

// visibleObjects are the objects the heap panel draws: everything the stack references, every
// program object the engine allocated (not engine internals), and what those reference.
func (l *layout) visibleObjects() map[events.Addr]bool {
	s := l.s
	shown := map[events.Addr]bool{}
	var work []events.Addr
	add := func(a events.Addr) {
		o, ok := s.Heap[a]
		if a == 0 || !ok || shown[a] || !shownType(o) {
			return
		}
		shown[a] = true
		work = append(work, a)
	}
	ref := func(v events.Value) {
		if v.T == events.TObject || v.T == events.TFunction {
			add(v.Addr)
		}
	}
	for _, f := range s.Frames {
		ref(f.This)
		for _, v := range f.Args {
			ref(v)
		}
		for _, r := range f.Regs {
			if r.Set {
				ref(r.Value)
			}
		}
		add(f.Context)
	}
	for _, a := range s.Order {
		// Objects the program allocated, even when nothing on the stack points at them now; a
		// function nobody named or referenced is the script's own closure: left out.
		if o := s.Heap[a]; o.Known && !(o.Type == "JSFunction" && o.Fn == "" && o.Preview == "") {
			add(a)
		}
	}
	for len(work) > 0 {
		a := work[len(work)-1]
		work = work[:len(work)-1]
		o := s.Heap[a]
		for _, p := range o.Props {
			ref(p.Value)
		}
		add(o.Ctx)
		add(o.Parent)
	}
	return shown
}

// heap places object boxes in columns (each object goes to the shortest column), in first-seen
// order, so objects keep their place from step to step.
func (l *layout) heap(r Rect, clip int, scroll float32) {
	k, s := l.k, l.s
	// Each column keeps a lane on its right for arrows that loop back to a box in the same column.
	const lane = 30
	cols := max(1, int((r.W-pad*k)/((objW+gap+lane)*k)))
	w := (r.W-pad*k)/float32(cols) - (gap+lane)*k
	colY := make([]float32, cols)
	for i := range colY {
		colY[i] = r.Y + pad*k - scroll
	}
	empty := true
	for _, a := range s.Order {
		if !l.shown[a] {
			continue
		}
		empty = false
		o := s.Heap[a]
		c := 0
		for i := range colY {
			if colY[i] < colY[c]-0.5 {
				c = i
			}
		}
		x := r.X + pad*k + float32(c)*(w+(gap+lane)*k)
		h := l.object(o, x, colY[c], w, clip)
		colY[c] += h + gap*k*2
	}
	if empty {
		l.note("heap:empty", "(no objects yet)", r, clip)
	}
}

// object draws one heap object and returns its height. An object out of view only gets its box
// recorded (arrows may point at it) and its outgoing references.
func (l *layout) object(o *Object, x, y, w float32, clip int) float32 {
	k := l.k
	n := len(o.Props)
	if o.Ctx != 0 && l.shown[o.Ctx] {
		n++
	}
	if o.Parent != 0 && l.shown[o.Parent] {
		n++
	}
	if o.Addr == l.global {
		n++ // the collapsed built-ins line
	}
	h := float32(titleH+4)*k + float32(n)*rowH*k
	if o.Map != 0 {
		h += rowH * k * 0.8
	}
	box := Rect{x, y, w, h}
	l.boxes[o.Addr] = box
	if !l.visible(box, clip) {
		cy := y + (titleH+2)*k
		if o.Map != 0 {
			cy += rowH * k * 0.8
		}
		var owner string
		for _, p := range o.Props {
			if (p.Value.T == events.TObject || p.Value.T == events.TFunction) && l.shown[p.Value.Addr] {
				if owner == "" {
					owner = "obj:" + o.Addr.String()
				}
				l.pending = append(l.pending, pendingArrow{owner: owner, row: "p:" + p.Key, from: Point{x + w - 8*k, cy + rowH*k/2 - 1*k}, to: p.Value.Addr})
			}
			cy += rowH * k
		}
		return h
	}
	key := "obj:" + o.Addr.String()
	fill, bd := colObj, colObjBd
	title := o.Type
	switch o.Type {
	case "JSFunction", "function":
		fill, bd = colFn, colFnBd
		name := o.Fn
		if name == "" {
			name = o.Preview
		}
		if name != "" {
			title = o.Type + " " + name
		}
	case "Context":
		fill, bd = colCtx, colCtxBd
		if o.Scope != "" {
			title = "Context (" + o.Scope + ")"
		}
	default:
		if !o.Known && o.Preview != "" {
			title = o.Preview
		}
	}
	extra := ""
	if builtin(o) {
		title, extra = l.builtinTitle(o, title)
	}
	type row struct {
		key, label, value string
		v                 events.Value
		ref               events.Addr
	}
	var rows []row
	for _, p := range o.Props {
		rows = append(rows, row{key: "p:" + p.Key, label: p.Key, v: p.Value})
	}
	if o.Ctx != 0 && l.shown[o.Ctx] {
		rows = append(rows, row{key: "ctx", label: "context", ref: o.Ctx})
	}
	if extra != "" {
		rows = append(rows, row{key: "builtins", value: extra})
	}
	if o.Parent != 0 && l.shown[o.Parent] {
		rows = append(rows, row{key: "parent", label: "previous", ref: o.Parent})
	}
	fill, bd, line := l.markTint(o.Addr, fill, bd)
	l.sc.Shapes = append(l.sc.Shapes, Shape{Key: key, Rect: box, Fill: fill, Stroke: bd, Line: line * k, Radius: 5 * k, Clip: clip})
	addr := o.Addr.String()
	aw := TextWidth(addr, smallSz*k)
	l.text(key+":title", x+6*k, y+4*k, Fit(title, fontSize*k, w-aw-18*k), fontSize*k, colText, true, clip)
	l.text(key+":addr", x+w-aw-6*k, y+5*k, addr, smallSz*k, colDim, false, clip)
	cy := y + (titleH+2)*k
	if o.Map != 0 {
		l.text(key+":map", x+6*k, cy-2*k, "map #"+strconv.Itoa(int(o.Map)), smallSz*k*0.9, colDim, false, clip)
		cy += rowH * k * 0.8
	}
	for _, rw := range rows {
		rk := key + ":" + rw.key
		if rw.label == "" {
			l.text(rk, x+6*k, cy, Fit(rw.value, smallSz*k, w-12*k), smallSz*k, colDim, false, clip)
			cy += rowH * k
			continue
		}
		lw := min(TextWidth(rw.label+": ", fontSize*k), w*0.5)
		l.text(rk+":k", x+6*k, cy, Fit(rw.label+":", fontSize*k, w*0.5), fontSize*k, colTitle, false, clip)
		dot := Point{x + w - 8*k, cy + rowH*k/2 - 1*k}
		target := rw.ref
		if target == 0 && (rw.v.T == events.TObject || rw.v.T == events.TFunction) && l.shown[rw.v.Addr] {
			target = rw.v.Addr
		}
		if target != 0 {
			l.dot(rk+":dot", dot, clip)
			l.pending = append(l.pending, pendingArrow{owner: key, row: rw.key, from: dot, to: target})
		} else {
			txt, c := ValueText(rw.v)
			l.text(rk+":v", x+6*k+lw, cy, Fit(txt, fontSize*k, w-lw-12*k), fontSize*k, c, false, clip)
		}
		cy += rowH * k
	}
	return h
}

// stack draws the frames, the running one on top.
func (l *layout) stack(r Rect, clip int, scroll float32) {
	k, s := l.k, l.s
	y := r.Y + pad*k - scroll
	w := r.W - 2*pad*k
	x := r.X + pad*k
	if t := s.Thrown; t != nil {
		msg := "Thrown: " + t.Message
		h := rowH*k + 8*k
		l.sc.Shapes = append(l.sc.Shapes, Shape{Key: "thrown", Rect: Rect{x, y, w, h}, Fill: colErrBG, Stroke: colErr, Line: k, Radius: 4 * k, Clip: clip})
		l.text("thrown:text", x+6*k, y+4*k, Fit(msg, fontSize*k, w-12*k), fontSize*k, colErr, true, clip)
		y += h + gap*k
	}
	if len(s.Frames) == 0 {
		msg := "(empty)"
		if s.Applied == 0 {
			msg = "(empty: nothing has run yet, press Step)"
		}
		if s.End != nil {
			msg = "(empty: the program ended, " + s.End.Reason + ")"
		}
		l.note("stack:empty", msg, Rect{x, y - pad*k, w, r.H}, clip)
		return
	}
	for i := len(s.Frames) - 1; i >= 0; i-- {
		f := s.Frames[i]
		h := l.frame(f, i == len(s.Frames)-1, x, y, w, clip)
		y += h + gap*k
	}
}

func (l *layout) frame(f *Frame, top bool, x, y, w float32, clip int) float32 {
	k := l.k
	ctxRow := l.shown[f.Context]
	n := 1 + len(f.Args) + len(f.Regs)
	if ctxRow {
		n++
	}
	h := float32(titleH+2)*k + float32(n)*rowH*k + 4*k
	if !l.visible(Rect{x, y, w, h}, clip) {
		// Out of view: only the references leaving it (they may cross the view).
		owner := ""
		ref := func(i int, row string, v events.Value) {
			if (v.T == events.TObject || v.T == events.TFunction) && l.shown[v.Addr] {
				if owner == "" {
					owner = "frame:" + strconv.FormatUint(uint64(f.ID), 10)
				}
				cy := y + (titleH+2)*k + float32(i)*rowH*k
				l.pending = append(l.pending, pendingArrow{owner: owner, row: row, from: Point{x + w - 9*k, cy + rowH*k/2 - 1*k}, to: v.Addr})
			}
		}
		ref(0, "this", f.This)
		for i, v := range f.Args {
			ref(1+i, "a"+strconv.Itoa(i), v)
		}
		for i, r := range f.Regs {
			if r.Set {
				ref(1+len(f.Args)+i, "r"+strconv.Itoa(i), r.Value)
			}
		}
		return h
	}
	key := "frame:" + strconv.FormatUint(uint64(f.ID), 10)
	type row struct {
		key, label string
		v          events.Value
		unset      bool
		ref        events.Addr
	}
	rows := make([]row, 0, n)
	rows = append(rows, row{key: "this", label: "this", v: f.This})
	for i, v := range f.Args {
		label := "a" + strconv.Itoa(i)
		if i < len(f.Params) && f.Params[i] != "" {
			label += " " + f.Params[i]
		}
		rows = append(rows, row{key: "a" + strconv.Itoa(i), label: label, v: v})
	}
	for i, r := range f.Regs {
		rows = append(rows, row{key: "r" + strconv.Itoa(i), label: "r" + strconv.Itoa(i), v: r.Value, unset: !r.Set})
	}
	if ctxRow {
		rows = append(rows, row{key: "ctx", label: "<context>", ref: f.Context})
	}
	fill := colFrame
	line := 1.25 * k
	if top {
		fill, line = colFrameTop, 2*k
	}
	l.sc.Shapes = append(l.sc.Shapes, Shape{Key: key, Rect: Rect{x, y, w, h}, Fill: fill, Stroke: colFrameBd, Line: line, Radius: 5 * k, Clip: clip})
	title := l.s.FrameName(f)
	if f.Construct {
		title = "new " + title
	}
	meta := "#" + strconv.FormatUint(uint64(f.ID), 10)
	if f.CallLine > 0 && f.Depth > 1 {
		meta = "called at " + strconv.Itoa(f.CallLine) + ":" + strconv.Itoa(f.CallCol) + "  " + meta
	}
	mw := TextWidth(meta, smallSz*k)
	if mw > w*0.55 {
		meta = "#" + strconv.FormatUint(uint64(f.ID), 10)
		mw = TextWidth(meta, smallSz*k)
	}
	l.text(key+":title", x+6*k, y+4*k, Fit(title, fontSize*k, w-mw-18*k), fontSize*k, colText, true, clip)
	l.text(key+":meta", x+w-mw-6*k, y+5*k, meta, smallSz*k, colDim, false, clip)
	cy := y + (titleH+2)*k
	lw := float32(0)
	for _, r := range rows {
		lw = max(lw, TextWidth(r.label, fontSize*k))
	}
	lw = min(lw+10*k, w*0.45)
	for _, r := range rows {
		rk := key + ":" + r.key
		l.text(rk+":k", x+8*k, cy, Fit(r.label, fontSize*k, lw-6*k), fontSize*k, colTitle, false, clip)
		target := r.ref
		if target == 0 && !r.unset && (r.v.T == events.TObject || r.v.T == events.TFunction) && l.shown[r.v.Addr] {
			target = r.v.Addr
		}
		switch {
		case target != 0:
			dot := Point{x + w - 9*k, cy + rowH*k/2 - 1*k}
			l.dot(rk+":dot", dot, clip)
			l.pending = append(l.pending, pendingArrow{owner: key, row: r.key, from: dot, to: target})
			if r.v.V != "" {
				l.text(rk+":v", x+8*k+lw, cy, Fit(r.v.V, fontSize*k, w-lw-30*k), fontSize*k, colDim, false, clip)
			}
		case r.unset:
			l.text(rk+":v", x+8*k+lw, cy, "—", fontSize*k, colDim, false, clip)
		default:
			txt, c := ValueText(r.v)
			l.text(rk+":v", x+8*k+lw, cy, Fit(txt, fontSize*k, w-lw-16*k), fontSize*k, c, false, clip)
		}
		cy += rowH * k
	}
	return h
}

// code draws the running function's bytecode with the last executed instruction highlighted,
// and the accumulator under it.
func (l *layout) code(r Rect, clip int) {
	k, s := l.k, l.s
	top := s.Top()
	x, w := r.X+pad*k, r.W-2*pad*k
	accH := 2*rowH*k + 10*k
	fbH := l.feedbackHeight()
	listR := Rect{r.X, r.Y, r.W, r.H - accH - fbH - pad*k}
	if top == nil {
		l.note("code:empty", "(no function running)", r, clip)
		return
	}
	if fbH > 0 {
		l.feedback(Rect{x, r.Y + r.H - accH - fbH, w, fbH - 4*k}, clip)
	}
	lst := s.Code[top.SFI]
	lineH := rowH * k
	y := listR.Y + pad*k/2
	if lst != nil {
		cur := -1
		for i, cl := range lst.Lines {
			if top.HasPC && cl.PC == top.PC {
				cur = i
			}
		}
		// Keep the current instruction in view.
		visible := int((listR.H - pad*k) / lineH)
		first := 0
		if cur >= 0 && len(lst.Lines) > visible {
			first = min(max(cur-visible/2, 0), len(lst.Lines)-visible)
		}
		y -= float32(first) * lineH
		for i, cl := range lst.Lines {
			ly := y + float32(i)*lineH
			key := "code:" + strconv.FormatUint(uint64(top.SFI), 10) + ":" + strconv.Itoa(cl.PC)
			if i == cur {
				l.sc.Shapes = append(l.sc.Shapes, Shape{Key: "code:cur", Rect: Rect{x - 2*k, ly - 1*k, w + 4*k, lineH}, Fill: colCur, Stroke: colCurBd, Line: k, Radius: 3 * k, Clip: clip})
			}
			if ly+lineH < listR.Y || ly > listR.Y+listR.H {
				continue
			}
			c := colText
			if lst.Synthetic {
				c = colDim
			}
			l.text(key, x+2*k, ly, Fit(cl.Text, fontSize*k, w-4*k), fontSize*k, c, i == cur, clip)
		}
		if lst.Synthetic {
			ny := y + float32(len(lst.Lines))*lineH + 4*k
			l.text("code:partial", x+2*k, ny, Fit("(only what has run so far)", smallSz*k, w-4*k), smallSz*k, colDim, false, clip)
		}
	} else {
		l.note("code:none", "(no bytecode yet)", listR, clip)
	}
	// Accumulator.
	ay := r.Y + r.H - accH
	l.sc.Shapes = append(l.sc.Shapes, Shape{Key: "acc", Rect: Rect{x, ay, w, accH - 4*k}, Fill: colFrame, Stroke: colFrameBd, Line: k, Radius: 4 * k, Clip: clip})
	l.text("acc:label", x+6*k, ay+4*k, "accumulator", smallSz*k, colTitle, true, clip)
	txt, c := "—", colDim
	if top.Acc.T != "" {
		txt, c = ValueText(top.Acc)
	}
	l.text("acc:value", x+6*k, ay+4*k+rowH*k, Fit(txt, fontSize*k, w-12*k), fontSize*k, c, false, clip)
}

func (l *layout) note(key, msg string, r Rect, clip int) {
	k := l.k
	l.text(key, r.X+pad*k, r.Y+pad*k, Fit(msg, fontSize*k, r.W-2*pad*k), fontSize*k, colDim, false, clip)
}

func (l *layout) text(key string, x, y float32, s string, size float32, c color.NRGBA, bold bool, clip int) {
	if s == "" {
		return
	}
	l.sc.Texts = append(l.sc.Texts, Text{Key: key, X: x, Y: y, Str: s, Size: size, Color: c, Bold: bold, Clip: clip})
}

func (l *layout) dot(key string, p Point, clip int) {
	k := l.k
	l.sc.Shapes = append(l.sc.Shapes, Shape{Key: key, Rect: Rect{p.X - 3*k, p.Y - 3*k, 6 * k, 6 * k}, Fill: colArrow, Radius: 3 * k, Clip: clip})
}

// visible reports whether r can be seen in clip (with a margin, so that elements about to
// scroll or slide in still animate). Everything else is left out of the scene.
func (l *layout) visible(r Rect, clip int) bool {
	c := l.sc.Clips[clip]
	m := 40 * l.k
	return r.X < c.X+c.W+m && r.X+r.W > c.X-m && r.Y < c.Y+c.H+m && r.Y+r.H > c.Y-m
}

// arrow routes a reference from a row's dot to the left edge of the target's box.
func (l *layout) arrow(p pendingArrow, nth int, clip int) {
	b, ok := l.boxes[p.to]
	if !ok {
		return
	}
	k := l.k
	from := p.from
	ey := b.Y + titleH*k/2 + float32(nth%4)*7*k
	end := Point{b.X, ey}
	var c1, c2 Point
	if end.X > from.X+20*k {
		// The target is to the right: leave rightwards, enter its left edge.
		dx := max((end.X-from.X)*0.45, 40*k)
		c1, c2 = Point{from.X + dx, from.Y}, Point{end.X - dx, end.Y}
	} else {
		// Same column or to the left: loop out on the right and enter the target's right edge,
		// so the arrow never crosses the boxes in between.
		end = Point{b.X + b.W, ey}
		dx := 20*k + min(abs(end.Y-from.Y)*0.05, 8*k) + max(from.X-end.X, 0)*0.5 + float32(nth%4)*5*k
		c1 = Point{max(from.X, end.X) + dx, from.Y}
		c2 = Point{max(from.X, end.X) + dx, end.Y}
	}
	x0, x1 := min(from.X, c1.X, c2.X, end.X), max(from.X, c1.X, c2.X, end.X)
	y0, y1 := min(from.Y, c1.Y, c2.Y, end.Y), max(from.Y, c1.Y, c2.Y, end.Y)
	if !l.visible(Rect{x0, y0, x1 - x0, y1 - y0}, clip) {
		return
	}
	key := "ref:" + p.owner + ":" + p.row
	l.sc.Arrows = append(l.sc.Arrows, Arrow{Key: key, From: from, C1: c1, C2: c2, To: end, Color: colArrow, Width: 1.5 * k, Clip: clip})
}

func abs(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}

// ValueText is how a value is written inline, and its colour.
func ValueText(v events.Value) (string, color.NRGBA) {
	more := ""
	if v.More {
		more = "…"
	}
	switch v.T {
	case events.TString:
		return `"` + strings.ReplaceAll(v.V, "\n", `\n`) + more + `"`, colString
	case events.TNumber:
		return v.V, colNumber
	case events.TBigInt:
		return v.V + "n", colNumber
	case events.TSymbol:
		return "Symbol(" + v.V + more + ")", colText
	case events.THole:
		return "<the_hole>", colDim
	case events.TBoolean:
		return v.V, colNumber
	case events.TUndefined, events.TNull:
		return string(v.T), colDim
	case events.TObject, events.TFunction:
		if v.V != "" {
			return v.V + more, colText
		}
		return string(v.T), colText
	case "":
		return "—", colDim
	}
	return v.V, colText
}
