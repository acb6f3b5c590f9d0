"""Run openapi-python-client with this project's two naming rules (``make generate``).

Usage: python tools/generate.py generate --path openapi.yaml ... (openapi-python-client's CLI)

- A one-value string ``enum`` is a ``const``: the generator types it ``Literal["token"]``
  instead of a one-member enum class, so a stream event narrows by ``event.type == "token"``.
- A field named ``type`` keeps its wire name as its attribute (``event.type``, not
  ``event.type_``): ``type`` is a builtin, not a keyword, and the templates never call it bare.

``tools/gen_namespaces.py`` parses the document through :func:`prepare` too, so both see
the same properties. The stock ``client.py`` and ``errors.py`` are removed after generation:
the endpoint templates use neither (the SDK sends the requests).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import openapi_python_client
from openapi_python_client import strings

strings.RESERVED_WORDS.discard("type")


def literal_enums(node: Any) -> Any:
    """A copy of ``node`` where every one-value string ``enum`` is a ``const``."""
    if isinstance(node, list):
        return [literal_enums(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {key: literal_enums(value) for key, value in node.items()}
    enum = out.get("enum")
    if isinstance(enum, list) and len(enum) == 1 and isinstance(enum[0], str):
        del out["enum"]
        out["const"] = enum[0]
    return out


def prepare(document: dict[str, Any]) -> dict[str, Any]:
    """The document as the generator should see it (see the module docstring)."""
    return literal_enums(document)


_get_document = openapi_python_client._get_document


def _prepared_document(**kwargs: Any) -> Any:
    document = _get_document(**kwargs)
    return prepare(document) if isinstance(document, dict) else document


openapi_python_client._get_document = _prepared_document  # type: ignore[assignment]

STOCK_FILES = ("client.py", "errors.py")


def main(argv: list[str]) -> int:
    from openapi_python_client.cli import app

    try:
        app(argv)
    except SystemExit as exit:
        if exit.code:
            return int(exit.code) if isinstance(exit.code, int) else 1
    if "--output-path" in argv:
        output = Path(argv[argv.index("--output-path") + 1])
        for name in STOCK_FILES:
            (output / name).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
