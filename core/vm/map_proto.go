package vm

// Prototypes (engine-model §4.3). V8 puts an object in dictionary mode when it becomes a
// prototype while the program is still setting it up (JSObject::OptimizeAsPrototype in setup
// mode: methods are usually added next), and makes it fast again when a load IC goes through it
// (MakePrototypesFast) — which needs a feedback vector, so top-level code never does. A
// prototype made fast stays fast.

// becomesPrototype is OptimizeAsPrototype in setup mode: a fast ordinary object that was not a
// prototype yet moves to a dictionary prototype map, keeping its instance size.
// A fast prototype map is normalized too unless a miss marked it should-be-fast (proto_fast.go):
// class prototypes start as fast prototype maps.
func (r *Runtime) becomesPrototype(p *Object) {
	if p == nil || p.hc.InstanceType != TypeObject || p.gc.space == spaceSnapshot || r.Heap.Bootstrapping() {
		return
	}
	if p.hc.IsPrototype && (p.hc.Dictionary || r.maps.fastPrototypes[p]) {
		return
	}
	// A prototype map (a class prototype) keeps its constructor through normalization, which
	// %DebugPrint names (<A map = …>); an object becoming a prototype gets the Object function
	// instead (OptimizeAsPrototype: "replace the pointer to the exact constructor").
	var ctor *Object
	if p.hc.IsPrototype {
		ctor = p.hc.Constructor
	}
	if !p.hc.Dictionary {
		r.normalizeKeeping(p, p.hc.InObject)
	}
	m := r.dictionaryPrototypeMap(p.hc)
	m.Constructor = ctor
	p.hc = m
}

// leftPrototype runs after Object.setPrototypeOf or Reflect.setPrototypeOf moved o off old: the
// old prototype goes through setup mode again, so unless an IC marked it should-be-fast it
// becomes a dictionary (recorded from Node 26: natives/fresh6_map_setprototypeof_class,
// proto_setprototypeof_old.js). An `o.__proto__ = p` store leaves it alone.
func (r *Runtime) leftPrototype(o, old, proto *Object) {
	if old != nil && old != proto && o.hc.InstanceType != TypeProxy {
		r.becomesPrototype(old)
	}
}

// dictionaryPrototypeMap is the dictionary map of a prototype: V8 gives every prototype its own map.
func (r *Runtime) dictionaryPrototypeMap(d *HiddenClass) *HiddenClass {
	m := r.newMap(d.InstanceType, d.Proto, d.InObject)
	m.Dictionary = true
	m.IsPrototype = true
	m.Elements = d.Elements
	m.Constructor = d.Constructor
	return m
}

// prototypeAssigned is `F.prototype = obj`: obj becomes a prototype (dictionary,
// JSFunction::SetInstancePrototype). Only MakePrototypesFast makes it fast again: a `new F()`
// does not by itself, only the runtime store its constructor's first `this.x = …` needs
// (natives/fresh3_instanceof.js: an empty constructor leaves F.prototype a dictionary).
func (r *Runtime) prototypeAssigned(fn *Object, v Value) {
	if p := v.AsObject(); p != nil && !r.Heap.Bootstrapping() {
		r.becomesPrototype(p)
	}
}

// classExtends: `class B extends A` sets the prototype of B.prototype (a fast prototype map, as
// every class prototype: InitClassPrototype) to A.prototype, which OptimizeAsPrototype
// normalizes in setup mode; B.prototype itself goes dictionary at the first construction with
// new.target B (derivedConstruct, proto_fast.go; natives/proto_class_prototype.js,
// fresh_proto_class_extends.js).
func (r *Runtime) classExtends(parentProto, proto *Object) {
	r.becomesPrototype(parentProto)
}

// makePrototypeFast gives a dictionary-mode prototype fast properties again, as V8 does when a
// load IC goes through it (JSObject::MakePrototypesFast).
func (r *Runtime) makePrototypeFast(p *Object) {
	if p.hc.Dictionary && p.hc.IsPrototype && p.hc.InstanceType == TypeObject {
		r.migrateToFast(p)
	}
}
