"""Generate the blocking mirror of the generated async resources (``chatbotkit.ChatBotKit``).

Usage: python tools/gen_sync.py RESOURCES_DIR --client CLIENT_PY

Runs right after ``tools/gen_namespaces.py`` (``make generate``) and reads what it wrote, so
the blocking signatures are always exactly the async ones: for every ``XNamespace`` /
``XOperation`` class of ``RESOURCES_DIR/<module>.py`` it writes a ``SyncX...`` class to
``RESOURCES_DIR/sync/<module>.py`` with the same methods, parameters, overloads and
docstrings, where

- ``async def m(...) -> R`` becomes ``def m(...) -> R`` running the async method on the
  client's loop (``self._loop.run(self._target.m, ...)``);
- ``def m(...) -> AsyncPaginator[I, P]`` (``AsyncEventStream``, ``AsyncByteStream``) becomes
  ``def m(...) -> Paginator[I, P]`` (``EventStream``, ``ByteStream``) wrapping the async one;
- a sub-namespace or operation property returns the blocking mirror of its async object;
- the top-level resources (the ``Resource`` attributes of ``AsyncChatBotKit`` in
  ``CLIENT_PY``) become ``SyncResource`` attributes of ``sync/__init__.py``'s
  ``SyncRootNamespaces``, which ``ChatBotKit`` extends.

No request, paging or stream logic is generated: every body forwards to the async surface.
Output is formatted with ``ruff format --isolated`` and deterministic.
"""

from __future__ import annotations

import ast
import builtins
import copy
import shutil
import subprocess
import sys
from pathlib import Path

RUFF = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))

WRAPPERS = {
    "AsyncPaginator": "Paginator",
    "AsyncEventStream": "EventStream",
    "AsyncByteStream": "ByteStream",
}
BASES = {"Namespace": "SyncNamespace", "Operation": "SyncOperation"}
BLOCKING = "chatbotkit._blocking"
SKIP = {"__init__.py", "registry.py"}


def sync_name(name: str) -> str:
    return "Sync" + name


class Module:
    """One async namespace module, read: its imports and its namespace classes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.imports: dict[str, ast.stmt] = {}
        for node in self.tree.body:
            if isinstance(node, ast.If):  # if TYPE_CHECKING:
                for inner in node.body:
                    self._remember(inner)
            else:
                self._remember(node)
        self.classes = [
            node
            for node in self.tree.body
            if isinstance(node, ast.ClassDef) and any(_base_name(b) in BASES for b in node.bases)
        ]
        self.local = {node.name for node in self.classes}

    def _remember(self, node: ast.stmt) -> None:
        if isinstance(node, ast.ImportFrom | ast.Import):
            for alias in node.names:
                name = (alias.asname or alias.name).split(".")[0]
                self.imports[name] = node


def _base_name(node: ast.expr) -> str:
    return node.id if isinstance(node, ast.Name) else ""


class Renamer(ast.NodeTransformer):
    """Async types to their blocking forms: wrappers and this module's namespace classes."""

    def __init__(self, local: set[str]) -> None:
        self.local = local

    def visit_Name(self, node: ast.Name) -> ast.Name:
        if node.id in WRAPPERS:
            return ast.Name(WRAPPERS[node.id], node.ctx)
        if node.id in self.local:
            return ast.Name(sync_name(node.id), node.ctx)
        return node


def _names(node: ast.AST | None) -> set[str]:
    """Names an expression needs at its root (``httpx.Timeout`` needs ``httpx``)."""
    if node is None:
        return set()
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _forward(args: ast.arguments) -> tuple[list[ast.expr], list[ast.keyword]]:
    """The call arguments passing a signature's parameters on unchanged (``self`` dropped)."""
    positional = [ast.Name(a.arg, ast.Load()) for a in [*args.posonlyargs, *args.args][1:]]
    if args.vararg is not None:
        positional.append(ast.Starred(ast.Name(args.vararg.arg, ast.Load()), ast.Load()))
    keywords = [ast.keyword(a.arg, ast.Name(a.arg, ast.Load())) for a in args.kwonlyargs]
    if args.kwarg is not None:
        keywords.append(ast.keyword(None, ast.Name(args.kwarg.arg, ast.Load())))
    return positional, keywords


def _attr(*parts: str) -> ast.expr:
    node: ast.expr = ast.Name(parts[0], ast.Load())
    for part in parts[1:]:
        node = ast.Attribute(node, part, ast.Load())
    return node


def _docstring(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> list[ast.stmt]:
    text = ast.get_docstring(node, clean=False)
    return [ast.Expr(ast.Constant(text))] if text else []


def _wrapper_of(annotation: ast.expr | None) -> str | None:
    """``AsyncPaginator`` for ``AsyncPaginator[I, P]`` (the async result's kind), else None."""
    node = annotation.value if isinstance(annotation, ast.Subscript) else annotation
    return node.id if isinstance(node, ast.Name) and node.id in WRAPPERS else None


class Writer:
    """Builds one sync module from one async module."""

    def __init__(self, module: Module) -> None:
        self.module = module
        self.renamer = Renamer(module.local)
        self.annotation_names: set[str] = set()
        self.runtime_names: set[str] = set()
        self.blocking: set[str] = set()
        self.typing: set[str] = set()
        self.cached = False
        self.targets: set[str] = set()  # the async classes mirrored (typed ``_target``)

    def annotation(self, node: ast.expr | None) -> ast.expr | None:
        if node is None:
            return None
        self.annotation_names |= _names(node)
        return self.renamer.visit(copy.deepcopy(node))  # type: ignore[no-any-return]

    def signature(self, args: ast.arguments) -> ast.arguments:
        args = copy.deepcopy(args)
        every = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
        for arg in every:
            if arg is not None:
                arg.annotation = self.annotation(arg.annotation)
        for default in [*args.defaults, *args.kw_defaults]:
            self.runtime_names |= _names(default)
        return args

    def klass(self, node: ast.ClassDef) -> ast.ClassDef:
        base = next(BASES[b] for b in map(_base_name, node.bases) if b in BASES)
        target = node.name
        self.targets.add(node.name)
        self.blocking.add(base)
        body: list[ast.stmt] = _docstring(node)
        body.append(  # the async object forwarded to, typed for mypy
            ast.AnnAssign(ast.Name("_target", ast.Store()), ast.Name(target, ast.Load()), None, 1)
        )
        kinds: dict[str, str | None] = {}  # overloaded method -> wrapper of its overloads
        for member in node.body:
            if not isinstance(member, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            if member.name.startswith("_") and member.name != "__call__":
                continue
            decorators = {_base_name(d) for d in member.decorator_list}
            if decorators & {"cached_property", "property"}:
                body.append(self.accessor(member))
            elif "overload" in decorators:
                kinds[member.name] = _wrapper_of(member.returns)
                body.append(self.method(member, overload=True))
            else:
                body.append(self.method(member, kind=kinds.get(member.name)))
        return ast.ClassDef(
            name=sync_name(node.name),
            bases=[ast.Name(base, ast.Load())],
            keywords=[],
            body=body or [ast.Pass()],
            decorator_list=[],
            type_params=[],
        )

    def accessor(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> ast.FunctionDef:
        """``cbk.bot.memory``: the blocking mirror of the async sub-namespace or operation."""
        returned = node.returns
        if not isinstance(returned, ast.Name):
            raise SystemExit(f"{self.module.path}: {node.name}: unexpected accessor type")
        target = sync_name(returned.id)
        body: list[ast.stmt] = _docstring(node)
        call = ast.Call(
            ast.Name(target, ast.Load()),
            [_attr("self", "_target", node.name), _attr("self", "_loop")],
            [],
        )
        body.append(ast.Return(call))
        self.cached = True
        return ast.FunctionDef(
            name=node.name,
            args=ast.arguments([], [ast.arg("self")], None, [], [], None, []),
            body=body,
            decorator_list=[ast.Name("cached_property", ast.Load())],
            returns=self.annotation(returned),
            type_params=[],
        )

    def method(
        self,
        node: ast.FunctionDef | ast.AsyncFunctionDef,
        *,
        overload: bool = False,
        kind: str | None = None,
    ) -> ast.FunctionDef:
        args = self.signature(node.args)
        returns = self.annotation(node.returns)
        if overload:
            self.typing.add("overload")
            body: list[ast.stmt] = [ast.Expr(ast.Constant(...))]
            decorators: list[ast.expr] = [ast.Name("overload", ast.Load())]
        else:
            decorators = []
            body = [*_docstring(node), ast.Return(self.call(node, args, kind))]
        if returns is not None:
            self.typing |= _names(returns) & {"Any"}
        return ast.FunctionDef(
            name=node.name,
            args=args,
            body=body,
            decorator_list=decorators,
            returns=returns,
            type_params=[],
        )

    def call(
        self, node: ast.FunctionDef | ast.AsyncFunctionDef, args: ast.arguments, kind: str | None
    ) -> ast.expr:
        called = () if node.name == "__call__" else (node.name,)
        target = _attr("self", "_target", *called)
        positional, keywords = _forward(args)
        wrapper = _wrapper_of(node.returns) or kind
        is_async = isinstance(node, ast.AsyncFunctionDef)
        if wrapper is not None and not is_async:
            self.blocking.add(WRAPPERS[wrapper])
            inner = ast.Call(target, positional, keywords)
            return ast.Call(
                ast.Name(WRAPPERS[wrapper], ast.Load()), [inner, _attr("self", "_loop")], []
            )
        if not is_async:
            raise SystemExit(f"{self.module.path}: {node.name}: cannot tell how to block on it")
        return ast.Call(_attr("self", "_loop", "run"), [target, *positional], keywords)

    def render(self) -> str:
        classes = [self.klass(node) for node in self.module.classes]
        runtime: list[ast.stmt] = [ast.ImportFrom("__future__", [ast.alias("annotations")], 0)]
        if self.cached:
            runtime.append(ast.ImportFrom("functools", [ast.alias("cached_property")], 0))
        self.typing.add("TYPE_CHECKING")
        runtime.append(ast.ImportFrom("typing", [ast.alias(n) for n in sorted(self.typing)], 0))
        runtime.append(ast.ImportFrom(BLOCKING, [ast.alias(n) for n in sorted(self.blocking)], 0))
        runtime += self.imports(self.runtime_names)
        checking = self.imports(self.annotation_names - self.runtime_names - set(self.typing))
        stem = self.module.path.stem
        if self.targets:
            names = [ast.alias(n) for n in sorted(self.targets)]
            checking.append(ast.ImportFrom(stem, names, 2))
        guard = ast.If(ast.Name("TYPE_CHECKING", ast.Load()), checking, [])
        source = self.module.path.name
        doc = ast.Expr(
            ast.Constant(
                f"Generated by tools/gen_sync.py from {source} (the async namespaces); do not edit."
            )
        )
        exported = ast.Assign(
            [ast.Name("__all__", ast.Store())],
            ast.List(
                [ast.Constant(c.name) for c in sorted(classes, key=lambda c: c.name)], ast.Load()
            ),
        )
        tree = ast.Module([doc, *runtime, guard, exported, *classes], [])
        return ast.unparse(ast.fix_missing_locations(tree)) + "\n"

    def imports(self, names: set[str]) -> list[ast.stmt]:
        """Import statements for ``names``, as the async module imports them (renamed)."""
        out: list[ast.stmt] = []
        for name in sorted(names):
            if name in self.module.local or hasattr(builtins, name) or name in WRAPPERS:
                continue
            node = self.module.imports.get(name)
            if node is None:
                raise SystemExit(f"{self.module.path}: {name!r} is not imported there")
            if isinstance(node, ast.Import):
                out.append(ast.Import([ast.alias(name)]))
            else:
                out.append(ast.ImportFrom(node.module, [ast.alias(name)], node.level))
        return out


def root_from_client(client: Path) -> str:
    """The blocking root (``SyncRootNamespaces``) from the client's ``Resource`` attributes.

    ``bot: Resource[...] = Resource("bot", "BotNamespace")`` in ``AsyncChatBotKit`` becomes
    ``bot: SyncResource[SyncBotNamespace] = SyncResource(__name__, "bot", "SyncBotNamespace")``.
    """
    tree = ast.parse(client.read_text(encoding="utf-8"))
    klass = next(
        n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "AsyncChatBotKit"
    )
    found: list[tuple[str, str, str]] = []
    for node in klass.body:
        if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)):
            continue
        value = node.value
        if isinstance(value, ast.Call) and _base_name(value.func) == "Resource":
            module, cls = (arg.value for arg in value.args if isinstance(arg, ast.Constant))
            found.append((node.target.id, module, sync_name(cls)))
    if not found:
        raise SystemExit(f"{client}: no Resource attributes in AsyncChatBotKit")
    imports = "\n".join(f"    from .{module} import {cls}" for _, module, cls in found)
    attributes = "\n".join(
        f"    {name}: SyncResource[{cls}] = SyncResource(__name__, {module!r}, {cls!r})"
        for name, module, cls in found
    )
    return (
        f'"""Generated by tools/gen_sync.py from {client.name} (the client\'s resources); do not edit."""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import TYPE_CHECKING\n\n"
        "from chatbotkit._blocking import SyncNamespace, SyncResource\n\n"
        "if TYPE_CHECKING:\n"
        "    from chatbotkit._client import AsyncChatBotKit\n\n"
        f"{imports}\n\n"
        '__all__ = ["SyncRootNamespaces"]\n\n\n'
        "class SyncRootNamespaces(SyncNamespace):\n"
        '    """The blocking client\'s top-level resources, each imported on first access."""\n\n'
        "    _target: AsyncChatBotKit\n\n"
        f"{attributes}\n"
    )


def main(argv: list[str]) -> int:
    if len(argv) != 4 or argv[2] != "--client":
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    source, client = Path(argv[1]), Path(argv[3])
    out = source / "sync"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    (out / "__init__.py").write_text(root_from_client(client), encoding="utf-8")
    written = [out / "__init__.py"]
    for path in sorted(source.glob("*.py")):
        if path.name in SKIP:
            continue
        module = Module(path)
        if not module.classes:
            continue
        target = out / path.name
        target.write_text(Writer(module).render(), encoding="utf-8")
        written.append(target)
    paths = [str(p) for p in written]
    for args in (
        [RUFF, "check", "--isolated", "--fix-only", "--quiet", "--select", "I"],
        [RUFF, "format", "--isolated", "--quiet", "--line-length", "100"],
    ):
        subprocess.run([*args, *paths], check=True)
    print(f"gen_sync: {len(written)} blocking resource modules -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
