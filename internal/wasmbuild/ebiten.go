package wasmbuild

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

const ebitenModule = "github.com/hajimehoshi/ebiten/v2"

// A patch rewrites one upstream file: its declarations named in drop go, and what add returns
// (made from the package's upstream directory) takes their place. Each file must still have
// every name in drop, so a new ebiten that moved them fails the build instead of linking
// text/template again.
type patch struct {
	file string // slash path inside the module
	drop []string
	add  func(pkgDir string) (string, error)
}

var patches = []patch{
	{"internal/builtinshader/shader.go", []string{"tmpl", "shaders", "shadersM", "ShaderSource"}, shaderSourceFromDefs},
	{"internal/colormshader/shader.go", []string{"tmpl", "shaders", "shadersM", "ShaderSource"}, shaderSourceFromDefs},
	{"internal/debug/caller.go", []string{"ebitengineFileDir", "ebitengineFileDirOnce", "FirstCaller"}, noFirstCaller},
}

// bannedImports are what the patches exist to remove.
var bannedImports = []string{"text/template", "go/build"}

// patchedEbiten returns a directory holding the module's ebiten with the patches applied. It
// is made once per ebiten version and patch result, under the user's cache directory, and
// shared by concurrent builds (made aside, then renamed into place).
func patchedEbiten(root string) (string, error) {
	upstream, version, err := upstreamEbiten(root)
	if err != nil {
		return "", err
	}
	files := map[string][]byte{}
	h := sha256.New()
	fmt.Fprintf(h, "%s\n", version)
	for _, p := range patches {
		b, err := p.apply(upstream)
		if err != nil {
			return "", fmt.Errorf("patching ebiten %s: %v", version, err)
		}
		files[p.file] = b
		fmt.Fprintf(h, "%s\n%d\n", p.file, len(b))
		h.Write(b)
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	parent := filepath.Join(cache, "enginescope-wasmbuild")
	target := filepath.Join(parent, "ebiten-"+version+"-"+hex.EncodeToString(h.Sum(nil))[:12])
	if _, err := os.Stat(filepath.Join(target, "go.mod")); err == nil {
		return target, nil
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(parent, "tmp-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp) // a no-op once renamed
	if err := copyTree(upstream, tmp); err != nil {
		return "", err
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(tmp, filepath.FromSlash(name)), b, 0o644); err != nil {
			return "", err
		}
	}
	if err := os.Rename(tmp, target); err != nil {
		if _, serr := os.Stat(filepath.Join(target, "go.mod")); serr != nil {
			return "", err
		}
		// Another build put the same patched copy there first.
	}
	return target, nil
}

// upstreamEbiten is the module cache's directory of the ebiten version go.mod requires,
// downloaded (and checked against go.sum) if a fresh machine has not fetched it yet.
func upstreamEbiten(root string) (dir, version string, err error) {
	cmd := exec.Command("go", "mod", "download", "-json", ebitenModule)
	cmd.Dir = root
	out, err := cmd.Output()
	var m struct{ Dir, Version, Error string }
	if jerr := json.Unmarshal(out, &m); jerr != nil || m.Error != "" || m.Dir == "" {
		return "", "", fmt.Errorf("go mod download %s: %v %v %s", ebitenModule, err, jerr, m.Error)
	}
	return m.Dir, m.Version, nil
}

// copyTree copies the module's files, less its examples (nothing imports them).
func copyTree(from, to string) error {
	return filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if d.IsDir() {
			if rel == "examples" {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), b, 0o644)
	})
}

// apply returns the patched file.
func (p patch) apply(upstream string) ([]byte, error) {
	name := filepath.Join(upstream, filepath.FromSlash(p.file))
	src, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	dropped := dropDecls(f, p.drop)
	for _, n := range p.drop {
		if !dropped[n] {
			return nil, fmt.Errorf("%s no longer declares %s", p.file, n)
		}
	}
	dropUnusedImports(f)
	var out bytes.Buffer
	if err := format.Node(&out, fset, f); err != nil {
		return nil, err
	}
	add, err := p.add(filepath.Dir(name))
	if err != nil {
		return nil, err
	}
	out.WriteString("\n" + add)
	b, err := format.Source(out.Bytes())
	if err != nil {
		return nil, fmt.Errorf("%s: %v", p.file, err)
	}
	g, err := parser.ParseFile(token.NewFileSet(), name, b, parser.ImportsOnly)
	if err != nil {
		return nil, err
	}
	for _, im := range g.Imports {
		if v, _ := strconv.Unquote(im.Path.Value); slices.Contains(bannedImports, v) {
			return nil, fmt.Errorf("%s still imports %s", p.file, v)
		}
	}
	return b, nil
}

// dropDecls removes the top-level declarations (and their comments) named in names and
// reports which it found.
func dropDecls(f *ast.File, names []string) map[string]bool {
	found := map[string]bool{}
	var gone []ast.Node
	keep := f.Decls[:0]
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil && slices.Contains(names, d.Name.Name) {
				found[d.Name.Name] = true
				gone = append(gone, d)
				continue
			}
		case *ast.GenDecl:
			specs := d.Specs[:0]
			for _, s := range d.Specs {
				if vs, ok := s.(*ast.ValueSpec); ok && len(vs.Names) == 1 && slices.Contains(names, vs.Names[0].Name) {
					found[vs.Names[0].Name] = true
					gone = append(gone, vs)
					continue
				}
				specs = append(specs, s)
			}
			if len(specs) == 0 {
				gone = append(gone, d)
				continue
			}
			d.Specs = specs
		}
		keep = append(keep, d)
	}
	f.Decls = keep
	comments := f.Comments[:0]
	for _, c := range f.Comments {
		if !slices.ContainsFunc(gone, func(n ast.Node) bool { return within(c, n) }) {
			comments = append(comments, c)
		}
	}
	f.Comments = comments
	return found
}

// within reports whether comment c belongs to declaration n: inside it, or its doc comment.
func within(c *ast.CommentGroup, n ast.Node) bool {
	if c.Pos() >= n.Pos() && c.End() <= n.End() {
		return true
	}
	switch n := n.(type) {
	case *ast.FuncDecl:
		return n.Doc == c
	case *ast.GenDecl:
		return n.Doc == c
	case *ast.ValueSpec:
		return n.Doc == c || n.Comment == c
	}
	return false
}

// dropUnusedImports removes imports the remaining code no longer names.
func dropUnusedImports(f *ast.File) {
	used := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if s, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := s.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
	var gone []string
	f.Imports = slices.DeleteFunc(f.Imports, func(im *ast.ImportSpec) bool {
		p, _ := strconv.Unquote(im.Path.Value)
		name := path.Base(p)
		if im.Name != nil {
			name = im.Name.Name
		}
		if name == "_" || used[name] {
			return false
		}
		gone = append(gone, im.Path.Value)
		return true
	})
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			g.Specs = slices.DeleteFunc(g.Specs, func(s ast.Spec) bool {
				return slices.Contains(gone, s.(*ast.ImportSpec).Path.Value)
			})
		}
	}
	f.Decls = slices.DeleteFunc(f.Decls, func(d ast.Decl) bool {
		g, ok := d.(*ast.GenDecl)
		return ok && g.Tok == token.IMPORT && len(g.Specs) == 0
	})
}

// shaderSourceFromDefs makes ShaderSource return the sources upstream's `go generate` wrote to
// defs.go (gen.go: every ShaderSource(filter, address) in filter-major order), which ebiten
// keeps for precompiling shaders; TestDefsMatchTemplate checks they are the template's output.
func shaderSourceFromDefs(pkgDir string) (string, error) {
	srcs, err := defsSources(pkgDir)
	if err != nil {
		return "", err
	}
	nf, na, err := shaderCounts(filepath.Join(pkgDir, "shader.go"))
	if err != nil {
		return "", err
	}
	if len(srcs) != nf*na {
		return "", fmt.Errorf("%s/defs.go has %d sources, want FilterCount×AddressCount = %d", pkgDir, len(srcs), nf*na)
	}
	var b strings.Builder
	b.WriteString("// shaders are the sources ShaderSource returned, as upstream's defs.go holds them\n")
	b.WriteString("// (patched by enginescope/internal/wasmbuild so that the page links no text/template).\n")
	b.WriteString("var shaders = [FilterCount][AddressCount][]byte{\n")
	for f := range nf {
		b.WriteString("{\n")
		for a := range na {
			fmt.Fprintf(&b, "[]byte(%q),\n", srcs[f*na+a])
		}
		b.WriteString("},\n")
	}
	b.WriteString("}\n\n// ShaderSource returns the built-in shader source based on the given parameters.\n")
	b.WriteString("func ShaderSource(filter Filter, address Address) []byte {\n\treturn shaders[filter][address]\n}\n")
	return b.String(), nil
}

// defsSources reads the string constants of a shader package's defs.go, in order.
func defsSources(pkgDir string) ([]string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(pkgDir, "defs.go"), nil, 0)
	if err != nil {
		return nil, err
	}
	var srcs []string
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			for _, v := range s.(*ast.ValueSpec).Values {
				lit, ok := v.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					return nil, fmt.Errorf("%s/defs.go: a constant that is not a string literal", pkgDir)
				}
				str, err := strconv.Unquote(lit.Value)
				if err != nil {
					return nil, err
				}
				srcs = append(srcs, str)
			}
		}
	}
	return srcs, nil
}

// shaderCounts reads FilterCount and AddressCount from a shader package's shader.go.
func shaderCounts(file string) (filters, addresses int, err error) {
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		return 0, 0, err
	}
	n := map[string]int{}
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.CONST {
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				if len(vs.Names) == 1 && len(vs.Values) == 1 {
					if lit, ok := vs.Values[0].(*ast.BasicLit); ok && lit.Kind == token.INT {
						n[vs.Names[0].Name], _ = strconv.Atoi(lit.Value)
					}
				}
			}
		}
	}
	if n["FilterCount"] == 0 || n["AddressCount"] == 0 {
		return 0, 0, fmt.Errorf("%s: no FilterCount or AddressCount", file)
	}
	return n["FilterCount"], n["AddressCount"], nil
}

// noFirstCaller replaces the caller lookup behind ebiten's debug logs. Upstream finds ebiten's
// source directory with go/build first; in a browser there is none, so it already returned
// CallerTypeNone there.
func noFirstCaller(string) (string, error) {
	return `// FirstCaller returns no caller: ebiten's source directory, which upstream looks up with
// go/build, does not exist in the browser (patched by enginescope/internal/wasmbuild).
func FirstCaller() (file string, line int, callerType CallerType) {
	return "", 0, CallerTypeNone
}
`, nil
}
