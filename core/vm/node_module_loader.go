package vm

import (
	"path"
	"strings"

	bc "enginescope/core/bytecode"
	"enginescope/core/compiler"
	"enginescope/core/parser"
)

// require of the program's own modules (lib/internal/modules/cjs/loader.js): a relative or
// absolute specifier is resolved on the virtual file system (exact name, then .js, .json, then
// the directory's index.js/index.json), the module object is cached in require.cache by filename
// before its body runs (so a cycle sees partial exports), and the body runs inside the same
// wrapper as the main module: (exports, require, module, __filename, __dirname).

// moduleLoader is the CommonJS loader's state: require.cache (shared by every require function)
// and the prototype that warns about missing exports during a cycle.
type moduleLoader struct {
	cache, main  *Object
	circularWarn *Object
	// resolved is Module._pathCache: a resolution, once found, is kept even if the file goes
	resolved map[string]string
}

// requireCache is require.cache: an object without prototype, keyed by filename.
func (r *Runtime) requireCache() *Object {
	l := &r.tasks.node.loader
	if l.cache == nil {
		l.cache = r.NewObjectWithProto(nil)
	}
	return l.cache
}

func isPathSpecifier(name string) bool {
	return name == "." || name == ".." || strings.HasPrefix(name, "./") || strings.HasPrefix(name, "../") || strings.HasPrefix(name, "/")
}

// resolveModule is Module._resolveFilename for path specifiers: "" when nothing matches.
func (r *Runtime) resolveModule(from, name string) string {
	l := &r.tasks.node.loader
	key := name
	if !strings.HasPrefix(name, "/") {
		key = path.Dir(from) + "\x00" + name
	}
	if f, ok := l.resolved[key]; ok {
		return f
	}
	f := r.findModuleFile(from, name)
	if f != "" {
		if l.resolved == nil {
			l.resolved = map[string]string{}
		}
		l.resolved[key] = f
	}
	return f
}

func (r *Runtime) findModuleFile(from, name string) string {
	base := name
	if !strings.HasPrefix(name, "/") {
		base = path.Join(path.Dir(from), name)
	}
	base = path.Clean(base)
	fs := r.vfs()
	isFile := func(p string) bool { n := fs.nodes[p]; return n != nil && !n.dir }
	if !strings.HasSuffix(name, "/") {
		for _, c := range []string{base, base + ".js", base + ".json"} {
			if isFile(c) {
				return c
			}
		}
	}
	for _, c := range []string{base + "/index.js", base + "/index.json"} {
		if isFile(c) {
			return c
		}
	}
	return ""
}

// requireFile loads (or finds in the cache) the module at filename and returns its exports.
func (r *Runtime) requireFile(parent *Object, filename string) Value {
	cache := r.requireCache()
	if m := r.GetStr(cache, filename).AsObject(); m != nil {
		if !ToBoolean(r.GetStr(m, "loaded")) {
			return r.exportsForCircularRequire(m)
		}
		return r.GetStr(m, "exports")
	}
	exports, require, module := r.newModuleObjects(filename, false)
	if parent != nil {
		r.CreateDataProperty(module, StrKey("parent"), ObjectValue(parent))
		if ch := r.GetStr(parent, "children").AsObject(); ch != nil {
			r.Call(r.GetStr(ch, "push"), ObjectValue(ch), ObjectValue(module))
		}
	}
	r.CreateDataProperty(cache, StrKey(filename), ObjectValue(module))
	ok := false
	defer func() {
		if ok {
			return
		}
		// Node forgets a module whose body threw, and drops it from its parent's children
		r.Delete(cache, StrKey(filename))
		if parent != nil {
			if ch := r.GetStr(parent, "children").AsObject(); ch != nil {
				if i := r.ToNumber(r.Call(r.GetStr(ch, "indexOf"), ObjectValue(ch), ObjectValue(module))); i >= 0 {
					r.Call(r.GetStr(ch, "splice"), ObjectValue(ch), Number(i), Int(1))
				}
			}
		}
	}()
	var src []byte
	if n := r.vfs().nodes[filename]; n != nil {
		src = n.data
	} else {
		r.Throw(ObjectValue(r.fsError("ENOENT", "open", filename, "open")))
	}
	if strings.HasSuffix(filename, ".json") {
		v := jsonParse(r, Undefined, []Value{Str(strings.TrimPrefix(string(src), "\uFEFF"))})
		r.Set(module, StrKey("exports"), v, ObjectValue(module))
	} else {
		r.runModuleBody(filename, src, exports, require, module)
	}
	r.Set(module, StrKey("loaded"), True, ObjectValue(module))
	ok = true
	out := r.GetStr(module, "exports")
	if o := out.AsObject(); o != nil && r.tasks.node.loader.circularWarn != nil && o.Proto() == r.tasks.node.loader.circularWarn {
		r.SetPrototypeOf(o, r.Intrinsics.ObjectPrototype)
	}
	return out
}

// runModuleBody compiles a module's source as the body of the CommonJS wrapper and calls it
// with this = exports.
func (r *Runtime) runModuleBody(filename string, src []byte, exports, require, module *Object) {
	text := parser.NormalizeSource(src)
	prog, err := parser.ParseScript(text, parser.Options{Filename: filename, CommonJS: true})
	if err != nil {
		r.throwDynamicSyntaxError(err)
	}
	sfi, err := compiler.CompileScript(prog, &bc.Script{Source: string(text), Name: filename})
	if err != nil {
		r.ThrowSyntaxError("%v", err)
	}
	wrapper := r.NewTopLevelFunction(sfi)
	r.CallObject(wrapper, ObjectValue(exports), []Value{ObjectValue(exports), ObjectValue(require),
		ObjectValue(module), Str(filename), Str(path.Dir(filename))})
}

// exportsForCircularRequire is getExportsForCircularRequire: a plain exports object gets a
// prototype that warns when the program reads a property the module has not set yet.
func (r *Runtime) exportsForCircularRequire(m *Object) Value {
	ex := r.GetStr(m, "exports")
	o := ex.AsObject()
	if o == nil || o.Proto() != r.Intrinsics.ObjectPrototype || ToBoolean(r.GetStr(o, "__esModule")) {
		return ex
	}
	l := &r.tasks.node.loader
	if l.circularWarn == nil {
		warn := r.NewNativeFunction("emitCircularRequireWarning", 1, func(r *Runtime, this Value, args []Value) Value {
			prop := r.ToString(r.Call(r.GetStr(r.Global, "String"), Undefined, Arg(args, 0))).GoString() // String(prop)
			r.emitWarning(Str("Accessing non-existent property '"+prop+"' of module exports inside circular dependency"), Undefined, Undefined)
			return Undefined
		})
		mk := r.evalScript(circularProxySource).AsObject()
		l.circularWarn = r.Call(ObjectValue(mk), Undefined, ObjectValue(warn)).AsObject()
	}
	r.SetPrototypeOf(o, l.circularWarn)
	return ex
}

// circularProxySource is Node's CircularRequirePrototypeWarningProxy.
const circularProxySource = `(function (warn) {
  return new Proxy({}, {
    get(target, prop) {
      if (prop in target || prop === '__esModule') return undefined;
      warn(prop);
      return undefined;
    },
    getOwnPropertyDescriptor(target, prop) {
      if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
        return Object.getOwnPropertyDescriptor(target, prop);
      }
      warn(prop);
      return undefined;
    },
  });
})`
