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
}

func addObjectModelFlags(fs *flag.FlagSet, o *objModelFlags) {
	fs.BoolVar(&o.natives, "allow-natives-syntax", false, "allow V8's %Name(args) natives: %HaveSameMap, %HasFastProperties, %DebugPrint, … (node --allow-natives-syntax)")
	fs.BoolVar(&o.logIC, "log-ic", false, "print a V8 --log-ic line (Kind,pc,time,line,col,old,new,map,key,modifier,slow_reason) per inline-cache state change on stderr")
	fs.BoolVar(&o.maps, "trace-maps", false, "print a line per map creation, transition, reused transition and normalization on stdout (V8 --trace-maps, older format)")
}

func (o *objModelFlags) apply(opts *engine.Options) {
	opts.AllowNativesSyntax = o.natives
	opts.LogIC = o.logIC
	opts.TraceMaps = o.maps
}
