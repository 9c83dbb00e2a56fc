"""services/billing is a package of small modules, and the shared lookups exist once (issue 8.10)."""

from __future__ import annotations

import re
from pathlib import Path

import jewelpos
import jewelpos.services.billing as billing
from factories import piece
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.pieces import code_key, huids_of, piece_and_category, piece_by_code

SRC = Path(jewelpos.__file__).parent


def _sources() -> dict[str, str]:
    return {
        str(p.relative_to(SRC)): p.read_text(encoding="utf-8")
        for p in SRC.rglob("*.py")
        if "__pycache__" not in p.parts
    }


def test_every_public_name_imports_from_the_package() -> None:
    """Each name in billing.__all__ (and the two returns.py uses) is importable from the package."""
    for name in [*billing.__all__, "_back_to_stock", "_get_invoice"]:
        assert getattr(billing, name) is not None, name


def test_each_billing_module_reads_in_one_sitting() -> None:
    """No module of the billing package is longer than ~400 lines (a newcomer reads it whole)."""
    for p in (SRC / "services" / "billing").glob("*.py"):
        lines = p.read_text(encoding="utf-8").count("\n")
        assert lines <= 430, f"{p.name}: {lines} lines"


def test_one_lookup_of_a_piece_by_tag_or_huid() -> None:
    """Only services/pieces.py looks a piece up by its HUID (billing, stock, counts, transfers)."""
    found = [name for name, text in _sources().items() if "PieceHuid.huid == " in text]
    assert found == ["services/pieces.py"]


def test_one_shop_identity_query() -> None:
    """Only services/setup.py joins Device, Branch and Shop into the counter's ShopInfo."""
    found = [name for name, text in _sources().items() if "select(Device, Branch, Shop)" in text]
    assert found == ["services/setup.py"]


def test_one_manager_pin_block() -> None:
    """check_pin is called by auth.py alone; approvals and day end go through check_manager_pin."""
    calls = re.compile(r"(?<!def )\bcheck_pin\(")
    found = sorted(name for name, text in _sources().items() if calls.search(text))
    assert found == ["services/auth.py"]


def test_no_hand_written_weight_formatter() -> None:
    """Milligrams become grams text through domain/weight.grams_text only (no // or float)."""
    hand = re.compile(r"% 1000:03d|/ 1000:\.3f|/ 1000\.0")
    found = sorted(name for name, text in _sources().items() if hand.search(text))
    assert found == []


def test_piece_lookup(services: Services, owner: UserInfo) -> None:
    """A piece is found by its tag code (any case) or by a HUID it carries; unknown is None."""
    ring = next(c for c in services.stock.categories() if c.code == "RING")
    tag = services.stock.add_piece(piece(ring.id, huids=("AB12CD",)), by=owner).tag_code
    with services.uow.read() as s:
        by_tag = piece_by_code(s, f"  {tag.lower()} ")
        assert by_tag is not None and by_tag.tag_code == tag
        assert huids_of(s, by_tag.id) == ("AB12CD",)
        by_huid = piece_and_category(s, "ab12cd")
        assert by_huid is not None and by_huid[0].id == by_tag.id and by_huid[1].code == "RING"
        assert piece_by_code(s, "NO-SUCH-TAG") is None
        assert piece_by_code(s, "   ") is None
    assert code_key(" ab12 ") == "AB12"
