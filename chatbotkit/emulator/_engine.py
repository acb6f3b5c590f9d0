"""The generic action engine: one implementation of the API's grammar for all routes.

``create/fetch/update/delete/list/export`` work on any collection the spec names,
nested ones included; other actions validate ids and answer with a value shaped by
the operation's 200 schema. A few actions carry real behaviour (completions,
sessions and tokens, task runs, attach/detach, clone, ensure).
"""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import anyio
import attrs

from . import _model
from ._spec import Route, Spec
from ._store import AccountStore, Pending, Record, TokenGrant, World, new_token, now_ms
from ._tasks import TaskRunner
from ._validate import conform, fill

if TYPE_CHECKING:
    from ._config import EmulatorConfig

Event = dict[str, Any]
_META = re.compile(r"^meta(?:\[([^\]]+)\]|\.(.+))$")
"""A meta filter in either form: ``meta[key]=value`` (the docs) or ``meta.key=value`` (the
vendor's clients)."""
_PAGING = frozenset({"cursor", "take", "order"})
_SESSION_SECONDS = 3600


class ApiError(Exception):
    """An API error answer: status, machine code and message (plus extra headers)."""

    def __init__(
        self, status: int, code: str, message: str, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})


def bad_request(message: str) -> ApiError:
    return ApiError(400, "BAD_REQUEST", message)


def not_found(message: str) -> ApiError:
    return ApiError(404, "NOT_FOUND", message)


@attrs.define
class Json:
    """A JSON answer."""

    body: Any
    status: int = 200


@attrs.define
class Stream:
    """A JSONL answer: an async iterator of event objects, one per line."""

    events: AsyncIterator[Event]


@attrs.define
class Raw:
    """A non-JSON answer (downloads, markdown manuals, redirects, 204)."""

    content: bytes
    media_type: str
    status: int = 200
    headers: dict[str, str] = attrs.field(factory=dict)


Result = Json | Stream | Raw


@attrs.define
class Call:
    """One authorised, validated request as the engine sees it."""

    route: Route
    params: dict[str, str]
    query: Sequence[tuple[str, str]]
    body: dict[str, Any]
    store: AccountStore
    grant: TokenGrant
    stream: bool
    origin: str = ""
    """``scheme://host[:port]`` the request came to (for the emulator's own URLs)."""
    content: bytes | None = None
    """A one-step upload's bytes (a raw body, or a multipart body's file part)."""
    content_type: str | None = None
    """The media type of ``content``."""
    download_form: str | None = None
    """``X-Emulator-Download``: how a download answers (see ``_files``)."""


@attrs.define
class _Reply:
    message_id: str
    tokens: list[str]
    reason: str
    input_tokens: int


async def _once(events: list[Event]) -> AsyncIterator[Event]:
    for event in events:
        yield event


class Engine:
    """Executes calls against the world, shaped by the spec's schemas."""

    def __init__(self, spec: Spec, world: World, config: EmulatorConfig, tasks: TaskRunner) -> None:
        self.spec = spec
        self.world = world
        self.config = config
        self.tasks = tasks
        self.real = {
            r.collection for r in spec.routes if r.action == "create" and r.id_param is None
        }
        self.real.add("task.execution")
        self.real -= {"bot.session", "conversation.session", "partner.user.session"}

    # ------------------------------------------------------------------ helpers

    def related(self, collection: str) -> str | None:
        """The top-level collection a nested, create-less collection refers to."""
        if collection in self.real or "." not in collection:
            return None
        last = collection.rsplit(".", 1)[1]
        return last if last in self.real else None

    def lookup(
        self, store: AccountStore, collection: str, parents: tuple[str, ...], record_id: str
    ) -> Record | None:
        """A record by id in its own bucket, else in the related top-level collection."""
        record = store.get(collection, parents, record_id)
        if record is not None:
            related = self.related(collection)
            if related is not None:
                target = store.get(related, (), record_id)
                if target is not None:
                    return {**target, **record}
            return record
        related = self.related(collection)
        if related is not None:
            return store.get(related, (), record_id)
        return None

    def _parents(self, call: Call) -> tuple[str, ...]:
        """Resolve the route's parent chain (404 on an unknown id)."""
        ids: list[str] = []
        for collection, param in call.route.parents:
            value = call.params[param]
            if self.lookup(call.store, collection, tuple(ids), value) is None:
                raise not_found(f"{collection} {value!r} not found")
            ids.append(value)
        return tuple(ids)

    def _target(self, call: Call, parents: tuple[str, ...]) -> Record:
        assert call.route.id_param is not None
        record_id = call.params[call.route.id_param]
        record = self.lookup(call.store, call.route.collection, parents, record_id)
        if record is None:
            raise not_found(f"{call.route.collection} {record_id!r} not found")
        return record

    def _new_record(self, body: Mapping[str, Any]) -> Record:
        ms = now_ms()
        record = {k: v for k, v in body.items() if k not in ("id", "createdAt", "updatedAt")}
        record.update(id=self.world.ids(), createdAt=ms, updatedAt=ms)
        return record

    def _respond(self, route: Route, context: Mapping[str, Any]) -> Json:
        if route.response_schema is None:
            return Json({"id": context["id"]} if "id" in context else {})
        return Json(fill(route.response_schema, context))

    def item_schema(self, route: Route) -> Mapping[str, Any] | None:
        schema = route.response_schema
        if route.is_list and schema is not None:
            items = (schema.get("properties") or {}).get("items")
            if isinstance(items, Mapping):
                sub = items.get("items")
                return sub if isinstance(sub, Mapping) else None
            return None
        return schema

    # ------------------------------------------------------------------ dispatch

    async def handle(self, call: Call) -> Result:
        route = call.route
        if route.collection.startswith("task") or route.collection == "contact.task":
            self.tasks.settle(call.store)
        key = f"{route.collection}:{route.action}"
        if route.id_param is None and not route.parents and key + ":stateless" in _SPECIAL:
            key += ":stateless"
        special = _SPECIAL.get(key)
        if special is not None:
            return await special(self, call)
        if route.is_list:
            return self.list(call)
        if route.action == "create" and route.id_param is None:
            return self.create(call)
        if route.action == "fetch":
            return self.fetch(call)
        if route.action == "update" and route.id_param:
            return self.update(call)
        if route.action == "delete" and route.id_param:
            return self.delete(call)
        if route.action in ("attach", "detach") and route.id_param:
            return self.link(call)
        if route.action == "clone" and route.id_param:
            return self.clone(call)
        return self.generic(call)

    # ------------------------------------------------------------------ CRUD

    def create(self, call: Call) -> Json:
        parents = self._parents(call)
        record = self._new_record(call.body)
        call.store.put(call.route.collection, parents, record)
        return self._respond(call.route, {**record})

    def fetch(self, call: Call) -> Result:
        parents = self._parents(call)
        if call.route.id_param is None:
            context: dict[str, Any] = {"id": parents[-1]} if parents else {}
            return (
                Json(fill(call.route.response_schema, context))
                if call.route.response_schema
                else Json(context)
            )
        record = self._target(call, parents)
        return Json(conform(record, call.route.response_schema))

    def update(self, call: Call) -> Json:
        parents = self._parents(call)
        self._target(call, parents)
        assert call.route.id_param is not None
        record_id = call.params[call.route.id_param]
        record = call.store.get(call.route.collection, parents, record_id)
        if record is None:  # a related record addressed through a nested path
            related = self.related(call.route.collection)
            record = call.store.get(related, (), record_id) if related else None
        assert record is not None
        with call.store.lock:
            record.update(
                {k: v for k, v in call.body.items() if k not in ("id", "createdAt", "updatedAt")}
            )
            record["updatedAt"] = max(now_ms(), int(record.get("createdAt", 0)))
        return self._respond(call.route, {**record, "id": record_id})

    def delete(self, call: Call) -> Json:
        parents = self._parents(call)
        record = self._target(call, parents)
        record_id = str(record["id"])
        if call.store.delete(call.route.collection, parents, record_id) is None:
            related = self.related(call.route.collection)
            if related:
                call.store.delete(related, (), record_id)
        if call.route.collection == "partner.user":
            self.world.drop_account(record_id)
        elif call.route.collection == "partner.user.token":
            self.world.revoke(record_id)
        return self._respond(call.route, {"id": record_id})

    def link(self, call: Call) -> Json:
        """attach/detach a top-level record (a file) to a parent (a dataset, a widget)."""
        parents = self._parents(call)
        self._target(call, parents)
        assert call.route.id_param is not None
        record_id = call.params[call.route.id_param]
        existing = call.store.get(call.route.collection, parents, record_id)
        if call.route.action == "attach":
            ms = now_ms()
            link = {**call.body, "id": record_id, "createdAt": ms, "updatedAt": ms}
            if existing is not None:
                link["createdAt"] = existing["createdAt"]
            call.store.put(call.route.collection, parents, link)
        elif existing is None:
            raise not_found(f"{call.route.collection} {record_id!r} is not attached")
        else:
            call.store.delete(call.route.collection, parents, record_id)
        return self._respond(call.route, {"id": record_id})

    def clone(self, call: Call) -> Json:
        parents = self._parents(call)
        source = self._target(call, parents)
        copy = self._new_record({**source, **call.body})
        call.store.put(call.route.collection, parents, copy)
        return self._respond(call.route, copy)

    def generic(self, call: Call) -> Result:
        """Any other action: check ids, answer with the 200 schema filled from context."""
        parents = self._parents(call)
        context: dict[str, Any] = {}
        if call.route.id_param is not None:
            context.update(self._target(call, parents))
        elif parents:
            context["id"] = parents[-1]
        context.update(call.body)
        if call.route.id_param is not None:
            context["id"] = call.params[call.route.id_param]
        for param in call.route.extra_params:
            context.setdefault(param, call.params[param])
        if "id" not in context:
            context["id"] = self.world.ids()
        if call.route.response_schema is None and call.route.response_types:
            media = call.route.response_types[0]
            if media not in ("application/json", "application/jsonl"):
                return Raw(b"", "application/octet-stream" if "*" in media else media)
        if call.route.response_schema is None and call.route.stream_schema is not None:
            return Stream(_once([]))  # subscriptions with nothing to report
        result = self._respond(call.route, context)
        if call.stream and call.route.streams:
            return Stream(_once([{"type": "result", "data": result.body}]))
        return result

    # ------------------------------------------------------------------ lists

    def _int_param(self, name: str, raw: str) -> int:
        try:
            return int(raw)
        except ValueError:
            raise bad_request(f"{name}: expected integer") from None

    def list_records(self, call: Call) -> list[Record]:
        """The ordered, cursor-sliced, filtered records of a list/export call."""
        route = call.route
        parents = self._parents(call)
        store = call.store
        records: dict[str, Record] = {
            r["id"]: r for r in store.bucket(route.collection, parents).values()
        }
        related = self.related(route.collection)
        if related is not None and parents:
            key = route.parents[-1][0].rsplit(".", 1)[-1] + "Id"
            for target in store.bucket(related, ()).values():
                if target.get(key) == parents[-1] or target["id"] in records:
                    records[target["id"]] = {**target, **records.get(target["id"], {})}
        ordered = sorted(records.values(), key=lambda r: (r.get("createdAt", 0), str(r["id"])))
        order = "desc"
        cursor: str | None = None
        filters: list[tuple[str, str, str]] = []
        for name, value in call.query:
            if name == "order":
                if value not in ("asc", "desc"):
                    raise bad_request("order: expected one of asc, desc")
                order = value
            elif name == "cursor":
                cursor = value or None
            elif (m := _META.match(name)) is not None:
                filters.append(("meta", m.group(1) or m.group(2), value))
            elif name in route.query and name not in _PAGING and name != "meta":
                filters.append(("field", name, value))
        if order == "desc":
            ordered.reverse()
        if cursor is not None:
            position = next((i for i, r in enumerate(ordered) if r["id"] == cursor), None)
            if position is None:
                raise bad_request(f"cursor: unknown cursor {cursor!r}")
            ordered = ordered[position + 1 :]
        for kind, name, value in filters:
            if kind == "meta":
                ordered = [r for r in ordered if _matches(_meta_of(r).get(name, _MISSING), value)]
            else:
                ordered = [r for r in ordered if _matches(r.get(name, _MISSING), value)]
        return ordered

    def list(self, call: Call) -> Result:
        route = call.route
        schema = route.response_schema
        props = (schema or {}).get("properties") or {}
        if "items" not in props and not (call.stream and route.streams):
            return self.generic(call)
        take = self.config.default_take
        for name, value in call.query:
            if name == "take":
                take = self._int_param("take", value)
                if take < 1:
                    raise bad_request("take: must be >= 1")
        take = min(take, self.config.max_take)
        records = self.list_records(call)
        item_schema = self.item_schema(route)
        if call.stream and route.streams:
            snapshot = [conform(r, item_schema) for r in records]
            return Stream(_once([{"type": "item", "data": item} for item in snapshot]))
        page = [conform(r, item_schema) for r in records[:take]]
        return Json({"items": page, "cursor": page[-1]["id"] if page else ""})

    # ------------------------------------------------------------------ specials

    async def contact_ensure(self, call: Call) -> Result:
        for record in call.store.bucket("contact", ()).values():
            for key in ("fingerprint", "email", "phone"):
                if call.body.get(key) is not None and record.get(key) == call.body[key]:
                    return self._respond(call.route, record)
        record = self._new_record(call.body)
        call.store.put("contact", (), record)
        return self._respond(call.route, record)

    async def conversation_create(self, call: Call) -> Result:
        body = dict(call.body)
        messages = body.pop("messages", None) or []
        record = self._new_record(body)
        call.store.put("conversation", (), record)
        for message in messages:
            call.store.put("conversation.message", (record["id"],), self._new_record(message))
        return self._respond(call.route, {**record, "messages": messages})

    async def partner_user_create(self, call: Call) -> Result:
        result = self.create(call)
        self.world.add_account(str(result.body["id"]))
        return result

    async def partner_token_create(self, call: Call) -> Result:
        (user_id,) = self._parents(call)
        record = self._new_record(call.body)
        call.store.put("partner.user.token", (user_id,), record)
        token = self.world.mint(
            TokenGrant(
                token=new_token(), account_id=user_id, token_id=record["id"], kind="partner-user"
            )
        )
        return self._respond(call.route, {**record, "token": token.token})

    def _expiry(self, body: Mapping[str, Any]) -> int:
        seconds = body.get("durationInSeconds")
        duration = (
            float(seconds) if isinstance(seconds, int | float) and seconds > 0 else _SESSION_SECONDS
        )
        return now_ms() + int(duration * 1000)

    async def partner_session_create(self, call: Call) -> Result:
        (user_id,) = self._parents(call)
        config = call.body.get("config") or {}
        routes = config.get("allowedRoutes") if isinstance(config, dict) else None
        grant = self.world.mint(
            TokenGrant(
                token=new_token(),
                account_id=user_id,
                allowed_routes=tuple(routes) if routes else None,
                expires_at=self._expiry(call.body),
                token_id=self.world.ids(),
                kind="partner-session",
            )
        )
        return self._respond(
            call.route, {"id": grant.token_id, "token": grant.token, "expiresAt": grant.expires_at}
        )

    async def conversation_session_create(self, call: Call) -> Result:
        (conversation_id,) = self._parents(call)
        grant = self.world.mint(
            TokenGrant(
                token=new_token(),
                account_id=call.store.account_id,
                scope=frozenset({conversation_id}),
                expires_at=self._expiry(call.body),
                token_id=self.world.ids(),
                kind="session",
            )
        )
        return self._respond(
            call.route, {"id": grant.token_id, "token": grant.token, "expiresAt": grant.expires_at}
        )

    async def bot_session_create(self, call: Call) -> Result:
        (bot_id,) = self._parents(call)
        body = {k: v for k, v in call.body.items() if k != "durationInSeconds"}
        messages = body.pop("messages", None) or []
        conversation = self._new_record({**body, "botId": bot_id})
        call.store.put("conversation", (), conversation)
        for message in messages:
            call.store.put("conversation.message", (conversation["id"],), self._new_record(message))
        grant = self.world.mint(
            TokenGrant(
                token=new_token(),
                account_id=call.store.account_id,
                scope=frozenset({bot_id, str(conversation["id"])}),
                expires_at=self._expiry(call.body),
                token_id=self.world.ids(),
                kind="session",
            )
        )
        return self._respond(
            call.route,
            {
                "id": grant.token_id,
                "conversationId": conversation["id"],
                "token": grant.token,
                "expiresAt": grant.expires_at,
                "messages": messages,
            },
        )

    # -- tasks

    async def task_trigger(self, call: Call) -> Result:
        task = self._target(call, ())
        record = call.store.get("task", (), str(task["id"]))
        assert record is not None
        if self.tasks.active(call.store.account_id, str(task["id"])) is not None:
            raise ApiError(409, "CONFLICT", f"task {task['id']!r} is already running")
        run = self.tasks.trigger(call.store, record, self.world.ids())
        return self._respond(call.route, {"id": run.task_id, "executionId": run.execution_id})

    async def task_cancel(self, call: Call) -> Result:
        parents = self._parents(call)
        target = self._target(call, parents)
        if call.route.collection == "task.execution":
            self.tasks.cancel(call.store, parents[0], str(target["id"]))
        else:
            self.tasks.cancel(call.store, str(target["id"]))
        return self._respond(call.route, {"id": target["id"]})

    async def task_subscribe(self, call: Call) -> Result:
        task = self._target(call, ())
        history = call.body.get("historyLength")
        events = self.tasks.subscribe(
            call.store,
            str(task["id"]),
            history if isinstance(history, int) else None,
            wait=self.config.subscribe_timeout,
        )
        return Stream(events)

    # -- channels (free-form ids: publishing creates the channel)

    async def channel_publish(self, call: Call) -> Result:
        assert call.route.id_param is not None
        channel = call.params[call.route.id_param]
        record = self._new_record({"message": call.body.get("message") or {}})
        call.store.put("channel.message", (channel,), record)
        return self._respond(call.route, record)

    async def channel_subscribe(self, call: Call) -> Result:
        assert call.route.id_param is not None
        channel = call.params[call.route.id_param]
        history = call.body.get("historyLength")
        return Stream(
            self._channel_events(call.store, channel, history if isinstance(history, int) else 0)
        )

    async def _channel_events(
        self, store: AccountStore, channel: str, history: int
    ) -> AsyncIterator[Event]:
        """Past messages (the last ``history``), then new ones until the channel idles."""
        seen = list(store.bucket("channel.message", (channel,)))
        for record_id in seen[-history:] if history > 0 else []:
            yield {
                "type": "message",
                "data": store.bucket("channel.message", (channel,))[record_id]["message"],
            }
        done = set(seen)
        idle_until = time.monotonic() + self.config.subscribe_timeout
        while time.monotonic() < idle_until:
            fresh = [
                r
                for r in store.bucket("channel.message", (channel,)).values()
                if r["id"] not in done
            ]
            for record in fresh:
                done.add(record["id"])
                yield {"type": "message", "data": record["message"]}
            if fresh:
                idle_until = time.monotonic() + self.config.subscribe_timeout
            await anyio.sleep(0.01)

    # -- completions

    def _budget(self, call: Call, conversation: Mapping[str, Any] | None) -> int | None:
        """Tokens allowed in one call: the smallest configured/requested limit."""
        candidates: list[object] = [
            self.config.max_tokens_per_reply,
            call.body.get("maxTokens"),
            _model.budget_from_model(call.body.get("model")),
        ]
        if conversation is not None:
            candidates.append(_model.budget_from_model(conversation.get("model")))
            bot_id = conversation.get("botId")
            bot = call.store.get("bot", (), bot_id) if isinstance(bot_id, str) else None
            if bot is not None:
                candidates.append(_model.budget_from_model(bot.get("model")))
        budgets = [
            c for c in candidates if isinstance(c, int) and not isinstance(c, bool) and c > 0
        ]
        if not budgets:
            return None
        limits = call.body.get("limits")
        continuations = limits.get("continuations") if isinstance(limits, dict) else None
        extra = continuations if isinstance(continuations, int) and continuations > 0 else 0
        return min(budgets) * (1 + extra)

    def _add_message(
        self, store: AccountStore, conversation_id: str, kind: str, text: str
    ) -> Record:
        record = self._new_record({"type": kind, "text": text})
        store.put("conversation.message", (conversation_id,), record)
        return record

    def _reply(self, call: Call, conversation: Record, text: str | None) -> _Reply:
        """Produce (or continue) the bot reply in a conversation and store it."""
        store = call.store
        conversation_id = str(conversation["id"])
        with store.lock:
            pending = store.pending.pop(conversation_id, None)
            message: Record | None = None
            if text is not None:
                self._add_message(store, conversation_id, "user", text)
                remaining, prompt = _model.reply_tokens(text), text
            elif pending is not None:
                remaining, prompt = pending.remaining, ""
                message = store.get("conversation.message", (conversation_id,), pending.message_id)
            else:
                history = list(store.bucket("conversation.message", (conversation_id,)).values())
                last = history[-1] if history else None
                if last is None or last.get("type") != "user":
                    last_id = str(last["id"]) if last is not None else self.world.ids()
                    return _Reply(last_id, [], "stop", 0)
                prompt = str(last.get("text", ""))
                remaining = _model.reply_tokens(prompt)
            if message is None:
                message = self._add_message(store, conversation_id, "bot", "")
            budget = self._budget(call, conversation)
            emitted = remaining if budget is None else remaining[:budget]
            rest = remaining[len(emitted) :]
            message["text"] = str(message.get("text", "")) + "".join(emitted)
            message["updatedAt"] = max(now_ms(), int(message["createdAt"]))
            if rest:
                store.pending[conversation_id] = Pending(str(message["id"]), rest)
            return _Reply(
                str(message["id"]),
                emitted,
                "length" if rest else "stop",
                _model.count_tokens(prompt),
            )

    def _stateless_reply(self, call: Call) -> _Reply:
        messages = call.body.get("messages") or []
        prompt = ""
        for message in reversed(messages):
            if isinstance(message, dict) and message.get("type") == "user":
                prompt = str(message.get("text", ""))
                break
        remaining = _model.reply_tokens(prompt)
        bot_id = call.body.get("botId")
        bot = call.store.get("bot", (), bot_id) if isinstance(bot_id, str) else None
        budget = self._budget(call, {"model": bot.get("model")} if bot else None)
        emitted = remaining if budget is None else remaining[:budget]
        reason = "length" if len(emitted) < len(remaining) else "stop"
        return _Reply(self.world.ids(), emitted, reason, _model.count_tokens(prompt))

    def _completion(self, call: Call, reply: _Reply, with_end: bool = True) -> Result:
        text = "".join(reply.tokens)
        usage = reply.input_tokens + len(reply.tokens)
        result: dict[str, Any] = {"id": reply.message_id, "text": text, "usage": {"token": usage}}
        if with_end:
            result["end"] = {"reason": reply.reason}
        if not (call.stream and call.route.streams):
            return Json(result)
        return Stream(self._completion_events(reply, result))

    async def _completion_events(
        self, reply: _Reply, result: dict[str, Any]
    ) -> AsyncIterator[Event]:
        extra = self.config.extra_events
        delay = self.config.token_delay
        if extra:
            yield {"type": "completeBegin", "data": {}}
        for token in reply.tokens:
            if delay > 0:
                await anyio.sleep(delay)
            yield {"type": "token", "data": {"token": token}}
        if extra:
            yield {
                "type": "usage",
                "data": {
                    "model": _model.MODEL_NAME,
                    "inputTokensUsed": reply.input_tokens,
                    "outputTokensUsed": len(reply.tokens),
                },
            }
        yield {"type": "message", "data": {"type": "bot", "text": result["text"], "meta": {}}}
        if extra:
            yield {"type": "completeEnd", "data": {}}
        yield {"type": "result", "data": result}

    async def conversation_complete(self, call: Call) -> Result:
        conversation = self._target(call, ())
        if call.body.get("functions"):
            return await self._function_completion(call, conversation)
        text = call.body.get("text")
        return self._completion(
            call, self._reply(call, conversation, text if isinstance(text, str) else None)
        )

    async def conversation_receive(self, call: Call) -> Result:
        conversation = self._target(call, ())
        return self._completion(call, self._reply(call, conversation, None), with_end=False)

    async def conversation_send(self, call: Call) -> Result:
        conversation = self._target(call, ())
        text = str(call.body.get("text", ""))
        with call.store.lock:
            call.store.pending.pop(str(conversation["id"]), None)
            message = self._add_message(call.store, str(conversation["id"]), "user", text)
        result = {"id": message["id"], "entities": call.body.get("entities") or []}
        if not (call.stream and call.route.streams):
            return Json(result)
        return Stream(
            _once(
                [
                    {"type": "message", "data": {"type": "user", "text": text, "meta": {}}},
                    {"type": "result", "data": result},
                ]
            )
        )

    async def stateless_complete(self, call: Call) -> Result:
        bot_id = call.body.get("botId")
        if isinstance(bot_id, str) and call.store.get("bot", (), bot_id) is None:
            raise not_found(f"bot {bot_id!r} not found")
        if call.body.get("functions"):
            return await self._function_completion(call, None)
        return self._completion(call, self._stateless_reply(call))

    async def _function_completion(self, call: Call, conversation: Record | None) -> Result:
        """A completion that may call the request's functions (see ``_functions``)."""
        from . import _functions

        if conversation is None:
            messages = [m for m in call.body.get("messages") or [] if isinstance(m, dict)]
            events = _functions.events(self, call, messages, lambda m: None)
        else:
            history, keep = _functions.stored(self, call, conversation)
            events = _functions.events(self, call, history, keep)
        if call.stream and call.route.streams:
            return Stream(events)
        result: Any = None
        async for event in events:
            if event["type"] == "error":
                raise ApiError(500, "INTERNAL_SERVER_ERROR", event["data"]["message"])
            if event["type"] == "result":
                result = event["data"]
        return Json(result)


_MISSING = object()


def _meta_of(record: Mapping[str, Any]) -> Mapping[str, Any]:
    meta = record.get("meta")
    return meta if isinstance(meta, Mapping) else {}


def _matches(value: object, wanted: str) -> bool:
    """Query-string equality: ``true``/``false``/``null`` and numbers by their text."""
    if value is _MISSING:
        return False
    if isinstance(value, bool):
        return wanted == ("true" if value else "false")
    if value is None:
        return wanted == "null"
    return str(value) == wanted


_Handler = Callable[[Engine, Call], Awaitable[Result]]

_SPECIAL: dict[str, _Handler] = {
    "contact:ensure": Engine.contact_ensure,
    "conversation:create": Engine.conversation_create,
    "partner.user:create": Engine.partner_user_create,
    "partner.user.token:create": Engine.partner_token_create,
    "partner.user.session:create": Engine.partner_session_create,
    "conversation.session:create": Engine.conversation_session_create,
    "bot.session:create": Engine.bot_session_create,
    "task:trigger": Engine.task_trigger,
    "task:cancel": Engine.task_cancel,
    "task.execution:cancel": Engine.task_cancel,
    "task:subscribe": Engine.task_subscribe,
    "channel:publish": Engine.channel_publish,
    "channel:subscribe": Engine.channel_subscribe,
    "conversation:complete": Engine.conversation_complete,
    "conversation:complete:stateless": Engine.stateless_complete,
    "conversation:receive": Engine.conversation_receive,
    "conversation:send": Engine.conversation_send,
}

from . import _files  # noqa: E402 (it builds on the types above; read at call time)

_SPECIAL.update(
    {
        "file:upload": lambda engine, call: _files.upload(engine, call),
        "conversation.attachment:upload": lambda engine, call: _files.upload(engine, call),
        "space.storage:upload": lambda engine, call: _files.upload(engine, call),
        "file:download": lambda engine, call: _files.download(engine, call),
        "space.storage:download": lambda engine, call: _files.download(engine, call),
        "dataset:search": lambda engine, call: _files.dataset_search(engine, call),
    }
)
