package vm

import "path"

// require('fs') on the virtual file system (host_node_vfs.go). Each operation is written once as
// a table row (its syscall name, how many thread-pool requests its asynchronous form makes, and
// the work); the three API shapes are made from it:
//   - fs.xSync(…) does the work at once and throws a uvException;
//   - fs.x(…, cb) submits the requests to the thread pool and calls cb(err, result) from the
//     poll phase;
//   - fs.promises.x(…) does the same and settles a promise there.

type fsOp struct {
	name     string
	syscall  string
	requests int // thread-pool round trips of the callback/promise form (readFile: open, fstat, read, close)
	args     int // leading arguments before the optional options and the callback
	run      func(r *Runtime, args []Value) (Value, *Object)
	noResult bool // the callback gets only err (writeFile, unlink, …)
}

var fsOps = []*fsOp{
	{name: "readFile", syscall: "open", requests: 4, args: 1, run: (*Runtime).fsReadFile},
	{name: "writeFile", syscall: "open", requests: 3, args: 2, run: (*Runtime).fsWriteFile, noResult: true},
	{name: "appendFile", syscall: "open", requests: 3, args: 2, run: (*Runtime).fsAppendFile, noResult: true},
	{name: "stat", syscall: "stat", requests: 1, args: 1, run: (*Runtime).fsStat},
	{name: "lstat", syscall: "lstat", requests: 1, args: 1, run: (*Runtime).fsStat},
	{name: "unlink", syscall: "unlink", requests: 1, args: 1, run: (*Runtime).fsUnlink, noResult: true},
	{name: "mkdir", syscall: "mkdir", requests: 1, args: 1, run: (*Runtime).fsMkdir},
	{name: "mkdtemp", syscall: "mkdtemp", requests: 1, args: 1, run: (*Runtime).fsMkdtemp},
	{name: "readdir", syscall: "scandir", requests: 1, args: 1, run: (*Runtime).fsReaddir},
	{name: "rmdir", syscall: "rmdir", requests: 1, args: 1, run: (*Runtime).fsRmdir, noResult: true},
	{name: "rm", syscall: "rm", requests: 1, args: 1, run: (*Runtime).fsRm, noResult: true},
	{name: "access", syscall: "access", requests: 1, args: 1, run: (*Runtime).fsAccess, noResult: true},
}

func init() {
	NodeBuiltinModules["fs"] = func(r *Runtime) Value { return ObjectValue(r.fsModule()) }
	NodeBuiltinModules["fs/promises"] = func(r *Runtime) Value { return r.GetStr(r.fsModule(), "promises") }
}

func (r *Runtime) fsModule() *Object {
	n := &r.tasks.node
	if n.fsModule != nil {
		return n.fsModule
	}
	m := r.NewObject()
	n.fsModule = m
	promises := r.NewObject()
	for _, op := range fsOps {
		op := op
		r.CreateDataProperty(m, StrKey(op.name), ObjectValue(r.NewNativeFunction(op.name, op.args+1, func(r *Runtime, this Value, args []Value) Value {
			r.fsAsync(op, args)
			return Undefined
		})))
		r.CreateDataProperty(m, StrKey(op.name+"Sync"), ObjectValue(r.NewNativeFunction(op.name+"Sync", op.args+1, func(r *Runtime, this Value, args []Value) Value {
			v, err := op.run(r, args)
			if err != nil {
				r.Throw(ObjectValue(r.withSyncStack(err)))
			}
			return v
		})))
		r.CreateDataProperty(promises, StrKey(op.name), ObjectValue(r.NewNativeFunction(op.name, op.args+1, func(r *Runtime, this Value, args []Value) Value {
			return r.fsPromise(op, args)
		})))
	}
	r.CreateDataProperty(m, StrKey("existsSync"), ObjectValue(r.NewNativeFunction("existsSync", 1, func(r *Runtime, this Value, args []Value) Value {
		p := Arg(args, 0)
		if !p.IsString() {
			return False
		}
		return Bool(r.vfs().get(r.resolvePath(p.String().GoString())) != nil)
	})))
	r.CreateDataProperty(m, StrKey("promises"), ObjectValue(promises))
	return m
}

// withSyncStack gives a Sync function's error the JS stack (async errors have none).
func (r *Runtime) withSyncStack(e *Object) *Object {
	msg := r.ToString(r.GetStr(e, "message")).GoString()
	r.DefineData(e, StrKey("stack"), Str("Error: "+msg+r.StackTrace()), AttrHidden)
	return e
}

// fsAsync is the callback form: the last argument is the callback.
func (r *Runtime) fsAsync(op *fsOp, args []Value) {
	cb := Undefined
	if len(args) > 0 {
		cb = args[len(args)-1]
	}
	if !cb.IsCallable() {
		r.throwArgType("cb", "function", cb)
	}
	r.fsPathArg(Arg(args, 0))
	callArgs := append([]Value(nil), args[:len(args)-1]...)
	r.fsSubmit(op, callArgs, func(v Value, err *Object) {
		switch {
		case err != nil:
			r.Call(cb, Undefined, ObjectValue(err))
		case op.noResult:
			r.Call(cb, Undefined, Null)
		default:
			r.Call(cb, Undefined, Null, v)
		}
	})
}

// fsPromise is the fs.promises form.
func (r *Runtime) fsPromise(op *fsOp, args []Value) Value {
	p := r.NewPromise()
	if thrown, ok := r.try(func() { r.fsPathArg(Arg(args, 0)) }); !ok {
		r.rejectPromise(p, thrown)
		return ObjectValue(p)
	}
	r.fsSubmit(op, append([]Value(nil), args...), func(v Value, err *Object) {
		if err != nil {
			r.rejectPromise(p, ObjectValue(err))
			return
		}
		if op.noResult {
			v = Undefined
		}
		r.resolvePromise(p, v)
	})
	return ObjectValue(p)
}

// fsSubmit runs op's requests one after another through the pool; the work happens when the
// last one finishes, its result is delivered from the poll phase.
func (r *Runtime) fsSubmit(op *fsOp, args []Value, deliver func(Value, *Object)) {
	target := ""
	if p := Arg(args, 0); p.IsString() {
		target = p.String().GoString()
	}
	var result Value
	var failure *Object
	var step func(i int)
	step = func(i int) {
		last := i == op.requests-1
		var work func()
		var then func()
		if last {
			work = func() { result, failure = op.run(r, args) }
			then = func() { deliver(result, failure) }
		} else {
			then = func() { step(i + 1) }
		}
		req := r.ioSubmit(fsRequestNames(op, i), target, work, then)
		req.errStr = func() string {
			if failure != nil && last {
				return r.ToString(r.GetStr(failure, "code")).GoString()
			}
			return ""
		}
	}
	step(0)
}

// fsRequestNames labels the requests of a multi-request operation as Node's internals do.
func fsRequestNames(op *fsOp, i int) string {
	switch op.name {
	case "readFile":
		return []string{"open", "fstat", "read", "close"}[i]
	case "writeFile", "appendFile":
		return []string{"open", "write", "close"}[i]
	}
	return op.syscall
}

func (r *Runtime) fsPathArg(p Value) string {
	if !p.IsString() && r.bufferBytes(p) == nil {
		r.throwArgType("path", "string or an instance of Buffer or URL", p)
	}
	if b := r.bufferBytes(p); b != nil {
		return string(b)
	}
	return p.String().GoString()
}

func (r *Runtime) fsPath(args []Value) (shown, abs string) {
	shown = r.fsPathArg(Arg(args, 0))
	return shown, r.resolvePath(shown)
}

func (r *Runtime) fsReadFile(args []Value) (Value, *Object) {
	shown, abs := r.fsPath(args)
	n := r.vfs().get(abs)
	if n == nil {
		return Undefined, r.fsError("ENOENT", "open", shown, "")
	}
	if n.dir {
		return Undefined, r.fsError("EISDIR", "read", shown, "")
	}
	if enc := r.encodingArg(Arg(args, 1), ""); enc != "" && enc != "buffer" {
		return Str(encodeBytes(n.data, enc)), nil
	}
	return ObjectValue(r.newBuffer(append([]byte(nil), n.data...))), nil
}

func (r *Runtime) fsDataArg(v Value, enc string) []byte {
	if b := r.bufferBytes(v); b != nil {
		return append([]byte(nil), b...)
	}
	return decodeString(r.ToString(v).GoString(), enc)
}

func (r *Runtime) fsWrite(args []Value, appendTo bool) (Value, *Object) {
	shown, abs := r.fsPath(args)
	fs := r.vfs()
	if !fs.isDir(path.Dir(abs)) {
		return Undefined, r.fsError("ENOENT", "open", shown, "")
	}
	if fs.isDir(abs) {
		return Undefined, r.fsError("EISDIR", "open", shown, "")
	}
	data := r.fsDataArg(Arg(args, 1), r.encodingArg(Arg(args, 2), "utf8"))
	if n := fs.get(abs); n != nil && appendTo {
		data = append(append([]byte(nil), n.data...), data...)
	}
	fs.put(abs, data, r.Clock.Now())
	return Undefined, nil
}

func (r *Runtime) fsWriteFile(args []Value) (Value, *Object)  { return r.fsWrite(args, false) }
func (r *Runtime) fsAppendFile(args []Value) (Value, *Object) { return r.fsWrite(args, true) }

func (r *Runtime) fsStat(args []Value) (Value, *Object) {
	shown, abs := r.fsPath(args)
	n := r.vfs().get(abs)
	if n == nil {
		return Undefined, r.fsError("ENOENT", "stat", shown, "")
	}
	return ObjectValue(r.newStats(n)), nil
}

func (r *Runtime) fsUnlink(args []Value) (Value, *Object) {
	shown, abs := r.fsPath(args)
	fs := r.vfs()
	n := fs.get(abs)
	switch {
	case n == nil:
		return Undefined, r.fsError("ENOENT", "unlink", shown, "")
	case n.dir:
		return Undefined, r.fsError("EISDIR", "unlink", shown, "")
	}
	fs.remove(abs)
	return Undefined, nil
}

func (r *Runtime) fsMkdir(args []Value) (Value, *Object) {
	shown, abs := r.fsPath(args)
	fs := r.vfs()
	recursive := false
	if o := Arg(args, 1).AsObject(); o != nil {
		recursive = ToBoolean(r.GetStr(o, "recursive"))
	}
	if recursive {
		first := Undefined
		for _, d := range ancestors(abs) {
			if fs.get(d) == nil {
				if first.IsUndefined() {
					first = Str(d)
				}
			}
		}
		fs.mkdirAll(abs, r.Clock.Now())
		return first, nil
	}
	if fs.get(abs) != nil {
		return Undefined, r.fsError("EEXIST", "mkdir", shown, "")
	}
	if !fs.isDir(path.Dir(abs)) {
		return Undefined, r.fsError("ENOENT", "mkdir", shown, "")
	}
	fs.mkdirAll(abs, r.Clock.Now())
	return Undefined, nil
}

// fsMkdtemp appends six characters, deterministically (the sequence of mkdtemp calls).
func (r *Runtime) fsMkdtemp(args []Value) (Value, *Object) {
	shown, abs := r.fsPath(args)
	fs := r.vfs()
	if !fs.isDir(path.Dir(abs)) {
		return Undefined, r.fsError("ENOENT", "mkdtemp", shown+"XXXXXX", "")
	}
	const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	for {
		fs.tmpSeq++
		x := uint32(fs.tmpSeq) * 2654435761
		var suffix [6]byte
		for i := range suffix {
			suffix[i] = alphabet[x%62]
			x = x/62 + uint32(i)*7919
		}
		dir := abs + string(suffix[:])
		if fs.get(dir) == nil {
			fs.mkdirAll(dir, r.Clock.Now())
			return Str(shown + string(suffix[:])), nil
		}
	}
}

func (r *Runtime) fsReaddir(args []Value) (Value, *Object) {
	shown, abs := r.fsPath(args)
	fs := r.vfs()
	n := fs.get(abs)
	switch {
	case n == nil:
		return Undefined, r.fsError("ENOENT", "scandir", shown, "")
	case !n.dir:
		return Undefined, r.fsError("ENOTDIR", "scandir", shown, "")
	}
	var names []Value
	for _, c := range fs.children(abs) {
		names = append(names, Str(c))
	}
	return ObjectValue(r.NewArray(names)), nil
}

func (r *Runtime) fsRmdir(args []Value) (Value, *Object) {
	shown, abs := r.fsPath(args)
	fs := r.vfs()
	n := fs.get(abs)
	switch {
	case n == nil:
		return Undefined, r.fsError("ENOENT", "rmdir", shown, "")
	case !n.dir:
		return Undefined, r.fsError("ENOTDIR", "rmdir", shown, "")
	case len(fs.children(abs)) > 0:
		return Undefined, r.fsError("ENOTEMPTY", "rmdir", shown, "")
	}
	fs.remove(abs)
	return Undefined, nil
}

func (r *Runtime) fsRm(args []Value) (Value, *Object) {
	shown, abs := r.fsPath(args)
	fs := r.vfs()
	recursive, force := false, false
	if o := Arg(args, 1).AsObject(); o != nil {
		recursive = ToBoolean(r.GetStr(o, "recursive"))
		force = ToBoolean(r.GetStr(o, "force"))
	}
	n := fs.get(abs)
	switch {
	case n == nil && force:
		return Undefined, nil
	case n == nil:
		return Undefined, r.fsError("ENOENT", "lstat", shown, "")
	case n.dir && !recursive:
		e := r.nodeError("Error", "ERR_FS_EISDIR", "Path is a directory: rm returned EISDIR (is a directory) "+shown)
		return Undefined, e
	}
	fs.remove(abs)
	return Undefined, nil
}

func (r *Runtime) fsAccess(args []Value) (Value, *Object) {
	shown, abs := r.fsPath(args)
	if r.vfs().get(abs) == nil {
		return Undefined, r.fsError("ENOENT", "access", shown, "")
	}
	return Undefined, nil
}

// newStats makes an fs.Stats with Node's fields (dev, mode, …, birthtimeMs) and predicates.
func (r *Runtime) newStats(n *vfsNode) *Object {
	nd := &r.tasks.node
	if nd.statsProto == nil {
		p := r.NewObject()
		r.NewNativeConstructor("Stats", 0, p, nil, func(r *Runtime, args []Value, nt *Object) Value {
			return ObjectValue(r.NewObjectWithProto(p))
		})
		pred := func(name string, dir, file bool) {
			r.DefineMethod(p, name, 0, func(r *Runtime, this Value, args []Value) Value {
				if o := this.AsObject(); o != nil {
					mode := int(r.ToNumber(r.GetStr(o, "mode")))
					isDir := mode&0o170000 == 0o040000
					isFile := mode&0o170000 == 0o100000
					return Bool(dir && isDir || file && isFile)
				}
				return False
			})
		}
		pred("isDirectory", true, false)
		pred("isFile", false, true)
		for _, name := range []string{"isBlockDevice", "isCharacterDevice", "isSymbolicLink", "isFIFO", "isSocket"} {
			pred(name, false, false)
		}
		nd.statsProto = p
	}
	o := r.NewObjectWithProto(nd.statsProto)
	mode, size, nlink := 0o100644, len(n.data), 1
	if n.dir {
		mode, size, nlink = 0o040755, 4096, 2
	}
	set := func(k string, v Value) { r.CreateDataProperty(o, StrKey(k), v) }
	set("dev", Int(65024))
	set("mode", Int(mode))
	set("nlink", Int(nlink))
	set("uid", Int(0))
	set("gid", Int(0))
	set("rdev", Int(0))
	set("blksize", Int(4096))
	set("ino", Int(n.ino))
	set("size", Int(size))
	set("blocks", Int((size+4095)/4096*8))
	set("atimeMs", Number(n.mtime))
	set("mtimeMs", Number(n.mtime))
	set("ctimeMs", Number(n.mtime))
	set("birthtimeMs", Number(n.birth))
	for _, k := range []struct{ name, ms string }{{"atime", "atimeMs"}, {"mtime", "mtimeMs"}, {"ctime", "ctimeMs"}, {"birthtime", "birthtimeMs"}} {
		ms := k.ms
		r.DefineGetter(o, StrKey(k.name), func(r *Runtime, this Value, args []Value) Value {
			return r.Construct(r.GetStr(r.Global, "Date").Object(), []Value{r.GetStr(o, ms)}, nil)
		})
	}
	return o
}
