"""Printing saved documents: thermal receipts and estimate slips to the configured printer, A4
tax invoices and day-end reports saved as PDF files. A printer that is off or not set never loses
anything: the bill stays saved, the job waits in the print queue and the cashier is told."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select

from jewelpos.db.models_billing import PrintJob
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_zone
from jewelpos.domain.errors import NotFound, PrinterUnavailable, ValidationError
from jewelpos.domain.validation import validate_upi_vpa
from jewelpos.printing.transport import parse_target, send
from jewelpos.services._common import AttemptListeners
from jewelpos.services.approvals import require_manager_role
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import BillingService
from jewelpos.services.day_end import DayEndService
from jewelpos.services.estimates import EstimateService
from jewelpos.services.loyalty import with_points
from jewelpos.services.shop_settings import load as load_settings

RECEIPT = "receipt"
ESTIMATE_SLIP = "estimate_slip"
INVOICE_PDF = "invoice_pdf"
CREDIT_NOTE_SLIP = "credit_note"
DAY_END_SLIP = "day_end_slip"  # document id: the shop day, ISO
KINDS = (RECEIPT, ESTIMATE_SLIP, CREDIT_NOTE_SLIP)


@dataclass(frozen=True)
class PrintResult:
    """What happened: ``printed`` (sent to the printer), ``queued`` (kept to retry, with the
    reason in ``message``), or a PDF written to ``pdf_path``. ``no_printer``: queued because no
    printer is set (not because one did not answer); ``duplicate``: the copy is marked DUPLICATE
    because this document was printed before."""

    printed: bool
    queued: bool
    message: str
    pdf_path: Path | None = None
    job_id: int | None = None
    no_printer: bool = False
    duplicate: bool = False


@dataclass(frozen=True)
class QueuedPrint:
    id: int
    kind: str
    document_id: str
    target: str
    created_at: datetime
    attempts: int
    last_error: str


def _safe_name(number: str) -> str:
    return re.sub(r"[^A-Za-z0-9-]+", "-", number).strip("-")


class PrintService:
    """Prints to ``printer_target`` (``tcp://host:9100``, ``file:/path``, ``dev:/dev/usb/lp0``,
    ``win:Name``; empty means no printer) and saves PDFs under ``data_dir``."""

    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        billing: BillingService,
        estimates: EstimateService,
        day_end: DayEndService,
        *,
        printer_target: str = "",
        data_dir: Path | None = None,
        receipt_width_mm: int = 80,
        upi_vpa: str = "",
        timeout: float = 5.0,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._billing = billing
        self._estimates = estimates
        self._day_end = day_end
        self.printer_target = printer_target.strip()
        self.data_dir = data_dir
        self.receipt_width_mm = receipt_width_mm
        self.upi_vpa = upi_vpa
        self.timeout = timeout
        self.attempts = AttemptListeners()
        self._renderers: dict[str, Callable[[str], bytes]] = {}

    def add_renderer(self, kind: str, render: Callable[[str], bytes]) -> None:
        """Let another feature's slips (e.g. scheme receipts) be queued and retried."""
        self._renderers[kind] = render

    def configure(
        self,
        *,
        printer_target: str | None = None,
        receipt_width_mm: int | None = None,
        upi_vpa: str | None = None,
    ) -> None:
        """Change the printer or UPI ID (from the settings screen); ValidationError if malformed."""
        if printer_target is not None:
            target = printer_target.strip()
            if target:
                parse_target(target)
            self.printer_target = target
        if receipt_width_mm is not None:
            if receipt_width_mm not in (58, 80):
                raise ValidationError("receipt_width_mm", "paper is 58 or 80 mm wide")
            self.receipt_width_mm = receipt_width_mm
        if upi_vpa is not None:
            self.upi_vpa = validate_upi_vpa(upi_vpa)

    def set_counter_settings(
        self, *, printer_target: str, receipt_width_mm: int, upi_vpa: str, by: UserInfo
    ) -> None:
        """A manager changes this counter's printer, paper or the shop's UPI ID (the ID payments
        go to, so never a cashier): PermissionDenied for others, then as ``configure``."""
        with self._uow.read() as s:
            require_manager_role(s, by, action="change the printer or the shop's UPI ID")
        self.configure(
            printer_target=printer_target, receipt_width_mm=receipt_width_mm, upi_vpa=upi_vpa
        )

    # --- thermal ---------------------------------------------------------------------------

    def receipt_bytes(self, bill_id: str, *, duplicate: bool = False) -> bytes:
        """The ESC/POS bytes of a bill's receipt (a reprint is marked DUPLICATE)."""
        # python-escpos loads its printer profiles on import (~0.3 s): only when printing
        from jewelpos.printing.receipt import PAPER_58MM, PAPER_80MM, render_receipt

        paper = PAPER_58MM if self.receipt_width_mm == 58 else PAPER_80MM
        doc = with_points(self._uow, self._clock, self._billing.invoice_document(bill_id), bill_id)
        return render_receipt(doc, paper=paper, duplicate=duplicate, language=self.print_language())

    def print_language(self) -> str:
        """The shop's print language setting ("en", "hi" or "both")."""
        with self._uow.read() as s:
            return load_settings(s).print_language

    def print_receipt(self, bill_id: str) -> PrintResult:
        """Send the receipt to the printer; if none is set or it does not answer, queue it.
        Once a receipt has come out, every later copy is marked DUPLICATE."""
        duplicate = self.printed_before(RECEIPT, bill_id)
        data = self.receipt_bytes(bill_id, duplicate=duplicate)
        return self._send_or_queue(RECEIPT, bill_id, data, document="bill", duplicate=duplicate)

    def printed_before(self, kind: str, document_id: str) -> bool:
        """Whether a print (or PDF) of this kind of this document has already been made."""
        with self._uow.read() as s:
            return (
                s.scalar(
                    select(PrintJob.id)
                    .where(
                        PrintJob.kind == kind,
                        PrintJob.document_id == document_id,
                        PrintJob.printed_at.is_not(None),
                    )
                    .limit(1)
                )
                is not None
            )

    def print_estimate_slip(self, estimate_id: str) -> PrintResult:
        data = self._estimates.estimate_slip(
            estimate_id, paper_mm=self.receipt_width_mm, upi_vpa=self.upi_vpa
        )
        return self._send_or_queue(ESTIMATE_SLIP, estimate_id, data, document="estimate")

    def credit_note_slip_bytes(self, note_id: str) -> bytes:
        """The ESC/POS bytes of a credit note's slip."""
        from jewelpos.printing.receipt import PAPER_58MM, PAPER_80MM, render_credit_note_slip

        paper = PAPER_58MM if self.receipt_width_mm == 58 else PAPER_80MM
        return render_credit_note_slip(
            self._billing.credit_note_document(note_id),
            paper=paper,
            language=self.print_language(),
        )

    def print_credit_note_slip(self, note_id: str) -> PrintResult:
        """Send the credit note's slip to the printer; if none is set or it does not answer,
        queue it like a receipt."""
        data = self.credit_note_slip_bytes(note_id)
        return self._send_or_queue(CREDIT_NOTE_SLIP, note_id, data, document="credit note")

    def print_credit_note_pdf(self, note_id: str) -> PrintResult:
        """Write the A4 credit note to ``data_dir/credit-notes/<number>.pdf``."""
        from jewelpos.printing.credit_note_pdf import render_credit_note_pdf

        doc = self._billing.credit_note_document(note_id)
        path = self._folder("credit-notes") / f"{_safe_name(doc.number)}.pdf"
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(render_credit_note_pdf(doc, language=self.print_language()))
        tmp.replace(path)
        return PrintResult(
            printed=False, queued=False, message=f"Credit note saved as {path}.", pdf_path=path
        )

    def _render(self, kind: str, document_id: str) -> bytes:
        if kind == RECEIPT:
            return self.receipt_bytes(
                document_id, duplicate=self.printed_before(RECEIPT, document_id)
            )
        if kind == CREDIT_NOTE_SLIP:
            return self.credit_note_slip_bytes(document_id)
        if kind == ESTIMATE_SLIP:
            return self._estimates.estimate_slip(
                document_id, paper_mm=self.receipt_width_mm, upi_vpa=self.upi_vpa
            )
        if kind == DAY_END_SLIP:
            return self._day_end.report_slip(
                date.fromisoformat(document_id), paper_mm=self.receipt_width_mm
            )
        if kind in self._renderers:
            return self._renderers[kind](document_id)
        raise ValidationError("kind", f"unknown print kind {kind!r}")

    def _send_or_queue(
        self, kind: str, document_id: str, data: bytes, *, document: str, duplicate: bool = False
    ) -> PrintResult:
        target = self.printer_target
        if not target:
            job = self._queue(kind, document_id, target, "no receipt printer is set")
            self.attempts.notify()
            return PrintResult(
                printed=False,
                queued=True,
                message=f"No receipt printer is set: the {document} is saved and its print is "
                "queued. Set the printer in Settings (F12), then print the queue (Ctrl+Shift+R).",
                job_id=job,
                no_printer=True,
                duplicate=duplicate,
            )
        try:
            send(data, target, timeout=self.timeout, document=document)
        except PrinterUnavailable as exc:
            job = self._queue(kind, document_id, target, exc.message)
            self.attempts.notify()
            return PrintResult(
                printed=False, queued=True, message=exc.message, job_id=job, duplicate=duplicate
            )
        self._record_printed(kind, document_id, target)
        self.attempts.notify()
        return PrintResult(printed=True, queued=False, message="Printed.", duplicate=duplicate)

    def _record_printed(self, kind: str, document_id: str, target: str) -> None:
        """Log a copy that went out; a copy of the same document still waiting is then done too
        (the customer has their copy: retrying the queue must not print it again)."""
        now = self._clock.now()
        with self._uow.begin() as s:
            waiting = s.scalars(
                select(PrintJob).where(
                    PrintJob.kind == kind,
                    PrintJob.document_id == document_id,
                    PrintJob.printed_at.is_(None),
                )
            ).all()
            for row in waiting:
                row.printed_at = now
                row.last_error = "printed by a later copy"
            s.add(
                PrintJob(
                    kind=kind,
                    document_id=document_id,
                    target=target,
                    created_at=now,
                    attempts=1,
                    last_error="",
                    printed_at=now,
                )
            )

    def _queue(self, kind: str, document_id: str, target: str, error: str) -> int:
        """Keep a print to retry: one waiting job per document, however often it was tried (each
        reprint while the printer was off used to queue one more copy of the same slip)."""
        with self._uow.begin() as s:
            existing = s.scalar(
                select(PrintJob)
                .where(
                    PrintJob.kind == kind,
                    PrintJob.document_id == document_id,
                    PrintJob.printed_at.is_(None),
                )
                .order_by(PrintJob.id)
                .limit(1)
            )
            if existing is not None:
                existing.attempts += 1
                existing.target = target
                existing.last_error = error
                return existing.id
            job = PrintJob(
                kind=kind,
                document_id=document_id,
                target=target,
                created_at=self._clock.now(),
                attempts=1,
                last_error=error,
            )
            s.add(job)
            s.flush()
            return job.id

    def queued(self) -> list[QueuedPrint]:
        """Prints waiting for a printer, oldest first."""
        with self._uow.read() as s:
            rows = s.scalars(
                select(PrintJob).where(PrintJob.printed_at.is_(None)).order_by(PrintJob.id)
            ).all()
            return [
                QueuedPrint(
                    r.id, r.kind, r.document_id, r.target, r.created_at, r.attempts, r.last_error
                )
                for r in rows
            ]

    def waiting_count(self) -> int:
        """How many bill and estimate prints wait for a printer."""
        with self._uow.read() as s:
            return int(
                s.scalar(
                    select(func.count()).select_from(PrintJob).where(PrintJob.printed_at.is_(None))
                )
                or 0
            )

    def retry_queued(self) -> list[PrintResult]:
        """Try every queued print again on the current printer; stops at the first failure
        (the printer is still off) and leaves the rest queued."""
        try:
            return self._retry_queued()
        finally:
            self.attempts.notify()

    def _retry_queued(self) -> list[PrintResult]:
        results: list[PrintResult] = []
        done: set[tuple[str, str]] = set()
        for job in self.queued():
            if not self.printer_target:
                break
            error = ""
            key = (job.kind, job.document_id)
            if key not in done:  # older queues may hold several copies of one slip: print one
                data = self._render(job.kind, job.document_id)
                try:
                    send(data, self.printer_target, timeout=self.timeout)
                except PrinterUnavailable as exc:
                    error = exc.message
                else:
                    done.add(key)
            with self._uow.begin() as s:
                row = s.get(PrintJob, job.id)
                if row is None:
                    raise NotFound("No such print job.", job_id=job.id)
                row.attempts += 1
                row.target = self.printer_target
                if error:
                    row.last_error = error
                else:
                    row.printed_at = self._clock.now()
            if error:
                results.append(PrintResult(False, True, error, job_id=job.id))
                break
            results.append(PrintResult(True, False, "Printed.", job_id=job.id))
        return results

    # --- A4 PDFs ---------------------------------------------------------------------------

    def _folder(self, name: str) -> Path:
        if self.data_dir is None:
            raise ValidationError("data_dir", "no data folder is set for saving PDFs")
        folder = self.data_dir / name
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def invoice_pdf_path(self, bill_id: str) -> Path:
        number = self._billing.bill(bill_id).number
        return self._folder("invoices") / f"{_safe_name(number)}.pdf"

    def print_invoice_pdf(self, bill_id: str, copy: str = "original") -> PrintResult:
        """Write the A4 tax invoice to ``data_dir/invoices/<number>.pdf`` (reprints overwrite it).

        ``copy`` (Rule 48): "original" for the recipient, "duplicate" for the transporter
        (``<number>-duplicate.pdf``) or "triplicate" for the supplier; each copy is marked
        DUPLICATE (a reprint) only when that same copy was made before.
        """
        from jewelpos.printing.invoice_pdf import COPY_LABELS, render_tax_invoice_pdf

        if copy not in COPY_LABELS:
            raise ValidationError("copy", "must be original, duplicate or triplicate")
        kind = INVOICE_PDF if copy == "original" else f"{INVOICE_PDF}_{copy[:3]}"
        from jewelpos.services.einvoice import with_einvoice  # the IRN and QR, once registered

        doc = with_einvoice(
            self._uow,
            self._billing.invoice_document(bill_id),
            bill_id,
            zone=shop_zone(self._clock),
        )
        duplicate = self.printed_before(kind, bill_id)
        data = render_tax_invoice_pdf(
            doc, duplicate=duplicate, copy=copy, language=self.print_language()
        )
        suffix = "" if copy == "original" else f"-{copy}"
        path = self._folder("invoices") / f"{_safe_name(doc.invoice_number)}{suffix}.pdf"
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
        self._record_printed(kind, bill_id, str(path))
        return PrintResult(
            printed=False,
            queued=False,
            message=f"Tax invoice saved as {path}.",
            pdf_path=path,
            duplicate=duplicate,
        )

    def print_day_end_slip(self, day: date) -> PrintResult:
        """Send the day-end report to the receipt printer; if none is set or it does not
        answer, queue it like a receipt."""
        data = self._day_end.report_slip(day, paper_mm=self.receipt_width_mm)
        return self._send_or_queue(DAY_END_SLIP, day.isoformat(), data, document="day-end report")

    def save_day_end_pdf(self, day: date) -> PrintResult:
        """Write the day-end report to ``data_dir/reports/day-end-<day>.pdf``."""
        data = self._day_end.report_pdf(day)
        path = self._folder("reports") / f"day-end-{day.isoformat()}.pdf"
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
        return PrintResult(
            printed=False, queued=False, message=f"Day-end report saved as {path}.", pdf_path=path
        )
