package main

import (
	"flag"

	"enginescope/core/engine"
)

// objModelFlags are the object-model flags (hidden classes, ICs, tiers), V8's names.
type objModelFlags struct {
	natives bool
	logIC   bool
	maps    bool
	opt     bool
	deopt   bool
}

func addObjectModelFlags(fs *flag.FlagSet, o *objModelFlags) {
	fs.BoolVar(&o.natives, "allow-natives-syntax", false, "allow V8's %Name(args) natives: %HaveSameMap, %HasFastProperties, %DebugPrint, … (node --allow-natives-syntax)")
	fs.BoolVar(&o.logIC, "log-ic", false, "print a V8 --log-ic line (Kind,pc,time,line,col,old,new,map,key,modifier,slow_reason) per inline-cache state change on stderr")
	fs.BoolVar(&o.maps, "trace-maps", false, "print a line per map creation, transition, reused transition and normalization on stdout (V8 --trace-maps, older format)")
	fs.BoolVar(&o.opt, "trace-opt", false, "print V8's --trace-opt lines (marking, compiling, completed) on stdout when a function tiers up (a label: the bytecode still runs)")
	fs.BoolVar(&o.deopt, "trace-deopt", false, "print V8's --trace-deopt bailout lines on stdout")
}

func (o *objModelFlags) apply(opts *engine.Options) {
	opts.AllowNativesSyntax = o.natives
	opts.LogIC = o.logIC
	opts.TraceMaps = o.maps
	opts.TraceOpt = o.opt
	opts.TraceDeopt = o.deopt
}
