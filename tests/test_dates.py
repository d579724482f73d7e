"""Event dates: dates in the evidence sentence resolved against the document date."""
from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import event_date

DOC_DATE = "2023-12-07"  # a Thursday


def _sent(nlp, text):
    return list(nlp(text).sents)[0]


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # weekday: past tense -> the latest such day on or before the document date
        ("Moody sent a letter to Zuckerberg Monday.", DOC_DATE, "2023-12-04"),
        ("The lawsuit was filed last Monday.", DOC_DATE, "2023-12-04"),
        # future tense -> the first such day on or after
        ("Meta will testify Monday before the committee.", DOC_DATE, "2023-12-11"),
        # a bare weekday in the present tense is ambiguous
        ("Zuckerberg testifies Monday.", DOC_DATE, None),
        # month without a year: the latest October on or before the document date
        ("In October, Meta was sued by 33 states who alleged that it targeted children.", DOC_DATE, "2023-10"),
        ("In October, Meta was sued by 33 states.", "2024-02-01", "2023-10"),
        # relative periods
        ("The company said last week that it would appeal.", DOC_DATE, "2023-W48"),
        ("The senator said yesterday that the bill passed.", DOC_DATE, "2023-12-06"),
        # absolute dates need no document date
        ("The attorney general filed the lawsuit on Dec. 5, 2023.", None, "2023-12-05"),
        ("Zuckerberg testified before the Senate on Jan. 31.", "2024-02-10", "2024-01-31"),
        ("In 2022, the tip line received 32 million reports.", DOC_DATE, "2022"),
        # deadlines and spans are not the date of the event
        ("Moody is requesting a response by Sept. 5.", "2023-08-10", None),
        ("Since 2000, 55% of victims have been recruited online.", DOC_DATE, None),
        # a relative date without a document date cannot be resolved
        ("Moody sent a letter to Zuckerberg Monday.", None, None),
        # no date at all
        ("Meta owns Instagram.", DOC_DATE, None),
    ],
)
def test_event_date(nlp, text, doc_date, expected):
    assert event_date(_sent(nlp, text), doc_date) == expected


def test_two_different_dates_are_ambiguous(nlp):
    sent = _sent(nlp, "The state sued Meta on Monday and Google on Dec. 1, 2022.")
    assert event_date(sent, DOC_DATE) is None


def test_accepts_date_entities_and_date_objects(nlp):
    sent = _sent(nlp, "Moody sent a letter to Zuckerberg Monday.")
    ents = [e for e in sent.ents if e.label_ == "DATE"]
    assert event_date(ents, date(2023, 12, 7)) == "2023-12-04"
    assert event_date([], DOC_DATE) is None


def test_relations_carry_event_date_into_the_graph(nlp):
    """The extractor sets Relation.event_date and the graph writes kg:eventDate with a datatype."""
    from rdflib.namespace import XSD

    from kg.extract import extract_document
    from kg.graph import extraction_graph
    from kg.model import Document
    from kg.namespace import KG

    text = "In October, Meta was sued by 33 states who alleged that it targeted children."
    doc = Document(doc_id="d", name="d.txt", path="d.txt", text=text, date=DOC_DATE)
    ex = extract_document(doc, nlp(text))
    sued = [r for r in ex.relations if r.rel == "sued"]
    assert sued and all(r.event_date == "2023-10" for r in sued)
    g = extraction_graph(ex, model="test")
    dates = list(g.objects(None, KG.eventDate))
    assert dates and all(str(d) == "2023-10" and d.datatype == XSD.gYearMonth for d in dates)
