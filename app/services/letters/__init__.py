"""Answers to requests: build a letter, render it, keep drafts, finalise it, and the templates.

A letter is built from a request (by id), a kind and a language: the service reads the case, fills
the template's data in that language, renders the body from the effective template (the
officer's edited copy, or the shipped one), and wraps it with the requisites into one
:class:`app.letters.Letter`, which renders to PDF or DOCX.

Rules (the domain of letters; templates only say how a letter reads):

* Which kinds a request may get, and why not, is the domain's one rule
  (:mod:`app.domain.letter_rules`): a kind answers only the request types it fits, some need a
  linked subject or a recorded extension. ``build``, ``save_draft`` and ``finalise`` refuse what
  it refuses; the window, the batch, the template editor and the command line ask it through
  :mod:`.offer`. A deregistration, a destruction act and a refusal state only what the
  withdrawal's workflow recorded (:mod:`app.services.withdrawal_facts`): the day processing
  stopped, the systems cleaned, each category's outcome, the act's place and members, the
  refusal's ground (Law 94-V art. 8(2)); the rule refuses them, saying what is missing, until
  it is recorded, and a text's missing half in the letter's language is missing too.
* Language (Law on Languages, art. 11): Kazakh always; Russian when the incoming letter is in
  Russian; bilingual (kk + ru) always. The default is the incoming letter's language, ``other``
  → Kazakh. An internal act may be in either language.
* Finalising gives the next number of the operator's outgoing series (gapless per operator and
  year); a destruction act takes the next of the operator's own act series (``act_pattern``) and stores the final PDF with its SHA-256 and an
  audit entry; the PDF is rendered before the short write transaction, not inside it
  (:mod:`.finalising`). It is refused while the body has blanks (``[[…]]``), when the operator
  profile names no signatory.
* A finalised letter is never changed or deleted; a correction is a new letter.
* Finalising a ``clarification`` stops the clock (:func:`app.services.requests.stop_clock_in`)
  in the same transaction: both happen or neither.
* Every problem is coded (:class:`app.domain.errors.Problem`); the window words it in its
  language, the command line in English. Drafts and final letters come back as
  :class:`LetterInfo`, never as table rows.

The package has one module per idea: :mod:`.languages` (kinds, formats, languages),
:mod:`.case` (reading the case and its template data), :mod:`.compose` (a letter for a request
and what stops finalising it), :mod:`.offer` (which kinds, the window's setup), :mod:`.drafts`,
:mod:`.finalising`, :mod:`.batch` and :mod:`.templates`.
Callers use ``from app.services import letters`` and ``letters.<function>``.
"""

from app.letters.kinds import KINDS
from app.services.letters.batch import (
    BatchItem,
    Prepared,
    prepare_many,
    render_many,
    render_prepared,
)
from app.services.letters.compose import build, draft_body, problems, problems_in, render
from app.services.letters.drafts import (
    IMMUTABLE,
    LetterInfo,
    discard_draft,
    discard_draft_in,
    export,
    final_pdf,
    get,
    letters_of,
    save_draft,
    save_draft_in,
)
from app.services.letters.finalising import (
    ACT_SERIES,
    OUTGOING_SERIES,
    Finalised,
    finalise,
    finalise_in,
    series_of,
)
from app.services.letters.languages import (
    FORMATS,
    check_format,
    check_kind,
    check_language,
    default_language,
    offered_languages,
)
from app.services.letters.offer import (
    LetterSetup,
    RequestBrief,
    batch_kinds,
    briefs,
    check_allowed,
    facts,
    kinds_of,
    sample_requests,
    setup,
)
from app.services.letters.options import LetterOptions
from app.services.letters.templates import (
    customised_templates,
    preview_template,
    reset_template,
    reset_template_in,
    save_template,
    save_template_in,
    shipped_template,
    template_source,
)

__all__ = [
    "ACT_SERIES",
    "FORMATS",
    "IMMUTABLE",
    "KINDS",
    "OUTGOING_SERIES",
    "BatchItem",
    "Prepared",
    "Finalised",
    "LetterInfo",
    "LetterOptions",
    "LetterSetup",
    "RequestBrief",
    "batch_kinds",
    "briefs",
    "check_allowed",
    "build",
    "check_format",
    "check_kind",
    "check_language",
    "customised_templates",
    "default_language",
    "discard_draft",
    "discard_draft_in",
    "draft_body",
    "export",
    "facts",
    "final_pdf",
    "finalise",
    "finalise_in",
    "get",
    "kinds_of",
    "letters_of",
    "offered_languages",
    "preview_template",
    "problems",
    "problems_in",
    "render",
    "prepare_many",
    "render_many",
    "render_prepared",
    "reset_template",
    "reset_template_in",
    "sample_requests",
    "save_draft",
    "save_draft_in",
    "save_template",
    "save_template_in",
    "series_of",
    "setup",
    "shipped_template",
    "template_source",
]
