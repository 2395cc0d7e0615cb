from enum import StrEnum


class FlowType(StrEnum):
    ACTION = "action"
    EMAIL = "email"
    FILTER = "filter"
    GOAL = "goal"
    MAINTRIGGER = "maintrigger"
    PUSH = "push"
    SMS = "sms"
    TRIGGER = "trigger"

    def __str__(self) -> str:
        return str(self.value)
