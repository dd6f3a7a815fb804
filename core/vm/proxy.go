package vm

// ProxyData is a Proxy exotic object's [[ProxyTarget]] and [[ProxyHandler]] (nil once revoked).
type ProxyData struct {
	Target, Handler *Object
	// Callable and Constructor are fixed at creation (typeof stays "function" after revoke).
	Callable, Constructor bool
}

func (r *Runtime) proxyParts(p *Object, op string) (*ProxyData, *Object) {
	pd := p.Internal.(*ProxyData)
	if pd.Handler == nil {
		r.ThrowTypeError("Cannot perform '%s' on a proxy that has been revoked", op)
	}
	return pd, pd.Target
}

func (r *Runtime) proxyTrap(pd *ProxyData, name string) Value {
	t := r.GetStr(pd.Handler, name)
	if t.IsNullish() {
		return Undefined
	}
	if !t.IsCallable() {
		r.ThrowTypeError("'%s' returned for property '%s' of object '#<Object>' is not a function", r.noSideEffectsToString(t), name)
	}
	return t
}

func (r *Runtime) proxyGet(p *Object, k Key, receiver Value) Value {
	pd, target := r.proxyParts(p, "get")
	trap := r.proxyTrap(pd, "get")
	if trap.IsUndefined() {
		return r.Get(target, k, receiver)
	}
	return r.Call(trap, ObjectValue(pd.Handler), ObjectValue(target), k.Value(), receiver)
}

func (r *Runtime) proxySet(p *Object, k Key, v Value, receiver Value) bool {
	pd, target := r.proxyParts(p, "set")
	trap := r.proxyTrap(pd, "set")
	if trap.IsUndefined() {
		return r.Set(target, k, v, receiver)
	}
	return ToBoolean(r.Call(trap, ObjectValue(pd.Handler), ObjectValue(target), k.Value(), v, receiver))
}

func (r *Runtime) proxyHas(p *Object, k Key) bool {
	pd, target := r.proxyParts(p, "has")
	trap := r.proxyTrap(pd, "has")
	if trap.IsUndefined() {
		return r.HasProperty(target, k)
	}
	return ToBoolean(r.Call(trap, ObjectValue(pd.Handler), ObjectValue(target), k.Value()))
}

func (r *Runtime) proxyDelete(p *Object, k Key) bool {
	pd, target := r.proxyParts(p, "deleteProperty")
	trap := r.proxyTrap(pd, "deleteProperty")
	if trap.IsUndefined() {
		return r.Delete(target, k)
	}
	return ToBoolean(r.Call(trap, ObjectValue(pd.Handler), ObjectValue(target), k.Value()))
}

func (r *Runtime) proxyGetOwnProperty(p *Object, k Key) (PropertyDescriptor, bool) {
	pd, target := r.proxyParts(p, "getOwnPropertyDescriptor")
	trap := r.proxyTrap(pd, "getOwnPropertyDescriptor")
	if trap.IsUndefined() {
		return r.GetOwnPropertyDescriptor(target, k)
	}
	res := r.Call(trap, ObjectValue(pd.Handler), ObjectValue(target), k.Value())
	if res.IsUndefined() {
		return PropertyDescriptor{}, false
	}
	if !res.IsObject() {
		r.ThrowTypeError("'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined for property '%s'", keyForMessage(k))
	}
	return r.ToPropertyDescriptor(res), true
}

func (r *Runtime) proxyDefineOwnProperty(p *Object, k Key, d PropertyDescriptor) bool {
	pd, target := r.proxyParts(p, "defineProperty")
	trap := r.proxyTrap(pd, "defineProperty")
	if trap.IsUndefined() {
		return r.DefineOwnProperty(target, k, d)
	}
	return ToBoolean(r.Call(trap, ObjectValue(pd.Handler), ObjectValue(target), k.Value(), ObjectValue(r.FromPropertyDescriptor(d))))
}

func (r *Runtime) proxyOwnKeys(p *Object) []Key {
	pd, target := r.proxyParts(p, "ownKeys")
	trap := r.proxyTrap(pd, "ownKeys")
	if trap.IsUndefined() {
		return r.OwnKeys(target)
	}
	res := r.Call(trap, ObjectValue(pd.Handler), ObjectValue(target))
	var keys []Key
	seen := map[Key]bool{}
	for _, v := range r.createListFromArrayLike(res, true) {
		k := r.ToPropertyKey(v)
		if seen[k] {
			r.ThrowTypeError("'ownKeys' on proxy: trap returned duplicate entries")
		}
		seen[k] = true
		keys = append(keys, k)
	}
	return keys
}

// IsExtensible is [[IsExtensible]] including proxies.
func (r *Runtime) IsExtensible(o *Object) bool {
	if o.hc.InstanceType != TypeProxy {
		return o.Extensible()
	}
	pd, target := r.proxyParts(o, "isExtensible")
	trap := r.proxyTrap(pd, "isExtensible")
	if trap.IsUndefined() {
		return r.IsExtensible(target)
	}
	res := ToBoolean(r.Call(trap, ObjectValue(pd.Handler), ObjectValue(target)))
	if want := r.IsExtensible(target); res != want {
		r.ThrowTypeError("'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is '%t')", want)
	}
	return res
}

func (r *Runtime) proxyPreventExtensions(p *Object) bool {
	pd, target := r.proxyParts(p, "preventExtensions")
	trap := r.proxyTrap(pd, "preventExtensions")
	if trap.IsUndefined() {
		return r.PreventExtensions(target)
	}
	return ToBoolean(r.Call(trap, ObjectValue(pd.Handler), ObjectValue(target)))
}

func (r *Runtime) proxySetPrototypeOf(p *Object, proto *Object) bool {
	pd, target := r.proxyParts(p, "setPrototypeOf")
	trap := r.proxyTrap(pd, "setPrototypeOf")
	if trap.IsUndefined() {
		return r.SetPrototypeOf(target, proto)
	}
	pv := Null
	if proto != nil {
		pv = ObjectValue(proto)
	}
	return ToBoolean(r.Call(trap, ObjectValue(pd.Handler), ObjectValue(target), pv))
}

// GetPrototypeOf is [[GetPrototypeOf]] including proxies.
func (r *Runtime) GetPrototypeOf(o *Object) *Object {
	if o.hc.InstanceType != TypeProxy {
		return o.hc.Proto
	}
	pd, target := r.proxyParts(o, "getPrototypeOf")
	trap := r.proxyTrap(pd, "getPrototypeOf")
	if trap.IsUndefined() {
		return r.GetPrototypeOf(target)
	}
	res := r.Call(trap, ObjectValue(pd.Handler), ObjectValue(target))
	if !res.IsObject() && !res.IsNull() {
		r.ThrowTypeError("'getPrototypeOf' on proxy: trap returned neither object nor null")
	}
	return res.AsObject()
}

func (r *Runtime) proxyCall(p *Object, this Value, args []Value) Value {
	pd, target := r.proxyParts(p, "apply")
	trap := r.proxyTrap(pd, "apply")
	if trap.IsUndefined() {
		return r.CallObject(target, this, args)
	}
	return r.Call(trap, ObjectValue(pd.Handler), ObjectValue(target), this, ObjectValue(r.NewArray(append([]Value(nil), args...))))
}

func (r *Runtime) proxyConstruct(p *Object, args []Value, newTarget *Object) Value {
	pd, target := r.proxyParts(p, "construct")
	trap := r.proxyTrap(pd, "construct")
	if trap.IsUndefined() {
		return r.Construct(target, args, newTarget)
	}
	res := r.Call(trap, ObjectValue(pd.Handler), ObjectValue(target), ObjectValue(r.NewArray(append([]Value(nil), args...))), ObjectValue(newTarget))
	if !res.IsObject() {
		r.ThrowTypeError("'construct' on proxy: trap returned non-object ('%s')", r.noSideEffectsToString(res))
	}
	return res
}

// ToPropertyDescriptor is ToPropertyDescriptor(Obj).
func (r *Runtime) ToPropertyDescriptor(v Value) PropertyDescriptor {
	o := v.AsObject()
	if o == nil {
		r.ThrowTypeError("Property description must be an object: %s", r.safeToString(v))
	}
	var d PropertyDescriptor
	has := func(n string) bool { return r.HasProperty(o, KeyFromName(n)) }
	if has("enumerable") {
		d.HasEnumerable, d.Enumerable = true, ToBoolean(r.GetStr(o, "enumerable"))
	}
	if has("configurable") {
		d.HasConfigurable, d.Configurable = true, ToBoolean(r.GetStr(o, "configurable"))
	}
	if has("value") {
		d.HasValue, d.Value = true, r.GetStr(o, "value")
	}
	if has("writable") {
		d.HasWritable, d.Writable = true, ToBoolean(r.GetStr(o, "writable"))
	}
	if has("get") {
		d.HasGet, d.Get = true, r.GetStr(o, "get")
		if !d.Get.IsUndefined() && !d.Get.IsCallable() {
			r.ThrowTypeError("Getter must be a function: %s", r.describeForError(d.Get))
		}
	}
	if has("set") {
		d.HasSet, d.Set = true, r.GetStr(o, "set")
		if !d.Set.IsUndefined() && !d.Set.IsCallable() {
			r.ThrowTypeError("Setter must be a function: %s", r.describeForError(d.Set))
		}
	}
	if (d.HasGet || d.HasSet) && (d.HasValue || d.HasWritable) {
		r.ThrowTypeError("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, %s", r.noSideEffectsToString(v))
	}
	if d.HasGet && d.Get.IsUndefined() {
		d.Get = Undefined
	}
	if d.HasSet && d.Set.IsUndefined() {
		d.Set = Undefined
	}
	return d
}

// FromPropertyDescriptor is FromPropertyDescriptor(Desc).
func (r *Runtime) FromPropertyDescriptor(d PropertyDescriptor) *Object {
	o := r.NewObject()
	if d.HasValue {
		r.CreateDataProperty(o, KeyFromName("value"), d.Value)
	}
	if d.HasWritable {
		r.CreateDataProperty(o, KeyFromName("writable"), Bool(d.Writable))
	}
	if d.HasGet {
		r.CreateDataProperty(o, KeyFromName("get"), d.Get)
	}
	if d.HasSet {
		r.CreateDataProperty(o, KeyFromName("set"), d.Set)
	}
	if d.HasEnumerable {
		r.CreateDataProperty(o, KeyFromName("enumerable"), Bool(d.Enumerable))
	}
	if d.HasConfigurable {
		r.CreateDataProperty(o, KeyFromName("configurable"), Bool(d.Configurable))
	}
	return o
}
