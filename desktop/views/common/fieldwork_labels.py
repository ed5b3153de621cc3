"""Translated words for the conversation forms: parts, questions, options, outcomes, variants.

The forms in domain/ speak in codes; here they become words. Each word is a literal
translate() call so that lupdate finds it (see docs/decisions/0004). A code without a
word falls back to the code itself, which a test guards against.
"""

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def form_title(form_key: str) -> str:
    return {
        "handover": translate("FieldworkLabels", "Handover"),
        "intake": translate("FieldworkLabels", "Broad intake"),
        "visit": translate("FieldworkLabels", "Home visit report"),
    }.get(form_key, form_key)


def part_title(form_key: str, part_key: str) -> str:
    titles = {
        ("handover", "identity"): translate("FieldworkLabels", "Identity and household"),
        ("handover", "languages"): translate("FieldworkLabels", "Languages"),
        ("handover", "health"): translate("FieldworkLabels", "Health"),
        ("handover", "education_work"): translate("FieldworkLabels", "Education and work"),
        ("handover", "pre_integration"): translate("FieldworkLabels", "Pre-integration in the AZC"),
        ("handover", "urgent"): translate("FieldworkLabels", "Urgent matters"),
        ("handover", "agreements"): translate("FieldworkLabels", "Agreements"),
        ("intake", "language"): translate("FieldworkLabels", "Language"),
        ("intake", "education"): translate("FieldworkLabels", "Education"),
        ("intake", "work"): translate("FieldworkLabels", "Work"),
        ("intake", "health"): translate("FieldworkLabels", "Health"),
        ("intake", "finances"): translate("FieldworkLabels", "Finances"),
        ("intake", "housing"): translate("FieldworkLabels", "Housing"),
        ("intake", "family"): translate("FieldworkLabels", "Family"),
        ("intake", "network"): translate("FieldworkLabels", "Social network"),
        ("intake", "activities"): translate("FieldworkLabels", "Activities and participation"),
        ("intake", "ambitions"): translate("FieldworkLabels", "Ambitions"),
        ("intake", "wishes"): translate("FieldworkLabels", "Own wishes"),
        ("intake", "conclusion"): translate("FieldworkLabels", "Conclusion"),
        ("visit", "house"): translate("FieldworkLabels", "The house"),
        ("visit", "post"): translate("FieldworkLabels", "Post and letters"),
        ("visit", "money"): translate("FieldworkLabels", "Money"),
        ("visit", "health"): translate("FieldworkLabels", "Health"),
        ("visit", "children"): translate("FieldworkLabels", "Children"),
        ("visit", "language"): translate("FieldworkLabels", "Language"),
        ("visit", "network"): translate("FieldworkLabels", "Network"),
        ("visit", "questions"): translate("FieldworkLabels", "The client's questions"),
        ("visit", "summary"): translate("FieldworkLabels", "Summary"),
    }
    return titles.get((form_key, part_key), part_key)


def question_label(form_key: str, part_key: str, question_key: str) -> str:
    # Keyed by form and question: a question key means the same throughout one form,
    # except the visit topics, whose one question is asked of each topic alike.
    labels = {
        # handover, in the order of the call
        ("handover", "identity_checked"): translate("FieldworkLabels", "Identity checked against the permit"),
        ("handover", "household_complete"): translate("FieldworkLabels", "Whole household in the Netherlands"),
        ("handover", "family_reunification"): translate("FieldworkLabels", "Family reunification expected"),
        ("handover", "dutch_level"): translate("FieldworkLabels", "Level of Dutch"),
        ("handover", "english_level"): translate("FieldworkLabels", "Level of English"),
        ("handover", "literacy"): translate("FieldworkLabels", "Literacy"),
        ("handover", "interpreter_needed"): translate("FieldworkLabels", "Interpreter needed"),
        ("handover", "care_needs"): translate("FieldworkLabels", "Care needs"),
        ("handover", "in_treatment"): translate("FieldworkLabels", "In treatment now"),
        ("handover", "mental_health_signals"): translate("FieldworkLabels", "Signs of mental strain"),
        ("handover", "visible_disability"): translate("FieldworkLabels", "Visible disability"),
        ("handover", "education_level"): translate("FieldworkLabels", "Highest education"),
        ("handover", "diplomas"): translate("FieldworkLabels", "Has diplomas"),
        ("handover", "work_experience"): translate("FieldworkLabels", "Has work experience"),
        ("handover", "profession"): translate("FieldworkLabels", "Profession"),
        ("handover", "classes_started"): translate("FieldworkLabels", "Language classes started"),
        ("handover", "knm_started"): translate("FieldworkLabels", "Knowledge of Dutch society (KNM) started"),
        ("handover", "hours_followed"): translate("FieldworkLabels", "Hours of class followed"),
        ("handover", "urgent_matters"): translate("FieldworkLabels", "Urgent matters to act on"),
        ("handover", "intake_planned_on"): translate("FieldworkLabels", "Intake planned on"),
        ("handover", "contact_by_phone_ok"): translate("FieldworkLabels", "May be called by phone"),
        # brede intake
        ("intake", "dutch_level"): translate("FieldworkLabels", "Level of Dutch"),
        ("intake", "literacy"): translate("FieldworkLabels", "Literacy"),
        ("intake", "lbt_result"): translate("FieldworkLabels", "Learnability test (LBT) result"),
        ("intake", "lbt_score"): translate("FieldworkLabels", "LBT score"),
        ("intake", "lbt_required_score"): translate("FieldworkLabels", "LBT score needed for B1"),
        ("intake", "lbt_date"): translate("FieldworkLabels", "Date of the LBT"),
        ("intake", "education_level"): translate("FieldworkLabels", "Highest education"),
        ("intake", "years_of_school"): translate("FieldworkLabels", "Years of school"),
        ("intake", "diplomas_evaluated"): translate("FieldworkLabels", "Diplomas evaluated"),
        ("intake", "wants_to_finish_study"): translate("FieldworkLabels", "Wants to finish a study"),
        ("intake", "has_work_experience"): translate("FieldworkLabels", "Has work experience"),
        ("intake", "profession"): translate("FieldworkLabels", "Profession"),
        ("intake", "years_worked"): translate("FieldworkLabels", "Years worked"),
        ("intake", "available_for_work"): translate("FieldworkLabels", "Available for work"),
        ("intake", "physical"): translate("FieldworkLabels", "Physical health"),
        ("intake", "mental"): translate("FieldworkLabels", "Mental health"),
        ("intake", "psych_assessment_requested"): translate("FieldworkLabels", "Psychological assessment requested"),
        ("intake", "in_care"): translate("FieldworkLabels", "In care now"),
        ("intake", "debts"): translate("FieldworkLabels", "Debts"),
        ("intake", "has_bank_account"): translate("FieldworkLabels", "Has a bank account"),
        ("intake", "needs_budget_coach"): translate("FieldworkLabels", "Needs a budget coach"),
        ("intake", "housing"): translate("FieldworkLabels", "Housing now"),
        ("intake", "special_housing_needs"): translate("FieldworkLabels", "Special housing needs"),
        ("intake", "children_in_household"): translate("FieldworkLabels", "Children in the household"),
        ("intake", "vve_explained"): translate("FieldworkLabels", "Early childhood education (VVE) explained"),
        ("intake", "family_reunification"): translate("FieldworkLabels", "Family reunification under way"),
        ("intake", "network"): translate("FieldworkLabels", "Social network"),
        ("intake", "wants_language_buddy"): translate("FieldworkLabels", "Wants a language buddy"),
        ("intake", "volunteering"): translate("FieldworkLabels", "Does volunteer work"),
        ("intake", "sports_or_clubs"): translate("FieldworkLabels", "Sports or clubs"),
        ("intake", "ambition_work"): translate("FieldworkLabels", "Ambition in work"),
        ("intake", "ambition_study"): translate("FieldworkLabels", "Ambition in study"),
        ("intake", "own_wishes"): translate("FieldworkLabels", "The client's own wishes"),
        ("intake", "starting_position"): translate("FieldworkLabels", "Starting position"),
        ("intake", "support_needed"): translate("FieldworkLabels", "Support needed with"),
        ("intake", "support_level"): translate("FieldworkLabels", "Kind of support"),
        # home visit report
        ("visit", "state"): translate("FieldworkLabels", "How it stands"),
        ("visit", "observations"): translate("FieldworkLabels", "Observations"),
        ("visit", "agreements"): translate("FieldworkLabels", "Agreements made"),
    }
    return labels.get((form_key, question_key), question_key)


def option_label(option: str) -> str:
    return {
        # levels of language (CEFR)
        "none": translate("FieldworkLabels", "None"),
        "a1": translate("FieldworkLabels", "A1"),
        "a2": translate("FieldworkLabels", "A2"),
        "b1": translate("FieldworkLabels", "B1"),
        "b2_plus": translate("FieldworkLabels", "B2 or higher"),
        # literacy
        "literate_latin": translate("FieldworkLabels", "Reads and writes the Latin script"),
        "literate_other_script": translate("FieldworkLabels", "Reads and writes another script"),
        "limited": translate("FieldworkLabels", "Limited literacy"),
        "illiterate": translate("FieldworkLabels", "Cannot read or write"),
        # education
        "primary": translate("FieldworkLabels", "Primary school"),
        "secondary": translate("FieldworkLabels", "Secondary school"),
        "vocational": translate("FieldworkLabels", "Vocational education"),
        "higher": translate("FieldworkLabels", "Higher education"),
        # learnability test
        "b1_feasible": translate("FieldworkLabels", "B1 feasible"),
        "b1_not_feasible": translate("FieldworkLabels", "B1 not feasible"),
        "unknown": translate("FieldworkLabels", "Unknown"),
        # health
        "good": translate("FieldworkLabels", "Good"),
        "some_limits": translate("FieldworkLabels", "Some limitations"),
        "serious_limits": translate("FieldworkLabels", "Serious limitations"),
        # debts
        "some": translate("FieldworkLabels", "Some"),
        "problematic": translate("FieldworkLabels", "Problematic"),
        # housing
        "azc": translate("FieldworkLabels", "AZC"),
        "temporary": translate("FieldworkLabels", "Temporary housing"),
        "own_home": translate("FieldworkLabels", "Own home"),
        # network
        "small": translate("FieldworkLabels", "Small"),
        "large": translate("FieldworkLabels", "Large"),
        # level of support, from led to on their own
        "by_the_hand": translate("FieldworkLabels", "Led by the hand"),
        "coached": translate("FieldworkLabels", "Coached"),
        "information_and_go": translate("FieldworkLabels", "Information, then on their own"),
        # domains that need support
        "language": translate("FieldworkLabels", "Language"),
        "work": translate("FieldworkLabels", "Work"),
        "education": translate("FieldworkLabels", "Education"),
        "health": translate("FieldworkLabels", "Health"),
        "finances": translate("FieldworkLabels", "Finances"),
        "housing": translate("FieldworkLabels", "Housing"),
        "network": translate("FieldworkLabels", "Network"),
        "participation": translate("FieldworkLabels", "Participation"),
        # how a visit topic stands
        "fine": translate("FieldworkLabels", "Fine"),
        "attention": translate("FieldworkLabels", "Needs attention"),
        "urgent": translate("FieldworkLabels", "Urgent"),
    }.get(option, option)


def yes_no_label(value: bool | None) -> str:
    if value is None:
        return ""
    return translate("FieldworkLabels", "Yes") if value else translate("FieldworkLabels", "No")


def outcome_label(outcome: str) -> str:
    return {
        "planned": translate("FieldworkLabels", "Planned"),
        "done": translate("FieldworkLabels", "Done"),
        "not_home": translate("FieldworkLabels", "Not at home"),
        "cancelled": translate("FieldworkLabels", "Cancelled"),
    }.get(outcome, outcome)


def variant_label(variant: str) -> str:
    return {
        "quick_start": translate("FieldworkLabels", "Quick start in the AZC"),
        "combined": translate("FieldworkLabels", "Combined approach with COA"),
        "after_move": translate("FieldworkLabels", "Start after the move"),
    }.get(variant, variant)


def status_label(status: str) -> str:
    """Draft or complete: the state of a handover or intake."""
    return {
        "draft": translate("FieldworkLabels", "Draft"),
        "complete": translate("FieldworkLabels", "Complete"),
    }.get(status, status)
