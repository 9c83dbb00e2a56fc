"""Turns domain errors (code + params) into translated sentences that say what to do."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.ui.problem_texts import match_problem, problem_sentence

_CTX = "Messages"

# Field names used by services and domain validation -> labels shown to people.
_FIELD_LABELS: dict[str, object] = {
    # customer orders, karigars and repairs
    "weight_from": QT_TRANSLATE_NOOP("Messages", "Weight from"),
    "weight_to": QT_TRANSLATE_NOOP("Messages", "Weight to"),
    "design_notes": QT_TRANSLATE_NOOP("Messages", "Design notes"),
    "made_from": QT_TRANSLATE_NOOP("Messages", "Made from"),
    "sample_ref": QT_TRANSLATE_NOOP("Messages", "Sample or item no."),
    "promised_on": QT_TRANSLATE_NOOP("Messages", "Promised date"),
    "booked_weight": QT_TRANSLATE_NOOP("Messages", "Weight booked at today's rate"),
    "advance": QT_TRANSLATE_NOOP("Messages", "Advance"),
    "advance_mode": QT_TRANSLATE_NOOP("Messages", "Advance paid by"),
    "advance_reference": QT_TRANSLATE_NOOP("Messages", "Advance reference"),
    "karigar": QT_TRANSLATE_NOOP("Messages", "Karigar"),
    "karigar_due_on": QT_TRANSLATE_NOOP("Messages", "Karigar's date"),
    "usual_wastage": QT_TRANSLATE_NOOP("Messages", "Usual wastage"),
    "work_notes": QT_TRANSLATE_NOOP("Messages", "Work notes"),
    "work": QT_TRANSLATE_NOOP("Messages", "Work"),
    "piece": QT_TRANSLATE_NOOP("Messages", "Piece"),
    "weight_in": QT_TRANSLATE_NOOP("Messages", "Weight in"),
    "weight_out": QT_TRANSLATE_NOOP("Messages", "Weight out"),
    "metal_added": QT_TRANSLATE_NOOP("Messages", "Metal added"),
    "labour_gst": QT_TRANSLATE_NOOP("Messages", "GST on labour"),
    "piece_size": QT_TRANSLATE_NOOP("Messages", "Size"),
    "photos": QT_TRANSLATE_NOOP("Messages", "Photos"),
    "materials": QT_TRANSLATE_NOOP("Messages", "Customer's stone or metal"),
    "specialities": QT_TRANSLATE_NOOP("Messages", "Specialities"),
    "metal_weight": QT_TRANSLATE_NOOP("Messages", "Weight"),
    "metal_entry": QT_TRANSLATE_NOOP("Messages", "Entry"),
    "shop_name": QT_TRANSLATE_NOOP("Messages", "Shop name"),
    "legal_name": QT_TRANSLATE_NOOP("Messages", "Legal name"),
    "gstin": QT_TRANSLATE_NOOP("Messages", "GSTIN"),
    "state_code": QT_TRANSLATE_NOOP("Messages", "State"),
    "address": QT_TRANSLATE_NOOP("Messages", "Address"),
    "city": QT_TRANSLATE_NOOP("Messages", "City"),
    "pin_code": QT_TRANSLATE_NOOP("Messages", "PIN code"),
    "phone": QT_TRANSLATE_NOOP("Messages", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("Messages", "Mobile"),
    "branch_code": QT_TRANSLATE_NOOP("Messages", "Branch code"),
    "branch_name": QT_TRANSLATE_NOOP("Messages", "Branch name"),
    "counter_code": QT_TRANSLATE_NOOP("Messages", "Counter code"),
    "owner_username": QT_TRANSLATE_NOOP("Messages", "User name"),
    "username": QT_TRANSLATE_NOOP("Messages", "User name"),
    "owner_name": QT_TRANSLATE_NOOP("Messages", "Full name"),
    "display_name": QT_TRANSLATE_NOOP("Messages", "Full name"),
    "owner_pin": QT_TRANSLATE_NOOP("Messages", "PIN"),
    "pin": QT_TRANSLATE_NOOP("Messages", "PIN"),
    "rate": QT_TRANSLATE_NOOP("Messages", "Rate"),
    "huid": QT_TRANSLATE_NOOP("Messages", "HUID"),
    "pan": QT_TRANSLATE_NOOP("Messages", "PAN"),
    "refund": QT_TRANSLATE_NOOP("Messages", "Refund"),
    "set_offs": QT_TRANSLATE_NOOP("Messages", "Set-offs"),
    "ship_address": QT_TRANSLATE_NOOP("Messages", "Deliver to"),
    # shop settings and day end
    "hallmark_fee": QT_TRANSLATE_NOOP("Messages", "Hallmark fee"),
    "cash_limit": QT_TRANSLATE_NOOP("Messages", "Cash limit"),
    "pan_threshold": QT_TRANSLATE_NOOP("Messages", "PAN needed above"),
    "buyer_details_threshold": QT_TRANSLATE_NOOP("Messages", "Buyer details from"),
    "repair_labour_gst_percent": QT_TRANSLATE_NOOP("Messages", "Repair labour GST"),
    "time_zone": QT_TRANSLATE_NOOP("Messages", "Time zone"),
    "reopen_hours": QT_TRANSLATE_NOOP("Messages", "Hours to reopen a day"),
    "huid_exempt": QT_TRANSLATE_NOOP("Messages", "HUID exemption"),
    "print_language": QT_TRANSLATE_NOOP("Messages", "Language of printed documents"),
    "customer_display_language": QT_TRANSLATE_NOOP("Messages", "Customer display's language"),
    "copy": QT_TRANSLATE_NOOP("Messages", "Invoice copy"),
    "wastage_percent": QT_TRANSLATE_NOOP("Messages", "VA / wastage"),
    "making_value": QT_TRANSLATE_NOOP("Messages", "Making charge"),
    "opening_float": QT_TRANSLATE_NOOP("Messages", "Opening float"),
    "reason": QT_TRANSLATE_NOOP("Messages", "Reason"),
    "tag_code": QT_TRANSLATE_NOOP("Messages", "Tag code"),
    "barcode": QT_TRANSLATE_NOOP("Messages", "Barcode"),
    "layout": QT_TRANSLATE_NOOP("Messages", "Tag layout"),
    # pieces, weights and prices
    "gross_mg": QT_TRANSLATE_NOOP("Messages", "Gross weight"),
    "gross_g": QT_TRANSLATE_NOOP("Messages", "Gross weight"),
    "stone_mg": QT_TRANSLATE_NOOP("Messages", "Stone weight"),
    "stone_g": QT_TRANSLATE_NOOP("Messages", "Stone weight"),
    "stone_ct": QT_TRANSLATE_NOOP("Messages", "Stone carats"),
    "net_g": QT_TRANSLATE_NOOP("Messages", "Net weight"),
    "less_mg": QT_TRANSLATE_NOOP("Messages", "Less weight"),
    "weight_mg": QT_TRANSLATE_NOOP("Messages", "Weight"),
    "added_mg": QT_TRANSLATE_NOOP("Messages", "Added metal weight"),
    "added_metal": QT_TRANSLATE_NOOP("Messages", "Added metal"),
    "added_purity": QT_TRANSLATE_NOOP("Messages", "Added metal purity"),
    "stone_count": QT_TRANSLATE_NOOP("Messages", "Number of stones"),
    "stone_value": QT_TRANSLATE_NOOP("Messages", "Stone value"),
    "value_paise": QT_TRANSLATE_NOOP("Messages", "Value"),
    "count": QT_TRANSLATE_NOOP("Messages", "Count"),
    "metal": QT_TRANSLATE_NOOP("Messages", "Metal"),
    "purity": QT_TRANSLATE_NOOP("Messages", "Purity"),
    "board_purity": QT_TRANSLATE_NOOP("Messages", "Board rate purity"),
    "touch_percent": QT_TRANSLATE_NOOP("Messages", "Touch"),
    "deduction_percent": QT_TRANSLATE_NOOP("Messages", "Melting deduction"),
    "making": QT_TRANSLATE_NOOP("Messages", "Making charge"),
    "making_kind": QT_TRANSLATE_NOOP("Messages", "Making charge type"),
    "making_discount_percent": QT_TRANSLATE_NOOP("Messages", "Making discount"),
    "wastage": QT_TRANSLATE_NOOP("Messages", "VA / wastage"),
    "wastage_on": QT_TRANSLATE_NOOP("Messages", "VA / wastage on"),
    "wastage_discount_percent": QT_TRANSLATE_NOOP("Messages", "VA / wastage discount"),
    "percent": QT_TRANSLATE_NOOP("Messages", "Percent"),
    "on": QT_TRANSLATE_NOOP("Messages", "On value or weight"),
    "value": QT_TRANSLATE_NOOP("Messages", "Value"),
    "other_charges": QT_TRANSLATE_NOOP("Messages", "Other charges"),
    "hallmark_pieces": QT_TRANSLATE_NOOP("Messages", "Hallmarked pieces"),
    "gst_percent": QT_TRANSLATE_NOOP("Messages", "GST"),
    "goods_gst_percent": QT_TRANSLATE_NOOP("Messages", "GST on goods"),
    "labour": QT_TRANSLATE_NOOP("Messages", "Labour"),
    "labour_gst_percent": QT_TRANSLATE_NOOP("Messages", "GST on labour"),
    "hsn": QT_TRANSLATE_NOOP("Messages", "HSN code"),
    "category": QT_TRANSLATE_NOOP("Messages", "Category"),
    "category_id": QT_TRANSLATE_NOOP("Messages", "Category"),
    "cost": QT_TRANSLATE_NOOP("Messages", "Cost"),
    "cost_paise": QT_TRANSLATE_NOOP("Messages", "Cost"),
    "cost_cipher": QT_TRANSLATE_NOOP("Messages", "Cost code word"),
    "design_no": QT_TRANSLATE_NOOP("Messages", "Design number"),
    "description": QT_TRANSLATE_NOOP("Messages", "Description"),
    "location": QT_TRANSLATE_NOOP("Messages", "Location"),
    "tray": QT_TRANSLATE_NOOP("Messages", "Tray"),
    "huids": QT_TRANSLATE_NOOP("Messages", "HUIDs"),
    "code": QT_TRANSLATE_NOOP("Messages", "Tag code"),
    "codes": QT_TRANSLATE_NOOP("Messages", "Pieces"),
    "pieces": QT_TRANSLATE_NOOP("Messages", "Pieces"),
    "lot": QT_TRANSLATE_NOOP("Messages", "Lot"),
    "photo": QT_TRANSLATE_NOOP("Messages", "Photo"),
    "kind": QT_TRANSLATE_NOOP("Messages", "Kind"),
    "supply": QT_TRANSLATE_NOOP("Messages", "Supply"),
    # bills, payments, returns
    "lines": QT_TRANSLATE_NOOP("Messages", "Lines"),
    "items": QT_TRANSLATE_NOOP("Messages", "Items"),
    "repairs": QT_TRANSLATE_NOOP("Messages", "Repairs"),
    "old_gold": QT_TRANSLATE_NOOP("Messages", "Old gold"),
    "discounts": QT_TRANSLATE_NOOP("Messages", "Discounts"),
    "pre_tax_discounts": QT_TRANSLATE_NOOP("Messages", "Discounts"),
    "payments": QT_TRANSLATE_NOOP("Messages", "Payments"),
    "mode": QT_TRANSLATE_NOOP("Messages", "Way of paying"),
    "amount": QT_TRANSLATE_NOOP("Messages", "Amount"),
    "card_last4": QT_TRANSLATE_NOOP("Messages", "Card's last 4 digits"),
    "reference": QT_TRANSLATE_NOOP("Messages", "Reference"),
    "bill": QT_TRANSLATE_NOOP("Messages", "Bill"),
    "invoice_number": QT_TRANSLATE_NOOP("Messages", "Invoice number"),
    "estimate": QT_TRANSLATE_NOOP("Messages", "Estimate"),
    "customer": QT_TRANSLATE_NOOP("Messages", "Customer"),
    "already_paid_today": QT_TRANSLATE_NOOP("Messages", "Cash paid today"),
    "new_cash": QT_TRANSLATE_NOOP("Messages", "Cash"),
    "rates": QT_TRANSLATE_NOOP("Messages", "Rates"),
    "day": QT_TRANSLATE_NOOP("Messages", "Day"),
    "day_to": QT_TRANSLATE_NOOP("Messages", "Last day"),
    "counted": QT_TRANSLATE_NOOP("Messages", "Cash count"),
    "number": QT_TRANSLATE_NOOP("Messages", "Document number"),
    "seq": QT_TRANSLATE_NOOP("Messages", "Document number"),
    # people, stock-take, transfers, files, printers
    "name": QT_TRANSLATE_NOOP("Messages", "Name"),
    "alternate_phone": QT_TRANSLATE_NOOP("Messages", "Other phone"),
    "email": QT_TRANSLATE_NOOP("Messages", "E-mail"),
    "preferred_contact": QT_TRANSLATE_NOOP("Messages", "Contact by"),
    "birthday": QT_TRANSLATE_NOOP("Messages", "Birthday"),
    "anniversary": QT_TRANSLATE_NOOP("Messages", "Anniversary"),
    "role": QT_TRANSLATE_NOOP("Messages", "Role"),
    "language": QT_TRANSLATE_NOOP("Messages", "Language"),
    "scope_kind": QT_TRANSLATE_NOOP("Messages", "What to count"),
    "scope_value": QT_TRANSLATE_NOOP("Messages", "Tray or category"),
    "to_branch": QT_TRANSLATE_NOOP("Messages", "To branch"),
    "to_tray": QT_TRANSLATE_NOOP("Messages", "To counter or tray"),
    "transfer": QT_TRANSLATE_NOOP("Messages", "Transfer"),
    "file": QT_TRANSLATE_NOOP("Messages", "File"),
    "map": QT_TRANSLATE_NOOP("Messages", "Columns"),
    "fields": QT_TRANSLATE_NOOP("Messages", "Fields"),
    "settings": QT_TRANSLATE_NOOP("Messages", "Settings"),
    "copies": QT_TRANSLATE_NOOP("Messages", "Copies"),
    "printer": QT_TRANSLATE_NOOP("Messages", "Printer"),
    "receipt_width_mm": QT_TRANSLATE_NOOP("Messages", "Paper width"),
    "data_dir": QT_TRANSLATE_NOOP("Messages", "Data folder"),
    "dpi": QT_TRANSLATE_NOOP("Messages", "Printer dots per inch"),
    "size": QT_TRANSLATE_NOOP("Messages", "Label size"),
    "scale_pattern": QT_TRANSLATE_NOOP("Messages", "Scale pattern"),
    "scale_baud": QT_TRANSLATE_NOOP("Messages", "Scale speed"),
    "upi_vpa": QT_TRANSLATE_NOOP("Messages", "UPI ID"),
    "line": QT_TRANSLATE_NOOP("Messages", "Line"),
    "approval_code": QT_TRANSLATE_NOOP("Messages", "Approval code"),
    "cost_code": QT_TRANSLATE_NOOP("Messages", "Cost code"),
    "default_purity": QT_TRANSLATE_NOOP("Messages", "Usual purity"),
    "family": QT_TRANSLATE_NOOP("Messages", "Family"),
    "heard_from": QT_TRANSLATE_NOOP("Messages", "Heard of us from"),
    "name_hi": QT_TRANSLATE_NOOP("Messages", "Name in Hindi"),
    "native_place": QT_TRANSLATE_NOOP("Messages", "Native place"),
    "note": QT_TRANSLATE_NOOP("Messages", "Note"),
    "notes": QT_TRANSLATE_NOOP("Messages", "Notes"),
    "party_name": QT_TRANSLATE_NOOP("Messages", "Party name"),
    "salesperson_id": QT_TRANSLATE_NOOP("Messages", "Salesperson"),
    "scale": QT_TRANSLATE_NOOP("Messages", "Scale reading"),
    "spending_capacity": QT_TRANSLATE_NOOP("Messages", "Spending range"),
    "to_location": QT_TRANSLATE_NOOP("Messages", "To counter"),
    "wearer": QT_TRANSLATE_NOOP("Messages", "Worn by"),
    "what": QT_TRANSLATE_NOOP("Messages", "What it is"),
    # e-invoice parties (seller_pin, buyer_name...; the test reads the party's part as _pin)
    "seller_pin": QT_TRANSLATE_NOOP("Messages", "Seller's PIN code"),
    "buyer_pin": QT_TRANSLATE_NOOP("Messages", "Buyer's PIN code"),
    "_pin": QT_TRANSLATE_NOOP("Messages", "PIN code"),
    "seller_name": QT_TRANSLATE_NOOP("Messages", "Seller's name"),
    "buyer_name": QT_TRANSLATE_NOOP("Messages", "Buyer's name"),
    "_name": QT_TRANSLATE_NOOP("Messages", "Name"),
    "seller_address": QT_TRANSLATE_NOOP("Messages", "Seller's address"),
    "buyer_address": QT_TRANSLATE_NOOP("Messages", "Buyer's address"),
    "_address": QT_TRANSLATE_NOOP("Messages", "Address"),
    "seller_city": QT_TRANSLATE_NOOP("Messages", "Seller's town or city"),
    "buyer_city": QT_TRANSLATE_NOOP("Messages", "Buyer's town or city"),
    "_city": QT_TRANSLATE_NOOP("Messages", "Town or city"),
    "buyer_gstin": QT_TRANSLATE_NOOP("Messages", "Buyer's GSTIN"),
    "gsp_url": QT_TRANSLATE_NOOP("Messages", "GSP web address"),
    # GST settings, reports, Tally
    "b2cl_threshold": QT_TRANSLATE_NOOP("Messages", "B2C large limit"),
    "einvoice_turnover": QT_TRANSLATE_NOOP("Messages", "E-invoice turnover limit"),
    "gsp_username": QT_TRANSLATE_NOOP("Messages", "GSP user name"),
    "gsp_password": QT_TRANSLATE_NOOP("Messages", "GSP password"),
    "ledgers": QT_TRANSLATE_NOOP("Messages", "Tally ledgers"),
    "report": QT_TRANSLATE_NOOP("Messages", "Report"),
    "to": QT_TRANSLATE_NOOP("Messages", "Last day"),
    "month": QT_TRANSLATE_NOOP("Messages", "Month"),
    "date": QT_TRANSLATE_NOOP("Messages", "Date"),
    "days": QT_TRANSLATE_NOOP("Messages", "Days"),
    # loyalty, vouchers, customers
    "points": QT_TRANSLATE_NOOP("Messages", "Points"),
    "referrer": QT_TRANSLATE_NOOP("Messages", "Referred by"),
    "relation": QT_TRANSLATE_NOOP("Messages", "Relation"),
    "campaign": QT_TRANSLATE_NOOP("Messages", "Campaign"),
    "voucher": QT_TRANSLATE_NOOP("Messages", "Gift voucher"),
    "valid_days": QT_TRANSLATE_NOOP("Messages", "Days valid"),
    "value_kind": QT_TRANSLATE_NOOP("Messages", "Fixed or open value"),
    "how": QT_TRANSLATE_NOOP("Messages", "Sold or free"),
    "paid_mode": QT_TRANSLATE_NOOP("Messages", "Paid by"),
    "paid_reference": QT_TRANSLATE_NOOP("Messages", "Payment reference"),
    # discount coupons
    "coupon": QT_TRANSLATE_NOOP("Messages", "Coupon"),
    "coupon_code": QT_TRANSLATE_NOOP("Messages", "Coupon code"),
    "coupon_name": QT_TRANSLATE_NOOP("Messages", "Coupon name"),
    "coupon_percent": QT_TRANSLATE_NOOP("Messages", "Percent off making"),
    "coupon_amount": QT_TRANSLATE_NOOP("Messages", "Flat amount off"),
    "coupon_limit": QT_TRANSLATE_NOOP("Messages", "How many bills may use it"),
    "minimum_bill": QT_TRANSLATE_NOOP("Messages", "Minimum bill"),
    "valid_to": QT_TRANSLATE_NOOP("Messages", "Last valid day"),
    # segments and campaigns
    "segment": QT_TRANSLATE_NOOP("Messages", "Segment"),
    "segment_name": QT_TRANSLATE_NOOP("Messages", "Segment name"),
    "segment_rules": QT_TRANSLATE_NOOP("Messages", "Segment rules"),
    "not_seen_days": QT_TRANSLATE_NOOP("Messages", "Not seen for days"),
    "vip_min_spend": QT_TRANSLATE_NOOP("Messages", "VIP spend"),
    "vip_months": QT_TRANSLATE_NOOP("Messages", "VIP months"),
    "vip_min_rfm": QT_TRANSLATE_NOOP("Messages", "RFM score"),
    "campaign_name": QT_TRANSLATE_NOOP("Messages", "Campaign name"),
    "holdout_percent": QT_TRANSLATE_NOOP("Messages", "Hold-out share"),
    "window_days": QT_TRANSLATE_NOOP("Messages", "Days to count bills"),
    "seed": QT_TRANSLATE_NOOP("Messages", "Hold-out seed"),
    # schemes: their fields are words ("scheme account"); the whole name first, then each word
    "scheme_account": QT_TRANSLATE_NOOP("Messages", "Scheme account"),
    "scheme_amount": QT_TRANSLATE_NOOP("Messages", "Scheme amount"),
    "plan_code": QT_TRANSLATE_NOOP("Messages", "Plan code"),
    "plan_name": QT_TRANSLATE_NOOP("Messages", "Plan name"),
    "passbook_number": QT_TRANSLATE_NOOP("Messages", "Passbook number"),
    "payment_mode": QT_TRANSLATE_NOOP("Messages", "Way of paying"),
    "number_of_instalments": QT_TRANSLATE_NOOP("Messages", "Number of instalments"),
    "bonus_percent": QT_TRANSLATE_NOOP("Messages", "Bonus percent"),
    "bonus_treatment": QT_TRANSLATE_NOOP("Messages", "How the bonus is given"),
    "bonus_cut_per_late_instalment": QT_TRANSLATE_NOOP("Messages", "Bonus cut per late instalment"),
    "late_instalments_that_lose_the_bonus": QT_TRANSLATE_NOOP(
        "Messages", "Late instalments that lose the bonus"
    ),
    "grace_days": QT_TRANSLATE_NOOP("Messages", "Grace days"),
    "early_closure": QT_TRANSLATE_NOOP("Messages", "Early closure"),
    "start_date": QT_TRANSLATE_NOOP("Messages", "Start date"),
    "to_date": QT_TRANSLATE_NOOP("Messages", "To date"),
    "group_by": QT_TRANSLATE_NOOP("Messages", "Group by"),
    "cheque_number": QT_TRANSLATE_NOOP("Messages", "Cheque number"),
    "cheque_amount": QT_TRANSLATE_NOOP("Messages", "Cheque amount"),
    "bounce_charge": QT_TRANSLATE_NOOP("Messages", "Bounce charge"),
    "scheme": QT_TRANSLATE_NOOP("Messages", "Scheme"),
    "account": QT_TRANSLATE_NOOP("Messages", "Account"),
    "plan": QT_TRANSLATE_NOOP("Messages", "Plan"),
    "passbook": QT_TRANSLATE_NOOP("Messages", "Passbook"),
    "payment": QT_TRANSLATE_NOOP("Messages", "Payment"),
    "instalment": QT_TRANSLATE_NOOP("Messages", "Instalment"),
    "instalments": QT_TRANSLATE_NOOP("Messages", "Instalments"),
    "bonus": QT_TRANSLATE_NOOP("Messages", "Bonus"),
    "treatment": QT_TRANSLATE_NOOP("Messages", "Treatment"),
    "cut": QT_TRANSLATE_NOOP("Messages", "Cut"),
    "per": QT_TRANSLATE_NOOP("Messages", "Per"),
    "late": QT_TRANSLATE_NOOP("Messages", "Late"),
    "lose": QT_TRANSLATE_NOOP("Messages", "Lose"),
    "that": QT_TRANSLATE_NOOP("Messages", "That"),
    "the": QT_TRANSLATE_NOOP("Messages", "The"),
    "of": QT_TRANSLATE_NOOP("Messages", "Of"),
    "by": QT_TRANSLATE_NOOP("Messages", "By"),
    "grace": QT_TRANSLATE_NOOP("Messages", "Grace"),
    "early": QT_TRANSLATE_NOOP("Messages", "Early"),
    "closure": QT_TRANSLATE_NOOP("Messages", "Closure"),
    "start": QT_TRANSLATE_NOOP("Messages", "Start"),
    "group": QT_TRANSLATE_NOOP("Messages", "Group"),
    "cheque": QT_TRANSLATE_NOOP("Messages", "Cheque"),
    "bank": QT_TRANSLATE_NOOP("Messages", "Bank"),
    "bounce": QT_TRANSLATE_NOOP("Messages", "Bounce"),
    "charge": QT_TRANSLATE_NOOP("Messages", "Charge"),
    "nominee": QT_TRANSLATE_NOOP("Messages", "Nominee"),
    # customer messages (SMS, e-mail, WhatsApp) and their gateways
    "sender": QT_TRANSLATE_NOOP("Messages", "Sending counter"),
    "quiet_start": QT_TRANSLATE_NOOP("Messages", "Quiet hours from"),
    "quiet_end": QT_TRANSLATE_NOOP("Messages", "Quiet hours until"),
    "template": QT_TRANSLATE_NOOP("Messages", "Message text"),
    "body": QT_TRANSLATE_NOOP("Messages", "Message text"),
    "status": QT_TRANSLATE_NOOP("Messages", "Status"),
    "channel": QT_TRANSLATE_NOOP("Messages", "Sent by"),
    "consent": QT_TRANSLATE_NOOP("Messages", "Consent"),
    "dlt_template_id": QT_TRANSLATE_NOOP("Messages", "DLT template id"),
    "recipient": QT_TRANSLATE_NOOP("Messages", "Mobile or e-mail"),
    "key": QT_TRANSLATE_NOOP("Messages", "Message reference"),
    "sms_url": QT_TRANSLATE_NOOP("Messages", "SMS gateway address"),
    "sms_method": QT_TRANSLATE_NOOP("Messages", "SMS gateway method"),
    "sms_param_to": QT_TRANSLATE_NOOP("Messages", "Number parameter"),
    "sms_param_text": QT_TRANSLATE_NOOP("Messages", "Text parameter"),
    "sms_param_sender": QT_TRANSLATE_NOOP("Messages", "Sender id parameter"),
    "sms_param_entity": QT_TRANSLATE_NOOP("Messages", "Entity id parameter"),
    "sms_param_template": QT_TRANSLATE_NOOP("Messages", "Template id parameter"),
    "sms_param_key": QT_TRANSLATE_NOOP("Messages", "API key parameter"),
    "sms_param_ref": QT_TRANSLATE_NOOP("Messages", "Reference parameter"),
    "sms_api_key": QT_TRANSLATE_NOOP("Messages", "SMS API key"),
    "sms_sender_id": QT_TRANSLATE_NOOP("Messages", "SMS sender id"),
    "sms_entity_id": QT_TRANSLATE_NOOP("Messages", "DLT entity id"),
    "smtp_host": QT_TRANSLATE_NOOP("Messages", "Mail server"),
    "smtp_port": QT_TRANSLATE_NOOP("Messages", "Mail server port"),
    "smtp_security": QT_TRANSLATE_NOOP("Messages", "Mail security"),
    "smtp_user": QT_TRANSLATE_NOOP("Messages", "Mail login"),
    "smtp_password": QT_TRANSLATE_NOOP("Messages", "Mail password"),
    "smtp_from": QT_TRANSLATE_NOOP("Messages", "Mail from"),
    "wa_api_url": QT_TRANSLATE_NOOP("Messages", "WhatsApp API address"),
    "wa_api_token": QT_TRANSLATE_NOOP("Messages", "WhatsApp API token"),
    "country_code": QT_TRANSLATE_NOOP("Messages", "Country code"),
    # feedback, complaints, touch points, staff targets
    "rating": QT_TRANSLATE_NOOP("Messages", "Rating"),
    "comment": QT_TRANSLATE_NOOP("Messages", "Comment"),
    "feedback_code": QT_TRANSLATE_NOOP("Messages", "Feedback code"),
    "complaint": QT_TRANSLATE_NOOP("Messages", "Complaint"),
    "handler": QT_TRANSLATE_NOOP("Messages", "Handled by"),
    "follow_up": QT_TRANSLATE_NOOP("Messages", "Follow-up date"),
    "resolution": QT_TRANSLATE_NOOP("Messages", "Resolution"),
    "stage": QT_TRANSLATE_NOOP("Messages", "Stage"),
    "touch_point": QT_TRANSLATE_NOOP("Messages", "Checklist item"),
    "target_value": QT_TRANSLATE_NOOP("Messages", "Target value"),
    "target_weight": QT_TRANSLATE_NOOP("Messages", "Target gold weight"),
    "target_new_customers": QT_TRANSLATE_NOOP("Messages", "Target new customers"),
    "target_enrolments": QT_TRANSLATE_NOOP("Messages", "Target scheme enrolments"),
}
# A list's name -> what one of its entries is called: ``lines[2]`` is "Line 3".
_ENTRY_LABELS: dict[str, object] = {
    "lines": QT_TRANSLATE_NOOP("Messages", "Line"),
    "items": QT_TRANSLATE_NOOP("Messages", "Item"),
    "huids": QT_TRANSLATE_NOOP("Messages", "HUID"),
    "pieces": QT_TRANSLATE_NOOP("Messages", "Piece"),
    "payments": QT_TRANSLATE_NOOP("Messages", "Payment"),
    "set_offs": QT_TRANSLATE_NOOP("Messages", "Set-off"),
    "old_gold": QT_TRANSLATE_NOOP("Messages", "Old gold"),
    "repairs": QT_TRANSLATE_NOOP("Messages", "Repair"),
    "stones": QT_TRANSLATE_NOOP("Messages", "Stone"),
    "categories": QT_TRANSLATE_NOOP("Messages", "Category"),
    "discounts": QT_TRANSLATE_NOOP("Messages", "Discount"),
    "pre_tax_discounts": QT_TRANSLATE_NOOP("Messages", "Discount"),
    "refunds": QT_TRANSLATE_NOOP("Messages", "Refund"),
    "rows": QT_TRANSLATE_NOOP("Messages", "Row"),
}
_PART = re.compile(r"(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:\[(?P<index>[^\]]*)\])?")

# What a malformed value should look like, per field: the domain's English problem text names
# the typed value, so the counter shows these translated hints instead.
_FIELD_HINTS: dict[str, object] = {
    "gstin": QT_TRANSLATE_NOOP(
        "Messages", "Not a valid GSTIN: 15 characters like 27AAPFU0939F1ZV. Check each character."
    ),
    "pin_code": QT_TRANSLATE_NOOP(
        "Messages", "Not a valid PIN code: 6 digits, not starting with 0."
    ),
    "phone": QT_TRANSLATE_NOOP(
        "Messages", "Not a valid Indian mobile number: 10 digits starting with 6, 7, 8 or 9."
    ),
    "mobile": QT_TRANSLATE_NOOP(
        "Messages", "Not a valid Indian mobile number: 10 digits starting with 6, 7, 8 or 9."
    ),
    "huid": QT_TRANSLATE_NOOP("Messages", "Not a valid HUID: 6 letters or digits."),
    "pan": QT_TRANSLATE_NOOP("Messages", "Not a valid PAN: 5 letters, 4 digits, 1 letter."),
    "rate": QT_TRANSLATE_NOOP("Messages", "Enter the rate in rupees per gram, like 7150.00."),
    "branch_code": QT_TRANSLATE_NOOP("Messages", "Use 1 to 3 letters or digits, like B1."),
    "counter_code": QT_TRANSLATE_NOOP("Messages", "Use 1 to 2 letters or digits, like C1."),
    "state_code": QT_TRANSLATE_NOOP("Messages", "Choose the shop's state from the list."),
    "username": QT_TRANSLATE_NOOP(
        "Messages", "Use 3 to 32 small letters or digits (also . _ -), like ramesh."
    ),
    "owner_username": QT_TRANSLATE_NOOP(
        "Messages", "Use 3 to 32 small letters or digits (also . _ -), like ramesh."
    ),
}
# problems about how a value is written (the field's hint says how it should look)
_FORMAT_PROBLEM = re.compile(r"is not a|not a valid|must look like|starts with|^use |is not an? ")
_REQUIRED_WORDS = ("required", "empty", "missing", "blank")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _base(field: str) -> str:
    """``items[0].huid`` -> ``huid``."""
    return field.split(".")[-1].split("[")[0]


def _name_label(name: str) -> str:
    label = _FIELD_LABELS.get(name)
    if label:
        return _t(str(label))
    # a field nobody named yet: its words, never the identifier (the test lists such names)
    words = re.sub(r"_(mg|g|paise|percent|ct|id)$", "", name).replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def _part_label(part: str) -> str:
    if " " in part and part.replace(" ", "_") in _FIELD_LABELS:  # "scheme account": in words
        return _name_label(part.replace(" ", "_"))
    keyed = re.fullmatch(r"([a-z][a-z ]*?) \S+", part)  # "line 3f2a", "old gold 1": a screen's key
    if keyed is not None:
        return _name_label(keyed.group(1).replace(" ", "_"))
    m = _PART.fullmatch(part)
    if m is None:
        return part
    name, index = m.group("name"), m.group("index")
    if index is None:
        return _name_label(name)
    if index.isdigit():
        entry = _ENTRY_LABELS.get(name)
        what = _t(str(entry)) if entry else _name_label(name)
        return QCoreApplication.translate("Messages", "{entry} {number}").format(
            entry=what, number=int(index) + 1
        )
    return f"{_name_label(name)} {index}"


def field_label(field: str) -> str:
    """The translated label of a field name: ``pin_code`` -> "PIN code", ``huids[0]`` -> "HUID 1",
    ``lines[2].making`` -> "Line 3: Making charge" (any list, any depth)."""
    parts = [p for p in field.split(".") if p]
    if not parts:
        return field
    label = _part_label(parts[0])
    for part in parts[1:]:
        label = QCoreApplication.translate("Messages", "{outer}: {inner}").format(
            outer=label, inner=_part_label(part)
        )
    return label


def problem_text(exc: ValidationError) -> str:
    """The problem alone, for showing right at the field it belongs to."""
    problem = exc.problem.lower()
    if any(word in problem for word in _REQUIRED_WORDS) and "file" not in problem:
        return QCoreApplication.translate("Messages", "This is required.")
    base = _base(exc.field)
    if base in _FIELD_HINTS and (
        _FORMAT_PROBLEM.search(exc.problem) or match_problem(exc.problem) is None
    ):
        return _t(str(_FIELD_HINTS[base]))
    return problem_sentence(exc.problem)


def row_problem_text(row: int, field: str, problem: str) -> str:
    """An import file's bad row, in words: "Row 3, Gross weight: Type a number, like 12.50."."""
    return QCoreApplication.translate("Messages", "Row {row}, {field}: {problem}").format(
        row=row, field=field_label(field), problem=problem_text(ValidationError(field, problem))
    )


def error_text(exc: JewelPOSError) -> str:
    """One sentence for the cashier: what went wrong and what to do now."""
    p = exc.params
    newer = _document_error_text(exc) or _sync_error_text(exc)
    if newer is not None:
        return newer
    if isinstance(exc, ValidationError):
        return QCoreApplication.translate("Messages", "{field}: {problem}").format(
            field=field_label(exc.field), problem=problem_text(exc)
        )
    code = exc.code
    if code == "invalid_credentials":
        return QCoreApplication.translate("Messages", "Wrong user or PIN. Try again.")
    if code == "permission_denied":
        return QCoreApplication.translate(
            "Messages", "You are not allowed to do this. Ask a manager or the owner."
        )
    if code == "rate_not_set":
        label = p.get("label")
        if label:
            return QCoreApplication.translate(
                "Messages",
                "Today's rate for {label} is not set. Ask a manager to set today's rates.",
            ).format(label=label)
        return QCoreApplication.translate(
            "Messages", "Today's rates are not set. Ask a manager to set today's rates."
        )
    if code == "not_found":
        return QCoreApplication.translate(
            "Messages", "Not found. It may have been removed; search again."
        )
    if code == "duplicate":
        value = p.get("value")
        if value:
            return QCoreApplication.translate(
                "Messages", "{value} is already in use. Enter a different one."
            ).format(value=value)
        return QCoreApplication.translate(
            "Messages", "This value is already in use. Enter a different one."
        )
    if code == "already_initialised":
        return QCoreApplication.translate(
            "Messages", "This counter is already set up. Log in instead."
        )
    if code == "disk_full":
        return QCoreApplication.translate(
            "Messages", "The disk is full. Nothing was lost. Free some space, then try again."
        )
    if code == "database_busy":
        return QCoreApplication.translate(
            "Messages",
            "The database is busy in another program. Nothing was lost. Try again in a moment.",
        )
    if code == "environment":
        return QCoreApplication.translate(
            "Messages", "A problem outside JewelPOS stopped this: {detail}. Nothing was lost."
        ).format(detail=exc.message)
    if code == "series_renewal_required":
        return QCoreApplication.translate(
            "Messages",
            "This counter was restored from a backup: it numbers no bill until head office "
            "gives it a new counter code. Nothing was saved. Ask head office for the code, "
            "then run: jewelpos series renew CODE",
        )
    return exc.message


def _amount(value: object) -> str:
    """A money param as ``₹2,00,000.00`` (Decimal or text); "the limit" when it is missing."""
    from decimal import Decimal, InvalidOperation

    from jewelpos.domain.formatting import format_inr

    if value is None or value == "":
        return QCoreApplication.translate("Messages", "the shop's limit")
    if isinstance(value, Decimal):
        return format_inr(value)
    try:
        return format_inr(Decimal(str(value).replace(",", "").replace("₹", "").strip()))
    except InvalidOperation:
        return str(value)


def _document_error_text(exc: JewelPOSError) -> str | None:
    """Bills, counts, imports and printers: the errors of the newer services, or None."""
    p = exc.params
    code = exc.code
    from jewelpos.ui.billing_texts import billing_code_text  # it builds on this module

    billed = billing_code_text(exc)  # the bill's codes (cash limit, PAN, day closed...) are there
    if billed is not None:
        return billed
    if code == "approval_required":
        return QCoreApplication.translate(
            "Messages", "A manager must approve this with their PIN first."
        )
    if code == "user_locked":
        until = p.get("until")
        if until is not None and hasattr(until, "astimezone"):
            from jewelpos.ui.formats import fmt_time

            return QCoreApplication.translate(
                "Messages", "Too many wrong PINs. Try again at {time}."
            ).format(time=fmt_time(until))
        return QCoreApplication.translate(
            "Messages", "Too many wrong PINs. Wait a few minutes, then try again."
        )
    if code == "last_owner":
        return QCoreApplication.translate(
            "Messages", "This is the last active owner. Make another user an owner first."
        )
    if code == "stocktake_closed":
        return QCoreApplication.translate(
            "Messages", "This stock count is closed. Start a new count (F2) to scan again."
        )
    if code == "import_refused":
        return QCoreApplication.translate(
            "Messages",
            "Bad rows in the file: {count}. Nothing was imported. "
            "Correct the rows listed, then import again.",
        ).format(count=p.get("count", ""))
    if code == "import_cancelled":
        return QCoreApplication.translate("Messages", "Import cancelled: nothing was imported.")
    if code == "printer_unavailable":
        printer = p.get("printer", "")
        if printer:
            return QCoreApplication.translate(
                "Messages",
                "The printer at {printer} is not answering. Nothing was lost: the print waits "
                "and can be printed again (Ctrl+Shift+R) when the printer is on.",
            ).format(printer=printer)
        return QCoreApplication.translate(
            "Messages",
            "The printer is not answering. Nothing was lost: the print waits "
            "and can be printed again (Ctrl+Shift+R) when the printer is on.",
        )
    if code == "report_cancelled":
        return QCoreApplication.translate("Messages", "Report stopped: nothing was changed.")
    if code == "gsp_unreachable":
        return QCoreApplication.translate(
            "Messages",
            "The GSP did not answer, so no IRN was made. The bill is saved; "
            "check the internet and try the e-invoice again later.",
        )
    if code == "gsp_rejected":
        return QCoreApplication.translate(
            "Messages",
            "The GSP refused the e-invoice. The bill is saved; check the buyer's GSTIN, "
            "address and the bill, then try again.",
        )
    if code == "demo_exists":
        return QCoreApplication.translate(
            "Messages", "This data folder already holds a shop: the demo shop was not made over it."
        )
    if code == "photo_rejected" and isinstance(exc, ValidationError):
        return QCoreApplication.translate("Messages", "Photo not added. {problem}").format(
            problem=problem_text(exc)
        )
    if code == "order_elsewhere":
        return _elsewhere_text(p)
    if code == "order_state":
        number = p.get("number", "")
        if number:
            return QCoreApplication.translate(
                "Messages",
                "{number} is not at a step that allows this. Check its status on the Orders "
                "screen (Ctrl+Shift+O).",
            ).format(number=number)
        return QCoreApplication.translate(
            "Messages",
            "This order or repair is not at a step that allows this. Check its status on the "
            "Orders screen (Ctrl+Shift+O).",
        )
    if code == "piece_reserved":
        order = p.get("order", "")
        if order:
            return QCoreApplication.translate(
                "Messages",
                "This piece was made for order {order}: deliver it from the Orders screen (F6).",
            ).format(order=order)
        return QCoreApplication.translate(
            "Messages",
            "This piece was made for a customer's order: deliver it from the Orders screen (F6).",
        )
    if code == "not_initialised":
        return QCoreApplication.translate(
            "Messages", "This counter is not set up yet. Finish the first-run setup first."
        )
    return None


def _elsewhere_text(p: dict[str, object]) -> str:
    """An order step that needs what another branch holds (services/order_branch.py)."""
    values = {"number": p.get("number", ""), "place": p.get("place", "") or "?"}
    repair = p.get("kind") == "repair"
    if p.get("need") == "piece" and repair:
        text = QCoreApplication.translate(
            "Messages", "The piece of repair {number} is at {place}: deliver it there."
        )
    elif p.get("need") == "karigar" and repair:
        text = QCoreApplication.translate(
            "Messages", "Repair {number} was given to a karigar at {place}: receive it there."
        )
    elif p.get("need") == "piece":
        text = QCoreApplication.translate(
            "Messages",
            "The piece of order {number} is at {place}: mark it ready and deliver it there, "
            "or transfer the piece here first.",
        )
    elif p.get("need") == "karigar":
        text = QCoreApplication.translate(
            "Messages",
            "Order {number} was given to a karigar at {place}: receive it there.",
        )
    else:
        text = QCoreApplication.translate(
            "Messages",
            "Order {number} is of a category of {place}: receive it there.",
        )
    return text.format(**values)


def _sync_error_text(exc: JewelPOSError) -> str | None:
    """Head-office sync refusals by their kind, or None."""
    code = exc.code
    if code == "sync_busy":
        return QCoreApplication.translate(
            "Messages",
            "Another JewelPOS window on this counter is already syncing. "
            "Nothing was lost; it will be sent from there.",
        )
    if code == "branch_data_missing":
        return QCoreApplication.translate(
            "Messages",
            "Head office has no users of this branch yet. Let the branch's first counter "
            "sync, then finish setup here again.",
        )
    if code != "sync_failed":
        return None
    kind = str(exc.params.get("kind", ""))
    texts = {
        "offline": QT_TRANSLATE_NOOP(
            "Messages",
            "Head office cannot be reached. Bills are kept here and will be sent when it can.",
        ),
        "server": QT_TRANSLATE_NOOP(
            "Messages", "The head-office server has a problem. Sending will be tried again."
        ),
        "protocol": QT_TRANSLATE_NOOP(
            "Messages",
            "Head office refused or garbled the request. Nothing was lost; "
            "tell the shop's support person if it happens again.",
        ),
        "auth": QT_TRANSLATE_NOOP(
            "Messages",
            "Head office does not know this counter or the code. "
            "Ask head office for a new enrolment code.",
        ),
        "revoked": QT_TRANSLATE_NOOP(
            "Messages", "Head office has switched this counter off. Ask head office why."
        ),
        "gone": QT_TRANSLATE_NOOP(
            "Messages",
            "Head office needs this counter to download everything again. "
            "Ask a manager to start a fresh download.",
        ),
        "mismatch": QT_TRANSLATE_NOOP(
            "Messages",
            "The enrolment code is for another branch or counter than this one. "
            "Ask head office for this counter's code.",
        ),
        "address": QT_TRANSLATE_NOOP(
            "Messages", "That is not a web address. Type it like 192.168.1.5:8000."
        ),
        "not_enrolled": QT_TRANSLATE_NOOP(
            "Messages",
            "This counter is not connected to head office yet. Ask a manager to connect it.",
        ),
    }
    text = texts.get(kind)
    if text is not None:
        return _t(str(text))
    return QCoreApplication.translate(
        "Messages", "Sync with head office did not work: {detail}. Nothing was lost."
    ).format(detail=exc.message)


def bug_text() -> str:
    """What people see when our own code failed: no traceback, a clear next step."""
    return QCoreApplication.translate(
        "Messages",
        "Something went wrong inside JewelPOS. Nothing you typed was lost. "
        "Try again; if it happens again, tell the shop's support person.",
    )
