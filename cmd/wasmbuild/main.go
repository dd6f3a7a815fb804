// Command wasmbuild builds the page's WebAssembly (internal/wasmbuild) from the module in the
// current directory: `make wasm` runs it.
package main

import (
	"flag"
	"log"

	"enginescope/internal/wasmbuild"
)

func main() {
	out := flag.String("o", "web/enginescope.wasm", "where to write the WebAssembly")
	flag.Parse()
	if err := wasmbuild.Build(".", *out); err != nil {
		log.Fatal(err)
	}
}
