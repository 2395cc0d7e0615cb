from enum import StrEnum


class CustomerState(StrEnum):
    ACTIVE = "ACTIVE"
    ALL = "ALL"
    BOUNCED = "BOUNCED"
    CUSTOMER_REQUEST = "CUSTOMER_REQUEST"
    INACTIVE = "INACTIVE"
    QUARANTINED = "QUARANTINED"
    SPAM_COMPLIENT = "SPAM_COMPLIENT"

    def __str__(self) -> str:
        return str(self.value)
