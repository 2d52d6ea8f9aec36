"""The demo's data files (app/resources/demo/*.toml) obey the domain's own rules."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from app.domain import operator_input
from app.domain.contacts import is_email
from app.domain.data_map import DataMap, map_problems
from app.domain.identifiers import is_valid_bin, is_valid_iin
from app.domain.requests import RequestType
from app.letters.wording import CONSENT_CHANNELS, text_language
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
    "address_kk",
    "address_ru",
    "email",
    "phone",
    "website",
    "signatory_name",
    "request_prefix",
    "data_categories",
    "purposes",
    "methods",
    "sources",
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
    for half in ("address_kk", "address_ru"):  # the letterhead prints it on two lines
        assert "\n" in op[half]
    assert isinstance(op["cross_border"], bool)
    assert len(op["request_prefix"]) == 2
    assert all("А" <= ch <= "Я" for ch in op["request_prefix"])
    extra = {"data_categories": {"retention"}, "recipients": {"country"}}
    for key in ("data_categories", "purposes", "methods", "sources", "recipients", "systems"):
        assert op[key], key
        for item in op[key]:
            assert isinstance(item, dict), (key, item)  # a pair, never a bare string
            assert {"kk", "ru"} <= set(item) <= {"kk", "ru"} | extra.get(key, set()), (key, item)
            assert item["kk"].strip() and item["ru"].strip(), (key, item)
    for key in REQUIRED_OPERATOR_KEYS - {"cross_border"}:
        assert op[key], key
    assert any(ch in KAZAKH_LETTERS for ch in op["withdrawal_rule_kk"])
    assert len(op["systems"]) >= 5
    assert set(op["consent_channels"]) <= set(CONSENT_CHANNELS)


@pytest.mark.parametrize("code", SEED_CODES)
def test_data_map_is_whole_in_both_languages(data, code):
    data_map = data.data_map(code)
    assert map_problems(data_map) == ()
    for part in (data_map.purposes, data_map.methods, data_map.sources, data_map.systems):
        for pair in part:
            assert pair.kk != pair.ru, pair  # translated, not copied
            assert not any(ch in KAZAKH_LETTERS for ch in pair.ru), pair.ru  # no Kazakh in Russian
    # the flag the letters print agrees with the recipients abroad
    assert data_map.cross_border is data.operator(code)["cross_border"]
    # every rule names its basis and a period, and a category kept is never all of them by mistake
    kept = [c for c in data_map.categories if c.retention is not None]
    assert kept, "every demo operator keeps something under a named basis"
    for category in kept:
        assert category.retention.has_period and category.retention.start.kk
        assert category.retention.start.ru
    # what is processed but not needed once consent is withdrawn has no rule: it is destroyed
    assert len(kept) < len(data_map.categories)


def test_id_collect_keeps_its_data_three_years_after_use_stops(data):
    """Seed 001, 5.3: «... Пайдаланушы қызметтерді пайдалануды тоқтатқан күннен бастап кемінде
    үш жыл сақтау»."""
    data_map = data.data_map("idcollect")
    by_name = {c.name.ru: c.retention for c in data_map.categories}
    rule = by_name["Индивидуальный идентификационный номер (ИИН)"]
    assert (rule.years, rule.months) == (3, 0)
    assert "5.3" in rule.basis.kk and "5.3" in rule.basis.ru
    assert rule.start.ru == "со дня прекращения Пользователем пользования услугами"
    assert rule.until(dt.date(2026, 2, 28)) == dt.date(2029, 2, 28)


def test_recipients_abroad_name_their_country(data):
    countries = {
        code: {r.country for r in data.data_map(code).recipients if r.cross_border}
        for code in SEED_CODES
    }
    # ITMS runs its platform from Russia (seed 000, §1, §5.2); Senimkey (seed 002) and IPSM
    # (seed 004, 3.3) transfer abroad without naming the country: the demo's is synthetic.
    assert countries == {
        "itms": {"RU"},
        "idcollect": set(),
        "senimkey": {"DE"},
        "smartustaz": set(),
        "ipsm": {"DE"},
    }


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
        assert set(org) == {"kk", "ru", "bin"}
        assert is_valid_bin(org["bin"]), org
        # one name in the form of each language: ТОО in Russian, ЖШС in Kazakh
        assert org["ru"].startswith("ТОО «")
        assert org["kk"].endswith("» ЖШС") and "ТОО" not in org["kk"]
        assert org["kk"][: -len(" ЖШС")] == org["ru"][len("ТОО ") :]
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
    assert len(data.streets) == 30
    for language in ("kk", "ru"):
        assert len({street[language] for street in data.streets}) == 30
    for street in data.streets:
        assert set(street) == {"kk", "ru"} and all(street.values())
        # the Kazakh form carries no Russian abbreviation (a Kazakh letter prints it)
        assert operator_input.language_of(street["kk"]) != "ru", street
        assert not re.search(r"\b(ул|пр|мкр|д|кв)\.", street["kk"]), street


def test_summaries_cover_every_request_type_in_both_languages(data):
    assert set(data.summaries) == {t.value for t in RequestType}
    for kind, items in data.summaries.items():
        assert len(items) >= 4, kind
        for item in items:
            assert set(item) == {"kk", "ru"} and all(item.values()), (kind, item)
            assert set(item) <= set(LANGUAGES)
            assert any(ch in KAZAKH_LETTERS for ch in item["kk"]), item
            for language in ("kk", "ru"):  # each told apart as the letters tell it
                assert text_language(item[language]) == language, item


def test_history(data):
    history = data.history
    assert list(history["type_weights"]) == [t.value for t in RequestType]
    assert all(isinstance(w, int) and w > 0 for w in history["type_weights"].values())
    assert set(history["channels"]) == {c.value for c in Channel}
    assert all(isinstance(a, str) for a in history["assignees"])
    assert set(history["address"]) == {"kk", "ru"}
    street = data.streets[0]
    kk, ru = (
        history["address"][lang].format(
            postcode="050000", city=data.cities[1][lang], street=street[lang], house=10, flat=5
        )
        for lang in ("kk", "ru")
    )
    assert kk == "050000, Алматы қ., Абай көшесі, 10 үй, 5 пәтер"
    assert ru == "050000, г. Алматы, ул. Абая, д. 10, кв. 5"
    assert operator_input.language_of(kk) == "kk" and operator_input.language_of(ru) == "ru"
    assert is_email(f"a1@{history['email_domain']}")
    assert all(isinstance(v, str) and v for v in history["notes"].values())


def test_a_built_demo_holds_valid_identifiers_and_emails(sqlite_ctx):
    from sqlmodel import select

    from app.services import demo
    from app.storage.models import Subject

    demo.build(sqlite_ctx, subjects=30, requests=12, seed=3)
    with sqlite_ctx.read() as session:
        people = session.exec(select(Subject)).all()
    material = demo_data.load()
    for op in operators.all_operators(sqlite_ctx):  # the maps arrive whole, in both languages
        stored = DataMap.from_json(op.__dict__)
        assert stored == material.data_map(op.code) and map_problems(stored) == ()
    assert len(people) == 30
    assert any(p.iin for p in people)
    for p in people:
        assert not p.iin or is_valid_iin(p.iin), p.iin
        assert not p.client_bin or is_valid_bin(p.client_bin), p.client_bin
        assert is_email(p.email), p.email
        # the address and the client in the form of the subject's language, never mixed
        form = operator_input.language_of(p.address)
        assert form in ("kk", "ru"), p.address
        if form == "kk":
            assert not re.search(r"(?<!\w)(г|ул|пр|мкр|д|кв)\.", p.address), p.address
            assert not p.client_org or p.client_org.endswith("ЖШС"), p.client_org
        else:
            assert " қ., " not in p.address and "пәтер" not in p.address, p.address
            assert not p.client_org or p.client_org.startswith("ТОО"), p.client_org
    assert {operator_input.language_of(p.address) for p in people} == {"kk", "ru"}
