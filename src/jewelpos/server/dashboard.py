"""The head-office dashboard: server-rendered pages behind a login of its own (staff.py).

Sales per branch per day (a bar chart with the table under it), sales per branch by category,
purity, salesperson or payment mode (with a CSV of the same rows), the savings-scheme liability
per branch at a date, counters with their last sync and unsent count, refused (quarantined)
rows with reasons, gaps in invoice series and open conflicts to resolve. What a user sees
follows the role: the owner everything, accounts the money (sales, scheme liability, gaps,
refused rows), the order manager sales, counters and conflicts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from html import escape
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Engine, select, update

from jewelpos.domain.formatting import format_inr
from jewelpos.domain.weight import grams_text
from jewelpos.server import reports, reports_sales, staff, store
from jewelpos.server.limits import Throttle
from jewelpos.server.models import conflict

COOKIE = "jp_session"
SECTIONS: dict[str, frozenset[str]] = {
    staff.ROLE_OWNER: frozenset(
        {"sales", "breakdown", "schemes", "counters", "quarantine", "gaps", "conflicts"}
    ),
    staff.ROLE_ACCOUNTS: frozenset({"sales", "breakdown", "schemes", "quarantine", "gaps"}),
    staff.ROLE_ORDER_MANAGER: frozenset({"sales", "counters", "conflicts"}),
}
COLOURS = ("#1f6feb", "#d4a017", "#2da44e", "#cf222e", "#8250df", "#bf8700", "#0a7ea4")
STYLE = """
body{font-family:system-ui,sans-serif;margin:0;background:#f6f8fa;color:#1f2328}
header{background:#6b2d0f;color:#fff;padding:10px 20px;display:flex;justify-content:space-between}
main{padding:16px 20px;max-width:1100px}
section{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:12px 16px;margin:12px 0}
table{border-collapse:collapse;width:100%}th,td{padding:4px 8px;border-bottom:1px solid #eee;
text-align:left}td.n,th.n{text-align:right}h2{margin:4px 0 10px;font-size:18px}
.bad{color:#cf222e}form.inline{display:inline}button{padding:4px 10px}
label{display:block;margin:8px 0}label.inline{display:inline-block;margin-right:12px}input{padding:6px;font-size:15px}
"""


def _rupees(paise: int) -> str:
    return format_inr(Decimal(paise) / 100)


def _page(title: str, body: str, user: staff.StaffUser | None = None) -> HTMLResponse:
    who = ""
    if user is not None:
        who = (
            f"<span>{escape(user.username)} ({escape(user.role.replace('_', ' '))}) "
            '<form class="inline" method="post" action="/dashboard/logout">'
            '<button accesskey="l" type="submit"><u>L</u>og out</button></form></span>'
        )
    html = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}'
        f"</title><style>{STYLE}</style></head><body><header><b>JewelPOS head office</b>"
        f"{who}</header><main>{body}</main></body></html>"
    )
    return HTMLResponse(html, headers={"Cache-Control": "no-store"})


def _chart(sales: list[dict[str, Any]]) -> str:
    """Grouped bars: one group per day, one bar per branch (net sales)."""
    days = sorted({r["day"] for r in sales})
    branches = sorted({r["branch"] for r in sales})
    if not days:
        return "<p>No bills in these days.</p>"
    top = max(r["net_paise"] for r in sales) or 1
    width, height, pad = 760, 220, 30
    group = (width - pad) / len(days)
    bar = max(4.0, min(40.0, (group - 10) / max(1, len(branches))))
    parts = [f'<svg id="sales-chart" width="{width}" height="{height + 50}" role="img">']
    for i, day in enumerate(days):
        x0 = pad + i * group + 5
        for j, code in enumerate(branches):
            row = next((r for r in sales if r["day"] == day and r["branch"] == code), None)
            if row is None:
                continue
            h = max(1.0, row["net_paise"] / top * height)
            colour = COLOURS[j % len(COLOURS)]
            parts.append(
                f'<rect x="{x0 + j * bar:.1f}" y="{height - h + 20:.1f}" width="{bar - 2:.1f}" '
                f'height="{h:.1f}" fill="{colour}"><title>{escape(code)} {day}: '
                f"{escape(_rupees(row['net_paise']))}</title></rect>"
            )
        parts.append(
            f'<text x="{x0:.1f}" y="{height + 38}" font-size="12">{escape(day[5:])}</text>'
        )
    for j, code in enumerate(branches):
        parts.append(
            f'<rect x="{pad + j * 70}" y="0" width="10" height="10" '
            f'fill="{COLOURS[j % len(COLOURS)]}"/><text x="{pad + j * 70 + 14}" y="10" '
            f'font-size="12">{escape(code)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _sales(sales: list[dict[str, Any]], day_from: date, day_to: date) -> str:
    rows = "".join(
        f"<tr><td>{escape(r['branch'])}</td><td>{r['day']}</td><td class=n>{r['bills']}</td>"
        f"<td class=n>{r['cancelled']}</td><td class=n>{escape(_rupees(r['net_paise']))}</td></tr>"
        for r in sales
    )
    total = sum(r["net_paise"] for r in sales)
    return (
        f'<section id="sales"><h2>Sales per branch per day</h2>'
        f'<form method="get" action="/dashboard"><label class="inline">From '
        f'<input type="date" name="day_from" value="{day_from}" accesskey="f"></label>'
        f'<label class="inline">To <input type="date" name="day_to" value="{day_to}" '
        f'accesskey="t"></label><button type="submit" accesskey="s"><u>S</u>how</button></form>'
        f"{_chart(sales)}<table><tr><th>Branch</th><th>Day</th><th class=n>Bills</th>"
        f"<th class=n>Cancelled</th><th class=n>Net sales</th></tr>{rows}"
        f'<tr><th colspan=4>Total</th><th class=n id="sales-total">{escape(_rupees(total))}'
        f"</th></tr></table></section>"
    )


BREAKDOWN_TITLES = {
    "category": "Category",
    "purity": "Purity",
    "salesperson": "Salesperson",
    "mode": "Payment mode",
}


def _breakdown(engine: Engine, by: str, day_from: date, day_to: date) -> str:
    """Sales of the days per branch by category, purity, salesperson or payment mode, with a
    CSV of the same rows."""
    rows = reports_sales.sales_by(engine, by=by, day_from=day_from, day_to=day_to)
    pick = "".join(
        f'<option value="{k}"{" selected" if k == by else ""}>{v}</option>'
        for k, v in BREAKDOWN_TITLES.items()
    )
    query = f"by={by}&day_from={day_from}&day_to={day_to}"
    head = (
        f'<section id="breakdown"><h2>Sales by {BREAKDOWN_TITLES[by].lower()}</h2>'
        f'<form method="get" action="/dashboard"><input type="hidden" name="day_from" '
        f'value="{day_from}"><input type="hidden" name="day_to" value="{day_to}">'
        f'<label class="inline">By <select name="by" accesskey="b">{pick}</select></label>'
        f'<button type="submit" accesskey="w">Sho<u>w</u></button> '
        f'<a id="breakdown-csv" accesskey="c" href="/dashboard/sales-by.csv?{query}">'
        f"<u>C</u>SV</a></form>"
    )
    if by == "mode":
        body = "".join(
            f"<tr><td>{escape(r['branch'])}</td><td>{escape(r['name'])}</td>"
            f"<td class=n>{r['bills']}</td>"
            f"<td class=n>{escape(_rupees(r['amount_paise']))}</td></tr>"
            for r in rows
        )
        table = (
            "<table><tr><th>Branch</th><th>Payment mode</th><th class=n>Bills</th>"
            f"<th class=n>Amount</th></tr>{body}</table>"
        )
    else:
        body = "".join(
            f"<tr><td>{escape(r['branch'])}</td><td>{escape(r['name'])}</td>"
            f"<td class=n>{r['bills']}</td><td class=n>{r['lines']}</td>"
            f"<td class=n>{grams_text(r['net_mg'])}</td><td class=n>{grams_text(r['fine_mg'])}</td>"
            f"<td class=n>{escape(_rupees(r['making_paise']))}</td>"
            f"<td class=n>{escape(_rupees(r['taxable_paise']))}</td></tr>"
            for r in rows
        )
        table = (
            f"<table><tr><th>Branch</th><th>{BREAKDOWN_TITLES[by]}</th><th class=n>Bills</th>"
            "<th class=n>Pieces</th><th class=n>Net g</th><th class=n>Fine g</th>"
            f"<th class=n>Making</th><th class=n>Taxable</th></tr>{body}</table>"
        )
    return head + table + "</section>"


def _schemes(engine: Engine, at: date, day_from: date, day_to: date) -> str:
    """The scheme liability of each home branch at ``at``, and the chain's total."""
    per_branch = reports.scheme_liability_by_branch(engine, at=at)
    rows = "".join(
        f'<tr id="liability-{escape(b["branch"])}"><td>{escape(b["branch"])}</td>'
        f"<td class=n>{b['accounts']}</td>"
        f"<td class=n>{escape(_rupees(int(Decimal(b['money']) * 100)))}</td>"
        f"<td class=n>{escape(b['grams'])} g</td></tr>"
        for b in per_branch
    )
    whole = reports.scheme_liability(engine, at=at)
    return (
        f'<section id="schemes"><h2>Scheme liability at the end of {at}</h2>'
        '<form method="get" action="/dashboard">'
        f'<input type="hidden" name="day_from" value="{day_from}">'
        f'<input type="hidden" name="day_to" value="{day_to}">'
        '<label class="inline">At <input type="date" name="liability_at" '
        f'value="{at}" accesskey="a"></label><button type="submit" accesskey="w">'
        "Sho<u>w</u></button></form><table><tr><th>Home branch</th><th class=n>Accounts</th>"
        f"<th class=n>Members hold</th><th class=n>Grams</th></tr>{rows}"
        f"<tr><th>Total</th><th class=n>{whole['accounts']}</th>"
        f'<th class=n id="liability-total">'
        f"{escape(_rupees(int(Decimal(whole['money']) * 100)))}</th>"
        f'<th class=n id="liability-grams">{escape(whole["grams"])} g</th></tr></table></section>'
    )


def _counters(engine: Engine) -> str:
    rows = []
    for d in store.list_devices(engine):
        if d["role"] != store.ROLE_COUNTER:
            continue
        unsent = d.get("unsent_count")
        state = '<span class="bad">revoked</span>' if d["revoked_at"] else "enrolled"
        rows.append(
            f"<tr><td>{escape(d['branch'])}</td><td>{escape(d['counter'])}</td>"
            f"<td>{escape((d['last_seen_at'] or 'never')[:16].replace('T', ' '))}</td>"
            f"<td class=n>{'-' if unsent is None else unsent}</td><td>{state}</td></tr>"
        )
    return (
        '<section id="counters"><h2>Counters</h2><table><tr><th>Branch</th><th>Counter</th>'
        "<th>Last sync (UTC)</th><th class=n>Unsent</th><th>State</th></tr>"
        + "".join(rows)
        + "</table></section>"
    )


def _quarantine(engine: Engine) -> str:
    rows = "".join(
        f"<tr><td>{escape(q['received_at'][:16].replace('T', ' '))}</td>"
        f"<td>{escape(q['branch'])}/{escape(q['counter'])}</td><td>{escape(q['table_name'])}</td>"
        f"<td>{escape(q['reason'])}</td></tr>"
        for q in store.list_quarantine(engine, limit=100)
    )
    return (
        '<section id="quarantine"><h2>Refused rows</h2><table><tr><th>When (UTC)</th>'
        f"<th>Counter</th><th>Table</th><th>Reason</th></tr>{rows}</table></section>"
    )


def _gaps(engine: Engine, day: date) -> str:
    rows = "".join(
        f"<tr><td>{escape(t['branch'])}</td><td>{escape(t['series'])}</td>"
        f"<td>{escape(t['last_number'])}</td><td class=n>{t['count']}</td>"
        f"<td>{escape(', '.join(str(n) for n in t['gaps'][:50]) or 'none')}"
        f"{' ...' if len(t['gaps']) > 50 else ''}</td></tr>"
        for t in reports.counter_tally(engine, day=day)
    )
    return (
        f'<section id="gaps"><h2>Gaps in series billed on {day}</h2><table><tr><th>Branch</th>'
        "<th>Series</th><th>Last number</th><th class=n>Bills that day</th><th>Missing</th>"
        f"</tr>{rows}</table></section>"
    )


def _conflicts(engine: Engine, can_resolve: bool) -> str:
    with engine.connect() as conn:
        found = conn.execute(
            select(conflict).where(conflict.c.resolved_at.is_(None)).order_by(conflict.c.seq)
        ).all()
    rows = []
    for c in found:
        details = c.details if isinstance(c.details, dict) else {}
        numbers = ", ".join(str(n) for n in details.get("numbers", []) if n)
        action = (
            f'<form class="inline" method="post" action="/dashboard/conflicts/{escape(c.id)}/'
            f'resolve"><button type="submit" id="resolve-{escape(c.id)}">Resolved</button></form>'
            if can_resolve
            else ""
        )
        rows.append(
            f"<tr><td>{escape(c.kind.replace('_', ' '))}</td>"
            f"<td>{escape(str(details.get('tag_code', '')))}</td><td>{escape(numbers)}</td>"
            f"<td>{action}</td></tr>"
        )
    return (
        '<section id="conflicts"><h2>Conflicts to resolve</h2><table><tr><th>Kind</th>'
        "<th>Tag</th><th>Bills</th><th></th></tr>" + "".join(rows) + "</table></section>"
    )


def make_router(engine: Engine, reports_db: Engine, throttle: Throttle) -> APIRouter:
    """The dashboard pages (not part of the device API's OpenAPI schema)."""
    router = APIRouter(prefix="/dashboard", include_in_schema=False)

    def current(request: Request) -> staff.StaffUser | None:
        return staff.session_user(engine, request.cookies.get(COOKIE))

    def login_page(message: str = "", status: int = 200) -> HTMLResponse:
        note = f'<p class="bad" id="login-error">{escape(message)}</p>' if message else ""
        page = _page(
            "Log in",
            '<section><h2>Log in</h2><form method="post" action="/dashboard/login">'
            f'{note}<label>User name <input name="username" id="username" autofocus '
            'accesskey="u" autocomplete="username"></label><label>Password '
            '<input name="password" id="password" type="password" accesskey="p" '
            'autocomplete="current-password"></label><button type="submit" id="login" '
            'accesskey="i">Log <u>i</u>n</button></form></section>',
        )
        page.status_code = status
        return page

    @router.get("/login")
    def login_form() -> Response:
        return login_page()

    @router.post("/login")
    async def login(request: Request) -> Response:
        address = request.client.host if request.client else "?"
        if not throttle.allow(address):
            return login_page("Too many attempts from this address; wait a minute.", 429)
        form = parse_qs((await request.body()).decode("utf-8", "replace"))
        token = staff.log_in(engine, form.get("username", [""])[0], form.get("password", [""])[0])
        if token is None:
            return login_page("Wrong user name or password.", 401)
        resp = RedirectResponse("/dashboard", 303)
        resp.set_cookie(
            COOKIE,
            token,
            httponly=True,
            samesite="strict",
            max_age=int(staff.SESSION_LENGTH.total_seconds()),
        )
        return resp

    @router.post("/logout")
    def logout(request: Request) -> Response:
        staff.log_out(engine, request.cookies.get(COOKIE))
        resp = RedirectResponse("/dashboard/login", 303)
        resp.delete_cookie(COOKIE)
        return resp

    @router.post("/conflicts/{conflict_id}/resolve")
    def resolve(conflict_id: str, request: Request) -> Response:
        user = current(request)
        if user is None:
            return RedirectResponse("/dashboard/login", 303)
        if "conflicts" not in SECTIONS.get(user.role, frozenset()):
            return _page("Not allowed", "<p>Conflicts are for the owner and order manager.</p>")
        with engine.begin() as conn:
            conn.execute(
                update(conflict)
                .where(conflict.c.id == conflict_id[:36], conflict.c.resolved_at.is_(None))
                .values(resolved_at=store.utcnow())
            )
        return RedirectResponse("/dashboard", 303)

    @router.get("/sales-by.csv")
    def sales_by_csv(request: Request, by: str = "category", day_from: str = "", day_to: str = ""
                     ) -> Response:  # fmt: skip
        user = current(request)
        if user is None:
            return RedirectResponse("/dashboard/login", 303)
        if "breakdown" not in SECTIONS.get(user.role, frozenset()):
            return Response("not for this role", 403)
        end = _day(day_to, date.today())
        start = _day(day_from, end - timedelta(days=6))
        by = by if by in reports_sales.BREAKDOWNS else "category"
        rows = reports_sales.sales_by(reports_db, by=by, day_from=start, day_to=end)
        name = f"sales-by-{by}-{start}-{end}.csv"
        return Response(
            reports_sales.as_csv(rows),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    @router.get("")
    def home(
        request: Request,
        day_from: str = "",
        day_to: str = "",
        liability_at: str = "",
        by: str = "category",
    ) -> Response:
        user = current(request)
        if user is None:
            return RedirectResponse("/dashboard/login", 303)
        today = date.today()
        end = _day(day_to, today)
        start = _day(day_from, end - timedelta(days=6))
        if start > end or (end - start).days > 92:
            start = end - timedelta(days=6)
        at = _day(liability_at, today)
        shown = SECTIONS.get(user.role, frozenset())
        blocks: list[tuple[str, Callable[[], str]]] = [
            (
                "sales",
                lambda: _sales(
                    reports.sales_per_branch_day(reports_db, day_from=start, day_to=end),
                    start,
                    end,
                ),
            ),
            (
                "breakdown",
                lambda: _breakdown(
                    reports_db, by if by in reports_sales.BREAKDOWNS else "category", start, end
                ),
            ),
            ("schemes", lambda: _schemes(reports_db, at, start, end)),
            ("counters", lambda: _counters(engine)),
            ("quarantine", lambda: _quarantine(engine)),
            ("gaps", lambda: _gaps(reports_db, end)),
            ("conflicts", lambda: _conflicts(engine, True)),
        ]
        body = "".join(make() for name, make in blocks if name in shown)
        return _page("Head office", body, user)

    return router


def _day(text: str, default: date) -> date:
    try:
        return date.fromisoformat(text) if text else default
    except ValueError:
        return default
