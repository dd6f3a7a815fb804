// Command enginescope runs JavaScript on the EngineScope engine, with flags that mirror V8's and
// Node's so what learners see here transfers to real `node` and `d8`.
//
//	enginescope run [flags] FILE.js
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"enginescope/core/engine"
	"enginescope/core/events"
	"enginescope/core/vm"
)

const usage = `usage: enginescope run [flags] FILE.js

Runs FILE.js as "node FILE.js" would (or as a classic <script> with --host=browser) and prints its
console output: console.log/info/debug on stdout, console.error/warn on stderr.

Flags:
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, usage)
		newRunFlags(stderr).PrintDefaults()
		return 2
	}
	if args[0] != "run" {
		fmt.Fprintf(stderr, "enginescope: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	return runCommand(args[1:], stdout, stderr)
}

type runFlags struct {
	*flag.FlagSet
	host          *string
	printBytecode *bool
	eventsFile    *string
	maxSteps      *int64
	stackSize     *int
	legacyLoop    *string
	loopDelay     *int
	heap          engine.HeapOptions
	om            objModelFlags
}

func newRunFlags(out io.Writer) *runFlags {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(out)
	rf := &runFlags{
		FlagSet:       fs,
		host:          fs.String("host", "node", "host to run under: node (CommonJS main module) or browser (classic script)"),
		printBytecode: fs.Bool("print-bytecode", false, "print V8's bytecode listing of each function on stderr as it is compiled (V8 --print-bytecode)"),
		eventsFile:    fs.String("events", "", "write the event stream to this file as JSON Lines (see docs/events.md)"),
		maxSteps:      fs.Int64("max-steps", 10_000_000, "stop after this many bytecode steps (exit code 2)"),
		stackSize:     fs.Int("stack-size", 984, "size of the simulated JS stack in KB (V8 --stack-size)"),
		legacyLoop:    fs.String("legacy-event-loop", "", "node10: Node ≤ 10's microtask timing (microtasks after a whole batch of timers or immediates)"),
		loopDelay:     fs.Int("loop-start-delay", 0, "virtual ms between the main script and Node's first loop iteration (decides setTimeout(0) vs setImmediate)"),
	}
	addHeapFlags(fs, &rf.heap)
	addObjectModelFlags(fs, &rf.om)
	return rf
}

func runCommand(args []string, stdout, stderr io.Writer) int {
	fs := newRunFlags(stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "enginescope run: expected exactly one FILE.js")
		return 2
	}
	if *fs.host != "node" && *fs.host != "browser" {
		fmt.Fprintf(stderr, "enginescope run: --host must be node or browser, not %q\n", *fs.host)
		return 2
	}
	if *fs.legacyLoop != "" && (*fs.legacyLoop != "node10" || *fs.host != "node") {
		fmt.Fprintf(stderr, "enginescope run: --legacy-event-loop must be node10 (with --host=node), not %q\n", *fs.legacyLoop)
		return 2
	}
	if *fs.loopDelay < 0 {
		fmt.Fprintln(stderr, "enginescope run: --loop-start-delay must not be negative")
		return 2
	}
	if g := fs.heap.GC; g != vm.GCGenerational && g != vm.GCRefcount {
		fmt.Fprintf(stderr, "enginescope run: --gc must be %s or %s, not %q\n", vm.GCGenerational, vm.GCRefcount, g)
		return 2
	}
	path, err := filepath.Abs(fs.Arg(0))
	if err != nil {
		fmt.Fprintln(stderr, "enginescope run:", err)
		return 2
	}
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(stderr, "enginescope run:", err)
		return 2
	}
	opts := engine.Options{
		Host:            *fs.host,
		Filename:        path,
		MaxSteps:        *fs.maxSteps,
		StackSizeKB:     *fs.stackSize,
		LegacyEventLoop: *fs.legacyLoop,
		LoopStartDelay:  *fs.loopDelay,
		Heap:            fs.heap,
		Stdout:          stdout,
		Stderr:          stderr,
	}
	fs.om.apply(&opts)
	if *fs.printBytecode {
		opts.PrintBytecode = stderr
	}
	var jsonl *events.JSONL
	if *fs.eventsFile != "" {
		f, err := os.Create(*fs.eventsFile)
		if err != nil {
			fmt.Fprintln(stderr, "enginescope run:", err)
			return 2
		}
		defer f.Close()
		jsonl = events.NewJSONL(f, events.StreamHeader{Source: path, Host: *fs.host})
		opts.Recorder = jsonl
	}
	res := engine.Run(src, opts)
	if jsonl != nil {
		jsonl.Flush()
		if err := jsonl.Err(); err != nil {
			fmt.Fprintln(stderr, "enginescope run: writing events:", err)
			return 2
		}
	}
	if len(res.HeapErrors) > 0 {
		for _, e := range res.HeapErrors {
			fmt.Fprintln(stderr, "enginescope: --verify-heap:", e)
		}
		return engine.ExitInternalError
	}
	return res.ExitCode
}
