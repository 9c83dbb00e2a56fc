"""Printing the scheme documents through the counter's print service: the instalment receipt
and the enrolment slip on the receipt printer (queued and retried like a bill's receipt when
the printer is not there), the A4 enrolment form and the member's statement as PDFs."""

from __future__ import annotations

from pathlib import Path

from jewelpos.printing.receipt import PAPER_58MM, PAPER_80MM
from jewelpos.printing.scheme_pdf import render_enrolment_pdf, render_statement_pdf
from jewelpos.printing.scheme_slips import render_enrolment_slip, render_instalment_receipt
from jewelpos.services.printing_jobs import PrintResult, PrintService, _safe_name
from jewelpos.services.scheme_printing import SchemeDocuments
from jewelpos.services.schemes import SchemeService

SCHEME_RECEIPT = "scheme_receipt"
SCHEME_ENROLMENT = "scheme_enrolment"


class SchemePrints:
    def __init__(
        self, prints: PrintService, documents: SchemeDocuments, schemes: SchemeService
    ) -> None:
        self._prints = prints
        self._docs = documents
        self._schemes = schemes
        prints.add_renderer(SCHEME_RECEIPT, self.receipt_bytes)
        prints.add_renderer(SCHEME_ENROLMENT, self.enrolment_bytes)

    def receipt_bytes(self, receipt_id: str) -> bytes:
        paper = PAPER_58MM if self._prints.receipt_width_mm == 58 else PAPER_80MM
        return render_instalment_receipt(self._docs.receipt(receipt_id), paper=paper)

    def enrolment_bytes(self, account_id: str) -> bytes:
        paper = PAPER_58MM if self._prints.receipt_width_mm == 58 else PAPER_80MM
        return render_enrolment_slip(self._docs.enrolment(account_id), paper=paper)

    def print_receipt(self, receipt_id: str) -> PrintResult:
        data = self.receipt_bytes(receipt_id)
        return self._prints._send_or_queue(
            SCHEME_RECEIPT, receipt_id, data, document="scheme receipt"
        )

    def print_enrolment(self, account_id: str) -> PrintResult:
        """The thermal enrolment slip, and the A4 form saved as a PDF (when the counter has a
        data folder)."""
        doc = self._docs.enrolment(account_id)
        if self._prints.data_dir is not None:
            name = f"enrolment-{_safe_name(doc.passbook)}"
            self._write("schemes", name, render_enrolment_pdf(doc))
        data = self.enrolment_bytes(account_id)
        return self._prints._send_or_queue(
            SCHEME_ENROLMENT, account_id, data, document="enrolment slip"
        )

    def save_statement_pdf(self, account_id: str) -> PrintResult:
        doc = self._docs.statement(self._schemes, account_id)
        path = self._write(
            "schemes", f"statement-{_safe_name(doc.passbook)}", render_statement_pdf(doc)
        )
        return PrintResult(
            printed=False, queued=False, message=f"Statement saved as {path}.", pdf_path=path
        )

    def _write(self, folder: str, name: str, data: bytes) -> Path:
        path = self._prints._folder(folder) / f"{name}.pdf"
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
        return path
