"""Tag printing: the saved tag layout and printer, a print queue that keeps failed jobs, PDF sheets.

A print is first queued (a row in tag_print_job, committed), then sent; if the printer does not
answer the job stays queued with its error, so nothing is lost and it can be retried.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from jewelpos.db.models import Category, PieceHuid, StockPiece
from jewelpos.db.models_stock import TagPrintJob
from jewelpos.db.outbox import CounterNotInitialised
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock
from jewelpos.domain.errors import (
    NotFound,
    PermissionDenied,
    PrinterUnavailable,
    ValidationError,
)
from jewelpos.domain.purity import Metal, purity_label
from jewelpos.printing.documents import TagData
from jewelpos.printing.transport import parse_target, send

if TYPE_CHECKING:
    from jewelpos.printing.tags import TagLayout
from jewelpos.services._common import AttemptListeners, local_device
from jewelpos.services.auth import UserInfo
from jewelpos.services.receiving import get_setting, put_setting
from jewelpos.services.setup import shop_name
from jewelpos.services.shop_settings import load as load_shop_settings
from jewelpos.services.stock import PieceRow

LAYOUT_KEY = "tag_layout"
PRINTER_KEY = "tag_printer"
LANGUAGES = ("tspl", "zpl")
MAX_TAGS_PER_JOB = 5000


@dataclass(frozen=True)
class TagPrinter:
    """The label printer: a transport target (tcp://host:9100, win:Name, dev:/path, file:/path)."""

    target: str = ""
    language: str = "tspl"


@dataclass(frozen=True)
class PrintJobInfo:
    id: int
    created_at: datetime
    language: str
    target: str
    tag_count: int
    status: str
    attempts: int
    last_error: str


def layout_to_dict(layout: TagLayout) -> dict[str, Any]:
    data = asdict(layout)
    data["flags"] = [list(f) for f in layout.flags]
    return data


def layout_from_dict(data: dict[str, Any]) -> TagLayout:
    """A TagLayout from saved JSON; ValidationError for anything malformed."""
    from jewelpos.printing.tags import TagBarcode, TagField, TagLayout

    try:
        fields = tuple(TagField(**f) for f in data.get("fields", ()))
        barcode = TagBarcode(**data["barcode"]) if data.get("barcode") else None
        flags = tuple((float(a), float(b)) for a, b in data.get("flags", ()))
        return TagLayout(
            name=str(data.get("name", "")),
            width_mm=float(data["width_mm"]),
            height_mm=float(data["height_mm"]),
            gap_mm=float(data.get("gap_mm", 3.0)),
            dpi=int(data.get("dpi", 203)),
            fields=fields,
            barcode=barcode,
            flags=flags,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError("layout", f"the saved tag layout is damaged: {exc}") from None


FIELD_WORDS = {
    "tag_code": "tag code",
    "design_no": "design number",
    "category": "category",
    "metal": "metal",
    "purity": "purity",
    "gross": "gross weight",
    "stone": "stone weight",
    "net": "net weight",
    "huid": "HUID",
    "cost_code": "cost code",
    "shop": "shop name",
}
LONGEST_PREFIX = "ABCDE"  # branch + counter codes are 5 characters at most
MIN_FIELD_WIDTH_MM = 3.0


def longest_tag_code(prefix: str = LONGEST_PREFIX) -> str:
    """The widest code this counter numbers: its prefix and TAG_DIGITS digits."""
    from jewelpos.services.stock import TAG_DIGITS

    return prefix + "0" * TAG_DIGITS


def check_layout(layout: TagLayout, *, longest_code: str | None = None) -> TagLayout:
    """Fields and barcode must lie on the label's flags, each field with room for its text at the
    smallest size, and the barcode of the longest tag code must fit its flag with bars of 0.25 mm."""
    from jewelpos.printing import tag_fit

    for f in layout.fields:
        words = FIELD_WORDS.get(f.name, f.name)
        if not (0 <= f.x_mm < layout.width_mm and 0 <= f.y_mm < layout.height_mm):
            raise ValidationError("layout", f"the {words} lies outside the label")
        if not 3 <= f.font_pt <= 30:
            raise ValidationError("layout", f"the font of the {words} must be 3 to 30 points")
        try:
            box = tag_fit.field_box(layout, f)
        except ValidationError:
            raise ValidationError(
                "layout", f"the {words} lies in the tail, off both flags"
            ) from None
        smallest = tag_fit.em_mm(min(f.font_pt, tag_fit.FLOOR_PT)) * 1.4
        if box.width < MIN_FIELD_WIDTH_MM or box.height < smallest:
            raise ValidationError(
                "layout",
                f"the {words} has no room: {box.width:.1f} x {box.height:.1f} mm before the next "
                "field or the flag's edge",
            )
    b = layout.barcode
    if b is not None:
        if b.x_mm < 0 or b.y_mm < 0 or b.y_mm + b.height_mm > layout.height_mm + 0.01:
            raise ValidationError("layout", "the barcode lies outside the label")
        try:
            tag_fit.flag_of(layout, b.x_mm)
        except ValidationError:
            raise ValidationError(
                "layout", "the barcode lies in the tail, off both flags"
            ) from None
        tag_fit.plan_barcode(layout, longest_code or longest_tag_code())
    return layout


def tag_data_for(rows: Iterable[PieceRow], *, shop_short_name: str = "", cost_codes: dict[str, str] | None = None) -> list[TagData]:  # fmt: skip
    """TagData for search rows (the cost code comes from ``cost_codes`` by piece id)."""
    codes = cost_codes or {}
    return [
        TagData(
            tag_code=r.tag_code,
            design_no=r.design_no,
            category=r.category_name,
            metal=r.metal,
            purity_label=r.purity_label,
            gross_mg=r.gross_mg,
            stone_mg=r.stone_mg,
            net_mg=r.net_mg,
            huids=r.huids,
            cost_code=codes.get(r.id, ""),
            shop_short_name=shop_short_name,
        )
        for r in rows
    ]


SAMPLE_TAG = TagData(
    tag_code="B1C1000042",
    design_no="RG-2211",
    category="Ring",
    metal="gold",
    purity_label="22K916",
    gross_mg=6250,
    stone_mg=380,
    net_mg=5870,
    huids=("AB12CD",),
    cost_code="EPKAT",
    shop_short_name="Shree Ganesh",
)


def render(tags: Sequence[TagData], layout: TagLayout, language: str, *, copies: int = 1) -> bytes:
    from jewelpos.printing.tags import render_tspl, render_zpl

    if language == "zpl":
        return render_zpl(tags, layout, copies=copies)
    if language == "tspl":
        return render_tspl(tags, layout, copies=copies)
    raise ValidationError("language", "choose TSPL or ZPL")


def _job_info(j: TagPrintJob) -> PrintJobInfo:
    return PrintJobInfo(
        id=j.id,
        created_at=j.created_at,
        language=j.language,
        target=j.target,
        tag_count=len(j.piece_ids),
        status=j.status,
        attempts=j.attempts,
        last_error=j.last_error,
    )


class TagService:
    """Tag layout and printer settings, the print queue and label sheets."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock
        self.attempts = AttemptListeners()

    # --- settings ------------------------------------------------------------------------------

    def layout(self) -> TagLayout:
        from jewelpos.printing.tags import TagLayout

        with self._uow.read() as s:
            raw = get_setting(s, LAYOUT_KEY)
        return layout_from_dict(raw) if raw else TagLayout()

    def printed_layout(self, layout: TagLayout | None = None) -> TagLayout:
        """The layout as tags print it: its default short labels in the shop's print language."""
        from jewelpos.printing.labels import PrintLabels
        from jewelpos.printing.tags import in_print_language

        with self._uow.read() as s:
            language = load_shop_settings(s).print_language
        return in_print_language(layout or self.layout(), PrintLabels(language))

    def save_layout(self, layout: TagLayout, *, by: UserInfo) -> TagLayout:
        if not by.can_manage:
            raise PermissionDenied("Only an owner or manager can change the tag layout.")
        check_layout(layout, longest_code=self._longest_code())
        with self._uow.begin() as s:
            put_setting(s, LAYOUT_KEY, layout_to_dict(layout), at=self._clock.now())
        return layout

    def _longest_code(self) -> str:
        """The widest code this counter will number (the longest possible before setup)."""
        try:
            with self._uow.read() as s:
                device, branch = local_device(s)
        except CounterNotInitialised:
            return longest_tag_code()
        return longest_tag_code(f"{branch.code}{device.code}")

    def printer(self) -> TagPrinter:
        with self._uow.read() as s:
            raw = get_setting(s, PRINTER_KEY) or {}
        return TagPrinter(target=str(raw.get("target", "")), language=str(raw.get("language", "tspl")))  # fmt: skip

    def save_printer(self, printer: TagPrinter, *, by: UserInfo) -> TagPrinter:
        if not by.can_manage:
            raise PermissionDenied("Only an owner or manager can change the tag printer.")
        if printer.language not in LANGUAGES:
            raise ValidationError("language", "choose TSPL or ZPL")
        target = str(parse_target(printer.target)) if printer.target.strip() else ""
        saved = TagPrinter(target=target, language=printer.language)
        with self._uow.begin() as s:
            put_setting(s, PRINTER_KEY, asdict(saved), at=self._clock.now())
        return saved

    def preview_png(self, layout: TagLayout, tag: TagData | None = None) -> bytes:
        """The layout drawn with a sample (or given) tag, for the editor's live preview; the
        sample carries this shop's own name, as its real tags will."""
        from dataclasses import replace

        from jewelpos.printing.tags import render_tag_preview_png

        if tag is None:
            with self._uow.read() as s:
                shop = shop_name(s)
            tag = replace(SAMPLE_TAG, shop_short_name=shop[:24])
        checked = check_layout(self.printed_layout(layout), longest_code=self._longest_code())
        return render_tag_preview_png(tag, checked, dpi=layout.dpi)

    # --- tag data ------------------------------------------------------------------------------

    def tags(self, piece_ids: Sequence[str]) -> list[TagData]:
        """The tags of these pieces, in the order given; NotFound for an unknown id."""
        ids = list(dict.fromkeys(piece_ids))
        with self._uow.read() as s:
            shop = shop_name(s)
            found: dict[str, TagData] = {}
            huids: dict[str, list[str]] = {}
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                for pid, huid in s.execute(
                    select(PieceHuid.piece_id, PieceHuid.huid)
                    .where(PieceHuid.piece_id.in_(chunk))
                    .order_by(PieceHuid.huid)
                ):
                    huids.setdefault(pid, []).append(huid)
                for p, cat in s.execute(
                    select(StockPiece, Category.name)
                    .join(Category, Category.id == StockPiece.category_id)
                    .where(StockPiece.id.in_(chunk))
                ):
                    found[p.id] = TagData(
                        tag_code=p.tag_code,
                        design_no=p.design_no,
                        category=cat,
                        metal=p.metal,
                        purity_label=purity_label(Metal(p.metal), p.purity),
                        gross_mg=p.gross_mg,
                        stone_mg=p.stone_mg,
                        net_mg=p.net_mg,
                        huids=tuple(huids.get(p.id, ())),
                        cost_code=p.cost_code,
                        shop_short_name=shop[:24],
                    )
        missing = [i for i in ids if i not in found]
        if missing:
            raise NotFound("No such piece.", piece_id=missing[0])
        return [found[i] for i in ids]

    def label_sheet_pdf(self, piece_ids: Sequence[str]) -> bytes:
        """An A4 PDF of label sheets at actual size for these pieces."""
        from jewelpos.printing.tags import render_label_sheet_pdf

        return render_label_sheet_pdf(self.tags(piece_ids), self.printed_layout())

    def save_label_sheet(self, piece_ids: Sequence[str], dest: Path) -> Path:
        data = self.label_sheet_pdf(piece_ids)
        try:
            Path(dest).write_bytes(data)
        except OSError as exc:
            raise ValidationError("file", f"cannot write {dest}: {exc.strerror}") from None
        return Path(dest)

    # --- the print queue -----------------------------------------------------------------------

    def queue(self, piece_ids: Sequence[str], *, by: UserInfo, copies: int = 1) -> PrintJobInfo:
        """Queue the tags of these pieces for the label printer (committed before any sending)."""
        ids = list(dict.fromkeys(piece_ids))
        if not ids:
            raise ValidationError("pieces", "select at least one piece")
        if len(ids) > MAX_TAGS_PER_JOB:
            raise ValidationError("pieces", f"at most {MAX_TAGS_PER_JOB} tags in one print")
        if not 1 <= copies <= 10:
            raise ValidationError("copies", "print 1 to 10 copies")
        printer = self.printer()
        if not printer.target:
            raise ValidationError(
                "printer", "set the tag printer first in Tag settings (Ctrl+7)",
                reason="no_tag_printer",
            )  # fmt: skip
        self.tags(ids)  # NotFound now rather than when printing
        with self._uow.begin() as s:
            job = TagPrintJob(
                created_at=self._clock.now(),
                by_user_id=by.id,
                language=printer.language,
                target=printer.target,
                piece_ids=ids,
                copies=copies,
                status="pending",
                attempts=0,
                last_error="",
            )
            s.add(job)
            s.flush()
            return _job_info(job)

    def send(
        self, job_id: int, *, timeout: float = 5.0, printer: TagPrinter | None = None
    ) -> PrintJobInfo:
        """Send a queued job (to ``printer`` if given, else where it was queued for). On success
        it is done; PrinterUnavailable leaves it queued."""
        try:
            return self._send(job_id, timeout=timeout, printer=printer)
        finally:
            self.attempts.notify()

    def _send(self, job_id: int, *, timeout: float, printer: TagPrinter | None) -> PrintJobInfo:
        if printer is not None and printer.target:
            with self._uow.begin() as s:
                job = s.get(TagPrintJob, job_id)
                if job is None:
                    raise NotFound("No such print job.", job_id=job_id)
                job.target, job.language = printer.target, printer.language
        with self._uow.read() as s:
            job = s.get(TagPrintJob, job_id)
            if job is None:
                raise NotFound("No such print job.", job_id=job_id)
            language, target, ids, copies = (
                job.language,
                job.target,
                list(job.piece_ids),
                job.copies,
            )
        data = render(self.tags(ids), self.printed_layout(), language, copies=copies)
        try:
            send(data, target, timeout=timeout, document="tag")
        except PrinterUnavailable as exc:
            self._record(job_id, ok=False, error=exc.message)
            raise
        return self._record(job_id, ok=True, error="")

    def _record(self, job_id: int, *, ok: bool, error: str) -> PrintJobInfo:
        with self._uow.begin() as s:
            job = s.get(TagPrintJob, job_id)
            if job is None:
                raise NotFound("No such print job.", job_id=job_id)
            job.attempts += 1
            job.status = "done" if ok else "failed"
            job.last_error = error
            if ok:
                job.done_at = self._clock.now()
            s.flush()
            return _job_info(job)

    def print_tags(self, piece_ids: Sequence[str], *, by: UserInfo, copies: int = 1) -> PrintJobInfo:  # fmt: skip
        """Queue and send at once (the usual path); a failure leaves the job to retry."""
        job = self.queue(piece_ids, by=by, copies=copies)
        return self.send(job.id)

    def waiting_jobs(self) -> list[PrintJobInfo]:
        """Jobs not yet printed (pending or failed), oldest first."""
        with self._uow.read() as s:
            return [
                _job_info(j)
                for j in s.scalars(
                    select(TagPrintJob)
                    .where(TagPrintJob.status.in_(("pending", "failed")))
                    .order_by(TagPrintJob.id)
                )
            ]

    def waiting_count(self) -> int:
        """How many tag print jobs wait for the label printer."""
        with self._uow.read() as s:
            return int(
                s.scalar(
                    select(func.count())
                    .select_from(TagPrintJob)
                    .where(TagPrintJob.status.in_(("pending", "failed")))
                )
                or 0
            )

    def retry_all(self) -> list[PrintJobInfo]:
        """Send every waiting job to the tag printer set now (it may have been changed since the
        job was queued); stops at the first the printer refuses (it and the rest stay queued)."""
        printer = self.printer()
        return [self.send(j.id, printer=printer) for j in self.waiting_jobs()]

    def discard(self, job_id: int, *, by: UserInfo) -> None:
        with self._uow.begin() as s:
            job = s.get(TagPrintJob, job_id)
            if job is None:
                raise NotFound("No such print job.", job_id=job_id)
            job.status = "discarded"
            job.last_error = f"discarded by {by.username}"
