"""demo.lecture: the course map and the references the lecture cites."""

from demo import lecture

CITED = [("Thompson", "1980", "Perception"), ("Kirillov", "2019", "CVPR"), ("Gordon", "2019", "ICCV"),
         ("Huang", "2017", "ICCV"), ("Selvaraju", "2017", "ICCV"), ("LeCun", "1998", "IEEE"),
         ("Krizhevsky", "2012", "NIPS"), ("Simonyan", "2015", "ICLR")]


def test_every_cited_work_is_listed_with_a_link():
    for surname, year, venue in CITED:
        match = [r for r in lecture.REFERENCES if surname in r.authors and year in r.venue and venue in r.venue]
        assert len(match) == 1, surname
        assert match[0].url.startswith("https://")


def test_course_map_has_ten_topics_and_marks_this_lecture():
    assert len(lecture.COURSE_MAP) == 10
    current = [topic for topic, _, here in lecture.COURSE_MAP if here]
    assert current == [lecture.LECTURE_TITLE]
