package main

import (
	"flag"

	"enginescope/core/engine"
	"enginescope/core/vm"
)

// objModelFlags are the object-model flags (hidden classes, ICs, tiers), V8's names.
type objModelFlags struct {
	natives bool
	logIC   bool
	maps    bool
	opt     bool
	deopt   bool
	tiering vm.TieringFlags
}

func addObjectModelFlags(fs *flag.FlagSet, o *objModelFlags) {
	fs.BoolVar(&o.natives, "allow-natives-syntax", false, "allow V8's %Name(args) natives: %HaveSameMap, %HasFastProperties, %DebugPrint, … (node --allow-natives-syntax)")
	fs.BoolVar(&o.logIC, "log-ic", false, "print a V8 --log-ic line (Kind,pc,time,line,col,old,new,map,key,modifier,slow_reason) per inline-cache state change on stderr")
	fs.BoolVar(&o.maps, "trace-maps", false, "print a line per map creation, transition, reused transition and normalization on stdout (V8 --trace-maps, older format)")
	fs.BoolVar(&o.opt, "trace-opt", false, "print V8's --trace-opt lines (marking, compiling, completed) on stdout when a function tiers up (a label: the bytecode still runs)")
	fs.BoolVar(&o.deopt, "trace-deopt", false, "print V8's --trace-deopt bailout lines on stdout")
	fs.IntVar(&o.tiering.MaglevCount, "invocation-count-for-maglev", 400, "interrupt budget to Maglev, in calls × bytecode length (V8 --invocation-count-for-maglev)")
	fs.IntVar(&o.tiering.TurbofanCount, "invocation-count-for-turbofan", 0, "budget of Maglev code to TurboFan, in calls × bytecode length; 0: V8 14.6's default behaviour as measured (16000) (V8 --invocation-count-for-turbofan)")
	fs.IntVar(&o.tiering.ICDelay, "minimum-invocations-after-ic-update", 500, "calls a property-IC change delays tier-up by (V8 --minimum-invocations-after-ic-update)")
	fs.IntVar(&o.tiering.MaglevOSRCount, "invocation-count-for-maglev-osr", 100, "budget after marking for Maglev, in calls: the simulated compile job finishes when it runs out (V8 --invocation-count-for-maglev-osr)")
	fs.IntVar(&o.tiering.OSRCount, "invocation-count-for-osr", 500, "budget after marking for TurboFan, in calls: the simulated compile job finishes when it runs out (V8 --invocation-count-for-osr)")
}

func (o *objModelFlags) apply(opts *engine.Options) {
	opts.AllowNativesSyntax = o.natives
	opts.LogIC = o.logIC
	opts.TraceMaps = o.maps
	opts.TraceOpt = o.opt
	opts.TraceDeopt = o.deopt
	opts.Tiering = o.tiering
}
