package vm

// NodeMainModuleFrames are the frames Node 26.10's CommonJS loader has beneath the main module's
// wrapper function. The node host runs the main module the same way, so stack traces (err.stack,
// uncaught reports) end with these frames exactly as real Node's do, cut at Error.stackTraceLimit.
var NodeMainModuleFrames = []string{
	"at Module._compile (node:internal/modules/cjs/loader:1956:14)",
	"at Object..js (node:internal/modules/cjs/loader:2096:10)",
	"at Module.load (node:internal/modules/cjs/loader:1678:32)",
	"at Module._load (node:internal/modules/cjs/loader:1470:12)",
	"at wrapModuleLoad (node:internal/modules/cjs/loader:261:19)",
	"at Module.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:171:5)",
	"at node:internal/main/run_main_module:33:47",
}

// NodeMainModuleFrameName is how V8 names the main module's wrapper in stack traces.
const NodeMainModuleFrameName = "Object.<anonymous>"
