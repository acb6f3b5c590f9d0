"""Write the emulator's packaged spec: ``openapi.yaml`` as compact JSON inside the package.

Usage: python tools/emulator_spec.py OPENAPI_YAML OUTPUT_JSON

The installed emulator has no repository to read ``openapi.yaml`` from, so ``make generate``
ships the same document as ``chatbotkit/emulator/openapi.json`` (package data, read with
``importlib.resources``). JSON parses about ten times faster than YAML, which keeps the
emulator's start fast. Never edit the output by hand: ``make check-generated`` rewrites it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml


def main(argv: list[str] | None = None) -> int:
    source, output = (argv if argv is not None else sys.argv[1:]) or ("", "")
    doc = yaml.load(Path(source).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    text = json.dumps(doc, separators=(",", ":"), ensure_ascii=False)
    Path(output).write_text(text + "\n", encoding="utf-8")
    print(f"emulator_spec: wrote {output} ({len(text) // 1024} KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
