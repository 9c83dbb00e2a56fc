"""Import of stock and customers from CSV and XLSX: mapping, dry run naming every bad row,
all-or-nothing import with progress, cancel, outbox rows; and the `jewelpos import` command."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from jewelpos.db.models import Customer, PieceHuid, PieceStone, StockPiece, SyncOutbox
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.importing import (
    ImportCancelled,
    ImportRefused,
    guess_mapping,
    read_table,
)
from jewelpos.services.stock import StockFilter

STOCK_HEADER = ["Tag No", "Item", "Purity", "Gross Wt", "Stone Wt", "Stone Value", "HUID",
                "Design", "Description", "Cost Price", "Tray"]  # fmt: skip
GOOD_STOCK = [
    [
        "OLD-0001",
        "RING",
        "22K916",
        "6.250",
        "0.380",
        "1200",
        "AB12CD",
        "RG-1",
        "Ruby ring",
        "45230",
        "A",
    ],
    ["OLD-0002", "Gold chain", "916", "18.450", "", "", "", "CH-7", "Rope chain", "", "B"],
    ["old-0003", "PAYAL", "", "52.1", "0", "", "", "PY-3", "Payal pair", "", ""],
    ["OLD-0004", "RING", "18K", "4.100", "", "", "ZX98YU ZX98YT", "RG-2", "", "", "A"],
]
BAD_STOCK = [
    GOOD_STOCK[0],
    ["OLD-0002", "CHAIN", "916", "-18.450", "", "", "", "CH-7", "", "", ""],  # negative weight
    ["OLD-0003", "RING", "916", "2.000", "2.500", "", "", "", "", "", ""],  # stones > gross
    ["OLD-0001", "RING", "916", "3.000", "", "", "", "", "", "", ""],  # duplicate tag in file
    ["OLD-0005", "RING", "916", "3.000", "", "", "AB1-CD", "", "", "", ""],  # malformed HUID
    ["OLD-0006", "RING", "916", "3.000", "", "", "", "", "", "", ""],  # fine
    ["OLD-0007", "BANGLE??", "916", "3.000", "", "", "", "", "", "", ""],  # unknown category
]
CUSTOMER_HEADER = ["Customer Name", "Mobile No", "City", "DOB", "PAN"]
GOOD_CUSTOMERS = [
    ["Priya Sharma", "+91 98765 43210", "Pune", "25-12-1990", "ABCPS1234K"],
    ["Ravi Kumar", "09876543211", "Mumbai", "", ""],
]


def _csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def _xlsx(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(header)
    for r in rows:  # numbers as numbers, like a real spreadsheet
        ws.append([float(c) if c.replace(".", "", 1).lstrip("-").isdigit() else c for c in r])
    wb.save(path)
    return path


def _count(services: Services, model: type) -> int:
    with services.uow.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_headers_are_guessed() -> None:
    """Common header names of other programs map to our fields."""
    mapping = guess_mapping(STOCK_HEADER, "stock")
    assert mapping == {
        "Tag No": "tag_code", "Item": "category", "Purity": "purity", "Gross Wt": "gross_g",
        "Stone Wt": "stone_g", "Stone Value": "stone_value", "HUID": "huid",
        "Design": "design_no", "Description": "description", "Cost Price": "cost", "Tray": "tray",
    }  # fmt: skip
    assert guess_mapping(CUSTOMER_HEADER, "customers") == {
        "Customer Name": "name", "Mobile No": "mobile", "City": "city", "DOB": "birthday",
        "PAN": "pan",
    }  # fmt: skip


@pytest.mark.parametrize("make", [_csv, _xlsx], ids=["csv", "xlsx"])
def test_bad_stock_file_is_refused_whole_with_every_bad_row_named(
    services: Services, owner: UserInfo, tmp_path: Path, make: object
) -> None:
    """Negative weight, stones heavier than gross, a duplicate tag, a malformed HUID and an
    unknown category: the dry run names each row; the import refuses and writes nothing."""
    suffix = ".csv" if make is _csv else ".xlsx"
    path = make(tmp_path / f"bad{suffix}", STOCK_HEADER, BAD_STOCK)  # type: ignore[operator]
    report = services.importing.dry_run(path, "stock")
    assert report.total_rows == 7 and not report.ok
    by_row = {e.row: e for e in report.errors}
    assert sorted(by_row) == [3, 4, 5, 6, 8]
    assert by_row[3].field == "gross_g" and "negative" in by_row[3].problem
    assert by_row[4].field == "stone_g" and "stones weigh" in by_row[4].problem
    assert by_row[5].field == "tag_code" and "row 2" in by_row[5].problem
    assert by_row[6].field == "huid"
    assert by_row[8].field == "category"
    before = (_count(services, StockPiece), _count(services, SyncOutbox))
    with pytest.raises(ImportRefused) as refused:
        services.importing.run_import(path, "stock", by=owner)
    assert sorted({e.row for e in refused.value.errors}) == [3, 4, 5, 6, 8]
    assert (_count(services, StockPiece), _count(services, SyncOutbox)) == before


@pytest.mark.parametrize("make", [_csv, _xlsx], ids=["csv", "xlsx"])
def test_good_stock_file_imports_exactly(
    services: Services, owner: UserInfo, tmp_path: Path, make: object
) -> None:
    """Every row becomes a piece with its weights, purity, stones, HUIDs, cost and tray, with
    outbox rows for head office; then the same file is refused as duplicates of the db."""
    suffix = ".csv" if make is _csv else ".xlsx"
    path = make(tmp_path / f"good{suffix}", STOCK_HEADER, GOOD_STOCK)  # type: ignore[operator]
    assert services.importing.dry_run(path, "stock").ok
    seen: list[tuple[int, int]] = []
    report = services.importing.run_import(
        path, "stock", by=owner, progress=lambda d, t: seen.append((d, t)) or True
    )
    assert report.imported == 4 and seen[0] == (0, 4) and seen[-1] == (4, 4)
    page = services.stock.search(StockFilter(text="OLD-", limit=10))
    rows = {r.tag_code: r for r in page.rows}
    assert sorted(rows) == ["OLD-0001", "OLD-0002", "OLD-0003", "OLD-0004"]
    r1, r2, r3, r4 = (rows[f"OLD-000{i}"] for i in range(1, 5))
    assert (r1.category_name, r1.purity_label, r1.gross_mg, r1.stone_mg, r1.net_mg) == (
        "Gold ring", "22K916", 6250, 380, 5870,
    )  # fmt: skip
    assert (r1.huids, r1.tray, r1.design_no, r1.stone_value_paise) == (("AB12CD",), "A", "RG-1", 120000)  # fmt: skip
    assert (r2.category_name, r2.gross_mg, r2.net_mg) == ("Gold chain", 18450, 18450)
    assert (r3.metal, r3.purity, r3.gross_mg) == ("silver", 925, 52100)
    assert (r4.purity_label, r4.huids) == ("18K750", ("ZX98YT", "ZX98YU"))
    assert services.stock.piece(r1.id).cost_paise == 4523000
    assert services.stock.piece(r1.id).history[0].kind == "imported"
    assert (_count(services, PieceHuid), _count(services, PieceStone)) == (3, 1)
    with services.uow.read() as s:
        tables = set(s.scalars(select(SyncOutbox.table_name)))
    assert {"stock_piece", "piece_huid", "piece_stone", "piece_event", "audit_log"} <= tables
    again = services.importing.dry_run(path, "stock")
    assert {e.row for e in again.errors} == {2, 3, 4, 5}


def test_customers_import_and_bad_mobile(
    services: Services, owner: UserInfo, tmp_path: Path
) -> None:
    """Customers import with normalised mobiles; a bad mobile or a repeated one refuses all."""
    bad = _csv(tmp_path / "bad.csv", CUSTOMER_HEADER,
               [*GOOD_CUSTOMERS, ["Anil", "12345", "", "", ""], ["Ravi K", "9876543211", "", "", ""]])  # fmt: skip
    report = services.importing.dry_run(bad, "customers")
    assert {e.row: e.field for e in report.errors} == {4: "mobile", 5: "mobile"}
    with pytest.raises(ImportRefused):
        services.importing.run_import(bad, "customers", by=owner)
    assert _count(services, Customer) == 0
    good = _xlsx(tmp_path / "good.xlsx", CUSTOMER_HEADER, GOOD_CUSTOMERS)
    assert services.importing.run_import(good, "customers", by=owner).imported == 2
    priya = services.customers.find_by_mobile("9876543210")
    assert priya is not None and priya.city == "Pune" and str(priya.birthday) == "1990-12-25"


def test_cancel_rolls_everything_back(services: Services, owner: UserInfo, tmp_path: Path) -> None:
    """Cancelling after the first batch leaves nothing behind."""
    rows = [[f"T{i:05d}", "RING", "916", "3.000"] for i in range(2500)]
    path = _csv(tmp_path / "many.csv", ["Tag", "Category", "Purity", "Gross"], rows)
    with pytest.raises(ImportCancelled):
        services.importing.run_import(path, "stock", by=owner, progress=lambda d, _t: d < 1000)
    assert _count(services, StockPiece) == 0
    assert services.importing.run_import(path, "stock", by=owner).imported == 2500
    assert services.stock.search(StockFilter()).total_count == 2500  # summary triggers kept up


def test_unreadable_files(tmp_path: Path) -> None:
    """Wrong type, empty and non-UTF-8 files give clear messages."""
    from jewelpos.domain.errors import ValidationError

    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    (tmp_path / "e.csv").write_text("")
    (tmp_path / "l.csv").write_bytes("Name,Mobile\nJos\xe9,9876543210\n".encode("latin-1"))
    for name, words in (("x.pdf", ".csv or .xlsx"), ("e.csv", "empty"), ("l.csv", "UTF-8")):
        with pytest.raises(ValidationError, match=words):
            read_table(tmp_path / name)


def test_cli_import_dry_run_and_import(services: Services, owner: UserInfo, tmp_path: Path) -> None:
    """`jewelpos import stock FILE --map ... --dry-run` lists bad rows and exits 1; the real
    import of a good file exits 0."""
    db = Path(str(services.engine.url.database))
    services.engine.dispose()
    home = db.parent
    bad = _csv(tmp_path / "bad.csv", ["Code", "Kind", "Purity", "Weight"],
               [["X1", "RING", "916", "-1"], ["X2", "RING", "916", "2.5"]])  # fmt: skip
    cmd = [sys.executable, "-m", "jewelpos", "--data-dir", str(home), "import", "stock"]
    run = subprocess.run([*cmd, str(bad), "--map", "Code=tag_code", "--map", "Kind=category",
                          "--dry-run"], capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 1, run.stderr
    assert "row 2: gross_g" in run.stdout and "row 3" not in run.stdout
    good = _csv(tmp_path / "good.csv", ["Code", "Kind", "Purity", "Weight"],
                [["X1", "RING", "916", "1.5"], ["X2", "RING", "916", "2.5"]])  # fmt: skip
    run = subprocess.run([*cmd, str(good), "--map", "Code=tag_code", "--map", "Kind=category"],
                         capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "imported 2 stock rows" in run.stdout
