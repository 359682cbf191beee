# articlecleaner — see README.md. Targets are phony: `wasm` and `web` are
# also folder names.
.PHONY: all build test test-go test-wasm vet lint deps eval eval-gate eval-live wasm run clean cli bench-peers

GO        ?= go
SHARED    ?= ../shared
CORPUS    ?= $(SHARED)/corpus/dev
SCORE     ?= $(SHARED)/tools/score
EVAL_OUT  ?= eval

all: build

build:
	$(GO) build ./...

# Every test: installs what is missing (Chromium, Firefox ESR, Node.js,
# brotli), then the Go tests (unit, golden, fuzz seeds, CLI, wasm API in
# Node.js, the page and the extension in headless Chromium, the extension
# in headless Firefox), then the core's tests compiled to WebAssembly and
# run in Node.js.
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

# What the tests need from the system (Chromium, Firefox ESR, Node.js, brotli).
deps:
	scripts/ensure-deps

# Quality on both corpora (not part of `make test`): each corpus of
# EVAL_CORPORA (CORPUS=… picks one), from HTML and from pasted text, scored
# by the shared scorer: P/R/F1, a per-language table, metadata accuracy
# where the gold has it, the worst pages. An absent corpus is skipped.
EVAL_CORPORA ?= $(SHARED)/corpus/dev $(SHARED)/corpus/multi
ifeq ($(origin CORPUS),command line)
EVAL_CORPORA = $(CORPUS)
endif
EVAL_RUN = $(GO) run ./internal/eval -corpora "$(EVAL_CORPORA)" -score "$(SCORE)" -out "$(EVAL_OUT)"
eval:
	GO=$(GO) $(EVAL_RUN) -worst 10

# The quality floors make eval-gate holds, each a little under what main
# measured (corpus.input.metric=value; author_fp_max is a ceiling on the
# share of pages without an author that get one). Raise them when the
# cleaner gets better, never lower them silently. Pasted-text recall has
# its own floor: cleaning must not cost text.
EVAL_FLOORS ?= \
	dev.html.f1=0.97 dev.text.f1=0.925 dev.text.recall=0.95 \
	multi.html.f1=0.93 multi.html.precision=0.935 multi.html.recall=0.92 multi.text.f1=0.88 multi.text.recall=0.89 \
	multi.html.title=0.845 multi.html.author=0.70 multi.html.date=0.88 multi.html.author_fp_max=0.205 \
	multi.text.title=0.635 multi.text.author=0.39 multi.text.date=0.635
eval-gate:
	GO=$(GO) $(EVAL_RUN) -quiet -floors "$(EVAL_FLOORS)"

# The extension's live-page path against the static path on the dev
# corpus (not part of `make test`): each page rendered in headless Chromium
# with JavaScript off, read by the extension's read-page.js, cleaned; both
# scored.
eval-live:
	$(GO) run ./internal/liveeval -corpus "$(CORPUS)" -out "$(EVAL_OUT)/live" && \
	for p in static live; do echo "== $$p"; \
		(cd "$(SCORE)" && $(GO) run . -gold "$(abspath $(CORPUS))/ground-truth.json" -pred "$(abspath $(EVAL_OUT))/live/$$p.json") || exit 1; \
	done

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

# The browser extension (Manifest V3): assembles dist/extension from
# web/extension, the page's modules and stylesheet in web/static and a
# freshly compiled wasm, and zips it into
# dist/articlecleaner-extension-chrome.zip; the Firefox build (the same
# without Chrome's offscreen document) goes to dist/extension-firefox and
# dist/articlecleaner-extension-firefox.zip.
.PHONY: extension extension-lint
EXT_DIR ?= dist/extension
EXT_ZIP ?= dist/articlecleaner-extension-chrome.zip
EXT_FIREFOX_DIR ?= dist/extension-firefox
EXT_FIREFOX_ZIP ?= dist/articlecleaner-extension-firefox.zip
extension:
	$(GO) run ./internal/extbuild/cmd -out $(EXT_DIR) -zip $(EXT_ZIP) \
		-firefox-out $(EXT_FIREFOX_DIR) -firefox-zip $(EXT_FIREFOX_ZIP)

# Mozilla's web-ext lint (from npm, through npx) on the Firefox build; any
# warning fails.
WEB_EXT ?= web-ext@10.7.0
extension-lint: extension
	npx --yes $(WEB_EXT) lint --source-dir $(EXT_FIREFOX_DIR) --warnings-as-errors

# The npm package (npm/; its README): assembled into dist/npm with a fresh
# wasm, then packed by npm pack into dist/articlecleaner-<version>.tgz (not
# published from here). internal/npmtest installs that tarball and tests it.
.PHONY: npm
NPM_DIR ?= dist/npm
npm:
	$(GO) run ./internal/npmbuild/cmd -out $(NPM_DIR)
	cd $(NPM_DIR) && npm pack --pack-destination ..

# The page as a static site for any host (no Go server): dist/site with a
# fresh wasm, every compressible file beside its .br and .gz, the service
# worker's precache list, and a _headers file (CSP, application/wasm).
# Needs brotli. Try it: python3 -m http.server -d dist/site 8000
.PHONY: site
SITE_DIR ?= dist/site
site:
	$(GO) run ./internal/sitebuild/cmd -out $(SITE_DIR)
