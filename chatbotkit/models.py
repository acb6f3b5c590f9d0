"""The API's data models, generated into ``chatbotkit_gen.models``; import them from here.

Names resolve on first use (``from chatbotkit.models import CompleteTokenEvent`` loads
that model's module only), so this module costs nothing until a model is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import chatbotkit_gen.models as _generated

if TYPE_CHECKING:
    from chatbotkit_gen.models import *  # noqa: F403  (type checkers see every model)


def __getattr__(name: str) -> Any:
    return getattr(_generated, name)


def __dir__() -> list[str]:
    return dir(_generated)
