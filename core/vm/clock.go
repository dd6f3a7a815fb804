package vm

import "time"

// VirtualClock is the engine's only source of time. core/ never reads the wall clock: a run
// starts at a fixed instant and time moves only when the event loop advances it (a timer firing
// jumps the clock to its due time), so the same program prints the same dates on every run.
//
// Dates are rendered in UTC by default (TZOffsetMinutes = 0), which is what the conformance
// expectations are recorded with (TZ=UTC).
type VirtualClock struct {
	now float64 // ms since the epoch; always an integer
	// TZOffsetMinutes is the fixed local-time offset east of UTC used by Date's local-time methods.
	TZOffsetMinutes int
}

// DefaultStartTime is where the virtual clock starts when Options.StartTime is zero.
var DefaultStartTime = time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC)

// NewVirtualClock makes a clock reading start (DefaultStartTime when zero).
func NewVirtualClock(start time.Time) *VirtualClock {
	if start.IsZero() {
		start = DefaultStartTime
	}
	return &VirtualClock{now: float64(start.UnixMilli())}
}

// Now is the current time in ms since the epoch (what Date.now() returns).
func (c *VirtualClock) Now() float64 { return c.now }

// Advance moves time forward by ms (negative values are ignored: time never runs backwards).
func (c *VirtualClock) Advance(ms float64) {
	if ms > 0 {
		c.now += float64(int64(ms))
	}
}

// AdvanceTo moves time forward to t if t is later.
func (c *VirtualClock) AdvanceTo(t float64) {
	if t > c.now {
		c.now = float64(int64(t))
	}
}

func init() {
	registerBuiltins(1, "clock", func(r *Runtime) { r.Clock = NewVirtualClock(r.Options.StartTime) })
	ConsoleClockHook = func(r *Runtime) float64 { return r.Clock.Now() }
}
