"""All prints waiting for a printer (bills and estimates, tags): how many, and trying them again."""

from __future__ import annotations

from dataclasses import dataclass

from jewelpos.domain.errors import PrinterUnavailable
from jewelpos.services.printing_jobs import PrintService
from jewelpos.services.tags import TagService


@dataclass(frozen=True)
class RetryOutcome:
    """``printed`` jobs went out, ``waiting`` still wait. ``failed_printer`` is the printer that
    did not answer ("" if none failed); ``no_receipt_printer``: bills wait because none is set."""

    printed: int
    waiting: int
    failed_printer: str = ""
    no_receipt_printer: bool = False


def waiting_prints(prints: PrintService, tags: TagService) -> int:
    """Bill, estimate and tag print jobs not yet printed."""
    return prints.waiting_count() + tags.waiting_count()


def retry_waiting_prints(prints: PrintService, tags: TagService) -> RetryOutcome:
    """Try every waiting print once more on the printers set now; what is refused stays queued."""
    before = waiting_prints(prints, tags)
    failed = ""
    no_receipt_printer = False
    if prints.waiting_count():
        if not prints.printer_target:
            no_receipt_printer = True
        elif any(not r.printed for r in prints.retry_queued()):
            failed = prints.printer_target
    if tags.waiting_count():
        try:
            tags.retry_all()
        except PrinterUnavailable as exc:
            failed = failed or str(exc.params.get("printer", "")) or tags.printer().target
    waiting = waiting_prints(prints, tags)
    return RetryOutcome(
        printed=max(0, before - waiting),
        waiting=waiting,
        failed_printer=failed,
        no_receipt_printer=no_receipt_printer,
    )
