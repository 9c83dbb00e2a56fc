"""GST, e-invoice and GSP settings: a manager stores the GSTIN, the turnover limit and the GSP's
address and log-in; a malformed GSTIN, an address that is no web address or a limit of zero is refused in words
and nothing is stored."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

from jewelpos.domain.errors import PermissionDenied, ValidationError
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.gst_settings import EINVOICE_TURNOVER, GstSettingsService, check_gsp_url

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import Counter, make_counter

D = Decimal
GOOD_GSTIN = "27AAPFU0939F1ZV"  # the GSTN's own example: check character V


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def test_manager_stores_einvoice_and_gsp_settings(counter: Counter) -> None:
    """Defaults first (no GSTIN of its own, Rs 5 crore, no GSP); then every value read back,
    the GSTIN in capitals, and the Tally ledgers untouched."""
    svc = GstSettingsService(counter.services.uow)
    before = svc.load()
    assert (before.gstin, before.gsp_url) == ("", "")
    assert before.einvoice_turnover == EINVOICE_TURNOVER == D("50000000.00")
    saved = svc.save(
        by=counter.manager,
        gstin=" 27aapfu0939f1zv ",
        einvoice_turnover=D("100000000"),
        gsp_url=" https://gsp.example.in/eivital/v1.04/Invoice ",
        gsp_username="shree",
        gsp_password="s3cret pass",
    )
    assert saved.gstin == GOOD_GSTIN
    assert saved.einvoice_turnover == D("100000000.00")
    assert saved.gsp_url == "https://gsp.example.in/eivital/v1.04/Invoice"
    assert (saved.gsp_username, saved.gsp_password) == ("shree", "s3cret pass")
    assert svc.load() == saved and saved.tally_ledgers == before.tally_ledgers
    cleared = svc.save(by=counter.manager, gstin="", gsp_url="")
    assert (cleared.gstin, cleared.gsp_url) == ("", "")


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"gstin": "27AAPFU0939F1ZX"}, "gstin", "check character is wrong"),
        ({"gstin": "27AAPFU0939F"}, "gstin", "is not a GSTIN"),
        ({"gstin": "55AAPFU0939F1ZV"}, "gstin", "no GST state code"),
        ({"gsp_url": "gsp.example.in/einvoice"}, "gsp_url", "GSP's web address"),
        ({"gsp_url": "ftp://gsp.example.in"}, "gsp_url", "GSP's web address"),
        ({"gsp_url": "https:// gsp.example.in"}, "gsp_url", "GSP's web address"),
        ({"einvoice_turnover": D("0")}, "einvoice_turnover", "more than zero"),
        ({"gsp_username": "x" * 101}, "gsp_username", "longer than 100 characters"),
    ],
)
def test_bad_values_are_refused_in_words(
    counter: Counter, values: dict[str, object], field: str, words: str
) -> None:
    """Each bad value names its field; the stored settings stay as they were."""
    svc = GstSettingsService(counter.services.uow)
    before = svc.load()
    with pytest.raises(ValidationError, match=words) as caught:
        svc.save(by=counter.manager, **values)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert svc.load() == before


def test_cashier_cannot_change_the_gsp(counter: Counter) -> None:
    """The GSP's address is a manager's setting."""
    with pytest.raises(PermissionDenied):
        GstSettingsService(counter.services.uow).save(
            by=counter.cashier, gsp_url="https://gsp.example.in"
        )


def test_gsp_url_check_keeps_good_addresses() -> None:
    """http and https addresses with a host pass cleaned; blank means not set up."""
    assert check_gsp_url("  http://127.0.0.1:8080/irn ") == "http://127.0.0.1:8080/irn"
    assert check_gsp_url("   ") == ""
