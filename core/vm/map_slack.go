package vm

import "enginescope/core/ast"

// In-object slack tracking (engine-model §4.2): a constructor's initial map reserves the
// expected properties plus 8 spare in-object slots; the 7th construction ends tracking and every
// map of the constructor's tree shrinks in place to what the tree used (V8's
// MapUpdater/CompleteInobjectSlackTracking). The maps stay the same objects.

// slackConstructions is V8's Map::kSlackTrackingCounterStart.
const slackConstructions = 7

type slackTracking struct {
	counter int // constructions left before the tree shrinks
	root    *HiddenClass
}

// constructionCounter is the counter %DebugPrint shows for m: V8 keeps one in every map, the
// initial map's counting down with each construction and a new map's copied from the map it
// was made from (so maps made during the first construction show 6, and so do their children
// made later); all are 0 once tracking ends.
func constructionCounter(m *HiddenClass) int {
	switch {
	case m.slack == nil || m.slack.counter == 0:
		return 0
	case m == m.slack.root:
		return m.slack.counter
	}
	return int(m.ctorCounter)
}

// constructorInitialMap is the map `new F()` allocates with: new.target F's own initial map (a
// new one if F.prototype was replaced), counting the construction for slack tracking. base is
// the constructor that allocates (F itself, or the base class of a derived F).
func (r *Runtime) constructorInitialMap(base, newTarget, proto *Object, inObject int) *HiddenClass {
	if r.om.initialMaps == nil {
		r.om.initialMaps = map[*Object]*HiddenClass{}
	}
	m := r.om.initialMaps[newTarget]
	if m == nil || m.Proto != proto {
		m = r.newMap(TypeObject, proto, inObject)
		m.Constructor = base
		if base != newTarget {
			m.NewTarget = newTarget
		}
		m.slack = &slackTracking{counter: slackConstructions, root: m}
		r.om.initialMaps[newTarget] = m
	}
	if s := m.slack; s.counter > 0 {
		s.counter--
		if s.counter == 0 {
			completeSlackTracking(s.root)
		}
	}
	return m
}

// completeSlackTracking shrinks every map of the tree by the in-object slots no map used.
func completeSlackTracking(root *HiddenClass) {
	slack := root.InObject
	walkTree(root, func(m *HiddenClass) {
		if !m.Dictionary {
			slack = min(slack, m.InObject-min(m.FieldCount(), m.InObject))
		}
	})
	if slack <= 0 {
		return
	}
	walkTree(root, func(m *HiddenClass) {
		if !m.Dictionary {
			m.InObject -= slack
		}
	})
}

func walkTree(m *HiddenClass, visit func(*HiddenClass)) {
	visit(m)
	for _, t := range m.transitions {
		walkTree(t.to, visit)
	}
}

// maxInObjectProperties is JSObject::kMaxInObjectProperties.
const maxInObjectProperties = 252

// expectedInObject is the in-object size of a constructor's initial map, as V8's
// JSFunction::CalculateExpectedNofProperties computes it: the parser's estimate of every
// constructor on the function's prototype chain (class B extends A counts A's too), plus 8 of
// slack that tracking reclaims later.
func (r *Runtime) expectedInObject(ctor *Object) int {
	if closureOf(ctor) == nil {
		return defaultInObject
	}
	n := 0
	for f := ctor; f != nil; f = f.hc.Proto {
		cl := closureOf(f)
		if cl == nil {
			break
		}
		n += expectedNofProperties(cl.SFI.Literal)
		if n >= maxInObjectProperties {
			return maxInObjectProperties
		}
	}
	return min(n+8, maxInObjectProperties)
}

// expectedNofProperties is a function's SharedFunctionInfo::expected_nof_properties: the
// parser counts each `this.x = …` or `this[k] = …` (plain `=`) in the function's own body, not
// in nested functions or arrows; none counts as 2, since properties are then likely added later
// (UpdateAndFinalizeExpectedNofPropertiesFromEstimate).
func expectedNofProperties(lit *ast.FunctionLiteral) int {
	if lit == nil {
		return 0
	}
	n := 0
	ast.Inspect(lit, func(node ast.Node) bool {
		if f, ok := node.(*ast.FunctionLiteral); ok && f != lit {
			return false
		}
		if a, ok := node.(*ast.AssignmentExpression); ok && a.Operator == "=" {
			if m, ok := a.Left.(*ast.MemberExpression); ok {
				if _, ok := m.Object.(*ast.ThisExpression); ok {
					n++
				}
			}
		}
		return true
	})
	if cl := lit.Class; cl != nil {
		// a class constructor's estimate counts its instance fields too
		for _, e := range cl.Body {
			if d, ok := e.(*ast.PropertyDefinition); ok && !d.Static {
				n++
			}
		}
	}
	if n == 0 {
		n = 2
	}
	return n
}

// copyConstructor gives a copy of from (same constructor tree) from's constructor.
func (to *HiddenClass) copyConstructor(from *HiddenClass) {
	to.Constructor, to.NewTarget = from.Constructor, from.NewTarget
}

// inheritSlack gives a map made from `from` its constructor, slack tracking and counter.
func inheritSlack(to, from *HiddenClass) {
	to.copyConstructor(from)
	to.backingBase = from.backingBase // the PropertyArray the object already has
	to.slack = from.slack
	if from.slack != nil {
		to.ctorCounter = int8(constructionCounter(from)) // Map::RawCopy copies bit_field3
	}
}
