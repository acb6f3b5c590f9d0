"""chatbotkit_gen: every module imports, every operation has an endpoint, models round-trip."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from typing import Any

import httpx
import pytest

from chatbotkit_gen.types import UNSET
from tests import _mock
from tests._paths import ROOT, openapi

sys.path.insert(0, str(ROOT / "tools"))
from import_all import import_all


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def test_every_generated_module_imports() -> None:
    count, failures = import_all(ROOT)
    assert failures == []
    assert count > 1000


def test_all_335_operations_have_an_endpoint_module() -> None:
    modules = {
        p.stem for p in (ROOT / "chatbotkit_gen" / "api").rglob("*.py") if p.stem != "__init__"
    }
    op_ids = [op["operationId"] for item in openapi()["paths"].values() for op in item.values()]
    assert len(op_ids) == 335
    missing = [op_id for op_id in op_ids if snake(op_id) not in modules]
    assert missing == []


def test_list_endpoint_sends_meta_filters_dotted_and_no_defaults() -> None:
    from chatbotkit_gen.api.conversation import list_conversations
    from chatbotkit_gen.models import MetaParam

    meta = MetaParam.from_dict({"env": "prod", "team": "a b"})
    kwargs = list_conversations._get_kwargs(take=10, meta=meta)
    assert kwargs["params"] == {"take": 10, "meta.env": "prod", "meta.team": "a b"}
    assert list_conversations._get_kwargs()["params"] == {}  # no `order` default
    assert kwargs["url"] == "/conversation/list" and kwargs["method"] == "get"


def test_importing_one_endpoint_loads_only_a_handful_of_models() -> None:
    code = (
        "import sys, chatbotkit_gen.api.conversation.list_conversations\n"
        "print(sum(1 for m in sys.modules if m.startswith('chatbotkit_gen.models.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert 0 < int(out.stdout) <= 10


def test_models_package_resolves_names_lazily_and_rejects_unknown_ones() -> None:
    import chatbotkit_gen.models as models

    assert models.Usage.__name__ == "Usage"
    assert "Usage" in dir(models)
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = models.NoSuchModel


MS = 1_767_225_600_000
ROUND_TRIPS: list[tuple[str, dict[str, Any]]] = [
    (
        "ConversationPage",
        {
            "items": [
                {
                    "id": "c1",
                    "createdAt": MS,
                    "updatedAt": MS,
                    "botId": "b1",
                    "meta": {"env": "prod"},
                    "name": "One",
                },
                {
                    "id": "c2",
                    "createdAt": MS + 1,
                    "updatedAt": MS + 1,
                    "model": "gpt-5.4",
                    "backstory": "You help.",
                },
            ],
            "cursor": "c2",
        },
    ),
    (
        "ConversationCompleteResult",
        {"id": "m9", "text": "Hello there", "usage": {"token": 12}, "end": {"reason": "stop"}},
    ),
    ("CompleteTokenEvent", {"type": "token", "data": {"token": "Hel"}}),
    ("CompleteReasoningTokenEvent", {"type": "reasoningToken", "data": {"token": "hmm"}}),
    (
        "CompleteMessageEvent",
        {"type": "message", "data": {"type": "bot", "text": "Hi", "meta": {"k": 1}}},
    ),
    (
        "CompleteUsageEvent",
        {
            "type": "usage",
            "data": {"model": "gpt-5.4", "inputTokensUsed": 3, "outputTokensUsed": 4},
        },
    ),
    (
        "ConversationCompleteResultEvent",
        {
            "type": "result",
            "data": {"id": "m9", "text": "Hi", "usage": {"token": 2}, "end": {"reason": "length"}},
        },
    ),
    ("ExecutionLimits", {"continuations": 2, "iterations": 5, "calls": 3}),
    ("Usage", {"token": 7}),
    ("BotConfig", {"model": "gpt-5.4", "backstory": "You help.", "privacy": True}),
    ("Message", {"type": "user", "text": "Hi", "meta": {"a": "b"}}),
    (
        "BotListItemEvent",
        {"type": "item", "data": {"id": "b1", "createdAt": MS, "updatedAt": MS, "name": "Support"}},
    ),
]


@pytest.mark.parametrize(("model", "payload"), ROUND_TRIPS, ids=[m for m, _ in ROUND_TRIPS])
def test_models_round_trip_realistic_payloads(model: str, payload: dict[str, Any]) -> None:
    import chatbotkit_gen.models as models

    cls = getattr(models, model)
    parsed = cls.from_dict(json.loads(json.dumps(payload)))
    assert parsed.to_dict() == payload


def test_unknown_response_fields_are_kept() -> None:
    from chatbotkit_gen.models import Conversation

    item = Conversation.from_dict({"id": "c1", "createdAt": MS, "updatedAt": MS, "newField": [1]})
    assert item.id == "c1"
    assert item.additional_properties == {"newField": [1]}
    assert item.to_dict()["newField"] == [1]


def test_one_value_enums_are_literal_strings_named_as_on_the_wire() -> None:
    import chatbotkit_gen.models as models
    from chatbotkit_gen.models import CompleteTokenEvent

    event = CompleteTokenEvent.from_dict({"type": "token", "data": {"token": "Hi"}})
    assert event.type == "token" and type(event.type) is str
    assert event.to_dict() == {"type": "token", "data": {"token": "Hi"}}
    with pytest.raises(ValueError, match="token"):
        CompleteTokenEvent.from_dict({"type": "message", "data": {"token": "Hi"}})
    assert "CompleteTokenEventType" not in models.__all__  # no one-member enum class


def test_repr_shows_only_the_fields_that_are_set() -> None:
    from chatbotkit_gen.models import Bot

    bot = Bot.from_dict({"id": "b1", "name": "Support", "createdAt": MS, "newField": 1})
    assert repr(bot) == (
        f"Bot(id='b1', created_at={MS}, name='Support', additional_properties={{'newField': 1}})"
    )
    assert repr(Bot.from_dict({"id": "b1"})) == "Bot(id='b1')"  # no UNSET, no empty extras
    assert "Unset" not in repr(Bot.from_dict({}))


# -- parsed results keep unknown fields and never invent required ones


async def test_extra_fields_are_kept_and_drift_is_unset() -> None:
    _, handler = _mock.recorder(httpx.Response(200, json={"name": "n", "brandNew": [1]}))
    async with _mock.client(handler) as cbk:
        bot = await cbk.bot.fetch("b1")
    assert bot.additional_properties == {"brandNew": [1]}
    assert bot.name == "n"
    assert bot.id is UNSET  # required in the spec, omitted by the server: not invented
    assert bot.to_dict() == {"name": "n", "brandNew": [1]}


# -- from_dict builds the exact class without __init__; subclasses are built by calling them

CONVERSATION = {
    "id": "c1",
    "createdAt": MS,
    "updatedAt": MS,
    "name": "Support",
    "privacy": False,
    "meta": {"channel": "widget", "index": 3},
}


def test_parsed_model_is_the_one_its_init_builds() -> None:
    import pickle

    import attrs

    from chatbotkit_gen.models import ConversationListItem, Meta

    parsed = ConversationListItem.from_dict(json.loads(json.dumps(CONVERSATION)))
    built = ConversationListItem(
        id="c1", created_at=MS, updated_at=MS, name="Support", privacy=False, meta=Meta()
    )
    built.meta.additional_properties = {"channel": "widget", "index": 3}  # type: ignore[union-attr]
    assert type(parsed) is ConversationListItem and type(parsed.meta) is Meta
    assert parsed == built and repr(parsed) == repr(built)
    assert parsed.bot_id is UNSET and parsed.additional_properties == {}
    assert parsed.to_dict() == CONVERSATION
    assert pickle.loads(pickle.dumps(parsed)) == parsed  # UNSET stays the one UNSET
    renamed = attrs.evolve(parsed, name="Sales")
    assert renamed.name == "Sales" and renamed.meta == parsed.meta and renamed != parsed
    parsed["extra"] = 1  # each instance has its own additional_properties
    assert ConversationListItem.from_dict(CONVERSATION).additional_properties == {}
    with_extra = ConversationListItem.from_dict({**CONVERSATION, "newField": [1]})
    assert with_extra.additional_properties == {"newField": [1]}
    assert ConversationListItem.from_dict({"newField": 1}).additional_properties == {"newField": 1}


def test_from_dict_builds_a_subclass_through_its_init() -> None:
    import attrs

    from chatbotkit_gen.models import CompleteTokenEvent, ConversationListItem

    calls: list[str] = []

    class Tracked(ConversationListItem):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            calls.append("init")
            super().__init__(*args, **kwargs)

    @attrs.define
    class Tagged(CompleteTokenEvent):
        tag: str = "mine"

    item = Tracked.from_dict(CONVERSATION)
    assert type(item) is Tracked and calls == ["init"]
    assert item.name == "Support" and item.to_dict() == CONVERSATION
    event = Tagged.from_dict({"type": "token", "data": {"token": "Hi"}, "x": 1})
    assert type(event) is Tagged and event.tag == "mine" and event.data.token == "Hi"  # type: ignore[union-attr]
    assert event.additional_properties == {"x": 1}
    src = {**CONVERSATION, "newField": 1}
    extra = Tracked.from_dict(src)
    assert type(extra) is Tracked and extra.additional_properties == {"newField": 1}
    assert extra.name == "Support" and src == {**CONVERSATION, "newField": 1}


def test_from_dict_copies_its_input_and_shares_no_dict_with_it() -> None:
    import copy

    from chatbotkit_gen.models import ConversationListItem

    src = {**CONVERSATION, "meta": {"channel": "widget"}, "newField": [1]}
    before = copy.deepcopy(src)
    parsed = ConversationListItem.from_dict(src)
    assert src == before  # no declared key popped from the caller's dict
    assert parsed.additional_properties == {"newField": [1]}
    parsed.additional_properties["x"] = 1
    parsed.meta.additional_properties["y"] = 2  # type: ignore[union-attr]
    assert src == before
    src["meta"]["z"] = 3  # type: ignore[index]
    src["later"] = 4
    assert parsed.meta.additional_properties == {"channel": "widget", "y": 2}  # type: ignore[union-attr]
    assert parsed.additional_properties == {"newField": [1], "x": 1}
    plain = {k: v for k, v in CONVERSATION.items() if k != "meta"}
    one, two = ConversationListItem.from_dict(plain), ConversationListItem.from_dict(plain)
    one.additional_properties["x"] = 1  # no unknown key: still a dict of its own
    assert two.additional_properties == {} and ConversationListItem.from_dict(plain) == two


def _outcome(parse: Any) -> Any:
    try:
        return parse()
    except Exception as exc:  # the outcome compared is the exception itself
        return type(exc), str(exc)


@pytest.mark.parametrize(
    "meta",
    ["abc", None, 5, [("a", 1)], [("a", 1, 2)], {"a": {"b": 1}}, "mapping"],
    ids=["str", "none", "int", "pairs", "bad-pairs", "dict", "mapping"],
)
def test_a_nested_model_without_fields_takes_what_its_from_dict_takes(meta: Any) -> None:
    import types

    from chatbotkit_gen.models import ConversationListItem, Meta

    if meta == "mapping":
        meta = types.MappingProxyType({"a": 1})
    alone = _outcome(lambda: Meta.from_dict(meta))
    nested = _outcome(lambda: ConversationListItem.from_dict({**CONVERSATION, "meta": meta}))
    if isinstance(nested, ConversationListItem):
        assert type(nested.meta) is Meta and type(nested.meta.additional_properties) is dict
        nested = nested.meta
    assert nested == alone


def test_from_dict_takes_any_mapping_and_typed_additional_properties() -> None:
    import types

    from chatbotkit_gen.models import ConversationListItem, DatasetFilter

    view = types.MappingProxyType({**CONVERSATION, "newField": 1})
    parsed = ConversationListItem.from_dict(view)
    assert parsed == ConversationListItem.from_dict(dict(view))
    assert parsed.additional_properties == {"newField": 1}
    src = {"a": "x", "b": True, "c": 1.5}
    filtered = DatasetFilter.from_dict(src)
    assert filtered.additional_properties == src and filtered.to_dict() == src
    filtered.additional_properties["d"] = "y"
    assert src == {"a": "x", "b": True, "c": 1.5}
