"""Responses match the operations' 200 schemas (checked with openapi-schema-validator).

A focused sample (fetch/list/create of several resources, completions, tasks, errors)
plus a sweep calling every operation of the spec once with a minimal valid body.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema import ValidationError, validators
from openapi_schema_validator import OAS30Validator, oas30_format_checker

from chatbotkit.emulator import Emulator, Route
from chatbotkit.emulator._validate import fill
from tests._paths import SPEC_FILES as SPECS

JSONL = {"accept": "application/jsonl"}
# Catalog resources the API owns (read-only) or ids no route can create: 404 until seeded.
SEEDED_ONLY = {
    "initiateRecall",
    "generatePlatformReport",
    "generateMagicFromPrompt",
    "fetchPlatformDoc",
    "clonePlatformExample",
    "fetchPlatformExample",
    "fetchPlatformGuide",
    "fetchPlatformManual",
    "fetchPlatformTutorial",
    "cancelTaskExecution",
}


def _any_of(
    validator: Any, alternatives: list[Any], instance: Any, schema: Any
) -> Iterator[ValidationError]:
    if not any(validator.evolve(schema=alt).is_valid(instance) for alt in alternatives):
        yield ValidationError(f"{instance!r} matches none of the oneOf alternatives")


# The published spec's oneOf alternatives overlap (e.g. BotRefOrConfig: any object
# matches both), so no value can satisfy a strict oneOf there; check it as anyOf.
LenientValidator = validators.extend(OAS30Validator, {"oneOf": _any_of})


def problems(data: Any, schema: Mapping[str, Any] | None, strict: bool = True) -> list[str]:
    assert schema is not None
    cls = OAS30Validator if strict else LenientValidator
    validator = cls(schema, format_checker=oas30_format_checker)
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"[:300]
        for e in validator.iter_errors(data)
    ]


# The published spec's ErrorResponse (openapi.yaml leaves error responses out).
ERROR_SCHEMA = {
    "type": "object",
    "properties": {"message": {"type": "string"}, "code": {"type": "string"}},
    "required": ["message", "code"],
}


async def test_response_sample_matches_schemas(client: httpx.AsyncClient, emu: Emulator) -> None:
    strict = emu.spec.source.suffix != ".json"
    op = emu.spec.operation

    async def checked(route: Route, response: httpx.Response) -> Any:
        assert response.status_code == 200, response.text
        body = response.json()
        assert problems(body, route.response_schema, strict) == [], route.operation_id
        return body

    bot = (
        await checked(
            op("createBot"), await client.post("/bot/create", json={"name": "b", "meta": {"a": 1}})
        )
    )["id"]
    await checked(op("fetchBot"), await client.get(f"/bot/{bot}/fetch"))
    await checked(op("listBots"), await client.get("/bot/list"))
    await checked(op("updateBot"), await client.post(f"/bot/{bot}/update", json={"name": "c"}))
    ds = (await checked(op("createDataset"), await client.post("/dataset/create", json={})))["id"]
    await checked(
        op("fetchDataset"), await client.get(f"/dataset/{ds}/fetch")
    )  # fills the required "store"
    rec = (
        await checked(
            op("createDatasetRecord"),
            await client.post(f"/dataset/{ds}/record/create", json={"text": "t"}),
        )
    )["id"]
    await checked(op("fetchDatasetRecord"), await client.get(f"/dataset/{ds}/record/{rec}/fetch"))
    await checked(op("listDatasetRecords"), await client.get(f"/dataset/{ds}/record/list"))
    slack = (
        await checked(
            op("createSlackIntegration"), await client.post("/integration/slack/create", json={})
        )
    )["id"]
    await checked(
        op("fetchSlackIntegration"), await client.get(f"/integration/slack/{slack}/fetch")
    )
    await checked(
        op("setupSlackIntegration"), await client.post(f"/integration/slack/{slack}/setup", json={})
    )
    await checked(op("listSlackIntegrations"), await client.get("/integration/slack/list"))
    contact = (await checked(op("createContact"), await client.post("/contact/create", json={})))[
        "id"
    ]
    await checked(
        op("fetchContact"), await client.get(f"/contact/{contact}/fetch")
    )  # fills "fingerprint"
    conv = (
        await checked(
            op("createConversation"), await client.post("/conversation/create", json={"botId": bot})
        )
    )["id"]
    await checked(op("fetchConversation"), await client.get(f"/conversation/{conv}/fetch"))
    await checked(
        op("completeConversationMessage"),
        await client.post(f"/conversation/{conv}/complete", json={"text": "hi"}),
    )
    await checked(
        op("listConversationMessages"), await client.get(f"/conversation/{conv}/message/list")
    )
    await checked(
        op("createConversationSession"),
        await client.post(f"/conversation/{conv}/session/create", json={}),
    )
    await checked(op("createBotSession"), await client.post(f"/bot/{bot}/session/create", json={}))
    user = (
        await checked(
            op("createPartnerUser"), await client.post("/partner/user/create", json={"name": "u"})
        )
    )["id"]
    await checked(
        op("createPartnerUserToken"),
        await client.post(f"/partner/user/{user}/token/create", json={}),
    )
    await checked(op("listPartnerUserTokens"), await client.get(f"/partner/user/{user}/token/list"))
    await checked(op("fetchPartnerUser"), await client.get(f"/partner/user/{user}/fetch"))
    task = (await checked(op("createTask"), await client.post("/task/create", json={"name": "t"})))[
        "id"
    ]
    await checked(op("triggerTask"), await client.post(f"/task/{task}/trigger", json={}))
    await checked(op("fetchTask"), await client.get(f"/task/{task}/fetch"))
    await checked(op("listTaskExecutions"), await client.get(f"/task/{task}/execution/list"))


async def test_stream_lines_match_schemas(client: httpx.AsyncClient, emu: Emulator) -> None:
    strict = emu.spec.source.suffix != ".json"
    op = emu.spec.operation

    async def lines(route: Route, response: httpx.Response) -> list[dict[str, Any]]:
        assert response.status_code == 200, response.text
        events = [json.loads(line) for line in response.text.splitlines()]
        assert events
        for event in events:
            assert problems(event, route.stream_schema, strict) == [], (route.operation_id, event)
        return events

    await client.post("/bot/create", json={"name": "x"})
    await lines(op("listBots"), await client.get("/bot/list", headers=JSONL))
    conv = (await client.post("/conversation/create", json={})).json()["id"]
    await lines(
        op("completeConversationMessage"),
        await client.post(f"/conversation/{conv}/complete", json={"text": "a"}, headers=JSONL),
    )
    await lines(
        op("receiveConversationMessage"),
        await client.post(f"/conversation/{conv}/receive", json={}, headers=JSONL),
    )
    await lines(
        op("sendConversationMessage"),
        await client.post(f"/conversation/{conv}/send", json={"text": "b"}, headers=JSONL),
    )
    await lines(
        op("completeConversation"),
        await client.post(
            "/conversation/complete",
            json={"messages": [{"type": "user", "text": "c"}]},
            headers=JSONL,
        ),
    )
    await lines(
        op("listConversationMessages"),
        await client.get(f"/conversation/{conv}/message/list", headers=JSONL),
    )
    task = (await client.post("/task/create", json={})).json()["id"]
    await client.post(f"/task/{task}/trigger", json={})
    await lines(
        op("subscribeTaskWorkflowEvents"),
        await client.post(f"/task/{task}/subscribe", json={}, headers=JSONL),
    )
    await client.post("/channel/ch1/publish", json={"message": {"hello": "world"}})
    await lines(
        op("subscribeChannelMessages"),
        await client.post("/channel/ch1/subscribe", json={"historyLength": 5}, headers=JSONL),
    )


async def test_error_bodies_match_error_schema(client: httpx.AsyncClient) -> None:
    for response in (
        await client.get("/bot/nope/fetch"),
        await client.post("/bot/create", json={"name": 1}),
        await client.get("/bot/create"),
        await client.get("/bot/list", headers={"authorization": "Token wrong"}),
    ):
        assert response.status_code >= 400
        assert problems(response.json(), ERROR_SCHEMA) == []


def _url(route: Route, ids: Mapping[tuple[str, ...], str]) -> tuple[str, tuple[str, ...]]:
    """The route's URL with known ids filled in, and the ids of its parents."""
    url = route.path
    chain = [*route.parents, *([(route.collection, route.id_param)] if route.id_param else [])]
    parents: tuple[str, ...] = ()
    for collection, param in chain:
        found = (
            ids.get((collection, *parents))
            or ids.get((collection.rsplit(".", 1)[-1],))
            or "unknown"
        )
        url = url.replace("{" + param + "}", found)
        parents = (*parents, found)
    for param in route.extra_params:
        url = url.replace("{" + param + "}", "dir/file.txt")
    return url, parents[: len(route.parents)]


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.name)
async def test_every_operation_answers_to_its_schema(path: Path) -> None:
    emu = Emulator(spec=path, subscribe_timeout=0.01, task_duration=0.01)
    strict = path.suffix != ".json"
    creates = sorted(
        (r for r in emu.spec.routes if r.action == "create" and r.id_param is None),
        key=lambda r: len(r.parents),
    )
    ids: dict[tuple[str, ...], str] = {}
    failures: list[str] = []
    async with emu.client() as client:
        for route in creates:  # one record per collection, parents first
            url, parent_ids = _url(route, ids)
            body = fill(route.request_schema, {}) if route.request_schema else {}
            response = await client.post(url, json=body)
            if response.status_code != 200:
                failures.append(f"{route.operation_id}: {response.status_code} {response.text}")
                continue
            ids[(route.collection, *parent_ids)] = response.json()["id"]
        for route in emu.spec.routes:
            if route.action == "delete":
                continue  # keep the records for the other operations; delete is covered elsewhere
            body = fill(route.request_schema, {}) if route.request_schema else {}
            response = await client.request(
                route.method, _url(route, ids)[0], json=body if route.method == "POST" else None
            )
            if route.operation_id in SEEDED_ONLY:
                if response.status_code != 404:
                    failures.append(
                        f"{route.operation_id}: expected 404, got {response.status_code}"
                    )
                continue
            if response.status_code == 204 and route.action == "download":
                continue  # nothing uploaded: 204 No Content (covered in test_conformance)
            if response.status_code != 200:
                failures.append(
                    f"{route.operation_id}: {response.status_code} {response.text[:200]}"
                )
                continue
            media = response.headers.get("content-type", "")
            if media.startswith("application/jsonl"):
                for line in response.text.splitlines():
                    failures.extend(
                        f"{route.operation_id}: {p}"
                        for p in problems(json.loads(line), route.stream_schema, strict)
                    )
            elif media.startswith("application/json") and route.response_schema is not None:
                failures.extend(
                    f"{route.operation_id}: {p}"
                    for p in problems(response.json(), route.response_schema, strict)
                )
    assert failures == []
    assert len(ids) == len(creates)
