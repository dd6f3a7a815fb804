package session

// Side runs one program on two hosts at once (the page's "Node | Browser" mode): A on Node, B in
// the browser. Both step together by callback: after a step, each has started the same number of
// event-loop callbacks (or reached its end), so the two columns show the same moment of the
// loop's schedule and the consoles can be compared line by line.
type Side struct {
	A, B *Session
}

// SideHosts are the two columns' hosts.
var SideHosts = [2]string{"node", "browser"}

// Load runs src on both hosts; task >= 0 moves both to that callback once recorded.
func (p *Side) Load(src string, task int) {
	for i, s := range []*Session{p.A, p.B} {
		s.SetUnit("task")
		s.load(src, SideHosts[i], -1, task)
	}
}

// Step moves both columns one callback forward (dir > 0) or back.
func (p *Side) Step(dir int) {
	a, b := p.A.Status(), p.B.Status()
	n := max(a.Task, b.Task)
	if dir >= 0 {
		n++
	} else {
		n = max(n-1, 0)
	}
	p.SeekTask(n)
}

// SeekTask moves both columns to their n-th callback.
func (p *Side) SeekTask(n int) {
	p.A.Play(false)
	p.B.Play(false)
	p.A.SeekTask(n)
	p.B.SeekTask(n)
}

// Play plays both by callback.
func (p *Side) Play(on bool) {
	for _, s := range []*Session{p.A, p.B} {
		s.SetUnit("task")
		s.Play(on)
	}
}

// SideStatus is what the page shows in side-by-side mode.
type SideStatus struct {
	Side    bool   `json:"side"`
	A       Status `json:"a"`
	B       Status `json:"b"`
	Diverge int    `json:"diverge"` // the first console line (0-based) where the columns differ, -1 if none yet
}

// Status reports both columns and where their consoles part.
func (p *Side) Status() SideStatus {
	a, b := p.A.Status(), p.B.Status()
	return SideStatus{Side: true, A: a, B: b, Diverge: Diverge(a, b)}
}

// Diverge is the first console line where a and b differ: a line both printed with different
// text, or, once both runs are at their end, the first line only one of them printed.
func Diverge(a, b Status) int {
	n := min(len(a.Console), len(b.Console))
	for i := range n {
		if a.Console[i].Text != b.Console[i].Text {
			return i
		}
	}
	if len(a.Console) != len(b.Console) && a.End != "" && b.End != "" {
		return n
	}
	return -1
}
