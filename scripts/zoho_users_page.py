#!/usr/bin/env python3
"""Writes a synthetic Zoho CRM "Get Users" page of 5,000 users (~8 MB) for the inference bench.

Each user copies the key set and nesting of the sample response in the Zoho "Users APIs" doc
page (seed 002), plus the newer `__s`/`category` keys of later API versions. Values vary the
way real pages do (nullable keys, optional blocks, 0-3 territories) so the inferer does real
merging work rather than seeing one shape 5,000 times. Seeded, so every run writes the same
bytes: timings stay comparable between machines and commits.

Usage: python3 scripts/zoho_users_page.py [OUT]   (default target/bench/zoho-users-5000.json)
"""

import json
import os
import random
import sys

USERS = 5000
# Hex digits of each token in the `signature` booking link (the seed's are 64): the knob that
# puts the page at ~8 MB.
TOKEN_HEX = 64
# Share of users without a signature (the seed: two of three).
SIGNATURE_NULL = 0.8

rng = random.Random(42)

FIRST = ["Patricia", "Jack", "Jane", "Ravi", "Mei", "Carlos", "Aisha", "Lukas", "Sofia", "Kenji",
         "Olivia", "Mateo", "Priya", "Noah", "Fatima", "Elena", "Omar", "Hannah", "Diego", "Yuki"]
LAST = ["Boyle", "Smith", "J", "Kumar", "Chen", "Garcia", "Khan", "Muller", "Rossi", "Tanaka",
        "Brown", "Lopez", "Iyer", "Wilson", "Haddad", "Petrova", "Nasser", "Schmidt", "Silva", "Sato"]
ROLES = ["CEO", "Manager", "Sales department Head", "Sales rep", "Support Engineer"]
PROFILES = ["Administrator", "Standard", "Sales Manager", "Read Only"]
STATUSES = ["active", "active", "active", "disabled", "deleted"]
# (time zone, offset in ms, RFC 3339 offset): `offset` must agree with the zone.
ZONES = [("Asia/Calcutta", 19800000, "+05:30"), ("Asia/Kolkata", 19800000, "+05:30"),
         ("America/Los_Angeles", -28800000, "-08:00"), ("Europe/Berlin", 3600000, "+01:00"),
         ("UTC", 0, "+00:00"), ("Asia/Tokyo", 32400000, "+09:00")]
LOCALES = [("US", "en_US"), ("IN", "en_IN"), ("DE", "de_DE"), ("JP", "ja_JP"), ("GB", "en_GB")]
CITIES = [("Chennai", "Tamil Nadu"), ("Austin", "Texas"), ("Berlin", "Berlin"), ("Osaka", "Osaka")]
TERRITORIES = ["Zylker", "Sample Territory", "North America", "EMEA", "APAC", "Enterprise"]


def zid():
    # Zoho record ids are long digit strings sharing an org prefix.
    return "415086800000" + "".join(rng.choice("0123456789") for _ in range(6))


def maybe(value, p_null):
    return None if rng.random() < p_null else value


def stamp(tz):
    return "%04d-%02d-%02dT%02d:%02d:%02d%s" % (
        rng.randint(2017, 2024), rng.randint(1, 12), rng.randint(1, 28),
        rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), tz)


def signature(full_name):
    rid, gid = ("".join(rng.choice("0123456789abcdef") for _ in range(TOKEN_HEX)) for _ in range(2))
    return ('<div><a id="link" href="https://crm.zoho.com/bookings/ProjectDemo?rid=%sgid%s" '
            'target="_blank">%s</a></div>' % (rid, gid, full_name))


def ref(name):
    return {"name": name, "id": zid()}


def user(admin):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    full = "%s %s" % (first, last)
    zone, offset, tz = rng.choice(ZONES)
    country, locale = rng.choice(LOCALES)
    city, state = rng.choice(CITIES)
    u = {
        "country": maybe(country, 0.5),
        "customize_info": {
            "notes_desc": maybe(rng.random() < 0.5, 0.7),
            "show_right_panel": maybe(rng.random() < 0.5, 0.7),
            "bc_view": maybe("Kanban", 0.8),
            "show_home": rng.random() < 0.3,
            "show_detail_view": rng.random() < 0.8,
            "unpin_recent_item": maybe(rng.random() < 0.5, 0.8),
        },
        "role": {"name": rng.choice(ROLES), "id": zid()},
        "signature": maybe(signature(full), SIGNATURE_NULL),
        "city": maybe(city, 0.6),
        "name_format": "Salutation,First Name,Last Name",
        "language": locale,
        "locale": locale,
        "microsoft": rng.random() < 0.1,
        "personal_account": rng.random() < 0.05,
        "default_tab_group": str(rng.randint(0, 3)),
        "Isonline": rng.random() < 0.3,
        "Modified_By": admin,
        "street": maybe("%d %s Street, Block %s" % (rng.randint(1, 999), rng.choice(LAST), rng.choice("ABCD")), 0.5),
        "Currency": rng.choice(["DZD", "USD", "EUR", "INR", "JPY"]),
        "alias": maybe(first.lower(), 0.8),
        "theme": {
            "normal_tab": {"font_color": "#FFFFFF", "background": rng.choice(["#222222", "#1C4E80"])},
            "selected_tab": {"font_color": "#FFFFFF", "background": rng.choice(["#222222", "#0091D5"])},
            "new_background": maybe("#EAEAEA", 0.8),
            "background": rng.choice(["#F3F0EB", "#FFFFFF"]),
            "screen": rng.choice(["fixed", "fluid"]),
            "type": rng.choice(["default", "custom"]),
        },
        "id": zid(),
        "state": maybe(state, 0.6),
        "fax": maybe("+1 555 %07d" % rng.randint(0, 9999999), 0.9),
        "country_locale": country,
        "first_name": first,
        "email": "%s.%s%d@zylker.com" % (first.lower(), last[0].lower(), rng.randint(1, 99999)),
        "Reporting_To": maybe(ref(rng.choice(FIRST) + " " + rng.choice(LAST)), 0.6),
        "decimal_separator": rng.choice(["en_IN", "en_US", "de_DE"]),
        "zip": maybe("%05d" % rng.randint(0, 99999), 0.6),
        "created_time": stamp(tz),
        "website": maybe("www.zylker.com", 0.7),
        "Modified_Time": stamp(tz),
        "time_format": rng.choice(["hh:mm a", "HH:mm"]),
        "offset": offset,
        "profile": {"name": rng.choice(PROFILES), "id": zid()},
        "mobile": maybe("+91 9%09d" % rng.randint(0, 999999999), 0.6),
        "last_name": last,
        "time_zone": zone,
        "created_by": admin,
        "zuid": maybe(str(rng.randint(600000000, 799999999)), 0.3),
        "confirm": rng.random() < 0.8,
        "full_name": full,
        "territories": [{"manager": rng.random() < 0.3, "name": rng.choice(TERRITORIES), "id": zid()}
                        for _ in range(rng.randint(0, 3))],
        "phone": maybe("+1 555 %07d" % rng.randint(0, 9999999), 0.6),
        "dob": maybe("%04d-%02d-%02d" % (rng.randint(1960, 2000), rng.randint(1, 12), rng.randint(1, 28)), 0.7),
        "date_format": rng.choice(["MM/dd/yyyy", "dd/MM/yyyy", "yyyy-MM-dd"]),
        "status": rng.choice(STATUSES),
        # Keys of later API versions (v2.1+), named in the issue.
        "sort_order_preference__s": rng.choice(["First Name,Last Name", "Last Name,First Name"]),
        "name_format__s": "Salutation,First Name,Last Name",
        "category": rng.choice(["regular_user", "regular_user", "portal_user"]),
    }
    # In the seed only the first user carries these blocks; here ~10% of users lack each.
    for key in ("customize_info", "theme", "name_format", "personal_account", "default_tab_group",
                "decimal_separator", "sort_order_preference__s", "name_format__s", "category"):
        if rng.random() < 0.1:
            del u[key]
    return u


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join("target", "bench", "zoho-users-5000.json")
    admin = {"name": "Patricia Boyle", "id": "415086800000225013"}
    page = {
        "users": [user(admin) for _ in range(USERS)],
        "info": {"per_page": USERS, "count": USERS, "page": 1, "more_records": False},
    }
    text = json.dumps(page, separators=(",", ":"))
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    print("%s: %d bytes (%.2f MB)" % (out, len(text), len(text) / 1e6))


if __name__ == "__main__":
    main()
