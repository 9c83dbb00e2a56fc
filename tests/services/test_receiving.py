"""Receiving: receipts tag pieces and lots in one transaction; cost code, scale lines, photos."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from factories import piece
from jewelpos.db.models import PieceEvent, StockPiece, SyncOutbox
from jewelpos.db.models_stock import StockReceipt
from jewelpos.domain.errors import DuplicateValue, PermissionDenied, ValidationError
from jewelpos.services import Services
from jewelpos.services.auth import Role, UserInfo
from jewelpos.services.receiving import (
    ReceiptInput,
    ScaleSettings,
    cost_letters,
    lot,
    parse_scale_line,
    store_photo,
)
from jewelpos.services.stock import NewStone


def _cat_id(services: Services, code: str) -> str:
    return next(c.id for c in services.stock.categories() if c.code == code)


def _count(services: Services, model: type) -> int:
    with services.uow.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_receipt_tags_a_piece_and_a_lot_with_series_codes_and_outbox(
    services: Services, owner: UserInfo
) -> None:
    """One receipt: a stoned ring and a lot of three chains; codes follow the branch series."""
    ring, chain = _cat_id(services, "RING"), _cat_id(services, "CHAIN")
    outbox_before = _count(services, SyncOutbox)
    pieces = (
        piece(
            ring,
            gross_mg=6250,
            stones=(NewStone("ruby", 2, 380, 120000),),
            huids=("AB12CD",),
            design_no="rg-2211",
            cost_paise=4523050,
        ),
        *lot(piece(chain, design_no="CH-1043"), [18450, 18520, 19001]),
    )
    info = services.receiving.receive(
        ReceiptInput(kind="karigar", party_name="Ramesh Karigar", day=date(2025, 6, 1),
                     pieces=pieces),
        by=owner,
    )  # fmt: skip
    assert info.number == "RB1-C2/25/00001"
    assert [p.tag_code for p in info.pieces] == [f"B1C2{n:06d}" for n in range(1, 5)]
    assert [p.gross_mg for p in info.pieces] == [6250, 18450, 18520, 19001]
    assert info.pieces[0].net_mg == 5870 and info.pieces[0].design_no == "RG-2211"
    assert info.gross_mg == 6250 + 18450 + 18520 + 19001
    detail = services.stock.piece(info.pieces[0].id)
    assert detail.cost_code == "EPAKM"  # MAKEPROFIT: 4=E 5=P 2=A 3=K 1=M for Rs 45,230.50 -> 45,231
    assert detail.history[0].kind == "received" and info.number in detail.history[0].note
    with services.uow.read() as s:
        assert s.scalar(select(func.count()).select_from(StockReceipt)) == 1
        refs = set(s.scalars(select(PieceEvent.ref)))
        tables = set(s.scalars(select(SyncOutbox.table_name).where(SyncOutbox.seq > outbox_before)))
    assert refs == {info.id}
    assert {"stock_receipt", "stock_piece", "piece_huid", "piece_stone", "piece_event"} <= tables


def test_receipt_is_all_or_nothing_and_names_the_bad_piece(
    services: Services, owner: UserInfo
) -> None:
    """A bad third piece refuses the whole receipt: no piece, no number, no outbox row."""
    ring = _cat_id(services, "RING")
    before = (_count(services, StockPiece), _count(services, SyncOutbox))
    bad = (piece(ring), piece(ring), piece(ring, gross_mg=500, stone_mg=600))
    with pytest.raises(ValidationError) as e:
        services.receiving.receive(
            ReceiptInput(kind="purchase", party_name="Supplier", day=date(2025, 6, 1), pieces=bad),
            by=owner,
        )
    assert e.value.field == "pieces[2].stone_mg"
    dup = (piece(ring, huids=("ZZ11ZZ",)), piece(ring, huids=("ZZ11ZZ",)))
    with pytest.raises(DuplicateValue):
        services.receiving.receive(
            ReceiptInput(kind="purchase", party_name="Supplier", day=date(2025, 6, 1), pieces=dup),
            by=owner,
        )
    assert (_count(services, StockPiece), _count(services, SyncOutbox)) == before
    ok = services.receiving.receive(
        ReceiptInput(kind="purchase", party_name="Supplier", day=date(2025, 6, 1),
                     pieces=(piece(ring),)),
        by=owner,
    )  # fmt: skip
    assert ok.number.endswith("/00001")  # the refused receipts gave their numbers back
    assert ok.pieces[0].tag_code == "B1C2000001"


def test_receipt_checks_kind_party_and_lot_huids(services: Services, owner: UserInfo) -> None:
    """A receipt needs a kind and a party; a lot cannot share one HUID."""
    ring = _cat_id(services, "RING")
    with pytest.raises(ValidationError, match="party_name"):
        services.receiving.receive(
            ReceiptInput(kind="purchase", party_name=" ", day=date(2025, 6, 1),
                         pieces=(piece(ring),)),
            by=owner,
        )  # fmt: skip
    with pytest.raises(ValidationError):
        services.receiving.receive(
            ReceiptInput(kind="gift", party_name="X", day=date(2025, 6, 1), pieces=(piece(ring),)),
            by=owner,
        )
    with pytest.raises(ValidationError):
        lot(piece(ring, huids=("AB12CD",)), [1000, 2000])


def test_cost_letters_and_cipher_setting(services: Services, owner: UserInfo) -> None:
    """Digits 1-9,0 map to the cipher's letters; the cipher needs 10 different letters."""
    assert cost_letters(4523000, "MAKEPROFIT") == "EPAKT"
    assert cost_letters(1234567890_00, "make profit") == "MAKEPROFIT"
    assert cost_letters(99_50, "MAKEPROFIT") == "MTT"  # Rs 99.50 rounds half up to 100
    with pytest.raises(ValidationError):
        cost_letters(100, "JEWELRY CO")  # E twice
    assert services.receiving.save_cost_cipher("black horse", by=owner) == "BLACKHORSE"
    assert services.receiving.cost_cipher() == "BLACKHORSE"
    cashier = services.auth.add_user(
        username="sunita", display_name="Sunita", role=Role.CASHIER, pin="4321", by=owner
    )
    with pytest.raises(PermissionDenied):
        services.receiving.save_cost_cipher("MAKEPROFIT", by=cashier)


@pytest.mark.parametrize(
    ("line", "mg"),
    [
        ("ST,GS,+  18.450 g\r\n", 18450),
        ("   6.25g", 6250),
        ("NET 0012.005 g", 12005),
        ("US,GS,+  18.450 g", 18450),
        ("OL", None),
        ("  0.000 g", None),
        ("", None),
    ],
)
def test_scale_lines_parse_to_milligrams(line: str, mg: int | None) -> None:
    """The default pattern reads the weight out of typical scale lines; noise gives None."""
    assert parse_scale_line(line) == mg


def test_scale_pattern_is_configurable_and_checked(services: Services) -> None:
    """A custom pattern (one group) reads other scales; a broken pattern is refused."""
    assert parse_scale_line("W=+018.450", r"W=\+?([0-9.]+)") == 18450
    with pytest.raises(ValidationError):
        parse_scale_line("x", r"([0-9")
    with pytest.raises(ValidationError):
        services.receiving.save_scale_settings(ScaleSettings(port="COM3", pattern=r"\d+ g"))
    saved = services.receiving.save_scale_settings(
        ScaleSettings(port="/dev/ttyUSB0", baud=2400, pattern=r"([0-9.]+)g")
    )
    assert services.receiving.scale_settings() == saved


def test_photo_is_copied_and_bad_or_huge_files_are_refused(tmp_path: Path) -> None:
    """A JPEG is copied into the photos folder; a broken file and one over 10 MB are refused."""
    photos = tmp_path / "photos"
    good = tmp_path / "ring.jpg"
    Image.new("RGB", (64, 48), (200, 160, 40)).save(good, format="JPEG")
    name = store_photo(good, photos_dir=photos)
    assert name.endswith(".jpg") and (photos / name).read_bytes() == good.read_bytes()
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(good.read_bytes()[:40])
    with pytest.raises(ValidationError, match="not a readable picture"):
        store_photo(broken, photos_dir=photos)
    text = tmp_path / "notes.png"
    text.write_text("not a picture")
    with pytest.raises(ValidationError, match="not a readable picture"):
        store_photo(text, photos_dir=photos)
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as f:
        f.write(good.read_bytes())
        f.truncate(10 * 1024 * 1024 + 1)
    with pytest.raises(ValidationError, match="at most 10 MB"):
        store_photo(huge, photos_dir=photos)
    with pytest.raises(ValidationError, match="cannot read"):
        store_photo(tmp_path / "missing.jpg", photos_dir=photos)
    assert sorted(p.name for p in photos.iterdir()) == [name]
