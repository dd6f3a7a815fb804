package vm

// Virtual time spent executing. Time moves when the loop waits (for a timer, I/O or a frame)
// and, at execStepCost per bytecode, while JavaScript runs: a program that busy-waits on
// Date.now() gets there, and a long script delays due timers as in a real engine. The cost is a
// round interpreter speed (10,000 bytecodes per virtual millisecond); an empty loop polling the
// clock for 60 ms runs about 600,000 bytecodes.
const execStepCost = 0.0001 // ms per bytecode

func (r *Runtime) installExecutionClock() {
	q := &r.tasks
	q.chargedSteps = r.Steps()
	r.Clock.Charge = func() float64 {
		steps := r.Steps()
		d := float64(steps-q.chargedSteps) * execStepCost
		q.chargedSteps = steps
		return d
	}
}

// installPerformance defines `performance` (both hosts): now() in ms since the run started,
// with sub-millisecond digits, and timeOrigin.
func (r *Runtime) installPerformance() {
	p := r.NewObject()
	r.DefineMethod(p, "now", 0, func(r *Runtime, this Value, args []Value) Value {
		return Number(r.performanceNow())
	})
	r.CreateDataProperty(p, StrKey("timeOrigin"), Number(r.clockStart))
	r.DefineMethod(p, "toJSON", 0, func(r *Runtime, this Value, args []Value) Value {
		o := r.NewObject()
		r.CreateDataProperty(o, StrKey("timeOrigin"), Number(r.clockStart))
		return ObjectValue(o)
	})
	r.DefineData(p, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("Performance"), AttrConfigurable)
	r.defineGlobal("performance", ObjectValue(p))
}

// performanceNow is performance.now(): Node reports nanosecond-derived digits, Chromium
// coarsens to 100 µs for cross-origin-isolation-less pages.
func (r *Runtime) performanceNow() float64 {
	t := r.Clock.Precise() - r.clockStart
	if !r.isNode() {
		return float64(int64(t*10)) / 10
	}
	return float64(int64(t*1e6)) / 1e6
}
