package main

import (
	"flag"

	"enginescope/core/engine"
)

// objModelFlags are the object-model flags (hidden classes, ICs, tiers), V8's names.
type objModelFlags struct {
	natives bool
	logIC   bool
}

func addObjectModelFlags(fs *flag.FlagSet, o *objModelFlags) {
	fs.BoolVar(&o.natives, "allow-natives-syntax", false, "allow V8's %Name(args) natives: %HaveSameMap, %HasFastProperties, %DebugPrint, … (node --allow-natives-syntax)")
	fs.BoolVar(&o.logIC, "log-ic", false, "print a V8 --log-ic line (Kind,pc,time,line,col,old,new,map,key,modifier,slow_reason) per inline-cache state change on stderr")
}

func (o *objModelFlags) apply(opts *engine.Options) {
	opts.AllowNativesSyntax = o.natives
	opts.LogIC = o.logIC
}
