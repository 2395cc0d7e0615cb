"""A client library for accessing SendPulse Automation360 (A360) API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
