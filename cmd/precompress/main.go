// Command precompress writes file.gz and file.br next to each file given, for servers that send
// precompressed copies (internal/webserve). Brotli comes from github.com/andybalholm/brotli, a
// pure-Go port, so no system tool is needed.
package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"log"
	"os"

	"github.com/andybalholm/brotli"
)

func main() {
	if len(os.Args) < 2 {
		log.Fatal("usage: precompress FILE…")
	}
	for _, name := range os.Args[1:] {
		raw, err := os.ReadFile(name)
		if err != nil {
			log.Fatal(err)
		}
		gz, err := write(name+".gz", raw, func(w io.Writer) (io.WriteCloser, error) { return gzip.NewWriterLevel(w, gzip.BestCompression) })
		if err != nil {
			log.Fatal(err)
		}
		br, err := write(name+".br", raw, func(w io.Writer) (io.WriteCloser, error) {
			return brotli.NewWriterOptions(w, brotli.WriterOptions{Quality: 9, LGWin: 24}), nil
		})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %s raw, %s gzip, %s brotli\n", name, mb(len(raw)), mb(gz), mb(br))
	}
}

func write(name string, raw []byte, open func(io.Writer) (io.WriteCloser, error)) (int, error) {
	f, err := os.Create(name + ".tmp")
	if err != nil {
		return 0, err
	}
	defer os.Remove(name + ".tmp")
	zw, err := open(f)
	if err != nil {
		return 0, err
	}
	if _, err := zw.Write(raw); err != nil {
		return 0, err
	}
	if err := zw.Close(); err != nil {
		return 0, err
	}
	fi, err := f.Stat()
	if err != nil {
		return 0, err
	}
	if err := f.Close(); err != nil {
		return 0, err
	}
	return int(fi.Size()), os.Rename(name+".tmp", name)
}

func mb(n int) string { return fmt.Sprintf("%.2f MB", float64(n)/1e6) }
