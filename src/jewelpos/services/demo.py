"""Demo and scale data: a believable Pune jewellery shop, small through the services or shop-sized in bulk.

``build_demo_shop`` sets the shop up through the real services (setup, users, categories, a
month of rates). Pieces and customers go through the services too for a small demo, so their
outbox rows, audit entries and "received" events are written exactly as at the counter. Above
``SERVICE_LIMIT`` they are written with SQLAlchemy Core bulk inserts (``db.outbox.bulk_insert``)
in batches of ``BATCH`` rows, each batch its own transaction, with a progress call per batch.

Bulk rows get no sync_outbox rows (``capture=False``). A shop-sized database is built to measure
the counter on years of history; on a real counter such history came from head office (a pull
never re-enters the outbox) or was pushed long ago, so its outbox is empty either way. Queuing
700,000 change records would double the build time and make the benchmark database unlike any
real one. The rows still carry every bookkeeping column (id, branch, device, times, version).

All data comes from one seeded ``random.Random``: the same counts give the same shop.
"""

from __future__ import annotations

import os
import random
import sqlite3
import string
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from jewelpos.domain.errors import AlreadyInitialised, EnvironmentProblem, ValidationError

if TYPE_CHECKING:
    from jewelpos.config import Settings
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo

DEMO_SEED = 20251125
SERVICE_LIMIT = 1000
"""Up to this many pieces and customers the demo uses the services; above it, bulk inserts."""
BATCH = 10_000
YEAR_LINES = 5_000
"""Invoice lines of the demo's year of bills (about 3,100 bills: a small shop's year)."""

Progress = Callable[[int, int, str], None]


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _pairs(text: str) -> tuple[tuple[str, str | None], ...]:
    """'Priya:प्रिया Amit' -> (("Priya", "प्रिया"), ("Amit", None)): names with their Devanagari."""
    out: list[tuple[str, str | None]] = []
    for item in text.split():
        en, _, hi = item.partition(":")
        out.append((en.replace("_", " "), _nfc(hi) if hi else None))
    return tuple(out)


def _words(text: str) -> tuple[str, ...]:
    """'Kothrud, Deccan Gymkhana' -> ("Kothrud", "Deccan Gymkhana")."""
    return tuple(w.strip() for w in text.split(",") if w.strip())


# --------------------------------------------------------------------------------------------
# People and places
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class City:
    """A town customers live in, with its GST state code and a PIN code range."""

    name: str
    state_code: str
    pin_first: int
    pin_count: int
    localities: tuple[str, ...] = ()


@dataclass(frozen=True)
class Region:
    """Where a family's names come from, and the towns such families live in."""

    key: str
    weight: int
    cities: tuple[City, ...]
    female: tuple[tuple[str, str | None], ...]
    male: tuple[tuple[str, str | None], ...]
    surnames: tuple[tuple[str, str | None], ...]


PUNE = City(
    "Pune", "27", 411001, 62,
    _words(
        "Kothrud, Shivajinagar, Deccan Gymkhana, Aundh, Baner, Hadapsar, Kasba Peth, "
        "Sadashiv Peth, Narayan Peth, Karve Nagar, Wakad, Viman Nagar, Kharadi, Bibwewadi, "
        "Dhankawadi, Erandwane, Camp, Kondhwa, Warje"
    ),
)  # fmt: skip
MUMBAI = City("Mumbai", "27", 400001, 104, _words("Dadar, Girgaon, Borivali, Andheri, Ghatkopar"))
MAHARASHTRA_CITIES = (
    PUNE, PUNE, PUNE, PUNE, PUNE, MUMBAI,
    City("Pimpri-Chinchwad", "27", 411017, 28, _words("Pimpri, Chinchwad, Nigdi, Akurdi")),
    City("Thane", "27", 400601, 15, _words("Naupada, Vartak Nagar, Kopri")),
    City("Nashik", "27", 422001, 13, _words("Panchavati, College Road, Gangapur Road")),
    City("Nagpur", "27", 440001, 37, _words("Sitabuldi, Dharampeth, Itwari")),
    City("Kolhapur", "27", 416001, 13, _words("Rajarampuri, Shahupuri, Mahadwar Road")),
    City("Satara", "27", 415001, 20),
    City("Ahilyanagar", "27", 414001, 10),
    City("Solapur", "27", 413001, 8),
    City("Chhatrapati Sambhajinagar", "27", 431001, 10),
    City("Baramati", "27", 413102, 1),
)  # fmt: skip

COMMON_FEMALE = _pairs(
    "Priya:प्रिया Sunita:सुनीता Anjali:अंजली Pooja:पूजा Neha:नेहा Kavita:कविता Meena:मीना "
    "Swati:स्वाती Aarti:आरती Snehal:स्नेहल Madhuri:माधुरी Vaishali:वैशाली Rupali:रुपाली "
    "Shweta:श्वेता Rekha:रेखा Asha:आशा Lata:लता Savita:सविता Manisha:मनीषा Deepa:दीपा "
    "Sonal:सोनल Nisha:निशा Shruti:श्रुति Ashwini:अश्विनी Pallavi:पल्लवी Komal:कोमल "
    "Rohini:रोहिणी Geeta:गीता Usha:उषा Jyoti:ज्योति Kiran:किरण Radhika:राधिका Sakshi:साक्षी "
    "Tanvi:तन्वी Isha:ईशा Aditi:अदिती Mrunal:मृणाल Gauri:गौरी Ketaki:केतकी Bhavana:भावना"
)
COMMON_MALE = _pairs(
    "Rajesh:राजेश Suresh:सुरेश Amit:अमित Sachin:सचिन Rahul:राहुल Vijay:विजय Sanjay:संजय "
    "Anil:अनिल Sunil:सुनील Prakash:प्रकाश Mahesh:महेश Ganesh:गणेश Nitin:नितीन Rohit:रोहित "
    "Vikram:विक्रम Ajay:अजय Manoj:मनोज Ashok:अशोक Deepak:दीपक Ramesh:रमेश Santosh:संतोष "
    "Yogesh:योगेश Prashant:प्रशांत Abhishek:अभिषेक Aditya:आदित्य Omkar:ओंकार Tushar:तुषार "
    "Kunal:कुणाल Harish:हरीश Mukesh:मुकेश Dinesh:दिनेश Arvind:अरविंद Vinod:विनोद "
    "Pankaj:पंकज Akash:आकाश Siddharth:सिद्धार्थ Shrikant:श्रीकांत Dattatray:दत्तात्रय "
    "Hemant:हेमंत Kishor:किशोर"
)

REGIONS: tuple[Region, ...] = (
    Region(
        "marathi", 52, MAHARASHTRA_CITIES, COMMON_FEMALE, COMMON_MALE,
        _pairs(
            "Patil:पाटील Deshmukh:देशमुख Kulkarni:कुलकर्णी Joshi:जोशी Jadhav:जाधव Pawar:पवार "
            "Shinde:शिंदे Gaikwad:गायकवाड Deshpande:देशपांडे More:मोरे Chavan:चव्हाण "
            "Sawant:सावंत Bhosale:भोसले Kale:काळे Apte:आपटे Gokhale:गोखले Kadam:कदम "
            "Phadke:फडके Dixit:दीक्षित Salunkhe:साळुंखे Mane:माने Wagh:वाघ"
        ),
    ),
    Region(
        "hindi", 15,
        (
            City("New Delhi", "07", 110001, 96, _words("Karol Bagh, Lajpat Nagar, Rohini")),
            City("Lucknow", "09", 226001, 28, _words("Hazratganj, Aminabad, Gomti Nagar")),
            City("Kanpur", "09", 208001, 27),
            City("Varanasi", "09", 221001, 10),
            City("Indore", "23", 452001, 20, _words("Sarafa Bazar, Vijay Nagar, Palasia")),
            City("Bhopal", "23", 462001, 46),
            City("Jaipur", "08", 302001, 39, _words("Johari Bazar, Malviya Nagar, C-Scheme")),
            City("Patna", "10", 800001, 30),
            PUNE,
        ),
        COMMON_FEMALE, COMMON_MALE,
        _pairs(
            "Sharma:शर्मा Verma:वर्मा Gupta:गुप्ता Agarwal:अग्रवाल Singh:सिंह Mishra:मिश्रा "
            "Tiwari:तिवारी Srivastava:श्रीवास्तव Chauhan:चौहान Yadav:यादव Pandey:पाण्डेय "
            "Saxena:सक्सेना Jain:जैन Soni:सोनी Dubey:दुबे Tripathi:त्रिपाठी"
        ),
    ),
    Region(
        "gujarati", 10,
        (
            City("Ahmedabad", "24", 380001, 60, _words("Manek Chowk, Navrangpura, Satellite")),
            City("Surat", "24", 395001, 17, _words("Athwalines, Adajan, Varachha")),
            City("Vadodara", "24", 390001, 25),
            City("Rajkot", "24", 360001, 7),
            MUMBAI,
        ),
        _pairs(
            "Hetal:हेतल Bhavna:भावना Dhara:धरा Nirali:निराली Krupa:कृपा Falguni:फाल्गुनी "
            "Jigna:जिग्ना Rinku:रिंकू"
        ) + COMMON_FEMALE[:10],
        _pairs(
            "Jignesh:जिग्नेश Hitesh:हितेश Paresh:परेश Ketan:केतन Chirag:चिराग Bhavesh:भावेश "
            "Nilesh:निलेश Mitesh:मितेश"
        ) + COMMON_MALE[:10],
        _pairs(
            "Patel:पटेल Shah:शाह Mehta:मेहता Desai:देसाई Parikh:पारिख Trivedi:त्रिवेदी "
            "Gandhi:गांधी Thakkar:ठक्कर Doshi:दोशी Vora:वोरा"
        ),
    ),
    Region(
        "marwari", 8,
        (
            City("Jodhpur", "08", 342001, 14),
            City("Udaipur", "08", 313001, 4),
            City("Bikaner", "08", 334001, 4),
            PUNE, MUMBAI,
        ),
        COMMON_FEMALE, COMMON_MALE,
        _pairs(
            "Maheshwari:माहेश्वरी Khandelwal:खंडेलवाल Rathore:राठौड़ Bansal:बंसल Goyal:गोयल "
            "Oswal:ओसवाल Bafna:बाफना Lodha:लोढ़ा Chordia:चोरडिया Mundra:मूंदड़ा"
        ),
    ),
    Region(
        "south", 7,
        (
            City("Bengaluru", "29", 560001, 99, _words("Jayanagar, Malleshwaram, Indiranagar")),
            City("Belagavi", "29", 590001, 20),
            City("Hyderabad", "36", 500001, 90, _words("Abids, Ameerpet, Kukatpally")),
            City("Chennai", "33", 600001, 119, _words("T. Nagar, Mylapore, Adyar")),
            City("Kochi", "32", 682001, 30),
            City("Vijayawada", "37", 520001, 15),
        ),
        _pairs(
            "Lakshmi Anitha Kavya Divya Padma Revathi Meenakshi Shalini Vidya Bhavya Sowmya Harini"
        ),
        _pairs("Venkatesh Srinivas Karthik Ramesh Ravi Prasad Arjun Naveen Murali Sreejith Balaji"),
        _pairs("Iyer Nair Reddy Rao Menon Pillai Krishnan Naidu Shetty Hegde Gowda Subramanian"),
    ),
    Region(
        "bengali", 4,
        (City("Kolkata", "19", 700001, 150, _words("Bowbazar, Salt Lake, Ballygunge")),),
        _pairs("Moumita Sreya Ananya Rituparna Sudipta Paromita Tania"),
        _pairs("Sourav Arnab Debashish Sayan Anirban Subhash Partha"),
        _pairs("Banerjee Chatterjee Mukherjee Das Bose Ghosh Sen Dutta"),
    ),
    Region(
        "punjabi", 4,
        (
            City("Amritsar", "03", 143001, 7),
            City("Ludhiana", "03", 141001, 16),
            City("Chandigarh", "04", 160001, 36),
            PUNE,
        ),
        _pairs("Harpreet Simran Manpreet Jasleen Navneet Gurleen"),
        _pairs("Gurpreet Harjeet Manjit Rajinder Amarjeet Jaspal"),
        _pairs("Gill Sandhu Malhotra Kapoor Khanna Arora Sethi Bedi"),
    ),
)  # fmt: skip

BUILDINGS = _words(
    "Sai Krupa Apartments, Shivneri Society, Gokul Heights, Laxmi Niwas, Om Residency, "
    "Shree Ganesh Complex, Vrindavan Park, Anand Vihar, Sahyadri Towers, Tulsi Bungalow, "
    "Ganga Residency, Krishna Kunj, Siddhivinayak CHS, Rajhans Apartments, Parijat"
)
STREETS = _words(
    "MG Road, Station Road, Tilak Road, Laxmi Road, Nehru Chowk, Gandhi Path, Ambedkar Road, "
    "Shivaji Road, Main Bazar, Temple Road, College Road, Market Yard"
)
HEARD_FROM = _words(
    "Walk-in, Family, Friend's referral, Newspaper, Instagram, WhatsApp, Wedding fair, "
    "Hoarding, Google Maps, Old customer"
)
CONTACT = ("whatsapp", "whatsapp", "whatsapp", "sms", "phone", "phone", "email")
SPENDING = ("", "", "Up to ₹50,000", "₹50,000-2 lakh", "₹2-10 lakh", "Above ₹10 lakh")
NOTES = (
    "", "", "", "", "", "Prefers antique finish", "Daughter's wedding in December",
    "Buys a coin every Dhanteras", "Likes temple jewellery", "Ask for Suresh at the counter",
    "Interested in 11-month scheme", "Prefers light-weight daily wear", "Comes on Sundays",
    "Wants lab-grown diamond options", "Old gold exchange customer",
)  # fmt: skip
EMAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com")
WEARERS = ("", "", "Self", "Self", "Wife", "Daughter", "Daughter-in-law", "Mother", "Son")
FAMILY = (
    "", "", "", "Son {m} (wedding next year)", "Daughter {f} studies in Pune",
    "Joint family, 3 grandchildren",
)  # fmt: skip
SPOUSE = {True: "Husband {m}, daughter {f}", False: "Wife {f}, son {m}"}

# Three-digit starts that the India metadata of phonenumbers accepts as mobile for any seven
# further digits (the `...\d{7}` branch of its pattern): 60x, 69x, 70x, 72x, 74x, 84x, 85x, 9xx.
MOBILE_STARTS = (
    "60", "69", "70", "72", "74", "84", "85", "90", "91", "92", "93", "94", "95", "96", "97",
    "98", "98", "98", "99", "99",
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# Stock
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoneKind:
    """A stone or bead with its usual size in carats, price per carat and count on a piece."""

    kind: str
    min_ct: Decimal
    max_ct: Decimal
    rupees_per_ct: tuple[int, int]
    max_count: int


STONES: dict[str, StoneKind] = {
    s.kind: s
    for s in (
        StoneKind("CZ", Decimal("0.05"), Decimal("2.50"), (300, 900), 24),
        StoneKind("Ruby", Decimal("0.20"), Decimal("3.00"), (900, 3500), 8),
        StoneKind("Emerald", Decimal("0.20"), Decimal("3.00"), (1200, 5000), 8),
        StoneKind("Diamond", Decimal("0.05"), Decimal("1.20"), (38000, 85000), 30),
        StoneKind("Kundan", Decimal("2.00"), Decimal("25.00"), (150, 600), 40),
        StoneKind("Polki", Decimal("1.00"), Decimal("12.00"), (9000, 22000), 20),
        StoneKind("Pearl", Decimal("1.00"), Decimal("15.00"), (120, 450), 40),
        StoneKind("Black beads", Decimal("5.00"), Decimal("20.00"), (15, 40), 1),
        StoneKind("Meenakari", Decimal("1.00"), Decimal("6.00"), (80, 250), 1),
    )
}


@dataclass(frozen=True)
class DemoCategory:
    """A category and what its pieces look like. Setup makes most of them (with its own pricing
    defaults); the demo adds the others with the pricing given here."""

    code: str
    name: str
    metal: str
    purities: tuple[int, ...]
    grams: tuple[str, str]
    styles: tuple[str, ...]
    share: int
    design_prefix: str
    stone_chance: float = 0.0
    stone_kinds: tuple[str, ...] = ()
    hallmarked: bool = True
    fixed_grams: tuple[int, ...] = ()
    huids_per_piece: tuple[int, ...] = (1,)
    name_hi: str = ""
    wastage_percent: Decimal = Decimal("0")
    wastage_on: str = "value"
    making_kind: str = "per_g"
    making_value: Decimal = Decimal("0")


CATEGORIES: tuple[DemoCategory, ...] = (
    DemoCategory(
        code="CHAIN", name="Gold chain", metal="gold", purities=(916, 916, 916, 750),
        grams=("4", "40"), share=14, design_prefix="CH",
        styles=_words("Rope chain, Box chain, Curb chain, Singapore chain, Handmade chain, "
                      "Figaro chain, Rajwadi chain"),
    ),
    DemoCategory(
        code="RING", name="Gold ring", metal="gold", purities=(916, 916, 750),
        grams=("2", "8"), share=12, design_prefix="LR",
        stone_chance=0.7, stone_kinds=("CZ", "Ruby", "Emerald"),
        styles=_words("Floral ring, Solitaire-style ring, Cocktail ring, Band ring, Navratna ring"),
    ),
    DemoCategory(
        code="GRING", name="Gents ring", name_hi="जेंट्स अंगूठी", metal="gold", purities=(916,),
        grams=("5", "15"), share=6, design_prefix="GR",
        stone_chance=0.3, stone_kinds=("Ruby", "CZ"),
        styles=_words("Signet ring, Om ring, Name ring, Casting ring"),
        wastage_percent=Decimal("8"), wastage_on="weight", making_value=Decimal("400"),
    ),
    DemoCategory(
        code="BANGLE", name="Bangle", metal="gold", purities=(916,),
        grams=("10", "48"), share=10, design_prefix="BN",
        stone_chance=0.2, stone_kinds=("CZ", "Meenakari"), huids_per_piece=(1, 2, 2),
        styles=_words("Plain kada, Patli pair, Antique bangle pair, Kangan, Tode"),
    ),
    DemoCategory(
        code="NECK", name="Necklace", metal="gold", purities=(916, 916, 750),
        grams=("18", "85"), share=8, design_prefix="NK",
        stone_chance=0.85, stone_kinds=("Kundan", "Ruby", "Emerald", "Polki", "Pearl"),
        huids_per_piece=(1, 2, 3),
        styles=_words("Temple necklace, Kundan set, Rani haar, Choker set, Thushi, Lakshmi haar, "
                      "Antique set"),
    ),
    DemoCategory(
        code="EARRING", name="Earrings", metal="gold", purities=(916, 916, 750),
        grams=("2", "14"), share=12, design_prefix="ER",
        stone_chance=0.65, stone_kinds=("CZ", "Ruby", "Pearl", "Kundan"), huids_per_piece=(2,),
        styles=_words("Jhumka, Studs, Bali, Chandbali, Kudi, Drops"),
    ),
    DemoCategory(
        code="MANGAL", name="Mangalsutra", metal="gold", purities=(916,),
        grams=("8", "32"), share=9, design_prefix="MS",
        stone_chance=1.0, stone_kinds=("Black beads",),
        styles=_words("Vati mangalsutra, Short mangalsutra, Long mangalsutra, "
                      "Diamond-cut pendant mangalsutra"),
    ),
    DemoCategory(
        code="PENDANT", name="Pendant", metal="gold", purities=(750, 750, 916, 585),
        grams=("1.5", "8"), share=8, design_prefix="PD",
        stone_chance=0.8, stone_kinds=("Diamond", "CZ", "Ruby"),
        styles=_words("Heart pendant, Ganesh pendant, Initial pendant, Solitaire pendant, "
                      "Om pendant"),
    ),
    DemoCategory(
        code="DRING", name="Diamond ring", name_hi="हीरे की अंगूठी", metal="gold",
        purities=(750, 750, 585), grams=("2", "7"), share=6, design_prefix="DR",
        stone_chance=1.0, stone_kinds=("Diamond",),
        styles=_words("Solitaire ring, Cluster ring, Eternity band, Halo ring"),
        making_value=Decimal("900"),
    ),
    DemoCategory(
        code="BRACE", name="Bracelet", name_hi="ब्रेसलेट", metal="gold",
        purities=(750, 585, 916), grams=("5", "25"), share=5, design_prefix="BR",
        stone_chance=0.3, stone_kinds=("CZ", "Diamond"),
        styles=_words("Chain bracelet, Kada bracelet, Tennis bracelet, Charm bracelet"),
        wastage_percent=Decimal("10"), making_value=Decimal("350"),
    ),
    DemoCategory(
        code="GCOIN", name="Gold coin", metal="gold", purities=(999, 999, 995),
        grams=("1", "50"), share=5, design_prefix="GC", hallmarked=False,
        fixed_grams=(1, 2, 2, 5, 5, 8, 10, 10, 20, 50),
        styles=_words("Lakshmi coin, Ganesh coin, Plain coin, Swastik coin"),
    ),
    DemoCategory(
        code="PAYAL", name="Silver anklet", metal="silver", purities=(925,),
        grams=("30", "160"), share=9, design_prefix="PY", hallmarked=False,
        stone_chance=0.2, stone_kinds=("Meenakari", "CZ"),
        styles=_words("Ghungroo payal, Zanjeer payal, Rajasthani payal, Chain payal, "
                      "Bichhiya set"),
    ),
    DemoCategory(
        code="SART", name="Silver article", metal="silver", purities=(925, 999),
        grams=("40", "600"), share=7, design_prefix="SA", hallmarked=False,
        styles=_words("Puja thali, Glass, Diya pair, Kalash, Bowl and spoon, Idol, Plate"),
    ),
    DemoCategory(
        code="SCOIN", name="Silver coin", metal="silver", purities=(999,),
        grams=("10", "100"), share=4, design_prefix="SC", hallmarked=False,
        fixed_grams=(10, 10, 20, 50, 100),
        styles=_words("Lakshmi-Ganesh coin, Plain bar, Swastik coin"),
    ),
)  # fmt: skip

KARAT = {999: "24K", 995: "24K", 916: "22K", 750: "18K", 585: "14K"}
COST_CIPHER = "TMAKEPROFI"  # the tag's cost code: digit d is COST_CIPHER[d] ("MAKEPROFIT")

# Today's rates (rupees per gram), late 2025 as in DOMAIN.md's examples (22K916 at 7,150).
TODAY_RATES: dict[tuple[str, int], Decimal] = {
    ("gold", 999): Decimal("7800.00"),
    ("gold", 995): Decimal("7770.00"),
    ("gold", 916): Decimal("7150.00"),
    ("gold", 750): Decimal("5850.00"),
    ("gold", 585): Decimal("4565.00"),
    ("silver", 999): Decimal("102.00"),
    ("silver", 925): Decimal("95.00"),
    ("platinum", 950): Decimal("3150.00"),
}
RATE_HISTORY_DAYS = 30

# --------------------------------------------------------------------------------------------
# The shop and its staff
# --------------------------------------------------------------------------------------------

SHOP_NAME = "Shree Laxmi Jewellers"
SHOP_LEGAL_NAME = "Shree Laxmi Jewellers (Partnership Firm)"
SHOP_GSTIN = "27ABKFS4821M1ZO"
SHOP_ADDRESS = "1187 Laxmi Road, Budhwar Peth"
SHOP_CITY = "Pune"
SHOP_PIN = "411002"
SHOP_PHONE = "9822012345"
SHOP_EMAIL = "sales@shreelaxmijewellers.example"
BRANCH_CODE = "B1"
BRANCH_NAME = "Laxmi Road"
COUNTER_CODE = "C1"


@dataclass(frozen=True)
class DemoUser:
    """A demo login; the PINs are in the README."""

    username: str
    display_name: str
    role: str
    pin: str


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("owner", "Rajesh Soni", "owner", "1111"),
    DemoUser("manager", "Sunita Patil", "manager", "2222"),
    DemoUser("cashier", "Amit Kulkarni", "cashier", "3333"),
    DemoUser("sales", "Pooja Deshmukh", "salesperson", "4444"),
)

# --------------------------------------------------------------------------------------------
# Generators (deterministic for a seed)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoCustomer:
    """One generated customer: the fields of ``CustomerInput`` plus the English spelling."""

    name: str
    name_en: str
    mobile: str
    alternate_phone: str
    address: str
    city: str
    state_code: str
    pin_code: str
    email: str
    birthday: date | None
    anniversary: date | None
    native_place: str
    family: str
    wearer: str
    heard_from: str
    preferred_contact: str
    spending_capacity: str
    pan: str
    notes: str


CUSTOMER_FIELDS = (
    "name", "mobile", "alternate_phone", "address", "city", "state_code", "pin_code", "email",
    "birthday", "anniversary", "native_place", "family", "wearer", "heard_from",
    "preferred_contact", "spending_capacity", "pan", "notes",
)  # fmt: skip


@dataclass(frozen=True)
class DemoStone:
    """Stones of one kind on a piece: how many, their weight (mg) and value (paise)."""

    kind: str
    count: int
    weight_mg: int
    value_paise: int


@dataclass(frozen=True)
class DemoPiece:
    """One generated piece; ``stone_mg`` is the stones' total, so net = gross - stone."""

    category: DemoCategory
    metal: str
    purity: int
    gross_mg: int
    stone_mg: int
    stones: tuple[DemoStone, ...]
    huids: tuple[str, ...]
    design_no: str
    description: str
    cost_paise: int
    cost_code: str
    tray: str

    @property
    def net_mg(self) -> int:
        return self.gross_mg - self.stone_mg


_ALNUM = string.ascii_uppercase + string.digits


class DemoData:
    """A seeded source of customers, pieces and rates; remembers mobiles and HUIDs handed out."""

    def __init__(self, seed: int = DEMO_SEED, *, today: date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.mobiles: set[str] = set()
        self.huids: set[str] = set()
        self._region_weights = [r.weight for r in REGIONS]
        self._cat_weights = [c.share for c in CATEGORIES]

    # -- customers ----------------------------------------------------------------------------

    def mobile(self) -> str:
        """A valid Indian mobile number (10 digits) not handed out before."""
        rng = self.rng
        while True:
            start = rng.choice(MOBILE_STARTS)
            number = f"{start}{rng.randrange(10**8):08d}"
            if number not in self.mobiles:
                self.mobiles.add(number)
                return number

    def customer(self, *, devanagari_share: float = 0.2) -> DemoCustomer:
        """A customer; about ``devanagari_share`` of those with Hindi/Marathi names in Devanagari."""
        rng = self.rng
        region = rng.choices(REGIONS, self._region_weights)[0]
        female = rng.random() < 0.62  # women buy most of the jewellery
        first = rng.choice(region.female if female else region.male)
        surname: tuple[str, str | None]
        if region.key == "punjabi" and female and rng.random() < 0.4:
            surname = ("Kaur", None)
        else:
            surname = rng.choice(region.surnames)
        name_en = f"{first[0]} {surname[0]}"
        name = name_en
        if first[1] and surname[1] and rng.random() < devanagari_share:
            name = f"{first[1]} {surname[1]}"
        # Most customers live near the shop, whatever their family's roots.
        city = rng.choice(region.cities if rng.random() < 0.3 else MAHARASHTRA_CITIES)
        native = rng.choice(region.cities).name if rng.random() < 0.4 else ""
        locality = rng.choice(city.localities) if city.localities else rng.choice(STREETS)
        if rng.random() < 0.7:
            door = f"Flat {rng.randint(1, 14)}{rng.randint(1, 4):02d}"
        else:
            door = f"{rng.choice(('House No.', 'Plot'))} {rng.randint(1, 480)}"
        age = rng.randint(21, 78)
        birthday = self._day_in_year(self.today.year - age) if rng.random() < 0.85 else None
        anniversary = None
        if age > 24 and rng.random() < 0.65:
            anniversary = self._day_in_year(
                self.today.year - age + rng.randint(21, min(age - 1, 32))
            )
        email = ""
        if rng.random() < 0.35:
            email = f"{first[0].lower()}.{surname[0].lower()}{rng.randint(1, 99)}@{rng.choice(EMAIL_DOMAINS)}"
        spending = rng.choice(SPENDING)
        pan = ""
        if spending.startswith(("₹2", "Above")) and rng.random() < 0.6:
            pan = self.pan(surname[0])
        family = SPOUSE[female] if anniversary and rng.random() < 0.3 else rng.choice(FAMILY)
        family = family.format(m=rng.choice(region.male)[0], f=rng.choice(region.female)[0])
        return DemoCustomer(
            name=name,
            name_en=name_en,
            mobile=self.mobile(),
            alternate_phone=self.mobile() if rng.random() < 0.15 else "",
            address=f"{door}, {rng.choice(BUILDINGS)}, {locality}",
            city=city.name,
            state_code=city.state_code,
            pin_code=str(city.pin_first + rng.randrange(city.pin_count)),
            email=email,
            birthday=birthday,
            anniversary=anniversary,
            native_place=native,
            family=family,
            wearer=rng.choice(WEARERS),
            heard_from=rng.choice(HEARD_FROM),
            preferred_contact="email" if email and rng.random() < 0.1 else rng.choice(CONTACT[:-1]),
            spending_capacity=spending,
            pan=pan,
            notes=rng.choice(NOTES),
        )

    def pan(self, surname: str) -> str:
        """A PAN of the right shape for a person: 3 letters, P, the surname's initial, 4 digits, 1 letter."""
        rng = self.rng
        head = "".join(rng.choices(string.ascii_uppercase, k=3))
        return f"{head}P{surname[0].upper()}{rng.randrange(1, 10000):04d}{rng.choice(string.ascii_uppercase)}"

    def _day_in_year(self, year: int) -> date:
        start = date(year, 1, 1)
        return start + timedelta(days=self.rng.randrange((date(year + 1, 1, 1) - start).days))

    # -- stock --------------------------------------------------------------------------------

    def huid(self) -> str:
        """A HUID not handed out before: six of A-Z/0-9, letters and digits mixed as BIS issues them."""
        rng = self.rng
        while True:
            code = "".join(rng.choices(_ALNUM, k=6))
            if code.isalpha() or code.isdigit() or code in self.huids:
                continue
            self.huids.add(code)
            return code

    def piece(self, category: DemoCategory | None = None) -> DemoPiece:
        """A piece of ``category`` (else one drawn by the shop's stock mix)."""
        rng = self.rng
        cat = category or rng.choices(CATEGORIES, self._cat_weights)[0]
        purity = rng.choice(cat.purities)
        stones: list[DemoStone] = []
        if cat.fixed_grams:
            gross_mg = rng.choice(cat.fixed_grams) * 1000
        else:
            low, high = int(Decimal(cat.grams[0]) * 1000), int(Decimal(cat.grams[1]) * 1000)
            gross_mg = int(low + (high - low) * rng.random() ** 1.6)  # most stock is light
            if rng.random() < cat.stone_chance:
                stones = self._stones(cat, gross_mg)
        stone_mg = sum(s.weight_mg for s in stones)
        huids: tuple[str, ...] = ()
        # BIS exempts gold pieces under 2 g; bullion coins are hallmarked by some refiners only.
        if cat.hallmarked and gross_mg >= 2000:
            huids = tuple(self.huid() for _ in range(rng.choice(cat.huids_per_piece)))
        elif cat.code == "GCOIN" and rng.random() < 0.5:
            huids = (self.huid(),)
        style = rng.choice(cat.styles)
        design_no = f"{cat.design_prefix}-{rng.randint(1001, 1000 + 60 * cat.share):04d}"
        rate = TODAY_RATES[(cat.metal, purity)]
        # Purchase cost: metal at today's rate plus the karigar's labour, plus the stones.
        net_g = Decimal(gross_mg - stone_mg) / 1000
        labour = Decimal(rng.randint(2, 9)) / 100
        cost = net_g * rate * (1 + labour) + sum(Decimal(s.value_paise) / 100 for s in stones)
        cost_paise = int((cost * 100).to_integral_value())
        per_gram = str(int(cost / net_g)) if net_g else "0"
        label = KARAT.get(purity, "") if cat.metal == "gold" else f"Silver {purity}"
        description = f"{label} {style}".strip()
        if stones:
            description += " with " + " and ".join(s.kind.lower() for s in stones)
        return DemoPiece(
            category=cat,
            metal=cat.metal,
            purity=purity,
            gross_mg=gross_mg,
            stone_mg=stone_mg,
            stones=tuple(stones),
            huids=huids,
            design_no=design_no,
            description=description,
            cost_paise=cost_paise,
            cost_code="".join(COST_CIPHER[int(d)] for d in per_gram),
            tray=f"{cat.design_prefix}-{rng.randint(1, 12):02d}",
        )

    def _stones(self, cat: DemoCategory, gross_mg: int) -> list[DemoStone]:
        rng = self.rng
        kinds = rng.sample(cat.stone_kinds, k=min(len(cat.stone_kinds), rng.choice((1, 1, 1, 2))))
        # Stones take at most a quarter of the piece (a heavy kundan set), usually far less.
        budget_mg = max(10, gross_mg * rng.randint(3, 25) // 100)
        stones: list[DemoStone] = []
        for name in kinds:
            kind = STONES[name]
            count = rng.randint(1, kind.max_count)
            ct = Decimal(rng.randint(int(kind.min_ct * 100), int(kind.max_ct * 100))) / 100
            weight_mg = min(int(ct * 200), budget_mg // len(kinds))  # 1 ct = 200 mg
            if weight_mg < 10:
                continue
            per_ct = Decimal(rng.randint(*kind.rupees_per_ct))
            value = Decimal(weight_mg) / 200 * per_ct * 100
            stones.append(DemoStone(name, count, weight_mg, int(value.to_integral_value())))
        return stones

    # -- rates --------------------------------------------------------------------------------

    def rate_history(
        self, days: int = RATE_HISTORY_DAYS
    ) -> list[tuple[date, dict[tuple[str, int], Decimal]]]:
        """Rates for today and the ``days`` days before it, oldest first; today's are exactly
        TODAY_RATES. A random walk back from today moves gold (and platinum) and silver; each
        purity keeps its ratio to today's figure, rounded as shops set them (gold to Rs 5)."""
        rng = self.rng
        gold = silver = Decimal(1)
        out: list[tuple[date, dict[tuple[str, int], Decimal]]] = []
        for back in range(days + 1):
            if back:
                gold *= 1 + Decimal(rng.randint(-70, 60)) / 10000
                silver *= 1 + Decimal(rng.randint(-120, 100)) / 10000
            rates: dict[tuple[str, int], Decimal] = {}
            for (metal, purity), today_rate in TODAY_RATES.items():
                factor, step = (silver, Decimal(1)) if metal == "silver" else (gold, Decimal(5))
                value = (today_rate * factor / step).to_integral_value() * step
                rates[(metal, purity)] = value.quantize(Decimal("0.01"))
            out.append((self.today - timedelta(days=back), rates))
        out.reverse()
        return out


def iter_customers(data: DemoData, count: int) -> Iterator[DemoCustomer]:
    for _ in range(count):
        yield data.customer()


def iter_pieces(data: DemoData, count: int) -> Iterator[DemoPiece]:
    for _ in range(count):
        yield data.piece()


# --------------------------------------------------------------------------------------------
# Building the shop
# --------------------------------------------------------------------------------------------


class DemoExists(AlreadyInitialised):
    """The data folder already holds a shop; the demo never overwrites one without --force."""

    code = "demo_exists"


class DemoClock:
    """A clock the builder moves through the shop's past month; never ahead of the real time."""

    def __init__(self, at: datetime) -> None:
        self._at = at

    def set(self, at: datetime) -> None:
        self._at = min(at, datetime.now(UTC))

    def now(self) -> datetime:
        return self._at


def existing_shop(db_path: Path) -> str | None:
    """The name of the shop in ``db_path``; None if there is no database or no shop in it yet.
    A file that is not a readable database counts as data ("unreadable database")."""
    if not db_path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            has_table = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='shop'"
            ).fetchone()
            if not has_table:
                return None
            row = conn.execute("SELECT name FROM shop LIMIT 1").fetchone()
            return None if row is None else str(row[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return "an unreadable database"


def move_database_aside(settings: Settings) -> Path:
    """Rename the database (and its -wal/-shm files) into the backups folder; returns its new path.

    Renaming keeps even a damaged file intact and is instant for a large one.
    """
    db_path = settings.db_path
    settings.backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    dest = settings.backups_dir / f"before-demo-{stamp}.sqlite3"
    n = 1
    while dest.exists():
        dest = settings.backups_dir / f"before-demo-{stamp}-{n}.sqlite3"
        n += 1
    try:
        for suffix in ("-wal", "-shm", ""):
            src = Path(f"{db_path}{suffix}")
            if src.exists():
                os.replace(src, Path(f"{dest}{suffix}"))
    except OSError as exc:
        raise EnvironmentProblem(
            f"Could not move the old database aside ({exc.strerror}). "
            "Close the counter if it is open and try again."
        ) from exc
    return dest


def build_demo_shop(
    settings: Settings,
    *,
    pieces: int = 300,
    customers: int = 200,
    progress: Progress | None = None,
    force: bool = False,
) -> str:
    """Build the demo shop in ``settings.data_dir`` and return a one-line summary.

    DemoExists if the folder already holds a shop, unless ``force``: then the old database is
    first moved into the backups folder. ValidationError for negative counts.
    """
    if pieces < 0 or customers < 0:
        raise ValidationError("pieces" if pieces < 0 else "customers", "cannot be negative")
    started = time.perf_counter()
    db_path = settings.db_path
    found = existing_shop(db_path)
    moved: Path | None = None
    if found is not None:
        if not force:
            raise DemoExists(
                f"{db_path} already holds {found}; nothing was changed. Use --force to replace "
                "it (the old database is moved to the backups folder first).",
                path=str(db_path),
            )
        moved = move_database_aside(settings)

    from jewelpos.db.engine import make_engine
    from jewelpos.db.migrate import upgrade_database
    from jewelpos.services import build_services

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    upgrade_database(db_path, settings.backups_dir, keep=settings.backups_to_keep)
    zone = ZoneInfo(settings.timezone)
    today = datetime.now(zone).date()
    data = DemoData(today=today)
    history = data.rate_history()
    first_day = history[0][0]
    clock = DemoClock(_at(first_day, 9, 30, zone))
    engine = make_engine(db_path)
    try:
        services = build_services(engine, clock, photos_dir=settings.photos_dir)
        if services.setup.is_initialised():
            # A counter row without a shop row is a damaged setup: leave it for a person.
            raise DemoExists(f"{db_path} is already set up; nothing was changed.")
        users = _setup_shop(services, clock, first_day, zone)
        manager, owner = users["manager"], users["owner"]
        categories = _add_categories(services, owner)
        _set_rates(services, clock, history, zone, manager=manager, owner=owner, rng=data.rng)
        bulk = pieces > SERVICE_LIMIT or customers > SERVICE_LIMIT
        clock.set(datetime.now(UTC))
        if bulk:
            _bulk_pieces(services, data, categories, pieces, by=manager, progress=progress)
            _bulk_customers(services, data, customers, progress=progress)
        else:
            timeline = _Timeline(clock, history, zone)
            _service_pieces(
                services, data, categories, pieces, timeline, by=manager, progress=progress
            )
            _service_customers(
                services, data, customers, timeline, by=users["sales"], progress=progress
            )
        from jewelpos.services.demo_schemes import add_demo_schemes

        add_demo_schemes(
            services, clock, today=today, zone=zone, manager=manager, cashier=users["sales"]
        )
        from jewelpos.services.demo_year import add_year_of_bills, spread_receipts

        spread_receipts(services.uow, today=today)
        year = add_year_of_bills(services.uow, last_day=today - timedelta(days=1), lines=YEAR_LINES)

        from jewelpos.services.demo_orders import build_demo_orders

        build_demo_orders(
            services, set_clock=clock.set, zone=zone, today=today,
            categories=categories, users=users, rng=data.rng,
        )  # fmt: skip
        clock.set(datetime.now(UTC))
    finally:
        engine.dispose()
    seconds = time.perf_counter() - started
    pins = ", ".join(f"{u.username} {u.pin}" for u in DEMO_USERS)
    summary = (
        f"Demo shop {SHOP_NAME!r} ready in {settings.data_dir}: {pieces} pieces, "
        f"{customers} customers, {len(history)} days of rates, a year of {year.bills} bills; "
        f"log in as {pins} "
        f"({seconds:.1f} s)"
    )
    if moved is not None:
        summary += f"; the previous database was moved to {moved}"
    return summary


def _at(day: date, hour: int, minute: int, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, dtime(hour, minute), tzinfo=zone).astimezone(UTC)


def _setup_shop(
    services: Services, clock: DemoClock, day: date, zone: ZoneInfo
) -> dict[str, UserInfo]:
    from jewelpos.services.setup import ShopSetup

    owner_user = DEMO_USERS[0]
    services.setup.initialise(
        ShopSetup(
            shop_name=SHOP_NAME,
            legal_name=SHOP_LEGAL_NAME,
            gstin=SHOP_GSTIN,
            state_code=SHOP_GSTIN[:2],
            address=SHOP_ADDRESS,
            city=SHOP_CITY,
            pin_code=SHOP_PIN,
            phone=SHOP_PHONE,
            branch_code=BRANCH_CODE,
            branch_name=BRANCH_NAME,
            counter_code=COUNTER_CODE,
            owner_username=owner_user.username,
            owner_name=owner_user.display_name,
            owner_pin=owner_user.pin,
            email=SHOP_EMAIL,
        )
    )
    owner = services.auth.login(owner_user.username, owner_user.pin)
    users = {owner.username: owner}
    clock.set(_at(day, 9, 45, zone))
    for u in DEMO_USERS[1:]:
        users[u.username] = services.auth.add_user(
            username=u.username, display_name=u.display_name, role=u.role, pin=u.pin, by=owner
        )
    return users


def _add_categories(services: Services, owner: UserInfo) -> dict[str, str]:
    """Category code -> id, adding the demo's categories that setup does not make."""
    existing = {c.code: c.id for c in services.stock.categories(include_inactive=True)}
    for cat in CATEGORIES:
        if cat.code in existing:
            continue
        info = services.stock.add_category(
            code=cat.code,
            name=cat.name,
            name_hi=cat.name_hi,
            metal=cat.metal,
            default_purity=cat.purities[0],
            wastage_percent=cat.wastage_percent,
            wastage_on=cat.wastage_on,
            making_kind=cat.making_kind,
            making_value=cat.making_value,
            by=owner,
        )
        existing[cat.code] = info.id
    return existing


def _set_rates(
    services: Services,
    clock: DemoClock,
    history: list[tuple[date, dict[tuple[str, int], Decimal]]],
    zone: ZoneInfo,
    *,
    manager: UserInfo,
    owner: UserInfo,
    rng: random.Random,
) -> None:
    """Each day's rates at opening time (the owner on Sundays); now and then a revision in the
    afternoon when the market moved, as shops do. Today's rates are set once, exactly."""
    today = history[-1][0]
    for day, rates in history:
        clock.set(_at(day, 10, rng.randint(0, 25), zone))
        by = owner if day.weekday() == 6 else manager
        if day != today and rng.random() < 0.15:
            opening = {k: v - (10 if k[0] != "silver" else 1) for k, v in rates.items()}
            services.rates.set_rates(day, opening, by=by)
            clock.set(_at(day, 15, rng.randint(0, 59), zone))
        services.rates.set_rates(day, rates, by=by)


def _new_piece(p: DemoPiece, category_id: str) -> Any:
    from jewelpos.services.stock import NewPiece, NewStone

    return NewPiece(
        category_id=category_id,
        metal=p.metal,
        purity=p.purity,
        gross_mg=p.gross_mg,
        stone_mg=p.stone_mg,
        stones=tuple(NewStone(s.kind, s.count, s.weight_mg, s.value_paise) for s in p.stones),
        huids=p.huids,
        design_no=p.design_no,
        description=p.description,
        cost_paise=p.cost_paise,
        cost_code=p.cost_code,
        location="Showroom",
        tray=p.tray,
    )


@dataclass(frozen=True)
class _Timeline:
    """The builder's clock and the month it walks through."""

    clock: DemoClock
    history: list[tuple[date, dict[tuple[str, int], Decimal]]]
    zone: ZoneInfo

    def spread(self, count: int, *, first_hour: int) -> Iterator[int]:
        """Set the clock to ``count`` shop-hour instants spread over the month, yielding 0..count-1."""
        days = [d for d, _ in self.history]
        for i in range(count):
            day = days[min(len(days) - 1, i * len(days) // max(count, 1))]
            minute = (i * 7) % 300
            self.clock.set(_at(day, first_hour + minute // 60, minute % 60, self.zone))
            yield i


def _service_pieces(
    services: Services,
    data: DemoData,
    categories: dict[str, str],
    count: int,
    timeline: _Timeline,
    *,
    by: UserInfo,
    progress: Progress | None,
) -> None:
    # Every category gets a piece first (when there are enough), then the shop's mix follows.
    cats = list(CATEGORIES)
    for i in timeline.spread(count, first_hour=11):
        p = data.piece(cats[i] if i < len(cats) and count >= 3 * len(cats) else None)
        services.stock.add_piece(_new_piece(p, categories[p.category.code]), by=by)
        if progress and ((i + 1) % 50 == 0 or i + 1 == count):
            progress(i + 1, count, "pieces")


def _customer_input(c: DemoCustomer) -> Any:
    from jewelpos.services.customers import CustomerInput

    return CustomerInput(**{f: getattr(c, f) for f in CUSTOMER_FIELDS})


def _service_customers(
    services: Services,
    data: DemoData,
    count: int,
    timeline: _Timeline,
    *,
    by: UserInfo,
    progress: Progress | None,
) -> None:
    for i in timeline.spread(count, first_hour=12):
        services.customers.save(_customer_input(data.customer()), by=by)
        if progress and ((i + 1) % 50 == 0 or i + 1 == count):
            progress(i + 1, count, "customers")


def _bulk_pieces(
    services: Services,
    data: DemoData,
    categories: dict[str, str],
    count: int,
    *,
    by: UserInfo,
    progress: Progress | None,
) -> None:
    """Pieces with their stones, HUIDs and "received" events, ``BATCH`` per transaction; tag
    codes continue this counter's tag series, which is moved past them at the end."""
    from sqlalchemy import update

    from jewelpos.db.models import NumberSeries, PieceEvent, PieceHuid, PieceStone, StockPiece
    from jewelpos.db.numbering import NO_PERIOD, next_in_series
    from jewelpos.db.outbox import bulk_insert
    from jewelpos.domain.ids import new_id
    from jewelpos.services.stock import TAG_DIGITS

    if count == 0:
        return
    shop = services.setup.shop_info()
    prefix = f"{shop.branch_code}{shop.counter_code}"  # tag codes keep their own format
    with services.uow.begin() as s:
        first = next_in_series(
            s, device_id=shop.device_id, doc_type="tag", period=NO_PERIOD, prefix=prefix
        )
        # Take the whole range now: the series stays gapless and later tags follow on.
        s.execute(
            update(NumberSeries)
            .where(
                NumberSeries.device_id == shop.device_id,
                NumberSeries.doc_type == "tag",
                NumberSeries.period == NO_PERIOD,
            )
            .values(next_value=first + count)
        )
    now = datetime.now(UTC)
    span = timedelta(days=730)  # two years of receipts, oldest tags first
    done = 0
    while done < count:
        n = min(BATCH, count - done)
        piece_rows: list[dict[str, Any]] = []
        stone_rows: list[dict[str, Any]] = []
        huid_rows: list[dict[str, Any]] = []
        event_rows: list[dict[str, Any]] = []
        for i in range(done, done + n):
            p = data.piece()
            pid = new_id()
            received = now - span + span * i / count
            piece_rows.append(
                {
                    "id": pid,
                    "tag_code": f"{prefix}{first + i:0{TAG_DIGITS}d}",
                    "category_id": categories[p.category.code],
                    "design_no": p.design_no,
                    "description": p.description,
                    "metal": p.metal,
                    "purity": p.purity,
                    "gross_mg": p.gross_mg,
                    "stone_mg": p.stone_mg,
                    "net_mg": p.net_mg,
                    "stone_count": sum(st.count for st in p.stones),
                    "stone_value_paise": sum(st.value_paise for st in p.stones),
                    "making_kind": None,
                    "making_value": None,
                    "wastage_bp": None,
                    "wastage_on": None,
                    "cost_paise": p.cost_paise,
                    "cost_code": p.cost_code,
                    "photo_path": None,
                    "status": "in_stock",
                    "location": "Showroom",
                    "tray": p.tray,
                    "received_at": received,
                    "created_at": received,
                    "updated_at": received,
                }
            )
            for st in p.stones:
                stone_rows.append(
                    {
                        "piece_id": pid,
                        "kind": st.kind,
                        "count": st.count,
                        "weight_mg": st.weight_mg,
                        "value_paise": st.value_paise,
                        "created_at": received,
                        "updated_at": received,
                    }
                )
            for h in p.huids:
                huid_rows.append(
                    {"piece_id": pid, "huid": h, "created_at": received, "updated_at": received}
                )
            event_rows.append(
                {
                    "piece_id": pid,
                    "kind": "received",
                    "at": received,
                    "by_user_id": by.id,
                    "note": "",
                    "ref": None,
                    "created_at": received,
                    "updated_at": received,
                }
            )
        with services.uow.begin() as s:
            bulk_insert(s, StockPiece, piece_rows, capture=False)
            bulk_insert(s, PieceStone, stone_rows, capture=False)
            bulk_insert(s, PieceHuid, huid_rows, capture=False)
            bulk_insert(s, PieceEvent, event_rows, capture=False)
        done += n
        if progress:
            progress(done, count, "pieces")


def _bulk_customers(
    services: Services, data: DemoData, count: int, *, progress: Progress | None
) -> None:
    """Customers ``BATCH`` per transaction, joined over the last five years."""
    from jewelpos.db.models import Customer
    from jewelpos.db.outbox import bulk_insert
    from jewelpos.services.customers import name_key

    now = datetime.now(UTC)
    span = timedelta(days=5 * 365)
    done = 0
    while done < count:
        n = min(BATCH, count - done)
        rows: list[dict[str, Any]] = []
        for i in range(done, done + n):
            c = data.customer()
            joined = now - span + span * i / count
            row = {f: getattr(c, f) for f in CUSTOMER_FIELDS}
            row.update(name_key=name_key(c.name), gstin="", created_at=joined, updated_at=joined)
            rows.append(row)
        with services.uow.begin() as s:
            bulk_insert(s, Customer, rows, capture=False)
        done += n
        if progress:
            progress(done, count, "customers")
