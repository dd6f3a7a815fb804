//go:build !js

package events

import (
	"io"

	json "github.com/goccy/go-json"
)

// Native builds encode and decode with goccy/go-json, which is fast (the CLI records long runs).
// The browser build uses encoding/json instead (json_js.go): goccy adds about 1.2 MB (gzip) to
// the page's WebAssembly, which must stay under 6 MB. Both give byte-identical lines: fields in
// struct order, HTML characters not escaped (the determinism and docs tests pass with either).
var jsonUnmarshal = json.Unmarshal

func newJSONEncoder(w io.Writer) jsonEncoder { return json.NewEncoder(w) }
