from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Meta
    from ..models.meta import Meta  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="IntegrationWidgetCreateRequest")


_KNOWN_KEYS = frozenset(
    {
        "alias",
        "name",
        "description",
        "meta",
        "blueprintId",
        "botId",
        "theme",
        "layout",
        "title",
        "intro",
        "initial",
        "placeholder",
        "origin",
        "sessionDuration",
        "language",
        "plugins",
        "stream",
        "verbose",
        "tools",
        "unfurl",
        "math",
        "carousel",
        "form",
        "attachments",
        "autoScroll",
        "startFirst",
        "contactCollection",
        "exportConversation",
        "restartConversation",
        "maximize",
        "messagePeek",
        "voiceIn",
        "voiceOut",
        "poweredBy",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class IntegrationWidgetCreateRequest:
    """
    Attributes:
        alias (str | Unset):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        blueprint_id (str | Unset):
        bot_id (str | Unset):
        theme (str | Unset):
        layout (str | Unset):
        title (str | Unset):
        intro (str | Unset):
        initial (str | Unset):
        placeholder (str | Unset):
        origin (str | Unset):
        session_duration (float | Unset):
        language (str | Unset):
        plugins (str | Unset):
        stream (bool | Unset):
        verbose (bool | Unset):
        tools (bool | Unset):
        unfurl (bool | Unset):
        math (bool | Unset):
        carousel (bool | Unset):
        form (bool | Unset):
        attachments (bool | Unset):
        auto_scroll (bool | Unset):
        start_first (bool | Unset):
        contact_collection (bool | Unset):
        export_conversation (bool | Unset):
        restart_conversation (bool | Unset):
        maximize (bool | Unset):
        message_peek (bool | Unset):
        voice_in (bool | Unset):
        voice_out (bool | Unset):
        powered_by (bool | Unset):
    """

    alias: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    blueprint_id: str | Unset = UNSET
    bot_id: str | Unset = UNSET
    theme: str | Unset = UNSET
    layout: str | Unset = UNSET
    title: str | Unset = UNSET
    intro: str | Unset = UNSET
    initial: str | Unset = UNSET
    placeholder: str | Unset = UNSET
    origin: str | Unset = UNSET
    session_duration: float | Unset = UNSET
    language: str | Unset = UNSET
    plugins: str | Unset = UNSET
    stream: bool | Unset = UNSET
    verbose: bool | Unset = UNSET
    tools: bool | Unset = UNSET
    unfurl: bool | Unset = UNSET
    math: bool | Unset = UNSET
    carousel: bool | Unset = UNSET
    form: bool | Unset = UNSET
    attachments: bool | Unset = UNSET
    auto_scroll: bool | Unset = UNSET
    start_first: bool | Unset = UNSET
    contact_collection: bool | Unset = UNSET
    export_conversation: bool | Unset = UNSET
    restart_conversation: bool | Unset = UNSET
    maximize: bool | Unset = UNSET
    message_peek: bool | Unset = UNSET
    voice_in: bool | Unset = UNSET
    voice_out: bool | Unset = UNSET
    powered_by: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        alias = self.alias

        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        blueprint_id = self.blueprint_id

        bot_id = self.bot_id

        theme = self.theme

        layout = self.layout

        title = self.title

        intro = self.intro

        initial = self.initial

        placeholder = self.placeholder

        origin = self.origin

        session_duration = self.session_duration

        language = self.language

        plugins = self.plugins

        stream = self.stream

        verbose = self.verbose

        tools = self.tools

        unfurl = self.unfurl

        math = self.math

        carousel = self.carousel

        form = self.form

        attachments = self.attachments

        auto_scroll = self.auto_scroll

        start_first = self.start_first

        contact_collection = self.contact_collection

        export_conversation = self.export_conversation

        restart_conversation = self.restart_conversation

        maximize = self.maximize

        message_peek = self.message_peek

        voice_in = self.voice_in

        voice_out = self.voice_out

        powered_by = self.powered_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if alias is not UNSET:
            field_dict["alias"] = alias
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if blueprint_id is not UNSET:
            field_dict["blueprintId"] = blueprint_id
        if bot_id is not UNSET:
            field_dict["botId"] = bot_id
        if theme is not UNSET:
            field_dict["theme"] = theme
        if layout is not UNSET:
            field_dict["layout"] = layout
        if title is not UNSET:
            field_dict["title"] = title
        if intro is not UNSET:
            field_dict["intro"] = intro
        if initial is not UNSET:
            field_dict["initial"] = initial
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if origin is not UNSET:
            field_dict["origin"] = origin
        if session_duration is not UNSET:
            field_dict["sessionDuration"] = session_duration
        if language is not UNSET:
            field_dict["language"] = language
        if plugins is not UNSET:
            field_dict["plugins"] = plugins
        if stream is not UNSET:
            field_dict["stream"] = stream
        if verbose is not UNSET:
            field_dict["verbose"] = verbose
        if tools is not UNSET:
            field_dict["tools"] = tools
        if unfurl is not UNSET:
            field_dict["unfurl"] = unfurl
        if math is not UNSET:
            field_dict["math"] = math
        if carousel is not UNSET:
            field_dict["carousel"] = carousel
        if form is not UNSET:
            field_dict["form"] = form
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if auto_scroll is not UNSET:
            field_dict["autoScroll"] = auto_scroll
        if start_first is not UNSET:
            field_dict["startFirst"] = start_first
        if contact_collection is not UNSET:
            field_dict["contactCollection"] = contact_collection
        if export_conversation is not UNSET:
            field_dict["exportConversation"] = export_conversation
        if restart_conversation is not UNSET:
            field_dict["restartConversation"] = restart_conversation
        if maximize is not UNSET:
            field_dict["maximize"] = maximize
        if message_peek is not UNSET:
            field_dict["messagePeek"] = message_peek
        if voice_in is not UNSET:
            field_dict["voiceIn"] = voice_in
        if voice_out is not UNSET:
            field_dict["voiceOut"] = voice_out
        if powered_by is not UNSET:
            field_dict["poweredBy"] = powered_by

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is IntegrationWidgetCreateRequest:
            integration_widget_create_request = _new_instance(cls)
            integration_widget_create_request.alias = d.pop("alias", UNSET)

            integration_widget_create_request.name = d.pop("name", UNSET)

            integration_widget_create_request.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                integration_widget_create_request.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                integration_widget_create_request.meta = meta

            integration_widget_create_request.blueprint_id = d.pop("blueprintId", UNSET)

            integration_widget_create_request.bot_id = d.pop("botId", UNSET)

            integration_widget_create_request.theme = d.pop("theme", UNSET)

            integration_widget_create_request.layout = d.pop("layout", UNSET)

            integration_widget_create_request.title = d.pop("title", UNSET)

            integration_widget_create_request.intro = d.pop("intro", UNSET)

            integration_widget_create_request.initial = d.pop("initial", UNSET)

            integration_widget_create_request.placeholder = d.pop("placeholder", UNSET)

            integration_widget_create_request.origin = d.pop("origin", UNSET)

            integration_widget_create_request.session_duration = d.pop("sessionDuration", UNSET)

            integration_widget_create_request.language = d.pop("language", UNSET)

            integration_widget_create_request.plugins = d.pop("plugins", UNSET)

            integration_widget_create_request.stream = d.pop("stream", UNSET)

            integration_widget_create_request.verbose = d.pop("verbose", UNSET)

            integration_widget_create_request.tools = d.pop("tools", UNSET)

            integration_widget_create_request.unfurl = d.pop("unfurl", UNSET)

            integration_widget_create_request.math = d.pop("math", UNSET)

            integration_widget_create_request.carousel = d.pop("carousel", UNSET)

            integration_widget_create_request.form = d.pop("form", UNSET)

            integration_widget_create_request.attachments = d.pop("attachments", UNSET)

            integration_widget_create_request.auto_scroll = d.pop("autoScroll", UNSET)

            integration_widget_create_request.start_first = d.pop("startFirst", UNSET)

            integration_widget_create_request.contact_collection = d.pop("contactCollection", UNSET)

            integration_widget_create_request.export_conversation = d.pop(
                "exportConversation", UNSET
            )

            integration_widget_create_request.restart_conversation = d.pop(
                "restartConversation", UNSET
            )

            integration_widget_create_request.maximize = d.pop("maximize", UNSET)

            integration_widget_create_request.message_peek = d.pop("messagePeek", UNSET)

            integration_widget_create_request.voice_in = d.pop("voiceIn", UNSET)

            integration_widget_create_request.voice_out = d.pop("voiceOut", UNSET)

            integration_widget_create_request.powered_by = d.pop("poweredBy", UNSET)

            integration_widget_create_request.additional_properties = {**d} if d else {}
            return integration_widget_create_request

        alias = d.get("alias", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        blueprint_id = d.get("blueprintId", UNSET)

        bot_id = d.get("botId", UNSET)

        theme = d.get("theme", UNSET)

        layout = d.get("layout", UNSET)

        title = d.get("title", UNSET)

        intro = d.get("intro", UNSET)

        initial = d.get("initial", UNSET)

        placeholder = d.get("placeholder", UNSET)

        origin = d.get("origin", UNSET)

        session_duration = d.get("sessionDuration", UNSET)

        language = d.get("language", UNSET)

        plugins = d.get("plugins", UNSET)

        stream = d.get("stream", UNSET)

        verbose = d.get("verbose", UNSET)

        tools = d.get("tools", UNSET)

        unfurl = d.get("unfurl", UNSET)

        math = d.get("math", UNSET)

        carousel = d.get("carousel", UNSET)

        form = d.get("form", UNSET)

        attachments = d.get("attachments", UNSET)

        auto_scroll = d.get("autoScroll", UNSET)

        start_first = d.get("startFirst", UNSET)

        contact_collection = d.get("contactCollection", UNSET)

        export_conversation = d.get("exportConversation", UNSET)

        restart_conversation = d.get("restartConversation", UNSET)

        maximize = d.get("maximize", UNSET)

        message_peek = d.get("messagePeek", UNSET)

        voice_in = d.get("voiceIn", UNSET)

        voice_out = d.get("voiceOut", UNSET)

        powered_by = d.get("poweredBy", UNSET)

        integration_widget_create_request = cls(
            alias,
            name,
            description,
            meta,
            blueprint_id,
            bot_id,
            theme,
            layout,
            title,
            intro,
            initial,
            placeholder,
            origin,
            session_duration,
            language,
            plugins,
            stream,
            verbose,
            tools,
            unfurl,
            math,
            carousel,
            form,
            attachments,
            auto_scroll,
            start_first,
            contact_collection,
            export_conversation,
            restart_conversation,
            maximize,
            message_peek,
            voice_in,
            voice_out,
            powered_by,
        )

        if not _KNOWN_KEYS.issuperset(d):
            integration_widget_create_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return integration_widget_create_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
