# articlecleaner — see README.md. Targets are phony: `wasm` and `web` are
# also folder names.
.PHONY: all build test test-go test-wasm vet lint deps eval eval-gate wasm run clean cli bench-peers

GO        ?= go
SHARED    ?= ../shared
CORPUS    ?= $(SHARED)/corpus/dev
SCORE     ?= $(SHARED)/tools/score
EVAL_OUT  ?= eval

all: build

build:
	$(GO) build ./...

# Every test: installs what is missing (Chromium, Node.js, brotli), then
# the Go tests (unit, golden, fuzz seeds, CLI, wasm API in Node.js, the page
# and the extension in headless Chromium), then the core's tests compiled
# to WebAssembly and run in Node.js.
test: deps
	$(MAKE) test-go test-wasm

test-go:
	$(GO) test ./...

# The core's tests under WebAssembly in Node.js.
test-wasm:
	GOOS=js GOARCH=wasm $(GO) test -exec="$$($(GO) env GOROOT)/lib/wasm/go_js_wasm_exec" ./cleaner/...

vet:
	$(GO) vet ./...

# go vet and staticcheck (pinned), over the main module and bench/.
STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2
lint:
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...
	cd bench && $(GO) vet ./... && $(GO) run $(STATICCHECK) ./...

# What the tests need from the system (Chromium, Node.js, brotli).
deps:
	scripts/ensure-deps

# Quality on the dev corpus (not part of `make test`): pasted text.
eval:
	@if [ ! -d "$(CORPUS)/text" ]; then echo "eval: skipped: no corpus at $(CORPUS) (set CORPUS=…)"; exit 0; fi; \
	$(GO) run ./internal/eval -corpus "$(CORPUS)" -input text -out "$(EVAL_OUT)/text.json" && \
	echo "== pasted text ($(CORPUS)/text)" && \
	(cd "$(SCORE)" && $(GO) run . -gold "$(abspath $(CORPUS))/ground-truth.json" -pred "$(abspath $(EVAL_OUT))/text.json" -worst 10) && \
	$(GO) run ./internal/eval -corpus "$(CORPUS)" -input html -out "$(EVAL_OUT)/html.json" && \
	echo "== HTML ($(CORPUS)/html)" && \
	(cd "$(SCORE)" && $(GO) run . -gold "$(abspath $(CORPUS))/ground-truth.json" -pred "$(abspath $(EVAL_OUT))/html.json" -worst 10)

# The quality floors: make eval's scores may not fall below these (F1 on
# the dev corpus, and recall on pasted text: cleaning must not cost text; raise them when the cleaner gets better, never lower them
# silently). Skips where the corpus is absent.
EVAL_MIN_TEXT ?= 0.89
EVAL_MIN_TEXT_RECALL ?= 0.95
EVAL_MIN_HTML ?= 0.965
eval-gate:
	@if [ ! -d "$(CORPUS)/text" ]; then echo "eval-gate: skipped: no corpus at $(CORPUS) (set CORPUS=…)"; exit 0; fi; \
	$(GO) run ./internal/eval -corpus "$(CORPUS)" -input text -out "$(EVAL_OUT)/text.json" && \
	(cd "$(SCORE)" && $(GO) run . -gold "$(abspath $(CORPUS))/ground-truth.json" -pred "$(abspath $(EVAL_OUT))/text.json" -min-f1 $(EVAL_MIN_TEXT)) > "$(EVAL_OUT)/text.score"; \
	status=$$?; cat "$(EVAL_OUT)/text.score"; [ $$status -eq 0 ] && \
	awk -v min=$(EVAL_MIN_TEXT_RECALL) '/recall/ { for (i = 1; i < NF; i++) if ($$i == "recall") r = $$(i+1) } END { if (r + 0 < min) { print "eval-gate: pasted-text recall " r " is below " min; exit 1 } }' "$(EVAL_OUT)/text.score" && \
	$(GO) run ./internal/eval -corpus "$(CORPUS)" -input html -out "$(EVAL_OUT)/html.json" && \
	(cd "$(SCORE)" && $(GO) run . -gold "$(abspath $(CORPUS))/ground-truth.json" -pred "$(abspath $(EVAL_OUT))/html.json" -min-f1 $(EVAL_MIN_HTML))

# Quality, speed and memory against go-trafilatura and readeck
# go-readability on the dev corpus, plus the CLI's whole-process time
# (not part of `make test`). bench/ is its own module, so the peers never
# become dependencies of articlecleaner. Results: bench/out/results.{md,json}.
bench-peers:
	cd bench && GO=$(GO) $(GO) run . -corpus "$(abspath $(CORPUS))" -score "$(abspath $(SCORE))"

# Speed in headless Chromium (not part of `make test`): the corpus's pages
# through the page's loader and through Readability.js (pinned in
# internal/benchbrowser/package.json) in the same tab, the per-stage split,
# the wasm's start, a 5 MB paste in the worker and the page weight. Skips
# without Chromium or the corpus. BENCH_ROUNDS=… rounds per page.
BENCH_ROUNDS ?= 3
.PHONY: bench-browser
bench-browser:
	@if [ ! -d "$(CORPUS)/html" ]; then echo "bench-browser: skipped: no corpus at $(CORPUS) (set CORPUS=…)"; exit 0; fi; \
	if [ ! -f internal/benchbrowser/node_modules/@mozilla/readability/Readability.js ]; then \
		command -v npm >/dev/null || { echo "bench-browser: needs npm for Readability.js (apt-get install npm)"; exit 1; }; \
		npm ci --prefix internal/benchbrowser --no-audit --no-fund || exit 1; \
	fi; \
	$(GO) run ./internal/benchbrowser -corpus "$(CORPUS)" -rounds $(BENCH_ROUNDS)

# The command-line tool, into bin/ (see `bin/articlecleaner -h`).
cli:
	$(GO) build -o bin/articlecleaner ./cmd/articlecleaner

# The web page: build the wasm and serve the page on ADDR
# (ADDR=127.0.0.1:9000 make run to change it).
ADDR ?= 127.0.0.1:8080
run: wasm
	$(GO) run ./cmd/articlecleaner serve -addr "$(ADDR)"

# The cleaner as WebAssembly for the web page, with Go's JavaScript glue,
# both precompressed (.br with Debian's brotli, .gz) for the server.
WEB_STATIC := web/static
wasm:
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $(WEB_STATIC)/articlecleaner.wasm ./wasm
	cp "$$($(GO) env GOROOT)/lib/wasm/wasm_exec.js" $(WEB_STATIC)/wasm_exec.js
	chmod 644 $(WEB_STATIC)/wasm_exec.js
	@command -v brotli >/dev/null || echo "wasm: no brotli command (apt-get install brotli): serving gzip only"
	for f in $(WEB_STATIC)/articlecleaner.wasm $(WEB_STATIC)/wasm_exec.js; do \
		rm -f "$$f.br"; gzip -9 -n -k -f "$$f" || exit 1; \
		if command -v brotli >/dev/null; then brotli -q 11 -f -o "$$f.br" "$$f" || exit 1; fi; \
	done
	@ls -l $(WEB_STATIC)/articlecleaner.wasm*

clean:
	rm -rf bin eval web/*.wasm web/wasm_exec.js $(WEB_STATIC)/articlecleaner.wasm* $(WEB_STATIC)/wasm_exec.js*

# The browser extension (Manifest V3, Chrome and Firefox): assembles
# dist/extension from web/extension, the page's modules and stylesheet in
# web/static and a freshly compiled wasm, and zips it into
# dist/articlecleaner-extension.zip (one zip for both browsers).
.PHONY: extension extension-lint
EXT_DIR ?= dist/extension
EXT_ZIP ?= dist/articlecleaner-extension.zip
extension:
	$(GO) run ./internal/extbuild/cmd -out $(EXT_DIR) -zip $(EXT_ZIP)

# Mozilla's web-ext lint (from npm, through npx) on the built extension;
# any warning fails.
WEB_EXT ?= web-ext@10.7.0
extension-lint: extension
	npx --yes $(WEB_EXT) lint --source-dir $(EXT_DIR) --warnings-as-errors
