package events

// Recorder receives the engine's events. A nil Recorder means recording is off: the engine
// guards every emission with `if rec != nil`, so that costs one nil check per step.
// Implementations stamp the header with a Sequencer; the engine sets only Loc and the payload and
// must not touch an event after emitting it.
type Recorder interface {
	Emit(e Event)
}
