package webserve

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func TestAccepted(t *testing.T) {
	cases := map[string][]string{
		"":                        nil,
		"gzip, deflate, br, zstd": {"br", "gzip"},
		"gzip":                    {"gzip"},
		"br;q=0, gzip;q=0.5":      {"gzip"},
		"*":                       {"br", "gzip"},
		"*;q=0.1, gzip;q=0":       {"br"},
		"identity":                nil,
	}
	for h, want := range cases {
		if got := Accepted(h); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: got %q, want %q", h, got, want)
		}
	}
}

func TestPrecompressed(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string, mod time.Time) {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		os.Chtimes(p, mod, mod)
	}
	now := time.Now()
	write("a.wasm", "raw", now)
	write("a.wasm.br", "BR", now)
	write("a.wasm.gz", "GZ", now)
	write("old.js", "raw", now)
	write("old.js.gz", "stale", now.Add(-time.Hour))
	write("index.html", "<p>", now)
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()
	get := func(p, ae string) (string, string, string) {
		req, _ := http.NewRequest("GET", srv.URL+p, nil)
		req.Header.Set("Accept-Encoding", ae)
		tr := &http.Transport{DisableCompression: true}
		res, err := tr.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b := make([]byte, 64)
		n, _ := res.Body.Read(b)
		return string(b[:n]), res.Header.Get("Content-Encoding"), res.Header.Get("Content-Type")
	}
	if b, enc, ct := get("/a.wasm", "gzip, br"); b != "BR" || enc != "br" || ct != "application/wasm" {
		t.Errorf("br: %q %q %q", b, enc, ct)
	}
	if b, enc, _ := get("/a.wasm", "gzip"); b != "GZ" || enc != "gzip" {
		t.Errorf("gzip: %q %q", b, enc)
	}
	if b, enc, _ := get("/a.wasm", ""); b != "raw" || enc != "" {
		t.Errorf("identity: %q %q", b, enc)
	}
	if b, enc, _ := get("/old.js", "gzip"); b != "raw" || enc != "" {
		t.Errorf("a stale .gz must not be served: %q %q", b, enc)
	}
	if b, _, ct := get("/", ""); b != "<p>" || ct != "text/html; charset=utf-8" {
		t.Errorf("index: %q %q", b, ct)
	}
	if _, _, ct := get("/a.wasm.br", ""); ct == "application/wasm" {
		t.Error("compressed copies are not served by name")
	}
}
