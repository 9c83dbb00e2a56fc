"""Use cases, one transaction each; they return frozen dataclasses and raise named errors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from jewelpos.db.engine import make_session_factory
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, SystemClock
from jewelpos.services import scheme_redemption
from jewelpos.services.auth import AuthService
from jewelpos.services.bill_search import BillSearchService
from jewelpos.services.billing import BillingService
from jewelpos.services.complaints import ComplaintService
from jewelpos.services.coupons import CouponService
from jewelpos.services.customer360 import Customer360Service
from jewelpos.services.customer_merge import CustomerMergeService
from jewelpos.services.customer_profile import CustomerProfileService
from jewelpos.services.customers import CustomerService
from jewelpos.services.day_end import DayEndService
from jewelpos.services.estimates import EstimateService
from jewelpos.services.feedback import FeedbackService
from jewelpos.services.importing import ImportService
from jewelpos.services.loyalty import LoyaltyService
from jewelpos.services.loyalty_settings import LoyaltySettingsService
from jewelpos.services.messaging.service import MessagesService
from jewelpos.services.printing_jobs import PrintService
from jewelpos.services.rates import RateService
from jewelpos.services.receiving import ReceivingService
from jewelpos.services.scheme_pdc import SchemeChequeService
from jewelpos.services.scheme_printing import SchemeDocuments
from jewelpos.services.scheme_prints import SchemePrints
from jewelpos.services.scheme_reports import SchemeReports
from jewelpos.services.schemes import SchemeService
from jewelpos.services.setup import SetupService
from jewelpos.services.shop_settings import ShopSettingsService
from jewelpos.services.staff_targets import StaffTargetService
from jewelpos.services.stock import StockService
from jewelpos.services.stocktake import StockTakeService
from jewelpos.services.tags import TagService
from jewelpos.services.touch_points import TouchPointService
from jewelpos.services.transfers import TransferService
from jewelpos.services.users import UsersService
from jewelpos.services.vouchers import VoucherService


@dataclass(frozen=True)
class Services:
    """Everything the UI may call; built once by the composition root."""

    setup: SetupService
    auth: AuthService
    users: UsersService
    rates: RateService
    stock: StockService
    receiving: ReceivingService
    tags: TagService
    stocktake: StockTakeService
    transfers: TransferService
    importing: ImportService
    customers: CustomerService
    billing: BillingService
    estimates: EstimateService
    day_end: DayEndService
    shop_settings: ShopSettingsService
    prints: PrintService
    bill_search: BillSearchService
    loyalty: LoyaltyService
    loyalty_settings: LoyaltySettingsService
    vouchers: VoucherService
    customer360: Customer360Service
    merges: CustomerMergeService
    profiles: CustomerProfileService
    schemes: SchemeService
    scheme_cheques: SchemeChequeService
    scheme_documents: SchemeDocuments
    scheme_redemptions: scheme_redemption.SchemeRedemptions
    scheme_reports: SchemeReports
    scheme_prints: SchemePrints
    messages: MessagesService
    feedback: FeedbackService
    complaints: ComplaintService
    touch_points: TouchPointService
    staff_targets: StaffTargetService
    coupons: CouponService
    uow: UnitOfWork
    clock: Clock
    engine: Engine


def build_services(
    engine: Engine,
    clock: Clock | None = None,
    *,
    printer_target: str = "",
    data_dir: Path | None = None,
    receipt_width_mm: int = 80,
    upi_vpa: str = "",
    initial_pull: Callable[[], object] | None = None,
) -> Services:
    """Wire the services to one engine (made by ``db.engine.make_engine``) and a clock.

    The printing options come from Settings (receipt_printer, data_dir, receipt_width_mm).
    ``initial_pull`` fetches head office's data for a counter joining an existing branch at
    first-run setup (the composition root wires it to sync).
    """
    clock = clock or SystemClock()
    uow = UnitOfWork(make_session_factory(engine, clock=clock))
    billing = BillingService(uow, clock)
    estimates = EstimateService(uow, clock, billing)
    day_end = DayEndService(uow, clock, billing)
    shop_settings = ShopSettingsService(uow, clock)
    shop_settings.on_saved(billing.forget_settings)
    stock = StockService(uow, clock)
    scheme_redemption.register(clock)
    prints = PrintService(
        uow,
        clock,
        billing,
        estimates,
        day_end,
        printer_target=printer_target,
        data_dir=data_dir,
        receipt_width_mm=receipt_width_mm,
        upi_vpa=upi_vpa,
    )
    schemes = SchemeService(uow, clock)
    scheme_documents = SchemeDocuments(uow, clock)
    return Services(
        setup=SetupService(uow, clock, initial_pull=initial_pull),
        auth=AuthService(uow, clock),
        users=UsersService(uow, clock),
        rates=RateService(uow, clock),
        stock=stock,
        receiving=ReceivingService(uow, clock, stock),
        tags=TagService(uow, clock),
        stocktake=StockTakeService(uow, clock),
        transfers=TransferService(uow, clock),
        importing=ImportService(uow, clock),
        customers=CustomerService(uow, clock),
        billing=billing,
        estimates=estimates,
        day_end=day_end,
        shop_settings=shop_settings,
        prints=prints,
        bill_search=BillSearchService(uow),
        loyalty=LoyaltyService(uow, clock),
        loyalty_settings=LoyaltySettingsService(uow, clock),
        vouchers=VoucherService(uow, clock, billing.shop),
        customer360=Customer360Service(uow, clock),
        merges=CustomerMergeService(uow, clock),
        profiles=CustomerProfileService(uow, clock),
        schemes=schemes,
        scheme_cheques=SchemeChequeService(uow, clock),
        scheme_documents=scheme_documents,
        scheme_redemptions=scheme_redemption.SchemeRedemptions(uow, clock),
        scheme_reports=SchemeReports(uow),
        scheme_prints=SchemePrints(prints, scheme_documents, schemes),
        messages=MessagesService(uow, clock),
        feedback=FeedbackService(uow, clock),
        complaints=ComplaintService(uow, clock),
        touch_points=TouchPointService(uow, clock),
        staff_targets=StaffTargetService(uow, clock),
        coupons=CouponService(uow, clock),
        uow=uow,
        clock=clock,
        engine=engine,
    )


__all__ = ["Services", "build_services"]
