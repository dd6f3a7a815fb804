// Package scenes holds the built-in classroom programs. A scene is two files with one name:
//
//	<name>.js    the program, exactly as the page loads it into the editor
//	<name>.json  title, host, where it comes from, and the narration (see README.md)
//
// Both are embedded with go:embed; List returns the scenes in file-name order. The page runs a
// scene with the engine like any other program and shows the narration for the position.
package scenes

import (
	"embed"
	"encoding/json"
	"fmt"
	"path"
	"sort"
	"strings"
)

//go:embed *.js *.json
var files embed.FS

// Scene is one built-in program with its narration.
type Scene struct {
	Name      string            `json:"name"`  // file name without extension, used in URLs (#scene=name)
	Title     string            `json:"title"` // shown in the scenes menu
	Host      string            `json:"host"`  // browser, node or node10 (Node with --legacy-event-loop=node10)
	Origin    string            `json:"origin,omitempty"`
	Narration []Narration       `json:"narration"`
	Engine    Flags             `json:"engine,omitempty"` // V8 flags the scene runs with (small semispaces, …)
	Panels    []string          `json:"panels,omitempty"` // panels shown from the start: "memory"
	Files     map[string]string `json:"files,omitempty"`  // node: extra files of the virtual file system (path → text)
	Source    string            `json:"source"`           // the program
	Recording []byte            `json:"-"`                // the .events.jsonl stream
}

// Flags are the engine flags a scene may set; sizes are the CLI's scaled MB (docs/cli.md).
type Flags struct {
	MinSemiSpaceSize int    `json:"minSemiSpaceSize,omitempty"`
	MaxSemiSpaceSize int    `json:"maxSemiSpaceSize,omitempty"`
	MaxOldSpaceSize  int    `json:"maxOldSpaceSize,omitempty"`
	GC               string `json:"gc,omitempty"` // generational (default) or refcount
	// V8's tier-up budgets (docs/cli.md), small so that a function gets hot in a few calls
	InvocationCountForMaglev        int `json:"invocationCountForMaglev,omitempty"`
	InvocationCountForTurbofan      int `json:"invocationCountForTurbofan,omitempty"`
	MinimumInvocationsAfterICUpdate int `json:"minimumInvocationsAfterICUpdate,omitempty"`
	InvocationCountForMaglevOSR     int `json:"invocationCountForMaglevOsr,omitempty"`
	InvocationCountForOSR           int `json:"invocationCountForOsr,omitempty"`
}

// SemiSpaceBytes is the size new space's halves start at (0: the engine's default).
func (f Flags) SemiSpaceBytes() int {
	n := f.MinSemiSpaceSize
	if f.MaxSemiSpaceSize > 0 && (n == 0 || n > f.MaxSemiSpaceSize) {
		n = f.MaxSemiSpaceSize
	}
	return n * 1024
}

// Shows reports whether the scene asks for a panel from the start.
func (s *Scene) Shows(panel string) bool {
	for _, p := range s.Panels {
		if p == panel {
			return true
		}
	}
	return false
}

// Narration is the text shown while the number of executed bytecode instructions is in
// Steps[0] … Steps[1] (inclusive).
type Narration struct {
	Steps  [2]uint64 `json:"steps"`
	Text   string    `json:"text"`
	Expect *Expect   `json:"expect,omitempty"`
}

// Expect is what the diagrams must show when a narration range ends (the test runs the scene with
// the engine and checks it there), so the text can only say what the page really shows.
type Expect struct {
	Console []string       `json:"console,omitempty"` // every console line printed so far
	Run     string         `json:"run,omitempty"`     // on the stack: script, task, micro, tick, raf or none
	Queued  map[string]int `json:"queued,omitempty"`  // waiting: tasks, micro, tick, timers, io, async
	Phase   string         `json:"phase,omitempty"`   // Node's libuv phase
}

// Say is the narration for the position where steps instructions have executed ("" if none).
func (s *Scene) Say(steps uint64) string {
	for _, n := range s.Narration {
		if steps >= n.Steps[0] && steps <= n.Steps[1] {
			return n.Text
		}
	}
	return ""
}

var all []*Scene

func init() {
	var err error
	if all, err = load(); err != nil {
		panic(err) // the embedded files are checked by the package tests
	}
}

func load() ([]*Scene, error) {
	names, err := files.ReadDir(".")
	if err != nil {
		return nil, err
	}
	var out []*Scene
	for _, e := range names {
		name, ok := strings.CutSuffix(e.Name(), ".js")
		if !ok {
			continue
		}
		src, err := files.ReadFile(e.Name())
		if err != nil {
			return nil, err
		}
		meta, err := files.ReadFile(name + ".json")
		if err != nil {
			return nil, fmt.Errorf("scene %s: %w", name, err)
		}
		s := &Scene{Name: name}
		if err := json.Unmarshal(meta, s); err != nil {
			return nil, fmt.Errorf("scene %s: %w", path.Join(name+".json"), err)
		}
		s.Source = string(src)
		if s.Host == "" {
			s.Host = "browser"
		}
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// List is every scene, in file-name order.
func List() []*Scene { return all }

// Get is the scene called name, or nil.
func Get(name string) *Scene {
	for _, s := range all {
		if s.Name == name {
			return s
		}
	}
	return nil
}

// Match is the scene whose program and host are exactly src and host, or nil.
func Match(src, host string) *Scene {
	for _, s := range all {
		if s.Source == src && s.Host == host {
			return s
		}
	}
	return nil
}

// EngineHost splits a page host name into the engine's host and its --legacy-event-loop value:
// "node10" is Node with Node ≤ 10's microtask timing.
func EngineHost(host string) (engineHost, legacy string) {
	switch host {
	case "node":
		return "node", ""
	case "node10":
		return "node", "node10"
	}
	return "browser", ""
}

// FileBytes is the scene's extra files for the engine (nil when it has none).
func (s *Scene) FileBytes() map[string][]byte {
	if len(s.Files) == 0 {
		return nil
	}
	out := make(map[string][]byte, len(s.Files))
	for k, v := range s.Files {
		out[k] = []byte(v)
	}
	return out
}
