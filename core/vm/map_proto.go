package vm

// makePrototypeFast gives a dictionary-mode prototype fast properties again, as V8 does when a
// load IC goes through it (JSObject::MakePrototypesFast).
func (r *Runtime) makePrototypeFast(p *Object) {
	if p.hc.Dictionary && p.hc.IsPrototype && p.hc.InstanceType == TypeObject {
		r.migrateToFast(p)
	}
}
