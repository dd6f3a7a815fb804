//go:build js

package events

import (
	"encoding/json"
	"io"
)

// The browser build uses encoding/json (see json_native.go).
var jsonUnmarshal = json.Unmarshal

func newJSONEncoder(w io.Writer) jsonEncoder { return json.NewEncoder(w) }
