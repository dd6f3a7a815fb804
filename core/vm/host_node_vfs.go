package vm

import (
	"path"
	"sort"
	"strings"
)

// The virtual file system the Node host's fs module works on: the program's own file, the files
// the page adds (AddFile), and whatever the program writes. Nothing touches the real disk. Times
// come from the virtual clock; inode numbers count up from a fixed base.

type vfsNode struct {
	dir   bool
	data  []byte
	mtime float64
	birth float64
	ino   int
}

type vfs struct {
	nodes   map[string]*vfsNode
	nextIno int
	tmpSeq  int
}

// vfs returns the runtime's file system, creating /, /tmp and the program's directory.
func (r *Runtime) vfs() *vfs {
	io := &r.tasks.io
	if io.fs == nil {
		io.fs = &vfs{nodes: map[string]*vfsNode{}, nextIno: 9_979_200}
		io.fs.mkdirAll("/tmp", r.Clock.Now())
		if r.Options.Filename != "" {
			io.fs.mkdirAll(path.Dir(r.Options.Filename), r.Clock.Now())
		}
	}
	return io.fs
}

// AddFile puts a file into the virtual file system (the engine adds the program's own file and
// the files the page adds); missing directories are created.
func (r *Runtime) AddFile(name string, data []byte) {
	fs := r.vfs()
	name = path.Clean("/" + name)
	fs.mkdirAll(path.Dir(name), r.Clock.Now())
	fs.put(name, append([]byte(nil), data...), r.Clock.Now())
}

func (fs *vfs) newNode(dir bool, now float64) *vfsNode {
	fs.nextIno++
	return &vfsNode{dir: dir, mtime: now, birth: now, ino: fs.nextIno}
}

func (fs *vfs) mkdirAll(p string, now float64) {
	p = path.Clean(p)
	for _, d := range ancestors(p) {
		if fs.nodes[d] == nil {
			fs.nodes[d] = fs.newNode(true, now)
		}
	}
}

// ancestors lists "/", "/a", "/a/b" for "/a/b".
func ancestors(p string) []string {
	out := []string{"/"}
	if p == "/" {
		return out
	}
	parts := strings.Split(strings.TrimPrefix(p, "/"), "/")
	for i := range parts {
		out = append(out, "/"+strings.Join(parts[:i+1], "/"))
	}
	return out
}

func (fs *vfs) get(p string) *vfsNode { return fs.nodes[path.Clean(p)] }

func (fs *vfs) isDir(p string) bool {
	n := fs.get(p)
	return n != nil && n.dir
}

func (fs *vfs) put(p string, data []byte, now float64) *vfsNode {
	n := fs.nodes[p]
	if n == nil {
		n = fs.newNode(false, now)
		fs.nodes[p] = n
	}
	n.data = data
	n.mtime = now
	return n
}

// children lists the names in directory p, sorted (as readdir returns them on ext4 is not
// specified; sorted is deterministic).
func (fs *vfs) children(p string) []string {
	p = path.Clean(p)
	prefix := p + "/"
	if p == "/" {
		prefix = "/"
	}
	var out []string
	for name := range fs.nodes {
		if name != p && strings.HasPrefix(name, prefix) && !strings.Contains(name[len(prefix):], "/") {
			out = append(out, name[len(prefix):])
		}
	}
	sort.Strings(out)
	return out
}

// remove deletes p and, when recursive, everything under it.
func (fs *vfs) remove(p string) {
	p = path.Clean(p)
	delete(fs.nodes, p)
	for name := range fs.nodes {
		if strings.HasPrefix(name, p+"/") {
			delete(fs.nodes, name)
		}
	}
}

// fsErr describes a failed file-system call as libuv does.
type fsErr struct {
	code    string
	errno   int
	message string
}

var fsErrors = map[string]fsErr{
	"ENOENT":    {"ENOENT", -2, "no such file or directory"},
	"EEXIST":    {"EEXIST", -17, "file already exists"},
	"ENOTDIR":   {"ENOTDIR", -20, "not a directory"},
	"EISDIR":    {"EISDIR", -21, "illegal operation on a directory"},
	"ENOTEMPTY": {"ENOTEMPTY", -39, "directory not empty"},
}

// fsError makes Node's uvException: "ENOENT: no such file or directory, open '/x'" with errno,
// code, syscall and path own properties. via is the Sync function whose frames Node's stack
// shows first; for asynchronous calls the stack is the message line alone.
func (r *Runtime) fsError(code, syscall, p string, via string) *Object {
	info := fsErrors[code]
	msg := code + ": " + info.message + ", " + syscall + " '" + p + "'"
	e := r.NewError("Error", msg)
	stack := "Error: " + msg
	if via != "" {
		stack += r.StackTrace()
	}
	r.DefineData(e, StrKey("stack"), Str(stack), AttrHidden)
	r.CreateDataProperty(e, StrKey("errno"), Int(info.errno))
	r.CreateDataProperty(e, StrKey("code"), Str(code))
	r.CreateDataProperty(e, StrKey("syscall"), Str(syscall))
	r.CreateDataProperty(e, StrKey("path"), Str(p))
	return e
}

// resolvePath makes p absolute against process.cwd().
func (r *Runtime) resolvePath(p string) string {
	if !strings.HasPrefix(p, "/") {
		cwd := r.tasks.node.cwd
		if cwd == "" {
			cwd = path.Dir(r.Options.Filename)
		}
		p = cwd + "/" + p
	}
	return path.Clean(p)
}
