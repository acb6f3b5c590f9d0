"""A client library for accessing ChatBotKit API"""

# chatbotkit: the stock clients load on first access (PEP 562); the SDK never uses them, and
# importing them costs attrs class creation on every `import chatbotkit_gen.<anything>`.
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
