"""Two counters of one branch with the longest codes setup allows: every document of every type
gets a number no other document of the shop has, of at most 16 characters of [A-Za-z0-9/-]."""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import select

from factories import SHOP, migrated_db, piece, services_for, user_named
from jewelpos.db.models_billing import CreditNote, Estimate, Invoice, OldGoldVoucher
from jewelpos.db.models_stock import StockReceipt, StockTake, StockTransfer
from jewelpos.domain.clock import FixedClock
from jewelpos.services import Services
from jewelpos.services.billing import BillDraft
from jewelpos.services.receiving import ReceiptInput
from jewelpos.services.transfers import TransferInput

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import exchange_old_gold, make_counter, paid_in_full


def _documents_of_every_type(services: Services) -> dict[str, list[str]]:
    """Issue an invoice with old gold, a return of one line, an estimate, a stock receipt, a
    transfer issued and received and a stock-take on this counter; every number it wrote."""
    owner = user_named(services, "owner")
    counter = make_counter(services, owner)
    counter.set_rates()
    neck, ring = counter.necklace(), counter.ring()
    draft = BillDraft(
        lines=(neck, ring), old_gold=(exchange_old_gold(),), customer_id=counter.customer.id
    )
    saved = counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier)
    ring_line = counter.billing.bill(saved.id).lines[1]
    counter.billing.sales_return(
        saved.id,
        line_ids=(ring_line.id,),
        reason="size",
        by=counter.manager,
        keep_rest_as_credit=True,
    )
    counter.services.estimates.save_estimate(
        BillDraft(lines=(counter.ring(huid="RNG002"),)), by=counter.cashier
    )
    ring_cat = counter.cats["RING"]
    received = services.receiving.receive(
        ReceiptInput(
            kind="purchase",
            party_name="Ramesh Karigar",
            day=date(2025, 6, 1),
            pieces=(piece(ring_cat), piece(ring_cat)),
        ),
        by=owner,
    )
    moved = services.transfers.issue(
        TransferInput(kind="tray", codes=(received.pieces[0].tag_code,), to_tray="T2"), by=owner
    )
    services.transfers.receive(moved.number, by=owner)
    services.stocktake.start("branch", "", by=owner)
    with services.uow.read() as s:
        return {
            "invoice": list(s.scalars(select(Invoice.number))),
            "old_gold": list(s.scalars(select(OldGoldVoucher.number))),
            "credit_note": list(s.scalars(select(CreditNote.number))),
            "estimate": list(s.scalars(select(Estimate.number))),
            "stock_receipt": list(s.scalars(select(StockReceipt.number))),
            "transfer_out": list(s.scalars(select(StockTransfer.number))),
            "transfer_in": list(s.scalars(select(StockTransfer.receive_number))),
            "stock_take": list(s.scalars(select(StockTake.number))),
        }


def test_two_counters_of_one_branch_never_share_a_document_number(
    tmp_path: Path, clock: FixedClock
) -> None:
    """Branch B12 with counters C3 and C4 (3 + 2 characters, the longest allowed): all their
    numbers differ, across types and counters, and each fits the GST invoice-number rule."""
    numbers: dict[str, dict[str, list[str]]] = {}
    for code in ("C3", "C4"):
        services = services_for(migrated_db(tmp_path / code / "jewelpos.sqlite3"), clock)
        try:
            services.setup.initialise(replace(SHOP, branch_code="B12", counter_code=code))
            numbers[code] = _documents_of_every_type(services)
        finally:
            services.engine.dispose()
    everything = [n for docs in numbers.values() for kind in docs.values() for n in kind]
    assert all(len(kind) == 1 for docs in numbers.values() for kind in docs.values()), numbers
    assert len(everything) == 16
    assert len(set(everything)) == len(everything), sorted(everything)
    for n in everything:
        assert len(n) <= 16 and re.fullmatch(r"[A-Za-z0-9/-]+", n), n
    # the full codes are kept: before, both counters' credit notes were RB12C/2526/00001
    assert numbers["C3"]["credit_note"] == ["CB12-C3/25/00001"]
    assert numbers["C4"]["credit_note"] == ["CB12-C4/25/00001"]
    assert numbers["C3"]["invoice"] == ["IB12-C3/25/00001"]
    assert numbers["C4"]["stock_receipt"] == ["RB12-C4/25/00001"]
