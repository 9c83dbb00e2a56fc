"""Counter billing, one module per concern; every public name is importable from here."""

from jewelpos.services.billing.service import *  # noqa: F403
from jewelpos.services.billing.service import _back_to_stock, _get_invoice  # noqa: F401
