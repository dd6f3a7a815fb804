package vm

import (
	"encoding/json"
	"testing"

	"enginescope/test/conformance/chromefmt"
)

// The browser host renders DevTools text itself; the conformance suite renders recorded CDP
// events with chromefmt. These tests keep the two in step: the host's RemoteObjects, converted to
// chromefmt's protocol mirror, must render to the same text, and must equal what Chromium sent.

func toProtocol(o *remoteObject) chromefmt.RemoteObject {
	ro := chromefmt.RemoteObject{Type: o.typ, Subtype: o.subtype, Description: o.description}
	switch o.typ {
	case "string":
		ro.Value, _ = json.Marshal(o.value.String().GoString())
	case "boolean":
		ro.Value, _ = json.Marshal(o.value.Boolean())
	case "number":
		if o.hasNumber {
			ro.Value, _ = json.Marshal(o.value.Num())
		} else {
			ro.UnserializableValue = o.description
		}
	case "bigint":
		ro.UnserializableValue = o.description
	}
	if o.subtype == "null" {
		ro.Value = json.RawMessage("null")
	}
	ro.Preview = toProtocolPreview(o.preview)
	return ro
}

func toProtocolPreview(p *objectPreview) *chromefmt.ObjectPreview {
	if p == nil {
		return nil
	}
	cp := &chromefmt.ObjectPreview{Type: p.typ, Subtype: p.subtype, Description: p.description, Overflow: p.overflow,
		Properties: []chromefmt.PropertyPreview{}}
	for _, pp := range p.properties {
		v := pp.value
		cp.Properties = append(cp.Properties, chromefmt.PropertyPreview{Name: pp.name, Type: pp.typ, Subtype: pp.subtype, Value: &v})
	}
	if p.entries != nil {
		list := []chromefmt.EntryPreview{}
		for _, e := range *p.entries {
			ce := chromefmt.EntryPreview{Key: toProtocolPreview(e.key), Value: *toProtocolPreview(&e.value)}
			list = append(list, ce)
		}
		cp.Entries = &list
	}
	return cp
}

func TestChromeRenderingMatchesChromefmt(t *testing.T) {
	rec := loadRecordedChrome(t)
	for _, c := range rec.Values {
		build, ok := nodeValueBuilders[c.Name]
		if !ok {
			continue
		}
		r, b := newInspectRuntime()
		args := r.v8ConsoleFormatter(build(b))
		remotes := make([]*remoteObject, len(args))
		protocol := make([]chromefmt.RemoteObject, len(args))
		for i, a := range args {
			remotes[i] = r.chromeRemote(a)
			protocol[i] = toProtocol(remotes[i])
		}
		for _, typ := range []string{"log", "dir", "assert"} {
			mine := formatConsoleCall(typ, remotes)
			theirs := chromefmt.FormatConsoleCall(typ, protocol)
			if mine != theirs {
				t.Errorf("%s (%s): host renders %q, chromefmt renders %q", c.Name, typ, mine, theirs)
			}
		}
	}
}
