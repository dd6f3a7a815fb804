package vm

import (
	"path/filepath"
	"strings"
)

// NodeVersions are what process.version(s) report: the reference Node 26.10 / V8 14.6.
var NodeVersions = map[string]string{"node": "26.10.0", "v8": "14.6.202.33-node.20", "uv": "1.52.0", "modules": "144"}

func (r *Runtime) installNodeHost() {
	r.defineGlobal("SharedArrayBuffer", r.GetStr(r.Global, "ArrayBuffer")) // a stand-in: no shared memory here
	r.defineGlobal("global", ObjectValue(r.Global))
	// Object.prototype.toString.call(globalThis) is "[object global]"
	r.DefineData(r.Global, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("global"), AttrConfigurable)
	r.defineGlobal("process", ObjectValue(r.newProcessObject()))
	r.defineGlobal("navigator", ObjectValue(r.newNavigator("Node.js/26", "linux", "en-US")))
	r.bufferProto()
	r.defineGlobal("Buffer", ObjectValue(r.tasks.node.bufferCtor))
}

// ProcessExit is raised (as a Go panic) by process.exit: it ends the run without running catch
// or finally blocks, as Node's process.exit does.
type ProcessExit struct{ Code int }

func (e *ProcessExit) Error() string { return "process.exit" }

// writeRaw sends text to a console stream without a trailing newline (process.stdout.write).
func (r *Runtime) writeRaw(level, text string) {
	if r.RawOutput != nil {
		r.RawOutput(level, text)
		return
	}
	if r.Console != nil {
		r.Console(level, strings.TrimSuffix(text, "\n"))
	}
}

func (r *Runtime) newNavigator(userAgent, platform, language string) *Object {
	n := r.NewObject()
	r.CreateDataProperty(n, StrKey("hardwareConcurrency"), Int(2))
	r.CreateDataProperty(n, StrKey("language"), Str(language))
	r.CreateDataProperty(n, StrKey("languages"), ObjectValue(r.NewArray([]Value{Str(language)})))
	r.CreateDataProperty(n, StrKey("platform"), Str(platform))
	r.CreateDataProperty(n, StrKey("userAgent"), Str(userAgent))
	return n
}

// NewCommonJSModule makes the objects Node passes to the main module's wrapper function:
// (exports, require, module, __filename, __dirname); the module is require.main and is cached.
func (r *Runtime) NewCommonJSModule(filename string) (exports, require, module *Object) {
	exports, require, module = r.newModuleObjects(filename, true)
	r.CreateDataProperty(r.requireCache(), StrKey(filename), ObjectValue(module))
	return exports, require, module
}

// newModuleObjects makes a Module (id "." for the main module, else its filename), its exports
// and its require function.
func (r *Runtime) newModuleObjects(filename string, main bool) (exports, require, module *Object) {
	module = r.NewObject()
	exports = r.NewObject()
	id := filename
	if main {
		id = "."
	}
	r.CreateDataProperty(module, StrKey("id"), Str(id))
	r.CreateDataProperty(module, StrKey("path"), Str(filepath.Dir(filename)))
	r.CreateDataProperty(module, StrKey("exports"), ObjectValue(exports))
	r.CreateDataProperty(module, StrKey("filename"), Str(filename))
	r.CreateDataProperty(module, StrKey("loaded"), False)
	r.CreateDataProperty(module, StrKey("children"), ObjectValue(r.NewArray(nil)))
	r.CreateDataProperty(module, StrKey("paths"), ObjectValue(r.NewArray(nodeModulePaths(filepath.Dir(filename)))))
	require = r.NewNativeFunction("require", 1, func(r *Runtime, this Value, args []Value) Value {
		return r.requireFrom(module, filename, Arg(args, 0))
	})
	if main {
		r.tasks.node.loader.main = module
	}
	r.CreateDataProperty(require, StrKey("main"), ObjectValue(r.tasks.node.loader.main))
	r.CreateDataProperty(require, StrKey("cache"), ObjectValue(r.requireCache()))
	r.CreateDataProperty(require, StrKey("resolve"), ObjectValue(r.NewNativeFunction("resolve", 2, func(r *Runtime, this Value, args []Value) Value {
		name := r.requireSpecifier(Arg(args, 0))
		if _, ok := NodeBuiltinModules[strings.TrimPrefix(name, "node:")]; ok {
			return Str(name)
		}
		if isPathSpecifier(name) {
			if f := r.resolveModule(filename, name); f != "" {
				return Str(f)
			}
		}
		r.throwModuleNotFound(filename, name)
		return Undefined
	})))
	return exports, require, module
}

func nodeModulePaths(dir string) []Value {
	var out []Value
	for {
		if filepath.Base(dir) != "node_modules" {
			out = append(out, Str(filepath.Join(dir, "node_modules")))
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	if len(out) > 0 && out[len(out)-1].String().GoString() != "/node_modules" {
		out = append(out, Str("/node_modules"))
	}
	return out
}

// NodeBuiltinModules are the modules require() can load, keyed by name; issue-level work adds
// fs, events, timers and the rest here.
var NodeBuiltinModules = map[string]func(r *Runtime) Value{}

// requireModule is require(name) from the module at filename `from`, for builtins.
func (r *Runtime) requireModule(from, name string) Value {
	return r.requireFrom(nil, from, Str(name))
}

func (r *Runtime) requireSpecifier(v Value) string {
	if !v.IsString() {
		r.throwArgType("id", "string", v)
	}
	name := v.String().GoString()
	if name == "" {
		r.Throw(ObjectValue(r.nodeError("TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'id' must be a non-empty string. Received ''")))
	}
	return name
}

func (r *Runtime) requireFrom(parent *Object, from string, spec Value) Value {
	name := r.requireSpecifier(spec)
	bare := strings.TrimPrefix(name, "node:")
	if r.moduleCache == nil {
		r.moduleCache = map[string]Value{}
	}
	if v, ok := r.moduleCache[bare]; ok {
		return v
	}
	if mk, ok := NodeBuiltinModules[bare]; ok {
		v := mk(r)
		r.moduleCache[bare] = v
		return v
	}
	if isPathSpecifier(name) {
		if f := r.resolveModule(from, name); f != "" {
			return r.requireFile(parent, f)
		}
	}
	r.throwModuleNotFound(from, name)
	return Undefined
}

func (r *Runtime) throwModuleNotFound(from, name string) {
	err := r.NewError("Error", "Cannot find module '"+name+"'\nRequire stack:\n- "+from)
	r.CreateDataProperty(err, StrKey("code"), Str("MODULE_NOT_FOUND"))
	r.CreateDataProperty(err, StrKey("requireStack"), ObjectValue(r.NewArray([]Value{Str(from)})))
	r.Throw(ObjectValue(err))
}
