package vm

// In-object slack tracking (engine-model §4.2): a constructor's initial map reserves the
// expected properties plus 8 spare in-object slots; after the 7th construction V8 shrinks every
// map of the tree to what was used.

// slackCounterShown is the construction counter %DebugPrint shows while tracking is on.
const slackCounterShown = 6

type slackTracking struct {
	counter int // constructions left before the tree shrinks
	root    *HiddenClass
}
