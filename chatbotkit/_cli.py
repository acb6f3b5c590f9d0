"""The ``chatbotkit`` command: every API operation from the generated registry, plus ``chat``
and ``emulator``. A thin front door on the blocking client (``ChatBotKit``), which runs the
async core: no request, retry, paging or stream logic here.

``chatbotkit [--as-user ID] <resource> [<sub-resource>...] <action> [ID...] [--field value
...] [--json BODY]`` prints the result as JSON; a list prints one JSON object a line for
every item, following cursors (``--take`` page size, ``--limit`` total). Parsing is staged
(only the chosen operation's options are built), so startup stays cheap. Exit codes: 0 ok,
1 API error (code and message on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import datetime
import inspect
import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from ._sync_client import ChatBotKit

__all__ = ["main", "operations"]

PROG = "chatbotkit"
OK, API_ERROR, USAGE = 0, 1, 2
_OPTIONS = {"extra_headers", "extra_query", "extra_body", "timeout", "raise_on_error_event"}
"""Per-call options of every method that are not operation fields."""
_EPILOG = (
    "Token and base URL come from CHATBOTKIT_API_TOKEN (or CHATBOTKIT_API_SECRET) and"
    " CHATBOTKIT_API_BASE_URL; CHATBOTKIT_API_RUNAS_USERID or --as-user picks a sub-account."
    " Exit codes: 0 ok, 1 API error, 2 usage error."
)


class CommandError(Exception):
    """Bad command-line input: reported with exit code 2."""


def operations() -> Mapping[str, tuple[str, str, str]]:
    """The generated operation registry: operationId -> (attribute path, method, path)."""
    from .resources.registry import OPERATIONS

    return OPERATIONS


def _word(attribute: str) -> str:
    """The command word of an attribute (``import_`` -> ``import``, ``invoke_get`` -> ``invoke-get``)."""
    return attribute.rstrip("_").replace("_", "-")


class Node:
    """One level of the command tree: sub-resources, and actions (attribute path -> ops)."""

    def __init__(self, path: tuple[str, ...]) -> None:
        self.path = path
        self.children: dict[str, Node] = {}
        self.actions: dict[str, list[tuple[str, str, str]]] = {}  # word -> [(opId, method, url)]

    @classmethod
    def tree(cls) -> Node:
        root = cls(())
        for op_id, (attribute, method, url) in sorted(operations().items()):
            *parents, action = attribute.split(".")
            node = root
            for part in parents:
                node = node.children.setdefault(part, cls((*node.path, part)))
            node.actions.setdefault(action, []).append((op_id, method, url))
        return root

    def lookup(self, word: str) -> tuple[Node | None, str | None]:
        """The sub-resource or the action attribute a command word names."""
        for name, child in self.children.items():
            if _word(name) == word:
                return child, None
        for name in self.actions:
            if _word(name) == word:
                return None, name
        return None, None

    def listing(self) -> str:
        lines = []
        if self.children:
            lines.append("resources:")
            lines += [f"  {_word(name)}" for name in sorted(self.children)]
        if self.actions:
            lines.append("actions:")
            for name, ops in sorted(self.actions.items()):
                summary = "; ".join(f"{method} {url}" for _, method, url in ops)
                lines.append(f"  {_word(name):<24} {summary}")
        return "\n".join(lines)


# ---------------------------------------------------------------------- introspection


def _resolve_class(owner: type, attribute: str) -> type:
    """The class an attribute of a blocking resource holds, without building a client."""
    from ._blocking import SyncResource

    member = inspect.getattr_static(owner, attribute)
    if isinstance(member, SyncResource):  # a top-level resource
        return member.load()
    name = member.func.__annotations__["return"]  # a generated cached_property
    cls: type = getattr(sys.modules[owner.__module__], name)
    return cls


def _signatures(function: Any) -> list[inspect.Signature]:
    """The signatures of a method: its overloads (Python 3.11+) or itself."""
    import typing

    get_overloads = getattr(typing, "get_overloads", None)
    overloads = list(get_overloads(function)) if get_overloads is not None else []
    return [inspect.signature(f) for f in overloads] or [inspect.signature(function)]


class Action:
    """One command's target: the method (and its extra forms) on the blocking client class."""

    def __init__(self, path: tuple[str, ...], attribute: str) -> None:
        from ._blocking import SyncResource
        from ._sync_client import ChatBotKit

        owner: type = ChatBotKit
        for part in path:
            owner = _resolve_class(owner, part)
        self.path, self.attribute = path, attribute
        member = inspect.getattr_static(owner, attribute)
        self.forms: dict[str, Any] = {}
        if isinstance(member, SyncResource) or hasattr(member, "func"):
            # an operation object: __call__ and .stream(), .csv()...
            for name, value in vars(_resolve_class(owner, attribute)).items():
                if name == "__call__" or (not name.startswith("_") and callable(value)):
                    self.forms["" if name == "__call__" else name] = value
        else:
            self.forms[""] = member
        self.default = "" if "" in self.forms else next(iter(self.forms))
        """The form run without a flag: the call itself, else the only form (``.stream()``)."""
        self.signatures = {form: _signatures(fn) for form, fn in self.forms.items()}

    def parameters(self, form: str) -> tuple[list[inspect.Parameter], dict[str, inspect.Parameter]]:
        """Path ids (positional, in order) and fields (keyword), merged over the overloads."""
        ids: list[inspect.Parameter] = []
        fields: dict[str, inspect.Parameter] = {}
        for signature in self.signatures[form]:
            for param in list(signature.parameters.values())[1:]:  # self
                if param.kind is param.POSITIONAL_ONLY:
                    if param.name not in {p.name for p in ids}:
                        ids.append(param)
                elif param.kind is param.KEYWORD_ONLY and param.name not in _OPTIONS:
                    fields.setdefault(param.name, param)
        return ids, fields

    def is_list(self) -> bool:
        returns = self.signatures[self.default][0].return_annotation
        return isinstance(returns, str) and returns.startswith("Paginator")

    def target(self, client: ChatBotKit, form: str) -> Callable[..., Any]:
        value: Any = client
        for part in (*self.path, self.attribute):
            value = getattr(value, part)
        return getattr(value, form) if form else value  # type: ignore[no-any-return]


def _members(annotation: Any) -> set[str]:
    """The members of a (string) union annotation, at bracket depth 0."""
    text, depth, current, out = str(annotation), 0, "", set()
    for char in text:
        depth += (char in "[(" and 1) or (char in "])" and -1) or 0
        if char == "|" and depth == 0:
            out.add(current.strip())
            current = ""
        else:
            current += char
    out.add(current.strip())
    return out - {"Unset", "None", ""}


def convert(param: inspect.Parameter | None, value: str) -> Any:
    """A command-line value as the type the field takes (JSON for lists, objects, models)."""
    kinds = _members(param.annotation) if param is not None else {"str", "json"}
    looks_json = value[:1] in ("{", "[")
    try:
        if "str" in kinds and not (looks_json and len(kinds) > 1):
            return value
        if kinds <= {"int"}:
            return int(value)
        if kinds <= {"int", "float"}:
            return float(value)
        if kinds == {"bool"}:
            lowered = value.lower()
            if lowered in ("true", "yes", "1", "on"):
                return True
            if lowered in ("false", "no", "0", "off"):
                return False
            raise ValueError("expected true or false")
        if kinds == {"datetime.datetime"}:
            return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return json.loads(value)
    except (ValueError, RecursionError) as exc:  # RecursionError: nested too deep
        shown = param.name if param is not None else "value"
        raise CommandError(f"--{_word(shown)}: {value!r} is not valid ({exc})") from None


def _required(param: inspect.Parameter) -> bool:
    return param.default is inspect.Parameter.empty


# ---------------------------------------------------------------------------- output


def _write_json(value: Any, *, indent: int | None = None) -> None:
    from ._serialize import to_dict

    sys.stdout.write(json.dumps(to_dict(value), indent=indent, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _emit(result: Any, limit: int | None) -> None:
    from ._blocking import ByteStream, EventStream, Paginator

    if isinstance(result, Paginator):
        for count, item in enumerate(result, start=1):
            _write_json(item)
            if limit is not None and count >= limit:
                break
    elif isinstance(result, EventStream | ByteStream):
        with result as opened:
            for part in opened:
                if isinstance(part, bytes):
                    sys.stdout.buffer.write(part)
                else:
                    _write_json(part)
        sys.stdout.flush()
    elif isinstance(result, bytes):
        sys.stdout.buffer.write(result)
        sys.stdout.flush()
    elif result is not None:
        _write_json(result, indent=2)


# ------------------------------------------------------------------------- commands


def _parser(prog: str, description: str, epilog: str | None = None) -> argparse.ArgumentParser:
    return argparse.ArgumentParser(
        prog=prog,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        conflict_handler="resolve",
    )


def _fail(parser: argparse.ArgumentParser, message: str) -> NoReturn:
    parser.print_usage(sys.stderr)
    raise CommandError(message)


def _client(args: argparse.Namespace) -> ChatBotKit:
    from ._sync_client import ChatBotKit

    client = ChatBotKit(base_url=args.base_url)
    return client.as_user(args.as_user) if args.as_user else client


def run_operation(args: argparse.Namespace, node: Node, words: list[str]) -> int:
    """``<resource>... <action> [ID...] [--field value ...]``: call it, print the result."""
    prog = " ".join([PROG, *map(_word, node.path)])
    while True:
        if not words or words[0] in ("-h", "--help"):
            listing = _parser(prog, node.listing() or "(nothing here)")
            listing.add_argument("command", help="a resource or action listed above")
            if words:
                listing.print_help()
                return OK
            _fail(listing, f"choose a resource or an action (see: {prog} --help)")
        child, action = node.lookup(words[0])
        if child is not None:
            node, words = child, words[1:]
            prog = f"{prog} {_word(child.path[-1])}"
            continue
        if action is None:
            listing = _parser(prog, node.listing())
            _fail(listing, f"unknown command {words[0]!r} (see: {prog} --help)")
        return _call(args, node, action, words[1:], f"{prog} {_word(action)}")


def _call(args: argparse.Namespace, node: Node, attribute: str, words: list[str], prog: str) -> int:
    target = Action(node.path, attribute)
    ops = node.actions[attribute]
    description = "\n".join(f"{method} {url} ({op_id})" for op_id, method, url in ops)
    parser = _parser(prog, description, _EPILOG)
    forms = [form for form in target.forms if form != target.default]
    if forms:
        group = parser.add_mutually_exclusive_group()
        for form in forms:
            group.add_argument(
                f"--{_word(form)}",
                dest="form",
                action="store_const",
                const=form,
                help=f"call its .{form}() form instead",
            )
    ids, fields = target.parameters(target.default)
    every = dict(fields)  # the options of every form, e.g. --auto-continue of .stream()
    for other in forms:
        every.update({k: v for k, v in target.parameters(other)[1].items() if k not in every})
    for param in ids:
        optional = param.default is not inspect.Parameter.empty
        parser.add_argument(
            param.name,
            metavar=param.name.upper(),
            nargs="?" if optional else None,
            help="optional: without it, the collection operation" if optional else None,
        )
    if target.is_list():
        parser.add_argument("--limit", type=int, help="print at most this many items")
    parser.add_argument(
        "--json", metavar="BODY", help="fields as one JSON object (wire names, e.g. botId)"
    )
    for name, param in every.items():  # a field named like an option above wins
        kind = " | ".join(sorted(_members(param.annotation)))
        parser.add_argument(
            f"--{_word(name)}",
            dest=f"field_{name}",
            metavar="VALUE",
            help=f"{kind}{' (required)' if _required(param) and len(ops) == 1 else ''}"
            + ("" if name in fields else f" (with --{' or --'.join(map(_word, forms))})"),
        )
    parsed, unknown = parser.parse_known_args(words)
    form = getattr(parsed, "form", None) or target.default
    ids, fields = target.parameters(form)
    for name in every.keys() - fields.keys():
        if getattr(parsed, f"field_{name}") is not None:
            _fail(parser, f"--{_word(name)} needs --{' or --'.join(map(_word, forms))}")
    kwargs = _kwargs(parser, parsed, unknown, fields)
    positional = [getattr(parsed, p.name) for p in ids if getattr(parsed, p.name, None)]
    missing = [n for n, p in fields.items() if _required(p) and n not in kwargs]
    if missing and len(target.signatures[form]) == 1:
        _fail(parser, "missing " + ", ".join(f"--{_word(n)}" for n in missing))
    with _client(args) as client:
        try:
            result = target.target(client, form)(*positional, **kwargs)
        except TypeError as exc:  # arguments that fit no overload of the operation
            _fail(parser, str(exc))
        _emit(result, getattr(parsed, "limit", None))
    return OK


def _kwargs(
    parser: argparse.ArgumentParser,
    parsed: argparse.Namespace,
    unknown: list[str],
    fields: Mapping[str, inspect.Parameter],
) -> dict[str, Any]:
    """Fields from ``--json``, then ``--field value`` options (named fields win)."""
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    text = getattr(parsed, "json", None)
    if text is not None:
        try:
            body = json.loads(text)
        except (ValueError, RecursionError) as exc:  # RecursionError: nested too deep
            _fail(parser, f"--json: not valid JSON ({exc})")
        if not isinstance(body, dict):
            _fail(parser, "--json: expected a JSON object")
        for key, value in body.items():
            name = _snake(key)
            name = name if name in fields else f"{name}_"
            if name in fields:
                kwargs[name] = value
            else:
                extra[key] = value
    for name, param in fields.items():
        value = getattr(parsed, f"field_{name}")
        if value is not None:
            kwargs[name] = convert(param, value)
    # options of another overload (Python 3.10 has no overload list): passed through
    pending = list(unknown)
    while pending:
        option = pending.pop(0)
        if not option.startswith("--") or not pending:
            _fail(parser, f"unrecognized arguments: {' '.join(unknown)}")
        kwargs[option[2:].replace("-", "_")] = convert(None, pending.pop(0))
    if extra:
        kwargs["extra_body"] = extra
    return kwargs


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


def run_emulator(words: list[str]) -> int:
    """``chatbotkit emulator [--port N] [--fault ...]``: serve the emulator on loopback."""
    try:
        from .emulator.__main__ import main as emulator_main
    except ImportError as exc:
        raise CommandError(
            f"the emulator needs its extra ({exc.name} is missing):"
            " pip install 'chatbotkit-async[emulator]'"
        ) from None
    return emulator_main(words)


def run_chat(args: argparse.Namespace, words: list[str]) -> int:
    """``chatbotkit chat [--bot ID | --conversation ID]``: an interactive terminal chat."""
    from ._chat import chat

    parser = _parser(
        f"{PROG} chat",
        "Chat in the terminal: each line you type is sent, the reply streams back as it is"
        " written. Ctrl+C stops a reply; Ctrl+D (or Ctrl+C at the prompt) quits.",
        _EPILOG,
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--bot", metavar="ID", help="start a new conversation with this bot")
    which.add_argument("--conversation", metavar="ID", help="continue this conversation")
    parser.add_argument("--model", help="the model of a new conversation without a bot")
    parsed = parser.parse_args(words)
    with _client(args) as client:
        return chat(client, bot=parsed.bot, conversation=parsed.conversation, model=parsed.model)


def main(argv: Sequence[str] | None = None) -> int:
    """The ``chatbotkit`` console script (and ``python -m chatbotkit``)."""
    words = list(sys.argv[1:] if argv is None else argv)
    tree = Node.tree()
    parser = _parser(
        PROG,
        "The ChatBotKit API from the command line.\n\n"
        "commands:\n  chat                     interactive chat\n"
        "  emulator                 serve the local emulator\n" + tree.listing(),
        _EPILOG,
    )
    parser.add_argument("--as-user", metavar="ID", help="run as this sub-account (partners)")
    parser.add_argument(
        "--base-url", default=os.environ.get("CHATBOTKIT_API_BASE_URL"), help=argparse.SUPPRESS
    )
    parser.add_argument("command", nargs="?", help="a command, resource or action listed above")
    parser.add_argument("words", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    from ._exceptions import APIError, ChatBotKitError, ConfigurationError, StreamError

    try:
        args = parser.parse_args(words)
        if args.command is None:
            _fail(parser, f"choose a command (see: {PROG} --help)")
        if args.command == "emulator":
            return run_emulator(args.words)
        if args.command == "chat":
            return run_chat(args, args.words)
        return run_operation(args, tree, [args.command, *args.words])
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else USAGE
    except (CommandError, ConfigurationError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return USAGE
    except (APIError, StreamError) as exc:
        print(f"{PROG}: {_describe(exc)}", file=sys.stderr)
        return API_ERROR
    except ChatBotKitError as exc:
        print(f"{PROG}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return API_ERROR
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:  # `chatbotkit bot list | head`: the reader left
        _silence_stdout()
        return OK


def _describe(exc: BaseException) -> str:
    """``NOT_FOUND: message (NotFoundError)``: the typed error's code and message."""
    code = getattr(exc, "code", None)
    message = getattr(exc, "message", None) or str(exc)
    return f"{code + ': ' if code else ''}{message} ({type(exc).__name__})"


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
