"""demo.overview.lecture: the course map and the references the lecture cites, in both languages."""

import re

from demo.overview import lecture
from demo.i18n import TABLES

CITED = [("Thompson", "1980", "Perception"), ("Kirillov", "2019", "CVPR"), ("Gordon", "2019", "ICCV"),
         ("Huang", "2017", "ICCV"), ("Selvaraju", "2017", "ICCV"), ("LeCun", "1998", "IEEE"),
         ("Krizhevsky", "2012", "NIPS"), ("Simonyan", "2015", "ICLR")]


def test_every_cited_work_is_listed_with_a_link():
    for surname, year, venue in CITED:
        match = [r for r in lecture.REFERENCES if surname in r.authors and year in r.venue and venue in r.venue]
        assert len(match) == 1, surname
        assert match[0].url.startswith("https://")


def test_every_work_says_why_it_is_cited_in_both_languages():
    for works, why in ((lecture.REFERENCES, "Cited for: "), (lecture.FURTHER_READING, "Used for: ")):
        for work in works:
            assert TABLES["en"][work.why].startswith(why), work.key
            assert re.search("[가-힣]", TABLES["ko"][work.why]), work.key


def test_course_map_has_ten_topics_and_marks_this_lecture():
    for language, table in TABLES.items():
        course_map = table["overview.md.course_map"]
        numbers = re.findall(r"^(\d+)\. \*\*", course_map, re.M)
        assert numbers == [str(n) for n in range(1, 11)], language
        marked = [line for line in course_map.splitlines() if "←" in line]
        assert len(marked) == 1 and marked[0].startswith("1. "), language
    english = TABLES["en"]
    assert re.search(r"^1\. \*\*(.+?)\*\*", english["overview.md.course_map"], re.M).group(1) == lecture.LECTURE_TITLE
    assert english["overview.md.intro"].startswith(f"## {lecture.LECTURE_TITLE}\n")  # h2: the tab's h1 is its name


def test_the_works_the_app_rests_on_are_listed():
    """Cover & Hart (the k-NN error bound), Zeiler & Fergus (occlusion), Wang et al. (CNN Explainer)."""
    for surname, year in (("Cover", "1967"), ("Zeiler", "2014"), ("Wang", "2020")):
        match = [r for r in lecture.FURTHER_READING if surname in r.authors and year in r.venue]
        assert len(match) == 1 and match[0].url.startswith("https://"), surname
