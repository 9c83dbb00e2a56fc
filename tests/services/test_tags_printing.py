"""Tag printing from received stock: saved layout and printer, TSPL/ZPL jobs, a print queue that
keeps failed jobs, and label-sheet PDFs whose barcodes zbar reads back."""

from __future__ import annotations

import re
import socket
import subprocess
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pyzbar.pyzbar import ZBarSymbol
from pyzbar.pyzbar import decode as zbar_decode

from factories import piece
from jewelpos.domain.errors import PermissionDenied, PrinterUnavailable, ValidationError
from jewelpos.printing import code128
from jewelpos.printing.tags import TagField, TagLayout, field_texts
from jewelpos.services import Services
from jewelpos.services.auth import Role, UserInfo
from jewelpos.services.receiving import ReceiptInfo, ReceiptInput, lot
from jewelpos.services.stock import NewStone
from jewelpos.services.tags import TagPrinter, layout_from_dict, layout_to_dict

TSPL_TEXT = re.compile(r'^TEXT (\d+),(\d+),"(\d)",0,(\d+),(\d+),"(.*)"$')
TSPL_BARCODE = re.compile(r'^BARCODE (\d+),(\d+),"128M",(\d+),0,0,(\d+),(\d+),"(.*)"$')


def _cat_id(services: Services, code: str) -> str:
    return next(c.id for c in services.stock.categories() if c.code == code)


@pytest.fixture
def received(services: Services, owner: UserInfo) -> ReceiptInfo:
    """A karigar receipt: one stoned ring with a HUID and cost, a lot of 24 chains."""
    ring, chain = _cat_id(services, "RING"), _cat_id(services, "CHAIN")
    pieces = (
        piece(ring, gross_mg=6250, stones=(NewStone("ruby", 2, 380, 120000),),
              huids=("AB12CD",), design_no="RG-2211", cost_paise=4523000),
        *lot(piece(chain, design_no="CH-1043"), [18000 + 37 * i for i in range(24)]),
    )  # fmt: skip
    return services.receiving.receive(
        ReceiptInput(kind="karigar", party_name="Ramesh", day=date(2025, 6, 1), pieces=pieces),
        by=owner,
    )


def _code128(img: Image.Image) -> list[str]:
    return sorted(d.data.decode("ascii") for d in zbar_decode(img, symbols=[ZBarSymbol.CODE128]))


def test_layout_is_saved_as_json_and_checked(services: Services, owner: UserInfo) -> None:
    """A changed layout round-trips through the database; a field off the label is refused."""
    assert services.tags.layout() == TagLayout()
    layout = replace(
        TagLayout(), dpi=300, fields=(TagField("tag_code", 2, 7, 7.0, bold=True),
                                      TagField("net", 66, 3, 6.0, label="N "))
    )  # fmt: skip
    assert layout_from_dict(layout_to_dict(layout)) == layout
    services.tags.save_layout(layout, by=owner)
    assert services.tags.layout() == layout
    with pytest.raises(ValidationError):
        services.tags.save_layout(replace(layout, fields=(TagField("net", 120, 3, 6.0),)), by=owner)
    cashier = services.auth.add_user(
        username="sunita", display_name="Sunita", role=Role.CASHIER, pin="4321", by=owner
    )
    with pytest.raises(PermissionDenied):
        services.tags.save_layout(layout, by=cashier)
    png = services.tags.preview_png(layout)
    assert png.startswith(b"\x89PNG")


def test_received_pieces_print_as_tspl_matching_the_layout(
    services: Services, owner: UserInfo, received: ReceiptInfo, tmp_path: Path
) -> None:
    """Receiving -> print job -> TSPL file: one block per tag, each field at its layout
    position with the piece's own values, the barcode carrying the tag code."""
    out = tmp_path / "tags.tspl"
    services.tags.save_printer(TagPrinter(target=f"file:{out}", language="tspl"), by=owner)
    ids = [p.id for p in received.pieces[:3]]
    job = services.tags.print_tags(ids, by=owner)
    assert job.status == "done" and job.tag_count == 3
    layout = services.tags.layout()
    tags = services.tags.tags(ids)
    # latin-1 keeps BITMAP payloads (a long shop name fitted as a bitmap) one char per byte
    blocks = out.read_bytes().decode("latin-1").split("CLS\r\n")[1:]
    assert len(blocks) == 3
    for block, tag in zip(blocks, tags, strict=True):
        lines = block.strip().split("\r\n")
        texts = {(int(m[1]), int(m[2])): m[6] for m in map(TSPL_TEXT.match, lines) if m}
        for f, text in field_texts(tag, layout):
            pos = (layout.dots(f.x_mm), layout.dots(f.y_mm))
            assert texts.get(pos) == text or f"BITMAP {pos[0]},{pos[1]}," in block, f.name
        barcode = next(m for m in map(TSPL_BARCODE.match, lines) if m)
        assert barcode[6] == code128.tspl_data(tag.tag_code)
        assert int(barcode[4]) >= 2  # bars of 0.25 mm at 203 dpi
        assert lines[-1] == "PRINT 1,1"
    ring = tags[0]
    assert (ring.purity_label, ring.huids, ring.cost_code) == ("22K916", ("AB12CD",), "EPAKT")
    assert "N 5.870" in blocks[0] and "L 0.380" in blocks[0] and '"AB12CD"' in blocks[0]
    assert services.tags.waiting_jobs() == []


def test_zpl_over_tcp_and_a_failed_print_stays_queued(
    services: Services, owner: UserInfo, received: ReceiptInfo
) -> None:
    """ZPL reaches a port-9100 style listener; with the printer off the job stays queued with
    its error, and a retry once it is back prints it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]
    got: list[bytes] = []

    def accept() -> None:
        conn, _ = server.accept()
        with conn:
            chunks = []
            while data := conn.recv(65536):
                chunks.append(data)
            got.append(b"".join(chunks))

    services.tags.save_printer(TagPrinter(target=f"tcp://127.0.0.1:{port}", language="zpl"), by=owner)  # fmt: skip
    ids = [p.id for p in received.pieces]
    worker = threading.Thread(target=accept)
    worker.start()
    job = services.tags.print_tags(ids[:2], by=owner)
    worker.join(5)
    assert job.status == "done"
    zpl = got[0].decode("utf-8")
    assert zpl.count("^XA") == 2
    assert f"^FD{received.pieces[0].tag_code}^FS" in zpl and "^FD22K916^FS" in zpl
    assert f"^FD{code128.zpl_data(received.pieces[0].tag_code)}^FS" in zpl
    server.close()  # the printer is now off
    with pytest.raises(PrinterUnavailable):
        services.tags.print_tags(ids[2:5], by=owner)
    waiting = services.tags.waiting_jobs()
    assert [(w.status, w.tag_count, w.attempts) for w in waiting] == [("failed", 3, 1)]
    assert "not answering" in waiting[0].last_error
    back = socket.socket()
    back.bind(("127.0.0.1", port))
    back.listen(1)
    server = back
    worker = threading.Thread(target=accept)
    worker.start()
    done = services.tags.retry_all()
    worker.join(5)
    back.close()
    assert [d.status for d in done] == ["done"]
    assert got[1].decode("utf-8").count("^XA") == 3
    assert services.tags.waiting_jobs() == []


def test_printing_needs_a_printer(
    services: Services, owner: UserInfo, received: ReceiptInfo
) -> None:
    """Without a configured tag printer nothing is queued and the message says what to do."""
    with pytest.raises(ValidationError, match="tag printer"):
        services.tags.print_tags([received.pieces[0].id], by=owner)
    with pytest.raises(ValidationError):
        services.tags.save_printer(TagPrinter(target="lpt1", language="tspl"), by=owner)
    assert services.tags.waiting_jobs() == []


def test_label_sheet_pdf_of_received_pieces_reads_back(
    services: Services, received: ReceiptInfo, tmp_path: Path
) -> None:
    """The A4 sheet PDF of all 25 received tags, rendered by pdftoppm at 600 dpi, gives every code
    back through zbar, and carries the weights as text."""
    pdf = services.tags.save_label_sheet([p.id for p in received.pieces], tmp_path / "t.pdf")
    # 600 dpi: what a laser printer that prints label sheets resolves
    subprocess.run(["pdftoppm", "-r", "600", "-gray", "-png", str(pdf), str(tmp_path / "p")],
                   check=True)  # fmt: skip
    found: list[str] = []
    for page in sorted(tmp_path.glob("p-*.png")):
        found += _code128(Image.open(page))
    assert sorted(found) == sorted(p.tag_code for p in received.pieces)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "N 5.870" in text and "RG-2211" in text and "AB12CD" in text


def test_a_layout_whose_flag_cannot_hold_the_counters_codes_is_refused(
    services: Services, owner: UserInfo, received: ReceiptInfo
) -> None:
    """Saving a layout checks the barcode of this counter's longest code at 0.25 mm bars against
    its flag, and that every field lies on a flag with room; the message gives sizes in words."""
    code = received.pieces[0].tag_code  # this counter's prefix + 6 digits
    narrow = replace(TagLayout(), flags=((0.0, 30.0), (65.0, 95.0)), fields=())
    with pytest.raises(ValidationError) as refused:
        services.tags.save_layout(narrow, by=owner)
    message = str(refused.value)
    assert "mm wide" in message and "the flag from 0 to 30 mm" in message
    assert len(code) == len(message.split(" needs ")[0].split(": ")[-1])
    in_tail = replace(TagLayout(), fields=(TagField("shop", 45.0, 7.0, 5.0),))
    with pytest.raises(ValidationError, match="the shop name lies in the tail"):
        services.tags.save_layout(in_tail, by=owner)
    assert services.tags.save_layout(TagLayout(), by=owner) == TagLayout()
