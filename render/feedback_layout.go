package render

import (
	"image/color"
	"strconv"
	"strings"
)

// The feedback-vector panel: under the running function's bytecode, one row per IC slot that
// has seen feedback — slot, kind, key, the state as a coloured chip, the maps it holds — and the
// function's tier label. It takes room from the listing only when there is something to show.

var stateColours = map[string]color.NRGBA{
	"X": {0xe6, 0xe6, 0xe6, 0xff}, // no feedback vector yet
	"0": {0xcf, 0xd8, 0xdc, 0xff}, // uninitialized
	"1": {0x9c, 0xd6, 0x8f, 0xff}, // monomorphic
	"P": {0xf6, 0xc3, 0x5e, 0xff}, // polymorphic
	"N": {0xef, 0x8a, 0x80, 0xff}, // megamorphic
	// BinaryOp hints, coloured by how specialized the code compiled for them can be
	"SignedSmall":       {0x9c, 0xd6, 0x8f, 0xff},
	"SignedSmallInputs": {0xc5, 0xe0, 0x8a, 0xff},
	"Number":            {0xf6, 0xc3, 0x5e, 0xff},
	"NumberOrOddball":   {0xf6, 0xc3, 0x5e, 0xff},
	"String":            {0xf6, 0xc3, 0x5e, 0xff},
	"BigInt":            {0xf6, 0xc3, 0x5e, 0xff},
	"Any":               {0xef, 0x8a, 0x80, 0xff},
}

var stateNames = map[string]string{"X": "no vector", "0": "uninitialized", "1": "monomorphic", "P": "polymorphic", "N": "megamorphic"}

// TierLabel is the tier a vector's function runs in, as the panel's title says it: IGNITION
// until a tier's code is installed, the tier it is compiling for while marked, and after a
// deoptimization the reason it fell back to IGNITION.
func TierLabel(v *Vector) string {
	t := v.Tier
	if t == "" {
		t = "IGNITION"
	}
	s := "tier: " + t
	switch {
	case v.Requested != "":
		s += " → " + v.Requested + " (compiling)"
	case v.Tier == "" && v.Deopt != "":
		s += " (deoptimized: " + v.Deopt + ")"
	}
	return s
}

// StateColour is the chip colour of an IC state.
func StateColour(state string) color.NRGBA {
	if c, ok := stateColours[state]; ok {
		return c
	}
	return colPanel
}

const maxFeedbackRows = 6

// shownVector is the running function's feedback vector, or, while it has none, the one that
// changed last (so a slot that just went megamorphic stays visible after its function returns);
// own reports which.
func (l *layout) shownVector() (v *Vector, own bool) {
	top := l.s.Top()
	if top == nil {
		return nil, false
	}
	if v := l.s.Feedback.Vectors[top.SFI]; v != nil && (len(v.Slots) > 0 || v.Tier != "" || v.Requested != "" || v.Deopt != "") {
		return v, true
	}
	return l.s.Feedback.Vectors[l.s.Feedback.Last], false
}

// feedbackHeight is the room the panel needs (0: nothing to show).
func (l *layout) feedbackHeight() float32 {
	v, _ := l.shownVector()
	if v == nil || (len(v.Slots) == 0 && v.Tier == "" && v.Deopt == "") {
		return 0
	}
	return float32(min(len(v.Slots), maxFeedbackRows)+1)*rowH*l.k + 12*l.k
}

// feedback draws the running function's feedback vector in r.
func (l *layout) feedback(r Rect, clip int) {
	k := l.k
	v, own := l.shownVector()
	l.sc.Shapes = append(l.sc.Shapes, Shape{Key: "fbv", Rect: r, Fill: colPanel, Stroke: colBorder, Line: k, Radius: 4 * k, Clip: clip})
	title := "feedback vector"
	if !own {
		title += " of " + v.Fn + " (last changed)"
	}
	title += " · " + TierLabel(v)
	x, y, w := r.X+6*k, r.Y+4*k, r.W-12*k
	l.text("fbv:title", x, y, Fit(title, smallSz*k, w), smallSz*k, colTitle, true, clip)
	y += rowH * k
	slots := v.Slots
	if len(slots) > maxFeedbackRows {
		slots = slots[len(slots)-maxFeedbackRows:]
	}
	for _, sl := range slots {
		key := "fbv:" + strconv.Itoa(sl.Index)
		head := "[" + strconv.Itoa(sl.Index) + "] " + sl.IC + " " + sl.Key
		hw := min(TextWidth(head, fontSize*k), w*0.5)
		l.text(key+":k", x, y, Fit(head, fontSize*k, w*0.5), fontSize*k, colText, false, clip)
		cx := x + hw + 6*k
		chip := sl.State
		cw := TextWidth(chip, fontSize*k) + 8*k
		fill := StateColour(sl.State)
		bd := colBorder
		if sl.Step+1 == l.s.Steps {
			bd = colFlash // it changed in the last instruction
		}
		l.sc.Shapes = append(l.sc.Shapes, Shape{Key: key + ":chip", Rect: Rect{cx, y, cw, rowH*k - 2*k}, Fill: fill, Stroke: bd, Line: k, Radius: 3 * k, Clip: clip})
		l.text(key+":state", cx+4*k, y, chip, fontSize*k, colText, true, clip)
		rest := stateNames[sl.State]
		if len(sl.Maps) > 0 {
			ms := make([]string, len(sl.Maps))
			for i, m := range sl.Maps {
				ms[i] = "#" + strconv.Itoa(int(m))
			}
			rest += " · maps " + strings.Join(ms, " ")
		}
		l.text(key+":maps", cx+cw+6*k, y+1*k, Fit(rest, smallSz*k, x+w-(cx+cw+6*k)), smallSz*k, colDim, false, clip)
		y += rowH * k
	}
}
