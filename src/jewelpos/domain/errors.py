"""Named errors the counter turns into messages; environment problems are told apart from bugs."""

from __future__ import annotations

from typing import Any


class JewelPOSError(Exception):
    """A known, user-facing problem: the UI shows it as a message, never as a crash report.

    ``code`` is a stable identifier the UI maps to a translated text; ``params`` fill it in;
    ``message`` is the English text used by the command line and logs.
    """

    code: str = "error"

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def __str__(self) -> str:
        return self.message


class ValidationError(JewelPOSError):
    """An input value is malformed or out of range; ``field`` names it (e.g. ``items[0].gross_g``)."""

    code = "validation"

    def __init__(self, field: str, message: str, **params: Any) -> None:
        super().__init__(f"{field}: {message}", field=field, **params)
        self.field = field
        self.problem = message


class NotFound(JewelPOSError):
    code = "not_found"


class RateNotSet(JewelPOSError):
    """No rate for a metal and purity on the day being priced."""

    code = "rate_not_set"


class PermissionDenied(JewelPOSError):
    """The user's role does not allow the action (e.g. a cashier setting rates)."""

    code = "permission_denied"


class InvalidCredentials(JewelPOSError):
    """Wrong user or PIN."""

    code = "invalid_credentials"


class AlreadyInitialised(JewelPOSError):
    code = "already_initialised"


class DuplicateValue(JewelPOSError):
    """A value that must be unique already exists (tag code, HUID, mobile number)."""

    code = "duplicate"


class PieceNotAvailable(JewelPOSError):
    """The piece is sold, in transit or otherwise not sellable."""

    code = "piece_not_available"


class CashLimitExceeded(JewelPOSError):
    """Section 269ST: the customer's cash for the day would reach Rs 2,00,000."""

    code = "cash_limit"


class EnvironmentProblem(JewelPOSError):
    """Not a bug: disk full, database locked, printer off, server unreachable. Nothing was lost."""

    code = "environment"


class DiskFull(EnvironmentProblem):
    code = "disk_full"


class DatabaseBusy(EnvironmentProblem):
    code = "database_busy"


class PrinterUnavailable(EnvironmentProblem):
    """A printer is off, unplugged or unreachable; the document is kept and can be printed again."""

    code = "printer_unavailable"


class PanRequired(ValidationError):
    """The invoice value is above the PAN threshold: the buyer's PAN or Form 60 is needed."""

    code = "pan_required"


class BuyerDetailsRequired(ValidationError):
    """An unregistered buyer at or above the threshold must give name, address and state."""

    code = "buyer_details_required"


class ApprovalRequired(JewelPOSError):
    """A manager's PIN is needed (a rate or charge below the floor, a cancellation)."""

    code = "approval_required"


class DayClosed(JewelPOSError):
    """The shop day has been closed at day end: it takes no more documents."""

    code = "day_closed"


class UserLocked(JewelPOSError):
    """Too many wrong PINs in a row at this counter: ``until`` (aware UTC) says when to retry."""

    code = "user_locked"


class LastOwner(JewelPOSError):
    """The change would leave the shop without an active owner."""

    code = "last_owner"


class DayReopenRefused(DayClosed):
    """A closed day can no longer be reopened: ``why`` is ``synced`` (its day-end report reached
    head office) or ``late`` (more than the shop's set hours since it was closed)."""

    code = "day_reopen_refused"


class SeriesRenewalRequired(JewelPOSError):
    """This counter's database was restored from a backup: its number series may already have
    been used past the backup, so it issues no document until head office gives it a new series."""

    code = "series_renewal_required"
