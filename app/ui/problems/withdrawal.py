"""The wording of the codes of the data map, the withdrawal workflow, the purge and the merge."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

WITHDRAWAL: dict[str, str] = {
    # == the data map and the withdrawal workflow (lead) ==
    "pair_missing_half": QT_TRANSLATE_NOOP(
        "Problems", "Row {row}: the {language} text is missing."
    ),
    "retention_basis_missing": QT_TRANSLATE_NOOP(
        "Problems", "Row {row}: give the legal basis for keeping the data ({language})."
    ),
    "retention_period_missing": QT_TRANSLATE_NOOP(
        "Problems", "Row {row}: give the retention period in years or months."
    ),
    "country_code": QT_TRANSLATE_NOOP(
        "Problems", "Row {row}: “{value}” is not a two-letter country code (KZ, RU, DE…)."
    ),
    "withdrawal_unsigned": QT_TRANSLATE_NOOP(
        "Problems",
        "The statement is not signed: only a signed written statement withdraws consent.",
    ),
    "signature_unchecked": QT_TRANSLATE_NOOP(
        "Problems", "Check first whether the statement is signed."
    ),
    "identity_mismatch": QT_TRANSLATE_NOOP(
        "Problems",
        "The IIN or the name on the letter does not match the record: clarify it with the "
        "subject or link the right record.",
    ),
    "identity_unchecked": QT_TRANSLATE_NOOP(
        "Problems", "Compare the IIN and the name on the letter with the record first."
    ),
    "ground_detail_required": QT_TRANSLATE_NOOP(
        "Problems", "Say which law or which unfulfilled obligation stops the withdrawal."
    ),
    "refusal_half_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "The ground in detail was not recorded in this language ({language}): the refusal "
        "cannot print it. Record it in this language on the Withdrawal tab (Decision).",
    ),
    "act_note_half_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "A system's note was not recorded in this language ({language}): the act cannot print "
        "it. Record it in this language on the Withdrawal tab (Systems).",
    ),
    "effective_after_answer": QT_TRANSLATE_NOOP(
        "Problems", "Processing cannot stop after the answer ({answered})."
    ),
    "outcome_required": QT_TRANSLATE_NOOP(
        "Problems", "Choose what happened to this category: destroyed, anonymised or retained."
    ),
    "basis_missing_half": QT_TRANSLATE_NOOP(
        "Problems", "Give the legal basis for keeping the data ({language})."
    ),
    "until_not_after": QT_TRANSLATE_NOOP(
        "Problems", "The data must be kept until a day after {date}."
    ),
    "place_missing_half": QT_TRANSLATE_NOOP(
        "Problems", "Give the place the act was drawn up ({language})."
    ),
    "members_required": QT_TRANSLATE_NOOP(
        "Problems", "Name at least one person who carried out the destruction."
    ),
    "position_missing_half": QT_TRANSLATE_NOOP(
        "Problems", "Member {row}: give the position ({language})."
    ),
    "approver_required": QT_TRANSLATE_NOOP("Problems", "Name the person who approves the act."),
    "workflow_not_started": QT_TRANSLATE_NOOP(
        "Problems",
        "The checks and the decision on this withdrawal are not recorded yet: record them on "
        "the Withdrawal tab first.",
    ),
    "refusal_not_decided": QT_TRANSLATE_NOOP(
        "Problems", "No refusal is recorded: record the decision and its ground first."
    ),
    "withdrawal_not_accepted": QT_TRANSLATE_NOOP(
        "Problems", "The withdrawal is not accepted yet: record the decision first."
    ),
    "effective_missing": QT_TRANSLATE_NOOP("Problems", "Record the day processing stopped first."),
    "systems_not_done": QT_TRANSLATE_NOOP(
        "Problems", "Systems not yet cleaned: {count} (the first: {first})."
    ),
    "outcomes_missing": QT_TRANSLATE_NOOP(
        "Problems", "Data categories without an outcome: {count} (the first: {first})."
    ),
    "act_not_final": QT_TRANSLATE_NOOP(
        "Problems", "Finalise the destruction act before the confirmation."
    ),
    "merge_same_record": QT_TRANSLATE_NOOP("Problems", "A record cannot be merged into itself."),
    "already_merged": QT_TRANSLATE_NOOP(
        "Problems", "This record was already merged into another one."
    ),
    "merge_other_operator": QT_TRANSLATE_NOOP(
        "Problems", "The two records belong to different operators."
    ),
    # (end of section)
    # == the workflow in the case (A) ==
    "identity_differs_note": QT_TRANSLATE_NOOP(
        "Problems",
        "The letter and the record differ: say in the note why it is the same person, or "
        "record a mismatch.",
    ),
    "no_record_to_compare": QT_TRANSLATE_NOOP(
        "Problems", "No subject is linked, so there is no record to match: link it first."
    ),
    "withdrawal_no_subject": QT_TRANSLATE_NOOP(
        "Problems",
        "Link the subject's record first: its status changes when the confirmation is sent.",
    ),
    "workflow_closed": QT_TRANSLATE_NOOP(
        "Problems", "The answer to this withdrawal is finalised: nothing more can be recorded."
    ),
    "accept_first": QT_TRANSLATE_NOOP(
        "Problems",
        "Accept the withdrawal first: a refused or undecided one has nothing to destroy.",
    ),
    "act_already_final": QT_TRANSLATE_NOOP(
        "Problems", "The destruction act is finalised: what it states can no longer change."
    ),
    "no_workflow_for_type": QT_TRANSLATE_NOOP(
        "Problems", "This type of request has no withdrawal workflow."
    ),
    "no_such_line": QT_TRANSLATE_NOOP("Problems", "This line is not part of this withdrawal."),
    "consent_not_subjects": QT_TRANSLATE_NOOP(
        "Problems", "This consent is not one of the linked subject's."
    ),
    "answer_not_final": QT_TRANSLATE_NOOP(
        "Problems",
        "Finalise the answer first: the subject receives the letter that states what was recorded.",
    ),
    # (end of section)
    # == letters from the workflow's facts (B) ==
    "access_map_empty": QT_TRANSLATE_NOOP(
        "Problems",
        "The operator's data map lists none yet, and the access response lists them: fill "
        "in the map in Settings › Operators.",
    ),
    # (end of section)
    # == the data map's editor and the demo's maps (C) ==
    # (end of section)
    # == purge and merge (D) ==
    "merge_anonymised": QT_TRANSLATE_NOOP(
        "Problems", "This record is anonymised: nothing can be merged with it."
    ),
    "merge_iin_differs": QT_TRANSLATE_NOOP(
        "Problems", "The two records have different IINs: they are two people, not one."
    ),
    "status_not_by_hand": QT_TRANSLATE_NOOP(
        "Problems", "This status is set by merging or purging records, not by hand."
    ),
    # (end of section)
}

# field -> its name, for a message that stands away from the field.
WITHDRAWAL_FIELDS: dict[str, str] = {
    # == the data map and the withdrawal workflow (lead) ==
    "data_categories": QT_TRANSLATE_NOOP("Problems", "Data categories"),
    "purposes": QT_TRANSLATE_NOOP("Problems", "Purposes"),
    "methods": QT_TRANSLATE_NOOP("Problems", "Methods of processing"),
    "sources": QT_TRANSLATE_NOOP("Problems", "Sources"),
    "recipients": QT_TRANSLATE_NOOP("Problems", "Recipients"),
    "systems": QT_TRANSLATE_NOOP("Problems", "Systems"),
    "retention": QT_TRANSLATE_NOOP("Problems", "Retention"),
    "workflow": QT_TRANSLATE_NOOP("Problems", "Withdrawal"),
    "decision": QT_TRANSLATE_NOOP("Problems", "Decision"),
    "ground_detail": QT_TRANSLATE_NOOP("Problems", "Ground in detail"),
    "ground_detail_kk": QT_TRANSLATE_NOOP("Problems", "Ground in detail in Kazakh"),
    "ground_detail_ru": QT_TRANSLATE_NOOP("Problems", "Ground in detail in Russian"),
    "note_kk": QT_TRANSLATE_NOOP("Problems", "Note in Kazakh"),
    "note_ru": QT_TRANSLATE_NOOP("Problems", "Note in Russian"),
    "identity": QT_TRANSLATE_NOOP("Problems", "Identity"),
    "effective": QT_TRANSLATE_NOOP("Problems", "Processing stopped on"),
    "done_on": QT_TRANSLATE_NOOP("Problems", "Done on"),
    "outcome": QT_TRANSLATE_NOOP("Problems", "Outcome"),
    "outcomes": QT_TRANSLATE_NOOP("Problems", "Outcomes"),
    "basis": QT_TRANSLATE_NOOP("Problems", "Legal basis"),
    "until": QT_TRANSLATE_NOOP("Problems", "Kept until"),
    "place": QT_TRANSLATE_NOOP("Problems", "Place"),
    "members": QT_TRANSLATE_NOOP("Problems", "Members"),
    "approver": QT_TRANSLATE_NOOP("Problems", "Approved by"),
    "act": QT_TRANSLATE_NOOP("Problems", "Destruction act"),
    "keep": QT_TRANSLATE_NOOP("Problems", "Record kept"),
    "other": QT_TRANSLATE_NOOP("Problems", "Record merged"),
    # (end of section)
    # == the workflow in the case (A) ==
    "identity_note": QT_TRANSLATE_NOOP("Problems", "Note on the identity"),
    "consents": QT_TRANSLATE_NOOP("Problems", "Consents"),
    # (end of section)
    # == letters from the workflow's facts (B) ==
    # (end of section)
    # == the data map's editor and the demo's maps (C) ==
    "act_pattern": QT_TRANSLATE_NOOP("Problems", "Destruction act number pattern"),
    # (end of section)
    # == purge and merge (D) ==
    # (end of section)
}
