// Package webserve serves the page's static files, answering with a precompressed copy (file.br,
// file.gz, made by cmd/precompress) when the browser accepts that encoding and the copy is not
// older than the file. Used by `make serve` (cmd/webserve) and the e2e tests.
package webserve

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

func init() {
	// Go's table has .wasm already; make sure of it whatever the system's mime files say.
	_ = mime.AddExtensionType(".wasm", "application/wasm")
	_ = mime.AddExtensionType(".js", "text/javascript; charset=utf-8")
}

// Handler serves the files of dirs; a name is looked up in each dir in turn.
func Handler(dirs ...string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := path.Clean("/" + r.URL.Path)
		if strings.HasSuffix(name, "/") {
			name += "index.html"
		}
		if strings.HasSuffix(name, ".gz") || strings.HasSuffix(name, ".br") {
			http.NotFound(w, r)
			return
		}
		file, info := find(dirs, name)
		if file == "" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Add("Vary", "Accept-Encoding")
		ctype := mime.TypeByExtension(filepath.Ext(name))
		if ctype == "" {
			ctype = "application/octet-stream"
		}
		w.Header().Set("Content-Type", ctype)
		serve := file
		for _, enc := range Accepted(r.Header.Get("Accept-Encoding")) {
			ext := map[string]string{"br": ".br", "gzip": ".gz"}[enc]
			if ci, err := os.Stat(file + ext); err == nil && !ci.ModTime().Before(info.ModTime()) {
				w.Header().Set("Content-Encoding", enc)
				serve = file + ext
				break
			}
		}
		f, err := os.Open(serve)
		if err != nil {
			http.Error(w, "cannot read "+name, http.StatusInternalServerError)
			return
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil {
			http.Error(w, "cannot read "+name, http.StatusInternalServerError)
			return
		}
		// The ETag names the variant, so caches never mix encodings.
		w.Header().Set("ETag", strconv.Quote(strconv.FormatInt(fi.ModTime().UnixNano(), 36)+"-"+strconv.FormatInt(fi.Size(), 36)+path.Ext(serve)))
		http.ServeContent(w, r, name, fi.ModTime(), f)
	})
}

func find(dirs []string, name string) (string, os.FileInfo) {
	for _, d := range dirs {
		p := filepath.Join(d, filepath.FromSlash(name))
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p, fi
		}
	}
	return "", nil
}

// Accepted lists the encodings this server can send that the Accept-Encoding header allows,
// best first (brotli, then gzip). A q=0 entry refuses an encoding; "*" allows both.
func Accepted(header string) []string {
	q := map[string]float64{}
	star := -1.0
	for _, part := range strings.Split(header, ",") {
		fields := strings.Split(strings.TrimSpace(part), ";")
		name := strings.ToLower(strings.TrimSpace(fields[0]))
		v := 1.0
		for _, p := range fields[1:] {
			if s, ok := strings.CutPrefix(strings.TrimSpace(p), "q="); ok {
				if f, err := strconv.ParseFloat(s, 64); err == nil {
					v = f
				}
			}
		}
		if name == "*" {
			star = v
		} else if name != "" {
			q[name] = v
		}
	}
	var out []string
	for _, enc := range []string{"br", "gzip"} {
		v, ok := q[enc]
		if !ok {
			v = star
		}
		if v > 0 {
			out = append(out, enc)
		}
	}
	return out
}
