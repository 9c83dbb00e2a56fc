"""Use cases, one transaction each; they return frozen dataclasses and raise named errors."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from jewelpos.db.engine import make_session_factory
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, SystemClock
from jewelpos.services.auth import AuthService
from jewelpos.services.customers import CustomerService
from jewelpos.services.rates import RateService
from jewelpos.services.setup import SetupService
from jewelpos.services.stock import StockService


@dataclass(frozen=True)
class Services:
    """Everything the UI may call; built once by the composition root."""

    setup: SetupService
    auth: AuthService
    rates: RateService
    stock: StockService
    customers: CustomerService
    uow: UnitOfWork
    clock: Clock
    engine: Engine


def build_services(engine: Engine, clock: Clock | None = None) -> Services:
    """Wire the services to one engine (made by ``db.engine.make_engine``) and a clock."""
    clock = clock or SystemClock()
    uow = UnitOfWork(make_session_factory(engine, clock=clock))
    return Services(
        setup=SetupService(uow, clock),
        auth=AuthService(uow, clock),
        rates=RateService(uow, clock),
        stock=StockService(uow, clock),
        customers=CustomerService(uow, clock),
        uow=uow,
        clock=clock,
        engine=engine,
    )


__all__ = ["Services", "build_services"]
