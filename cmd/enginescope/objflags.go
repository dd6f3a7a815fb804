package main

import (
	"flag"

	"enginescope/core/engine"
)

// objModelFlags are the object-model flags (hidden classes, ICs, tiers), V8's names.
type objModelFlags struct {
	natives bool
}

func addObjectModelFlags(fs *flag.FlagSet, o *objModelFlags) {
	fs.BoolVar(&o.natives, "allow-natives-syntax", false, "allow V8's %Name(args) natives: %HaveSameMap, %HasFastProperties, %DebugPrint, … (node --allow-natives-syntax)")
}

func (o *objModelFlags) apply(opts *engine.Options) {
	opts.AllowNativesSyntax = o.natives
}
