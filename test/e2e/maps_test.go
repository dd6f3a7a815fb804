package e2e

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/chromedp/chromedp"
)

// mapsDrawn reads the hidden-class panel's drawn boxes and edges through the page's esMaps.
func (p *page) mapsDrawn() (maps, edges int) {
	p.t.Helper()
	var v struct{ Maps, Edges []string }
	if err := json.Unmarshal([]byte(p.eval(`document.getElementById('viz').contentWindow.esMaps()`)), &v); err != nil {
		p.fail("esMaps: %v", err)
	}
	return len(v.Maps), len(v.Edges)
}

// pointScene steps the point scene over this.x = x and this.y = y: the transition tree on the
// canvas grows by one map and one edge each time.
func (p *page) pointScene() {
	p.t.Helper()
	p.do(chromedp.SetValue(chromedp.ID("scenes"), "maps-point"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('scenes').dispatchEvent(new Event('change'))`))
	p.wait("the point scene", `/^step 0 of 53$/.test(document.getElementById('counter').textContent)`, 30*time.Second)
	grows := `(() => { const v = JSON.parse(document.getElementById('viz').contentWindow.esMaps()); return v.maps.length > %d && v.edges.length > %d; })()`
	prevM, prevE := -1, -1
	for _, step := range []int{16, 18, 20} {
		p.do(chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.getElementById('viz').contentWindow.esSeek(%d)`, step)))
		p.wait(fmt.Sprintf("step %d", step), fmt.Sprintf(counterIs, fmt.Sprintf("step %d of 53", step)), 10*time.Second)
		if prevE >= 0 {
			p.wait(fmt.Sprintf("the tree to grow at step %d", step), fmt.Sprintf(grows, prevM, prevE), 10*time.Second)
		} else {
			time.Sleep(500 * time.Millisecond) // two frames: the panel is drawn for step 16
		}
		prevM, prevE = p.mapsDrawn()
	}
	p.shot("10-point-scene-step20-tree")
}
