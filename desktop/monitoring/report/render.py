"""The meeting's report as an A4 PDF: the meeting, per target its chart, the taakstelling, the stage
ratings, the selected stories with why they were chosen, the differences between groups, and the
decisions and actions (the previous meeting's with what became of them).

Needs a QGuiApplication (fonts), no widgets: the command line and the database worker write it.
"""

from __future__ import annotations

from pathlib import Path

from desktop.monitoring.report import texts
from desktop.monitoring.report.charts import quota_chart, ratings_chart, target_chart, target_chart_height
from desktop.monitoring.report.content import ReportContent
from desktop.monitoring.report.page_flow import WIDTH, PageFlow, Placed

translate = texts.translate


def write_report(path: Path, content: ReportContent) -> list[Placed]:
    """Write the PDF; returns where the charts' parts were drawn (for tests of the printed page)."""
    meeting = content.meeting or {}
    held = texts.long_date(meeting.get("held_on")) if meeting else ""
    title = (translate("MeetingReport", "Monitoring meeting of {date}").format(date=held) if meeting
             else translate("MeetingReport", "Monitoring figures"))
    footer = translate("MeetingReport", "Ketenplan - {title} - figures as of {date}").format(
        title=title, date=texts.long_date(content.reference_date))
    flow = PageFlow(Path(path), title, footer)
    try:
        _front(flow, content, title)
        _targets(flow, content)
        _ratings(flow, content)
        _stories(flow, content)
        _groups(flow, content)
        _decisions(flow, content)
    finally:
        flow.finish()
    return flow.placed


def _front(flow: PageFlow, content: ReportContent, title: str) -> None:
    meeting = content.meeting or {}
    flow.heading(title, size=17, keep=10)
    if meeting.get("title"):
        flow.paragraph(meeting["title"], size=11, bold=True)
    flow.paragraph(translate("MeetingReport", "Figures as they stood on {date}; {basis}; {n} persons.").format(
        date=texts.long_date(content.reference_date), basis=texts.cohort_basis(content.cohort_by),
        n=content.persons))
    people = meeting.get("participants") or []
    if people:
        names = "; ".join(f"{p.get('name', '')} ({p['organisation']})" if p.get("organisation") else p.get("name", "")
                          for p in people)
        flow.paragraph(translate("MeetingReport", "Present: {names}").format(names=names))
    flow.paragraph(translate("MeetingReport", "Realised: among those whose window has closed. On track: among those "
                                              "still inside it, realised already or on their way. Unknown is never "
                                              "counted as failed."), size=8.5, italic=True)
    flow.rule()


def _targets(flow: PageFlow, content: ReportContent) -> None:
    flow.heading(translate("MeetingReport", "The targets"), size=14)
    for block in content.targets:
        flow.heading(f"{block.code}  {texts.target_title(block.code, block.title)}", size=10.5, after=1.5,
                     keep=target_chart_height(block))
        target_chart(flow, block)
        if block.excluded or block.unknown:
            flow.paragraph(translate("MeetingReport", "Excluded by the target's own rule: {excluded}; "
                                                      "unknown (data missing): {unknown}.").format(
                excluded=block.excluded, unknown=block.unknown), size=8, after=3)
    if content.quotas:
        flow.heading(f"H2  {texts.target_title('H2', 'H2')}", size=10.5, after=1.5,
                     keep=min(60.0, 14 + 5.4 * len(content.quotas)))
        quota_chart(flow, content.quotas)


def _ratings(flow: PageFlow, content: ReportContent) -> None:
    flow.heading(translate("MeetingReport", "How the stages of the journey were rated"), size=14)
    ratings_chart(flow, content.ratings, content.stages)


def _stories(flow: PageFlow, content: ReportContent) -> None:
    flow.heading(translate("MeetingReport", "The stories selected"), size=14)
    if not content.stories:
        flow.paragraph(translate("MeetingReport", "No stories were selected."), italic=True)
    for shown in content.stories:
        story = shown.choice
        flow.heading(story.title or translate("MeetingReport", "(no title)"), size=10.5, after=1, keep=15)
        who = shown.teller or translate("MeetingReport", "anonymous")
        flow.paragraph(translate("MeetingReport", "{stage} - told by {kind} on {date} - {who}").format(
            stage=content.stages.get(story.stage, story.stage), kind=texts.teller_kind(story.told_by_kind),
            date=texts.long_date(story.told_on.isoformat() if story.told_on else None), who=who), size=8)
        flow.paragraph(story.text_nl, size=9.5)
        if story.text_original:
            flow.paragraph(translate("MeetingReport", "In the storyteller's words ({language}): {text}").format(
                language=story.original_language or "?", text=story.text_original), size=8.5)
        flow.paragraph(translate("MeetingReport", "Why it was selected: {reason}").format(reason=shown.reason),
                       size=9.5, italic=True, after=4)
    if content.stories_withheld:
        withheld = translate("MeetingReport", "Selected stories not shown, because the person's consent does not "
                                              "allow it (any more) or this device does not hold them: {n}.")
        flow.paragraph(withheld.format(n=content.stories_withheld), size=8.5, italic=True)


def _groups(flow: PageFlow, content: ReportContent) -> None:
    flow.heading(translate("MeetingReport", "Differences between groups"), size=14)
    flow.paragraph(translate("MeetingReport", "Realised among closed windows, all cohorts together. Small numbers "
                                              "are hidden: \"<5\" under five, \"x\" where a hidden number could "
                                              "otherwise be worked out; a share only over ten or more."),
                   size=8.5, italic=True)
    for table in content.groups:
        codes = list(table.targets)
        label_w = 40.0
        col = (WIDTH - label_w) / max(1, len(codes))
        flow.heading(texts.dimension_label(table.dimension), size=10.5, after=1, keep=20)
        rows = [[texts.group_label(table.dimension, g, content.organisations), *cells]
                for g, cells in zip(table.groups, table.cells, strict=True)]
        flow.table([translate("MeetingReport", "Group"), *codes], rows, [label_w, *[col] * len(codes)], size=6.5,
                   kind="groups")


def _decisions(flow: PageFlow, content: ReportContent) -> None:
    meeting = content.meeting
    if not meeting:
        return
    flow.heading(translate("MeetingReport", "Decisions"), size=14)
    decisions = meeting.get("decisions") or []
    if not decisions:
        flow.paragraph(translate("MeetingReport", "No decisions were recorded."), italic=True)
    for i, decision in enumerate(decisions, 1):
        flow.paragraph(f"{i}. {decision}")
    header = [translate("MeetingReport", "What"), translate("MeetingReport", "Who"),
              translate("MeetingReport", "By"), translate("MeetingReport", "Status"),
              translate("MeetingReport", "What became of it")]
    widths = [64.0, 30.0, 22.0, 16.0, WIDTH - 132.0]

    def rows(actions: list[dict]) -> list[list[str]]:
        return [[a.get("what", ""), a.get("who", ""), texts.long_date(a.get("due_on")),
                 texts.action_status(a.get("status", "open")), a.get("outcome", "")] for a in actions]
    flow.heading(translate("MeetingReport", "Actions"), size=12)
    actions = meeting.get("actions") or []
    if actions:
        flow.table(header, rows(actions), widths, kind="actions")
    else:
        flow.paragraph(translate("MeetingReport", "No actions were agreed."), italic=True)
    carried = meeting.get("carried_actions") or []
    if carried:
        flow.heading(translate("MeetingReport", "Actions of the previous meeting"), size=12)
        flow.table(header, rows(carried), widths, kind="carried")
