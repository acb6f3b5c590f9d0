# chatbotkit developer tasks. `make test` and `make demo` install into .venv first when needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# The published spec `make spec` normalizes; override with SPEC=<path or URL>.
SPEC   ?=
DEFAULT_SPEC := ../shared/spec/chatbotkit-v1.json
DRIFT_SPEC   := ../shared/spec/chatbotkit-v1-2026-03.json
# openapi.yaml as compact JSON package data: the spec the installed emulator serves.
EMULATOR_SPEC := chatbotkit/emulator/openapi.json
GEN    := PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python tools/generate.py generate \
          --config generator-config.yml --custom-template-path tools/templates \
          --meta none --overwrite --fail-on-warning

.PHONY: install spec generate check-generated check-drift check-wheel test lint demo demo-web bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

## openapi.yaml from the published spec (default: $(DEFAULT_SPEC)).
spec: install
	$(BIN)/python tools/normalize_spec.py $(or $(SPEC),$(DEFAULT_SPEC)) -o openapi.yaml

## chatbotkit_gen/ and chatbotkit/resources/ from openapi.yaml; with SPEC=..., normalizes that spec first.
RESOURCES := $(BIN)/python tools/gen_namespaces.py openapi.yaml chatbotkit_gen chatbotkit/resources \
             --client chatbotkit/_client.py
# The blocking client's resources (chatbotkit/resources/sync/), mirrored from the async ones.
SYNC      := $(BIN)/python tools/gen_sync.py chatbotkit/resources --client chatbotkit/_client.py
GENERATED := openapi.yaml chatbotkit_gen chatbotkit/resources chatbotkit/models.py chatbotkit/_client.py
# Everything written from openapi.yaml, in order (generate and check-generated share it).
define REGENERATE
	$(GEN) --path openapi.yaml --output-path chatbotkit_gen
	$(RESOURCES)
	$(SYNC)
	$(BIN)/python tools/emulator_spec.py openapi.yaml $(EMULATOR_SPEC)
endef
generate: install $(if $(SPEC),spec)
	$(REGENERATE)

## CI: the committed openapi.yaml, chatbotkit_gen/ and resources are exactly what the pipeline makes.
check-generated: install
	$(BIN)/python tools/normalize_spec.py $(DEFAULT_SPEC) -o openapi.yaml
	$(REGENERATE)
	git diff --exit-code --stat -- $(GENERATED) $(EMULATOR_SPEC)
	test -z "$$(git status --porcelain -- $(GENERATED) $(EMULATOR_SPEC))"

## The older published spec still normalizes and generates with zero warnings (output discarded).
check-drift: install
	rm -rf build/drift && mkdir -p build/drift
	$(BIN)/python tools/normalize_spec.py $(DRIFT_SPEC) -o build/drift/openapi.yaml
	$(GEN) --path build/drift/openapi.yaml --output-path build/drift/chatbotkit_gen
	$(BIN)/python tools/gen_namespaces.py build/drift/openapi.yaml build/drift/chatbotkit_gen \
	    build/drift/chatbotkit/resources
	$(BIN)/python tools/gen_sync.py build/drift/chatbotkit/resources --client chatbotkit/_client.py
	$(BIN)/python tools/import_all.py build/drift

## CI: build wheel + sdist, install the wheel in a clean venv, prove it from outside the repo.
check-wheel: install
	tools/check_wheel.sh

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check chatbotkit tests tools examples bench
	$(BIN)/ruff format --check chatbotkit tests tools examples bench
	$(BIN)/mypy
	$(BIN)/mypy --strict examples

demo: install
	$(BIN)/python examples/demo.py

## The FastAPI chat example on http://127.0.0.1:8000 (the emulator when no token is set).
demo-web: install
	$(BIN)/python -m examples.fastapi_chat

bench: install
	@if [ -f bench/run.py ]; then $(BIN)/python bench/run.py; else echo "make bench: not yet (see the bench issue)"; fi

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
