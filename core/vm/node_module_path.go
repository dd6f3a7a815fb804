package vm

import (
	"path"
	"strings"
)

// require('path') (POSIX) and require('os'): the parts programs use to build file names.

func init() {
	NodeBuiltinModules["path"] = func(r *Runtime) Value { return ObjectValue(r.pathModule()) }
	NodeBuiltinModules["os"] = func(r *Runtime) Value { return ObjectValue(r.osModule()) }
}

func (r *Runtime) pathModule() *Object {
	m := r.NewObject()
	strs := func(args []Value) []string {
		out := make([]string, len(args))
		for i, a := range args {
			if !a.IsString() {
				r.throwArgType("path", "string", a)
			}
			out[i] = a.String().GoString()
		}
		return out
	}
	method := func(name string, length int, fn func(args []string) Value) {
		r.CreateDataProperty(m, StrKey(name), ObjectValue(r.NewNativeFunction(name, length, func(r *Runtime, this Value, args []Value) Value {
			return fn(strs(args))
		})))
	}
	method("join", 0, func(a []string) Value {
		var parts []string
		for _, s := range a {
			if s != "" {
				parts = append(parts, s)
			}
		}
		if len(parts) == 0 {
			return Str(".")
		}
		j := strings.Join(parts, "/")
		trailing := strings.HasSuffix(j, "/")
		c := path.Clean(j)
		if trailing && c != "/" {
			c += "/"
		}
		return Str(c)
	})
	method("resolve", 0, func(a []string) Value {
		p := r.tasks.node.cwd
		for _, s := range a {
			if strings.HasPrefix(s, "/") {
				p = s
			} else if s != "" {
				p = p + "/" + s
			}
		}
		return Str(path.Clean(p))
	})
	method("normalize", 1, func(a []string) Value {
		if len(a) == 0 || a[0] == "" {
			return Str(".")
		}
		return Str(path.Clean(a[0]))
	})
	method("isAbsolute", 1, func(a []string) Value { return Bool(len(a) > 0 && strings.HasPrefix(a[0], "/")) })
	method("dirname", 1, func(a []string) Value { return Str(path.Dir(strings.TrimSuffix(a[0], "/"))) })
	method("basename", 2, func(a []string) Value {
		b := path.Base(a[0])
		if len(a) > 1 && strings.HasSuffix(b, a[1]) && b != a[1] {
			b = strings.TrimSuffix(b, a[1])
		}
		return Str(b)
	})
	method("extname", 1, func(a []string) Value {
		b := path.Base(a[0])
		if i := strings.LastIndexByte(b, '.'); i > 0 {
			return Str(b[i:])
		}
		return Str("")
	})
	method("relative", 2, func(a []string) Value {
		from := strings.Split(strings.Trim(path.Clean(a[0]), "/"), "/")
		to := strings.Split(strings.Trim(path.Clean(a[1]), "/"), "/")
		i := 0
		for i < len(from) && i < len(to) && from[i] == to[i] {
			i++
		}
		var parts []string
		for range from[i:] {
			if from[0] != "" {
				parts = append(parts, "..")
			}
		}
		parts = append(parts, to[i:]...)
		return Str(strings.Join(parts, "/"))
	})
	r.CreateDataProperty(m, StrKey("sep"), Str("/"))
	r.CreateDataProperty(m, StrKey("delimiter"), Str(":"))
	r.CreateDataProperty(m, StrKey("posix"), ObjectValue(m))
	return m
}

func (r *Runtime) osModule() *Object {
	m := r.NewObject()
	constant := func(name string, v Value) {
		r.CreateDataProperty(m, StrKey(name), ObjectValue(r.NewNativeFunction(name, 0, func(r *Runtime, this Value, args []Value) Value { return v })))
	}
	constant("tmpdir", Str("/tmp"))
	constant("homedir", Str("/root"))
	constant("platform", Str("linux"))
	constant("type", Str("Linux"))
	constant("arch", Str("x64"))
	constant("hostname", Str("enginescope"))
	constant("availableParallelism", Int(2))
	r.CreateDataProperty(m, StrKey("EOL"), Str("\n"))
	return m
}
