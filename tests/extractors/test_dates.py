"""Date normalisation: text + reference date -> ISO (date, end_date)."""

from datetime import date

import pytest

from coop_extract.extractors.dates import find_dates

REF = date(2023, 5, 13)  # a Saturday

# fmt: off
CASES = [
    # absolute and partial
    ("on May 10, 2023 the trip began", REF, [("2023-05-10", None)]),
    ("On 10 May the trip began", REF, [("2023-05-10", None)]),
    ("signed on Feb 23", REF, [("2023-02-23", None)]),
    ("on the afternoon of May 11", REF, [("2023-05-11", None)]),
    ("In January, capital rose", REF, [("2023-01", None)]),
    ("In 2018, the line was opened", REF, [("2018", None)]),
    ("by the end of 2022, it had", REF, [("2022", None)]),
    ("published 2023-05-24 here", REF, [("2023-05-24", None)]),
    # an ISO day with its clock after a "T" (an Atom entry's stamp), but not a quoted
    # value, a page's metadata
    ("2026-11-18T16:00:00+08:00", REF, [("2026-11-18", None)]),
    ('"datePublished":"2026-11-16T08:15:00+08:00"', REF, []),
    # a day of the month after its weekday is the one near the story's that falls on it;
    # "the 3rd of December" is the 3rd
    ("leaves on Monday the 30th", date(2026, 11, 19), [("2026-11-30", None)]),
    ("leaves on Friday 30th.", date(2026, 11, 19), [("2026-10-30", None)]),
    ("We meet on the 3rd of December", date(2026, 11, 19), [("2026-12-03", None)]),
    # in a text with no date of its own, a day without its year is in the year told before
    ("On 10 November 2026 they arrived. On 11 November, nine deals were signed.", None,
     [("2026-11-10", None), ("2026-11-11", None)]),
    ("in March 2021 they met", REF, [("2021-03", None)]),
    # "May" after a preposition is the month, whatever follows; alone it may be the modal
    ("In May we resumed the line", REF, [("2023-05", None)]),
    ("signed a pact in early May to build", REF, [("2023-05", None)]),
    ("May we ask why", REF, []),
    # year inference: a past December in a January story is last year
    ("the deal signed on December 28", date(2024, 1, 3), [("2023-12-28", None)]),
    # ISO days from one to the other, in prose or as a data file's two fields; a second
    # day before the first, or months away, is no range
    ("runs 2026-12-03 to 2026-12-05 in Zhuhai", REF, [("2026-12-03", "2026-12-05")]),
    ("- title: Forum\n  date: 2026-12-03\n  end_date: 2026-12-04\n", REF,
     [("2026-12-03", "2026-12-04")]),
    ("start_date: '2026-12-03'\nend: '2026-12-06'", REF, [("2026-12-03", "2026-12-06")]),
    ("2026-12-03 to 2026-11-30", REF, [("2026-12-03", None), ("2026-11-30", None)]),
    # ranges
    ("from Feb 23 to 25", REF, [("2023-02-23", "2023-02-25")]),
    ("May 10-12", REF, [("2023-05-10", "2023-05-12")]),
    ("from 30 June to 2 July", REF, [("2023-06-30", "2023-07-02")]),
    ("toured the two cities between May 2 and 4", REF, [("2023-05-02", "2023-05-04")]),
    ("between 2 and 4 May", REF, [("2023-05-02", "2023-05-04")]),
    ("May 2 and 4 were holidays", REF, [("2023-05-02", None)]),
    # relative
    ("signed on Friday", REF, [("2023-05-12", None)]),
    ("will sign on Friday", REF, [("2023-05-19", None)]),
    ("met yesterday", REF, [("2023-05-12", None)]),
    ("opens today", REF, [("2023-05-13", None)]),
    ("starts tomorrow (May 16)", REF, [("2023-05-16", None)]),
    ("last month", REF, [("2023-04", None)]),
    ("earlier this year", REF, [("2023", None)]),
    ("next week", REF, [("2023-05-15", "2023-05-21")]),
    # "next Tuesday" on a Monday is the Tuesday of the week after; on a Wednesday, "next
    # Monday" is the coming one
    ("will meet next Tuesday", date(2026, 11, 30), [("2026-12-08", None)]),
    ("will open next Monday", date(2026, 11, 25), [("2026-11-30", None)]),
    ("were inked this morning", REF, [("2023-05-13", None)]),
    ("the gala tonight", REF, [("2023-05-13", None)]),
    ("talks ran late last night", REF, [("2023-05-12", None)]),
    # "mid-" months
    ("the port opened in mid-April", REF, [("2023-04", None)]),
    ("it opened mid-March", REF, [("2023-03", None)]),
    ("the channel will open as early as September", REF, [("2023-09", None)]),
    # "next April", "last September": the nearest such month after (before) the article
    ("a design week in Hong Kong next April", REF, [("2024-04", None)]),
    ("the fair held last September", REF, [("2022-09", None)]),
    # a month of the year named relative to the article's
    ("in March this year a rail link opened", REF, [("2023-03", None)]),
    ("the scheme runs from March next year", REF, [("2024-03", None)]),
    ("in June last year", REF, [("2022-06", None)]),
    # seasons and "the year" take the year they fall in
    ("the park will open this summer", REF, [("2023", None)]),
    ("the port opened last summer", REF, [("2022", None)]),
    ("a fund will be set up next spring", REF, [("2024", None)]),
    ("a forum in the second half of the year", REF, [("2023", None)]),
    ("in the first quarter of the year, trade rose", REF, [("2023", None)]),
    ("the hub will be set up before the end of the year", REF, [("2023", None)]),
    ("a decision is due by year-end", REF, [("2023", None)]),
    ("the line should run by mid-2024", REF, [("2024", None)]),
    ("capacity doubles by end-2026", REF, [("2026", None)]),
    # not dates
    ("10-30 colleagues relocate", REF, []),
    ("13,6 million readers", REF, []),
    ("the 14th Five-Year Plan", REF, []),
    ("after three years of stagnation", REF, []),
    ("You may see it", REF, []),
    # "end-June" like "mid-June"; a wire flash's month/day stamp before its time
    ("The pilot will start by end-June.", REF, [("2023-06", None)]),
    ("BN 05/12 09:31 *SHENZHEN SIGNS PACT", REF, [("2023-05-12", None)]),
    # two weekdays running are one range
    ("They were in Macao last Wednesday and Thursday.", REF, [("2023-05-10", "2023-05-11")]),
    ("They toured Nanning from Sunday to Tuesday.", REF, [("2023-05-07", "2023-05-09")]),
    # numeric dates: the year first, or the day first unless the first cannot be a day's month
    ("The port opened on 2023.05.02.", REF, [("2023-05-02", None)]),
    ("Listed 02/05/2023 in the register", REF, [("2023-05-02", None)]),
    ("Filed 05/14/2023 in New York", REF, [("2023-05-14", None)]),
    # a part of a year is dated by its year
    ("Shipments rose in Q1 2023 and in FY2022.", REF, [("2023", None), ("2022", None)]),
    # "14 October this year": the year named after the day
    ("On 14 October this year, they met.", REF, [("2023-10-14", None)]),
    # a date written in Chinese inside English text
    ("On 11月26日, they met; the pact runs from 2023年6月1日.", REF,
     [("2022-11-26", None), ("2023-06-01", None)]),
    # a weekday right before a written date labels it: one date, the written one
    ("Lunch talk - Tuesday, 14 November 2023, 12:30", REF, [("2023-11-14", None)]),
    ("The fair opens on Friday, November 17.", REF, [("2023-11-17", None)]),
    # "that year", "the following year": the year the text named last before it
    ("It opened in 2004; by the end of that year it had 40 tenants.", REF,
     [("2004", None), ("2004", None)]),
    ("He joined in 1998. The following year he moved to Macao.", REF,
     [("1998", None), ("1999", None)]),
    ("Exports rose 9% on the previous year.", REF, []),
    # a year naming a run of a series; not one compared with, nor beside a finer date
    ("The 2021 edition drew 90 firms, up 8% on the 2019 edition.", REF, [("2021", None)]),
    # two days in a row joined by "and" are a range; two days apart are one day and another
    ("The hearing sat on 9 and 10 September 2025.", REF, [("2025-09-09", "2025-09-10")]),
    ("It sat on 3 and 17 May 2025.", REF, [("2025-05-17", None)]),
    # a count of days after a day of the same sentence; "later that month" and "the
    # following month" after a date
    ("Leave was granted on 6 June 2025 and served nine days later.", REF,
     [("2025-06-06", None), ("2025-06-15", None)]),
    ("It signed on 12 August 2024. Later that month it met the bureau, and in the following "
     "month it opened.", REF, [("2024-08-12", None), ("2024-08", None), ("2024-09", None)]),
    # a legal instrument's dates: "this 12th day of", the day after (or of) its publication
    ("Made on this 12th day of November 2022.", REF, [("2022-11-12", None)]),
    ("It comes into force on the day following its publication, and the annex on the date of "
     "its publication.", REF, [("2023-05-14", None), ("2023-05-13", None)]),
    # an invitation's date in words, its year in words or digits or left to the tense
    ("on Saturday, the twenty-first of October, two thousand and twenty-three", REF,
     [("2023-10-21", None)]),
    ("will be held on the first of June 2024", REF, [("2024-06-01", None)]),
    ("will open on the third of June", REF, [("2023-06-03", None)]),
    ("the third of five phases", REF, []),
    # counted back from the story's day: a day with "today", else a year
    ("Twelve years ago today the bridge opened; a decade ago it carried 2 million cars.", REF,
     [("2011-05-13", None), ("2013", None)]),
    # months and weeks back are a month; what the news "comes" after, unless a day of its
    # own is told; what "came" after something counts from that something
    ("The firm listed two months ago and opened a lab three weeks ago.", REF,
     [("2023-03", None), ("2023-04", None)]),
    ("The pact follows four months after the two sides met.", REF, [("2023-01", None)]),
    ("The pact comes a month after the mayors met in Zhuhai on 2 April.", REF,
     [("2023-04-02", None)]),
    ("The pact came a year after the mayors met.", REF, []),
    # two days written in full, each with its year, are one range
    ("The show runs from 28 December 2023 to 2 January 2024.", REF,
     [("2023-12-28", "2024-01-02")]),
    ("Arrivals rose between March 1, 2023 and April 30, 2023.", REF,
     [("2023-03-01", "2023-04-30")]),
    ("He served on 1 March 2020 and 1 March 2021.", REF, [("2020-03-01", None), ("2021-03-01", None)]),
    # a chronology's item headed by its year: its days are in that year, whatever the tense;
    # a bare year heading an item is its date, unless a day of that year is beside it
    ("2016 — On 20 December, private cars drive into Hengqin.\n2019 — The lab opens.", REF,
     [("2016-12-20", None), ("2019", None)]),
    # a range of months, the year written once after the last (or a year named for it)
    ("The survey ran from April to June 2022.", REF, [("2022-04", "2022-06")]),
    ("Cars crossed between November and February 2022.", REF, [("2021-11", "2022-02")]),
    ("It ran between March and May last year.", REF, [("2022-03", "2022-05")]),
    # two months joined by "and", without "between", stay two dates
    ("It rose in March and May 2022.", REF, [("2023-03", None), ("2022-05", None)]),
    # a weekday in brackets labels the day before it; labelled days make a range
    ("They visit from May 22 (Monday) to May 25 (Thursday).", REF, [("2023-05-22", "2023-05-25")]),
    ("On 20 May (Saturday) they arrive.", REF, [("2023-05-20", None)]),
    # a day told by its number alone is in the story's month (the day before it told, if
    # any); a past one is not after the story's day, a future one not before it
    ("From the 8th to the 11th, the team toured Hubei.", REF, [("2023-05-08", "2023-05-11")]),
    ("On the afternoon of the 12th, they met.", REF, [("2023-05-12", None)]),
    ("On the 20th, the delegation arrived in Macao.", REF, [("2023-04-20", None)]),
    ("The forum will open on the 20th.", REF, [("2023-05-20", None)]),
    ("They left on April 29. On the 2nd, they signed.", REF,
     [("2023-04-29", None), ("2023-05-02", None)]),
    ("It was paid on the 5th of last month.", REF, [("2023-04-05", None)]),
    # an ordinal before a noun is no day
    ("He spoke at the 20th National Congress on the 9th.", REF, [("2023-05-09", None)]),
    # a week and a fortnight ago are days; three weeks ago is only its month
    ("A fortnight ago, the mission arrived.", REF, [("2023-04-29", None)]),
    ("A week ago, the mission arrived.", REF, [("2023-05-06", None)]),
    ("Three weeks ago, the mission arrived.", REF, [("2023-04", None)]),
    # a digest's "dd/mm" at a line's head or after "by": the reading nearer the story's day
    ("09/05 — The bureau signed a pact.\n16/05 — Forum (RSVP by 14/05)", REF,
     [("2023-05-09", None), ("2023-05-16", None), ("2023-05-14", None)]),
    ("The score was 2/1 and page 3/4 said so.", REF, []),
    # a forum post's short weekday after "last" or "next" (not "The Sun")
    ("We went last Sat and will go next Wed. The Sun said so.", REF,
     [("2023-05-06", None), ("2023-05-17", None)]),
    # a Macao release's Portuguese date
    ("Macau, 12 de Maio de 2023", REF, [("2023-05-12", None)]),
    # the German way: a range closed by its year, a day and month after a preposition or
    # a weekday (a decimal closing a sentence is none)
    ("The mission stayed from 2.5. to 5.5.2023 and left on 6.5.", REF,
     [("2023-05-02", "2023-05-05"), ("2023-05-06", None)]),
    ("The fair ran 8.-10.05. in Essen. Profit rose 8.2. Costs fell.", REF,
     [("2023-05-08", "2023-05-10")]),
    ("Margins rose from 1.5 to 2.5. Rates fell.", REF, []),
    ("On Tuesday, 2.5., they signed.", REF, [("2023-05-02", None)]),
    # a memo's short weekday with its day, its time, a part of the day, or closing a clause
    # after a verb of travel (never a name: "on Sun Yat-sen's birthday"); a "When:" field
    # looks ahead
    ("When: Wed 10/5, 15:00", REF, [("2023-05-10", None)]),
    ("When: Thu 09:30", REF, [("2023-05-18", None)]),
    ("The team arrived Tue night and leaves Mon.", REF,
     [("2023-05-09", None), ("2023-05-15", None)]),
    ("They met on Sun Yat-sen's birthday.", REF, []),
    # a year between "of" and a name is the name's edition; after a part of the year, a date
    ("Finalists of 2024 Bay Area Robot Cup named", REF, []),
    ("The line opens by the end of 2024 Hong Kong time.", REF, [("2024", None)]),
    # an app's stamps: minutes and hours ago are the day's
    ("Business · 12 min ago", REF, [("2023-05-13", None)]),
    ("Politics · 2 h ago", REF, [("2023-05-13", None)]),
    ("updated 1 hour ago", REF, [("2023-05-13", None)]),
    # a weekday that recurs is no day: "every Friday", "each Tuesday and Thursday"
    ("Guided walks leave every Friday; talks run each Tuesday and Thursday.", REF, []),
    ("The club meets every Monday, and met on Monday.", REF, [("2023-05-08", None)]),
    # a range's days may carry their weekdays
    ("away from Monday, 15 May to Friday, 19 May", REF, [("2023-05-15", "2023-05-19")]),
    ("from Tuesday May 16 to Thursday May 18", REF, [("2023-05-16", "2023-05-18")]),
    # a later date's own "next" is not the tense of the verb before this one
    ("The chambers signed a pact on Wednesday to hold a joint roadshow in Penang next year.",
     REF, [("2023-05-10", None), ("2024", None)]),
    # a version's number is no day of a range ("2.1 - 16 November 2026")
    ("Roadmap, version 2.1 - 16 November 2026", REF, [("2026-11-16", None)]),
    # said on a Wednesday after the text spoke of next week, "on Wednesday" is next week's
    ("About next week's trip: the fair will open on Wednesday.", date(2026, 11, 18),
     [("2026-11-23", "2026-11-29"), ("2026-11-25", None)]),
    # a memo's run of days with a dash, short names with their week after them
    ("The mission was in Changchun Mon-Wed this week.", date(2026, 11, 19),
     [("2026-11-16", "2026-11-18")]),
    ("The mission was in Changchun Tue–Thu last week.", date(2026, 11, 19),
     [("2026-11-10", "2026-11-12")]),
    ("The mission was in Changchun Monday-Wednesday.", date(2026, 11, 19),
     [("2026-11-16", "2026-11-18")]),
    # a range's days labelled by their short weekdays: a memo's "Mon 7 to Wed 9 Dec"
    ("The delegation is in Macao Mon 7 to Wed 9 Dec.", date(2026, 11, 24),
     [("2026-12-07", "2026-12-09")]),
    # ... and in words: "from Tuesday to Friday last week", "on Monday next week"
    ("The team was in Macao from Tuesday to Friday last week.", date(2026, 11, 23),
     [("2026-11-17", "2026-11-20")]),
    ("They return on Monday next week.", date(2026, 11, 25), [("2026-11-30", None)]),
    ("We met them on Wednesday last week.", date(2026, 11, 20), [("2026-11-11", None)]),
    # (opening hours are no run of days)
    ("Open Mon-Fri 9am-5pm.", date(2026, 11, 19), []),
    # a memo's line led by its day's short weekday and a dash or a colon
    ("Tue – signed seven agreements", date(2026, 11, 19), [("2026-11-17", None)]),
    ("Wed: met the Macao dealers", date(2026, 11, 19), [("2026-11-18", None)]),
    ("Sat: 10am-1pm", date(2026, 11, 19), []),
    # a thread's post numbers are no days (a lone "3/4" still is one)
    ("1/3 Big week.\n2/3 Tuesday 1 Dec: a show.\n3/3 See you!", date(2026, 11, 27),
     [("2026-12-01", None)]),
]
# fmt: on


@pytest.mark.parametrize(("text", "ref", "expected"), CASES)
def test_dates_normalize_against_reference(text, ref, expected):
    found = [(d["date"], d["end_date"]) for d in find_dates(text, ref)]
    assert found == expected


@pytest.mark.parametrize("text", ["on Friday", "yesterday", "on October 26", "last week"])
def test_dates_unresolved_without_reference(text):
    (found,) = find_dates(text, None)
    assert found["date"] is None


# fmt: off
# "that December", "the following March": the month in (or after) the year told before
THAT_MONTH = [
    ("The pact was signed on 3 March 2024. Checks began that December.", "2024-12"),
    ("The office opened in 2022 and moved the following April.", "2023-04"),
    ("The office opened in February 2022 and moved the following April.", "2022-04"),
    ("It was set up in June 2021. That same September it moved.", "2021-09"),
]


@pytest.mark.parametrize(("text", "iso"), THAT_MONTH)
def test_dates_that_month_takes_the_year_told_before(text, iso):
    assert find_dates(text, REF)[-1]["date"] == iso


# a diary's bare weekday after a day written with its own weekday, in another week than the
# story's, is a day of that week; the story's week keeps its own weekdays
TOLD_WEEK = [
    ("We landed in Chengdu on Tuesday 4 April. On Friday we toured the port.",
     ["2023-04-04", "2023-04-07"]),
    ("We landed on Tuesday, 4 April. On Friday we toured the port, and left on Monday.",
     ["2023-04-04", "2023-04-07", "2023-04-10"]),
    ("The pact was signed on 4 April. On Friday the bureau announced a second phase.",
     ["2023-04-04", "2023-05-12"]),
    # after "the", a weekday of the week told, before its last day too
    ("We fly in on Monday 10 April and back on Wednesday 12 April. On the Monday evening "
     "we dine; on Tuesday we sign.", ["2023-04-10", "2023-04-12", "2023-04-10", "2023-04-11"]),
]


@pytest.mark.parametrize(("text", "isos"), TOLD_WEEK)
def test_dates_weekday_of_a_told_week(text, isos):
    assert [d["date"] for d in find_dates(text, REF)] == isos


# "the following day" after a single day told earlier in its sentence is the day after it
NEXT_DAY = [
    ("The envoys reached Wuhan on 2 May and toured the port the following day.",
     ["2023-05-02", "2023-05-03"]),
    ("They arrived on 9 May, met the governor the next day, and left.",
     ["2023-05-09", "2023-05-10"]),
    ("The pact was initialled on 9 May, a draft having been agreed the previous day.",
     ["2023-05-09", "2023-05-08"]),
    # a range's next day is not told; nor is "the day after the summit"
    ("The fair ran from 2 to 4 May and the following day the hall reopened.",
     ["2023-05-02"]),
    ("They arrived on 9 May and left the day after the summit.", ["2023-05-09"]),
]


@pytest.mark.parametrize(("text", "isos"), NEXT_DAY)
def test_dates_the_following_day_after_a_day(text, isos):
    assert [d["date"] for d in find_dates(text, REF)] == isos


# two days written in full, digits only, joined by a dash or "from ... to", are one range
NUMERIC_RANGES = [
    ("Period of stay: 03/05/2023 - 06/05/2023", ("2023-05-03", "2023-05-06")),
    ("from 2023-05-03 to 2023-05-06", ("2023-05-03", "2023-05-06")),
    ("Dates: 28.04.2023 – 02.05.2023", ("2023-04-28", "2023-05-02")),
    # a page's source breaks its line after the dash (a browser shows one line)
    ("    2023-05-03 –\n    2023-05-06\n", ("2023-05-03", "2023-05-06")),
    ("3 May 2023 -\n6 May 2023", ("2023-05-03", "2023-05-06")),
    # (a workspace's date property joins its days with an arrow)
    ("Dates: May 3, 2023 → May 6, 2023", ("2023-05-03", "2023-05-06")),
]


@pytest.mark.parametrize(("text", "span"), NUMERIC_RANGES)
def test_dates_numeric_days_make_a_range(text, span):
    (found,) = find_dates(text, REF)
    assert (found["date"], found["end_date"]) == span


def test_dates_that_may_the_verb_is_no_month():
    assert [d["date"] for d in find_dates("In 2023 she said that May be too late.", REF)] == [
        "2023"
    ]


TENSE = [
    ("the fair was held on June 30", date(2024, 1, 3), "2023-06-30"),
    ("the fair will open on June 30", date(2024, 1, 3), "2024-06-30"),
    ("the deal signed on December 28", date(2024, 1, 3), "2023-12-28"),
    ("talks will resume on January 5", date(2023, 12, 20), "2024-01-05"),
    # what was agreed comes after the agreeing; a date before the agreeing is its own
    ("the cities agreed to open a ferry route in mid-August.", date(2023, 5, 13), "2023-08"),
    ("In August, the cities agreed to open a ferry route.", date(2023, 5, 13), "2022-08"),
    # what was told has its own tense: the telling was last Monday
    ("the mayor told investors on Monday that the city would open a fund", date(2023, 5, 13), "2023-05-08"),
    # irregular pasts set the tense as "-ed" does
    ("the show ran on June 30", date(2024, 1, 3), "2023-06-30"),
    ("the talks began on December 28", date(2023, 12, 1), "2022-12-28"),
    # the date's own conjunct: the approval is past though the sentence goes on to a future
    ("the bank gained approval on November 3 and will add capital", date(2026, 11, 12), "2026-11-03"),
    ("the mayor toured the port on Thursday and will fly home", date(2024, 9, 9), "2024-09-05"),
    # a quarter with no year: the article's, or the next (last) year's when the tense says
    ("the branch is due to open in the third quarter", date(2026, 3, 4), "2026"),
    ("the branch is due to open in the first quarter", date(2026, 8, 4), "2027"),
    ("the branch opened in the fourth quarter", date(2026, 2, 4), "2025"),
    ("the branch opened in the first quarter", date(2026, 8, 4), "2026"),
    # a date with no verb of its own: the clause before it, not the plan after it
    ("Ms Ho met the mayor, Mr Ng, in Zhuhai on November 9, and both will widen the "
     "scheme", date(2026, 11, 21), "2026-11-09"),
    # the saying's tense closing the sentence is not what was said: a timetable's present
    ("The first ferry leaves the pier on 5 January, the operator said in a notice.",
     date(2026, 11, 25), "2027-01-05"),
    # a gathering's participle after its noun ("held online") is no verb of the sentence
    ("Week 9 (20 Nov): Joint seminar with Jinan University students, held online",
     date(2026, 8, 28), "2026-11-20"),
    # ... but the participle's own clause keeps its tense
    ("The forum, held in Zhuhai on 20 Nov, drew 300 people", date(2026, 8, 28), "2025-11-20"),
    # "starting Monday": a start still to come
    ("a two-day mission starting Monday", REF, "2023-05-15"),
    # what "runs until" a day runs ahead to it
    ("The fair, which runs until Saturday, drew crowds", date(2026, 11, 26),
     "2026-11-28"),
    # a contracted "will" and "would like to" speak of what is to come
    ("We'll land in Macao on Monday", date(2026, 11, 18), "2026-11-23"),
    ("They’d like to meet the minister on Monday.", date(2026, 11, 18), "2026-11-23"),
    # the paper's own weekday is today, unless the text spoke of next week before it
    ("The fair will open on Wednesday", date(2026, 11, 18), "2026-11-18"),
    # what one looks forward to is to come
    ("We were glad to receive your delegation, and we look forward to the dinner on 16 November",
     date(2026, 11, 14), "2026-11-16"),
    # a participle before its agent is no past verb ("hosted by")
    ("12 Mar 19:00 Welcome reception hosted by the Secretary", date(2026, 11, 20),
     "2027-03-12"),
    # a past clause of its own after what is looked forward to: its day is past
    ("We plan to resume the dialogue they opened at the Zhuhai expo in August.",
     date(2026, 11, 3), "2026-08"),
    ("Looking forward to building on the talks we held in Foshan in August.",
     date(2026, 11, 3), "2026-08"),
    ("We will build on the charter they signed in March.", date(2026, 11, 3), "2026-03"),
    ("We will sign the charter in March.", date(2026, 11, 3), "2027-03"),
    # a weekday before a day written without its year picks the year it falls in, over
    # the tense ("Thu 3 Dec" is 2026's, a Thursday; 3 December 2025 was a Wednesday)
    ("|Thu 3 Dec |Textile conference; 6 deals signed |", date(2026, 11, 20), "2026-12-03"),
    ("The firms signed 6 deals on Wednesday 3 December.", date(2026, 11, 20), "2025-12-03"),
    ("The fair was held on Thursday, 3 December.", date(2026, 11, 20), "2026-12-03"),
]
# fmt: on


@pytest.mark.parametrize(("text", "ref", "iso"), TENSE)
def test_dates_year_follows_tense(text, ref, iso):
    (found,) = find_dates(text, ref)
    assert found["date"] == iso


def test_dates_tense_is_read_in_the_dates_own_clause():
    text = "The fair, which ran in March, drew crowds, and the next one will open in March."
    assert [d["date"] for d in find_dates(text, REF)] == ["2023-03", "2024-03"]


def test_dates_year_of_an_undated_title():
    # an undated "Annual Report 2023" dates the days and months it lists, not "yesterday"
    from coop_extract.extractors.dates import title_year

    text = "Annual Review 2023\n\n14 April – Signed a memorandum. Yesterday we met."
    anchor = title_year(text)
    assert anchor is not None and anchor.year == 2023
    found = [(d["text"], d["date"]) for d in find_dates(text, anchor)]
    assert found == [("14 April", "2023-04-14"), ("Yesterday", None)]


def test_dates_year_of_a_month_line_under_the_title():
    # a fact sheet's month on a line of its own under its title dates its days
    from coop_extract.extractors.dates import title_year

    text = "KEY FACTS\nBay Income Fund\nAcme Funds Limited\nMarch 2027\n\nSigned on 2 March."
    anchor = title_year(text)
    assert anchor is not None and anchor.year == 2027
    assert [d["date"] for d in find_dates(text, anchor) if d["text"] == "2 March"] == ["2027-03-02"]
