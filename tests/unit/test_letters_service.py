"""The letters service on SQLite and PostgreSQL: rules, drafts, finalising, templates."""

import datetime as dt
import io

import pytest
from sqlalchemy import text
from sqlmodel import select

from app.domain.data_map import Pair
from app.domain.errors import DomainError
from app.domain.requests import Status
from app.letters import wording
from app.letters.templating import TemplateError
from app.services import letters, requests, subjects
from app.storage.models import Letter, LetterTemplate
from tests import letter_cases, withdrawal_rows
from tests.helpers import make_operator
from tests.helpers import register as reg
from tests.letter_cases import NAME, audit_entries, pdf_text

D = dt.date
op = letter_cases.op  # the shared fixtures
request_kk = letter_cases.request_kk
claim_kk = letter_cases.claim_kk


# --- building: kinds, languages and their rules ---------------------------------------------


def test_language_follows_the_incoming_letter(ctx, op):
    kk = reg(ctx, language="kk")
    ru = reg(ctx, language="ru")
    other = reg(ctx, language="other")
    assert letters.default_language(kk) == "kk"
    assert letters.default_language(ru) == "ru"
    assert letters.default_language(other) == "kk"
    assert letters.offered_languages(kk) == ("kk", "bi")
    assert letters.offered_languages(ru) == ("kk", "ru", "bi")
    assert letters.build(ctx, ru.id, "acknowledgement", "kk").language == "kk"  # always allowed
    with pytest.raises(DomainError) as err:
        letters.build(ctx, kk.id, "acknowledgement", "ru")
    assert (err.value.field, err.value.code) == ("language", "language_not_offered")
    with pytest.raises(DomainError) as err:
        letters.build(ctx, other.id, "acknowledgement", "de")
    assert err.value.field == "language"
    # An internal act is not an answer: any language.
    linked = reg(ctx, language="kk", iin="900101300811")
    withdrawal_rows.record(ctx, linked.id)
    assert letters.build(ctx, linked.id, "destruction-act", "ru").language == "ru"


@pytest.mark.parametrize(
    "kind, kw, field",
    [
        ("nonsense", {}, "kind"),
        ("refusal", {}, "workflow"),  # no decision recorded: nothing to refuse with
        ("deregistration", {}, "workflow"),
        ("extension", {}, "kind"),
    ],
)
def test_a_letter_that_cannot_be_written_names_the_field(ctx, request_kk, kind, kw, field):
    with pytest.raises(DomainError) as err:
        letters.build(ctx, request_kk.id, kind, **kw)
    assert err.value.field == field


def test_record_letters_need_a_linked_subject(ctx, op):
    r = reg(ctx, sender="Иванов Иван Иванович", language="ru")  # no IIN: no subject
    asked = reg(ctx, type="access", sender="Иванов Иван Иванович", language="ru")
    for request, kind in ((asked, "access"), (r, "deregistration"), (r, "destruction-act")):
        with pytest.raises(DomainError) as err:
            letters.build(ctx, request.id, kind)
        assert (err.value.field, err.value.code) == ("subject", "kind_needs_subject")
    assert "Уважаемый Иван Иванович!" in letters.build(ctx, r.id, "acknowledgement").body


def test_deregistration_answers_a_withdrawal_only(ctx, op):
    claim = reg(ctx, type="claim", iin="900101300017", language="kk")
    with pytest.raises(DomainError) as err:
        letters.build(ctx, claim.id, "deregistration")
    assert (err.value.field, err.value.code) == ("kind", "kind_not_for_type")
    assert err.value.params == {"kind": "deregistration", "type": "claim"}


@pytest.mark.parametrize(
    "type_, kind",
    [
        ("access", "refusal"),
        ("claim", "refusal"),
        ("access", "destruction-act"),
        ("claim", "destruction-act"),
        ("consent_withdrawal", "claim-response"),
        ("consent_withdrawal", "access"),
    ],
)
def test_a_kind_for_another_type_of_request_is_refused_everywhere(ctx, op, type_, kind):
    r = reg(ctx, type=type_, iin="900101300017", language="kk", signed=True)
    options = letters.LetterOptions()
    for attempt in (
        lambda: letters.build(ctx, r.id, kind, options=options),
        lambda: letters.save_draft(ctx, r.id, kind, "kk", "# X\n\nY"),
        lambda: letters.finalise(ctx, r.id, kind, body="# X\n\nY", options=options),
        lambda: letters.check_allowed(ctx, r.id, kind),
    ):
        with pytest.raises(DomainError) as err:
            attempt()
        assert err.value.code == "kind_not_for_type"
    assert kind not in [v.kind for v in letters.kinds_of(ctx, r.id)]
    assert letters.letters_of(ctx, r.id) == []


def test_extension_notice_tells_the_new_due_date(ctx, request_kk):
    before = request_kk.due_date
    requests.extend(ctx, request_kk.id, reason_kk="Мұрағаттан деректер сұратылды", days=10)
    after = requests.get(ctx, request_kk.id).due_date
    body = letters.build(ctx, request_kk.id, "extension").body
    assert "10 жұмыс күніне" in body
    assert "Мұрағаттан деректер сұратылды." in body
    from app.letters import wording

    assert wording.until_date(after, "kk") in body
    assert wording.long_date(before, "kk") in body


def test_deregistration_states_what_the_workflow_recorded(ctx, request_kk):
    withdrawal_rows.record(ctx, request_kk.id)
    letters.finalise(ctx, request_kk.id, "destruction-act", "kk")
    body = letters.build(ctx, request_kk.id, "deregistration").body
    # the day processing stopped (the receipt date recorded), not the letter's date (20.11)
    assert "2026 жылғы 2 қарашадан бастап кері қайтарылып алынды" in body
    assert "- Клиенттердің жеке кабинеті – 2026 жылғы 5 қарашада;" in body
    assert "- Сақтық көшірмелер – 2026 жылғы 5 қарашада." in body
    # the outcomes in a table's «Нәтиже» column (no agreement with the category to get wrong)
    assert "| Тегі, аты, әкесінің аты | жойылды | – |" in body
    assert "| Байланыс деректері | иесіздендірілді | – |" in body
    assert "| Шарт бойынша деректер | бұғатталды және сақталады |" in body
    assert "«Бухгалтерлік есеп және қаржылық есептілік туралы» Заңның 7-бабы" in body
    assert "2031 жылғы 6 қарашаға дейін" in body
    assert "CRM-система" not in body and "Резервные" not in body  # no Russian half
    bi = letters.build(ctx, request_kk.id, "deregistration", "bi").body
    assert "- Резервные копии – 6 ноября 2026 года." not in bi
    assert "- Резервные копии – 5 ноября 2026 года." in bi
    assert "статья 7 Закона «О бухгалтерском учёте и финансовой отчётности»" in bi
    assert "считается отозванным с 2 ноября 2026 года" in bi


def test_deregistration_is_refused_until_the_work_is_recorded(ctx, request_kk):
    withdrawal_rows.record(ctx, request_kk.id, systems_done=False, chosen=False)
    for attempt in (
        lambda: letters.build(ctx, request_kk.id, "deregistration"),
        lambda: letters.finalise(ctx, request_kk.id, "deregistration", body="# X\n\nY"),
        lambda: letters.check_allowed(ctx, request_kk.id, "deregistration"),
    ):
        with pytest.raises(DomainError) as err:
            attempt()
        assert [p.code for p in err.value.problems] == [
            "systems_not_done",
            "outcomes_missing",
            "act_not_final",
        ]
    assert letters.letters_of(ctx, request_kk.id) == []


def test_a_missing_kazakh_half_is_a_problem_never_the_russian_one(ctx, request_kk):
    withdrawal_rows.record(ctx, request_kk.id, systems=(("", "CRM-система"),))
    with pytest.raises(DomainError) as err:
        letters.build(ctx, request_kk.id, "destruction-act", "kk")
    assert (err.value.field, err.value.code) == ("systems", "pair_missing_half")
    assert err.value.params == {"row": 1, "language": "kk"}
    ru = letters.build(ctx, request_kk.id, "destruction-act", "ru").body
    assert "| 1 | CRM-система | 05.11.2026 | tester |" in ru


def test_the_destruction_act_reads_its_place_members_and_approver(ctx, request_kk):
    withdrawal_rows.record(ctx, request_kk.id)
    letter = letters.build(ctx, request_kk.id, "destruction-act", "kk")
    assert letter.body.splitlines()[2] == "Астана қ."
    assert "- Бас маман Ә. Қ. Төлеубаева;" in letter.body
    assert "- Жүйелік әкімші Б. С. Оспанов." in letter.body
    assert "| 2 | CRM жүйесі | 05.11.2026 | tester |" in letter.body
    assert letter.approval is not None
    assert (letter.approval.role, letter.approval.name) == ("Директор", "Д. Н. Сәрсенбаев")
    assert [(s.role, s.name) for s in letter.signatures] == [
        ("Бас маман", "Ә. Қ. Төлеубаева"),
        ("Жүйелік әкімші", "Б. С. Оспанов"),
    ]
    ru = letters.build(ctx, request_kk.id, "destruction-act", "ru")
    assert ru.body.splitlines()[2] == "г. Астана"
    assert (
        ru.signatures[0].role,
        ru.signatures[0].name,
    ) == ("Главный специалист", "Ә. Қ. Төлеубаева")


def test_a_refusal_states_the_recorded_ground(ctx, request_kk):
    withdrawal_rows.refuse_for_debt(ctx, request_kk.id)
    body = letters.build(ctx, request_kk.id, "refusal").body
    assert "орындалмаған міндеттемеңіз бар екені анықталды: 2025 жылғы 3 наурыздағы № 77" in body
    assert "[[" not in body
    for kind in ("deregistration", "destruction-act"):
        with pytest.raises(DomainError) as err:
            letters.build(ctx, request_kk.id, kind)
        assert err.value.code == "withdrawal_not_accepted"


def test_a_ground_typed_as_a_sentence_ends_the_letter_sentence_once(ctx, request_kk):
    detail = "Бухгалтерлік есеп туралы заң бастапқы құжаттарды бес жыл сақтауды талап етеді."
    detail_ru = "Закон о бухгалтерском учёте требует хранить первичные документы пять лет."
    withdrawal_rows.record(
        ctx,
        request_kk.id,
        decision="refused",
        ground="law",
        ground_detail=Pair(detail, detail_ru),  # a letter in both languages prints both
        act=False,
    )
    for language in ("kk", "bi"):  # a letter in Kazakh is answered in Kazakh or in both
        body = letters.build(ctx, request_kk.id, "refusal", language).body
        assert detail in body and ".." not in body.replace("...", "")
    assert wording.clause("берешек.") == "берешек" and wording.clause("т.б...") == "т.б..."


def test_appeal_names_the_authority_from_settings(ctx, request_kk):
    from app.services import settings

    settings.set_value(
        ctx, settings.AUTHORITY_KEY, {"kk": "Сынақ комитеті", "ru": "Тестовый комитет"}
    )
    withdrawal_rows.record(
        ctx,
        request_kk.id,
        decision="refused",
        ground="law",
        ground_detail=Pair("Заң", "Закон"),
        act=False,
    )
    body = letters.build(ctx, request_kk.id, "refusal", "bi").body
    assert "(Сынақ комитеті)" in body and "(Тестовый комитет)" in body


def test_a_draft_is_kept_edited_and_finalised(ctx, claim_kk):
    request_kk = claim_kk
    body = letters.draft_body(ctx, request_kk.id, "claim-response")
    draft = letters.save_draft(ctx, request_kk.id, "claim-response", None, body)
    assert draft.out_number is None and draft.language == "kk"
    with pytest.raises(DomainError) as err:
        letters.finalise(ctx, request_kk.id, "claim-response", draft_id=draft.id)
    assert err.value.code == "blanks_left"
    filled = "# Шағымға жауап\n\nШағым **қанағаттандырылды**. Деректеріңіз жойылды.\n"
    letters.save_draft(ctx, request_kk.id, "claim-response", "kk", filled, draft.id)
    done = letters.finalise(ctx, request_kk.id, "claim-response", draft_id=draft.id)
    assert done.letter.id == draft.id
    assert done.letter.body == filled
    assert "Шағым қанағаттандырылды" in pdf_text(letters.final_pdf(ctx, draft.id))
    other = letters.save_draft(ctx, request_kk.id, "acknowledgement", "kk", "# X\n\nY")
    letters.discard_draft(ctx, other.id)
    assert [r.id for r in letters.letters_of(ctx, request_kk.id)] == [draft.id]
    assert {
        e.action for e in audit_entries(ctx, "letter.draft") + audit_entries(ctx, "letter.discard")
    } == {
        "letter.draft",
        "letter.discard",
    }


def test_a_tampered_pdf_is_detected(ctx, request_kk):
    row = letters.finalise(ctx, request_kk.id, "acknowledgement").letter
    with ctx.write() as w:
        w.session.exec(
            text("UPDATE letter SET pdf = :pdf WHERE id = :id").bindparams(
                pdf=b"%PDF-forged", id=row.id
            )
        )
    with pytest.raises(DomainError) as err:
        letters.final_pdf(ctx, row.id)
    assert err.value.code == "letter_altered"


def test_rules_for_sending(ctx, op):
    unsigned = reg(ctx, iin="900101300017", language="kk", signed=False)
    with pytest.raises(DomainError) as err:
        letters.finalise(ctx, unsigned.id, "deregistration")
    assert (err.value.field, err.value.code) == ("workflow", "workflow_not_started")
    bare = make_operator(ctx, code="bare", request_prefix="БР", reg_number="180340021117")
    r = reg(ctx, operator_id=bare.id)
    with pytest.raises(DomainError) as err:
        letters.finalise(ctx, r.id, "acknowledgement")
    assert (err.value.field, err.value.code) == ("signatory", "no_signatory")
    with ctx.read() as session:
        assert session.exec(select(Letter)).all() == []


def test_clarification_stops_the_clock(ctx, request_kk):
    question = "Өтінішке өз қолыңызбен қол қойыңыз."
    done = letters.finalise(
        ctx, request_kk.id, "clarification", options=letters.LetterOptions(question=question)
    )
    assert done.clock_stopped
    request = requests.get(ctx, request_kk.id)
    assert request.status == Status.WAITING.value and request.due_date is None
    assert question in pdf_text(done.letter.pdf)
    # The clock is stopped already: another clarification cannot stop it again.
    with pytest.raises(DomainError) as err:
        letters.finalise(
            ctx, request_kk.id, "clarification", options=letters.LetterOptions(question=question)
        )
    assert (err.value.field, err.value.code) == ("status", "clock_cannot_stop")
    assert len(letters.letters_of(ctx, request_kk.id)) == 1
    # ... unless the officer sends it without stopping the clock.
    letters.finalise(
        ctx,
        request_kk.id,
        "clarification",
        options=letters.LetterOptions(question=question, stop_clock=False),
    )
    assert len(letters.letters_of(ctx, request_kk.id)) == 2


def test_export_gives_the_stored_pdf_and_an_editable_docx(ctx, request_kk):
    row = letters.finalise(ctx, request_kk.id, "acknowledgement").letter
    assert letters.export(ctx, row.id, "pdf") == row.pdf
    import docx

    document = docx.Document(io.BytesIO(letters.export(ctx, row.id, "docx")))
    cells = " ".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert row.out_number in cells
    with pytest.raises(DomainError) as err:
        letters.export(ctx, row.id, "odt")
    assert err.value.field == "format"


def test_render_many_reports_each_request(ctx, op):  # the op fixture declares a data map
    good = reg(ctx, type="access", iin="900101300017", language="kk")
    unlinked = reg(ctx, type="access", sender="Петров Пётр", language="ru")
    items = list(letters.render_many(ctx, [good.id, unlinked.id], "access", "pdf"))
    assert [i.request_id for i in items] == [good.id, unlinked.id]
    assert items[0].data.startswith(b"%PDF") and items[0].error is None
    assert items[1].data is None and items[1].error.startswith("subject:")
    assert [p.code for p in items[1].problems] == ["kind_needs_subject"]


# --- templates: the officer's copy ------------------------------------------------------------


def test_an_edited_template_is_used_then_reset(ctx, request_kk):
    shipped = letters.template_source(ctx, "acknowledgement", "kk")
    assert shipped == letters.shipped_template("acknowledgement", "kk")
    edited = shipped.replace("Өтінішті тіркеу туралы", "Хатыңыз алынды")
    letters.save_template(ctx, "acknowledgement", "kk", edited)
    assert letters.template_source(ctx, "acknowledgement", "kk") == edited
    assert letters.customised_templates(ctx) == {("acknowledgement", "kk")}
    assert letters.build(ctx, request_kk.id, "acknowledgement").body.startswith("# Хатыңыз алынды")
    preview = letters.preview_template(ctx, "acknowledgement", "kk", edited + "\nҚосымша жол.")
    assert "Қосымша жол." in preview.body
    assert letters.reset_template(ctx, "acknowledgement", "kk") is True
    assert letters.reset_template(ctx, "acknowledgement", "kk") is False
    assert letters.build(ctx, request_kk.id, "acknowledgement").body.startswith(
        "# Өтінішті тіркеу туралы"
    )
    actions = [e.action for e in audit_entries(ctx, "letter_template.save")]
    actions += [e.action for e in audit_entries(ctx, "letter_template.reset")]
    assert actions == ["letter_template.save", "letter_template.reset"]


def test_a_broken_template_is_refused_and_nothing_is_saved(ctx, op):
    with pytest.raises(TemplateError) as err:
        letters.save_template(ctx, "access", "ru", "# Ответ\n\n{{ subject.fullname }}")
    assert err.value.line == 3 and err.value.placeholder == "fullname"
    with pytest.raises(TemplateError) as err:
        letters.save_template(ctx, "access", "ru", "# Ответ\n{% for x in operator.purposes %}")
    assert "syntax error" in str(err.value)
    with pytest.raises(TemplateError):
        letters.save_template(ctx, "access", "ru", "{{ ''.__class__.__mro__ }}")
    with pytest.raises(DomainError) as err:
        letters.save_template(ctx, "access", "bi", "# x")
    assert err.value.field == "language"
    with ctx.read() as session:
        assert session.exec(select(LetterTemplate)).all() == []


def test_a_preview_of_a_broken_template_names_the_line(ctx, request_kk):
    withdrawal_rows.record(
        ctx,
        request_kk.id,
        decision="refused",
        ground="law",
        ground_detail=Pair("Заң", "Закон"),
        act=False,
    )
    with pytest.raises(TemplateError) as err:
        letters.preview_template(ctx, "refusal", "kk", "# A\n\n\n{{ nonsense }}", request_kk.id)
    assert err.value.line == 4


def test_subject_name_in_kazakh_letters_survives_every_step(ctx, request_kk):
    subject = subjects.get(ctx, request_kk.subject_id)
    assert subjects.full_name(subject) == NAME
    row = letters.finalise(ctx, request_kk.id, "acknowledgement").letter
    assert "Н. С. Әлиевке" in pdf_text(row.pdf)  # the addressee: in the dative, initials first
    asked = reg(ctx, type="access", iin="900101300017", sender=NAME, language="kk", signed=True)
    final = letters.finalise(ctx, asked.id, "access").letter
    assert NAME in pdf_text(final.pdf)


def test_the_access_response_reads_the_data_map_and_the_record(ctx, op):
    asked = reg(ctx, type="access", iin="900101300017", sender=NAME, language="ru", signed=True)
    kk = letters.build(ctx, asked.id, "access", "kk").body
    assert "| Тегі, аты, әкесінің аты | Әлиев Нұрлан Серікұлы |" in kk
    assert "| Жеке сәйкестендіру нөмірі (ЖСН) | 900101300017 |" in kk
    for line in (
        "- Тегі, аты, әкесінің аты;",
        "- Шартты орындау.",
        "## 3. Өңдеу тәсілдері",
        "- Автоматтандырылған өңдеу.",
        "- Субъектінің өзі.",
        "- Мемлекеттік кіріс органдары;",
        "- Бұлттық қойма провайдері (Германия Федеративтік Республикасы).",
        "- Шарт бойынша деректер – шарт тоқтатылғаннан кейін 5 жыл бойы сақталады (негізі: "
        "«Бухгалтерлік есеп және қаржылық есептілік туралы» Заңның 7-бабы).",
    ):
        assert line in kk
    assert "трансшекаралық беру жүзеге асырылады" in kk
    assert not any(w in kk for w in ("Провайдер", "договор", "Германия)"))
    ru = letters.build(ctx, asked.id, "access", "ru").body
    assert "- Провайдер облачного хранилища (Федеративная Республика Германия)." in ru
    assert "- Данные по договору – хранятся 5 лет после прекращения договора (основание: " in ru
    assert "## 4. Источники данных" in ru and "- Сам субъект." in ru
