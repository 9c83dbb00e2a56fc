"""Receiving stock: a purchase or karigar receipt whose pieces are tagged in one transaction.

Also the small things receiving needs: lots (N pieces of one design), the cost letter code,
the weighing scale's line protocol, photos copied into the data folder, and the stock area's
local settings and document numbers (shared by stock-take and transfers).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models_stock import StockReceipt, StockSetting
from jewelpos.db.numbering import allocate_number
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_today
from jewelpos.domain.errors import PermissionDenied, ValidationError
from jewelpos.domain.ids import new_id
from jewelpos.domain.money import from_paise, to_paise
from jewelpos.domain.numbering import DocType
from jewelpos.domain.weight import mg_from_grams
from jewelpos.services._common import audit, clean_text, local_device
from jewelpos.services.auth import UserInfo
from jewelpos.services.stock import NewPiece, PieceRow, StockService, validate_piece

RECEIPT_KINDS = ("purchase", "karigar")
DEFAULT_CIPHER = "MAKEPROFIT"
DEFAULT_SCALE_PATTERN = r"([0-9]+\.[0-9]{1,3})\s*g"
MAX_PHOTO_BYTES = 10 * 1024 * 1024
PHOTO_FORMATS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "BMP": ".bmp"}
MAX_LOT = 500

CIPHER_KEY = "cost_cipher"
SCALE_KEY = "scale"


# --- settings and numbers shared by the stock area ----------------------------------------------


def get_setting(s: Session, key: str, default: Any = None) -> Any:
    row = s.get(StockSetting, key)
    return default if row is None else row.value


def put_setting(s: Session, key: str, value: Any, *, at: datetime) -> None:
    row = s.get(StockSetting, key)
    if row is None:
        s.add(StockSetting(key=key, value=value, updated_at=at))
    else:
        row.value = value
        row.updated_at = at


def doc_number(s: Session, doc_type: DocType, *, day: date) -> str:
    """Next number of this counter's series for a stock document, e.g. "RB1-C2/25/00001"."""
    device, branch = local_device(s)
    return allocate_number(
        s, doc_type, device_id=device.id, branch_code=branch.code, counter_code=device.code, day=day
    ).number


# --- cost letter code --------------------------------------------------------------------------


def check_cipher(word: str) -> str:
    """A cipher word: 10 different letters (spaces ignored) standing for digits 1-9 and 0."""
    letters = "".join((word or "").upper().split())
    if len(letters) != 10 or not letters.isalpha() or len(set(letters)) != 10:
        raise ValidationError(
            "cost_cipher", "use a word of 10 different letters, like MAKEPROFIT (1=M ... 0=T)"
        )
    return letters


def cost_letters(cost_paise: int, cipher: str) -> str:
    """The cost in whole rupees written with the cipher: MAKEPROFIT, 45,230 -> "EPKAT"."""
    letters = check_cipher(cipher)
    rupees = int(from_paise(cost_paise).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    table = {str((i + 1) % 10): ch for i, ch in enumerate(letters)}
    return "".join(table[d] for d in str(rupees))


# --- weighing scale ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScaleSettings:
    """Serial port of the scale and the pattern of its lines (one group: the weight in grams)."""

    port: str = ""
    baud: int = 9600
    pattern: str = DEFAULT_SCALE_PATTERN


def check_scale_pattern(pattern: str) -> re.Pattern[str]:
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise ValidationError("scale_pattern", f"not a valid pattern: {exc}") from None
    if compiled.groups < 1:
        raise ValidationError("scale_pattern", "needs one group (...) around the weight")
    return compiled


def parse_scale_line(line: str, pattern: str = DEFAULT_SCALE_PATTERN) -> int | None:
    """The weight in mg in one line from the scale, or None (unstable, tare, noise)."""
    found = check_scale_pattern(pattern).search(line or "")
    if not found:
        return None
    try:
        mg = mg_from_grams(found.group(1).strip(), field="scale")
    except ValidationError:
        return None
    return mg if mg > 0 else None


# --- photos --------------------------------------------------------------------------------------


def store_photo(src: Path, *, photos_dir: Path) -> str:
    """Copy a piece's photo into the photos folder; returns the stored file name.

    ValidationError("photo") for a missing file, one over 10 MB or one that is not an image.
    """
    from PIL import Image, UnidentifiedImageError

    try:
        size = src.stat().st_size
    except OSError:
        raise ValidationError("photo", f"cannot read the file {src.name}") from None
    if size > MAX_PHOTO_BYTES:
        raise ValidationError(
            "photo", f"the photo is {size / 1048576:.1f} MB; use one of at most 10 MB"
        )
    try:
        with Image.open(src) as img:
            fmt = img.format or ""
            img.verify()
        with Image.open(src) as img:
            img.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError("photo", f"{src.name} is not a readable picture") from None
    if fmt not in PHOTO_FORMATS:
        raise ValidationError("photo", "use a JPEG, PNG, WEBP or BMP picture")
    photos_dir.mkdir(parents=True, exist_ok=True)
    name = f"{new_id()}{PHOTO_FORMATS[fmt]}"
    shutil.copyfile(src, photos_dir / name)
    return name


# --- receipts ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceiptInput:
    """A receipt: purchase from a supplier or pieces back from a karigar, with its pieces."""

    kind: str
    party_name: str
    day: date
    pieces: tuple[NewPiece, ...]
    note: str = ""


@dataclass(frozen=True)
class ReceiptInfo:
    id: str
    number: str
    kind: str
    party_name: str
    day: date
    pieces: tuple[PieceRow, ...]
    gross_mg: int
    net_mg: int
    cost_paise: int


def lot(template: NewPiece, gross_weights: Sequence[int]) -> tuple[NewPiece, ...]:
    """N pieces of one category/design: the template with each piece's own gross weight.

    Stones and HUIDs are per piece, so a lot's template must not carry HUIDs."""
    if not gross_weights:
        raise ValidationError("lot", "weigh at least one piece")
    if len(gross_weights) > MAX_LOT:
        raise ValidationError("lot", f"at most {MAX_LOT} pieces in one lot")
    if template.huids and len(gross_weights) > 1:
        raise ValidationError("huids", "give HUIDs piece by piece, not for a whole lot")
    return tuple(replace(template, gross_mg=g, tag_code=None) for g in gross_weights)


class ReceivingService:
    """Receipts of stock and the settings receiving uses (cost cipher, scale)."""

    def __init__(self, uow: UnitOfWork, clock: Clock, stock: StockService) -> None:
        self._uow = uow
        self._clock = clock
        self._stock = stock

    def cost_cipher(self) -> str:
        with self._uow.read() as s:
            return str(get_setting(s, CIPHER_KEY, DEFAULT_CIPHER))

    def save_cost_cipher(self, word: str, *, by: UserInfo) -> str:
        if not by.can_manage:
            raise PermissionDenied("Only an owner or manager can change the cost code.")
        letters = check_cipher(word)
        now = self._clock.now()
        with self._uow.begin() as s:
            put_setting(s, CIPHER_KEY, letters, at=now)
            audit(s, user_id=by.id, action="cost_cipher", entity="stock_setting",
                  entity_id=None, at=now)  # fmt: skip
        return letters

    def scale_settings(self) -> ScaleSettings:
        with self._uow.read() as s:
            raw = get_setting(s, SCALE_KEY, {}) or {}
        return ScaleSettings(
            port=str(raw.get("port", "")),
            baud=int(raw.get("baud", 9600)),
            pattern=str(raw.get("pattern", DEFAULT_SCALE_PATTERN)),
        )

    def save_scale_settings(self, settings: ScaleSettings) -> ScaleSettings:
        check_scale_pattern(settings.pattern)
        if settings.baud not in (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200):
            raise ValidationError("scale_baud", "choose a standard speed such as 9600")
        with self._uow.begin() as s:
            put_setting(
                s,
                SCALE_KEY,
                {"port": settings.port.strip(), "baud": settings.baud, "pattern": settings.pattern},
                at=self._clock.now(),
            )
        return settings

    def store_photo(self, src: Path, *, photos_dir: Path) -> str:
        """See :func:`store_photo` (runs on the worker: it reads and copies the file)."""
        return store_photo(Path(src), photos_dir=photos_dir)

    def receive(self, inp: ReceiptInput, *, by: UserInfo) -> ReceiptInfo:
        """Tag every piece of the receipt in one transaction (all or none), with outbox rows.

        Errors name the piece: ValidationError("pieces[2].gross_mg", ...). Pieces with a cost
        and no cost code get the cipher's letters.
        """
        if inp.kind not in RECEIPT_KINDS:
            raise ValidationError("kind", "choose purchase or karigar")
        party = clean_text(inp.party_name, field="party_name", max_len=120, required=True)
        note = clean_text(inp.note, field="note", max_len=500)
        if not inp.pieces:
            raise ValidationError("pieces", "add at least one piece")
        values: list[dict[str, Any]] = []
        for i, piece in enumerate(inp.pieces):
            try:
                values.append(validate_piece(piece))
            except ValidationError as exc:
                raise ValidationError(
                    f"pieces[{i}].{exc.field}", exc.problem, piece=i + 1
                ) from None
        now = self._clock.now()
        with self._uow.begin() as s:
            cipher = str(get_setting(s, CIPHER_KEY, DEFAULT_CIPHER))
            for v in values:
                if v["cost_paise"] is not None and not v["cost_code"]:
                    v["cost_code"] = cost_letters(v["cost_paise"], cipher)
            number = doc_number(s, DocType.STOCK_RECEIPT, day=inp.day)
            receipt = StockReceipt(
                id=new_id(),
                number=number,
                kind=inp.kind,
                party_name=party,
                day=inp.day,
                note=note,
                by_user_id=by.id,
                piece_count=len(values),
                gross_mg=sum(v["gross_mg"] for v in values),
                net_mg=sum(v["net_mg"] for v in values),
                cost_paise=sum(v["cost_paise"] or 0 for v in values),
            )
            s.add(receipt)
            s.flush()
            rows = []
            for i, v in enumerate(values):
                try:
                    rows.append(
                        self._stock.insert_piece(
                            s, v, by=by, at=now, note=f"{number} {party}", ref=receipt.id
                        )
                    )
                except ValidationError as exc:
                    raise ValidationError(
                        f"pieces[{i}].{exc.field}", exc.problem, piece=i + 1
                    ) from None
            audit(
                s,
                user_id=by.id,
                action="stock_receipt",
                entity="stock_receipt",
                entity_id=receipt.id,
                at=now,
                details={"number": number, "pieces": len(rows)},
            )
            return ReceiptInfo(
                id=receipt.id,
                number=number,
                kind=inp.kind,
                party_name=party,
                day=inp.day,
                pieces=tuple(rows),
                gross_mg=receipt.gross_mg,
                net_mg=receipt.net_mg,
                cost_paise=receipt.cost_paise,
            )

    def recent(self, *, limit: int = 50) -> list[tuple[str, str, str, date, int, int]]:
        """Latest receipts: (id, number, party, day, pieces, gross mg)."""
        with self._uow.read() as s:
            return [
                (r.id, r.number, r.party_name, r.day, r.piece_count, r.gross_mg)
                for r in s.scalars(
                    select(StockReceipt).order_by(StockReceipt.created_at.desc()).limit(limit)
                )
            ]

    def today(self) -> date:
        return shop_today(self._clock)


def cost_from_rupees(text: str) -> int | None:
    """'45230' or '45,230.50' -> paise; '' -> None."""
    cleaned = (text or "").replace(",", "").strip()
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError("cost_paise", "enter the cost in rupees, like 45230") from None
    if not value.is_finite() or value < 0:
        raise ValidationError("cost_paise", "enter the cost in rupees, like 45230")
    return to_paise(value)
