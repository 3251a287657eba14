#!/usr/bin/env python3
"""Compares the generated Zoho `User` type with Zoho's own OpenAPI schema for users.

Usage: python3 scripts/compare_zoho_user.py   (from the repository root, ../shared beside it)

Prints, for every key of our `User` struct: whether Zoho's schema has it, and whether the
types agree (kind, date formats, nullability). Used for the issue-5 note; not a test.
"""
import json
import re
import sys

TYPES = "generated/zoho-crm/src/types.rs"
OAS = "../shared/corpus/zoho/crm-oas__v8.0__users.openapi.json"


def our_fields():
    text = open(TYPES).read()
    body = re.search(r"\npub struct User \{\n(.*?)\n\}\n", text, re.S).group(1)
    fields, rename = [], None
    for line in body.split("\n"):
        line = line.strip()
        m = re.match(r'#\[serde\(rename = "([^"]+)"', line)
        if m:
            rename = m.group(1)
            continue
        m = re.match(r"pub (r#)?(\w+): (.*)", line)
        if m:
            ident, ty = m.group(2), m.group(3)
            fields.append((rename or ident, ty))
            rename = None
        elif fields and not line.startswith(("///", "#")) and line:
            fields[-1] = (fields[-1][0], fields[-1][1] + line)
    return [(w, re.sub(r"\s+", "", t).rstrip(",")) for w, t in fields if w not in ("extra",)]


def kind(ty):
    inner = ty
    optional = False
    if inner.startswith("::std::option::Option<"):
        optional, inner = True, inner[len("::std::option::Option<"):-1]
    if "DateTime" in inner:
        return "date-time", optional
    if inner.endswith("::Date"):
        return "date", optional
    if inner.endswith("String"):
        return "string", optional
    if inner == "bool":
        return "boolean", optional
    if inner in ("i64", "u64"):
        return "integer", optional
    if inner == "f64":
        return "number", optional
    if inner.startswith("::std::vec::Vec"):
        return "array", optional
    if "BTreeMap" in inner or re.match(r"^[A-Z]\w*$", inner):
        # Our named types: open enums are strings, the rest objects.
        return ("string" if inner in ENUMS else "object"), optional
    return inner, optional


def oas_kind(prop):
    if "$ref" in prop:
        return "object", prop.get("nullable", False)
    ty, fmt = prop.get("type"), prop.get("format")
    if ty == "string" and fmt in ("date-time", "date"):
        return fmt, prop.get("nullable", False)
    return ty, prop.get("nullable", False)


text = open(TYPES).read()
ENUMS = set(re.findall(r"\npub enum (\w+)", text))
oas = json.load(open(OAS))["components"]["schemas"]["users"]["properties"]
ours = our_fields()
same, disagree, missing = [], [], []
for wire, ty in ours:
    if wire not in oas:
        missing.append(wire)
        continue
    k, optional = kind(ty)
    ok_, nullable = oas_kind(oas[wire])
    kinds_agree = k == ok_ or (ok_ == "string" and k in ("date-time", "date")) or (ok_ in ("date", "date-time") and k == "string")
    if not kinds_agree:
        disagree.append(f"{wire}: ours {k}{'?' if optional else ''}, Zoho {ok_}{'?' if nullable else ''}")
    elif nullable and not optional:
        disagree.append(f"{wire}: ours required {k}, Zoho nullable {ok_}")
    else:
        note = "" if k == ok_ else f" (ours {k}, Zoho {ok_})"
        same.append(wire + note)
print(f"our User keys: {len(ours)}; in Zoho's schema: {len(ours) - len(missing)}; compatible: {len(same)}")
print("compatible with a difference in precision:", [s for s in same if "(" in s])
print("disagreements:")
for d in disagree:
    print("  ", d)
print("ours, not in Zoho's schema:", missing)
print("Zoho's, not ours:", sorted(set(oas) - {w for w, _ in ours}))
sys.exit(0)
