"""Import every module of a generated package; exit 1 naming each one that fails.

Usage: python tools/import_all.py [PARENT_DIR] (the directory holding chatbotkit_gen/)
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def import_all(parent: Path, package: str = "chatbotkit_gen") -> tuple[int, list[str]]:
    """Import ``package`` from ``parent`` and all its submodules; return (count, failures)."""
    sys.path.insert(0, str(parent))
    try:
        root = importlib.import_module(package)
        if Path(root.__file__ or "").resolve().parent != (parent / package).resolve():
            return 0, [f"{package} was imported from {root.__file__}, not from {parent}"]
        failures, count = [], 1
        for info in pkgutil.walk_packages(root.__path__, package + "."):
            try:
                importlib.import_module(info.name)
                count += 1
            except Exception as exc:  # report every broken module, not just the first
                failures.append(f"{info.name}: {exc!r}")
        return count, failures
    finally:
        sys.path.remove(str(parent))


if __name__ == "__main__":
    parent = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    count, failures = import_all(parent)
    print(f"import_all: {count} modules imported, {len(failures)} failed")
    print("\n".join(failures))
    sys.exit(1 if failures else 0)
