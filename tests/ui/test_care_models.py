"""The Feedback screen's table models pass qtmodeltester and read as the counter shows them:
stars for a rating, a due follow-up marked, achieved "of" target with its share."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from jewelpos.services.complaints import ComplaintInfo
from jewelpos.services.feedback import FeedbackInfo
from jewelpos.services.staff_targets import Figures, TargetRow
from jewelpos.ui.models.care import ComplaintsModel, FeedbackModel, RowRole, TargetsModel

AT = datetime(2025, 6, 1, 5, 0, tzinfo=UTC)


def test_feedback_model_shows_stars(qtmodeltester: Any) -> None:
    """A 4 is four filled stars and one empty; the row role returns the rating."""
    model = FeedbackModel()
    info = FeedbackInfo("f1", "B1-C2/25/00001", "Asha", 4, "Good", "", "counter", "Ravi", AT)
    model.set_rows([info])
    qtmodeltester.check(model)
    assert model.data(model.index(0, model.RATING)) == "★★★★☆"
    assert model.data(model.index(0, 0), RowRole) is info


def test_complaints_model_marks_due_follow_ups(qtmodeltester: Any) -> None:
    """A follow-up due today reads "(due)"; a later one does not."""
    model = ComplaintsModel()
    model.today = date(2025, 6, 1)

    def complaint(day: date) -> ComplaintInfo:
        return ComplaintInfo(
            "c", "complaint", "quality", "Loose stone", "", "Asha", "open", None, "", day, "",
            AT, "Suresh", None, "",
        )  # fmt: skip

    model.set_rows([complaint(date(2025, 6, 1)), complaint(date(2025, 6, 2))])
    qtmodeltester.check(model)
    assert model.data(model.index(0, model.FOLLOW_UP)) == "1 Jun 2025 (due)"
    assert model.data(model.index(1, model.FOLLOW_UP)) == "2 Jun 2025"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None


def test_targets_model_reads_achieved_of_target(qtmodeltester: Any) -> None:
    """49,217.50 of 1,00,000.00 is 49 %; 18.450 g of 25.000 g is 74 % (73.8 rounded); 1 of 8
    is 12.5 %, 13 % half up; no target shows the achieved figure alone."""
    model = TargetsModel()
    target = Figures(Decimal("100000.00"), 25_000, 2, 8)
    got = Figures(Decimal("49217.50"), 18_450, 1, 1)
    model.set_rows(
        [
            TargetRow("u1", "Kiran", "salesperson", target, got),
            TargetRow("u2", "Ravi", "cashier", None, got),
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(0, model.VALUE)) == "₹49,217.50 of ₹1,00,000.00 (49%)"
    assert model.data(model.index(0, model.WEIGHT)) == "18.450 g of 25.000 g (74%)"
    assert model.data(model.index(0, model.CUSTOMERS)) == "1 of 2 (50%)"
    assert model.data(model.index(0, model.ENROLMENTS)) == "1 of 8 (13%)"
    assert model.data(model.index(1, model.VALUE)) == "₹49,217.50"
