"""The wording of the codes of letters and of the case (status, clock, extensions, calendar)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

WORK: dict[str, str] = {
    # == letters: kinds, templates, drafts, finalising (H2) ==
    "kind_not_for_type": QT_TRANSLATE_NOOP(
        "Problems", "This kind of letter does not answer a request of type “{type}”."
    ),
    "kind_needs_subject": QT_TRANSLATE_NOOP(
        "Problems",
        "Link the request to the subject first: this letter speaks of the subject's record.",
    ),
    "kind_needs_extension": QT_TRANSLATE_NOOP(
        "Problems", "The request has not been extended: extend it first, with a reason."
    ),
    "language_not_offered": QT_TRANSLATE_NOOP(
        "Problems",
        "The letter did not come in Russian: answer in Kazakh or in both languages "
        "(Law on Languages, art. 11).",
    ),
    "ground_required": QT_TRANSLATE_NOOP(
        "Problems", "Choose the ground of the refusal: Law 94-V, art. 8(2)."
    ),
    "retained_needs_basis": QT_TRANSLATE_NOOP(
        "Problems",
        "“{category}” is retained: name the legal basis and the date it is kept until.",
    ),
    "blanks_left": QT_TRANSLATE_NOOP("Problems", "Fill in the blanks first: {blanks}."),
    "no_text": QT_TRANSLATE_NOOP("Problems", "The letter has no text."),
    "no_signatory": QT_TRANSLATE_NOOP(
        "Problems", "The operator profile names no signatory: fill it in under Settings."
    ),
    "unsigned_withdrawal": QT_TRANSLATE_NOOP(
        "Problems",
        "A withdrawal of consent must be a signed written statement and this one is not "
        "signed: ask for one with a clarification letter.",
    ),
    "clock_cannot_stop": QT_TRANSLATE_NOOP(
        "Problems", "The clock cannot be stopped: a request “{status}” cannot wait."
    ),
    "letter_request_missing": QT_TRANSLATE_NOOP(
        "Problems", "The request no longer exists (id {id})."
    ),
    "letter_missing": QT_TRANSLATE_NOOP("Problems", "The letter no longer exists (id {id})."),
    "letter_final": QT_TRANSLATE_NOOP(
        "Problems", "A finalised letter is never changed; a correction is a new letter."
    ),
    "letter_other_request": QT_TRANSLATE_NOOP(
        "Problems", "Letter {id} belongs to another request."
    ),
    "letter_is_draft": QT_TRANSLATE_NOOP("Problems", "The letter is a draft: finalise it first."),
    "letter_altered": QT_TRANSLATE_NOOP(
        "Problems",
        "The stored PDF does not match its SHA-256: it was altered after finalising.",
    ),
    "template_syntax": QT_TRANSLATE_NOOP("Problems", "syntax error: {detail}"),
    "template_unknown_name": QT_TRANSLATE_NOOP(
        "Problems", "unknown placeholder “{name}”: the letter's data has no such name"
    ),
    "template_not_allowed": QT_TRANSLATE_NOOP("Problems", "not allowed in a template ({detail})"),
    "template_failed": QT_TRANSLATE_NOOP(
        "Problems", "the template cannot make the letter: {detail}"
    ),
    "template_recursion": QT_TRANSLATE_NOOP("Problems", "the template calls itself without end"),
    "template_too_long": QT_TRANSLATE_NOOP(
        "Problems", "the letter would be {length} characters; the limit is {limit}"
    ),
    "out_is_folder": QT_TRANSLATE_NOOP("Problems", "{path} is a folder: give a file name."),
    "folder_missing": QT_TRANSLATE_NOOP("Problems", "The folder {path} does not exist."),
    "suffix_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "The file name ends in {suffix} but the format is {fmt}."
    ),
    # (end of section)
    # == case: status actions, clock, extensions, calendar (H3) ==
    "status_same": QT_TRANSLATE_NOOP("Problems", "The request is “{status}” already."),
    "status_final": QT_TRANSLATE_NOOP(
        "Problems", "A “{current}” request is final: it cannot become “{new}”."
    ),
    "status_sent_only_closes": QT_TRANSLATE_NOOP(
        "Problems", "A sent answer can only be closed; a correction is a new letter."
    ),
    "status_send_needs_answer": QT_TRANSLATE_NOOP(
        "Problems", "Only a request whose answer is ready can be sent."
    ),
    "status_closes_on_dispatch": QT_TRANSLATE_NOOP(
        "Problems", "A request closes when its answer is sent: send the answer first."
    ),
    "status_no_way_back": QT_TRANSLATE_NOOP(
        "Problems", "A request cannot go back to “Registered”."
    ),
    "status_not_allowed": QT_TRANSLATE_NOOP(
        "Problems", "A “{current}” request cannot become “{new}”; it can become: {allowed}."
    ),
    "resume_first": QT_TRANSLATE_NOOP(
        "Problems", "Resume the clock first: the request is waiting for the subject."
    ),
    "status_is_final": QT_TRANSLATE_NOOP("Problems", "A “{status}” request is final."),
    "clock_already_stopped": QT_TRANSLATE_NOOP("Problems", "The clock is stopped already."),
    "cannot_wait": QT_TRANSLATE_NOOP(
        "Problems", "A “{status}” request cannot wait for the subject."
    ),
    "clock_not_stopped": QT_TRANSLATE_NOOP("Problems", "The clock is running: nothing to resume."),
    "cannot_extend": QT_TRANSLATE_NOOP("Problems", "A “{status}” request cannot be extended."),
    "resume_before_extending": QT_TRANSLATE_NOOP(
        "Problems", "The clock is stopped: resume it before extending."
    ),
    "no_subject_linked": QT_TRANSLATE_NOOP("Problems", "No subject is linked to the request."),
    "stop_before_received": QT_TRANSLATE_NOOP(
        "Problems", "The letter was received on {received}: the clock cannot stop before."
    ),
    "resume_before_stop": QT_TRANSLATE_NOOP(
        "Problems", "The clock stopped on {stopped_on}: it cannot resume before that."
    ),
    "stop_reason_required": QT_TRANSLATE_NOOP(
        "Problems", "Say what the subject was asked to clarify or provide."
    ),
    "extension_not_later": QT_TRANSLATE_NOOP(
        "Problems", "The new due date must be after the current one ({due})."
    ),
    "extension_reason_required": QT_TRANSLATE_NOOP(
        "Problems", "Give the reason: it is recorded and told to the subject."
    ),
    "extension_half_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "The extension's reason was not recorded in this language ({language}), so the "
        "notice cannot print it: add it with “Add the Kazakh (Russian) reason…” among the "
        "case's actions, or make the notice in the language the reason was given in.",
    ),
    "no_extension": QT_TRANSLATE_NOOP(
        "Problems", "This request has no extension: there is no reason to complete."
    ),
    "case_not_found": QT_TRANSLATE_NOOP("Problems", "This request is no longer in the database."),
    # (end of section)
}
