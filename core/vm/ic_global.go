package vm

// globalIC is LoadGlobalIC / StoreGlobalIC: without a feedback vector every access goes to the
// runtime and logs X,X; the first access with one goes monomorphic on the global object's map
// (V8 caches the global's PropertyCell).
func (r *Runtime) globalIC(f *frame, slot int32, k Key, kind icKind) {
	if f.fb == nil {
		if r.Options.LogIC {
			var m *HiddenClass
			if kind == icLoadGlobal {
				m = r.Global.hc
			}
			r.emitICLine(-1, kind, "X", "X", m, k.prop, nil)
		}
		return
	}
	r.globalICUpdate(f.fb, slot, kind, k.prop, r.Global.hc)
}
