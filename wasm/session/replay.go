package session

import (
	"bytes"

	"enginescope/core/events"
	"enginescope/scenes"
)

// NoEngineMessage is what the page shows for a program that is not a built-in scene while this
// build has no engine (core/engine has not landed yet).
const NoEngineMessage = "This build of EngineScope has no engine yet (core/engine is still being written), " +
	"so it can only replay the built-in scenes: pick one from the Scenes menu, or paste one of their programs exactly."

// Replay is the stand-in engine until core/engine exists: it replays the recording of the scene
// whose program and host are exactly src, and refuses anything else (it never pretends to run a
// program it has not recorded). Headers are cleared and restamped by the recorder, exactly as
// the engine's events would be.
func Replay(src []byte, o Options, rec events.Recorder, onSlice func()) Result {
	sc := scenes.Match(string(src), o.Host)
	if sc == nil {
		return Result{Stderr: NoEngineMessage + "\n", ExitCode: 70}
	}
	_, evs, err := events.ReadAll(bytes.NewReader(sc.Recording))
	if err != nil {
		return Result{Stderr: "internal error: scene " + sc.Name + ": " + err.Error() + "\n", ExitCode: 70}
	}
	var out bytes.Buffer
	for i, e := range evs {
		h := e.Head()
		*h = events.Header{Loc: h.Loc}
		rec.Emit(e)
		if c, ok := e.(*events.Console); ok && c.Stream == "stdout" {
			out.WriteString(c.Text + "\n")
		}
		if i%64 == 63 && onSlice != nil {
			onSlice()
		}
	}
	return Result{Stdout: out.String()}
}
