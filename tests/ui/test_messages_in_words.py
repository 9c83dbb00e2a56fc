"""Every validation error the services can raise reads as words, in English and in Hindi."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from factories import SHOP_MORNING, services_for, shop_db, user_named
from jewelpos.domain.clock import FixedClock
from jewelpos.domain.errors import ValidationError
from jewelpos.services.customers import CustomerInput
from jewelpos.services.transfers import TransferInput
from jewelpos.ui import messages
from jewelpos.ui.i18n import Translations
from jewelpos.ui.messages import error_text, field_label
from jewelpos.ui.problem_texts import match_problem

SRC = Path(messages.__file__).resolve().parents[1]
DEVANAGARI = re.compile("[\u0900-\u097f]")
IDENTIFIER = re.compile(r"\b[a-z]+_[a-z_]+\b|\w+\[\d+\]")
RAISERS = {"ValidationError", "TagDoesNotFit", "PanRequired", "BuyerDetailsRequired"}
# modules whose problems are about files written by programs (estimate files for IT, document
# numbers, internal checks): a general translated sentence is shown for their problems
GENERAL_SENTENCE_OK = {
    "estimate_file.py",
    "estimate_json.py",
    "numbering.py",
    "formatting.py",
    "rules.py",
    "demo.py",
    "printing_jobs.py",
    "pricing.py",
}


def _render(node: ast.AST | None) -> str | None:
    """A literal string, or an f-string with each {value} shown as 7."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "7" for v in node.values)
    return None


def _sources() -> list[Path]:
    return sorted(
        p
        for folder in ("services", "domain", "printing")
        for p in (SRC / folder).rglob("*.py")
        if "__pycache__" not in p.parts
    )


def _raises() -> list[tuple[str, int, str | None, str | None]]:
    """(file, line, field, problem) of every ValidationError(...) / RowError(...) in the code."""
    found = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name in RAISERS or name == "RowError":
                args = node.args[1:] if name == "RowError" else node.args
                field = _render(args[0]) if args else None
                problem = _render(args[1]) if len(args) > 1 else None
                found.append((path.name, node.lineno, field, problem))
    return found


def _field_arguments() -> set[str]:
    """Field names handed to the checking helpers (``parse_money(x, field="making_value")``)."""
    takes_field: dict[str, int] = {}
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in _sources()]
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                names = [a.arg for a in node.args.args if a.arg != "self"]
                if "field" in names:
                    takes_field[node.name] = names.index("field")
    found: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            for kw in node.keywords:
                if kw.arg in ("field", "where") and (text := _render(kw.value)):
                    found.add(text)
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            index = takes_field.get(name, len(node.args))
            if index < len(node.args) and (text := _render(node.args[index])):
                found.add(text)
    return found


def _names_in(field: str) -> set[str]:
    """The names in a field path; "old gold 7" (a screen's key after a name) is old_gold."""
    field = re.sub(r"([a-z]+(?: [a-z]+)*) 7", lambda m: m.group(1).replace(" ", "_"), field)
    return {n for n in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", field) if not n.isdigit()}


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    t = Translations(qapp)
    yield t
    t.reset()


def _check(exc: ValidationError, translations: Translations, where: str) -> None:
    """The message names no identifier; in Hindi it is Devanagari and not the English text."""
    assert translations.set_language("en")
    english = error_text(exc)
    assert english and not IDENTIFIER.search(english), f"{where}: {english}"
    assert translations.set_language("hi")
    hindi = error_text(exc)
    assert not IDENTIFIER.search(hindi), f"{where}: {hindi}"
    assert DEVANAGARI.search(hindi) and hindi != english, f"{where}: {hindi}"
    assert translations.set_language("en")


def test_every_field_any_service_raises_has_a_label() -> None:
    """Each field name in a ValidationError or a checking helper's field argument of services,
    domain and printing has words of its own (new fields fail here until they get a label)."""
    fields = {f for _, _, f, _ in _raises() if f} | _field_arguments()
    names = set().union(*(_names_in(f) for f in fields))
    known = set(messages._FIELD_LABELS) | set(messages._ENTRY_LABELS)
    # parts of file paths in estimate files that are the file's own keys
    missing = sorted(names - known - {"where", "field", "source", "prefix"})
    assert not missing, missing


def test_indexed_fields_read_as_words_by_one_rule() -> None:
    """huids[0] is HUID 1, lines[2].making is Line 3: Making charge, at any index and depth."""
    assert field_label("huids[0]") == "HUID 1"
    assert field_label("huids[11]") == "HUID 12"
    assert field_label("lines[2].making") == "Line 3: Making charge"
    assert field_label("set_offs[0].kind") == "Set-off 1: Kind"
    assert field_label("pieces[4].gross_mg") == "Piece 5: Gross weight"
    assert field_label("payments[1].card_last4") == "Payment 2: Card's last 4 digits"
    assert field_label("items[0].wastage.percent") == "Item 1: VA / wastage: Percent"


def test_every_problem_the_code_raises_is_a_sentence_in_both_languages(
    translations: Translations,
) -> None:
    """Each ValidationError written in the code (f-string values as 7), shown as the counter shows
    it: no snake_case or list index, Hindi in Devanagari; and each problem of a cashier's screen
    matches a translated sentence of its own (not the general one)."""
    unmatched = []
    checked = 0
    for file, line, field, problem in _raises():
        if field is None or problem is None:
            continue
        where = f"{file}:{line}"
        exc = ValidationError(field.replace("7", "0"), problem)
        _check(exc, translations, where)
        checked += 1
        if file not in GENERAL_SENTENCE_OK and match_problem(problem) is None:
            unmatched.append(f"{where} {problem!r}")
    assert checked > 150
    assert not unmatched, unmatched


def _cases(services: Any, owner: Any) -> list[tuple[str, Callable[[], object]]]:
    """Bad input to the services, one call each, as the screens would send it."""
    customers, users, settings = services.customers, services.users, services.shop_settings
    return [
        ("customer mobile", lambda: customers.save(CustomerInput("Asha", "12345"), by=owner)),
        ("customer name", lambda: customers.save(CustomerInput("", "9876543210"), by=owner)),
        (
            "customer PIN code",
            lambda: customers.save(
                CustomerInput("Asha", "9876543210", pin_code="012345"), by=owner
            ),
        ),
        (
            "customer e-mail",
            lambda: customers.save(CustomerInput("Asha", "9876543210", email="x@"), by=owner),
        ),
        (
            "user PIN",
            lambda: users.add_user(
                username="ramesh", display_name="Ramesh", role="cashier", pin="12", by=owner
            ),
        ),
        (
            "user name",
            lambda: users.add_user(
                username="R S", display_name="Ramesh", role="cashier", pin="1234", by=owner
            ),
        ),
        (
            "user role",
            lambda: users.add_user(
                username="ramesh", display_name="Ramesh", role="boss", pin="1234", by=owner
            ),
        ),
        ("hallmark fee", lambda: settings.save({"hallmark_fee": "abc"}, by=owner)),
        ("reopen hours", lambda: settings.save({"reopen_hours": "500"}, by=owner)),
        ("stock-take tray", lambda: services.stocktake.start("tray", "", by=owner)),
        ("stock-take scope", lambda: services.stocktake.start("shelf", "", by=owner)),
        (
            "transfer without pieces",
            lambda: services.transfers.issue(TransferInput("branch", ()), by=owner),
        ),
        (
            "transfer without branch",
            lambda: services.transfers.issue(TransferInput("branch", ("X1",)), by=owner),
        ),
        (
            "bill search days",
            lambda: services.bill_search.search(
                _query(day_from=date(2026, 12, 2), day_to=date(2026, 12, 1))
            ),
        ),
    ]


def _query(**kw: Any) -> Any:
    from jewelpos.services.bill_search import BillQuery

    return BillQuery(**kw)


def test_bad_input_to_the_services_is_told_in_words(
    tmp_path: Path, translations: Translations
) -> None:
    """Driving the services with bad input as the screens would: every refusal is a
    ValidationError whose message has no field name and is Hindi in a Hindi UI."""
    services = services_for(shop_db(tmp_path / "shop.sqlite3"), FixedClock(SHOP_MORNING))
    try:
        owner = user_named(services, "owner")
        for name, call in _cases(services, owner):
            with pytest.raises(ValidationError) as caught:
                call()
            _check(caught.value, translations, f"{name} ({caught.value.field})")
    finally:
        services.engine.dispose()


def test_import_row_errors_are_words(translations: Translations) -> None:
    """An import file's bad cell reads as row, field name and problem in words, in Hindi too."""
    from jewelpos.ui.messages import row_problem_text

    assert translations.set_language("en")
    text = row_problem_text(3, "gross_g", "'abc' is not a number")
    assert text == "Row 3, Gross weight: Type a number, like 12.50."
    missing = "Columns: Match a column to each needed field: Tag code, Gross weight."
    assert error_text(ValidationError("map", "map a column to tag_code, gross_g")) == missing
    assert translations.set_language("hi")
    hindi = row_problem_text(3, "stone_g", "the weight -1 is negative")
    assert DEVANAGARI.search(hindi) and not IDENTIFIER.search(hindi)


def test_every_bill_problem_code_has_a_sentence(translations: Translations) -> None:
    """Each Problem("code") the billing services name, and any unknown one, reads as a sentence
    in both languages: never the code itself."""
    from jewelpos.ui.billing_texts import problem_text as bill_problem_text

    codes = {"below_floor_rate", "below_floor_making", "below_floor_wastage", "card_last4"}
    codes |= {"buyer_details_required", "set_off_over_due", "not_a_code_yet"}
    for path in _sources():
        codes |= set(re.findall(r'Problem\(\s*"([a-z_]+)"', path.read_text(encoding="utf-8")))
    assert {"empty_bill", "payment_short", "huid_missing"} <= codes
    for language in ("en", "hi"):
        assert translations.set_language(language)
        texts = {code: bill_problem_text(code, {"line_no": 2, "payment_no": 1}) for code in codes}
        for code, text in texts.items():
            assert not IDENTIFIER.search(text), (code, text)
            assert language == "en" or DEVANAGARI.search(text), (code, text)
