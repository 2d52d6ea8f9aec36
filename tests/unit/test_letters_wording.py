"""Every letter kind in Kazakh and Russian, rendered from a demo-like case (the Senimkey operator of
the demo's data files, its consent document, finished, refused, access and claim requests), read
back from the PDF: the wording fixes of issue 12 are there and the old phrasings are not, the
extension states its basis, the clarification its reply date, the act its place, commission and
approval; the authority is the current ministry by default."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil

import pypdf
import pytest
from sqlmodel import select

from app.domain.errors import DomainError
from app.letters.kinds import KINDS
from app.services import demo_data, letters, operators, requests, settings
from app.services.context import Context
from app.services.letters.options import LetterOptions
from app.storage.database import Database
from app.storage.models import Consent, ConsentDocument, Setting, Withdrawal
from tests import withdrawal_rows
from tests.conftest import TODAY

D = dt.date
SENDERS = {"kk": "Әлиев Нұрлан Серікұлы", "ru": "Сергеева Яна Викторовна"}
IINS = {"kk": "900101300017", "ru": "900101300811"}
# The operator's address, a kk/ru pair as the profile keeps it.
ADDRESS_KK = "010000, Астана қ., Сығанақ көшесі, 29, 812-кеңсе"
ADDRESS_RU = "010000, Республика Казахстан, г. Астана, ул. Сыганак, 29, офис 812"
QUESTION = {
    "kk": "Өтінішке өз қолыңызбен қол қойып, қайта жіберіңіз.",
    "ru": "Просим подписать заявление собственноручно и направить его повторно.",
}
REASON = {"kk": "Мұрағаттан деректер сұратылды", "ru": "Запрошены данные из архива"}
# Words only Russian has (never Kazakh): none may stand in a Kazakh letter's body.
RUSSIAN_ONLY = re.compile(
    r"\b(и|или|для|по|от|на|в|с|года|что|который|которые|далее|Закон|Закона|Оператором|"
    r"обращение|обращения|согласие|согласия|данные|данных|уничтожение|персональных|"
    r"Товарищество|ТОО|ИСХ|Исх)\b|\b(ул|г|пр|д|кв|вх)\."
)


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def _senimkey() -> dict:
    return next(op for op in demo_data.load().operators if op["code"] == "senimkey")


def _operator(ctx: Context, language: str):
    spec = _senimkey()
    fields = {f.name for f in dataclasses.fields(operators.OperatorInput)}
    values = {k: v for k, v in spec.items() if k in fields}
    values.update(
        code=f"senimkey-{language}",
        reg_kind="BIN",
        address_kk=ADDRESS_KK,
        address_ru=ADDRESS_RU,
        request_prefix="СК" if language == "kk" else "СР",
    )
    op = operators.create(ctx, operators.OperatorInput(**values))
    doc = spec["consent_documents"][0]
    document = operators.add_consent_document(
        ctx,
        op.id,
        ConsentDocument(
            operator_id=op.id,
            title_kk=doc["title_kk"],
            title_ru=doc.get("title_ru", ""),
            edition=doc.get("edition", "") or "",
            effective_date=doc.get("effective_date"),
        ),
    )
    return op, document


def _register(ctx: Context, op, language: str, type_: str, document) -> int:
    r = requests.register(
        ctx,
        requests.NewRequest(
            type=type_,
            received=D(2026, 11, 2),
            sender=SENDERS[language],
            iin=IINS[language],
            language=language,
            operator_id=op.id,
            signed=True,
            summary="Дербес деректерді өңдеу туралы шағым."
            if language == "kk"
            else "Жалоба на обработку персональных данных.",
        ),
    )
    with ctx.write() as w:  # the consent the subject gave (as the demo's subjects have)
        subject_id = w.session.get(type(r), r.id).subject_id
        if not w.session.exec(select(Consent).where(Consent.subject_id == subject_id)).first():
            w.session.add(
                Consent(
                    subject_id=subject_id,
                    document_id=document.id,
                    given_at=dt.datetime(2026, 5, 20, 10, 0, tzinfo=dt.UTC),
                    channel="checkbox",
                )
            )
    return r.id


def _without_place(ctx: Context, request_id: int) -> None:
    """The act's place left unrecorded: the operator's city stands in."""
    with ctx.write() as w:
        row = w.session.exec(select(Withdrawal).where(Withdrawal.request_id == request_id)).one()
        row.act_place_kk = row.act_place_ru = ""
        w.session.add(row)


@pytest.fixture(scope="module")
def rendered(sqlite_template, tmp_path_factory) -> dict[tuple[str, str], str]:
    """(kind, language) -> the text of that letter's PDF, every kind in both languages."""
    path = tmp_path_factory.mktemp("wording") / "derbes.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = Database(path)
    ctx = Context(db, actor="tester", clock=lambda: TODAY)
    texts: dict[tuple[str, str], str] = {}

    def put(kind: str, language: str, pdf: bytes) -> None:
        texts[kind, language] = pdf_text(pdf)

    def draft(request_id: int, kind: str, language: str, **options) -> None:
        letter = letters.build(
            ctx, request_id, kind, language, options=LetterOptions(**options) if options else None
        )
        put(kind, language, letters.render(letter, "pdf"))

    for language in ("kk", "ru"):
        op, document = _operator(ctx, language)
        withdrawn = _register(ctx, op, language, "consent_withdrawal", document)
        withdrawal_rows.record(ctx, withdrawn)
        _without_place(ctx, withdrawn)
        act = letters.finalise(ctx, withdrawn, "destruction-act", language).letter
        put("destruction-act", language, act.pdf)
        draft(withdrawn, "deregistration", language)
        draft(withdrawn, "acknowledgement", language)
        draft(withdrawn, "clarification", language, question=QUESTION[language])
        requests.extend(ctx, withdrawn, **{f"reason_{language}": REASON[language]}, days=10)
        draft(withdrawn, "extension", language)
        refused = _register(ctx, op, language, "consent_withdrawal", document)
        withdrawal_rows.record(
            ctx,
            refused,
            decision="refused",
            ground="obligation",
            ground_detail="2025 жылғы 1 наурыздағы № 15 шарт бойынша берешек"
            if language == "kk"
            else "задолженность по договору № 15 от 1 марта 2025 года",
            act=False,
        )
        draft(refused, "refusal", language)
        draft(_register(ctx, op, language, "access", document), "access", language)
        claim = _register(ctx, op, language, "claim", document)
        draft(
            claim,
            "claim-response",
            language,
            findings="Тексеру жүргізілді." if language == "kk" else "Проверка проведена.",
            decision="Шағым қанағаттандырылды." if language == "kk" else "Жалоба удовлетворена.",
        )
    db.dispose()
    return texts


def body(text: str, language: str) -> str:
    """The letter's text after its letterhead (which carries both names of the operator)."""
    marker = "Товарищество с ограниченной ответственностью «Senimkey»"
    return text.split(marker, 1)[1] if language == "kk" and marker in text else text


def test_every_kind_is_rendered_in_both_languages(rendered):
    assert {kind for kind, _ in rendered} == set(KINDS)
    assert {language for _, language in rendered} == {"kk", "ru"}


KK_APPEAL = "уәкілетті органға (Қазақстан Республикасының Жасанды интеллект және цифрлық даму министрлігі) немесе сотқа шағым жасауға құқылысыз"
APPEALING_KINDS = ("access", "claim-response", "deregistration", "refusal", "extension")


@pytest.mark.parametrize("kind", APPEALING_KINDS)
def test_the_kazakh_appeal_reads_as_the_lawyer_writes_it(rendered, kind):
    text = rendered[kind, "kk"]
    assert KK_APPEAL in text
    assert "келіспеген жағдайда Сіз Қазақстан Республикасының заңнамасында" in text
    assert "шағымдануға құқығыңыз бар" not in text and "Егер Сіз" not in text
    ru = rendered[kind, "ru"]
    assert "Министерство искусственного интеллекта и цифрового развития Республики Казахстан" in ru
    assert "инноваций и аэрокосмической" not in ru + text


def test_the_acknowledgement(rendered):
    kk, ru = rendered["acknowledgement", "kk"], rendered["acknowledgement", "ru"]
    assert "Сіздің өтінішіңіздің 2026 жылғы 2 қарашада келіп түскенін растайды" in kk
    assert "алынғанын растайды" not in kk
    assert "кіріс құжаттарды тіркеу журналында 2026 жылғы 20 қарашада" in kk
    assert "кіріс құжаттар журналында" not in kk
    assert "журнале регистрации входящих документов" in ru
    # the Law is named in full once and never by its short name: no «(бұдан әрі – Заң)»
    assert "бұдан әрі – Заң" not in kk and "далее – Закон" not in ru


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_law_is_defined_only_where_its_short_name_follows(rendered, kind):
    for language, defined, used in (
        # (another law named by its title, «…» Заңның 7-бабы, is not the short name)
        ("kk", "(бұдан әрі – Заң)", re.compile(r"(?<!» )\b(Заңның|Заңға|Заңда)\b")),
        (
            "ru",
            "(далее – Закон)",
            re.compile(r"\b(Закона|Законом)\b(?! Республики| «)"),
        ),
    ):
        text = rendered[kind, language]
        after = text.split(defined, 1)[1] if defined in text else ""
        if defined in text:
            assert used.search(after), f"{kind} ({language}) defines the Law and never uses it"
        else:
            assert not used.search(text), f"{kind} ({language}) uses the Law before defining it"


def test_the_consent_is_named_in_one_form_with_its_edition(rendered):
    for kind in ("access", "deregistration", "refusal", "extension"):
        kk = rendered[kind, "kk"]
        assert "жинауға және өңдеуге берілген келісім" not in kk
        assert "өңдеуге берілген келісім" not in kk
    assert "жинауға, өңдеуге келісімді кері қайтарып алу туралы" in rendered["deregistration", "kk"]
    assert "жинауға, өңдеуге келісімді кері қайтарып ала алмайды" in rendered["refusal", "kk"]
    for kind in ("access", "extension"):
        assert "(№ 1 редакция)" in rendered[kind, "kk"], kind
        assert "(редакция № 1)" in rendered[kind, "ru"], kind
        assert "редакциясы" not in rendered[kind, "kk"] and "№1" not in rendered[kind, "kk"]


def test_the_access_response_wording(rendered):
    kk, ru = rendered["access", "kk"], rendered["access", "ru"]
    assert "1. Оператор өңдейтін Сіздің дербес деректеріңіз" in kk
    assert "Оператордағы Сіз туралы деректер" not in kk
    assert "Сіз туралы жазбада мынадай деректер бар" in kk
    assert "Ұялы телефон нөмірі" in kk and "Мобильді" not in kk  # the demo's category
    assert re.search(r"\bмына (деректер|көздерден|тұлғаларға)", kk) is None
    assert "Ваши персональные данные, обрабатываемые Оператором" in ru


def test_mynaday_not_myna_before_a_noun(rendered):
    for (kind, language), text in rendered.items():
        if language == "kk":
            assert not re.search(
                r"\bмына (?!мекенжай)[а-яәғқңөұүһі]+", text.replace("мынаны", "")
            ), kind


def test_the_clarification_states_the_reply_date_and_what_follows(rendered):
    kk, ru = rendered["clarification", "kk"], rendered["clarification", "ru"]
    # the letter is dated 20.11.2026 (a Friday): 10 working days on is Friday 4 December
    assert "2026 жылғы 4 желтоқсанға дейін (10 жұмыс күні ішінде)" in kk
    assert "до 4 декабря 2026 года (в течение 10 рабочих дней)" in ru
    assert "мәліметтер алынған күннің келесі күнінен бастап жалғасады" in kk
    assert "олар алынған күннен кейін жалғасады" not in kk
    assert "возобновляется со дня, следующего за днём их получения" in ru
    assert "өтініш ұсынылған мәліметтер негізінде қаралады" in kk
    assert "обращение будет рассмотрено на основании представленных сведений" in ru
    assert QUESTION["kk"] in kk and QUESTION["ru"] in ru


def test_the_reply_date_is_counted_in_working_days_over_a_holiday(sqlite_ctx):
    op, document = _operator(sqlite_ctx, "kk")
    request_id = _register(sqlite_ctx, op, "kk", "access", document)
    # written on Thursday 10 December 2026: Independence Day (16 December) is not a working day
    later = Context(sqlite_ctx.db, actor="tester", clock=lambda: D(2026, 12, 10))
    body = letters.build(later, request_id, "clarification", "kk").body
    assert "2026 жылғы 25 желтоқсанға дейін (10 жұмыс күні ішінде)" in body
    settings.set_reply_days(later, 3)
    assert settings.reply_days(later) == 3
    body = letters.build(later, request_id, "clarification", "kk").body
    assert "2026 жылғы 15 желтоқсанға дейін (3 жұмыс күні ішінде)" in body
    # a clarification that does not stop the clock does not say it does
    quiet = LetterOptions(stop_clock=False)
    body = letters.build(later, request_id, "clarification", "kk", options=quiet).body
    assert "тоқтатыла тұрады" not in body
    with pytest.raises(DomainError) as err:
        settings.set_reply_days(later, 0)
    assert err.value.problems[0].code == "days_range"


def test_the_extension_states_its_basis(rendered):
    kk, ru = rendered["extension", "kk"], rendered["extension", "ru"]
    # Law 94-V gives no ground for extending the term: the operator's policy and the consent
    assert (
        "Өтінішті қарау мерзімі Оператордың дербес деректерді өңдеу саясатына және Сіз берген "
        "«Жеке деректерді жинауға және өңдеуге келісім» (№ 1 редакция) келісімнің шарттарына "
        "сәйкес ұзартылды" in kk
    )
    assert "10 жұмыс күніне ұзартылғанын" in kk and "Мұрағаттан деректер сұратылды." in kk
    assert (
        "продлён в соответствии с политикой Оператора в отношении обработки персональных данных "
        "и условиями данного Вами согласия «Согласие на сбор и обработку персональных данных» "
        "(редакция № 1)" in ru
    )
    basis = ru.split("Причина продления", 1)[1].split("Ранее")[0]
    assert "стать" not in basis  # no invented article


def test_the_extension_basis_without_a_recorded_consent():
    from app.letters import templating

    sample = templating.sample_data("extension", "kk", full=False)
    body = templating.render(templating.shipped_source("extension", "kk"), sample)
    assert (
        "саясатына және Сіз берген дербес деректерді жинауға, өңдеуге келісімнің шарттарына "
        "сәйкес ұзартылды" in body
    )


def test_the_destruction_act_has_its_place_commission_and_approval(rendered):
    kk, ru = rendered["destruction-act", "kk"], rendered["destruction-act", "ru"]
    # the place was not recorded: the operator's city, from its address in each language
    assert "Астана қ." in kk and "г. Астана" in ru
    assert "мынадай құрамдағы комиссия жасады" in kk
    assert "Бас маман Ә. Қ. Төлеубаева" in kk and "Жүйелік әкімші Б. С. Оспанов" in kk
    assert (
        "Настоящий акт составлен Товариществом с ограниченной ответственностью «Senimkey» "
        "(далее – Оператор) в лице комиссии в составе:" in ru
    )
    assert "составлен от имени оператора –" not in ru
    assert "Главный специалист Ә. Қ. Төлеубаева" in ru
    assert "БЕКІТЕМІН Директор" in kk and "Д. Н. Сәрсенбаев" in kk
    assert "УТВЕРЖДАЮ Директор" in ru and "Д. Н. Сәрсенбаев" in ru
    # outcomes in a «Результат» column: nouns, no participle to agree with a category
    assert "Фамилия, имя, отчество уничтожение" in ru
    assert "отчество уничтожены" not in ru and "заблокированы и хранятся" not in ru


def test_the_act_is_refused_without_its_commission(sqlite_ctx):
    op, document = _operator(sqlite_ctx, "kk")
    request_id = _register(sqlite_ctx, op, "kk", "consent_withdrawal", document)
    withdrawal_rows.record(sqlite_ctx, request_id)
    with sqlite_ctx.write() as w:
        row = w.session.exec(select(Withdrawal).where(Withdrawal.request_id == request_id)).one()
        row.act_members = []
        w.session.add(row)
    with pytest.raises(DomainError) as err:
        letters.build(sqlite_ctx, request_id, "destruction-act", "kk")
    assert "members_required" in [p.code for p in err.value.problems]


def test_the_claim_is_a_complaint_in_russian(rendered):
    ru = rendered["claim-response", "ru"]
    assert "О результатах рассмотрения жалобы" in ru and "рассмотрев Вашу жалобу" in ru
    assert "претензи" not in ru.lower()
    assert "Вид обращения: жалоба" not in ru  # (the acknowledgement's line, not this letter)
    assert "Шағымды қарау нәтижелері туралы" in rendered["claim-response", "kk"]


def test_the_deregistration_outcomes_are_a_table(rendered):
    kk, ru = rendered["deregistration", "kk"], rendered["deregistration", "ru"]
    assert "Дербес деректер санаты Нәтиже" in kk and "Тегі, аты, әкесінің аты жойылды" in kk
    assert "Категория персональных данных Результат" in ru
    assert "Контактные данные обезличивание" in ru
    assert "Данные по договору блокирование и хранение" in ru


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_no_russian_in_a_kazakh_letter(rendered, kind):
    text = body(rendered[kind, "kk"], "kk")
    found = RUSSIAN_ONLY.search(text)
    assert not found, text[max(0, found.start() - 80) : found.end() + 40]


def test_the_authority_default_and_its_upgrade(sqlite_ctx):
    assert settings.appeal_authority(sqlite_ctx) == settings.DEFAULT_AUTHORITY
    assert "Жасанды интеллект және цифрлық даму министрлігі" in settings.DEFAULT_AUTHORITY["kk"]
    old = settings.OLD_DEFAULT_AUTHORITIES[0]
    # a database that still holds the old default gets the new one
    settings.set_value(sqlite_ctx, settings.AUTHORITY_KEY, dict(old))
    assert settings.appeal_authority(sqlite_ctx) == settings.DEFAULT_AUTHORITY
    # a half the officer changed is kept; the other, still old, is brought up to date
    own = "Ақпараттық қауіпсіздік комитеті, Астана қ., Мәңгілік Ел даңғылы, 55/14"
    settings.set_value(sqlite_ctx, settings.AUTHORITY_KEY, {"kk": own, "ru": old["ru"]})
    assert settings.appeal_authority(sqlite_ctx) == {
        "kk": own,
        "ru": settings.DEFAULT_AUTHORITY["ru"],
    }
    with sqlite_ctx.read() as session:
        stored = session.get(Setting, settings.AUTHORITY_KEY).value
    assert stored["kk"] == own  # what the officer typed is stored as typed
