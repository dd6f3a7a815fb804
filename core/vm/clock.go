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
	// frac is the sub-millisecond part of the time, accumulated from Charge.
	frac float64
	// TZOffsetMinutes is the fixed local-time offset east of UTC used by Date's local-time methods.
	TZOffsetMinutes int
	// Charge, when set, returns the virtual ms spent executing since its last call (the event
	// loop charges executed bytecodes, loop_clock.go); reading the clock folds it in, so a busy
	// loop polling Date.now() sees time pass.
	Charge func() float64
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
func (c *VirtualClock) Now() float64 {
	c.sync()
	return c.now
}

// Precise is Now with its sub-millisecond part (performance.now's resolution).
func (c *VirtualClock) Precise() float64 {
	c.sync()
	return c.now + c.frac
}

func (c *VirtualClock) sync() {
	if c.Charge == nil {
		return
	}
	if d := c.Charge(); d > 0 {
		c.frac += d
		whole := float64(int64(c.frac))
		c.now += whole
		c.frac -= whole
	}
}

// Advance moves time forward by ms (negative values are ignored: time never runs backwards).
func (c *VirtualClock) Advance(ms float64) {
	if ms > 0 {
		c.now += float64(int64(ms))
	}
}

// AdvanceTo moves time forward to t if t is later.
func (c *VirtualClock) AdvanceTo(t float64) {
	c.sync()
	if t > c.now {
		c.now = float64(int64(t))
		c.frac = 0
	}
}

func init() {
	registerBuiltins(1, "clock", func(r *Runtime) { r.Clock = NewVirtualClock(r.Options.StartTime) })
	ConsoleClockHook = func(r *Runtime) float64 { return r.Clock.Now() }
}
