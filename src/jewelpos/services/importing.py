"""Import stock and customers from CSV or Excel (.xlsx) files made by another program.

1. ``read_table`` reads the header and rows; ``guess_mapping`` maps headers to our fields by
   their names (editable by the person importing).
2. ``dry_run`` checks every row and lists every problem (row number as in the spreadsheet,
   field, problem), also duplicates within the file and against the database.
3. ``run_import`` imports all rows in one transaction or nothing (any bad row refuses the whole
   file); rows go in with ``bulk_insert(capture=True)`` so head office receives them; progress
   is reported and the import can be cancelled (rolled back) between batches.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import (
    Category,
    Customer,
    PieceEvent,
    PieceHuid,
    PieceStone,
    StockPiece,
)
from jewelpos.db.outbox import bulk_insert
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock
from jewelpos.domain.errors import JewelPOSError, PermissionDenied, ValidationError
from jewelpos.domain.ids import new_id
from jewelpos.domain.money import to_paise
from jewelpos.domain.purity import parse_metal
from jewelpos.domain.weight import mg_from_grams
from jewelpos.services._common import audit
from jewelpos.services.auth import UserInfo
from jewelpos.services.customers import CustomerInput, validate_customer
from jewelpos.services.stock import NewPiece, NewStone, PieceStatus, validate_piece

KINDS = ("stock", "customers")
BATCH = 1000
MAX_ROWS = 300_000
MAX_ERRORS = 5000

# field -> header names (normalised: lower case, letters and digits only) that mean it
STOCK_FIELDS: dict[str, tuple[str, ...]] = {
    "tag_code": ("tag", "tagcode", "tagno", "tagnumber", "barcode", "code", "itemcode", "sku"),
    "category": ("category", "categorycode", "item", "itemname", "itemtype", "type", "group"),
    "metal": ("metal",),
    "purity": ("purity", "fineness", "karat", "carat", "kt", "touch"),
    "gross_g": ("gross", "grosswt", "grossweight", "grosswtg", "grossg", "gwt", "weight", "wt"),
    "stone_g": (
        "stone",
        "stonewt",
        "stoneweight",
        "stoneg",
        "lesswt",
        "less",
        "lessweight",
        "swt",
    ),
    "stone_ct": ("stonect", "stonecarat", "stonecarats", "diamondct", "carats", "ct"),
    "net_g": ("net", "netwt", "netweight", "netg", "nwt"),
    "stone_count": ("stones", "stonecount", "stonepcs", "noofstones"),
    "stone_value": ("stonevalue", "stoneamount", "stoneamt", "stonerate"),
    "design_no": ("design", "designno", "designnumber", "style", "styleno", "model"),
    "description": ("description", "desc", "details", "name", "itemdescription", "remarks"),
    "huid": ("huid", "huids", "hallmark", "hallmarkid", "huidno"),
    "cost": ("cost", "costprice", "purchaseprice", "purchaserate", "cp"),
    "location": ("location", "counter", "branch", "place"),
    "tray": ("tray", "trayno", "box", "drawer"),
}
CUSTOMER_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("name", "customer", "customername", "fullname", "partyname"),
    "mobile": (
        "mobile",
        "mobileno",
        "mobilenumber",
        "phone",
        "phoneno",
        "contact",
        "cell",
        "whatsapp",
    ),
    "alternate_phone": ("alternatephone", "altphone", "phone2", "landline", "othernumber"),
    "address": ("address", "address1", "addressline", "street"),
    "city": ("city", "town", "place"),
    "state_code": ("state", "statecode", "gststate"),
    "pin_code": ("pin", "pincode", "pinno", "postcode", "zip", "zipcode"),
    "email": ("email", "emailid", "mail"),
    "birthday": ("birthday", "dob", "dateofbirth", "birthdate"),
    "anniversary": ("anniversary", "anniversarydate", "weddingday", "marriagedate"),
    "pan": ("pan", "panno", "pannumber"),
    "gstin": ("gstin", "gst", "gstno", "gstnumber"),
    "notes": ("notes", "note", "remarks", "comment", "comments"),
}
REQUIRED = {"stock": ("tag_code", "category", "gross_g"), "customers": ("name", "mobile")}


class ImportRefused(JewelPOSError):
    """The file has bad rows: nothing was imported. ``errors`` names every one."""

    code = "import_refused"

    def __init__(self, message: str, errors: Sequence[RowError]) -> None:
        super().__init__(message, count=len(errors))
        self.errors = tuple(errors)


class ImportCancelled(JewelPOSError):
    """The person cancelled the import: nothing was imported."""

    code = "import_cancelled"


@dataclass(frozen=True)
class RowError:
    """``row`` as the spreadsheet numbers it (the header is row 1)."""

    row: int
    field: str
    problem: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.field}: {self.problem}"


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class ImportReport:
    """What a dry run (or an import) found: rows read, rows good, and every error."""

    kind: str
    total_rows: int
    good_rows: int
    errors: tuple[RowError, ...]
    imported: int = 0
    mapping: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors and self.total_rows > 0

    @property
    def bad_rows(self) -> tuple[int, ...]:
        return tuple(sorted({e.row for e in self.errors}))


Progress = Callable[[int, int], bool]
"""progress(done, total) -> False to cancel."""


def fields_for(kind: str) -> dict[str, tuple[str, ...]]:
    if kind == "stock":
        return STOCK_FIELDS
    if kind == "customers":
        return CUSTOMER_FIELDS
    raise ValidationError("kind", "import stock or customers")


# --- reading files -------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()  # fmt: skip
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        # Excel stores numbers as floats: 18.45 -> "18.45", 1000.0 -> "1000"
        text = repr(value)
        return text[:-2] if text.endswith(".0") else text
    return str(value).strip()


def read_table(path: Path) -> Table:
    """Header and rows of a .csv (UTF-8, comma/semicolon/tab) or .xlsx file (first sheet)."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            from openpyxl import load_workbook

            wb = load_workbook(path, read_only=True, data_only=True)
            try:
                ws = wb.worksheets[0]
                raw = [tuple(_cell(v) for v in row) for row in ws.iter_rows(values_only=True)]
            finally:
                wb.close()
        elif suffix in (".csv", ".txt"):
            text = path.read_bytes().decode("utf-8-sig", errors="strict")
            try:
                dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
            except csv.Error:
                dialect = csv.excel
            raw = [tuple(c.strip() for c in row) for row in csv.reader(io.StringIO(text), dialect)]
        else:
            raise ValidationError("file", "choose a .csv or .xlsx file")
    except UnicodeDecodeError:
        raise ValidationError(
            "file", "the CSV file is not UTF-8 text; save it as CSV UTF-8"
        ) from None
    except OSError as exc:
        raise ValidationError("file", f"cannot read {path.name}: {exc.strerror or exc}") from None
    except ValidationError:
        raise
    except Exception as exc:  # openpyxl raises many kinds for damaged files
        raise ValidationError("file", f"{path.name} is not a readable Excel file ({exc})") from None
    while raw and not any(raw[-1]):
        raw.pop()
    if not raw:
        raise ValidationError("file", "the file is empty")
    headers = tuple(h.strip() for h in raw[0])
    width = len(headers)
    rows = tuple(tuple((list(r) + [""] * width)[:width]) for r in raw[1:])
    if len(rows) > MAX_ROWS:
        raise ValidationError("file", f"at most {MAX_ROWS} rows in one import")
    return Table(headers=headers, rows=rows)


def _norm(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", header.lower())


def guess_mapping(headers: Sequence[str], kind: str) -> dict[str, str]:
    """header -> field for every header whose name means one of our fields (first wins)."""
    known = fields_for(kind)
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for exact in (True, False):
        for h in headers:
            if h in mapping:
                continue
            n = _norm(h)
            for fld, names in known.items():
                if fld in taken:
                    continue
                hit = (
                    n == _norm(fld) or n in names
                    if exact
                    else any(n.startswith(name) for name in names if len(name) >= 4)
                )
                if hit:
                    mapping[h] = fld
                    taken.add(fld)
                    break
    return mapping


def parse_map_options(options: Sequence[str], kind: str) -> dict[str, str]:
    """``col=field`` options of the command line; ValidationError for an unknown field."""
    known = fields_for(kind)
    out: dict[str, str] = {}
    for opt in options:
        col, sep, fld = opt.partition("=")
        if not sep or not col.strip():
            raise ValidationError("map", f"write --map COLUMN=FIELD, not {opt!r}")
        fld = fld.strip()
        if fld and fld not in known:
            raise ValidationError("map", f"unknown field {fld!r}; fields: {', '.join(known)}")
        out[col.strip()] = fld
    return out


def check_mapping(headers: Sequence[str], mapping: Mapping[str, str], kind: str) -> dict[str, str]:
    known = fields_for(kind)
    clean = {h: f for h, f in mapping.items() if f}
    for h, f in clean.items():
        if h not in headers:
            raise ValidationError("map", f"the file has no column {h!r}")
        if f not in known:
            raise ValidationError("map", f"unknown field {f!r}")
    used = list(clean.values())
    for f in set(used):
        if used.count(f) > 1:
            raise ValidationError("map", f"two columns are mapped to {f}")
    missing = [f for f in REQUIRED[kind] if f not in used]
    if missing:
        raise ValidationError("map", f"map a column to {', '.join(missing)}")
    return clean


# --- row parsing -----------------------------------------------------------------------------------


def _decimal(text: str, fld: str) -> Decimal | None:
    t = text.replace(",", "").replace("₹", "").strip()
    if t.lower().endswith("g") and fld.endswith("_g"):
        t = t[:-1].strip()
    if not t:
        return None
    try:
        d = Decimal(t)
    except InvalidOperation:
        raise ValidationError(fld, f"{text!r} is not a number") from None
    if not d.is_finite():
        raise ValidationError(fld, f"{text!r} is not a number")
    return d


def _grams(text: str, fld: str) -> int | None:
    d = _decimal(text, fld)
    if d is None:
        return None
    if d < 0:
        raise ValidationError(fld, f"the weight {text} is negative")
    return mg_from_grams(d, field=fld)


_PURITY = re.compile(r"^(?:(\d{1,2})\s*K)?\s*(\d{3})?$", re.IGNORECASE)
_KARAT = {24: 999, 23: 958, 22: 916, 20: 833, 18: 750, 14: 585, 9: 375}


def _purity(text: str) -> int | None:
    t = text.strip().upper().replace("KT", "K").replace("S", "").replace("PT", "")
    if not t:
        return None
    found = _PURITY.match(t)
    if not found or not (found.group(1) or found.group(2)):
        raise ValidationError("purity", f"{text!r} is not a purity like 22K916, 916 or 22K")
    if found.group(2):
        return int(found.group(2))
    karat = int(found.group(1))
    if karat not in _KARAT:
        raise ValidationError("purity", f"{text!r}: no standard fineness for {karat}K")
    return _KARAT[karat]


def _metal(text: str) -> str:
    return parse_metal(text, field="metal").value


def _date(text: str, fld: str) -> date | None:
    t = text.strip()
    if not t:
        return None
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(t, fmt).date()
        except ValueError:
            continue
    raise ValidationError(fld, f"{text!r} is not a date like 25-12-1990")


_HUID_SPLIT = re.compile(r"[\s,;|/]+")


# --- the service -----------------------------------------------------------------------------------


@dataclass
class _Prepared:
    kind: str
    total: int
    errors: list[RowError]
    rows: list[tuple[int, dict[str, Any]]]


class ImportService:
    """Dry run and all-or-nothing import of stock or customers."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def read(self, path: Path, kind: str) -> tuple[Table, dict[str, str]]:
        """The file's table and the guessed mapping (header -> field)."""
        table = read_table(Path(path))
        return table, guess_mapping(table.headers, kind)

    def dry_run(self, path: Path, kind: str, mapping: Mapping[str, str] | None = None) -> ImportReport:  # fmt: skip
        """Check every row without writing; the report lists every problem."""
        table = read_table(Path(path))
        used = check_mapping(table.headers, mapping if mapping is not None else guess_mapping(table.headers, kind), kind)  # fmt: skip
        with self._uow.read() as s:
            prep = self._prepare(s, table, used, kind)
        return ImportReport(
            kind=kind,
            total_rows=prep.total,
            good_rows=prep.total - len({e.row for e in prep.errors}),
            errors=tuple(prep.errors),
            mapping=used,
        )

    def run_import(
        self,
        path: Path,
        kind: str,
        mapping: Mapping[str, str] | None = None,
        *,
        by: UserInfo,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Import every row or none: ImportRefused (with every error) if any row is bad,
        ImportCancelled if ``progress`` returns False; both leave the database unchanged."""
        if not by.can_manage:
            raise PermissionDenied("Only an owner or manager can import data.")
        table = read_table(Path(path))
        used = check_mapping(table.headers, mapping if mapping is not None else guess_mapping(table.headers, kind), kind)  # fmt: skip
        now = self._clock.now()
        with self._uow.begin() as s:
            prep = self._prepare(s, table, used, kind)
            if prep.errors:
                raise ImportRefused(
                    f"{len({e.row for e in prep.errors})} rows have problems; nothing was imported.",
                    prep.errors,
                )
            if not prep.rows:
                raise ValidationError("file", "the file has no rows to import")
            total = len(prep.rows)
            if progress is not None and not progress(0, total):
                raise ImportCancelled("Import cancelled; nothing was imported.")
            for start in range(0, total, BATCH):
                batch = prep.rows[start : start + BATCH]
                if kind == "stock":
                    self._insert_stock(s, [v for _, v in batch], by=by, at=now, source=Path(path).name)  # fmt: skip
                else:
                    bulk_insert(s, Customer, [dict(v) for _, v in batch], capture=True)
                done = min(total, start + BATCH)
                if progress is not None and not progress(done, total):
                    raise ImportCancelled("Import cancelled; nothing was imported.")
            audit(s, user_id=by.id, action=f"import_{kind}", entity="import", entity_id=None,
                  at=now, details={"file": Path(path).name, "rows": total})  # fmt: skip
        return ImportReport(kind=kind, total_rows=prep.total, good_rows=total, errors=(),
                            imported=total, mapping=used)  # fmt: skip

    # --- checking ---------------------------------------------------------------------------------

    def _prepare(
        self, s: Session, table: Table, mapping: Mapping[str, str], kind: str
    ) -> _Prepared:
        col = {f: table.headers.index(h) for h, f in mapping.items()}
        prep = _Prepared(kind=kind, total=0, errors=[], rows=[])
        if kind == "stock":
            self._prepare_stock(s, table, col, prep)
        else:
            self._prepare_customers(s, table, col, prep)
        prep.errors.sort(key=lambda e: e.row)
        del prep.errors[MAX_ERRORS:]
        return prep

    def _prepare_stock(self, s: Session, table: Table, col: dict[str, int], prep: _Prepared) -> None:  # fmt: skip
        cats: dict[str, Category] = {}
        for c in s.scalars(select(Category)):
            cats[c.code.upper()] = c
            cats.setdefault(c.name.casefold(), c)
        seen_tags: dict[str, int] = {}
        seen_huids: dict[str, int] = {}
        for i, raw in enumerate(table.rows):
            rowno = i + 2
            if not any(raw):
                continue
            prep.total += 1
            get = {f: raw[c] for f, c in col.items()}
            errors: list[RowError] = []

            def err(fld: str, problem: str, rowno: int = rowno, errors: list[RowError] = errors) -> None:  # fmt: skip
                errors.append(RowError(rowno, fld, problem))

            def attempt(fn: Callable[..., Any], *args: Any, fld: str) -> Any:
                try:
                    return fn(*args)
                except ValidationError as exc:
                    err(fld, exc.problem)
                    return None

            tag = get.get("tag_code", "").strip().upper()
            if not tag:
                err("tag_code", "the tag code is empty")
            elif tag in seen_tags:
                err("tag_code", f"tag {tag} is also on row {seen_tags[tag]} of this file")
            else:
                seen_tags[tag] = rowno
            cat_text = get.get("category", "").strip()
            cat = cats.get(cat_text.upper()) or cats.get(cat_text.casefold())
            if cat is None:
                err(
                    "category", f"no category {cat_text!r}" if cat_text else "the category is empty"
                )
            metal = cat.metal if cat else "gold"
            if get.get("metal", "").strip():
                metal = attempt(_metal, get["metal"], fld="metal") or metal
            purity = attempt(_purity, get.get("purity", ""), fld="purity")
            if purity is None and cat is not None:
                purity = cat.default_purity
            gross = attempt(_grams, get.get("gross_g", ""), "gross_g", fld="gross_g")
            if gross is None and not any(e.field == "gross_g" for e in errors):
                err("gross_g", "the gross weight is empty")
            stone = attempt(_grams, get.get("stone_g", ""), "stone_g", fld="stone_g")
            ct = attempt(_decimal, get.get("stone_ct", ""), "stone_ct", fld="stone_ct")
            if ct is not None:
                if ct < 0:
                    err("stone_ct", "the carats are negative")
                elif stone is None:
                    stone = int((ct * 200).to_integral_value())
            stone = stone or 0
            net = attempt(_grams, get.get("net_g", ""), "net_g", fld="net_g")
            if net is not None and gross is not None and net != gross - stone and net <= gross:
                if not get.get("stone_g", "").strip() and ct is None:
                    stone = gross - net  # only gross and net given: the difference is stones
                else:
                    err("net_g", "net weight is not gross less stone weight")
            if gross is not None and stone >= gross:
                err("stone_g", "the stones weigh as much as the whole piece or more")
            count_d = attempt(_decimal, get.get("stone_count", ""), "stone_count", fld="stone_count")  # fmt: skip
            stone_value = attempt(_decimal, get.get("stone_value", ""), "stone_value", fld="stone_value")  # fmt: skip
            cost = attempt(_decimal, get.get("cost", ""), "cost", fld="cost")
            if cost is not None and cost < 0:
                err("cost", "the cost is negative")
            if stone_value is not None and stone_value < 0:
                err("stone_value", "the stone value is negative")
            count = int(count_d) if count_d is not None and count_d == count_d.to_integral_value() else None  # fmt: skip
            if count_d is not None and (count is None or count < 0):
                err("stone_count", "the number of stones must be a whole number")
            huids = tuple(h for h in _HUID_SPLIT.split(get.get("huid", "").strip().upper()) if h)
            for h in huids:
                if h in seen_huids:
                    err("huid", f"HUID {h} is also on row {seen_huids[h]} of this file")
                else:
                    seen_huids[h] = rowno
            values: dict[str, Any] | None = None
            if not errors and cat is not None and gross is not None and purity is not None:
                stones: tuple[NewStone, ...] = ()
                if stone or count or stone_value:
                    stones = (
                        NewStone(
                            kind="Stones",
                            count=max(1, count or 1),
                            weight_mg=stone,
                            value_paise=to_paise(stone_value or Decimal(0)),
                        ),
                    )
                try:
                    values = validate_piece(
                        NewPiece(
                            category_id=cat.id,
                            metal=metal,
                            purity=purity,
                            gross_mg=gross,
                            stone_mg=stone,
                            stones=stones,
                            huids=huids,
                            design_no=get.get("design_no", ""),
                            description=get.get("description", ""),
                            tag_code=tag,
                            cost_paise=to_paise(cost) if cost is not None else None,
                            location=get.get("location", ""),
                            tray=get.get("tray", ""),
                        )
                    )
                except ValidationError as exc:
                    fld = exc.field.split("[")[0]
                    err({"huids": "huid", "gross_mg": "gross_g", "stone_mg": "stone_g"}.get(fld, fld), exc.problem)  # fmt: skip
            prep.errors.extend(errors)
            if values is not None and not errors:
                prep.rows.append((rowno, values))
        # against the database
        by_tag = {v["tag_code"]: r for r, v in prep.rows}
        tags = list(seen_tags)
        for start in range(0, len(tags), 500):
            for t in s.scalars(select(StockPiece.tag_code).where(StockPiece.tag_code.in_(tags[start : start + 500]))):  # fmt: skip
                prep.errors.append(RowError(seen_tags[t], "tag_code", f"tag {t} is already in stock"))  # fmt: skip
        huid_list = list(seen_huids)
        for start in range(0, len(huid_list), 500):
            for h in s.scalars(select(PieceHuid.huid).where(PieceHuid.huid.in_(huid_list[start : start + 500]))):  # fmt: skip
                prep.errors.append(RowError(seen_huids[h], "huid", f"HUID {h} is already on a piece in stock"))  # fmt: skip
        del by_tag

    def _prepare_customers(self, s: Session, table: Table, col: dict[str, int], prep: _Prepared) -> None:  # fmt: skip
        seen: dict[str, int] = {}
        for i, raw in enumerate(table.rows):
            rowno = i + 2
            if not any(raw):
                continue
            prep.total += 1
            get = {f: raw[c] for f, c in col.items()}
            errors: list[RowError] = []
            dates: dict[str, date | None] = {}
            for fld in ("birthday", "anniversary"):
                try:
                    dates[fld] = _date(get.get(fld, ""), fld)
                except ValidationError as exc:
                    errors.append(RowError(rowno, fld, exc.problem))
                    dates[fld] = None
            state = get.get("state_code", "").strip()
            if state.isdigit() and len(state) == 1:
                state = "0" + state
            values: dict[str, Any] | None = None
            try:
                values = validate_customer(
                    CustomerInput(
                        name=get.get("name", ""),
                        mobile=get.get("mobile", ""),
                        alternate_phone=get.get("alternate_phone", ""),
                        address=get.get("address", ""),
                        city=get.get("city", ""),
                        state_code=state,
                        pin_code=get.get("pin_code", ""),
                        email=get.get("email", ""),
                        birthday=dates["birthday"],
                        anniversary=dates["anniversary"],
                        pan=get.get("pan", ""),
                        gstin=get.get("gstin", ""),
                        notes=get.get("notes", ""),
                    )
                )
            except ValidationError as exc:
                errors.append(RowError(rowno, exc.field, exc.problem))
            if values is not None:
                mobile = values["mobile"]
                if mobile in seen:
                    errors.append(RowError(rowno, "mobile", f"mobile {mobile} is also on row {seen[mobile]} of this file"))  # fmt: skip
                else:
                    seen[mobile] = rowno
            prep.errors.extend(errors)
            if values is not None and not errors:
                prep.rows.append((rowno, values))
        mobiles = list(seen)
        for start in range(0, len(mobiles), 500):
            for m, name in s.execute(select(Customer.mobile, Customer.name).where(Customer.mobile.in_(mobiles[start : start + 500]))):  # fmt: skip
                prep.errors.append(RowError(seen[m], "mobile", f"mobile {m} belongs to {name} already"))  # fmt: skip

    # --- writing ----------------------------------------------------------------------------------

    def _insert_stock(self, s: Session, rows: list[dict[str, Any]], *, by: UserInfo, at: datetime, source: str) -> None:  # fmt: skip
        pieces: list[dict[str, Any]] = []
        huids: list[dict[str, Any]] = []
        stones: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        for v in rows:
            v = dict(v)
            piece_id = new_id()
            for h in v.pop("huids"):
                huids.append({"piece_id": piece_id, "huid": h})
            for st in v.pop("stones"):
                stones.append({"piece_id": piece_id, "kind": st.kind, "count": st.count,
                               "weight_mg": st.weight_mg, "value_paise": st.value_paise})  # fmt: skip
            v.update(id=piece_id, status=PieceStatus.IN_STOCK.value, received_at=at,
                     photo_path=None)  # fmt: skip
            pieces.append(v)
            events.append({"piece_id": piece_id, "kind": "imported", "at": at,
                           "by_user_id": by.id, "note": source[:200], "ref": None})  # fmt: skip
        bulk_insert(s, StockPiece, pieces, capture=True)
        bulk_insert(s, PieceHuid, huids, capture=True)
        bulk_insert(s, PieceStone, stones, capture=True)
        bulk_insert(s, PieceEvent, events, capture=True)
