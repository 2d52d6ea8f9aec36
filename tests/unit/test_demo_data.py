"""The demo's data files (app/resources/demo/*.toml) obey the domain's own rules."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.domain.contacts import is_email
from app.domain.identifiers import is_valid_bin, is_valid_iin
from app.domain.requests import RequestType
from app.letters.wording import CONSENT_CHANNELS
from app.services import demo_data, operators
from app.services.requests import LANGUAGES, Channel

KAZAKH_LETTERS = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
SEED_CODES = ["itms", "idcollect", "senimkey", "smartustaz", "ipsm"]
OPERATOR_FIELDS = {f.name for f in dataclasses.fields(operators.OperatorInput)}
# Keys the demo reads besides the operator's own fields.
DEMO_KEYS = {"consent_documents", "consent_channels"}
REQUIRED_OPERATOR_KEYS = {
    "code",
    "name_kk",
    "name_ru",
    "short_name",
    "reg_number",
    "reg_kind",
    "country",
    "address",
    "email",
    "phone",
    "website",
    "signatory_name",
    "request_prefix",
    "data_categories",
    "purposes",
    "recipients",
    "systems",
    "retention_kk",
    "retention_ru",
    "withdrawal_rule_kk",
    "withdrawal_rule_ru",
    "cross_border",
    "consent_documents",
    "consent_channels",
}
DOCUMENT_KEYS = {"title_kk", "title_ru", "edition", "effective_date", "text_excerpt_kk"}


@pytest.fixture(scope="module")
def data() -> demo_data.Material:
    return demo_data.load()


def test_every_data_file_is_read(data):
    for name in demo_data.FILES:
        assert demo_data.read(name), name


def test_the_five_seed_operators_in_order(data):
    assert [op["code"] for op in data.operators] == SEED_CODES
    prefixes = [op["request_prefix"] for op in data.operators]
    assert len(set(prefixes)) == len(prefixes)


@pytest.mark.parametrize("code", SEED_CODES)
def test_operator_passes_the_operator_rules(data, code):
    op = data.operator(code)
    assert set(op) >= REQUIRED_OPERATOR_KEYS, REQUIRED_OPERATOR_KEYS - set(op)
    assert set(op) <= OPERATOR_FIELDS | DEMO_KEYS, set(op) - OPERATOR_FIELDS - DEMO_KEYS
    # The same validation the profile screen and `derbes operator` apply.
    checked = operators.validate(
        operators.OperatorInput(**{k: v for k, v in op.items() if k in OPERATOR_FIELDS})
    )
    assert checked.code == code
    if op["country"] == "KZ":
        assert op["reg_kind"] == "BIN"
        assert is_valid_bin(op["reg_number"])
    else:
        assert op["reg_kind"] != "BIN"
    assert is_email(op["email"])
    assert op["website"].startswith("https://")
    assert "\n" in op["address"]  # the letterhead prints it on two lines
    assert isinstance(op["cross_border"], bool)
    assert len(op["request_prefix"]) == 2
    assert all("А" <= ch <= "Я" for ch in op["request_prefix"])
    for key in ("data_categories", "purposes", "recipients"):
        assert op[key], key
        for item in op[key]:
            assert set(item) == {"kk", "ru"} and all(item.values()), (key, item)
    for key in REQUIRED_OPERATOR_KEYS - {"cross_border"}:
        assert op[key], key
    assert any(ch in KAZAKH_LETTERS for ch in op["withdrawal_rule_kk"])
    assert len(op["systems"]) >= 5
    assert set(op["consent_channels"]) <= set(CONSENT_CHANNELS)


@pytest.mark.parametrize("code", SEED_CODES)
def test_consent_documents(data, code):
    docs = data.operator(code)["consent_documents"]
    assert docs
    for doc in docs:
        assert {"title_kk", "title_ru", "edition", "text_excerpt_kk"} <= set(doc) <= DOCUMENT_KEYS
        assert doc["title_kk"] and doc["title_ru"]
        assert isinstance(doc.get("effective_date", dt.date.min), dt.date)
        assert 1300 <= len(doc["text_excerpt_kk"]) <= 1800
        assert any(ch in KAZAKH_LETTERS for ch in doc["text_excerpt_kk"])


def test_client_organisations_have_valid_distinct_bins(data):
    bins = [org["bin"] for org in data.clients]
    assert len(bins) == 10 and len(set(bins)) == len(bins)
    for org in data.clients:
        assert set(org) == {"name", "bin"}
        assert is_valid_bin(org["bin"]), org
        assert org["name"].startswith("ТОО «")
    assert not is_valid_bin(bins[0][:-1] + str((int(bins[0][-1]) + 1) % 10))


def test_names(data):
    assert set(data.names) == {
        "kazakh_surnames_male",
        "kazakh_patronymic_male_roots",
        "kazakh_given_male",
        "kazakh_given_female",
        "russian_surnames_male",
        "russian_given_male",
        "russian_given_female",
        "russian_patronymics_male",
        "russian_patronymics_female",
    }
    for key, names in data.names.items():
        assert len(names) >= 40, key
        assert len(set(names)) == len(names), key
        assert all(n and n == n.strip() and n[0].isupper() for n in names), key
        if key.startswith("kazakh_") and key != "kazakh_patronymic_male_roots":
            with_kk = sum(any(ch in KAZAKH_LETTERS for ch in n) for n in names)
            assert with_kk * 2 >= len(names), key
    # parallel lists: the same father at the same index
    assert len(data.names["russian_patronymics_male"]) == len(
        data.names["russian_patronymics_female"]
    )


@pytest.mark.parametrize(
    ("male", "female"),
    [
        ("Әлиев", "Әлиева"),
        ("Ғабдуллин", "Ғабдуллина"),
        ("Соловьёв", "Соловьёва"),
        ("Ковальский", "Ковальская"),
        ("Бақытұлы", "Бақытқызы"),
        ("Сейітқали", "Сейітқали"),
        ("Ким", "Ким"),
    ],
)
def test_female_surname(male, female):
    assert demo_data.female_surname(male) == female


def test_places(data):
    assert len(data.cities) == 12
    for city in data.cities:
        assert set(city) == {"kk", "ru", "postcode"} and all(city.values())
        assert len(city["postcode"]) == 6 and city["postcode"].isdigit()
    assert len(data.streets) == 30 and len(set(data.streets)) == 30


def test_summaries_cover_every_request_type_in_both_languages(data):
    assert set(data.summaries) == {t.value for t in RequestType}
    for kind, items in data.summaries.items():
        assert len(items) >= 4, kind
        for item in items:
            assert set(item) == {"kk", "ru"} and all(item.values()), (kind, item)
            assert set(item) <= set(LANGUAGES)
            assert any(ch in KAZAKH_LETTERS for ch in item["kk"]), item


def test_history(data):
    history = data.history
    assert list(history["type_weights"]) == [t.value for t in RequestType]
    assert all(isinstance(w, int) and w > 0 for w in history["type_weights"].values())
    assert set(history["channels"]) == {c.value for c in Channel}
    assert all(isinstance(a, str) for a in history["assignees"])
    address = history["address"].format(
        postcode="010000", city="Астана", street="ул. Абая", house=1, flat=2
    )
    assert address.startswith("010000, ")
    assert is_email(f"a1@{history['email_domain']}")
    assert all(isinstance(v, str) and v for v in history["notes"].values())


def test_a_built_demo_holds_valid_identifiers_and_emails(sqlite_ctx):
    from sqlmodel import select

    from app.services import demo
    from app.storage.models import Subject

    demo.build(sqlite_ctx, subjects=30, requests=12, seed=3)
    with sqlite_ctx.read() as session:
        people = session.exec(select(Subject)).all()
    assert len(people) == 30
    assert any(p.iin for p in people)
    for p in people:
        assert not p.iin or is_valid_iin(p.iin), p.iin
        assert not p.client_bin or is_valid_bin(p.client_bin), p.client_bin
        assert is_email(p.email), p.email
