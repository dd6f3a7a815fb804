// Package chromefmt turns Chrome DevTools Protocol console events into the text lines that the
// DevTools console shows for them, so that recorded browser output can be compared byte for byte
// with the console output of EngineScope's browser host.
//
// The rules follow DevTools' front end (ConsoleViewMessage.format, ConsoleFormat.format,
// RemoteObjectPreviewFormatter.renderObjectPreview, ObjectPropertiesSection
// .valueElementForFunctionDescription and StringUtilities.formatAsJSLiteral) applied to the
// RemoteObjects (with their V8-generated previews) carried by Runtime.consoleAPICalled and
// Runtime.exceptionThrown. The README next to this package lists the rules with examples.
//
// The types below mirror the protocol's JSON (only the fields the formatter reads), so stored
// NAME.cdp.json files can be re-rendered without a browser and without cdproto.
package chromefmt

import "encoding/json"

// RemoteObject mirrors Runtime.RemoteObject.
type RemoteObject struct {
	Type                string          `json:"type"`
	Subtype             string          `json:"subtype,omitempty"`
	ClassName           string          `json:"className,omitempty"`
	Value               json.RawMessage `json:"value,omitempty"`
	UnserializableValue string          `json:"unserializableValue,omitempty"`
	Description         string          `json:"description,omitempty"`
	Preview             *ObjectPreview  `json:"preview,omitempty"`
}

// ObjectPreview mirrors Runtime.ObjectPreview.
type ObjectPreview struct {
	Type        string            `json:"type"`
	Subtype     string            `json:"subtype,omitempty"`
	Description string            `json:"description,omitempty"`
	Overflow    bool              `json:"overflow"`
	Properties  []PropertyPreview `json:"properties"`
	// Entries is nil when the protocol sent no "entries" and points to an empty slice for an empty
	// Map or Set (DevTools then prints "Map(0) {}" rather than the properties).
	Entries *[]EntryPreview `json:"entries,omitempty"`
}

// EntrySubtypes are the preview subtypes for which V8 always sends "entries", even when empty.
// cdproto drops an empty "entries" array when it decodes an event; the recorder restores it with
// RestoreEmptyEntries.
var EntrySubtypes = map[string]bool{"map": true, "set": true, "weakmap": true, "weakset": true, "iterator": true}

// RestoreEmptyEntries gives every preview of an entry subtype without entries an empty list.
func RestoreEmptyEntries(p *ObjectPreview) {
	if p == nil {
		return
	}
	if p.Entries == nil && EntrySubtypes[p.Subtype] {
		p.Entries = &[]EntryPreview{}
	}
	for i := range p.Properties {
		RestoreEmptyEntries(p.Properties[i].ValuePreview)
	}
	if p.Entries != nil {
		for i := range *p.Entries {
			RestoreEmptyEntries((*p.Entries)[i].Key)
			RestoreEmptyEntries(&(*p.Entries)[i].Value)
		}
	}
}

// PropertyPreview mirrors Runtime.PropertyPreview.
type PropertyPreview struct {
	Name         string         `json:"name"`
	Type         string         `json:"type"`
	Value        *string        `json:"value,omitempty"`
	ValuePreview *ObjectPreview `json:"valuePreview,omitempty"`
	Subtype      string         `json:"subtype,omitempty"`
}

// EntryPreview mirrors Runtime.EntryPreview (Map/Set/WeakMap entries).
type EntryPreview struct {
	Key   *ObjectPreview `json:"key,omitempty"`
	Value ObjectPreview  `json:"value"`
}

// ExceptionDetails mirrors the parts of Runtime.ExceptionDetails the console uses.
type ExceptionDetails struct {
	Text         string        `json:"text"`
	LineNumber   int64         `json:"lineNumber"`
	ColumnNumber int64         `json:"columnNumber"`
	URL          string        `json:"url,omitempty"`
	Exception    *RemoteObject `json:"exception,omitempty"`
}

// Event is one recorded console event, in the order the page produced them: either a console API
// call (Kind "console", Type is Runtime.consoleAPICalled's type such as "log" or "error") or an
// uncaught exception (Kind "exception").
type Event struct {
	Kind      string            `json:"kind"`
	Type      string            `json:"type,omitempty"`
	Args      []RemoteObject    `json:"args,omitempty"`
	Exception *ExceptionDetails `json:"exceptionDetails,omitempty"`
}
