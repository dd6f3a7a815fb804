package main

import (
	"strings"

	"enginescope/test/conformance/chromefmt"
)

// inPromise is exceptionDetails.text of an unhandled promise rejection; DevTools shows it in
// front of the reason ("Uncaught (in promise) Error: boom"), where chromefmt.FormatException
// writes "Uncaught".
const inPromise = "Uncaught (in promise)"

// revokedKind replaces the kind of an exception event that Runtime.exceptionRevoked withdrew (a
// rejection handled later): DevTools lowers such a message to the Verbose level, which its default
// filter hides, so it is kept in .cdp.json but not rendered (chromefmt.Render skips unknown kinds).
const revokedKind = "revokedException"

// render is chromefmt.Render plus the unhandled-rejection prefix.
func render(events []chromefmt.Event) (stdout, stderr string) {
	var out, errb strings.Builder
	for _, ev := range events {
		o, e := chromefmt.Render([]chromefmt.Event{ev})
		if ev.Kind == "exception" && ev.Exception != nil && ev.Exception.Text == inPromise &&
			!strings.HasPrefix(e, inPromise) {
			e = inPromise + strings.TrimPrefix(e, "Uncaught")
		}
		out.WriteString(o)
		errb.WriteString(e)
	}
	return out.String(), errb.String()
}
