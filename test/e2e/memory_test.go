package e2e

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/chromedp/chromedp"

	"enginescope/wasm/session"
)

// memory reads the memory panel's state through the page's esMemory.
func (p *page) memory() session.MemoryView {
	p.t.Helper()
	var v session.MemoryView
	if err := json.Unmarshal([]byte(p.eval(`document.getElementById('viz').contentWindow.esMemory()`)), &v); err != nil {
		p.fail("esMemory: %v", err)
	}
	return v
}

// scavengeScene steps the scavenge scene across its first collection: objects move from
// from-space into to-space, the dead ones are gone, and the halves swap names.
func (p *page) scavengeScene() {
	t := p.t
	t.Helper()
	p.do(chromedp.SetValue(chromedp.ID("scenes"), "scavenge"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('scenes').dispatchEvent(new Event('change'))`))
	p.wait("the scavenge scene", `/^step 0 of 466$/.test(document.getElementById('counter').textContent)`, 30*time.Second)
	p.do(chromedp.SetValue(chromedp.ID("unit"), "step"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('unit').dispatchEvent(new Event('change'))`),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('viz').contentWindow.esSeek(104)`))
	p.wait("step 104", fmt.Sprintf(counterIs, "step 104 of 466"), 10*time.Second)
	before := p.memory()
	beforeShot := p.shot("8-scavenge-step104-from-space-full")
	p.do(chromedp.Click(chromedp.ID("step")))
	p.wait("step 105", fmt.Sprintf(counterIs, "step 105 of 466"), 10*time.Second)
	p.wait("the narration", `document.getElementById('narration').textContent.includes('swapped names')`, 10*time.Second)
	after := p.memory()
	afterShot := p.shot("9-scavenge-step105-after-flip")

	from := func(v session.MemoryView) int {
		for i, h := range v.Halves {
			if h.Name == "From" {
				return i
			}
		}
		return -1
	}
	fb, fa := from(before), from(after)
	if before.Scavenges != 0 || after.Scavenges != 1 || fb < 0 || fa < 0 || fb == fa {
		t.Errorf("the halves did not swap names: before %+v (%d scavenges), after %+v (%d scavenges)",
			before.Halves, before.Scavenges, after.Halves, after.Scavenges)
	}
	was := map[int]session.BlockView{}
	for _, b := range before.Blocks {
		was[b.ID] = b
	}
	moved, kept := 0, map[int]bool{}
	for _, b := range after.Blocks {
		kept[b.ID] = true
		if o, ok := was[b.ID]; ok && o.Half == fb && b.Half == fa && o.Addr != b.Addr {
			moved++
		}
	}
	died := 0
	for _, b := range before.Blocks {
		if b.Half == fb && !kept[b.ID] {
			died++
		}
	}
	if moved == 0 || died == 0 || len(after.Moves) == 0 {
		t.Errorf("stepping over the scavenge: %d blocks moved from-space → to-space, %d died, %d forwarding arrows", moved, died, len(after.Moves))
	}
	if d := differ(beforeShot, afterShot); d < 0.002 {
		t.Errorf("the canvas barely changes across the scavenge (%.2f%% of pixels)", d*100)
	}
}
