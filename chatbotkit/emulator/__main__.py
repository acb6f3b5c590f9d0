"""``python -m chatbotkit.emulator``: serve the emulator on a loopback port."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import attrs

from . import Emulator
from ._config import EmulatorConfig
from ._extra import require_extra
from ._faults import FaultError, FaultRule
from ._spec import SpecError


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m chatbotkit.emulator",
        description="A stateful local ChatBotKit API server driven by the OpenAPI spec.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--spec", help="OpenAPI file (default: $CHATBOTKIT_EMULATOR_SPEC, else the packaged spec)"
    )
    parser.add_argument(
        "--token", action="append", help="accepted root API token (repeatable; default: generated)"
    )
    parser.add_argument("--seed", type=int, default=None, help="seed for ids and fault decisions")
    parser.add_argument("--max-tokens-per-reply", type=int, default=None)
    parser.add_argument(
        "--token-delay", type=float, default=None, help="seconds between streamed tokens"
    )
    parser.add_argument("--task-duration", type=float, default=None)
    parser.add_argument("--task-steps", type=int, default=None)
    parser.add_argument(
        "--subscribe-timeout",
        type=float,
        default=None,
        help="seconds a subscription waits for activity",
    )
    parser.add_argument(
        "--function-timeout",
        type=float,
        default=None,
        help="seconds a channel function call waits for its published result",
    )
    parser.add_argument(
        "--extra-events",
        action="store_true",
        default=None,
        help="also stream completeBegin/usage/completeEnd",
    )
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="KIND[:k=v,...]",
        help="inject a fault, e.g. rate_limit:route=createBot,rate=0.5 (repeatable; also $CHATBOTKIT_EMULATOR_FAULTS)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        require_extra()
    except ModuleNotFoundError as exc:
        print(f"python -m chatbotkit.emulator: {exc}", file=sys.stderr)
        return 2
    import uvicorn

    from ._server import uvicorn_config

    config = EmulatorConfig.from_env(
        spec=args.spec,
        tokens=tuple(args.token) if args.token else None,
        seed=args.seed,
        max_tokens_per_reply=args.max_tokens_per_reply,
        token_delay=args.token_delay,
        task_duration=args.task_duration,
        task_steps=args.task_steps,
        subscribe_timeout=args.subscribe_timeout,
        function_timeout=args.function_timeout,
        extra_events=args.extra_events,
    )
    try:
        if args.fault:
            config = attrs.evolve(
                config, faults=(*config.faults, *(FaultRule.parse(f) for f in args.fault))
            )
        emulator = Emulator(config)
    except (SpecError, FaultError) as exc:
        print(f"python -m chatbotkit.emulator: {exc}", file=sys.stderr)
        return 2
    print(f"ChatBotKit emulator: http://{args.host}:{args.port}/v1", flush=True)
    print(f"token: {emulator.token}", flush=True)
    print(f"spec: {emulator.spec.source} ({len(emulator.spec.routes)} operations)", flush=True)
    uvicorn.Server(uvicorn_config(emulator, args.host, args.port, log_level="info")).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
