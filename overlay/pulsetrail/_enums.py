"""Status codes and types the APIs send, as enums that never break on a value they do not know.

An unknown value becomes a pseudo-member named `UNKNOWN_<value>` that still compares equal to the raw value, so
parsing never fails when SendPulse or ActiveTrail add a code, and the raw value stays available as `.value`.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Any

__all__ = [
    "A360ElementType",
    "ContactState",
    "EmailDeliveryStatus",
    "FlowStatus",
    "PushStatus",
    "SmsSendType",
    "SmsStatus",
    "SubscriptionStatus",
    "TolerantIntEnum",
    "TolerantStrEnum",
]


class _Tolerant:
    """`_missing_` for an enum over `int` or `str`: an unknown value becomes a pseudo-member `UNKNOWN_<value>`."""

    _value_: Any
    _name_: str

    @classmethod
    def _missing_(cls, value: object) -> Any:
        base = int if issubclass(cls, int) else str
        if not isinstance(value, base) or isinstance(value, bool):
            return None
        member = base.__new__(cls, value)  # type: ignore[type-var]
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        return self._name_ in type(self).__members__  # type: ignore[attr-defined]


class TolerantIntEnum(_Tolerant, IntEnum):
    pass


class TolerantStrEnum(_Tolerant, StrEnum):
    pass


class FlowStatus(TolerantIntEnum):
    """An A360 flow's status (there is no 2)."""

    NEW = 0
    ACTIVE = 1
    PAUSE = 3


class A360ElementType(TolerantStrEnum):
    """An A360 flow element type (`af_type`, `flow_type`). Its names, lowercased, are the words pulsetrail uses
    everywhere (the CLI, `A360.stats`, `A360.addresses`, the docs): `start`, `condition`, `email`, `sms`, `push`,
    `messenger`, `action`, `filter`, `goal`. The values are A360's own; the two that differ from the names,
    `maintrigger` and `trigger`, are accepted too: `A360ElementType("start") is A360ElementType("maintrigger")`."""

    START = "maintrigger"
    CONDITION = "trigger"
    EMAIL = "email"
    SMS = "sms"
    PUSH = "push"
    MESSENGER = "messenger"
    ACTION = "action"
    FILTER = "filter"
    GOAL = "goal"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        # the one place the two spellings meet: a name ("start") finds the member whose value is A360's word
        alias = _A360_ELEMENT_NAMES.get(value) if isinstance(value, str) else None
        return cls(alias) if alias is not None else super()._missing_(value)


#: the element types whose name (pulsetrail's word) differs from their value (A360's word)
_A360_ELEMENT_NAMES = {"start": A360ElementType.START.value, "condition": A360ElementType.CONDITION.value}


class EmailDeliveryStatus(TolerantIntEnum):
    """An A360 email's `delivered_status`. SendPulse's own spellings kept as the names' meaning; 0, 12 and 13 are
    all "no status (sent)" and stay distinct codes."""

    NO_STATUS = 0
    DELIVERED = 1
    DELIVERY_FAILED = 2
    UNSUBSCRIBED = 3
    REJECTED = 4  # "rejectedyus" in the docs
    BROKEN_EMAIL = 5
    TEMPORARILY_UNAVAILABLE = 6  # "tmpanavailable" in the docs
    EMAIL_NOT_EXIST = 7
    SERVER_SPAM = 8
    USER_SPAM = 9
    MAILBOX_FULL = 10
    DOMAIN_NOT_EXIST = 11
    NO_STATUS_12 = 12
    NO_STATUS_13 = 13
    BAD_RECIPIENT = 14


class SmsStatus(TolerantIntEnum):
    """An A360 SMS `status`."""

    SENT = 0
    NOT_DELIVERED = 1
    DELIVERED = 2
    BAD_NUMBER = 3
    SPAM_BY_PROVIDER = 4
    DUPLICATE = 5  # the same message to the same number within 5 minutes
    TIMEOUT = 6  # no delivery report within 72 h
    WAITING_FOR_REPORT = 7
    UNREGISTERED_SENDER_NAME = 8
    BLACKLISTED = 9
    STOP_WORDS = 10
    LINK_IN_VARIABLE = 11


class PushStatus(TolerantIntEnum):
    """An A360 push `status`."""

    SENT = 0
    UNSUBSCRIBED = 1


class ContactState(TolerantStrEnum):
    """An ActiveTrail contact's state (the `CustomerStates` filter adds ALL). `SPAM_COMPLIENT` is ActiveTrail's
    spelling."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
    CUSTOMER_REQUEST = "CUSTOMER_REQUEST"
    BOUNCED = "BOUNCED"
    SPAM_COMPLAINT = "SPAM_COMPLIENT"
    QUARANTINED = "QUARANTINED"


class SubscriptionStatus(TolerantStrEnum):
    """An ActiveTrail contact's email or SMS subscription status (sent by name; `None` = 0 ... `Pending` = 3)."""

    NONE = "None"
    SUBSCRIBED = "Subscribed"
    UNSUBSCRIBED = "Unsubscribed"
    PENDING = "Pending"


class SmsSendType(TolerantIntEnum):
    """Which ActiveTrail SMS sends a report covers."""

    ALL = 0
    REGULAR = 1
    TEST = 2
    TRANSACTIONAL = 3
