"""The services' English problem texts matched to translated sentences a cashier understands."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CTX = "Messages"

# A value the services quote with repr() ('abc') or print as it is.
_V = r"'?(?P<v>.*?)'?"

# (pattern of the English problem, the sentence shown: {v}, {a}, {b} come from the pattern's
# groups). The patterns are matched whole, case-insensitively, in this order.
_PROBLEMS: tuple[tuple[str, object], ...] = (
    # required, numbers and amounts
    (r"is required|is missing|cannot be empty", QT_TRANSLATE_NOOP("Messages", "This is required.")),
    (r"must be text", QT_TRANSLATE_NOOP("Messages", "Type it as text.")),
    (
        r"is longer than (?P<a>\d+) characters",
        QT_TRANSLATE_NOOP("Messages", "Too long: at most {a} characters."),
    ),
    (
        rf"(?:{_V} )?is not (?:a number|an amount|a whole number)",
        QT_TRANSLATE_NOOP("Messages", "Type a number, like 12.50."),
    ),
    (r"must be a whole number.*", QT_TRANSLATE_NOOP("Messages", "Type a whole number, like 916.")),
    (
        r"must (?:not be negative|be 0 or more)|cannot be negative",
        QT_TRANSLATE_NOOP("Messages", "It cannot be less than zero."),
    ),
    (
        r"must be (?:greater|more) than (?:zero|0)|must be a positive amount|at least 1",
        QT_TRANSLATE_NOOP("Messages", "It must be more than zero."),
    ),
    (
        r"must be at most (?P<a>[\d,.]+)(?: g \((?P<b>[\d,.]+) kg\))?",
        QT_TRANSLATE_NOOP("Messages", "It is too large: at most {a}."),
    ),
    (
        r"(?:{v} )?(?:has more than 2 decimal places|must have at most 2 decimal places|"
        r"at most two decimals(?: \(paise\))?)".replace("{v}", _V),
        QT_TRANSLATE_NOOP("Messages", "Use at most two decimals (paise), like 12.50."),
    ),
    (
        rf"{_V} has more than 3 decimal places \(milligrams\)",
        QT_TRANSLATE_NOOP("Messages", "Weights have at most three decimals (mg), like 5.870."),
    ),
    (
        r"(?:{v} )?must be (?:a percentage from 0 to 100|between 0 and 100|"
        r"more than 0 and at most 100|at least 0 and below 100)".replace("{v}", _V),
        QT_TRANSLATE_NOOP("Messages", "Type a percentage from 0 to 100."),
    ),
    (r"out of range", QT_TRANSLATE_NOOP("Messages", "This number is out of range.")),
    (r"must be a decimal string.*", QT_TRANSLATE_NOOP("Messages", "Type a number, like 12.50.")),
    (
        rf"{_V} is not a date like (?P<a>[\d-]+)",
        QT_TRANSLATE_NOOP("Messages", "Not a date: type it like {a}."),
    ),
    # weights
    (
        r"the (?:gross )?weight must be more than 0",
        QT_TRANSLATE_NOOP("Messages", "The weight must be more than 0 g."),
    ),
    (
        r"the weight (?P<v>.*) is negative|weight and value cannot be negative",
        QT_TRANSLATE_NOOP("Messages", "A weight or value cannot be less than zero."),
    ),
    (
        r"the stone weight cannot be negative",
        QT_TRANSLATE_NOOP("Messages", "The stone weight cannot be less than zero."),
    ),
    (
        r"the stones weigh as much as the whole piece or more|"
        r"stones \((?P<a>[\d.]+) g\) are heavier than the piece \((?P<b>[\d.]+) g\)",
        QT_TRANSLATE_NOOP(
            "Messages", "The stones cannot weigh as much as the whole piece: check both weights."
        ),
    ),
    (
        r"the stone weight differs from the stones' total",
        QT_TRANSLATE_NOOP("Messages", "The stone weight is not the total of the stones listed."),
    ),
    (
        r"less weight \((?P<a>[\d.]+) g\) is more than the gross weight \((?P<b>[\d.]+) g\)",
        QT_TRANSLATE_NOOP(
            "Messages", "The less weight ({a} g) is more than the gross weight ({b} g)."
        ),
    ),
    (
        r"is needed when metal is added",
        QT_TRANSLATE_NOOP("Messages", "Needed when metal is added."),
    ),
    # identity values
    (
        rf"{_V} is not (?:a valid Indian mobile number|an Indian mobile number.*)",
        QT_TRANSLATE_NOOP(
            "Messages", "Not a valid Indian mobile number: 10 digits starting with 6, 7, 8 or 9."
        ),
    ),
    (
        rf"{_V} is not a phone number",
        QT_TRANSLATE_NOOP("Messages", "Not a phone number: type digits only, like 02226543210."),
    ),
    (
        rf"{_V} is not a PIN code.*",
        QT_TRANSLATE_NOOP("Messages", "Not a valid PIN code: 6 digits, not starting with 0."),
    ),
    (
        rf"{_V} is not a PAN.*",
        QT_TRANSLATE_NOOP("Messages", "Not a valid PAN: 5 letters, 4 digits, 1 letter."),
    ),
    (
        rf"{_V} is not a GSTIN.*|{_V} starts with .*, which is no GST state code".replace(
            "(?P<v>", "(?:"
        ),
        QT_TRANSLATE_NOOP(
            "Messages",
            "Not a valid GSTIN: 15 characters like 27AAPFU0939F1ZV. Check each character.",
        ),
    ),
    (
        r"the GSTIN is registered in state (?P<a>\w+)",
        QT_TRANSLATE_NOOP("Messages", "The GSTIN belongs to state {a}: choose that state."),
    ),
    (
        rf"{_V} is not a GST state code|choose the shop's state",
        QT_TRANSLATE_NOOP("Messages", "Choose the state from the list."),
    ),
    (
        rf"{_V} is not a HUID.*",
        QT_TRANSLATE_NOOP("Messages", "Not a valid HUID: 6 letters or digits."),
    ),
    (
        rf"{_V} is not an e-mail address",
        QT_TRANSLATE_NOOP("Messages", "Not an e-mail address: type it like name@example.com."),
    ),
    (
        rf"{_V} is not a UPI ID.*|must look like name@bank",
        QT_TRANSLATE_NOOP("Messages", "Not a UPI ID: type it like shopname@bank."),
    ),
    (
        rf"{_V} is not a time zone.*",
        QT_TRANSLATE_NOOP("Messages", "Not a time zone: type one like Asia/Kolkata."),
    ),
    (
        r"the PIN must be 4 to 8 digits",
        QT_TRANSLATE_NOOP("Messages", "The PIN must be 4 to 8 digits."),
    ),
    (
        r"choose a new PIN, not the temporary one",
        QT_TRANSLATE_NOOP("Messages", "Choose a new PIN, not the temporary one."),
    ),
    (
        r"use 3-32 lower-case letters.*",
        QT_TRANSLATE_NOOP(
            "Messages", "Use 3 to 32 small letters or digits (also . _ -), like ramesh."
        ),
    ),
    (
        r"use 1 to (?P<a>\d) letters or digits, e\.g\. (?P<b>\w+)",
        QT_TRANSLATE_NOOP("Messages", "Use 1 to {a} letters or digits, like {b}."),
    ),
    (
        r"use up to (?P<a>\d+) letters, digits or '-'",
        QT_TRANSLATE_NOOP("Messages", "Use up to {a} letters, digits or hyphens."),
    ),
    (rf"unknown role {_V}", QT_TRANSLATE_NOOP("Messages", "Choose a role from the list.")),
    (r"choose one of .*", QT_TRANSLATE_NOOP("Messages", "Choose one from the list.")),
    (r"choose yes or no", QT_TRANSLATE_NOOP("Messages", "Choose yes or no.")),
    # pieces, stock and tags
    (
        r"scan or type a tag code(?: or HUID)?",
        QT_TRANSLATE_NOOP("Messages", "Scan or type a tag code."),
    ),
    (
        r"scan at least one piece|select at least one piece|add at least one piece|"
        r"weigh at least one piece",
        QT_TRANSLATE_NOOP("Messages", "Add at least one piece first."),
    ),
    (
        r"at most (?P<a>\d+) (?:pieces|tags|rows) (?:in|on) one \w+",
        QT_TRANSLATE_NOOP("Messages", "Too many at once: at most {a}. Split it into parts."),
    ),
    (
        r"choose a category|an untagged line needs its category",
        QT_TRANSLATE_NOOP("Messages", "Choose a category."),
    ),
    (
        r"the category (?P<a>.+) is (?P<b>\w+)",
        QT_TRANSLATE_NOOP("Messages", "The category {a} is for another metal."),
    ),
    (
        r"choose (?:on )?value or (?:on )?weight|.* must be \"?value\"? or \"?weight\"?",
        QT_TRANSLATE_NOOP("Messages", "Choose on value or on weight."),
    ),
    (
        r"choose per gram, percent or flat",
        QT_TRANSLATE_NOOP("Messages", "Choose per gram, percent or flat."),
    ),
    (
        r"an HSN code is 4 to 8 digits",
        QT_TRANSLATE_NOOP("Messages", "An HSN code is 4 to 8 digits."),
    ),
    (
        r"HUID (?P<v>\w+) is given twice",
        QT_TRANSLATE_NOOP("Messages", "HUID {v} is given twice."),
    ),
    (
        r"HUID (?P<v>\w+) is already on a piece in stock",
        QT_TRANSLATE_NOOP("Messages", "HUID {v} is already on a piece in stock."),
    ),
    (
        r"give HUIDs piece by piece, not for a whole lot",
        QT_TRANSLATE_NOOP("Messages", "Give HUIDs piece by piece, not for a whole lot."),
    ),
    (
        r"tag (?P<v>\S+) is already in stock",
        QT_TRANSLATE_NOOP("Messages", "Tag {v} is already in stock."),
    ),
    (
        r"enter the cost in rupees, like (?P<c>\d+)|type the (?P<b>.+) in rupees, like (?P<c2>.+)",
        QT_TRANSLATE_NOOP("Messages", "Type the amount in rupees, like {c}."),
    ),
    (
        r"the (?P<b>.+) must be from Rs (?P<lo>[\d,.]+) to Rs (?P<hi>[\d,.]+)",
        QT_TRANSLATE_NOOP("Messages", "It must be from ₹{lo} to ₹{hi}."),
    ),
    (
        r"the (?P<b>.+) has at most two decimals \(paise\)",
        QT_TRANSLATE_NOOP("Messages", "Use at most two decimals (paise), like 12.50."),
    ),
    (r"choose purchase or karigar", QT_TRANSLATE_NOOP("Messages", "Choose purchase or karigar.")),
    (
        r"use a word of 10 different letters.*",
        QT_TRANSLATE_NOOP(
            "Messages", "Use a word of 10 different letters, like MAKEPROFIT (1=M ... 0=T)."
        ),
    ),
    (
        r"choose a standard speed such as 9600",
        QT_TRANSLATE_NOOP("Messages", "Choose a standard speed, like 9600."),
    ),
    (
        r"not a valid pattern: .*|needs one group \(\.\.\.\) around the weight",
        QT_TRANSLATE_NOOP(
            "Messages",
            "The scale pattern is not right: it needs one group (...) around the weight.",
        ),
    ),
    (
        r"cannot read the file (?P<v>.+)|(?P<w>.+) is not a readable picture|"
        r"use a JPEG, PNG, WEBP or BMP picture",
        QT_TRANSLATE_NOOP("Messages", "This picture cannot be read: use a JPEG, PNG, WEBP or BMP."),
    ),
    (
        r"the photo is (?P<a>[\d.]+) MB; use one of at most 10 MB",
        QT_TRANSLATE_NOOP("Messages", "The photo is {a} MB: use one of at most 10 MB."),
    ),
    (
        r"the metal, purity or weights differ from piece (?P<v>\S+)",
        QT_TRANSLATE_NOOP("Messages", "The metal, purity or weights differ from piece {v}."),
    ),
    (
        r"the saved tag layout is damaged: .*",
        QT_TRANSLATE_NOOP("Messages", "The saved tag layout is damaged: choose a layout again."),
    ),
    (
        r"the (?P<w>.+) lies outside the label",
        QT_TRANSLATE_NOOP("Messages", "The {w} lies outside the label: move it onto the label."),
    ),
    (
        r"the (?P<w>.+) lies in the tail, off both flags",
        QT_TRANSLATE_NOOP(
            "Messages", "The {w} lies in the tail, off both flags: move it onto a flag."
        ),
    ),
    (
        r"the position (?P<a>\S+) mm lies in the tail, off every flag",
        QT_TRANSLATE_NOOP("Messages", "The position {a} mm lies in the tail, off every flag."),
    ),
    (
        r"the (?P<w>.+) has no room: (?P<a>\S+) x (?P<b>\S+) mm before the next field or the "
        r"flag's edge",
        QT_TRANSLATE_NOOP(
            "Messages",
            "The {w} has no room: {a} x {b} mm before the next field or the flag's edge.",
        ),
    ),
    (
        r"the label is larger than the page",
        QT_TRANSLATE_NOOP("Messages", "The label is larger than the page."),
    ),
    (
        r"the font of the (?P<w>.+) must be 3 to 30 points",
        QT_TRANSLATE_NOOP("Messages", "The font of the {w} must be 3 to 30 points."),
    ),
    (
        r"(?P<v>\S+) needs a barcode (?P<a>[\d.]+) mm wide .*; the flag from (?P<x>\S+) to "
        r"(?P<y>\S+) mm is (?P<b>\S+) mm wide",
        QT_TRANSLATE_NOOP(
            "Messages",
            "{v} needs a barcode {a} mm wide, but its flag ({x} to {y} mm) is {b} mm wide: "
            "widen the flag or shorten the code.",
        ),
    ),
    (
        r"must be printable ASCII.*|a tag code with '!' cannot be printed as a barcode",
        QT_TRANSLATE_NOOP("Messages", "Use only English letters, digits and - / in a tag code."),
    ),
    (r"choose TSPL or ZPL", QT_TRANSLATE_NOOP("Messages", "Choose TSPL or ZPL.")),
    (
        r"must be original, duplicate or triplicate",
        QT_TRANSLATE_NOOP("Messages", "Choose the original, duplicate or triplicate copy."),
    ),
    (
        r"must be English, Hindi or both|choose English, Hindi or both for printed documents",
        QT_TRANSLATE_NOOP("Messages", "Choose English, Hindi or both for printed documents."),
    ),
    (r"print 1 to 10 copies", QT_TRANSLATE_NOOP("Messages", "Print 1 to 10 copies.")),
    (r"must be 203 or 300", QT_TRANSLATE_NOOP("Messages", "Choose 203 or 300 dpi.")),
    (
        r"label width and height must be positive",
        QT_TRANSLATE_NOOP("Messages", "The label's width and height must be more than zero."),
    ),
    (
        r"set the tag printer first in Tag settings \(Ctrl\+(?P<k>\w)\)",
        QT_TRANSLATE_NOOP("Messages", "Set the tag printer first in Tag settings (Ctrl+{k})."),
    ),
    (
        r"paper is 58 or 80 mm wide",
        QT_TRANSLATE_NOOP("Messages", "Choose paper 58 or 80 mm wide."),
    ),
    (
        r"must start with tcp://.*|needs a host, .*|has a port that is not a number.*|"
        r"needs a .* after .*",
        QT_TRANSLATE_NOOP(
            "Messages", "Not a printer address: type it like tcp://192.168.1.50:9100."
        ),
    ),
    (
        r"no data folder is set for saving PDFs",
        QT_TRANSLATE_NOOP("Messages", "No data folder is set for saving PDFs."),
    ),
    (r"cannot write (?P<v>.+?): .*", QT_TRANSLATE_NOOP("Messages", "Cannot save the file {v}.")),
    # stock-take and transfers
    (
        r"choose a tray, a category or the whole branch",
        QT_TRANSLATE_NOOP("Messages", "Choose a tray, a category or the whole branch."),
    ),
    (r"type the tray's name", QT_TRANSLATE_NOOP("Messages", "Type the tray's name.")),
    (
        r"choose another branch or a counter/tray",
        QT_TRANSLATE_NOOP("Messages", "Choose another branch or a counter or tray."),
    ),
    (
        r"choose the branch the pieces go to",
        QT_TRANSLATE_NOOP("Messages", "Choose the branch the pieces go to."),
    ),
    (
        r"the pieces are already in this branch",
        QT_TRANSLATE_NOOP("Messages", "The pieces are already in this branch."),
    ),
    (r"there is no branch (?P<v>.+)", QT_TRANSLATE_NOOP("Messages", "There is no branch {v}.")),
    (
        r"type the counter or tray the pieces go to",
        QT_TRANSLATE_NOOP("Messages", "Type the counter or tray the pieces go to."),
    ),
    (
        r"transfer (?P<v>\S+) was received already",
        QT_TRANSLATE_NOOP("Messages", "Transfer {v} was received already."),
    ),
    # bills, estimates, returns and payments
    (
        r"the (?:bill|estimate) has no lines|choose the lines that come back",
        QT_TRANSLATE_NOOP("Messages", "Add at least one line first."),
    ),
    (
        r"piece (?P<v>\S+) is on the bill twice",
        QT_TRANSLATE_NOOP("Messages", "Piece {v} is on the bill twice."),
    ),
    (
        r"has (?P<a>\d+) lines; at most (?P<b>\d+) are allowed",
        QT_TRANSLATE_NOOP("Messages", "Too many lines: at most {b} on one bill."),
    ),
    (
        r"bill (?P<v>\S+) is (?:already )?cancelled",
        QT_TRANSLATE_NOOP("Messages", "Bill {v} is cancelled."),
    ),
    (
        r"bill (?P<v>\S+) has a return: it cannot be cancelled",
        QT_TRANSLATE_NOOP("Messages", "Bill {v} has a return: it cannot be cancelled."),
    ),
    (
        r"bill (?P<v>\S+) is of (?P<a>.+): only today's bills can be cancelled; make a sales return",
        QT_TRANSLATE_NOOP(
            "Messages",
            "Bill {v} is of {a}: only today's bills can be cancelled. Make a sales return.",
        ),
    ),
    (
        r"estimate (?P<v>\S+) is billed already",
        QT_TRANSLATE_NOOP("Messages", "Estimate {v} is billed already."),
    ),
    (
        r"estimate (?P<v>\S+) of (?P<a>.+) has lapsed: make a new one|estimate (?P<w>\S+) is \w+",
        QT_TRANSLATE_NOOP("Messages", "This estimate can no longer be billed: make a new one."),
    ),
    (
        r"(?P<a>\d+) line\(s\) are not on bill (?P<v>\S+)",
        QT_TRANSLATE_NOOP("Messages", "Some lines are not on bill {v}."),
    ),
    (
        r"a line was returned already",
        QT_TRANSLATE_NOOP("Messages", "A line was returned already."),
    ),
    (
        r"more is returned than the bill sold|the bill has no lines taxed at .*|"
        r"discounts are more than the value taxed at .*",
        QT_TRANSLATE_NOOP("Messages", "More is returned than the bill sold."),
    ),
    (
        r"refund (?P<a>\d+): unknown way of paying back .*",
        QT_TRANSLATE_NOOP("Messages", "Choose how the money is paid back."),
    ),
    (
        r"the refunds \((?P<a>.+)\) are more than the credit note's value \((?P<b>.+)\)",
        QT_TRANSLATE_NOOP(
            "Messages", "The refunds ({a}) are more than the credit note's value ({b})."
        ),
    ),
    (
        r"(?P<a>.+) of the credit note's value is neither refunded nor kept as the customer's credit",
        QT_TRANSLATE_NOOP(
            "Messages", "{a} of the credit note is neither paid back nor kept as credit."
        ),
    ),
    (
        r"keeping the value as credit needs a customer on the bill|"
        r"customer credit can only be used with the customer on the bill",
        QT_TRANSLATE_NOOP("Messages", "Customer credit needs the customer on the bill (F4)."),
    ),
    (
        rf"unknown payment mode {_V}",
        QT_TRANSLATE_NOOP("Messages", "Choose a way of paying from the list."),
    ),
    (
        r"enter the last 4 digits of the card|4 digits",
        QT_TRANSLATE_NOOP("Messages", "Type the last 4 digits of the card."),
    ),
    (
        r"must be more than zero for a UPI request",
        QT_TRANSLATE_NOOP("Messages", "The amount must be more than zero for a UPI request."),
    ),
    (
        r"set-off (?P<a>\d+): the amount must be more than zero",
        QT_TRANSLATE_NOOP("Messages", "Set-off {a}: the amount must be more than zero."),
    ),
    (
        r"set-off (?P<a>\d+): only (?P<b>.+) is available, not (?P<c>.+)",
        QT_TRANSLATE_NOOP("Messages", "Set-off {a}: only {b} is available, not {c}."),
    ),
    (
        r"unknown kind of set-off.*|must name the kind of set-off.*",
        QT_TRANSLATE_NOOP("Messages", "Choose the kind of set-off from the list."),
    ),
    (
        r"no rate (?:given )?for (?P<a>\S+) (?P<b>\S+).*",
        QT_TRANSLATE_NOOP("Messages", "No rate for {a} {b}: set today's rates."),
    ),
    (r"no rates given", QT_TRANSLATE_NOOP("Messages", "Type at least one rate.")),
    (
        r"(?:a )?rate key .*must look like gold-916",
        QT_TRANSLATE_NOOP("Messages", "A rate is named like gold-916."),
    ),
    (
        r"the last day is before the first day",
        QT_TRANSLATE_NOOP("Messages", "The last day is before the first day."),
    ),
    (
        r"must be 1 to 16 letters, digits, '/' or '-' \(GST Rule 46\)",
        QT_TRANSLATE_NOOP("Messages", "Use 1 to 16 letters, digits, / or - (GST Rule 46)."),
    ),
    # day end and settings
    (
        r"Rs (?P<a>\d+) is not a note or coin",
        QT_TRANSLATE_NOOP("Messages", "₹{a} is not a note or coin."),
    ),
    (
        r"the count of Rs (?P<a>\d+) must be 0 or more",
        QT_TRANSLATE_NOOP("Messages", "The count of ₹{a} notes cannot be less than zero."),
    ),
    (
        r"the day is not closed, so it needs no reopening",
        QT_TRANSLATE_NOOP("Messages", "The day is not closed, so it needs no reopening."),
    ),
    (
        r"GST on repair labour is at most 28 %",
        QT_TRANSLATE_NOOP("Messages", "GST on repair labour is at most 28%."),
    ),
    (r"type whole hours, like 6", QT_TRANSLATE_NOOP("Messages", "Type whole hours, like 6.")),
    (
        r"the hours to reopen a day must be from 0 to 72",
        QT_TRANSLATE_NOOP("Messages", "Hours to reopen a day: from 0 to 72."),
    ),
    (r"there is no setting called .*", QT_TRANSLATE_NOOP("Messages", "There is no such setting.")),
    # metals and purities
    (
        rf"unknown metal {_V}.*",
        QT_TRANSLATE_NOOP("Messages", "Choose gold, silver or platinum."),
    ),
    (
        rf"{_V} is not a purity like 22K916, 916 or 22K|.*: no standard fineness for .*K|"
        r"must be between 1 and .*",
        QT_TRANSLATE_NOOP("Messages", "Not a purity: type it like 22K916, 916 or 22K."),
    ),
    # import files
    (r"import stock or customers", QT_TRANSLATE_NOOP("Messages", "Import stock or customers.")),
    (
        r"choose a \.csv or \.xlsx file|cannot read (?P<v>.+?): .*|"
        r"(?P<w>.+) is not a readable Excel file .*|the CSV file is not UTF-8 text.*",
        QT_TRANSLATE_NOOP(
            "Messages", "This file cannot be read: choose a .csv (UTF-8) or .xlsx file."
        ),
    ),
    (
        r"the file is empty|the file has no rows to import",
        QT_TRANSLATE_NOOP("Messages", "The file has no rows to import."),
    ),
    (
        r"write --map COLUMN=FIELD.*|unknown field .*|two columns are mapped to .*|"
        r"the file has no column .*",
        QT_TRANSLATE_NOOP("Messages", "The columns are not matched right: match them again."),
    ),
    (
        r"map a column to (?P<fields>.+)",
        QT_TRANSLATE_NOOP("Messages", "Match a column to each needed field: {fields}."),
    ),
    (
        r"mobile (?P<v>\d+) is also on row (?P<a>\d+) of this file",
        QT_TRANSLATE_NOOP("Messages", "Mobile {v} is also on row {a} of this file."),
    ),
    (
        r"mobile (?P<v>\d+) belongs to (?P<a>.+) already",
        QT_TRANSLATE_NOOP("Messages", "Mobile {v} belongs to {a} already."),
    ),
    # customer orders, karigars and repairs
    (
        r"the file has nothing in it \(0 bytes\)",
        QT_TRANSLATE_NOOP("Messages", "The file is empty (0 bytes)."),
    ),
    (
        r"the file is (?P<a>\d+) MB; photos may be at most (?P<b>\d+) MB",
        QT_TRANSLATE_NOOP("Messages", "The file is {a} MB; photos may be at most {b} MB."),
    ),
    (
        r"the image is (?:(?P<a>\d+ x \d+) pixels, )?too large to open safely",
        QT_TRANSLATE_NOOP("Messages", "The picture is too large to open safely."),
    ),
    (
        r"the file is not a picture \(use a JPEG or PNG photo\)",
        QT_TRANSLATE_NOOP("Messages", "The file is not a picture: use a JPEG or PNG photo."),
    ),
    (
        r"the picture is cut short \(the file is incomplete\)",
        QT_TRANSLATE_NOOP("Messages", "The picture is cut short: the file is incomplete."),
    ),
    (
        r"the picture cannot be read \(the file is damaged\)",
        QT_TRANSLATE_NOOP("Messages", "The picture cannot be read: the file is damaged."),
    ),
    (r"choose stone or metal", QT_TRANSLATE_NOOP("Messages", "Choose stones or metal.")),
    (
        r"use digits only, e\.g\. [\d ]+",
        QT_TRANSLATE_NOOP("Messages", "Use digits only, like 98200 12345."),
    ),
    (
        r"choose metal issued or metal returned",
        QT_TRANSLATE_NOOP("Messages", "Choose metal issued to him or metal returned by him."),
    ),
    (
        r"give how many stones \(1 or more\)",
        QT_TRANSLATE_NOOP("Messages", "Type how many stones: 1 or more."),
    ),
    (
        r"say what the stones are",
        QT_TRANSLATE_NOOP("Messages", "Say what the stones are, like ruby."),
    ),
    (
        r"choose what the order is made from",
        QT_TRANSLATE_NOOP("Messages", "Choose what the order is made from."),
    ),
    (
        r"give the catalogue number or the tag",
        QT_TRANSLATE_NOOP("Messages", "Type the catalogue number or the piece's tag."),
    ),
    (
        r"describe the piece to be made",
        QT_TRANSLATE_NOOP("Messages", "Describe the piece to be made."),
    ),
    (
        r"must not be less than the weight from",
        QT_TRANSLATE_NOOP("Messages", "It cannot be less than the weight from."),
    ),
    (r"at most (?P<a>\d+) photos", QT_TRANSLATE_NOOP("Messages", "At most {a} photos.")),
    (
        r"a photo was not kept: add it again",
        QT_TRANSLATE_NOOP("Messages", "A photo was not kept: add it again."),
    ),
    (r"is before today", QT_TRANSLATE_NOOP("Messages", "The date is before today.")),
    (
        r"must be less than the gross weight",
        QT_TRANSLATE_NOOP("Messages", "It must be less than the gross weight."),
    ),
    (
        r"find the customer by mobile number first(?: \(F4\))?",
        QT_TRANSLATE_NOOP("Messages", "Find the customer by mobile number first (F4)."),
    ),
    (
        r"(?P<a>.+) is (?P<b>gold|silver|7), not (?:gold|silver|7)",
        QT_TRANSLATE_NOOP("Messages", "{a} is a category of another metal."),
    ),
    (r"order (?P<a>\S+) is closed", QT_TRANSLATE_NOOP("Messages", "Order {a} is closed.")),
    (r"(?P<a>.+) is no longer active", QT_TRANSLATE_NOOP("Messages", "{a} is no longer active.")),
    (
        r"is after the date promised to the customer",
        QT_TRANSLATE_NOOP("Messages", "It is after the date promised to the customer."),
    ),
    (
        r"the order was not given to a karigar",
        QT_TRANSLATE_NOOP("Messages", "The order was not given to a karigar (F3)."),
    ),
    (
        r"say whether the advance is refunded or kept as credit",
        QT_TRANSLATE_NOOP("Messages", "Say whether the advance is refunded or kept as credit."),
    ),
    (
        r"choose how the advance is paid",
        QT_TRANSLATE_NOOP("Messages", "Choose how the advance is paid."),
    ),
    (
        r"today's rate is not set, so no rate can be booked",
        QT_TRANSLATE_NOOP("Messages", "Today's rate is not set, so no rate can be booked."),
    ),
    (r"choose the work to be done", QT_TRANSLATE_NOOP("Messages", "Choose the work to be done.")),
    (r"unknown work (?P<v>.*)", QT_TRANSLATE_NOOP("Messages", "Choose the work from the list.")),
    (r"give the cheque number", QT_TRANSLATE_NOOP("Messages", "Type the cheque number.")),
    (
        r"give the card's last 4 digits",
        QT_TRANSLATE_NOOP("Messages", "Type the card's last 4 digits."),
    ),
    (
        r"must be a weight in grams",
        QT_TRANSLATE_NOOP("Messages", "Type a weight in grams, like 5.870."),
    ),
    (r"must be more than 0 g", QT_TRANSLATE_NOOP("Messages", "The weight must be more than 0 g.")),
    (r"is more than 100 kg", QT_TRANSLATE_NOOP("Messages", "It is too large: at most 100 kg.")),
    (
        r"type an amount like [\d.]+ or [\d.]+",
        QT_TRANSLATE_NOOP("Messages", "Type an amount, like 10000.50."),
    ),
    # e-invoices and GST
    (
        r"the e-invoice needs the (?P<w>\w+)'s six-digit PIN code",
        QT_TRANSLATE_NOOP("Messages", "The e-invoice needs a six-digit PIN code for the {w}."),
    ),
    (
        r"an e-invoice is only for a buyer with a GSTIN",
        QT_TRANSLATE_NOOP("Messages", "An e-invoice is only for a buyer with a GSTIN."),
    ),
    (
        r"the invoice has no lines",
        QT_TRANSLATE_NOOP("Messages", "The invoice has no lines."),
    ),
    (
        r"bill (?P<v>\S+) has no buyer GSTIN: no e-invoice",
        QT_TRANSLATE_NOOP("Messages", "Bill {v} has no buyer GSTIN, so it needs no e-invoice."),
    ),
    (
        r"bill (?P<v>\S+) already has an IRN",
        QT_TRANSLATE_NOOP("Messages", "Bill {v} already has an IRN."),
    ),
    (
        r"give the GSP's web address \(https://\.\.\.\)",
        QT_TRANSLATE_NOOP("Messages", "Type the GSP's web address, starting with https://."),
    ),
    (
        r"the B2C large limit must be above zero",
        QT_TRANSLATE_NOOP("Messages", "The B2C large limit must be more than zero."),
    ),
    (
        r"there is no Tally account called (?P<v>.+)",
        QT_TRANSLATE_NOOP("Messages", "There is no Tally account called {v}."),
    ),
    (
        r"give the Tally ledger for (?P<v>.+) \(1-100 letters\)",
        QT_TRANSLATE_NOOP("Messages", "Type the Tally ledger for {v} (1 to 100 letters)."),
    ),
    (
        r"(?P<v>.+) is no month: write it as (?P<a>[\d-]+)",
        QT_TRANSLATE_NOOP("Messages", "{v} is not a month: type it like {a}."),
    ),
    (
        r"(?P<v>.+) (?P<a>\S+) does not balance \(off by (?P<b>.+)\)",
        QT_TRANSLATE_NOOP("Messages", "Voucher {v} {a} does not balance: it is off by {b}."),
    ),
    # reports
    (
        r"there is no (?:stock )?report (?:by|called) (?P<v>.+)",
        QT_TRANSLATE_NOOP("Messages", "There is no such report: choose one from the list."),
    ),
    (
        r"the last day comes before the first day|is before the from date",
        QT_TRANSLATE_NOOP("Messages", "The last day is before the first day."),
    ),
    (
        r"choose at most (?P<a>\d+) days",
        QT_TRANSLATE_NOOP("Messages", "Choose at most {a} days."),
    ),
    (
        r"must be day, month or plan",
        QT_TRANSLATE_NOOP("Messages", "Choose day, month or plan."),
    ),
    # loyalty points and referrals
    (
        r"points cannot be redeemed at this shop",
        QT_TRANSLATE_NOOP("Messages", "This shop does not take points as payment."),
    ),
    (
        r"points pay in steps of Rs (?P<a>[\d,.]+): (?P<v>.+) is not",
        QT_TRANSLATE_NOOP("Messages", "Points pay in steps of ₹{a}: {v} is not one."),
    ),
    (
        r"points can be used from a balance of (?P<a>\S+); the customer has (?P<b>\S+)",
        QT_TRANSLATE_NOOP(
            "Messages", "Points can be used from a balance of {a}; the customer has {b}."
        ),
    ),
    (
        r"at most (?P<a>\S+) points may pay this bill \((?P<p>\S+)% of the invoice value, within the balance of (?P<b>\S+)\), not (?P<c>\S+)",
        QT_TRANSLATE_NOOP(
            "Messages",
            "At most {a} points can pay this bill ({p}% of the invoice value, within the balance of {b}), not {c}.",
        ),
    ),
    (
        r"no customer has the mobile (?P<v>.+)",
        QT_TRANSLATE_NOOP("Messages", "No customer has the mobile {v}."),
    ),
    (
        r"a customer cannot refer themselves",
        QT_TRANSLATE_NOOP("Messages", "A customer cannot refer themselves."),
    ),
    (
        r"(?P<v>.+) has bills already: only a new customer names a referrer",
        QT_TRANSLATE_NOOP(
            "Messages", "{v} has bills already: only a new customer can name who referred them."
        ),
    ),
    (
        r"there is no loyalty setting called (?P<v>.+)",
        QT_TRANSLATE_NOOP("Messages", "There is no such loyalty setting."),
    ),
    (
        r"this customer was merged already",
        QT_TRANSLATE_NOOP("Messages", "This customer was merged already."),
    ),
    (
        r"a customer cannot be merged into themselves",
        QT_TRANSLATE_NOOP("Messages", "A customer cannot be merged into themselves."),
    ),
    # gift vouchers
    (
        r"a fixed voucher is one of (?P<v>.+)",
        QT_TRANSLATE_NOOP("Messages", "A fixed voucher is one of {v}."),
    ),
    (
        r"choose a fixed or an open value",
        QT_TRANSLATE_NOOP("Messages", "Choose a fixed or an open value."),
    ),
    (
        r"gift voucher (?P<v>\S+) expired on (?P<a>.+)",
        QT_TRANSLATE_NOOP("Messages", "Gift voucher {v} expired on {a}."),
    ),
    (
        r"a voucher is valid from 1 to 3,650 days",
        QT_TRANSLATE_NOOP("Messages", "A voucher is valid from 1 to 3,650 days."),
    ),
    (
        r"gift voucher (?P<v>\S+) is (?:already )?cancelled",
        QT_TRANSLATE_NOOP("Messages", "Gift voucher {v} is cancelled."),
    ),
    (
        r"gift voucher (?P<v>\S+) is used up",
        QT_TRANSLATE_NOOP("Messages", "Gift voucher {v} is used up."),
    ),
    (
        r"type an amount in rupees from 1 to (?P<a>.+)",
        QT_TRANSLATE_NOOP("Messages", "Type an amount in rupees from 1 to {a}."),
    ),
    (
        r"a voucher is sold or given free",
        QT_TRANSLATE_NOOP("Messages", "Choose whether the voucher is sold or given free."),
    ),
    (
        r"gift voucher (?P<v>\S+) has been used: it cannot be cancelled",
        QT_TRANSLATE_NOOP("Messages", "Gift voucher {v} has been used: it cannot be cancelled."),
    ),
    # feedback, complaints, touch points, staff targets
    (
        r"no bill has the number (?P<v>.+)",
        QT_TRANSLATE_NOOP("Messages", "No bill has the number {v}: check it on the bill."),
    ),
    (
        r"no thank-you message had the code (?P<v>\S+)",
        QT_TRANSLATE_NOOP("Messages", "No thank-you message had the code {v}: check it."),
    ),
    (
        r"the code (?P<v>\S+) was sent for bill (?P<a>\S+), not this one",
        QT_TRANSLATE_NOOP("Messages", "The code {v} was sent for bill {a}, not this one."),
    ),
    (
        r"bill (?P<v>\S+) has feedback already",
        QT_TRANSLATE_NOOP("Messages", "Bill {v} has feedback already."),
    ),
    (
        r"choose a rating from 1 to 5",
        QT_TRANSLATE_NOOP("Messages", "Choose a rating from 1 to 5."),
    ),
    (
        r"choose an active member of staff",
        QT_TRANSLATE_NOOP("Messages", "Choose an active member of staff."),
    ),
    (
        r"the follow-up date is before today",
        QT_TRANSLATE_NOOP("Messages", "The follow-up date is before today: choose a later day."),
    ),
    (
        r"choose complaint or return",
        QT_TRANSLATE_NOOP("Messages", "Choose complaint or return."),
    ),
    (
        r"a return needs the bill's number",
        QT_TRANSLATE_NOOP("Messages", "A return needs the bill's number."),
    ),
    (
        r"choose the customer again",
        QT_TRANSLATE_NOOP("Messages", "Choose the customer again."),
    ),
    (
        r"it is closed already",
        QT_TRANSLATE_NOOP("Messages", "It is closed already."),
    ),
    (
        r"write how it was resolved before closing",
        QT_TRANSLATE_NOOP("Messages", "Write how it was resolved before closing it."),
    ),
    (
        r"choose door, counter, billing or delivery",
        QT_TRANSLATE_NOOP("Messages", "Choose door, counter, billing or delivery."),
    ),
    (
        r"(?P<v>.+) is in the list twice",
        QT_TRANSLATE_NOOP("Messages", "{v} is in the list twice."),
    ),
    (
        r"keep at least one item",
        QT_TRANSLATE_NOOP("Messages", "Keep at least one item."),
    ),
    (
        r"keep at most (?P<a>\d+) items",
        QT_TRANSLATE_NOOP("Messages", "Keep at most {a} items."),
    ),
    (
        r"choose an item of the checklist",
        QT_TRANSLATE_NOOP("Messages", "Choose an item of the checklist."),
    ),
    # discount coupons and pre-tax discounts by rule
    (r"coupon (?P<v>\S+) is withdrawn", QT_TRANSLATE_NOOP("Messages", "Coupon {v} is withdrawn.")),
    (
        r"coupon (?P<v>\S+) is valid from (?P<a>.+)",
        QT_TRANSLATE_NOOP("Messages", "Coupon {v} can be used from {a}."),
    ),
    (
        r"coupon (?P<v>\S+) expired on (?P<a>.+)",
        QT_TRANSLATE_NOOP("Messages", "Coupon {v} expired on {a}."),
    ),
    (
        r"coupon (?P<v>\S+) has been used (?P<a>\d+) times, its limit",
        QT_TRANSLATE_NOOP("Messages", "Coupon {v} has been used {a} times: that is its limit."),
    ),
    (
        r"coupon (?P<v>\S+) is once per customer: put the customer on the bill first",
        QT_TRANSLATE_NOOP(
            "Messages", "Coupon {v} is once per customer: put the customer on the bill first (F4)."
        ),
    ),
    (
        r"this customer has used coupon (?P<v>\S+) already",
        QT_TRANSLATE_NOOP("Messages", "This customer has used coupon {v} already."),
    ),
    (
        r"3 to 20 letters, digits or dashes",
        QT_TRANSLATE_NOOP("Messages", "Use 3 to 20 letters, digits or dashes."),
    ),
    (
        r"give either a percent off making or a flat amount, not both",
        QT_TRANSLATE_NOOP(
            "Messages", "Give either a percent off making or a flat amount, not both."
        ),
    ),
    (
        r"must be on or after the first valid day",
        QT_TRANSLATE_NOOP("Messages", "It must be on or after the first valid day."),
    ),
    (
        r"must be from 0 \(no limit\) to 10,00,000",
        QT_TRANSLATE_NOOP("Messages", "Type a number from 0 (no limit) to 10,00,000."),
    ),
    (
        r"(?P<v>\S+) is taken by another coupon",
        QT_TRANSLATE_NOOP("Messages", "{v} is the code of another coupon already."),
    ),
    (r"type the coupon's code", QT_TRANSLATE_NOOP("Messages", "Type the coupon's code.")),
    (
        rf"unknown kind of discount {_V}",
        QT_TRANSLATE_NOOP("Messages", "This kind of discount is not known here."),
    ),
    (
        r"(?P<v>.+) is on the bill twice",
        QT_TRANSLATE_NOOP("Messages", "{v} is on the bill twice."),
    ),
    (
        r"its making bonus is for the bill that redeems the account",
        QT_TRANSLATE_NOOP(
            "Messages", "Its making bonus is only for the bill that redeems the account (Ctrl+K)."
        ),
    ),
    (
        r"has no making bonus left to use",
        QT_TRANSLATE_NOOP("Messages", "It has no making bonus left to use."),
    ),
    # savings schemes
    (
        r"must be more than zero, in rupees and paise",
        QT_TRANSLATE_NOOP("Messages", "It must be more than zero, in rupees and paise."),
    ),
    (
        r"must be from (?P<a>\d+) to (?P<b>\d+)",
        QT_TRANSLATE_NOOP("Messages", "It must be from {a} to {b}."),
    ),
    (
        r"is required for this bonus rule",
        QT_TRANSLATE_NOOP("Messages", "This bonus rule needs it."),
    ),
    (
        r"a making discount is always before tax",
        QT_TRANSLATE_NOOP("Messages", "A making discount is always given before tax."),
    ),
    (
        r"a weight plan needs a metal and purity",
        QT_TRANSLATE_NOOP("Messages", "A weight plan needs a metal and a purity."),
    ),
    (
        r"the plan would mature more than (?P<a>\d+) days after this start date",
        QT_TRANSLATE_NOOP(
            "Messages", "The plan would mature more than {a} days after this start date."
        ),
    ),
    (
        r"this plan cannot be closed before maturity",
        QT_TRANSLATE_NOOP("Messages", "This plan cannot be closed before maturity."),
    ),
    (
        r"has not matured yet",
        QT_TRANSLATE_NOOP("Messages", "It has not matured yet."),
    ),
    (
        r"is more than the account holds",
        QT_TRANSLATE_NOOP("Messages", "It is more than the account holds."),
    ),
    (
        r"this plan is redeemed in full only",
        QT_TRANSLATE_NOOP("Messages", "This plan is redeemed in full only."),
    ),
    (
        r"must be the cheque's 6 digits",
        QT_TRANSLATE_NOOP("Messages", "Type the cheque's 6-digit number."),
    ),
    (
        r"must be one instalment",
        QT_TRANSLATE_NOOP("Messages", "It must be one instalment."),
    ),
    (
        r"is (?P<v>\w+), not due",
        QT_TRANSLATE_NOOP("Messages", "The cheque is {v}, not due."),
    ),
    (
        r"is dated (?P<a>.+): not yet due",
        QT_TRANSLATE_NOOP("Messages", "The cheque is dated {a}: it is not due yet."),
    ),
    (
        r"is (?P<v>\w+): only a presented cheque clears",
        QT_TRANSLATE_NOOP("Messages", "The cheque is {v}: only a presented cheque can clear."),
    ),
    (
        r"is (?P<v>\w+): only a presented cheque bounces",
        QT_TRANSLATE_NOOP("Messages", "The cheque is {v}: only a presented cheque can bounce."),
    ),
    (
        r"belongs to another customer",
        QT_TRANSLATE_NOOP("Messages", "This belongs to another customer."),
    ),
    (
        r"belongs to another branch and this counter is not connected to head office: "
        r"redeem it at its home branch",
        QT_TRANSLATE_NOOP(
            "Messages",
            "This account belongs to another branch, and this counter is not connected to "
            "head office: redeem it at its home branch.",
        ),
    ),
    (
        r"belongs to another branch and head office cannot be reached now \(last brought "
        r"(?P<a>\d+) minutes ago\): connect to head office, sync, then redeem it",
        QT_TRANSLATE_NOOP(
            "Messages",
            "This account belongs to another branch: redeeming it here needs it fresh from "
            "head office, which cannot be reached now. Connect to head office, sync "
            "(Ctrl+Shift+S), then redeem it.",
        ),
    ),
    (
        r"belongs to another branch and has not been brought from head office yet: "
        r"connect to head office, sync, then redeem it",
        QT_TRANSLATE_NOOP(
            "Messages",
            "This account belongs to another branch: redeeming it here needs it fresh from "
            "head office. Connect to head office, sync (Ctrl+Shift+S), then redeem it.",
        ),
    ),
    (
        r"belongs to another branch and was last brought from head office (?P<a>\d+) minutes "
        r"ago \(at most (?P<b>\d+) for a redemption here\): connect to head office, sync, "
        r"then redeem it",
        QT_TRANSLATE_NOOP(
            "Messages",
            "This account belongs to another branch: redeeming it here needs it fresh from "
            "head office, and it was last brought {a} minutes ago (at most {b}). Connect to "
            "head office, sync (Ctrl+Shift+S), then redeem it.",
        ),
    ),
    (
        r"is (?P<v>\w+): it takes no instalments",
        QT_TRANSLATE_NOOP("Messages", "The account is {v}: it takes no instalments."),
    ),
    (
        r"must be one of (?P<v>.+)",
        QT_TRANSLATE_NOOP("Messages", "Choose one from the list."),
    ),
    (
        r"must be one or more instalments of (?P<a>.+)",
        QT_TRANSLATE_NOOP("Messages", "It must be one or more instalments of {a}."),
    ),
    (
        r"only (?P<a>\d+) of (?P<b>\d+) instalments are left",
        QT_TRANSLATE_NOOP("Messages", "Only {a} of {b} instalments are left."),
    ),
    (
        r"4 to 20 letters, digits or dashes",
        QT_TRANSLATE_NOOP("Messages", "Use 4 to 20 letters, digits or dashes."),
    ),
    (
        r"choose the member first",
        QT_TRANSLATE_NOOP("Messages", "Choose the member first."),
    ),
    (
        r"choose an active plan",
        QT_TRANSLATE_NOOP("Messages", "Choose an active plan."),
    ),
    # segments and campaigns
    (
        r"type a number of days from 1 to (?P<a>[\d,]+)",
        QT_TRANSLATE_NOOP("Messages", "Type a number of days from 1 to {a}."),
    ),
    (
        r"type a number of months from 1 to (?P<a>[\d,]+)",
        QT_TRANSLATE_NOOP("Messages", "Type a number of months from 1 to {a}."),
    ),
    (
        r"an RFM score is from 3 to 15",
        QT_TRANSLATE_NOOP("Messages", "An RFM score is from 3 to 15."),
    ),
    (
        r"a category goes with the one-category rule",
        QT_TRANSLATE_NOOP("Messages", "Choose a category only with the one-category rule."),
    ),
    (
        r"choose at least one rule",
        QT_TRANSLATE_NOOP("Messages", "Choose at least one rule for the segment."),
    ),
    (
        r"hold out at most half of the customers",
        QT_TRANSLATE_NOOP("Messages", "Hold out at most half of the customers (50%)."),
    ),
    (
        r"count bills from 1 to (?P<a>[\d,]+) days after the send",
        QT_TRANSLATE_NOOP("Messages", "Count bills from 1 to {a} days after the send."),
    ),
    (
        r"the segment has no customers today",
        QT_TRANSLATE_NOOP("Messages", "The segment has no customers today: nothing to send."),
    ),
    (
        r"is already (?P<v>\w+)",
        QT_TRANSLATE_NOOP("Messages", "The account is already {v}."),
    ),
    (
        r"has matured: redeem it in a bill",
        QT_TRANSLATE_NOOP("Messages", "It has matured: redeem it in a bill."),
    ),
    (
        r"is (?P<v>\w+)",
        QT_TRANSLATE_NOOP("Messages", "The account is {v}."),
    ),
    # customer messages: templates, gateways, the outbox
    (
        r"type the whole address, like (?P<a>\S+)",
        QT_TRANSLATE_NOOP("Messages", "Type the whole address, like {a}."),
    ),
    (
        r"there is no (?:message|gateway) setting called (?P<v>.*)",
        QT_TRANSLATE_NOOP("Messages", "There is no such message setting."),
    ),
    (
        r"choose English or Hindi(?: for messages)?",
        QT_TRANSLATE_NOOP("Messages", "Choose English or Hindi."),
    ),
    (
        r"choose a counter of this branch",
        QT_TRANSLATE_NOOP("Messages", "Choose a counter of this branch."),
    ),
    (
        r"choose GET or POST",
        QT_TRANSLATE_NOOP("Messages", "Choose GET or POST."),
    ),
    (
        r"type the port as a number, like (?P<a>\d+)",
        QT_TRANSLATE_NOOP("Messages", "Type the port as a number, like {a}."),
    ),
    (
        r"choose STARTTLS, TLS or none",
        QT_TRANSLATE_NOOP("Messages", "Choose STARTTLS, TLS or none."),
    ),
    (
        r"the DLT (?:entity|template) id is digits only",
        QT_TRANSLATE_NOOP("Messages", "Type the DLT id in digits only."),
    ),
    (
        r"type the country code as digits, like (?P<a>\d+)",
        QT_TRANSLATE_NOOP("Messages", "Type the country code in digits, like {a}."),
    ),
    (
        r"a message kind is a short name of at most 32 letters",
        QT_TRANSLATE_NOOP("Messages", "A kind of message has a short name of at most 32 letters."),
    ),
    (
        r"every message kind needs an English text",
        QT_TRANSLATE_NOOP("Messages", "Every kind of message needs an English text."),
    ),
    (
        r"(?P<v>.*) is not a message language \(en or hi\)",
        QT_TRANSLATE_NOOP("Messages", "Messages are in English or Hindi only."),
    ),
    (
        r"choose a status from the list",
        QT_TRANSLATE_NOOP("Messages", "Choose a status from the list."),
    ),
    (
        r"only a message in doubt can be marked as sent",
        QT_TRANSLATE_NOOP("Messages", "Only a message in doubt can be marked as sent."),
    ),
    (
        r"this message is not a WhatsApp link",
        QT_TRANSLATE_NOOP("Messages", "This message is not a WhatsApp link."),
    ),
    (
        r"this WhatsApp message was opened already",
        QT_TRANSLATE_NOOP("Messages", "This WhatsApp message was opened already."),
    ),
    (
        r"the customer has not agreed to this message",
        QT_TRANSLATE_NOOP("Messages", "The customer has not agreed to this kind of message."),
    ),
    (
        r"choose a kind of message from the list",
        QT_TRANSLATE_NOOP("Messages", "Choose a kind of message from the list."),
    ),
    (
        r"(?P<v>.*) is not a known kind of message",
        QT_TRANSLATE_NOOP("Messages", "This kind of message is not known."),
    ),
    (
        r"choose SMS, e-mail or WhatsApp",
        QT_TRANSLATE_NOOP("Messages", "Choose SMS, e-mail or WhatsApp."),
    ),
    (
        r"the message has no mobile number or e-mail address",
        QT_TRANSLATE_NOOP("Messages", "The message has no mobile number or e-mail address."),
    ),
    (
        r"a message needs a key of at most 160 letters",
        QT_TRANSLATE_NOOP("Messages", "The message reference is missing or too long."),
    ),
    (
        r"a brace \{ or \} is not closed; a placeholder looks like \{name\}",
        QT_TRANSLATE_NOOP(
            "Messages", "A brace {{ or }} is not closed. A placeholder looks like {{name}}."
        ),
    ),
    (
        r"\{?(?P<v>[^{}]*?)\}? is not a placeholder this shop knows; use only (?P<a>.*)",
        QT_TRANSLATE_NOOP("Messages", "{{{v}}} is not a placeholder. Use only {a}."),
    ),
    (
        r"type the time as hours:minutes, like (?P<a>[\d:]+)",
        QT_TRANSLATE_NOOP("Messages", "Type the time as hours:minutes, like {a}."),
    ),
)
# Words the services put into their problems (tag fields): shown in the UI's language.
_WORDS: dict[str, object] = {
    "tag code": QT_TRANSLATE_NOOP("Messages", "tag code"),
    "design number": QT_TRANSLATE_NOOP("Messages", "design number"),
    "category": QT_TRANSLATE_NOOP("Messages", "category"),
    "metal": QT_TRANSLATE_NOOP("Messages", "metal"),
    "purity": QT_TRANSLATE_NOOP("Messages", "purity"),
    "gross weight": QT_TRANSLATE_NOOP("Messages", "gross weight"),
    "stone weight": QT_TRANSLATE_NOOP("Messages", "stone weight"),
    "net weight": QT_TRANSLATE_NOOP("Messages", "net weight"),
    "HUID": QT_TRANSLATE_NOOP("Messages", "HUID"),
    "cost code": QT_TRANSLATE_NOOP("Messages", "cost code"),
    "shop name": QT_TRANSLATE_NOOP("Messages", "shop name"),
    "barcode": QT_TRANSLATE_NOOP("Messages", "barcode"),
    "seller": QT_TRANSLATE_NOOP("Messages", "seller"),
    "buyer": QT_TRANSLATE_NOOP("Messages", "buyer"),
    # states of scheme accounts and cheques ("is closed: it takes no instalments")
    "active": QT_TRANSLATE_NOOP("Messages", "active"),
    "closed": QT_TRANSLATE_NOOP("Messages", "closed"),
    "redeemed": QT_TRANSLATE_NOOP("Messages", "redeemed"),
    "due": QT_TRANSLATE_NOOP("Messages", "due"),
    "presented": QT_TRANSLATE_NOOP("Messages", "presented"),
    "cleared": QT_TRANSLATE_NOOP("Messages", "cleared"),
    "bounced": QT_TRANSLATE_NOOP("Messages", "bounced"),
}
_COMPILED = tuple(
    (re.compile(pattern, re.IGNORECASE | re.DOTALL), text) for pattern, text in _PROBLEMS
)
_GENERIC = QT_TRANSLATE_NOOP("Messages", "This value is not right. Check it and type it again.")
_IDENTIFIER = re.compile(r"\b[a-z]+_[a-z_]+\b|\w+\[\d+\]")


def match_problem(problem: str) -> str | None:
    """The translated sentence for a known English problem text, or None."""
    for pattern, text in _COMPILED:
        m = pattern.fullmatch(problem.strip())
        if m is not None:
            # a group named c2 fills {c} too (the same value in another alternative)
            values = {
                k.rstrip("0123456789"): _fields(v) if k == "fields" else _word(v)
                for k, v in m.groupdict().items()
                if v is not None
            }
            return QCoreApplication.translate(_CTX, str(text)).format_map(_Blank(values))
    return None


def _fields(names: str) -> str:
    """A list of field names ("tag_code, gross_g") as their labels."""
    from jewelpos.ui.messages import field_label  # messages builds on this module

    return ", ".join(field_label(n.strip()) for n in names.split(",") if n.strip())


def _word(value: str) -> str:
    word = _WORDS.get(value)
    return QCoreApplication.translate(_CTX, str(word)) if word else value


def problem_sentence(problem: str) -> str:
    """A sentence for any problem text: the known ones translated; an unknown one as it is in
    English when it is plain words, else a general translated sentence (never a field name)."""
    known = match_problem(problem)
    if known is not None:
        return known
    generic = QCoreApplication.translate(_CTX, str(_GENERIC))
    if generic != str(_GENERIC) or _IDENTIFIER.search(problem) or not problem:
        return generic
    return problem[:1].upper() + problem[1:]


class _Blank(dict[str, str]):
    """format_map values: a group that did not take part in the match is blank."""

    def __missing__(self, key: str) -> str:
        return ""
