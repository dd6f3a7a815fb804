package vm

// interpreter is the interpreter's per-runtime state (frame stack, step counters).
// PLACEHOLDER until the interpreter lands; owned by the interpreter engineer.
type interpreter struct{}
