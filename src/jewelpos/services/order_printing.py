"""Printing orders: the order slip and karigar slips to the receipt printer, the karigar slips
and the morning report as A4 PDFs in the data folder (``orders/``), to show or print."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from jewelpos.domain.errors import PrinterUnavailable, ValidationError
from jewelpos.services.order_followup import OrderFollowUp
from jewelpos.services.printing_jobs import PrintService


@dataclass(frozen=True)
class OrderPrint:
    printed: bool
    message: str
    pdf_path: Path | None = None


class OrderPrints:
    """Sends order printouts to this counter's receipt printer or writes their PDFs."""

    def __init__(self, followup: OrderFollowUp, prints: PrintService | None = None) -> None:
        self._followup = followup
        self._printing = prints

    def bind(self, prints: PrintService) -> None:
        """Use this counter's printer settings (they change when Settings are saved)."""
        self._printing = prints

    @property
    def _prints(self) -> PrintService:
        assert self._printing is not None, "OrderPrints.bind was not called"
        return self._printing

    def _send(self, data: bytes, what: str) -> OrderPrint:
        from jewelpos.printing.transport import send

        target = self._prints.printer_target
        if not target:
            return OrderPrint(
                False,
                f"No receipt printer is set: the {what} was not printed. Set the printer in Settings.",
            )
        try:
            send(data, target, timeout=self._prints.timeout, document=what)
        except PrinterUnavailable as exc:
            return OrderPrint(False, exc.message)
        return OrderPrint(True, "Printed.")

    def print_order_slip(self, order_id: str) -> OrderPrint:
        """The shop's and the customer's copy of the order slip."""
        data = self._followup.order_slip_bytes(order_id, paper_mm=self._prints.receipt_width_mm)
        return self._send(data, "order slip")

    def print_karigar_slips(self, day: date | None = None) -> OrderPrint:
        """Every karigar's thermal slip of the day, one after another."""
        from jewelpos.printing.order_slips import render_karigar_slip
        from jewelpos.printing.receipt import PAPER_58MM, PAPER_80MM

        docs = self._followup.karigar_slips(day)
        if not docs:
            return OrderPrint(False, "No orders were given to a karigar today.")
        paper = PAPER_58MM if self._prints.receipt_width_mm == 58 else PAPER_80MM
        return self._send(
            b"".join(render_karigar_slip(d, paper=paper) for d in docs), "karigar slip"
        )

    def _folder(self) -> Path:
        if self._prints.data_dir is None:
            raise ValidationError("data_dir", "no data folder is set for saving PDFs")
        folder = self._prints.data_dir / "orders"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def save_karigar_slips_pdf(self, day: date | None = None) -> OrderPrint:
        """All karigars' A4 slips of the day (with photos) in one PDF, a karigar per page."""
        from jewelpos.printing.order_pdf import karigar_slips_pdf

        d = day or self._followup.today()
        docs = self._followup.karigar_slips(d)
        if not docs:
            return OrderPrint(False, "No orders were given to a karigar today.")
        path = self._folder() / f"karigar-slips-{d.isoformat()}.pdf"
        _write(path, karigar_slips_pdf(docs))
        return OrderPrint(False, f"Karigar slips saved as {path}.", path)

    def save_morning_report_pdf(self, day: date | None = None) -> OrderPrint:
        d = day or self._followup.today()
        path = self._folder() / f"orders-due-{d.isoformat()}.pdf"
        _write(path, self._followup.morning_report_pdf(d))
        return OrderPrint(False, f"Orders report saved as {path}.", path)


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
