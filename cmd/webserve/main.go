// Command webserve serves the page (web/ by default) on 127.0.0.1:8080 with application/wasm and
// precompressed .br/.gz copies chosen by Accept-Encoding. `make serve` runs it after `make wasm`.
package main

import (
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"

	"enginescope/internal/webserve"
)

func main() {
	dir := flag.String("dir", "web", "directory to serve")
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	flag.Parse()
	if _, err := os.Stat(filepath.Join(*dir, "enginescope.wasm")); err != nil {
		log.Fatalf("%s/enginescope.wasm is missing: run make wasm first", *dir)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("EngineScope: http://%s/\n", ln.Addr())
	log.Fatal(http.Serve(ln, webserve.Handler(*dir)))
}
