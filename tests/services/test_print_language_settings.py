"""The shop's print language and time zone reach the estimate slip, the day-end PDF and the tags,
on a real migrated SQLite file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from jewelpos.domain.clock import FixedClock
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import BillDraft

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "printing"))
from billing_helpers import Counter, make_counter, paid_in_full
from escpos_decode import decode


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True)
    return " ".join(out.stdout.split())


def test_day_end_pdf_in_hindi_prints_the_closing_time_in_the_shops_zone(
    counter: Counter, clock: FixedClock, tmp_path: Path
) -> None:
    """A shop in Dubai printing in Hindi: the day-end PDF reads back the screen's Hindi words and
    its closing time in Dubai (05:00 UTC is 09:00 there; India would say 10:30)."""
    counter.services.shop_settings.save(
        {"print_language": "hi", "time_zone": "Asia/Dubai"}, by=counter.owner
    )
    counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring(),)), cash_amount="20000"),
        by=counter.cashier,
    )
    day = counter.today()
    counter.services.day_end.close_day(day, counted={500: 40}, by=counter.manager)
    prints = counter.services.prints
    prints.data_dir = tmp_path
    result = prints.save_day_end_pdf(day)
    assert result.pdf_path is not None
    text = _pdf_text(result.pdf_path)
    for words in ("दिन की समाप्ति", "बिक्री", "गिना गया कैश", "अपेक्षित कैश", "कैश", "यूपीआई"):
        assert words in text, words
    assert "01-06-2025 09:00" in text and "10:30" not in text
    assert "Cash counted" not in text
    slip_file = tmp_path / "slip.bin"
    prints.configure(printer_target=f"file:{slip_file}")
    assert prints.print_day_end_slip(day).printed
    slip = decode(slip_file.read_bytes())
    assert "10:30" not in slip.text  # never India's time
    assert "Cash counted" not in slip.text and slip.images  # its labels drawn in Hindi


def test_estimate_slip_and_tags_follow_the_print_language(counter: Counter) -> None:
    """With Hindi chosen, the estimate slip drops its English labels and the tags' layout gets
    the print language (English keeps the layout as saved; tests/printing covers the Hindi tag)."""
    est = counter.services.estimates.save_estimate(
        BillDraft(lines=(counter.ring(),)), by=counter.cashier
    )
    english = decode(counter.services.estimates.estimate_slip(est.id)).text
    assert "Taxable value" in english and "Round off" in english
    assert counter.services.tags.printed_layout() == counter.services.tags.layout()
    counter.services.shop_settings.save({"print_language": "hi"}, by=counter.owner)
    hindi = decode(counter.services.estimates.estimate_slip(est.id)).text
    assert "Taxable value" not in hindi and "Round off" not in hindi
    slip = decode(counter.services.estimates.estimate_slip(est.id))
    assert slip.barcodes == [(73, b"{B" + est.number.encode())]
