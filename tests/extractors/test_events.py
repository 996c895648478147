"""Events: typing, dating (own clause, frame, ranges), status, participants."""

import pytest

# fmt: off
CASES = [
    ("Updated: 2023-02-27\n\nSuzhou's Party Secretary Cao Lubao led a delegation to Hong Kong from Feb 23 to 25.",
     [("visit", "2023-02-23", "2023-02-25", "reported")]),
    ("2023-05-13 02:08\n\nOn May 10, the Chief Executive led a delegation to start a three-day trip to Chongqing.",
     [("visit", "2023-05-10", "2023-05-12", "reported")]),
    ("2023-05-13 02:08\n\nThe conference was held on May 11. The mechanism was formally established.",
     [("conference", "2023-05-11", None, "reported"), ("launch", "2023-05-11", None, "reported")]),
    ("Published: 6 Jun 2024\n\nThe minister led a business delegation to Guangzhou on Tuesday, where the two sides signed 14 agreements.",
     [("visit", "2024-06-04", None, "reported"), ("signing", "2024-06-04", None, "reported")]),
    ("Published: 6 Jun 2024\n\nThe institute will host a promotion conference in Macau on June 20.",
     [("conference", "2024-06-20", None, "planned")]),
    ("Published: 6 Jun 2024\n\nThe two universities signed a framework agreement on Tuesday to set up a joint institute.",
     [("signing", "2024-06-04", None, "reported")]),
    ("2024-03-18\n\nThe delegation wrapped up a four-day trip to Macau yesterday.",
     [("visit", "2024-03-14", "2024-03-17", "reported")]),
    ("In 2018, the branch line was opened.", [("launch", "2018", None, "reported")]),
    ("The HKTDC has organised the Beijing-Hong Kong Cooperation Fair every year since 1997.",
     [("conference", "1997", None, "reported")]),
    # a closing verb gives the end of the event reported before, not a new one
    ("2025-06-18 | Source: Government\n\nThe investment fair opened in Zhaoqing on June 16. "
     "Delegates toured a park on June 17. The fair closes on June 19.",
     [("conference", "2025-06-16", "2025-06-19", "reported"), ("visit", "2025-06-17", None, "reported")]),
    # "the launch ceremony" is the launch; "expected to open" is a planned launch
    ("Posted: 2024-12-02\n\nThe two sides launched a tourism pass last Friday. "
     "The director said at the launch ceremony that 20,000 passes had been sold.",
     [("launch", "2024-11-29", None, "reported")]),
    ("Posted: 2025-06-18\n\nThe service centre is expected to open in October.",
     [("launch", "2025-10", None, "planned")]),
    ("Posted: 2025-06-18\n\nThe launch ceremony took place on June 12.",
     [("launch", "2025-06-12", None, "reported")]),
    # a headline's "to host ... in September" is ahead; the body's days refine it
    ("HKTDC to host Belt and Road Summit in September\n\nHONG KONG, 12 March 2025 – The "
     "council said the 10th Belt and Road Summit will be held on 10-11 September.",
     [("conference", "2025-09-10", "2025-09-11", "planned")]),
    # the event a signing took place at, and the agreements of the paragraph before
    ("CHONGQING, Jan. 9 (Xinhua) -- The two cities on Tuesday signed 21 agreements. Trade "
     "grew 5% in 2023.\n\nThe agreements were signed at the third high-level meeting of "
     "the cooperation mechanism.",
     [("signing", "2024-01-09", None, "reported"), ("meeting", "2024-01-09", None, "reported")]),
    # receiving a delegation is a meeting; "met for the ... Conference, which ran ..." is
    # the conference, dated by its clause; two visits of one sentence on two days
    ("2024-06-11 16:40\n\nThe Secretary received a delegation from Jiangsu Province at the "
     "Government Headquarters yesterday (10 June).", [("meeting", "2024-06-10", None, "reported")]),
    ("Published: 9:45pm, 28 Nov 2024\n\nThe cities signed 15 agreements on Thursday, as "
     "officials met for the fifth Cooperation Conference, which ran from November 27 to 28.",
     [("signing", "2024-11-28", None, "reported"), ("conference", "2024-11-27", "2024-11-28", "reported")]),
    ("Published: 9:45pm, 28 Nov 2024\n\nChan also visited Lujiazui on Thursday afternoon "
     "and will head to Hangzhou on Friday.",
     [("visit", "2024-11-28", None, "reported"), ("visit", "2024-11-29", None, "planned")]),
    ("FOSHAN, 3 April 2025 -- The city today opened the Foshan Youth Innovation Base.",
     [("launch", "2025-04-03", None, "reported")]),
    # a second event noun with a date of its own after it; a month after "for"
    ("Posted: 2025-04-03\n\nA student tour will take place from 18 to 20 April, and a "
     "matchmaking session with manufacturers is planned for May.",
     [("visit", "2025-04-18", "2025-04-20", "planned"), ("conference", "2025-05", None, "planned")]),
    # a future relative clause does not make the main clause future
    ("Nanning, Sept 10, 2024\n\nThe delegation visited Hong Kong from September 5 to 7, "
     "ahead of the Expo, which will be held in Nanning from September 24 to 28.",
     [("visit", "2024-09-05", "2024-09-07", "reported"), ("conference", "2024-09-24", "2024-09-28", "planned")]),
    # the date of a saying does not date what the saying announces
    ("Published: Nov 04, 2024 09:31 PM\n\nThe mayor said at a press conference on Monday "
     "that the city would open two new customs lanes before the Lunar New Year.",
     [("conference", "2024-11-04", None, "reported")]),
    # no event: undated, unresolvable, or a range's inner happening
    ("The two sides signed an agreement.", []),
    ("A delegation signed 25 agreements on Friday.", []),
    ("Updated: 2023-02-27\n\nCao led a delegation to Hong Kong from Feb 23 to 25. During the visit, Cao met executives.",
     [("visit", "2023-02-23", "2023-02-25", "reported")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_events_type_date_status(extractor, text, expected):
    events = extractor.extract(text).events
    assert [(e.type, e.date, e.end_date, e.status) for e in events] == expected


def test_events_participants_location_and_counts(extractor):
    text = (
        "Published: 6 Jun 2024\n\nMacau's Secretary for Economy and Finance Tai Kin-ip led a "
        "delegation to Guangzhou on Tuesday, where the two sides signed 14 cooperation agreements."
    )
    doc = extractor.extract(text)
    visit, signing = doc.events
    assert visit.location == "Guangzhou"
    assert visit.participants == ["Macau", "Tai Kin-ip", "Guangzhou"]
    assert [doc.figures[i].value for i in signing.figures] == [14]
    assert text[visit.evidence.start : visit.evidence.end] == visit.evidence.text
    # the deal named again ("The arrangement was signed by ...") names who signed it
    text = (
        "Macau, 3 May 2026 - The Macao Lawyers Association and the Zhuhai Bar Association today "
        "signed a cooperation arrangement.\n\nThe arrangement was signed by Chairperson Ms Ada "
        "Lam and President Mr Li Wei."
    )
    (signing,) = extractor.extract(text).events
    assert (signing.type, signing.date) == ("signing", "2026-05-03")
    assert signing.participants[-2:] == ["Ada Lam", "Li Wei"]


@pytest.mark.parametrize(
    ("sentence", "location"),
    [
        # a name a place opens, then "in <place>": the trip is to the place after the name
        ("will lead a mission to the China-ASEAN Expo in Nanning on 9 May.", "Nanning"),
        ("will lead a mission to the Zhuhai Air Show in Zhuhai on 9 May.", "Zhuhai"),
        ("will lead a mission to the Hong Kong Book Fair on 9 May.", "Hong Kong"),
        ("will lead a mission to Foshan in Guangdong on 9 May.", "Foshan"),
        # where the party comes from is no place of the trip
        ("and a delegation from Jiangmen in Guangdong will spend 9 May in Macau.", "Macau"),
    ],
)
def test_events_visit_location_after_a_name(extractor, sentence, location):
    doc = extractor.extract("Posted 2 May 2027\n\nMs Lo " + sentence)
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert (visit.date, visit.location) == ("2027-05-09", location)


def test_events_same_happening_reported_twice_is_one(extractor):
    text = (
        "Updated: 2023-05-13\n\nThe commission signed a memorandum on May 11.\n\n"
        "At the meeting held on May 11, the council and the commission signed the memorandum."
    )
    (event,) = extractor.extract(text).events
    assert (event.type, event.date) == ("signing", "2023-05-11")


# fmt: off
MORE = [
    # an anaphor takes the date of the event it points back to
    ("Source: Government | 2024-07-16\n\nOn July 15, the plenary meeting was held in Hengqin. The zone grew. At the meeting, 16 projects were signed.",
     [("meeting", "2024-07-15", None), ("signing", "2024-07-15", None)]),
    # "since" opens a tally; "until" closes a span
    ("Published: 25 Nov 2024\n\nThe cities had signed 42 cooperation agreements since 2019.", []),
    ("Published: 18 Apr 2025\n\nMakers fill 40% of the fair, which runs until 19 April.", []),
    # object verbs take the type of their event noun
    ("Published: 18 Apr 2025\n\nThe mission attended the opening of the Hong Kong International Lighting Fair on 16 April.",
     [("conference", "2025-04-16", None)]),
    ("Published: 18 Apr 2025\n\nThe mayor took part in talks with the chamber on 17 April.",
     [("meeting", "2025-04-17", None)]),
    # inside a stated range, a happening with no day of its own is left out
    ("Hong Kong, 18 April 2025 – The mission concluded a three-day visit to Hong Kong today, during which 27 agreements were signed.",
     [("visit", "2025-04-16", "2025-04-18")]),
    # nouns: the founding of something
    ("Updated: 2024-07-16\n\nSince its establishment in September 2021, the zone has grown.",
     [("launch", "2021-09", None)]),
]
# fmt: on


# fmt: off
ROUND_TWO = [
    # a date inside ", which ..." belongs to that clause only; "until Saturday" ends the week
    ("Macau Business | June 20, 2024\n\nThe agreements were signed during the Trade Week, which opened in Macao on Tuesday and runs until Saturday.",
     [("conference", "2024-06-18", "2024-06-22")]),
    # a sentence-opening date frames a relative clause
    ("Ends/Saturday, March 9, 2024\n\nOn March 12, the delegation will travel to Chongqing, where the minister will call on the Mayor.",
     [("visit", "2024-03-12", None), ("meeting", "2024-03-12", None)]),
    # relative day with an explicit date, as a range
    ("Ends/Saturday, March 9, 2024\n\nThe secretary will lead a delegation to Chengdu from tomorrow (March 10) to March 13.",
     [("visit", "2024-03-10", "2024-03-13")]),
    # "witness the signing" takes the signing
    ("Ends/Saturday, March 9, 2024\n\nOn March 12 he will witness the signing of eight agreements.",
     [("signing", "2024-03-12", None)]),
    # a purpose infinitive is not a happening; a planned one is
    ("Macau Business | June 20, 2024\n\nThe institute expects to attract 50 companies to set up in Macao this year.", []),
    ("Macau Business | June 20, 2024\n\nThe chambers plan to launch a service centre on July 1.",
     [("launch", "2024-07-01", None)]),
    # a period is not an event date
    ("Macau Business | June 20, 2024\n\nSpeaking at the ceremony, he said exports rose in the first five months of 2024.", []),
    # "on Thursday" in a Thursday paper, future tense: that same day
    ("Macau Business | June 20, 2024\n\nThe delegation will visit Hengqin on Thursday.",
     [("visit", "2024-06-20", None)]),
]
# fmt: on


# fmt: off
ROUND_THREE = [
    # "Earlier in the day" takes the day of the latest event
    ("Release time: 2023-11-21 10:05\n\nOn November 20, the forum was held in Hangzhou. Earlier in the day, Chan visited Alibaba Group's headquarters.",
     [("conference", "2023-11-20", None), ("visit", "2023-11-20", None)]),
    # a bare noun takes no borrowed date
    ("Release time: 2024-09-03 10:05\n\nThe delegation met the Governor on 2 September. Both sides agreed to cooperate in tourism and exhibition.",
     [("meeting", "2024-09-02", None)]),
    # "will hold a ... roadshow"
    ("Release time: 2024-09-03 10:05\n\nThe office will hold a Macao Week roadshow in Xiamen in November.",
     [("conference", "2024-11", None)]),
]
# fmt: on


# fmt: off
ROUND_FOUR = [
    # what opened was the fair
    ("GUANGZHOU, Oct 16 (Xinhua) -- The 134th China Import and Export Fair, also known as the Canton Fair, opened on Sunday in Guangzhou. Trade rose in the first three quarters of 2023.",
     [("conference", "2023-10-15", None)]),
    # what was established was a mechanism, not the conference in its name
    ("2023-05-13 02:08\n\nThe meeting was held on May 11. The Chongqing-Hong Kong Cooperation Conference Mechanism was formally established.",
     [("meeting", "2023-05-11", None), ("launch", "2023-05-11", None)]),
    # "said on Saturday" frames what the next sentence says the speaker did
    ("Published: 6:00am, 24 Sep 2023\n\nChan said on Saturday that turnover grew. Chan told a forum organised by the Hong Kong Institute of Bankers.",
     [("conference", "2023-09-23", None)]),
]
# fmt: on


# fmt: off
ROUND_NINE = [
    # sending people to a place is a visit
    ("2025-02-10 HKT 08:00\n\nThe bureau will dispatch about 60 officials to Macao in April.",
     [("visit", "2025-04", None)]),
    # "after the agreement was signed" takes the signing's day
    ("Updated: 2024-05-03\n\nThe two banks signed a loan agreement on Thursday. Their chairmen held talks after the agreement was signed.",
     [("signing", "2024-05-02", None), ("meeting", "2024-05-02", None)]),
    # a venue new to the story ("at a ..."), after the verb's object, is an event too
    ("Updated: 2024-05-03\n\nThe county signed 12 projects with Macao firms at a matchmaking event in Zhuhai on Tuesday.",
     [("signing", "2024-04-30", None), ("conference", "2024-04-30", None)]),
    # "after the ceremony" points back; the later date in the sentence is not its own
    ("Updated: 2024-05-03\n\nThe mayor witnessed the signing on Thursday. Speaking after the ceremony, he said exports rose 5% last year.",
     [("signing", "2024-05-02", None)]),
    # a date in the relative clause after "trip to X" belongs to the trip
    ("Updated: 2024-05-03\n\nThe deal was sealed in Nanning during the governor's three-day trip to the region, which began on Wednesday.",
     [("visit", "2024-05-01", "2024-05-03")]),    # "began", "starts": the event its subject names, else a launch; never "began to ..."
    ("Updated: 2024-05-03\n\nThe roadshow began in Macao on Monday.", [("conference", "2024-04-29", None)]),
    ("Updated: 2024-05-03\n\nA ferry route that starts next month will link the two ports.", [("launch", "2024-06", None)]),
    ("Updated: 2024-05-03\n\nThe scheme has drawn 9,000 cars since it began in March 2023.", [("launch", "2023-03", None)]),
    ("Updated: 2024-05-03\n\nExports began to recover in March.", []),
    ("Updated: 2024-05-03\n\nThe park hosted 40 start-ups in March.", []),
]
# fmt: on


# fmt: off
ROUND_TEN = [
    # the noun that lasted the stated days types the sentence
    ("Updated: 2024-05-03\n\nA delegation from Hefei wrapped up a two-day roadshow in Macao on Thursday.",
     [("conference", "2024-05-01", "2024-05-02")]),
    # a luncheon is an event; what was told to it is not dated by it
    ("Updated: 2024-05-03\n\nThe mayor told a luncheon on Tuesday that exports rose 5% last year.",
     [("conference", "2024-04-30", None)]),
    ("Updated: 2024-05-03\n\nThe mayor told a banquet that exports rose 5% last year.", []),
    # a period dates a planned happening (not a statistic)
    ("Updated: 2024-05-03\n\nThe hub would open in the first half of next year.", [("launch", "2025", None)]),
    ("Updated: 2024-05-03\n\nExports opened strongly in the first half of 2023.", []),
]
# fmt: on


# fmt: off
ROUND_ELEVEN = [
    # the publication date's own line, and a dateline, date nothing that happened
    ("Published Mar 4, 2025, 09:00 AM\n\nThe port of Beihai opened a cold-chain terminal.", []),
    ("Updated: 2025-03-04\n\n(Caixin) March 4 -- Fuzhou and Macao signed 9 contracts on Monday.",
     [("signing", "2025-03-03", None)]),
    # "this afternoon" is the day of the article
    ("2025-03-04 18:00\n\nThe two regions signed a tourism pact this afternoon.",
     [("signing", "2025-03-04", None)]),
    # "agreed to launch ... by the end of June": a planned launch, and a planned meeting
    ("2025-03-04 18:00\n\nThe cities agreed to launch a ferry service by the end of June, "
     "and to hold the next joint meeting in Haikou in the second half of 2026.",
     [("launch", "2025-06", None), ("meeting", "2026", None)]),
    # travelling on for a forum: the visit and the forum
    ("2025-03-04 18:00\n\nThe mission will travel on to Kunming on Thursday for an investment forum.",
     [("visit", "2025-03-06", None), ("conference", "2025-03-06", None)]),
    # signed at the opening of a named fair: the signing and the fair
    ("2025-03-04 18:00\n\nExhibitors signed 40 contracts at the opening of the fifth Hainan "
     "Consumer Products Expo yesterday.",
     [("signing", "2025-03-03", None), ("conference", "2025-03-03", None)]),
    # a date of its own inside a visit of several days; a gala is an event
    ("2025-03-04 18:00\n\nThe minister, who arrived in Xiamen on March 2 for a four-day visit, "
     "toured a logistics park, which opened in mid-January.",
     [("visit", "2025-03-02", "2025-03-05"), ("launch", "2025-01", None)]),
    ("2025-03-04 18:00\n\nOn Monday evening, a Fujian-Macao tourism gala drew 600 guests.",
     [("conference", "2025-03-03", None)]),
    # "last week", "next week": one day in the week, so the month holding most of it
    ("2025-03-04 18:00\n\nThe two ports signed a pilotage agreement last week.", [("signing", "2025-02", None)]),
    ("2025-03-20 18:00\n\nThe mayor will visit Macao next week.", [("visit", "2025-03", None)]),
]
# fmt: on


# fmt: off
ROUND_TWELVE = [
    # a planned opening beside a finite signing: both
    ("2025-03-04 18:00\n\nThe two cities signed a memorandum on Monday, and a shuttle bus line "
     "is scheduled to open on March 20.", [("signing", "2025-03-03", None), ("launch", "2025-03-20", None)]),
    # a capitalised "Week" closing a name is a conference, also as what "opened"
    ("2025-03-04 18:00\n\nThe Xiamen Fintech Week opened on Monday.", [("conference", "2025-03-03", None)]),
    ("2025-03-04 18:00\n\nThe Zhuhai Design Week will run from April 2 to 6.",
     [("conference", "2025-04-02", "2025-04-06")]),
    ("2025-03-04 18:00\n\nLast Week the mayor visited Macao.", [("visit", "2025-02", None)]),
    # a demo day is a gathering; a first sailing a launch
    ("2025-03-04 18:00\n\nThe incubator hosted a demo day on Friday for 12 start-ups.",
     [("conference", "2025-02-28", None)]),
    ("2025-03-04 18:00\n\nThe new ferry made its first sailing to Macao yesterday.",
     [("launch", "2025-03-03", None)]),
    # a trigger noun again takes the type the article gave it first
    ("2025-03-04 18:00\n\nThe fifth Greater Bay Summit was held in Zhuhai on Monday. Last year's "
     "summit drew 300 delegates.", [("conference", "2025-03-03", None), ("conference", "2024", None)]),
    ("2025-03-04 18:00\n\nThe summit was held in Zhuhai on Monday. Last year's summit drew 300 delegates.",
     [("meeting", "2025-03-03", None), ("meeting", "2024", None)]),
]
ROUND_THIRTEEN = [
    # "resumed" is typed by its subject, as "began" is
    ("2025-07-09 18:00\n\nFerry services between Shekou and Macao resumed on Monday after a halt.",
     [("launch", "2025-07-07", None)]),
    ("2025-07-09 18:00\n\nTalks between the two airports resumed on Monday.", [("meeting", "2025-07-07", None)]),
    # "created"/"formed" found something only after a body or event noun
    ("2025-07-09 18:00\n\nThe alliance was formed in May 2023 by 12 universities.", [("launch", "2023-05", None)]),
    ("2025-07-09 18:00\n\nMore than 3,000 jobs were created in 2024.", []),
    ("2025-07-09 18:00\n\nThe forum was established in 2003.", [("launch", "2003", None)]),
    # the purpose of a trip happens on it
    ("2025-07-09 18:00\n\nThe governor will lead a 40-member mission to Chongqing in September to take "
     "part in the Western China International Fair.", [("visit", "2025-09", None), ("conference", "2025-09", None)]),
    ("2025-07-09 18:00\n\nThe mayor visited Singapore on Monday to attend a logistics forum.",
     [("visit", "2025-07-07", None), ("conference", "2025-07-07", None)]),
    # what "will open" is the week that opens
    ("2025-07-09 18:00\n\nA Fujian investment promotion week is set to open in Taipa on July 20.",
     [("conference", "2025-07-20", None)]),
    # "A day later", "Two weeks later": the previous event's date moved on
    ("2025-07-09 18:00\n\nThe delegates met in Zhuhai on July 1. A day later, they opened a joint office.",
     [("meeting", "2025-07-01", None), ("launch", "2025-07-02", None)]),
    ("2025-07-09 18:00\n\nThe mayor opened a port on June 2. The governor visited Taipa in late May. "
     "Two weeks later, the bureau opened a service desk.",
     [("launch", "2025-06-02", None), ("visit", "2025-05", None), ("launch", "2025-06", None)]),
    # a market debut is a launch; a gathering a conference, on the Monday it was told
    ("2025-07-09 18:00\n\nThe chipmaker will make its trading debut on Friday.", [("launch", "2025-07-11", None)]),
    ("2025-07-09 18:00\n\nThe mayor told a gathering of bankers on Monday that the city would grow.",
     [("conference", "2025-07-07", None)]),
    # the conference a signing was held at, dated by "held on"; a week named with a parenthesis
    ("2025-07-09 18:00\n\nAt the Zhuhai-Macao Tourism Conference held on July 2, the two sides signed 9 deals.",
     [("conference", "2025-07-02", None), ("signing", "2025-07-02", None)]),
    ("2025-07-09 18:00\n\nThe Fuzhou (Macao) Week will be held from September 3 to 5.",
     [("conference", "2025-09-03", "2025-09-05")]),
    # a first run that departs is a launch; "The day before", "Three days earlier"
    ("2025-07-09 18:00\n\nThe first direct container train from Xi'an to Hong Kong departed on Monday.",
     [("launch", "2025-07-07", None)]),
    ("2025-07-09 18:00\n\nThe train departed on Monday.", []),
    ("2025-07-09 18:00\n\nThe port opened on July 5. The day before, officials toured the berths.",
     [("launch", "2025-07-05", None), ("visit", "2025-07-04", None)]),
    ("2025-07-09 18:00\n\nThe port opened on July 5. Three days earlier, the mayor visited Macao.",
     [("launch", "2025-07-05", None), ("visit", "2025-07-02", None)]),
    # completing a body founds it (in the passive only); a deadline for a plan is its date
    ("2025-07-09 18:00\n\nThe research centre is expected to be completed by the end of 2026.",
     [("launch", "2026", None)]),
    # the meeting the agreements were reached at, named at length; a start-up contest
    ("2025-07-09 18:00\n\nIn May, the two bureaus signed a memorandum, one of nine agreements reached at "
     "the third Fujian-Macao Joint Conference.", [("signing", "2025-05", None), ("meeting", "2025-05", None)]),
    ("2025-07-09 18:00\n\nThe cities will hold a start-up competition in Zhuhai from Oct. 8 to 10.",
     [("conference", "2025-10-08", "2025-10-10")]),
    # a clause that ends something tells of the last event noun before it
    ("2025-07-09 18:00\n\nThe deal was signed during a two-day visit to Macao by a Fuzhou delegation led "
     "by Mayor Wu Xian, which ended on Tuesday.", [("visit", "2025-07-07", "2025-07-08")]),
    # a service that started operating; an announced perfect is not dated by the announcing
    ("2025-07-09 18:00\n\nA ferry route to Taipa started operating yesterday.", [("launch", "2025-07-08", None)]),
    ("2025-07-09 18:00\n\nThe company today announced that it has signed a supply deal. "
     "The deal was signed on July 7 in Foshan.", [("signing", "2025-07-07", None)]),
    # two launches of one sentence, each with its own date
    ("2025-07-09 18:00\n\nWork is scheduled to begin in the first quarter of 2026, with output starting in 2027.",
     [("launch", "2026", None), ("launch", "2027", None)]),
    ("2025-07-09 18:00\n\nThe two cities signed 4 agreements in late June, and will hold a fair in "
     "Foshan in December.", [("signing", "2025-06", None), ("conference", "2025-12", None)]),
    # a venue with lower-case modifiers before its noun
    ("2025-07-09 18:00\n\nThe plan may be announced at the Zhuhai-Macao green finance forum, scheduled "
     "for mid-August.", [("conference", "2025-08", None)]),
    # agreements "exchanged" at a meeting named at length, in a sentence dated by the one before
    ("2025-11-05 10:00\n\nThe two cities inked four agreements on Tuesday. The agreements were exchanged "
     "at the 8th Joint Council meeting in Xiamen.", [("signing", "2025-11-04", None), ("meeting", "2025-11-04", None)]),
    # things that go online or are due for completion are launches
    ("2025-11-05 10:00\n\nThe portal is expected to go online in June next year.", [("launch", "2026-06", None)]),
    ("2025-11-05 10:00\n\nA logistics hub, due for completion in 2028, will serve the bay.", [("launch", "2028", None)]),
    # what is expected "where" an event is happens when it does
    ("2025-11-05 10:00\n\nThe mission will join a forum in Kunming on 18 November, where two bureaus are "
     "expected to sign a memorandum.", [("conference", "2025-11-18", None), ("signing", "2025-11-18", None)]),
    # deals signed during a trip take no day of their own
    ("2025-11-05 10:00\n\nThe deal is one of 9 agreements signed during a Fuzhou delegation's three-day trip "
     "to Macao that ended on November 4.", [("visit", "2025-11-02", "2025-11-04")]),
    # a list after "Key outcomes:" is dated by what it sums up; a joint conference two
    # governments co-chair is a meeting, and so is "the next conference"
    ("2025-12-02 09:00\n\nThe second Jiangmen-Macao Cooperation Conference, co-chaired by the two mayors, "
     "was held on 1 December.\n\nKey outcomes:\n• 8 agreements were signed.\n• A bus route will start "
     "operating on 5 January 2026.\n\nThe next conference will be held in Macao in 2026.",
     [("meeting", "2025-12-01", None), ("signing", "2025-12-01", None), ("launch", "2026-01-05", None),
      ("meeting", "2026", None)]),
    # a headline's "to open in 2027"; "expect to open"
    ("2025-12-02 09:00\n\nRelated: Jiangmen-Macao rail link to open in 2027\n\nBody.", [("launch", "2027", None)]),
    ("2025-12-02 09:00\n\nWe expect to open the campus in September 2026.", [("launch", "2026-09", None)]),
    # the purpose's date is the purpose's; the signing takes the day it happened at
    ("2025-12-02 09:00\n\nThe fair opened on Saturday. The city signed a pact at the opening ceremony to "
     "co-host a fashion week in Macao next April.",
     [("conference", "2025-11-29", None), ("signing", "2025-11-29", None), ("conference", "2026-04", None)]),
    # "before the end of the year": a planned launch in the article's year
    ("2025-07-09 18:00\n\nThe two banks agreed to set up a joint desk before the end of the year.",
     [("launch", "2025", None)]),
]

ROUND_FOURTEEN = [
    # "In the afternoon, ..." opening a sentence: the day of the latest event
    ("Time: 2025-11-21 08:45:12\n\nOn November 19, the fair was held in Macao. In the afternoon, the "
     "mayor visited a hospital and held talks with its director.",
     [("conference", "2025-11-19", None), ("visit", "2025-11-19", None), ("meeting", "2025-11-19", None)]),
    ("Time: 2025-11-21 08:45:12\n\nThe forum opened in Zhuhai on Wednesday. That evening, the two "
     "delegations signed a memorandum.", [("conference", "2025-11-19", None), ("signing", "2025-11-19", None)]),
    # ... but not inside a sentence, where it says when in any day something runs
    ("Time: 2025-11-21 08:45:12\n\nThe forum opened in Zhuhai on Wednesday.\n\nA shuttle service "
     "will be launched in the morning rush.", [("conference", "2025-11-19", None)]),
    ("Time: 2025-11-21 08:45:12\n\nThe forum opened in Zhuhai on Wednesday.\n\nIn the morning, a "
     "shuttle service was launched.", [("conference", "2025-11-19", None), ("launch", "2025-11-19", None)]),
    # many firms setting up over a year is a tally, not a launch
    ("Time: 2025-11-21 08:45:12\n\nLast year, the agency helped 412 overseas companies set up or "
     "expand in Macao.", []),
    ("Time: 2025-11-21 08:45:12\n\nIn 2024, 58 Hong Kong firms opened offices in Nansha.", []),
    ("Time: 2025-11-21 08:45:12\n\nIn 2024, the two firms opened a joint office in Nansha.",
     [("launch", "2024", None)]),
]

ROUND_FIFTEEN = [
    # an event page's fields: "What:" then "When:"; a capitalised headline names it
    ("MACAO-JIANGMEN INNOVATION EXPO\n\nWhat: A three-day expo of start-ups from both cities.\n"
     "When: 3-5 March 2026\nWhere: Jiangmen\n\nPosted 1 Dec 2025",
     [("conference", "2026-03-03", "2026-03-05")]),
    ("Youth summit\n\nWhat: A summit of student leaders.\nWhen: 4 March 2026\n\nPosted 1 Dec 2025",
     [("meeting", "2026-03-04", None)]),
    # a page's own "Date:" line dates no event of its headline
    ("Firms Sign 8 Deals at Expo\nDate: Dec 1, 2025 | Time: 4:47 PM\n\nBody text here.", []),
    # "on the second day" / "on the final day" of the latest event with a range of days
    ("Posted 1 Dec 2025\n\nThe fair runs from 8 to 10 December. On the second day, the mayors will "
     "sign a pact.", [("conference", "2025-12-08", "2025-12-10"), ("signing", "2025-12-09", None)]),
    ("Posted 1 Dec 2025\n\nThe fair ran from 8 to 10 November. On the final day, 6 deals were signed.",
     [("conference", "2025-11-08", "2025-11-10"), ("signing", "2025-11-10", None)]),
    # an earlier "edition" of an event; services added are launched
    ("Posted 1 Dec 2025\n\nThe 2023 edition, held in Zhuhai in May 2023, drew 900 visitors.",
     [("conference", "2023-05", None)]),
    ("Posted 1 Dec 2025\n\nAir Macau added three weekly flights to Hefei on Friday.",
     [("launch", "2025-11-28", None)]),
    # a part of a year to come, said with "could"/"may", dates what may happen in it
    ("Posted 1 Dec 2025\n\nThe line could begin trial operation in the second half of 2026.",
     [("launch", "2026", None)]),
    # taking effect is an "other" happening, kept beside the main verb in its own clause;
    # "entered into force" is no signing
    ("Posted 1 Dec 2025\n\nThe pact, which took effect on 1 March 2024, opened new markets.",
     [("other", "2024-03-01", None)]),
    ("Posted 1 Dec 2025\n\nThe treaty entered into force on 5 May 2024.", [("other", "2024-05-05", None)]),
]

ROUND_SIXTEEN = [
    # a programme: day headings date the entries under them; its headline's noun spans the days
    ("Trade Mission to Kunming and Dali\nProgramme (as of 2 March 2026)\n\nDay 1 – Monday, 16 March\n"
     "  10:00    Visit to a biotech park\n  15:00    Meeting with the vice governor\n\n"
     "Day 2 – Tuesday, 17 March\n  09:00    Investment Forum, Dali\n",
     [("visit", "2026-03-16", "2026-03-17"), ("visit", "2026-03-16", None),
      ("meeting", "2026-03-16", None), ("conference", "2026-03-17", None)]),
    # a live blog: timed entries above the first day heading are the day of the update; a
    # relative date under a heading is reckoned from the heading's day
    ("Last updated 20:15 HKT, Friday 6 March 2026\n\n19:50  Two agreements were signed a short "
     "while ago.\n\n10:05  The mayor toured a port this morning.\n\nThursday 5 March\n\n21:30  The "
     "delegation arrived in Nanning this evening.",
     [("signing", "2026-03-06", None), ("visit", "2026-03-06", None), ("visit", "2026-03-05", None)]),
    # a schedule's present tense looks ahead; leaving for a place is a trip
    ("Posted 1 Dec 2025\n\nThe delegation heads to Guilin on Thursday.", [("visit", "2025-12-04", None)]),
    ("Posted 1 Dec 2025\n\nThe mayor left for Hanoi on Sunday.", [("visit", "2025-11-30", None)]),
    # "moments ago" is the day of the story
    ("Posted 1 Dec 2025\n\nThe two sides signed a memorandum moments ago.", [("signing", "2025-12-01", None)]),
    # a relative clause counting since a year takes no date of the main clause
    ("Posted 1 Dec 2025\n\nThe minister toured the science park on Friday, where two universities "
     "have opened labs since 2022.", [("visit", "2025-11-28", None)]),
    # a live blog's own coverage resuming is no happening
    ("Posted 1 Dec 2025\n\nThe forum opened on Monday. Our coverage resumes at 9am.",
     [("conference", "2025-12-01", None)]),
]

ROUND_SEVENTEEN = [
    # two weekdays running are one range
    ("Posted 1 Dec 2025\n\nA Foshan delegation was in Macao last Wednesday and Thursday.",
     [("visit", "2025-11-26", "2025-11-27")]),
    # what a trip was for happens on the trip
    ("Posted 1 Dec 2025\n\nA Huizhou delegation was in Hong Kong on Friday for a logistics seminar.",
     [("visit", "2025-11-28", None), ("conference", "2025-11-28", None)]),
    # leading people to a place is a trip
    ("Posted 1 Dec 2025\n\nIn March, the bureau will lead about 30 Macao young entrepreneurs to Hangzhou.",
     [("visit", "2026-03", None)]),
    # helping many firms sign is a tally, not a signing
    ("Posted 1 Dec 2025\n\nLast year, the council's missions helped local firms sign more than 40 deals.", []),
    # a "Promotion Meeting" is a conference; a policy dialogue is a meeting; a month with no
    # tense is the nearest such month
    ("Posted 1 Dec 2025\n\nThe Zhongshan-Macao Tourism Promotion Meeting was held in Macao on Friday.",
     [("conference", "2025-11-28", None)]),
    ("Posted 1 Nov 2025\n\n• Mid-December: a policy dialogue between Shenzhen and Hong Kong officials",
     [("meeting", "2025-12", None)]),
    # translated government news: "went to X to inspect" is a visit
    ("Posted 1 Dec 2025\n\nOn Friday afternoon, the mayor went to a Hengqin science park to "
     "inspect start-up incubators.", [("visit", "2025-11-28", None)]),
]

ROUND_EIGHTEEN = [
    # a chronicle with no date of its own: the year of its title; bare dates opening its
    # lines are its entries, not datelines
    ("Guangzhou-Macao Youth Association\nAnnual Review 2023\n\n14 April – Signed a memorandum with "
     "the Nansha Youth Federation.\n2 June – A delegation visited Hengqin.",
     [("signing", "2023-04-14", None), ("visit", "2023-06-02", None)]),
    # a wire roundup's datelines after a place stay datelines
    ("Posted 5 July 2025\n\nNANNING, July 3 (Xinhua) -- The two sides signed a pact on Tuesday.\n\n"
     "HAIKOU, July 3 (Xinhua) -- A delegation toured the port.", [("signing", "2025-07-01", None)]),
    # wire flashes in capitals: the stamp dates what a flash's verb reports, not a noun it names
    ("First Word — Monday, November 24, 2025\n\nBN 11/24 10:05 *FOSHAN, MACAU SIGN TOURISM PACT\n"
     "BN 11/24 10:07 *FORUM EXPECTED TO DRAW 800 GUESTS", [("signing", "2025-11-24", None)]),
    # one type, one day, places apart: two happenings; a district is in its city
    ("Posted 1 Dec 2025\n\nShenzhen and Hong Kong signed a data pact on Friday.\n\nZhuhai and Macau "
     "signed a tourism pact on Friday.", [("signing", "2025-11-28", None), ("signing", "2025-11-28", None)]),
    ("Posted 1 Dec 2025\n\nShenzhen and Hong Kong signed a data pact on Friday.\n\nThe pact was signed "
     "in Futian on Friday.", [("signing", "2025-11-28", None)]),
    # a citation mark closes its sentence; a building completed opens
    ("Posted 1 Dec 2025\n\nThe two cities signed a pact in May 2019.[2] The council approved the plan "
     "in June 2020.[3]", [("signing", "2019-05", None), ("other", "2020-06", None)]),
    ("Posted 1 Dec 2025\n\nThe new terminal building will be completed in 2027.", [("launch", "2027", None)]),
]

ROUND_NINETEEN = [
    # a news list page: each headline dated by its numeric date
    ("News\n\n03/10/2025  Zhuhai and Macao sign port pact\n01/10/2025  Trade seminar held in Jakarta\n"
     "28/09/2025  Bureau chief receives delegation from Hunan",
     [("signing", "2025-10-03", None), ("conference", "2025-10-01", None), ("meeting", "2025-09-28", None)]),
    # a slide's clauses between semicolons; a bullet's "formed in" drops its "was"
    ("Posted 1 Dec 2025\n\nNansha hub: groundwork in May 2025; opening planned for Q3 2026.",
     [("launch", "2026", None)]),
    ("Posted 1 Dec 2025\n\n• JV with Macau Logistics Group formed in June 2025", [("launch", "2025-06", None)]),
    # "in March and open ... by June": the second verb's own date, comma or none
    ("Posted 1 Dec 2025\n\nThe city will hold a forum in March and open an office in Lisbon by June.",
     [("conference", "2026-03", None), ("launch", "2026-06", None)]),
    # registration opening is no launch; an investor day is a conference
    ("Posted 1 Dec 2025\n\nRegistration opens on Monday for the youth exchange.", []),
    ("Posted 1 Dec 2025\n\nThe firm will host an investor day in Macao on 15 Jan 2026.",
     [("conference", "2026-01-15", None)]),
    # a joint commission is a meeting, and co-chairing one is holding it
    ("Posted 21 Nov 2025\n\nThe ministers co-chaired the Brazil-Macao Joint Commission in Brasília on "
     "Thursday.", [("meeting", "2025-11-20", None)]),
    # a trip with a date of its own takes none from what happened where it went
    ("Posted 24 Nov 2025\n\nLast week, the mayor led a delegation to Foshan, where the two sides "
     "agreed to open a joint lab by 2027.", [("visit", "2025-11", None), ("launch", "2027", None)]),
    # a perfect tense over the year so far is a tally; a memorandum renewed is signed
    ("Posted 24 Nov 2025\n\nThis year alone, the city has signed 20 agreements with Macao.", []),
    ("Posted 21 Nov 2025\n\nThe two boards renewed a tourism cooperation memorandum on Friday.",
     [("signing", "2025-11-21", None)]),
    # a CSV export: each row's date and event column
    ("date,city_a,city_b,event\n2025-10-08,Shenzhen,Hong Kong,signing\n2025-10-15,Zhuhai,Macau,launch",
     [("signing", "2025-10-08", None), ("launch", "2025-10-15", None)]),
    # a month's trip elsewhere is not the day's trip told before it
    ("Posted 24 Nov 2025\n\nThe Incheon delegation arrived in Qingdao on Sunday for a two-day visit. "
     "Earlier this month, the mayor led a trade mission to Macao.",
     [("visit", "2025-11-23", "2025-11-24"), ("visit", "2025-11", None)]),
    # "won" after an amount is money, not a prize won by 2030
    ("Posted 24 Nov 2025\n\nThe port will spend 80 billion won on new cranes by 2030.", []),
    # a second trip on the calendar, after the first told
    ("Posted 24 Nov 2025\n\nThe team, which arrived in Xiamen on Saturday, is due to travel to "
     "Fuzhou on Tuesday.", [("visit", "2025-11-22", None), ("visit", "2025-11-25", None)]),
    # an appointment is a dated happening
    ("Posted 24 Nov 2025\n\nLiu Wen was appointed vice mayor of Foshan on Thursday.",
     [("other", "2025-11-20", None)]),
    # a multi-sport Games is a gathering, "the Games" its name; closing ends its run
    ("Posted 1 Dec 2025\n\nThe 3rd Asian Youth Games closed in Shantou on Sunday, ending a ten-day run.",
     [("conference", "2025-11-21", "2025-11-30")]),
    ("Posted 1 Dec 2025\n\nThe Games were opened by the governor in Shantou on November 21.",
     [("conference", "2025-11-21", None)]),
    ("Posted 1 Dec 2025\n\nMacao hosted four of the Games' events at a stadium that opened in May.",
     [("launch", "2025-05", None)]),
    # an arrival in the present perfect is the story's day ("at the start of" starts nothing)
    ("Posted 26 Nov 2025\n\nThe Financial Secretary has arrived in Nanning at the start of a "
     "three-day visit.", [("visit", "2025-11-26", "2025-11-28")]),
    # a date before "and will ..." is the first verb's; the second has its own after it
    ("Posted 26 Nov 2025\n\nShe is due to meet the mayor tomorrow and will visit a port on Friday.",
     [("meeting", "2025-11-27", None), ("visit", "2025-11-28", None)]),
    # a trial operation starts something; a first flight that touches down is its launch
    ("Posted 26 Nov 2025\n\nThe new border checkpoint at Liantang will go into trial operation next "
     "Monday.", [("launch", "2025-12-01", None)]),
    ("Posted 26 Nov 2025\n\nThe first direct flight from Xiamen to Penang touched down this morning.",
     [("launch", "2025-11-26", None)]),
    # a diary: weekday headings with the date in brackets; "(through Wednesday)" ends the run
    ("WEEK AHEAD\nPosted Sunday 7 December 2025\n\nMonday (Dec 8)\n- Foshan: The Lingnan Design "
     "Forum opens at the city expo centre (through Wednesday).\n\nTuesday (Dec 9)\n- Jiangmen: Mayor "
     "Wu Jun leads a delegation to Macao.\n- Macao: The statistics service releases its visitor figures.",
     [("conference", "2025-12-08", "2025-12-10"), ("visit", "2025-12-09", None), ("other", "2025-12-09", None)]),
    ("Posted 1 Dec 2025\n\nThe Macao fair opens on Thursday and runs until Sunday.",
     [("conference", "2025-12-04", "2025-12-07")]),
    # a plenary session of a cooperation conference is the governments' meeting
    ("Posted 21 Nov 2025\n\nThe Third Plenary Session of the Yunnan-Macao Cooperation Conference was held "
     "in Kunming on Thursday.", [("meeting", "2025-11-20", None)]),
    # "agreed to X ..., and to Y": the plan covers both
    ("Posted 21 Nov 2025\n\nThe two sides agreed to hold the next joint meeting in Macao in 2027, and to "
     "open a joint office by 2026.", [("meeting", "2027", None), ("launch", "2026", None)]),
    ("Posted 1 Dec 2025\n\nA briefing session for exporters will be held on 9 December.",
     [("conference", "2025-12-09", None)]),
    # an arrival told as stepping off a train, plane or ferry is a visit
    ("Posted 12 Dec 2025\n\nThe governor of Penang stepped off a ferry at Macau's outer harbour on "
     "Wednesday.", [("visit", "2025-12-10", None)]),
    ("Posted 12 Dec 2025\n\nThe new shuttle buses between Jiangmen and Zhuhai will start running on "
     "January 5.", [("launch", "2026-01-05", None)]),
    # the day of agreeing to launch something is not the launch's; a date after it is (the
    # agreeing, its day told between "agreed" and "to", is a happening of its own)
    ("Posted 12 Dec 2025\n\nOn Tuesday, Foshan and Macao agreed to launch a joint youth fund.", []),
    ("Posted 12 Dec 2025\n\nFoshan and Macao agreed on Tuesday to open a joint office in March.",
     [("signing", "2025-12-09", None), ("launch", "2026-03", None)]),
    # the paragraph after a one-sentence lead goes on with the lead's day...
    ("Posted 12 Dec 2025\n\nOfficials from Huizhou and Hong Kong agreed yesterday to expand ferry "
     "links between the two places.\n\nThe Secretary for Transport received a delegation led by "
     "Huizhou's vice mayor at the Central Government Offices. The two transport departments then "
     "signed a memorandum on ferry services.",
     [("meeting", "2025-12-11", None), ("signing", "2025-12-11", None)]),
    # ... but not with a tally, an event already named, or what is to come
    ("Posted 12 Dec 2025\n\nHuizhou and Hong Kong officials met in Huizhou yesterday to discuss "
     "ferry links.\n\nThe two cities have signed 12 agreements. Officials witnessed the ceremony. "
     "The delegation will visit a ferry pier.", [("meeting", "2025-12-11", None)]),
    # "Earlier on Thursday, ...": a second happening of that day, not the first told again
    ("Posted 12 Dec 2025\n\nThe governor and the chief executive held talks in Nanning on Thursday."
     "\n\nEarlier on Thursday, the chief executive met business leaders.",
     [("meeting", "2025-12-11", None), ("meeting", "2025-12-11", None)]),
    # a trip told by its countries, then by a city in one of them, is one trip; moving on to
    # the next city is a visit of its own
    ("Posted 21 Nov 2025\n\nThe Financial Secretary will lead a mission to Thailand and Laos next "
     "week.\n\nThe mission will leave on Monday and travel to Bangkok. On Thursday, it will move on "
     "to Vientiane.", [("visit", "2025-11-24", None), ("visit", "2025-11-27", None)]),
    # the event a signing took place at, after a long object
    ("Posted 26 Nov 2025\n\nNansha signed 12 projects with Macao enterprises with a total "
     "investment of 4.2 billion yuan at an investment promotion event held in Macao on Monday.",
     [("signing", "2025-11-24", None), ("conference", "2025-11-24", None)]),
    # a participle after the clause happens on the clause's day, not on a span's
    ("Posted 14 Nov 2026\n\nXiamen's commerce bureau brought its expo to Macao on Thursday, "
     "inking nine deals with local firms.",
     [("conference", "2026-11-12", None), ("signing", "2026-11-12", None)]),
    ("Posted 14 Nov 2026\n\nA Foshan delegation visited Macao from 9 to 11 November, meeting "
     "officials of the Economic Bureau.", [("visit", "2026-11-09", "2026-11-11")]),
    # "co-host" takes its event; the agreements signed there are a signing of their own
    ("Posted 14 Nov 2026\n\nOn 20 November, Jiangmen and Macao will co-host a tourism fair, at "
     "which five agreements are to be signed.",
     [("conference", "2026-11-20", None), ("signing", "2026-11-20", None)]),
    ("Posted 14 Nov 2026\n\nZhuhai, the host city of the air show, signed a deal with Macao on "
     "Monday.", [("signing", "2026-11-09", None)]),
    # a named summit a verb took keeps its kind when the story comes back to it
    ("Posted 14 Nov 2026\n\nMacao will host the Portuguese-speaking Countries Summit on 3 "
     "December. Last year's summit drew 900 delegates.",
     [("conference", "2026-12-03", None), ("conference", "2025", None)]),
    # officiating at a ceremony is attending it; added trains are a launch
    ("Posted 23 Nov 2026\n\nThe minister will officiate at the opening ceremony of the Macao "
     "Pavilion at the fair on November 25, and witness the signing of five agreements.",
     [("conference", "2026-11-25", None), ("signing", "2026-11-25", None)]),
    ("Posted 20 Nov 2026\n\nThe ferry operator will add six daily sailings and two night "
     "services from Dec. 10.", [("launch", "2026-12-10", None)]),
    # an approval is a happening of its own ("other")
    ("Posted 12 Nov 2026\n\nThe lender secured approval from the regulator on 4 November and "
     "will inject fresh capital into the unit.", [("other", "2026-11-04", None)]),
    # a flash that dates its own news is not dated by its stamp
    ("Wire flashes\n\nBN 11/14 10:05 *ZHUHAI TO HOST 2027 TRADE SUMMIT ON MARCH 4-5",
     [("conference", "2027-03-04", "2027-03-05")]),
]

ROUND_FORTY_ONE = [
    # what a trip is for takes the date after it; a trip told only by its month goes on
    # that day
    ("Posted 3 Jun 2026\n\nThe minister is due to travel to Haikou later this month to open "
     "the Qiongzhou Strait Trade Expo on June 21.",
     [("visit", "2026-06-21", None), ("conference", "2026-06-21", None)]),
    ("Posted 3 Jun 2026\n\nThe mayor will visit Macao later this month to attend the Lusophone "
     "Food Fair on June 18.", [("visit", "2026-06-18", None), ("conference", "2026-06-18", None)]),
    # sessions are gatherings; a venue held "the same evening" is on the day told before
    ("Posted 3 Jun 2026\n\nThe bureau staged an investment promotion session in Zhuhai on "
     "Tuesday.", [("conference", "2026-06-02", None)]),
    ("Posted 3 Jun 2026\n\nOn Monday, the delegation met the Economic Bureau. At the exchange "
     "session held the same evening, firms signed six agreements.",
     [("meeting", "2026-06-01", None), ("conference", "2026-06-01", None),
      ("signing", "2026-06-01", None)]),
    ("Posted 3 Jun 2026\n\nAt the Jiangmen-Macao Youth Networking Session held on Monday, "
     "students signed two exchange agreements.",
     [("conference", "2026-06-01", None), ("signing", "2026-06-01", None)]),
    # a fair that opens, its acronym between: the fair
    ("Posted 3 Jun 2026\n\nThe Guangxi Lusophone Products Expo (GLPE), which opens on June 20, "
     "will host 300 exhibitors.", [("conference", "2026-06-20", None)]),
    # the date of what comes before or after it is not the happening's
    ("Posted 3 Jun 2026\n\nThe mission will also tour Beihai before flying back to Hong Kong "
     "on Friday.", []),
    ("Posted 3 Jun 2026\n\nThe delegates signed the charter on Monday before heading to the "
     "port.", [("signing", "2026-06-01", None)]),
    # "last week" and "later this month" stand for some days only: a happening of the same
    # kind on another day of that month is another one
    ("Posted 12 Nov 2026\n\nLast week, a Hainan delegation went to Hong Kong to promote the "
     "free trade port. Its governor is expected to visit Hong Kong on November 24.",
     [("visit", "2026-11", None), ("visit", "2026-11-24", None)]),
    ("Posted 9 Oct 2026\n\nThe two chambers signed a pact on 6 October. The city's trade "
     "fair, which opens later this month, will sign more deals.",
     [("signing", "2026-10-06", None), ("conference", "2026-10", None)]),
]

ROUND_FORTY_TWO = [
    # an added flight or sailing, one of them, is a launch
    ("Posted 3 Jun 2026\n\nThe carrier will add a third daily Xiamen-Macao return flight on 1 July.",
     [("launch", "2026-07-01", None)]),
    # what "hold" takes may come after a long first item
    ("Posted 3 Jun 2026\n\nThe delegation will also hold a food culture promotion in Sham Shui Po "
     "and a youth innovation forum at Cyberport on Friday.", [("conference", "2026-06-05", None)]),
    # a business breakfast is a gathering, dated by the date its weekday labels
    ("Posted 3 Jun 2026\n\nSAVE THE DATE\nGBA Business Breakfast - Tuesday, 16 June 2026, "
     "8:00-9:30, Shenzhen.", [("conference", "2026-06-16", None)]),
]

ROUND_FORTY_THREE = [
    # a stated length that "ends" on a day ends there
    ("Posted 3 Jun 2026\n\nThe mayor is leading a delegation on a three-day visit to Laos that "
     "ends on Friday.", [("visit", "2026-06-03", "2026-06-05")]),
    # a date in what is still to come is not the date of what was done
    ("Posted 3 Jun 2026\n\nUnder a pact signed at the talks, the two ports will open a barge "
     "route by the end of August.", [("launch", "2026-08", None)]),
    # a working session is a meeting; a venue "held in the afternoon" is on the day told
    ("Posted 3 Jun 2026\n\nOn Monday, the two mayors held a working session in Nanning. At a "
     "business forum held in the afternoon, 12 firms signed supply contracts.",
     [("meeting", "2026-06-01", None), ("conference", "2026-06-01", None),
      ("signing", "2026-06-01", None)]),
    # added hubs are a launch
    ("Posted 3 Jun 2026\n\nThe district plans to add three more start-up hubs by the end of "
     "2027.", [("launch", "2027", None)]),
]
ROUND_FORTY_FOUR = [
    # what was done "during which" a trip has no day: it takes none of the trip's dates
    ("Posted 12 Mar 2026\n\nThe Xiamen mission ended a three-day tour of Macao on Tuesday, "
     "during which 18 contracts were inked.", [("visit", "2026-03-08", "2026-03-10")]),
    # opening a market "wider to" investors is policy, not a launch
    ("Posted 12 Mar 2026\n\nAt a forum on Monday, the governor pledged to open the "
     "province's financial sector further to Macao banks.", [("conference", "2026-03-09", None)]),
    # "a <Place>-<Place> week" is an event, in lower case too
    ("Posted 12 Mar 2026\n\nThe two cities will stage a Xiamen-Macao week for young "
     "designers in October.", [("conference", "2026-10", None)]),
    # a lead told "today (12 March)" frames the next paragraph; "speaking at" an event
    ("Posted 12 Mar 2026\n\nThe port operator today (12 March) celebrated ten years of its "
     "river terminal in Zhaoqing.\n\nSpeaking at a ceremony at the terminal, its chairman "
     "said volumes had doubled. At the event, the operator signed a pact with a Macao "
     "shipper.", [("conference", "2026-03-12", None), ("signing", "2026-03-12", None)]),
    # "operated since" dates the start of operation, not a span
    ("Posted 12 Mar 2026\n\nThe cross-border coach service has operated since May 2019.",
     [("launch", "2019-05", None)]),
    ("Posted 12 Mar 2026\n\nThe bank, in operation in Macao since 1987, opened a Zhuhai "
     "branch on Monday.", [("launch", "2026-03-09", None)]),
    # attending or speaking at "the ceremony" already told is no new event
    ("Posted 12 Mar 2026\n\nThe two banks inked a loan deal on Monday. Addressing guests "
     "after that, the mayor attended the ceremony and praised both sides.",
     [("signing", "2026-03-09", None)]),
    # "a <kind> event held ...": the kind's event, on the day told
    ("Posted 12 Mar 2026\n\nAt a roadshow event held on Tuesday, six firms signed supply "
     "contracts.", [("conference", "2026-03-10", None), ("signing", "2026-03-10", None)]),
]
ROUND_FORTY_FIVE = [
    # one bullet's day is not the next bullet's
    ("Posted 12 Mar 2026\n\nHighlights of the trip:\n✔ Called on the Zhuhai mayor on "
     "Tuesday\n✔ Hosted a seminar for Macao start-ups",
     [("meeting", "2026-03-10", None)]),
    # who organised a trip is no conference; "was received by" is a meeting
    ("Posted 12 Mar 2026\n\nThe mission, organised by the chamber, was received by the "
     "Penang chief minister on Monday.", [("meeting", "2026-03-09", None)]),
    # "debuted" is a launch
    ("Posted 12 Mar 2026\n\nThe Macao-listed fund debuted in January 2024.",
     [("launch", "2024-01", None)]),
    # a status "as of" a day tells no happening; nor does a count of trips
    ("Posted 12 Mar 2026\n\nAs of 28 February, 1,204 firms had registered, and a fifth of "
     "them made at least one visit in February.", []),
    # but "takes effect as of" a day is when the change comes
    ("Posted 12 Mar 2026\n\nThe lower toll takes effect as of 1 April.",
     [("other", "2026-04-01", None)]),
    # "From <day>," with no trigger: a change taking effect; the weekday picks the year
    ("Posted 12 Mar 2026\n\nFrom Monday, 6 April, the ferry fare drops to MOP 120.",
     [("other", "2026-04-06", None)]),
    # a facility "will be added" is a launch
    ("Posted 12 Mar 2026\n\nA third berth, the Taipa Terminal, will be added in 2027.",
     [("launch", "2027", None)]),
]
ROUND_FORTY_SEVEN = [
    # back from a trip of some days: the trip ends that day
    ("Posted 3 Feb 2026\n\nThe mayor, who returned on Saturday from a three-day trip to "
     "Macao, said trade grew.", [("visit", "2026-01-29", "2026-01-31")]),
    # a comma inside a number closes no relative clause: its date is not the visit's
    ("Posted 3 Feb 2026\n\nIn Zhuhai, he visited the Hengqin court, which has heard 2,400 "
     "cases since it opened in 2019.", [("launch", "2019", None)]),
    # a season after "in the": the tense picks its year
    ("Posted 3 Nov 2026\n\nThe two sides agreed to hold the next forum in Macao in the spring.",
     [("conference", "2027", None)]),
    # "the tour" is the noun, no verb of a visit
    ("Posted 3 Feb 2026\n\nThe tour is funded under a pact signed in Zhuhai last March.",
     [("signing", "2025-03", None)]),
    # a schedule of stops is the tour from its first day to its last (the lead's season
    # falls inside it)
    ("Macao band tour\n\nMacao, 3 Feb 2026 - The band will tour three cities this spring.\n\n"
     "Tour dates\nZhuhai — Friday 3 April, Huafa Arena\nShenzhen — 5 April\nGuangzhou — 8 April, "
     "Tianhe Stadium", [("visit", "2026-04-03", "2026-04-08")]),
    # what is announced, when a trigger tells it, is the happening
    ("Posted 3 Feb 2026\n\nThe bureau announced today (February 3) that Mr Ho will be "
     "appointed director with effect from March 1, 2026.", [("other", "2026-03-01", None)]),
]
ROUND_FORTY_EIGHT = [
    # an event's title over its day, hours and format; a webinar is a conference
    ("Posted 20 May 2026\n\nWebinar: Financing the Bay – Green Bonds in Practice\nTuesday 12 May "
     "2026, 09:30–11:00 HKT (online)\n\nSpeakers joined from Macao.",
     [("conference", "2026-05-12", None)]),
    # "talks to" a person is the verb: no meeting
    ("Posted 20 May 2026\n\nThis week host Amy Ng talks to Zhuhai officials about the bridge.", []),
    # a congress after a name is an event; "in October of that year" is the year named
    ("Posted 20 May 2026\n\nZhuhai will host the 2029 World Ports Congress in October of that "
     "year.", [("conference", "2029-10", None)]),
    # the people's congress is a body, not an event
    ("Posted 20 May 2026\n\nThe Zhuhai Municipal People's Congress approved the plan on Monday.",
     [("other", "2026-05-18", None)]),
]
ROUND_FORTY_NINE = [
    # a venue's name holds no event noun: the signing the sentence names is the event
    ("Posted 9 Sep 2025\n\nAt the Macao Fisherman's Wharf Convention and Exhibition Centre "
     "for today's Zhuhai-Macao tourism signing.", [("signing", "2025-09-09", None)]),
    # arriving, told of people with no place, is a visit; "until" gives its last day; the
    # first stop is a visit of its own
    ("Posted 9 Sep 2025\n\nThey arrived on Sunday night and stay until Thursday. The first "
     "stop was the Zhuhai port this morning.",
     [("visit", "2025-09-07", "2025-09-11"), ("visit", "2025-09-09", None)]),
    # a trip that took someone somewhere is a visit, whatever its noun
    ("Posted 9 Sep 2025\n\nShe recalled a two-week tour in 2001 that took her to Macau and "
     "Lisbon.", [("visit", "2001", None)]),
    # ... but a job that took someone somewhere is no trip
    ("Posted 9 Sep 2025\n\nThe new job took her to Macau in 2001.", []),
    # "the year X happened" is what that year saw
    ("Posted 9 Sep 2025\n\nShe moved to Zhuhai in 1999, the year Macau returned to China.",
     [("other", "1999", None)]),
    # talks "that led to" something: the date is the outcome's; a start told with "from"
    ("Posted 9 Sep 2025\n\nHe kept notes of the talks which led to a daily ferry service "
     "from March 2008.", [("launch", "2008-03", None)]),
    # "by the end of that year": the year named last; a count of things then is a tally
    ("Posted 9 Sep 2025\n\nThe office opened in May 2004. By the end of that year, it had "
     "approved 40 joint ventures. Later that year it hosted a forum in Macau.",
     [("launch", "2004-05", None), ("conference", "2004", None)]),
    # the year naming an edition of a series dates it; a base of comparison does not
    ("Posted 9 Sep 2025\n\nThe 2023 edition in Zhuhai drew 300 exhibitors.",
     [("conference", "2023", None)]),
    ("Posted 9 Sep 2025\n\nVisitors rose 12% on the 2024 edition.", []),
    # a run of a series is an event of the series' kind
    ("Posted 9 Sep 2025\n\nThe fair is the fifth in a series whose first meeting took "
     "place in Foshan in 2017.", [("conference", "2017", None)]),
    # what was announced, named by a noun, is the happening, not the announcement
    ("Posted 9 Sep 2025\n\nThe council announced today that the Macao Design Forum will be "
     "held on 3-4 December.", [("conference", "2025-12-03", "2025-12-04")]),
]
ROUND_FIFTY = [
    # a change to come, told with the day it runs from, is that day's event
    ("Posted 2 Jun 2025\n\nThe board said ferry fares would be cut by a tenth from 1 July.",
     [("other", "2025-07-01", None)]),
    # ... a change told as done over a span is no event
    ("Posted 2 Jun 2025\n\nExports rose 5% from 1 January.", []),
    # a thing "introduced" in a year was launched then; "introduced X" stays another happening
    ("Posted 2 Jun 2025\n\nThe e-channel was introduced in 2019.", [("launch", "2019", None)]),
    ("Posted 2 Jun 2025\n\nIn 2019, the hospital introduced a new scanner.", [("other", "2019", None)]),
    # papers opened in public are no launch; a building opened is
    ("Posted 2 Jun 2025\n\n3. Bids must reach us by 20 June 2025 and will be opened at 3 pm "
     "that day.", []),
    ("Posted 2 Jun 2025\n\nThe new berth will be opened on 20 June 2025.",
     [("launch", "2025-06-20", None)]),
]
ROUND_FIFTY_ONE = [
    # a meeting's minutes: the heading names the meeting, the "Date:" field dates it; "before
    # the meeting opened" is that meeting, no launch
    ("Port Liaison Group\n\nNotes of the Third Meeting\n\nDate: 2 June 2026 (Tuesday)\n"
     "Venue: Zhuhai\n\n1.1 The two ports signed a pact on 2 June 2026, before the meeting "
     "opened.", [("meeting", "2026-06-02", None), ("signing", "2026-06-02", None)]),
    # a scheme extended or expanded is a happening of its own
    ("Posted 9 Jun 2026\n\nThe quota scheme was extended to Zhuhai in March 2025.",
     [("other", "2025-03", None)]),
    # a change agreed, with the day it runs from
    ("Posted 9 Jun 2026\n\nThe members agreed to add four clinics to the scheme from 1 July "
     "2026.", [("other", "2026-07-01", None)]),
]
ROUND_FIFTY_TWO = [
    # procedural verbs of a case are happenings; "N days later" counts from the day before
    # it in the sentence; "took full effect" is taking effect
    ("Posted 9 Jun 2026\n\nThe tribunal issued its ruling on 4 May 2026, and the ruling was "
     "served on the company six days later.",
     [("other", "2026-05-04", None), ("other", "2026-05-10", None)]),
    ("Posted 9 Jun 2026\n\nThe revised rules took full effect on 1 March 2026.",
     [("other", "2026-03-01", None)]),
    # a receipt, a petition, a guestbook signed is no agreement
    ("Posted 9 Jun 2026\n\nA delivery receipt signed on 12 May 2026 was produced.",
     [("other", "2026-05-12", None)]),
    ("Posted 9 Jun 2026\n\nThe two mayors signed a letter of intent on 12 May 2026.",
     [("signing", "2026-05-12", None)]),
    # beside the sentence's other happening, an 'other' verb with a date of its own is one
    ("Posted 9 Jun 2026\n\nThree trains ordered in 2024 were delivered in March and entered "
     "service in May.",
     [("other", "2024", None), ("other", "2026-03", None), ("launch", "2026-05", None)]),
    # but not a saying, and not a count over a year
    ("Posted 9 Jun 2026\n\nThe ferry line will open in July, the bureau announced on Monday.",
     [("launch", "2026-07", None)]),
    ("Posted 9 Jun 2026\n\nZhuhai issued 12,400 travel permits in 2025.", []),
    # "later that month": the month of the date before; "in the second half": the year's
    ("Posted 9 Jun 2026\n\nThe port signed a pact on 3 February 2026. Later that month, its "
     "chairman led a team to Nansha for talks.",
     [("signing", "2026-02-03", None), ("visit", "2026-02", None)]),
    ("Posted 9 Jun 2026\n\nIn the second half the company added night sailings to Shekou.",
     [("launch", "2025", None)]),
    # counted cooperation projects agreed are signed
    ("Posted 9 Jun 2026\n\nIn April the chamber took part in a trade expo, where it agreed five "
     "cooperation projects with Foshan firms.",
     [("conference", "2026-04", None), ("signing", "2026-04", None)]),
    # a dinner is a gathering; "At the dinner" dates what follows; what is said at it has its
    # own dates
    ("Posted 9 Jun 2026\n\nA reunion dinner took place in Macau on 6 June 2026. At the dinner, "
     "the dean announced a bursary.",
     [("conference", "2026-06-06", None), ("other", "2026-06-06", None)]),
    ("Posted 9 Jun 2026\n\nAt a dinner hosted by the city, the mayor said exports rose last "
     "year.", []),
    # a field names what it dates; two days in a row joined by "and" are a range
    ("Case HCCT 9/2026\n\nDate of Hearing: 4 and 5 May 2026\nDate of Judgment: 2 June 2026\n\n"
     "The application is dismissed.", [("other", "2026-05-04", "2026-05-05")]),
    # "is expected in" speaks of what is to come
    ("Posted 9 Mar 2026\n\nThe opening of the new berth is expected in May.",
     [("launch", "2026-05", None)]),
    # "Issued on:" is a label, and "court-ordered" an adjective
    ("Issued on: 3/7/2026 - 7:12\n\nCourt-ordered measures were upheld.", []),
]
ROUND_FIFTY_THREE = [
    # a scheme "introduced" in an appositive is launched, as "was introduced" is
    ("Posted 9 Jun 2026\n\nThe levy, introduced in March 2026, raised HK$3 million.",
     [("launch", "2026-03", None)]),
    # a perfect takes no date told before it, in another clause
    ("Posted 9 Jun 2026\n\nThe bureau held a forum in Zhuhai on 3 May 2026, and the council "
     "has opened a help desk.", [("conference", "2026-05-03", None)]),
    # a verb's participle after a determiner or preposition is an adjective
    ("Posted 9 Jun 2026\n\nWe urge a yearly list of approved transfers by 2027.", []),
    # days spent in a place, students taken to one, are trips
    ("Posted 9 Jun 2026\n\nIn April 2026, 30 pupils from Nanning spent ten days in Macau.",
     [("visit", "2026-04", None)]),
    ("Posted 9 Jun 2026\n\nIn May, the foundation took 40 students to Chengdu.",
     [("visit", "2026-05", None)]),
    # a scheme widened to more cities is a happening
    ("Posted 9 Jun 2026\n\nThe province widened the scheme to Foshan on 1 June 2026.",
     [("other", "2026-06-01", None)]),
]
ROUND_FIFTY_FOUR = [
    # an opening ceremony is a gathering, whatever "opening" alone would be
    ("Posted 2 Mar 2026\n\nThe opening ceremony of the lantern show is set for 20 March.",
     [("conference", "2026-03-20", None)]),
    # a talk or a lecture given is a gathering
    ("Posted 2 Mar 2026\n\nThe architect will give a public talk on 11 March.",
     [("conference", "2026-03-11", None)]),
    ("Posted 2 Mar 2026\n\nProfessor Kwan delivered a lecture on 27 February.",
     [("conference", "2026-02-27", None)]),
    # what is on display from one day to another is shown there
    ("Posted 2 Mar 2026\n\nThe scrolls will be on display from 4 to 18 April.",
     [("conference", "2026-04-04", "2026-04-18")]),
    # a drill or an exercise held is a happening
    ("Posted 2 Mar 2026\n\nFirefighters from Zhongshan held a joint exercise on Sunday.",
     [("other", "2026-03-01", None)]),
    ("Posted 2 Mar 2026\n\nThe port plans an evacuation drill in June.",
     [("other", "2026-06", None)]),
    # raids, arrests and detentions are happenings, each of its own day
    ("Posted 2 Mar 2026\n\nOn 24 February officers raided a warehouse in Foshan, and a "
     "courier was arrested in Macau on Friday.",
     [("other", "2026-02-24", None), ("other", "2026-02-27", None)]),
]
ROUND_FIFTY_FIVE = [
    # a place receiving its first patients opens; what is "to be ready by" a month is to come
    ("Posted 9 Apr 2026\n\nOn 2 April the new ward in Jiangmen received its first patients.",
     [("launch", "2026-04-02", None)]),
    ("Posted 9 Apr 2026\n\nThe deal covers a shuttle bus, to be ready by March.",
     [("launch", "2027-03", None)]),
    # a date opening the sentence is the first happening's, when the later one has its own
    ("Posted 9 Apr 2026\n\nIn January the bank completed the acquisition of a Zhuhai "
     "lender, and it opened a branch in Macau on 3 March.",
     [("other", "2026-01", None), ("launch", "2026-03-03", None)]),
    # a perfect over a counted object is a running tally, not a happening
    ("Posted 9 Apr 2026\n\nSince the rules took effect in February, the bank has opened "
     "about 4,000 accounts.", [("other", "2026-02", None)]),
    # gatherings in the plural after an object verb, unless a number counts them
    ("Posted 9 Apr 2026\n\nThe council will host investor seminars in Foshan in May.",
     [("conference", "2026-05", None)]),
    ("Posted 9 Apr 2026\n\nThe council hosted 14 seminars in 2025.", []),
    # a working lunch "on their last day" is on the trip's last day
    ("Posted 9 Apr 2026\n\nFrom 6 to 8 April a team from Macau visited Zhongshan. The mayor "
     "hosted the team at a working lunch on their last day.",
     [("visit", "2026-04-06", "2026-04-08"), ("conference", "2026-04-08", None)]),
    # results reported on a day are a happening
    ("Posted 9 Apr 2026\n\nThe bank will report interim results on 20 August.",
     [("other", "2026-08-20", None)]),
]
ROUND_FIFTY_SIX = [
    # a legislature's session that opens is a meeting; its close ends it, not the meeting
    # told last; a session "a day earlier" counts from the day told last
    ("Posted 3 Mar 2026\n\nThe third session of the Zhuhai Municipal People's Congress "
     "opened on Monday. The Zhuhai CPPCC session opened a day earlier. The congress session "
     "is scheduled to close on 6 March.",
     [("meeting", "2026-03-02", "2026-03-06"), ("meeting", "2026-03-01", None)]),
    # a noun in the possessive is not the happening; the verb's word inside a noun is none
    ("Posted 3 Mar 2026\n\nThe governor spoke at the delegation's open meeting on Tuesday.",
     [("meeting", "2026-03-03", None)]),
    # "starting price" is no launch; an auction is a happening; ground is broken
    ("Posted 3 Mar 2026\n\nThe plot sold at an auction on Friday for 30% over the starting "
     "price, and the buyer will break ground in May.",
     [("other", "2026-02-27", None), ("launch", "2026-05", None)]),
    # a body's acronym names no event
    ("Posted 3 Mar 2026\n\nMembers of the Chinese People's Political Consultative "
     "Conference (CPPCC) met. CPPCC member Li Hua proposed 60 joint labs by 2030.",
     []),
]
ROUND_FIFTY_SEVEN = [
    # services suspended, cancelled or stopped are happenings, each verb its own on one day;
    # a negated verb and a release's next update are none
    ("Posted 5 Jul 2026\n\nAll ferries to Shekou were cancelled on Sunday. Buses to "
     "Zhuhai stopped running on Sunday too. Passengers should not start a journey on "
     "Monday. Updates will be issued on Monday.",
     [("other", "2026-07-05", None), ("other", "2026-07-05", None)]),
    # an award at a gathering new to the story is the gathering's news; who told it, and
    # when, is no event
    ("Posted 5 Jul 2026\n\nA Macao team won the cup at the grand final in Zhuhai on "
     "Friday, the organisers announced today.",
     [("conference", "2026-07-03", None)]),
    # what is signed "during the final" takes the final's day; a firm spun out of a
    # university was founded
    ("Posted 5 Jul 2026\n\nThe grand final was held in Foshan on Saturday. During the "
     "final, sponsors signed nine letters of intent. The winner, spun off from Jinan "
     "University in 2023, makes sensors.",
     [("conference", "2026-07-04", None), ("signing", "2026-07-04", None),
      ("launch", "2023", None)]),
    # a year in the possessive dates the thing it owns, not the ceremony of the sentence;
    # applications for an edition are no edition
    ("Posted 5 Jul 2026\n\nSpeaking at the prize ceremony, the judge said this year's "
     "entrants were strong. Entries for next year's edition open on 1 May.", []),
    # a count to reach by a date is a target; "the opening is ..." says what the opening
    # already told means
    ("Posted 5 Jul 2026\n\nThe chain opened its first Macau shop on Thursday. The "
     "opening is part of a plan that will take it to 25 shops by the end of 2027.",
     [("launch", "2026-07-02", None)]),
    ("Chain opens Macau shop, plans 25 outlets by 2027\nPosted 5 Jul 2026\n\nThe chain "
     "opened a shop in Taipa on Thursday.", [("launch", "2026-07-02", None)]),
    # "suspended since" a date is when the suspension began
    ("Posted 5 Jul 2026\n\nThe night bus, suspended since 2 June, will resume on 10 July.",
     [("other", "2026-06-02", None), ("launch", "2026-07-10", None)]),
    ("Posted 5 Jul 2026\n\nIn June we restarted the coach line that had been halted since "
     "2022.", [("launch", "2026-06", None), ("other", "2022", None)]),
]
ROUND_FIFTY_EIGHT = [
    # a signing told "on the sidelines of" a named gathering, past the signers' posts: the
    # gathering happened that day too
    ("Posted 20 May 2026\n\nFoshan and Macao signed a youth pact on Monday.\n\nThe pact "
     "was signed by Li Ming, deputy mayor of Foshan, and Ana Costa, president of the Macao "
     "Youth Council, on the sidelines of the Foshan-Macao Youth Exchange Forum.",
     [("signing", "2026-05-18", None), ("conference", "2026-05-18", None)]),
    # a correction's account of an earlier version tells no event; plural visits after a
    # modifier are a noun; advice is not a happening
    ("Posted 20 May 2026\n\nThe two cities want 3 million two-way visits by 2028, from 2.4 "
     "million in 2025. Analysts recommend that they set up a joint fund by 2027.\n\n"
     "Correction: An earlier version of this story said the pact was signed on Sunday.", []),
    # a first edition published is the publication's launch; an edition produced is no
    # gathering; a scheme rolled out is launched
    ("Posted 20 May 2026\n\nThe think tank first released its port index in 2021. This "
     "year's edition was compiled with two universities. A joint port pass will roll out "
     "in July.",
     [("launch", "2021", None), ("launch", "2026-07", None)]),
]
ROUND_FIFTY_NINE = [
    # "Speaking at the ceremony," points back even when the sentence dates something else;
    # "Before the ceremony" dates what came before it on the ceremony's day
    ("Posted 9 Mar 2026\n\nTwo colleges signed a pact at a ceremony in Zhuhai on Monday. "
     "Speaking at the ceremony, the dean said their exchange, founded in 2011, had grown. "
     "Before the ceremony, the guests toured a robotics lab.",
     [("signing", "2026-03-09", None), ("launch", "2011", None), ("visit", "2026-03-09", None)]),
    # a briefing is a gathering as a hosting verb's object; a count of them is a tally,
    # unless the latest is told with its day
    ("Posted 9 Mar 2026\n\nThe bureau will host a briefing for exporters on 20 March. It "
     "held four briefings in 2025. The council has hosted 12 roadshows, the latest in Penang "
     "on 2 March.",
     [("conference", "2026-03-20", None), ("conference", "2026-03-02", None)]),
    # a schedule's lines with no trigger are happenings on their dates
    ("Posted 9 Mar 2026\n\nTIMETABLE\n1 to 15 April: online enrolment\n"
     "Early May 2026: interviews\n30 June 2026: offers released",
     [("other", "2026-04-01", "2026-04-15"), ("other", "2026-05", None),
      ("other", "2026-06-30", None)]),
    # one line opening with a date is no schedule
    ("Posted 9 Mar 2026\n\n2 April: enrolment figures will be compared.", []),
]
ROUND_SIXTY = [
    # an invitation: the occasion's name over a line of its date in words; its programme's
    # timed lines are on that day
    ("THE LINGNAN CHAMBER\n\nrequests the pleasure of your company at its\n\n"
     "Annual Spring Banquet\n\non Monday, the second of March, two thousand and "
     "twenty-six\n\nProgramme\n6:30 pm    Reception\n7:15 pm    Signing of a "
     "memorandum with the Foshan Chamber\n8:00 pm    Dinner",
     [("conference", "2026-03-02", None), ("signing", "2026-03-02", None)]),
    # a chronology told in the present under its years; "the following year" is the
    # item's; a video conference is a meeting
    ("Posted 20 Dec 2026\n\n2005 — On 8 December, Zhuhai and Macao sign a port pact. "
     "Zhuhai promises to send 10 tour groups to Macao the following year.\n\n"
     "2019 — The two bureaus hold a video conference.",
     [("signing", "2005-12-08", None), ("visit", "2006", None), ("meeting", "2019", None)]),
    # a post's "Time:" field dates the event its headline names; "Day 2:" lines are that
    # day of it; "talks by" founders are lectures; the event's head noun in lower case
    # points back to it
    ("Foshan–Macao Design Camp opens sign-ups\n\nPosted 2026-11-02\n\n"
     "📅 Time: 7–9 December 2026\n🔹 Day 1: Opening ceremony + talks by designers\n"
     "🔹 Day 2: Visit to a ceramics factory\n🔹 Day 3: Pitch day\n\n"
     "Last year's camp drew 80 students.",
     [("conference", "2026-12-07", "2026-12-09"), ("conference", "2026-12-07", None),
      ("visit", "2026-12-08", None), ("conference", "2026-12-09", None),
      ("conference", "2025", None)]),
]
ROUND_SIXTY_ONE = [
    # a gazette's order: the appointment's effect, the order's force the day after its
    # publication, and the line that dates its making
    ("OFFICIAL GAZETTE\nMonday, 2 March 2026\n\nOrder No. 7/2026\n\n1. Mr Ho is appointed "
     "to the board with effect from 1 April 2026.\n2. This Order comes into force on the day "
     "following its publication.\n\nMade on this 25th day of February 2026.",
     [("other", "2026-04-01", None), ("other", "2026-03-03", None),
      ("other", "2026-02-25", None)]),
    # "first introduced" launches; "replaced by" happens; "one trip per week" is a rate, no
    # trip; a service that "began taking in" users launched, apart from another launch that
    # month told with another verb
    ("Posted 2 Mar 2026\n\nThe pass was first introduced in May 2010 and replaced by a "
     "\"one trip per week\" permit in June 2016. The port's e-channel, launched on 3 January "
     "2024, is busy. The bus depot, which began taking in coaches in January 2024, is full.",
     [("launch", "2010-05", None), ("other", "2016-06", None), ("launch", "2024-01-03", None),
      ("launch", "2024-01", None)]),
    # applications made from a day are the papers', no happening
    ("Posted 2 Mar 2026\n\nApplications may also be made online from 1 April 2026.", []),
]
ROUND_SIXTY_TWO = [
    # "concluded" a trip is its end, no deal; a happening with a date of its own beside the
    # trip's days; a contest won is the contest
    ("Posted 13 Nov 2026\n\nThe minister concluded yesterday a three-day working visit, his "
     "first since taking office in May. Chan won the junior race of the Zhuhai Harbour "
     "Marathon on Sunday.",
     [("visit", "2026-11-10", "2026-11-12"), ("other", "2026-05", None),
      ("conference", "2026-11-08", None)]),
    # an instrument in force "on the date of its signature", told by its signature line
    ("MEMORANDUM\n\nArticle 9\nThis Memorandum shall enter into force on the date of its "
     "signature.\n\nSigned in duplicate at Zhuhai on 3 March 2026.",
     [("other", "2026-03-03", None), ("signing", "2026-03-03", None)]),
]
ROUND_SIXTY_THREE = [
    # a funding round closed, told on a weekday; what the money is for is planned; what the
    # news "comes three months after" is dated back from the story's day
    ("Posted 18 Nov 2026\n\nA Guangzhou drone start-up has closed a RMB 300 million Series "
     "C round, the firm said on Monday. It will use the new funds to open an office in "
     "Macao next year. The raise comes three months after it signed a supply deal with "
     "a Hong Kong carrier.",
     [("other", "2026-11-16", None), ("launch", "2027", None), ("signing", "2026-08", None)]),
    # a "*" of a trigger phrase stands for a number with a comma too; "bringing" tells what
    # an event brings, not who travels; the expo that opened is the subject before the words
    # set off by commas
    ("Posted 21 Nov 2026\n\nThe foundation sent 1,200 students to Shenzhen on Monday. The "
     "expo, bringing 2,000 exhibitors to the city, opened on Tuesday.",
     [("visit", "2026-11-16", None), ("conference", "2026-11-17", None)]),
    # a fund closed in a year; a target is a plan
    ("Posted 18 Nov 2026\n\nIts second fund closed in 2024. The aim remains to open the "
     "second terminal in 2031.", [("other", "2024", None), ("launch", "2031", None)]),
    # a government consults a council's panel at a sitting
    ("Posted 21 Nov 2026\n\nThe bureau will consult the District Council's works committee "
     "on the plan on December 3.", [("meeting", "2026-12-03", None)]),
    # a date with no verb of its own takes the tense of the clause before it, not of the
    # plan after it (which is an event of its own)
    ("Posted 21 Nov 2026\n\nThe minister, Mr Lau, met his Zhuhai counterpart, Ms Tang, in "
     "Zhuhai on November 9, and the two agreed to launch a pilot scheme next year.",
     [("meeting", "2026-11-09", None), ("launch", "2027", None)]),
    # two days written in full with their years are one range; a holiday week is no event
    ("Posted 20 Nov 2026\n\nThe Taipa Lantern Fair will run from 20 December 2026 to "
     "5 January 2027. During the Golden Week from 1 to 7 October, hotels were full.",
     [("conference", "2026-12-20", "2027-01-05")]),
]
ROUND_SIXTY_FOUR = [
    # a gathering held after the one reported is another on its day
    ("Posted 24 Nov 2026\n\nThe minister will open the Macao Wine Expo on Friday. A press "
     "briefing will be held after the opening, at 11am.",
     [("conference", "2026-11-27", None), ("conference", "2026-11-27", None)]),
]
ROUND_SIXTY_FIVE = [
    # dozens of deals signed "this year" are a tally, whatever else the sentence dates
    ("Posted 19 Nov 2026\n\nWe signed 31 cooperation agreements with Mainland cities this "
     "year, and the joint conference will be held in Zhuhai in February.",
     [("meeting", "2027-02", None)]),
    # "It starts next month" over the day it starts: one launch, not two
    ("Posted 21 Nov 2026\n\n1. It starts next month\nThe ferry service between Shekou "
     "and Taipa will begin on December 12, the operator said.",
     [("launch", "2026-12-12", None)]),
    # training, a review or a survey begun is an 'other' happening, nothing opened
    ("Posted 19 Nov 2026\n\nA joint review of the scheme began last week.",
     [("other", "2026-11", None)]),
]
ROUND_SIXTY_SIX = [
    # a score tells a match played, even after "to" ("came back to beat")
    ("Posted 8 Mar 2026\n\nMacau came back to beat Zhuhai 3-2 at the Olympic Sports "
     "Centre on Saturday.", [("conference", "2026-03-07", None)]),
    ("Posted 8 Mar 2026\n\nGuangzhou drew 1-1 with Foshan in the return leg on Sunday.",
     [("conference", "2026-03-08", None)]),
    # a day range is no score
    ("Posted 8 Mar 2026\n\nThe fair will be held on 3-5 April in Macau.",
     [("conference", "2026-04-03", "2026-04-05")]),
    # "won" with nothing after it is no prize won; "to match" is a verb, no match
    ("Posted 8 Mar 2026\n\n\"Our city won today,\" the mayor said on Sunday.", []),
    ("Posted 8 Mar 2026\n\nThe two sides will try to match the subsidies from 1 April.", []),
    # "since the arena opened": a comparison's clause, not dated by the main clause
    ("Posted 8 Mar 2026\n\nThe derby drew 18,000 fans on Saturday, the most since the "
     "arena opened.", []),
    # a period of the sentence's own takes no day from the sentence before
    ("Posted 8 Mar 2026\n\nThe port group signed a pact with a Macau operator on 2 March. "
     "Over the past six months it also won nine terminal contracts in Jiangmen.",
     [("signing", "2026-03-02", None)]),
    # "training for ..." begun is an 'other' happening, whatever follows the noun
    ("Posted 8 Mar 2026\n\n- 20 March: training for new tellers starts in Macau.",
     [("other", "2026-03-20", None)]),
    # "kick off" is a launch verb, a conference for a match or a forum
    ("Posted 8 Mar 2026\n\nThe youth league will kick off in May with 12 clubs.",
     [("launch", "2026-05", None)]),
]
ROUND_SIXTY_SEVEN = [
    # a production's premiere is its launch
    ("Posted 8 Mar 2026\n\nThe musical, which premiered in Shenzhen in January, tours on.",
     [("launch", "2026-01", None)]),
    # a troupe or a choir sent somewhere is a visit; a clause "under which" has its own date
    ("Posted 8 Mar 2026\n\nIt follows a pact signed in February, under which Zhuhai will "
     "send its youth choir to Macau next autumn.",
     [("signing", "2026-02", None), ("visit", "2026", None)]),
    # what a body will publish or announce on a day is an 'other' happening; what the
    # future waits for ("after the board meets") has no day of its own
    ("Posted 8 Mar 2026\n\nThe bureau would publish the March figures on 1 April, it said.",
     [("other", "2026-04-01", None)]),
    ("Posted 8 Mar 2026\n\nThe bank will announce its rate on 19 March, after the board meets.",
     [("other", "2026-03-19", None)]),
    # a dividend paid on a day
    ("Posted 8 Mar 2026\n\nThe special dividend will be paid on 2 April 2026.",
     [("other", "2026-04-02", None)]),
    # a paper's date ("the notice dated ...") is not the meeting's
    ("Posted 25 Mar 2026\n\nThe resolutions in the notice of the general meeting dated 2 "
     "March 2026 were passed at the meeting held on 24 March 2026.",
     [("meeting", "2026-03-24", None)]),
]
ROUND_SIXTY_EIGHT = [
    # a deal named by its year was made that year
    ("Posted 8 Mar 2026\n\nUnder the 2021 memorandum, the two ports will open a joint office "
     "in 2027.", [("signing", "2021", None), ("launch", "2027", None)]),
    # a court's outcomes, and a study conducted over months
    ("Posted 8 Mar 2026\n\nThe courier was convicted on Friday and will be sentenced on 20 "
     "March.", [("other", "2026-03-06", None), ("other", "2026-03-20", None)]),
    ("Posted 8 Mar 2026\n\nThe poll was conducted from October to December 2025.",
     [("other", "2025-10", None)]),
    # a joint exercise with words between
    ("Posted 8 Mar 2026\n\nThe two police forces held a joint counter-terrorism exercise on "
     "Tuesday.", [("other", "2026-03-03", None)]),
    # the article's own stamp ("published online ...") is no event
    ("Received 2 March 2026; accepted 9 June 2026; published online 1 July 2026\n\nText.", []),
    # a feed's items: each title and text is dated by its own stamp ("today" too)
    ("News feed\nSat, 7 Mar 2026 10:00:00 +0800\n\n\nMayor meets Penang delegation\n\n"
     "https://example.org/a\nFri, 6 Mar 2026 18:00:00 +0800\nThe mayor met a Penang "
     "delegation today.\n\n\nNew ferry route for Taipa\n\nhttps://example.org/b\n"
     "Thu, 5 Mar 2026 09:00:00 +0800\nThe route opened yesterday.",
     [("meeting", "2026-03-06", None), ("launch", "2026-03-04", None)]),
]
ROUND_SIXTY_NINE = [
    # a chat's message stamps date what each message says ("tomorrow", a weekday)
    ("[02/03/2026, 09:10] Ada Ho: The trade mission flies to Fuzhou tomorrow.\n"
     "[04/03/2026, 18:00] Ben Yu: We signed the MoU with the port today!",
     [("visit", "2026-03-03", None), ("signing", "2026-03-04", None)]),
    ("02/03/2026, 09:10 - Ada Ho: The ceremony was held yesterday.\n"
     "05/03/2026, 10:00 - Ben Yu: The forum opened this morning.",
     [("conference", "2026-03-01", None), ("conference", "2026-03-05", None)]),
    # a group's own plan in the present tense looks ahead; a yes/no question tells nothing
    ("Posted 4 Mar 2026 (Wednesday)\n\nOn Friday we sign the lease with the landlord.",
     [("signing", "2026-03-06", None)]),
    ("Posted 4 Mar 2026\n\nIs the signing ceremony on Friday?", []),
    ("Posted 4 Mar 2026\n\nMay Lo: Will the delegation visit Nanning on Monday?", []),
    # a meal or briefing with an official is a meeting with them
    ("Posted 4 Mar 2026\n\nThe consulate hosted a dinner with the Vice Governor on Monday.",
     [("meeting", "2026-03-02", None)]),
    ("Posted 4 Mar 2026\n\nThe council held a working lunch with Mr Ip on 2 March.",
     [("meeting", "2026-03-02", None)]),
    ("Posted 4 Mar 2026\n\nThe bureau will hold a briefing with exporters on 9 March.",
     [("conference", "2026-03-09", None)]),
    # "so far this year" adds up the year, it tells no one signing
    ("Posted 4 Mar 2026\n\nAbout 60 supply contracts were signed so far this year.", []),
    # a release's heading: the release is a launch on its day (or month, to come)
    ("Release notes\n\nVersion 2.4.0 (2 March 2026)\n- Faster sign-in.\n\n"
     "Version 2.3.1 (9 February 2026)\n- Fixes.\n\nComing in Version 2.5 (May 2026)\n"
     "- Dark mode.",
     [("launch", "2026-03-02", None), ("launch", "2026-02-09", None),
      ("launch", "2026-05", None)]),
    # a sentence wrapped over two lines, or over two subtitle cues, is one sentence
    ("Posted 4 Mar 2026\n\nThe Zhongshan delegation that reached Macau on Monday\n"
     "signed a tourism agreement with the city.", [("signing", "2026-03-02", None)]),
    ("1\n00:00:01,000 --> 00:00:03,000\nIn May 2025 the two universities\n\n2\n"
     "00:00:03,100 --> 00:00:05,000\nsigned a research pact.",
     [("signing", "2025-05", None)]),
]
ROUND_SEVENTY = [
    # an agenda: the meeting named over "AGENDA" is on its "Date:", and an item with no
    # date of its own is that day's business
    ("Port Liaison Group\nFifth Meeting\n\nAGENDA\n\nDate: Friday, 6 March 2026\n\n"
     "Item 1  Matters arising\nItem 2  Signing of the berth-sharing memorandum\n"
     "Item 3  Opening of the new pier in May 2026\n\nIssued: 20 February 2026",
     [("meeting", "2026-03-06", None), ("signing", "2026-03-06", None),
      ("launch", "2026-05", None)]),
    # what "since" a noun counts from is no event of the sentence's day
    ("Posted 4 Mar 2026\n\nOn Monday the bureau said 80 firms had joined since launch.",
     []),
]
ROUND_SEVENTY_ONE = [
    # a courtesy call is a meeting
    ("Posted 2 Mar 2026\n\nWhat: Courtesy call on the Secretary for Trade\n"
     "When: 5 March 2026", [("meeting", "2026-03-05", None)]),
    # a speech at an event is not its opening; a noun inside an e-mail address is no event
    ("SHENZHEN–PENANG TRADE FORUM 2026\nProgramme\n\nDAY 1 | MONDAY, 8 JUNE 2026\n"
     "09:00 – 09:30   Opening remarks\n09:30 – 11:00   Panel on trade finance\n\n"
     "DAY 2 | TUESDAY, 9 JUNE 2026\n09:00 – 12:00   Site visits: Qianhai; Nanshan\n\n"
     "Contact: summit@trade.example.org", [("conference", "2026-06-08", "2026-06-09")]),
    # a field's days refine the month its heading gave
    ("Trade Mission to Penang, June 2026\nWhen: 8-10 June 2026\n\nThe group meets buyers.",
     [("visit", "2026-06-08", "2026-06-10")]),
]
ROUND_SEVENTY_TWO = [
    # an opening "Following ..." clause: its date is the happening it follows, an event of
    # its own when it names one; the main verb takes the date after it
    ("Posted 18 Nov 2026\n\nFollowing talks in Jiangmen yesterday, the chamber will send "
     "a delegation of 30 firms to Macao next month.",
     [("meeting", "2026-11-17", None), ("visit", "2026-12", None)]),
    # a thread's quoted message reads its relative dates against its own "Sent:" line, and
    # its undated sentences take no day from it
    ("From: Ana Vong\nSent: Friday, 20 November 2026 16:42\nSubject: RE: booths\n\n"
     "We confirm the booths at the fair.\n\n-----Original Message-----\nFrom: Li Na\n"
     "Sent: Monday, 9 November 2026 09:15\nSubject: booths\n\nOur bureau will send a "
     "delegation to Macao tomorrow.\n\nWe hope to sign supply agreements there.",
     [("visit", "2026-11-10", None)]),
    # one message's header does not make a programme of a day's heading below it
    ("From: Desk\nDate: 24 November 2016\nSubject: Notice\n\nThursday (Dec 5)\n"
     "- No events.\n\nA weekend trip to Zhuhai tells you more, he said.", []),
]
ROUND_SEVENTY_THREE = [
    # a postponement: the day it was to be is not its day; an event called off is none,
    # but services cancelled on a day are what happened that day
    ("Issued on 2 March 2026\n\nThe Jiangmen-Macao Tea Expo, originally scheduled for "
     "Friday, 6 March 2026, is postponed to Friday, 20 March 2026. The business mission to "
     "Kaiping, planned for 7 March, has been called off. All ferry services to Macao will be "
     "cancelled on 6 March.",
     [("conference", "2026-03-20", None), ("other", "2026-03-06", None)]),
    # an event noun that "will take place" at an occasion told before takes its day
    ("Posted 2 Mar 2026\n\nThe Jiangmen-Macao Tea Expo opens on 20 March. The signing of "
     "the supply pact between the two chambers will take place at the expo.",
     [("conference", "2026-03-20", None), ("signing", "2026-03-20", None)]),
]
ROUND_SEVENTY_FOUR = [
    # an event page's programme bullets are that day's business
    ("Date: Mon, 2 Mar 2026 09:00:00 +0800\n\nEvent: Jiangmen Trade Forum 2026\n"
     "Date: Tuesday, 10 March 2026\nVenue: Jiangmen\n\nProgramme highlights\n"
     "• Opening address by the mayor\n• Signing ceremony for the port alliance\n\n"
     "Coaches leave at 7 am.",
     [("conference", "2026-03-10", None), ("signing", "2026-03-10", None)]),
    # a search result's date under its link dates its snippet, which reads its relative
    # dates against it; the date itself is no event's
    ("Zhuhai port pact - Daily\nhttps://news.example.com › business\nMar 4, 2026 — Zhuhai and "
     "Macao signed a port pact on Monday ...\n\nMacao ferry news | Wire\n"
     "https://wire.example.com › macao\nMar 6, 2026 — The new pier opened on 5 March ...",
     [("signing", "2026-03-02", None), ("launch", "2026-03-05", None)]),
]
ROUND_SEVENTY_FIVE = [
    # a meeting invitation: its "Subject:" names the meeting its "When:" dates
    ("From: Desk\nSent: Monday, 30 November 2026 10:12 AM\nSubject: Port working group: "
     "video conference\n\nWhen: Tuesday, 8 December 2026 3:00 PM-4:30 PM\n\nDear all,",
     [("meeting", "2026-12-08", None)]),
    # an events calendar's entry: the date line, then the event's name under it
    ("Events Calendar\nLast updated: 26 November 2026\n\nDECEMBER 2026\n\n"
     "3–4 Dec | Nanning\nGuangxi-ASEAN Logistics Forum\nMembers only.",
     [("conference", "2026-12-03", "2026-12-04")]),
]
ROUND_SEVENTY_SIX = [
    # "runs until" tells the last day of the fair that opened (not a span's start)
    ("Posted 9 Mar 2027\n\nThe Guangxi Products Fair opened in Macao on Sunday. The fair "
     "runs until 12 March.", [("conference", "2027-03-07", "2027-03-12")]),
    # "the event" closing: the gathering that opened, not its opening ceremony
    ("Posted 9 Mar 2027\n\nThe Yunnan Week in Hong Kong 2027 opened on Monday with a ribbon "
     "ceremony. The five-day event closes on Friday.",
     [("conference", "2027-03-08", "2027-03-12")]),
    # "the event" closes, and nothing opened before: no event
    ("Posted 9 Mar 2027\n\nThe event closes on Friday.", []),
    # a four-day fair that closes on a day ends there
    ("Posted 9 Mar 2027\n\nThe four-day wine fair closes on Thursday.",
     [("conference", "2027-03-08", "2027-03-11")]),
    # "returned ... after a five-day tour": the tour ended on the return
    ("Posted 9 Mar 2027\n\nThe Hainan delegation returned to Haikou on Sunday after a "
     "five-day tour of Macao.", [("visit", "2027-03-03", "2027-03-07")]),
    # a gathering held "the same evening", told with "a": one more that day
    ("Posted 9 Mar 2027\n\nOn Monday, the mayor attended a banquet hosted by the chamber. "
     "At a trade seminar held the same evening, 9 deals were signed.",
     [("conference", "2027-03-08", None), ("conference", "2027-03-08", None),
      ("signing", "2027-03-08", None)]),
    # "In talks with X," opening a sentence: the day the sentence before told
    ("Posted 9 Mar 2027\n\nThe mission reached Zhuhai on Monday. In talks with Mayor Wu "
     "Zetong, Lin said the province would buy more seafood.",
     [("visit", "2027-03-08", None), ("meeting", "2027-03-08", None)]),
    # "Speaking after a meeting with X, Y said ...": the day Y spoke on, not what Y said
    ("Posted 9 Mar 2027\n\nThe pilot will cover 12 clinics, Director Au said on Monday.\n\n"
     "Speaking after a meeting with Vice Mayor Hu, Au said the clinics had passed an "
     "inspection last Thursday.",
     [("meeting", "2027-03-08", None), ("other", "2027-03-04", None)]),
    # "will meet again at a roundtable": one gathering
    ("Posted 9 Mar 2027\n\nShipping executives will meet again at a roundtable on "
     "Thursday.", [("conference", "2027-03-11", None)]),
    # the year before a renewed deal is the old deal's, not the renewal's day
    ("Posted 9 Mar 2027\n\nThe two chambers renewed their 2019 exchange agreement.", []),
    # a new right from a day: a change that takes effect
    ("Posted 9 Mar 2027\n\nMacao residents will be able to book the shuttle online from "
     "1 April.", [("other", "2027-04-01", None)]),
]
ROUND_SEVENTY_SEVEN = [
    # an N-day stay "starting on" a day is the trip; the clause after it dates its own
    ("Posted 12 Apr 2027\n\nDuring its four-day stay starting on 6 April, the delegation "
     "also toured a port that opened in May 2023.",
     [("visit", "2027-04-06", "2027-04-09"), ("launch", "2023-05", None)]),
    # "Prior to the meeting": the meeting's day
    ("Posted 12 Apr 2027\n\nOn Saturday, the governor met a Macao delegation.\n\nPrior to "
     "the meeting, 8 agreements were signed.",
     [("meeting", "2027-04-10", None), ("signing", "2027-04-10", None)]),
    # an aside about the subject does not swallow the plan after it
    ("Posted 12 Apr 2027\n\nThe fund, set up in 2019, plans to open an office in Qianhai "
     "in the second quarter of 2028.", [("launch", "2019", None), ("launch", "2028", None)]),
    # "The opening ceremony" after what opened: on its day
    ("Posted 12 Apr 2027\n\nThe bank today opened a branch in Nansha.\n\nThe opening "
     "ceremony drew 200 guests.",
     [("launch", "2027-04-12", None), ("conference", "2027-04-12", None)]),
    # a consultation to come
    ("Posted 12 Apr 2027\n\nThe draft rules will go to public consultation in May.",
     [("other", "2027-05", None)]),
]
ROUND_SEVENTY_EIGHT = [
    # a weekday in brackets labels the day (no "next Tuesday" of its own)
    ("Posted 23 Nov 2026\n\nOn December 1 (Tuesday), members will call on the city "
     "government.", [("meeting", "2026-12-01", None)]),
    ("Posted 23 Nov 2026\n\nThe panel will visit Nanning from November 30 (Monday) to "
     "December 3 (Thursday).", [("visit", "2026-11-30", "2026-12-03")]),
]
ROUND_SEVENTY_NINE = [
    # days told by their number alone (Chinese government English), and a symposium held
    # with a named official is a meeting with them
    ("Posted 21 Nov 2026\n\nFrom the 9th to the 12th, a delegation from Foshan went to "
     "Macao. On the afternoon of the 10th, it held a symposium with Ho Weng Kit, Director of "
     "the Macao Trade Bureau.",
     [("visit", "2026-11-09", "2026-11-12"), ("meeting", "2026-11-10", None)]),
    # "during its stay": some day of the trip, not the day the sentence before told
    ("Posted 21 Nov 2026\n\nOn the 12th, the delegation visited the Macau Science Centre. "
     "During its stay, the delegation also called on the Macao Youth Federation.",
     [("visit", "2026-11-12", None)]),
    # a fortnight ago, and a mission's length: its days
    ("Posted 23 Nov 2026\n\nA fortnight ago, twelve Welsh food firms arrived in Chengdu for "
     "a four-day trade mission.", [("visit", "2026-11-09", "2026-11-12")]),
    # an explainer's lead dates the news told under its first question
    ("Posted 23 Nov 2026\n\nShenzhen and Macao agreed last Friday on a joint customs "
     "window. Here's what it means.\n\nWhat was agreed?\nThe two customs districts signed a "
     "memorandum on shared inspections.", [("signing", "2026-11-20", None)]),
    # a pilot that firms join starts; a training day is a gathering; signing up is no signing
    ("Posted 23 Nov 2026\n\nA trial with 40 retailers starts on December 3. The bureau will "
     "hold a training day for exporters on December 9. Some 60 firms signed up on Monday.",
     [("launch", "2026-12-03", None), ("conference", "2026-12-09", None)]),
]
ROUND_EIGHTY = [
    # a short sentence that only tells a day dates the next; a forum "held" there is one
    ("Posted 25 Nov 2026\n\nTrade was the theme on Tuesday. At a business forum held "
     "in Leeds, firms signed six agreements.",
     [("conference", "2026-11-24", None), ("signing", "2026-11-24", None)]),
    # "suspended in 2020" is a happening; a budget delivered is one
    ("Posted 25 Nov 2026\n\nFerries to Zhuhai, suspended in 2020, will resume in June. The "
     "Financial Secretary will deliver the Budget on February 25.",
     [("other", "2020", None), ("launch", "2027-06", None), ("other", "2027-02-25", None)]),
    # a possible visit is talked of, not set
    ("Posted 25 Nov 2026\n\nThere is talk of a possible visit to Macao by the minister in "
     "March.", []),
    # a preview of next year: its days and months without a year are in that year
    ("What to watch in 2027: the Greater Bay Area's calendar\nPosted 27 Nov 2026\n\nMacao "
     "hosts the Lusophone Trade Fair from August 12 to 15. The bourses plan to launch the "
     "pilot in the second half of the year.",
     [("conference", "2027-08-12", "2027-08-15"), ("launch", "2027", None)]),
]
ROUND_EIGHTY_ONE = [
    # an event's name over a line of its venue and day (no publication date)
    ("Speakers\n\nMacao Fintech Summit 2026\nMacau Tower Convention Centre, 9 December 2026\n\n"
     "Ms Leong is a banker.", [("conference", "2026-12-09", None)]),
    # a career: joining a service, taking up a post; the talks a delegation went to
    ("Posted 24 Nov 2026\n\nMr Chan joined the Customs and Excise Department in 2001. He took "
     "up his present post in May 2022. In 2024 he led a delegation to the WTO trade talks in "
     "Geneva.",
     [("other", "2001", None), ("other", "2022-05", None), ("visit", "2024", None),
      ("meeting", "2024", None)]),
    # what "should be" done is planned, a deadline too
    ("Posted 24 Nov 2026\n\nThe second terminal should be finished by the end of 2028.",
     [("launch", "2028", None)]),
]
ROUND_EIGHTY_TWO = [
    # a digest's "dd/mm" items; a luncheon with an official is a meeting
    ("Sent 24 Nov 2026\n\n18/11 — Zhuhai and Macao opened a joint clinic.\n\nComing up:\n"
     "03/12 — Members' luncheon with Zhuhai Vice Mayor Chen Bo",
     [("launch", "2026-11-18", None), ("meeting", "2026-12-03", None)]),
]
ROUND_EIGHTY_THREE = [
    # a youth exchange held is a gathering; tour operators make no trip
    ("Posted 24 Nov 2026\n\nThe two prefectures agreed to hold a youth exchange in Nara in "
     "May 2027. Deals between tour operators were signed on Friday.",
     [("conference", "2027-05", None), ("signing", "2026-11-20", None)]),
    # "also" goes on with the occasion the sentence before borrowed its day from
    ("Posted 24 Nov 2026\n\nOn Friday the mayor opened a trade fair in Kobe. At the fair, "
     "the two chambers signed a pact. Their members also held talks with 40 firms.",
     [("conference", "2026-11-20", None), ("signing", "2026-11-20", None),
      ("meeting", "2026-11-20", None)]),
]
ROUND_EIGHTY_FOUR = [
    # "further open up" a zone is policy, no launch; what was "announced by" a ministry has
    # no day of its own when the welcoming verb's day is told
    ("Posted 25 Nov 2026\n\nThe government today (November 25) welcomed the measures "
     "announced by the ministry to further open up the Nansha zone to Hong Kong lawyers.", []),
]
ROUND_EIGHTY_FIVE = [
    # a trip report's day headings, "Day 2 (Wed 4 Mar) – Hefei", date what is under them;
    # a return home is part of the trip, no happening of its own
    ("Study Mission to Anhui\nIssued 12 Mar 2026\n\nDay 1 (Tue 3 Mar) – Wuhu\nToured the "
     "Chery plant.\n\nDay 2 (Wed 4 Mar) – Hefei\nMembers attended a seminar on batteries. "
     "Returned to Macao in the evening.",
     [("visit", "2026-03-03", "2026-03-04"), ("visit", "2026-03-03", None),
      ("conference", "2026-03-04", None)]),
    # a trip's last stop after a visit verb; "during the visit" names the whole trip, no
    # leg's day
    ("Posted 9 Mar 2026\n\nThe mission arrived in Hanoi on Sunday and will travel to Da Nang "
     "on Tuesday before ending its tour in Ho Chi Minh City on Thursday. During the visit, "
     "the firms signed six contracts.",
     [("visit", "2026-03-08", None), ("visit", "2026-03-10", None),
      ("visit", "2026-03-12", None)]),
    # the event that closes the trip is not a last stop on its own
    ("Posted 9 Mar 2026\n\nThe fair will end in Shanghai on Thursday.",
     [("conference", "2026-03-12", None)]),
    # a crowd met at a gathering: the gathering is the event
    ("Posted 9 Mar 2026\n\nExporters will meet about 150 Shenzhen retailers at a sourcing "
     "fair on Friday.", [("conference", "2026-03-13", None)]),
    # a new service that will link two places from a month begins then
    ("Posted 9 Mar 2026\n\nA new high-speed train service will connect Guiyang with West "
     "Kowloon from July.", [("launch", "2026-07", None)]),
    # a territory's return is a happening; a traveller's return to a city is not
    ("Posted 9 Mar 2026\n\nMacao returned to Chinese administration in 1999. The envoy "
     "returned to Lisbon on Friday.", [("other", "1999", None)]),
    # "this week" on a Tuesday holds the Sunday before it
    ("Posted 10 Mar 2026\n\nThe governor is leading a trade mission to Seoul this week. The "
     "mission landed in Seoul on Sunday.", [("visit", "2026-03-08", None)]),
]
ROUND_EIGHTY_SIX = [
    # an event page's "Date and time" label over its date line: the page title's event
    ("Macao Fintech Investor Forum 2027\n\nDate and time\nThu, 14 Jan 2027 19:00 - 21:30 "
     "CST\n\nLocation\nMacau Tower", [("conference", "2027-01-14", None)]),
    # markets opened to investors are policy, no launch
    ("Posted 9 Mar 2026\n\nThe 2019 rules opened onshore bond markets to Macao banks.", []),
    # a paper presented at a workshop: the workshop (no correction of a story)
    ("Posted 9 Mar 2026\n\nAn earlier version of this study was presented at the Pearl "
     "River Economics Workshop on 2 March 2026.", [("conference", "2026-03-02", None)]),
    # (but a correction's account of an earlier version tells none)
    ("Posted 9 Mar 2026\n\nThe earlier version of this report wrongly said the pact was "
     "signed on 2 March.", []),
    # a named dialogue and a joint commission held are meetings
    ("Posted 9 Mar 2026\n\nThe third Macao-Portugal Strategic Dialogue will be held in "
     "Lisbon in June. It follows the Joint Economic Commission held in Macao on 4 March.",
     [("meeting", "2026-06", None), ("meeting", "2026-03-04", None)]),
]
ROUND_EIGHTY_SEVEN = [
    # a calendar entry's description under its "When:" line is the event's business
    ("Events calendar\nUpdated: 2026-12-01\n\nWhat: Macao-Jiangxi Trade Fair\nWhen: "
     "2026-12-09\nWhere: Nanchang\nSigning of about "
     "12 supply contracts expected.\n\nThe fair is free.",
     [("conference", "2026-12-09", None), ("signing", "2026-12-09", None)]),
    # (a number in the clause is no date: the delegation's size)
    ("Posted 9 Mar 2026\n\nThe governor, who led a 30-strong delegation to Busan, toured "
     "the port on Monday.", [("visit", "2026-03-09", None)]),
    # a correction's "has been corrected" tells no event
    ("Posted 9 Mar 2026\n\nAn earlier version of this story has been corrected to show the "
     "pact was signed on 2 March.", []),
    # a trip in a relative clause with its own date, the visit verb outside it
    ("Posted 9 Mar 2026\n\nThe governor, who was on a three-day trip to Busan from March 2, "
     "also toured the port.", [("visit", "2026-03-02", "2026-03-04")]),
    # what is announced, a change to come with its day, is the happening
    ("Posted 9 Mar 2026\n\nThe bureau announced on Friday that Macao nurses would be "
     "allowed to work in Hengqin from 1 April.", [("other", "2026-04-01", None)]),
]
ROUND_EIGHTY_EIGHT = [
    # what a release announced it signed has the day told after "that"
    ("Posted 24 Nov 2026\n\nThe firm today announced that it signed a supply agreement "
     "with the port on November 18.", [("signing", "2026-11-18", None)]),
    # a fiscal year named in words is a year ("for the fiscal year" of a plan is not: the
    # debate is on Tuesday)
    ("Posted 24 Nov 2026\n\nThe plant will begin production in fiscal 2028.",
     [("launch", "2028", None)]),
    ("Posted 24 Nov 2026\n\nThe council will debate the budget for the fiscal year 2027 "
     "on Tuesday.", [("other", "2026-11-24", None)]),
    # a chat export's day separators date the messages under them
    ("#trade-desk — exported 24 Nov 2026\n\n----- Monday, November 23rd -----\n\nAmy  9:10 "
     "AM\nThe Zhuhai forum opens tomorrow.\n\n----- Tuesday, November 24th -----\n\nAmy  "
     "9:12 AM\nThe Zhuhai forum opened this morning.",
     [("conference", "2026-11-24", None)]),
    # appointments: a post taken up, a change with its day
    ("Posted 24 Nov 2026\n\nThe museum has appointed Clara Vaz as Director, effective "
     "December 1. Her deputy, who started in the role on November 2, was promoted.",
     [("other", "2026-12-01", None), ("other", "2026-11-02", None)]),
    ("Posted 24 Nov 2026\n\nThe bank said Ada Lo had been promoted to Chief Economist, with "
     "effect from November 20.", [("other", "2026-11-20", None)]),
    # a tally of people over a period: no gathering
    ("Posted 24 Nov 2026\n\nIn fiscal 2025, 412 students took part in exchange programmes.",
     []),
]
ROUND_EIGHTY_NINE = [
    # days written the German way: a range closed by its year, a day after its weekday
    ("Posted 24 Nov 2026\n\nA trade mission from Wuhan stayed in Leipzig from 9.11. to "
     "12.11.2026.", [("visit", "2026-11-09", "2026-11-12")]),
    ("Posted 24 Nov 2026\n\nOn Tuesday, 17.11., the port and the rail operator signed a "
     "memorandum.", [("signing", "2026-11-17", None)]),
    ("Posted 24 Nov 2026\n\nThe logistics fair runs 1.-3.12. in Bremen.",
     [("conference", "2026-12-01", "2026-12-03")]),
    # a planning memo: a slot under "What:", its "When:" a short weekday and day
    ("Posted 24 Nov 2026\n\nWhat: Zhuhai vice mayor's delegation calls on the Financial "
     "Secretary\nWhen: Fri 27/11, 10:00", [("meeting", "2026-11-27", None)]),
    ("Posted 24 Nov 2026\n\nWhat: Qianhai tower topping-out ceremony\nWhen: Thu 09:30",
     [("conference", "2026-11-26", None)]),
    # a stay told by its arrival and its leaving
    ("Posted 24 Nov 2026\n\nThe Fujian delegation of 40 arrives Thu morning, leaves Sun.",
     [("visit", "2026-11-26", "2026-11-29")]),
    ("Posted 24 Nov 2026\n\nThe group arrived in Zhuhai on 3 November and left on 6 "
     "November.", [("visit", "2026-11-03", "2026-11-06")]),
    # a site walk and a trial run are happenings; one trip's signings are one signing
    ("Posted 24 Nov 2026\n\nThe vice mayor did a site walk at the new terminal yesterday.",
     [("visit", "2026-11-23", None)]),
    ("Posted 24 Nov 2026\n\nA trial run of the airport link is set for Monday.",
     [("launch", "2026-11-30", None)]),
    ("Posted 24 Nov 2026\n\nLast year's delegation signed 18 agreements in Chengdu.",
     [("signing", "2025", None)]),
    ("Posted 24 Nov 2026\n\nWe signed 18 agreements last year.", []),
    # the first train of a route reaching its end opened the route
    ("Posted 24 Nov 2026\n\nThe first container train from Xi'an reached Budapest in "
     "2019.", [("launch", "2019", None)]),
    ("Posted 24 Nov 2026\n\nIn the first half of 2026, exports reached a record.", []),
    # a reception told in the passive, with its place and day between
    ("Posted 24 Nov 2026\n\nThe visitors were received at city hall on Monday by the "
     "mayor.", [("meeting", "2026-11-23", None)]),
    # a law that came into operation took effect; a sitting's decision is the sitting
    ("Posted 24 Nov 2026\n\nThe amended Ordinance came into operation on 1 March 2025.",
     [("other", "2025-03-01", None)]),
    ("Posted 24 Nov 2026\n\nAt its meeting on 10 November 2026, the Board approved the "
     "budget.", [("meeting", "2026-11-10", None)]),
    # a named body consulted (not "Members were consulted")
    ("Posted 24 Nov 2026\n\nThe Macao Lawyers Association was consulted in October 2026.",
     [("meeting", "2026-10", None)]),
    ("Posted 24 Nov 2026\n\nMembers were consulted in October 2026.", []),
    # a timetable's rows: a label, a wide gap, the date
    ("Posted 24 Nov 2026\n\nTIMETABLE\nGazettal of the Order          4 December 2026\n"
     "Tabling at the Council          16 December 2026\n",
     [("other", "2026-12-04", None), ("other", "2026-12-16", None)]),
]
ROUND_NINETY = [
    # a plan's tasks, told with the verb's bare form, come in the part of the year named
    ("Issued on 20 November 2026\n\n3. Launch the cross-border data hub in the second half "
     "of 2027. (Lead: Bureau of Commerce)", [("launch", "2027", None)]),
    ("Issued on 20 November 2026\n\n- Send a trade delegation to Macao in the first quarter "
     "of 2027.", [("visit", "2027", None)]),
    ("Posted 24 Nov 2026\n\nIn the first half of 2026, Macao firms opened 40 offices.", []),
    # what a trip did, in a participle's clause, takes the trip's days
    ("Posted 26 Nov 2026\n\nThe mayor led a delegation to Macao from Monday to Wednesday, "
     "signing 12 agreements.",
     [("visit", "2026-11-23", "2026-11-25"), ("signing", "2026-11-23", "2026-11-25")]),
    # what was done at an occasion takes the days of the clause that tells them
    ("Posted 24 Nov 2026\n\nThe fair opened in Xiamen on Friday. At the fair, which ran from "
     "November 20 to 22, 40 firms signed supply contracts.",
     [("conference", "2026-11-20", None), ("signing", "2026-11-20", "2026-11-22")]),
    # port calls added from a day are a service begun; papers that open are no launch
    ("Posted 24 Nov 2026\n\nThe carrier will add four weekly calls at Shekou from December "
     "3.", [("launch", "2026-12-03", None)]),
    ("Posted 24 Nov 2026\n\nApplications for the second round of the subsidised housing "
     "scheme open on December 1.", []),
]
ROUND_NINETY_ONE = [
    # a video's chapters happened on the recording's day: the one told above the list ...
    ("Premiered 2 Dec 2026\n\nHighlights of the Zhuhai-Macao Trade Fair, held in Zhuhai on "
     "27 November.\n\n0:00 Intro\n4:10 Opening ceremony\n19:45 Launch of the Zhuhai-Macao "
     "Export Portal\n31:02 Signing of 14 supply contracts",
     [("conference", "2026-11-27", None), ("launch", "2026-11-27", None),
      ("signing", "2026-11-27", None)]),
    # ... else the day it was streamed live
    ("Streamed live on 4 Dec 2026\n\n00:00 Welcome\n02:30 Remarks by the mayor\n"
     "48:15 Signing of 6 memorandums", [("signing", "2026-12-04", None)]),
    # clock times are a programme's, no chapters (no zero to start from)
    ("Posted 2 Dec 2026\n\n09:30 Registration\n10:00 Signing of 6 memorandums\n"
     "11:00 Lunch", []),
    # what is done at a symposium told the day before takes its day
    ("Posted 20 Nov 2026\n\nOn Wednesday afternoon, the mayor met the visitors. On the same "
     "day, the two cities held a trade symposium. At the symposium, their chambers signed a "
     "memorandum on exhibitions.",
     [("meeting", "2026-11-18", None), ("conference", "2026-11-18", None),
      ("signing", "2026-11-18", None)]),
    # a year between "of" and a name is the name's edition, not the happening's date
    ("Winners of 2026 Pearl River Design Awards announced", []),
    ("Posted 20 Nov 2026\n\nBy the end of 2026 Macao will open two more offices.",
     [("launch", "2026", None)]),
]
ROUND_NINETY_TWO = [
    # each clause of a dated list item is that day's
    ("Posted 23 Nov 2026\n\nProgramme:\n- 8 Dec (Tue): A design workshop with students; the "
     "two colleges will sign an exchange agreement",
     [("conference", "2026-12-08", None), ("signing", "2026-12-08", None)]),
    # a briefing hosted, told in the passive
    ("Posted 23 Nov 2026\n\nA briefing for exhibitors will be held on Thursday, 3 December.",
     [("conference", "2026-12-03", None)]),
    ("Posted 23 Nov 2026\n\nA briefing paper on the scheme came out on Monday.", []),
    # an agreement with its own day, and what was agreed
    ("Posted 23 Nov 2026\n\nThe two ports agreed in October to open a joint office in 2027.",
     [("signing", "2026-10", None), ("launch", "2027", None)]),
    ("Posted 23 Nov 2026\n\nThe two ports agreed to open a joint office in 2027.",
     [("launch", "2027", None)]),
    # the first run of a new service, boarded
    ("Posted 23 Nov 2026\n\nCommuters boarded the first ferry of the new Nansha route on "
     "Sunday.", [("launch", "2026-11-22", None)]),
    ("Posted 23 Nov 2026\n\nThe minister rode the first train to Guangzhou on Sunday.", []),
]
ROUND_NINETY_THREE = [
    # an app's notifications, each under its label and stamp ("2 h ago", "Yesterday,
    # 18:05", "Sat 21 Nov, 10:15"): the stamp's day is the item's
    ("Alerts\nExported 24 Nov 2026, 21:30 HKT\n\nBusiness · 3 h ago\nFoshan firms sign four "
     "supply deals with Macao buyers\n\nPolitics · Yesterday, 18:05\nJiangmen Mayor meets "
     "Macao delegation\n\nEvents · Sat 21 Nov, 10:15\nYouth forum opens in Qianhai",
     [("signing", "2026-11-24", None), ("meeting", "2026-11-23", None),
      ("conference", "2026-11-21", None)]),
    # a start told as "starting Monday" is the Monday ahead
    ("Posted 21 Nov 2026\n\nThe chamber leads 30 firms on a two-day mission to Wuhan "
     "starting Monday.", [("visit", "2026-11-23", "2026-11-24")]),
    # a schedule's item: a gathering's participle ("held online") tells no tense
    ("Last updated: 28 August 2026\n\nWeek 12 (18 Nov): Joint seminar with students of "
     "Jinan University, held online",
     [("conference", "2026-11-18", None)]),
    # what recurs in a relative clause is no happening of the day told before it
    ("Posted 23 Nov 2026\n\nThe college signed an exchange agreement with Jinan University "
     "in May 2024, under which ten students attend a joint seminar every year.",
     [("signing", "2024-05", None)]),
    # a call for proposals opening is no launch
    ("Posted 19 Nov 2026\n\nThe fund's call for proposals will open in January.", []),
    # ... but a relative clause after the papers' object dates its own event
    ("Posted 19 Nov 2026\n\nThe centre invites proposals for the fifth forum in a series "
     "whose first meeting was held in Zhuhai in 2018.",
     [("conference", "2018", None)]),
]
ROUND_NINETY_FOUR = [
    # a post's pictograph ends its sentence: the day after it is not the plan's before it
    ("Posted 23 Nov 2026\n\nTwo bureaus will open a joint office 🏢 Yesterday the bureaus "
     "signed a memorandum.", [("signing", "2026-11-22", None)]),
    # an official's résumé tells no happening
    ("Last updated: 24 November 2026\n\nLi Ming, male, Han nationality, born in May 1970 in "
     "Shantou; joined the Communist Party of China in July 1992.", []),
    # a daily's "TODAY" and "TOMORROW" listings are no programme of the fair in its masthead
    ("GBA TRADE FAIR 2026 | DAILY NEWS\nThursday 26 November 2026\n\nTODAY\n3pm: A "
     "logistics forum in Hall 1.\n\nTOMORROW\n10am: Macao firms host a business matching "
     "session.",
     [("conference", "2026-11-26", None), ("conference", "2026-11-27", None)]),
    # a gathering that "runs until" a day opens on the day told before
    ("Posted 26 Nov 2026\n\nNine deals were signed yesterday. The fair, which runs at the "
     "convention centre until Saturday, opened with a ceremony.",
     [("signing", "2026-11-25", None), ("conference", "2026-11-25", "2026-11-28")]),
]
ROUND_NINETY_FIVE = [
    # a weekly habit dates nothing: the line after it takes no day from it
    ("Posted 24 Nov 2026\n\nShuttle buses run to the old town every Saturday. Organised with "
     "the Zhuhai Tourism Bureau.", []),
    # "opening night" is a time, nothing opened
    ("Posted 24 Nov 2026\n\nFireworks light the harbour on opening night and again on 5 "
     "December.", []),
    # cutting the ribbon opens something
    ("Posted 21 Nov 2026\n\nThe vice mayor cut the ribbon at a new incubator in Qianhai on "
     "Wednesday.", [("launch", "2026-11-18", None)]),
    # a quiz's "True or false" statement asserts nothing
    ("Posted 21 Nov 2026\n\n4. True or false: the new ferry pier will open before the end "
     "of 2026.", []),
    # a signing "at Wednesday's ... conference": the conference happened that day too
    ("Posted 21 Nov 2026\n\nNine contracts were signed at Wednesday's Yunnan investment "
     "promotion conference in Central.",
     [("signing", "2026-11-18", None), ("conference", "2026-11-18", None)]),
    # a signing's weekday is past though a later plan says "next June"
    ("Posted 21 Nov 2026\n\nThe two councils signed an agreement on Thursday to stage a "
     "design fair in Foshan next June.",
     [("signing", "2026-11-19", None), ("conference", "2027-06", None)]),
    # a fact sheet's "Listing date:" is the fund's launch, told once
    ("Issued: 18 November 2026\n\nListing date:     27 November 2026\nDealing day:     "
     "Every business day", [("launch", "2026-11-27", None)]),
    # a label that names a date ("Financial year end") is no happening of a column
    ("Issued: 18 November 2026\n\nInception date        30 November 2026\nFinancial year "
     "end        31 December", [("launch", "2026-11-30", None)]),
    # a fund that begins trading is launched; a price that began trading higher is not
    ("Posted 21 Nov 2026\n\nThe units will begin trading in Shanghai on 8 December. Other "
     "funds began trading higher on Friday.", [("launch", "2026-12-08", None)]),
]
ROUND_NINETY_SIX = [
    # a range whose days carry their weekdays
    ("Posted 20 Nov 2026\n\nThe chamber's mission travels to Wuhan from Monday 23 November "
     "to Friday 27 November.", [("visit", "2026-11-23", "2026-11-27")]),
    # a field's dialogue is a meeting; one after "before ..." is a meeting of its own day
    ("Posted 20 Nov 2026\n\nWe will meet the mayor on Tuesday, before heading to Fuzhou for "
     "the business dialogue on Thursday.",
     [("meeting", "2026-11-24", None), ("meeting", "2026-11-26", None)]),
    # a public consultation session is a gathering open to all
    ("Posted 20 Nov 2026\n\nThe bureau will hold a public consultation session on the new "
     "timetable on 28 November.", [("conference", "2026-11-28", None)]),
    # "at the gala dinner ... on 5 March": a gathering no event before was, with its own day
    ("Posted 20 Nov 2026\n\nFourteen deals were signed in 2026. Sponsors get branding at the "
     "gala dinner at the Peninsula on the evening of 5 March.",
     [("signing", "2026", None), ("conference", "2027-03-05", None)]),
    # a key date's briefing is a gathering; a deadline an "other" happening
    ("Posted 20 Nov 2026\n\nKEY DATES\nRegistration deadline          15 December 2026\n"
     "Exhibitor briefing (online)    10 January 2027",
     [("other", "2026-12-15", None), ("conference", "2027-01-10", None)]),
]
ROUND_NINETY_SEVEN = [
    # a ticker's line: a clock time, then a headline's "X to meet ..."
    ("Posted 24 Nov 2026\n\n07:15  Foshan Mayor Liang Hui to meet Macao officials in "
     "Shunde this afternoon\n", [("meeting", "2026-11-24", None)]),
    # "runs to Friday": the last day of what opened
    ("Posted 24 Nov 2026\n\nThe chamber opened its Bay Area food fair in Tsim Sha Tsui "
     "today; it runs to Friday.", [("conference", "2026-11-24", "2026-11-27")]),
    # a market that opens higher opens nothing
    ("Posted 24 Nov 2026\n\nThe Shenzhen Component Index opened 1.2% higher on Monday, and "
     "Macao's casino stocks opened lower.", []),
    # a log's timed lines right under the page's date line are that day's
    ("Wednesday 25 November 2026 | Night desk\n\n21:05  Markets close flat\n"
     "21:30  Zhaoqing Vice Mayor Ou Liming arrives in Macao for a two-day trade mission\n"
     "22:10  Rain expected overnight\n", [("visit", "2026-11-25", "2026-11-26")]),
    # a "Date:" field among a venue's fields dates the subject line's gathering; a
    # programme's timed item under it is that day's
    ("From: Events Team <events@example.org>\nDate: Mon, 16 Nov 2026 10:02:11 +0800\n"
     "Subject: Your seat at the Zhuhai-Macao Tourism Roundtable\n\nDear guest,\n\n"
     "  Date:   Friday, 4 December 2026\n  Venue:  Grand Lisboa Palace, Cotai\n\n"
     "PROGRAMME HIGHLIGHTS\n  10:00 am  Signing of tourism cooperation agreements\n",
     [("conference", "2026-12-04", None), ("signing", "2026-12-04", None)]),
    # a law's year is part of its name, no day of the signing
    ("Posted 24 Nov 2026\n\nUnder the Trade Facilitation Act of 1998, the report was "
     "signed by the registrant.", []),
    # a trial to come is a launch; a filing is a happening of its own
    ("Posted 24 Nov 2026\n\nThe operator will trial driverless buses in Nansha from the "
     "second quarter of 2027. Its annual report was filed on 28 April 2026.",
     [("launch", "2027", None), ("other", "2026-04-28", None)]),
    # what a deal provides for is to come: the signing's day is not its own
    ("Posted 24 Nov 2026\n\nOn 3 March 2026 the port signed a memorandum with the bureau, "
     "under which the two sides will trial electric tugboats.", [("signing", "2026-03-03", None)]),
    # a trial "since" a month, a body's name between, began then
    ("Posted 24 Nov 2026\n\nIn 2025 the two cities signed a pact on a joint e-ticket, trialled by "
     "the Macao Government Tourism Office since May 2026.",
     [("signing", "2025", None), ("launch", "2026-05", None)]),
]
ROUND_NINETY_EIGHT = [
    # a board of the day's events: each row's gathering, closed by its time, is that day's;
    # two names' heads, one day, are two gatherings; a row without one is nothing
    ("Today's Events  |  Thursday, 26 November 2026\n\nEVENT          ROOM       TIME\n"
     "Zhuhai-Macao Fintech Summit         Hall 1      09:00 - 12:00\n"
     "Press Conference: Macau Food Festival         Room 2      14:00 - 14:30\n"
     "Private Function         Room 3      18:00 - 20:00\n",
     [("conference", "2026-11-26", None), ("conference", "2026-11-26", None)]),
    # a column's gap is no space inside a venue's name; a "Show" closes a gathering's name
    ("Posted 24 Nov 2026\n\nComing up\n4 - 6 December    Hengqin Wine Expo          Halls A-C\n"
     "9 - 12 December    Zhuhai International Boat Show          Marina Hall",
     [("conference", "2026-12-04", "2026-12-06"), ("conference", "2026-12-09", "2026-12-12")]),
    # a channel's day divider heads that day's messages, the first one too
    ("----- 23 November 2026 -----\n\n[09:00]\nZhuhai and Macao signed a pact this morning."
     "\n\n----- 24 November 2026 -----\n\n[10:00]\nSix contracts were signed this morning.",
     [("signing", "2026-11-23", None), ("signing", "2026-11-24", None)]),
    # a quota raised, a paper due out: happenings of their own
    ("Posted 24 Nov 2026\n\nThe daily quota was raised to RMB 20 billion on 1 July 2025. "
     "The next survey is due out in March 2027.",
     [("other", "2025-07-01", None), ("other", "2027-03", None)]),
]
ROUND_NINETY_NINE = [
    # a day and month with no year, before the event it dates or closing a sentence
    ("Date: 27/11/2026\n\nThe 25/11 meeting with the Zhuhai Commerce Bureau went well. "
     "The pact was signed on 26/11.",
     [("meeting", "2026-11-25", None), ("signing", "2026-11-26", None)]),
    # a month in capitals, as a log's stamp writes it; a place closed is a happening
    ("Log printed 3 Dec 2026\n\n0900 HKT 2 DEC - Video conference of the three port "
     "authorities.\n1500 HKT 2 DEC - The ferry terminal was closed to passengers.",
     [("meeting", "2026-12-02", None), ("other", "2026-12-02", None)]),
    # a storm's landfall, a signal hoisted, a crossing reopened, teams dispatched: each a
    # happening; a post "stood up" is set up
    ("Posted 8 Sep 2026\n\nTyphoon Mawar made landfall near Shanwei on Sunday. The "
     "Observatory hoisted the No. 8 signal at 9 pm on Saturday. The Lok Ma Chau checkpoint "
     "reopened on Monday.",
     [("other", "2026-09-06", None), ("other", "2026-09-05", None),
      ("other", "2026-09-07", None)]),
    ("Posted 8 Sep 2026\n\nTwo rescue teams were dispatched to Zhongshan on Sunday. A "
     "command post was stood up in Nansha on Saturday.",
     [("other", "2026-09-06", None), ("launch", "2026-09-05", None)]),
]
ROUND_ONE_HUNDRED = [
    # a "Mission:" field names what the "Dates:" field under it dates
    ("Report date: 20 November 2026\n\nMission:    Macao tourism mission to Xi'an and Lanzhou\n"
     "Dates:      2-5 November 2026\nTravellers: Staff of the office\n",
     [("visit", "2026-11-02", "2026-11-05")]),
    # a table's rows opening with their days: each clause between semicolons is a happening
    # of that day, a cell's text run on under it
    ("Notes printed 30 Nov 2026\n\nPROGRAMME\nTue 24 Nov   Nanning   Meeting with the Guangxi "
     "Department of Commerce; visit to the\n                        Nanning Logistics Park\n"
     "Wed 25 Nov   Nanning   ASEAN Trade Forum (about 200 guests); 5 contracts signed\n",
     [("meeting", "2026-11-24", None), ("visit", "2026-11-24", None),
      ("conference", "2026-11-25", None), ("signing", "2026-11-25", None)]),
    # "and would like to" opens a planned clause with its own day
    ("Posted 20 Nov 2026\n\nThe governor will lead a delegation of 50 firms and would like to "
     "call on the Chief Executive on Dec. 4.",
     [("visit", "2026-12-04", None), ("meeting", "2026-12-04", None)]),
    # the day a session was moved from is no longer its day; an opening session is a
    # gathering's part, told as one
    ("Posted 20 Nov 2026\n\nThe opening session has been moved from Dec. 9 to Dec. 8 because "
     "of the venue.", [("conference", "2026-12-08", None)]),
    # "the week" as the subject of "will run", after the text named a "... Week"
    ("Posted 20 Nov 2026\n\nPlans for the Foshan Design Week are set. The week will run from "
     "3 to 6 December.", [("conference", "2026-12-03", "2026-12-06")]),
    # the month it was held in, within the year that names the edition
    ("Posted 20 Nov 2026\n\nLast year's fair, held in Foshan in September 2025, drew 300 firms.",
     [("conference", "2025-09", None)]),
    # the party is no happening where another noun is told with its day
    ("Posted 20 Nov 2026\n\nPurpose: to support the delegation of the chamber and to follow up "
     "leads from the Wuhan roadshow in May.", [("conference", "2026-05", None)]),
    # meetings with a named body are a happening
    ("Posted 20 Nov 2026\n\nThe minister will travel to Zhuhai on 3 December, where meetings "
     "with the Zhuhai Port Authority are planned.",
     [("visit", "2026-12-03", None), ("meeting", "2026-12-03", None)]),
    # a move from one day to a later one is no range, and its days are the nearest ones
    ("Posted 20 Nov 2026\n\nThe signing has been moved from Dec. 8 to Dec. 9.",
     [("signing", "2026-12-09", None)]),
    ("Posted 20 Nov 2026\n\nThe forum has been postponed from 8 to 10 December.",
     [("conference", "2026-12-10", None)]),
    # (a move between places keeps the past: the office moved last March)
    ("Posted 20 Nov 2026\n\nThe office moved from Wan Chai to Central on 3 March.", []),
    # "flew to", "will fly to" are visit verbs (a long-standing miss)
    ("Posted 20 Nov 2026\n\nThe mayor flew to Hong Kong on Monday and met the Chief "
     "Executive.", [("visit", "2026-11-16", None), ("meeting", "2026-11-16", None)]),
    ("Posted 20 Nov 2026\n\nA Zhuhai delegation will fly to Penang on 3 December.",
     [("visit", "2026-12-03", None)]),
]
ROUND_ONE_HUNDRED_ONE = [
    # a gathering that ended on its day, beside the deals signed at it
    ("Posted 20 Nov 2026\n\nThe Nanning Food Expo ended on Sunday, with 64 supply deals "
     "signed.", [("conference", "2026-11-15", None), ("signing", "2026-11-15", None)]),
    ("Posted 20 Nov 2026\n\nThe symposium, which drew 150 scholars, concluded on Tuesday.",
     [("conference", "2026-11-17", None)]),
    # a gathering that ended is no deal concluded; a deal concluded is
    ("Posted 20 Nov 2026\n\nThe talks concluded yesterday.", [("meeting", "2026-11-19", None)]),
    ("Posted 20 Nov 2026\n\nThe two ports concluded a berthing agreement on Monday.",
     [("signing", "2026-11-16", None)]),
    # "landed since 2023": a tally over a span, not the year another clause dates
    ("Posted 20 Nov 2026\n\nThe figures: output of 2 trillion yuan last year, exports up 4 "
     "per cent in the first half, and 90 Macao-funded projects landed since 2022, according "
     "to the bureau.", []),
    # a sentence opening at an occasion told before takes its day when its own date is
    # the relative clause's; the clause's verb is what opens, not the occasion
    ("Posted 20 Nov 2026\n\nThe mayor hosted a dinner for Macao investors on Tuesday. At "
     "the dinner, the two sides signed a memorandum on a joint incubator, which is due to "
     "open in Taipa in June 2027.",
     [("conference", "2026-11-17", None), ("signing", "2026-11-17", None),
      ("launch", "2027-06", None)]),
    # "as we discussed" is a word on talks before, and "then in the afternoon" the day told
    # before; said on a Friday after "next week", "on Friday" is next week's
    ("Posted Friday 20 Nov 2026\n\nAbout next week's mission: on Friday morning we'll tour "
     "the port, as we discussed, and then in the afternoon there's the signing with the "
     "port authority.",
     [("visit", "2026-11-27", None), ("signing", "2026-11-27", None)]),
    # a trip named by its time ("next week's visit") is the one told with its days,
    # wherever the sentence naming it is
    ("Posted 17 Nov 2026\n\nThis is Lam from the Foshan Municipal Bureau of Commerce about "
     "next week's visit. The delegation will arrive in Macao on 23 November and leave on "
     "25 November.", [("visit", "2026-11-23", "2026-11-25")]),
    # other deals signed the same day are a signing of their own
    ("Posted 20 Nov 2026\n\nThe two universities signed a research pact on Thursday. Two "
     "further agreements, on student housing, were signed the same day.",
     [("signing", "2026-11-19", None), ("signing", "2026-11-19", None)]),
]
ROUND_ONE_HUNDRED_THREE = [
    # a trip to a place for a gathering is a trip, beside the gathering
    ("Posted 20 Nov 2026\n\nOur sales team went to Penang in October for a trade fair.",
     [("visit", "2026-10", None), ("conference", "2026-10", None)]),
    # a budget tabled, presented or debated is a happening of its own
    ("Posted 20 Nov 2026\n\nThe Financial Secretary will present the 2027-28 budget on 25 "
     "February.", [("other", "2027-02-25", None)]),
    ("Posted 20 Nov 2026\n\nCouncillors debated the budget on Wednesday.",
     [("other", "2026-11-18", None)]),
    # negotiations held are talks
    ("Posted 20 Nov 2026\n\nThe two ports held a third round of negotiations on Monday.",
     [("meeting", "2026-11-16", None)]),
    # a deal's completion, named so
    ("Posted 20 Nov 2026\n\nCompletion of the acquisition took place on 2 November.",
     [("other", "2026-11-02", None)]),
]
ROUND_ONE_HUNDRED_FOUR = [
    # "crossed to" a place is a trip; "was switched on" a launch
    ("Posted 20 Nov 2026\n\nThe Zhuhai mayor crossed to Macao on Tuesday.",
     [("visit", "2026-11-17", None)]),
    ("Posted 20 Nov 2026\n\nThe new substation was switched on in March.",
     [("launch", "2026-03", None)]),
    # a person's start (or a book's account) opens nothing
    ("Posted 20 Nov 2026\n\nShe begins in 1979 with a chapter on the zone.", []),
    ("Posted 20 Nov 2026\n\nHe started in 1998 at the port bureau.", []),
    # a poster's slogan, a word to a sentence, is no happening (its signing is)
    ("BAY AREA MAKERS DAY 2026\nZhuhai x Macao\n\nSunday 13 December 2026\n09:30 - 16:00\n"
     "Hengqin Exhibition Centre, Zhuhai\n\nDESIGN. MEET. MAKE.\n40 teams | 60 mentors\n\n"
     "Keynote: Dr Ho Man Kit, Director of the Macao Design Centre\n\n15:00  Signing "
     "ceremony: Macao Design Centre x Zhuhai Makers Association\n\nPoster issued 20 Nov 2026",
     [("signing", "2026-12-13", None)]),
    # new opening hours from a day: a change, nothing opened; with the deal of last month
    # it follows, two happenings
    ("Posted 16 Nov 2026\n\nFrom today the museum opens at 9am instead of 10am, following "
     "last month's agreement between the two bureaus.",
     [("other", "2026-11-16", None), ("signing", "2026-10", None)]),
    # a trial run from a month is a start
    ("Posted 20 Nov 2026\n\nThe two ports will run a six-month trial of paperless clearance "
     "from 1 March.", [("launch", "2027-03-01", None)]),
]
ROUND_ONE_HUNDRED_FIVE = [
    # what a begin verb took, when it is a gathering, is what began
    ("Posted 20 Nov 2026\n\nThe two councils resumed regular talks on 2 November.",
     [("meeting", "2026-11-02", None)]),
    # a check or an inspection on site is a trip; so is a plan to inspect
    ("Posted 20 Nov 2026\n\nOfficers made an on-site check in Jiangmen on 4 March.",
     [("visit", "2026-03-04", None)]),
    ("Posted 20 Nov 2026\n\nThe bureau will inspect two farms in Huizhou in December.",
     [("visit", "2026-12", None)]),
    # an arrangement of a year is a deal signed then
    ("Posted 20 Nov 2026\n\nTheir 2019 arrangement on water supply expires next year.",
     [("signing", "2019", None)]),
    # a sailing withdrawn, a petition handed in: happenings
    ("Posted 20 Nov 2026\n\nThe company withdrew the late sailing on 3 May.",
     [("other", "2026-05-03", None)]),
    ("Posted 20 Nov 2026\n\nResidents handed a petition to the council on Tuesday.",
     [("other", "2026-11-17", None)]),
]
ROUND_ONE_HUNDRED_SIX = [
    # a bulletin stamped with its hour: what it tells at an earlier hour, with no day and
    # no future, happened that day (never what is still to come, nor the stamp's own line)
    ("NOTICE\nIssued at 18:10, 3 August 2026\n\nThe ferry service was suspended from 2pm. "
     "Please check the operator's website.", [("other", "2026-08-03", None)]),
    ("NOTICE\nIssued at 11:00, 3 August 2026\n\nThe ferry service was suspended from 2pm.",
     []),
    # a signal raised is a happening, as one hoisted is
    ("Posted 3 Aug 2026\n\nMacao raised its Signal No. 3 on Sunday.",
     [("other", "2026-08-02", None)]),
    # a leg of a two-legged match heads its day
    ("Inter-port Cup\n\nFirst leg - Saturday 5 December 2026\nMacao 1-3 Zhuhai\n\n"
     "Posted 7 Dec 2026", [("conference", "2026-12-05", None)]),
    # goods leaving the factory
    ("Posted 20 Nov 2026\n\nA second batch of 40 buses left the factory in Zhuhai on Monday.",
     [("other", "2026-11-16", None)]),
]
ROUND_ONE_HUNDRED_SEVEN = [
    # a dated gathering in a clause of its own before ", and" beside another's verb
    ("Posted 23 Nov 2026\n\nAn information session will be held on Wednesday, and the "
     "dean, Professor Lam Siu Ming, will meet the new fellows at a sharing session on 2 "
     "December.",
     [("conference", "2026-11-25", None), ("meeting", "2026-12-02", None),
      ("conference", "2026-12-02", None)]),
    # a hackathon is a gathering; the days it was held on are finer than "this year's"
    ("Posted 23 Nov 2026\n\nForty teams joined this year's datathon, held over two days "
     "from 7 to 8 November in Nansha.", [("conference", "2026-11-07", "2026-11-08")]),
    # a programme in a place starting on a day starts then
    ("Posted 23 Nov 2026\n\nThe winners will join a mentoring programme in Hengqin "
     "starting on 4 January 2027.", [("launch", "2027-01-04", None)]),
    # sailings or flights a carrier will operate from a day: a service begun
    ("Posted 23 Nov 2026\n\nFrom 1 March 2027 the carrier will operate three weekly flights "
     "between Zhuhai and Penang.", [("launch", "2027-03-01", None)]),
]
ROUND_ONE_HUNDRED_EIGHT = [
    # someone who will be in a place on days is a trip there (never "will be in force")
    ("Posted 16 Nov 2026\n\nOur director will be in Shenzhen from 2 to 4 December.",
     [("visit", "2026-12-02", "2026-12-04")]),
    ("Posted 16 Nov 2026\n\nThe rules will be in force from 1 December.", []),
    # what is "arranged for" a day is to come
    ("Posted 16 Nov 2026\n\nA factory tour is arranged for 9 November.",
     [("visit", "2027-11-09", None)]),
    # a legal clinic is a gathering
    ("Posted 16 Nov 2026\n\nThe society will hold a free legal clinic in Tsuen Wan on 28 "
     "November.", [("conference", "2026-11-28", None)]),
]
ROUND_ONE_HUNDRED_NINE = [
    # under a stamp with its hour: a time of one figure's hour, told in the past, is that
    # day's; the hour outweighs a year a later clause gives what the deals cover; two
    # names joined by "and" are one subject, no second clause
    ("POOL NOTE\nFiled 12:10, Friday 6 March 2026\n\nAt 9:45 Chan and Ho witnessed the "
     "signing of two agreements, including one on teacher exchanges in the 2029 school "
     "year.",
     [("signing", "2026-03-06", None)]),
    # a review of a scheme, past or to come, is a happening
    ("Posted 6 Mar 2026\n\nThe two governments will review the quota in October.",
     [("other", "2026-10", None)]),
]
ROUND_ONE_HUNDRED_TEN = [
    # a briefing note's "Date and time:" field dates the occasion its "Occasion:" names
    ("BRIEFING NOTE\nOccasion: Meeting with the Mayor of Jiangmen\nDate and time: Friday 4 "
     "December 2026, 10:30\nPrepared by: Protocol Division | 20 Nov 2026\n\nThe mayor leads "
     "a group of 12.",
     [("meeting", "2026-12-04", None)]),
    # a gathering's name wrapped over two lines, over its place and days
    ("REPORT OF THE SECOND ZHUHAI-MACAO SEMINAR ON\nMARITIME LAW\n\nZhuhai, 14-15 May 2026"
     "\n\nEdited by Ho Man Kit",
     [("conference", "2026-05-14", "2026-05-15")]),
    # a gathering that "met" sat; people who met had a meeting
    ("Posted 1 Jun 2026\n\nThe forum, now in its sixth year, met in Nansha on 12 May.",
     [("conference", "2026-05-12", None)]),
    ("Posted 1 Jun 2026\n\nThe delegation met Zhuhai officials on 12 May.",
     [("meeting", "2026-05-12", None)]),
    # a further deal that "followed" was signed then
    ("Posted 1 Jun 2026\n\nA further agreement, on cold-chain logistics, followed in March.",
     [("signing", "2026-03", None)]),
    # the nth day (or evening) "of this year's forum": the forum's year is no date of its own
    ("Posted 1 Jun 2026\n\nThe Hengqin Youth Forum ran from 10 to 12 May. On the third day "
     "of this year's forum, the two colleges signed a memorandum. On the first evening the "
     "guests toured the old town.",
     [("conference", "2026-05-10", "2026-05-12"), ("signing", "2026-05-12", None),
      ("visit", "2026-05-10", None)]),
    # a list's item labelled by a gathering's noun, then its day; a label over prose is none
    ("Posted 1 Jun 2026\n\nTimetable\n* Online briefing: Tuesday 12 January 2027\n* Site "
     "walk-through: 3 February 2027",
     [("conference", "2027-01-12", None), ("visit", "2027-02-03", None)]),
    ("Posted 1 Jun 2026\n\nBriefing: the economy grew 3% in 2025.", []),
    # a contest or a series that starts or began took place; a race for talent opens nothing
    ("Posted 1 Jun 2026\n\nThe regatta, backed by the Macao Sports Bureau and a Zhuhai yacht "
     "club, starts off Taipa on Saturday 20 June.",
     [("conference", "2026-06-20", None)]),
    ("Posted 1 Jun 2026\n\nThe series began in Foshan in 2019.", [("conference", "2019", None)]),
    ("Posted 1 Jun 2026\n\nThe race for talent began in 2019.", [("launch", "2019", None)]),
    # a named "Cooperation Exchange" is a gathering
    ("Posted 1 Jun 2026\n\nThe mayor attended the Zhaoqing-Macao Economic and Trade "
     "Cooperation Exchange in May.",
     [("conference", "2026-05", None)]),
    # "came to" a place the gazetteer knows is a trip
    ("Posted 1 Jun 2026\n\nMs Lo came to Macao in April with a group of Jiangmen "
     "entrepreneurs.",
     [("visit", "2026-04", None)]),
    # a note's action item "X to sign ..." is planned, as a headline's; "at the end of the
    # meeting" is the meeting told by that noun, not the one the group "met" at before
    ("Posted 1 Jun 2026\n\nActions\n- The Director to sign the lease with the Nansha "
     "operator on 8 June.",
     [("signing", "2026-06-08", None)]),
    ("NOTE\nOccasion: Meeting with the Dongguan delegation\nDate/time: Monday 7 December 2026, "
     "09:30\nPrepared by: Trade Office | 1 Dec 2026\n\nBackground\n- The two sides last met "
     "on 2 October 2026.\n\nFollow-up\n- The Director to sign a memorandum at the end of the "
     "meeting.",
     [("meeting", "2026-12-07", None), ("meeting", "2026-10-02", None),
      ("signing", "2026-12-07", None)]),
]
ROUND_ONE_HUNDRED_ELEVEN = [
    # a programme's "14 Mar   20:00": the 14th at eight, never "Mar 20"; a participle before
    # its agent ("hosted by") tells no past
    ("Posted 20 Nov 2026\n\nProgramme\n14 Mar   20:00   Gala dinner at the Grand Lisboa",
     [("conference", "2027-03-14", None)]),
    ("Posted 20 Nov 2026\n\nProgramme\n4 Mar   18:30   Welcome reception hosted by the "
     "Consul General",
     [("conference", "2027-03-04", None)]),
    # a gathering's name and its place and days on one line, split by a bar
    ("Posted 20 Nov 2026\n\nGuangzhou Design Awards 2027 | Guangzhou, 5-6 February 2027"
     "\n\nEntries close in December.",
     [("conference", "2027-02-05", "2027-02-06")]),
    # accreditation that opens is papers, no happening
    ("Posted 20 Nov 2026\n\nAccreditation for reporters covering the third Bay Area Youth "
     "Music Awards opens today.", []),
    # a celebration looked forward to, and what is done "where" it is held, on its day
    ("Posted 1 Jun 2026\n\nWe look forward to the anniversary celebration in Jiangmen on "
     "20 June, where the two chambers will sign a new agreement.",
     [("conference", "2026-06-20", None), ("signing", "2026-06-20", None)]),
    # an inspection's dated field, a joint inspection, and "on the day of the inspection"
    ("SITE REPORT\nInspection date: 3 March 2026\nReport date: 5 March 2026\n\nWorks are "
     "60% complete.",
     [("visit", "2026-03-03", None)]),
    ("Posted 1 Jun 2026\n\nThe previous joint inspection took place on 9 January 2026.",
     [("visit", "2026-01-09", None)]),
    ("Posted 1 Jun 2026\n\nThe team inspected the site on 12 May.\n\nWorks are 60% "
     "complete.\n\nTwo notices were issued to the contractor on the day of the inspection.",
     [("visit", "2026-05-12", None), ("other", "2026-05-12", None)]),
    # ... never one told as an earlier one of its kind
    ("Posted 1 Jun 2026\n\nThe team inspected the site on 12 May.\n\nThe previous joint "
     "inspection took place on 9 April.\n\nTwo notices were issued to the contractor on the "
     "day of the inspection.",
     [("visit", "2026-05-12", None), ("visit", "2026-04-09", None),
      ("other", "2026-05-12", None)]),
    # tests of works on their days are happenings
    ("Posted 1 Jun 2026\n\nLoad tests on the new bridge deck are scheduled for 15 to 17 "
     "June.",
     [("other", "2026-06-15", "2026-06-17")]),
]
ROUND_ONE_HUNDRED_TWELVE = [
    # a lecture's "Date:" among "Time:" and "Venue:" fields dates the lecture, not the page
    ("GUEST LECTURE\n\n\"Ports and the Bay\"\n\nSpeaker: Dr Ho Ka Man\nDate: Friday, 4 "
     "December 2026\nTime: 7:00 pm\nVenue: Room 101, Main Building",
     [("conference", "2026-12-04", None)]),
    # deals of a kind ("some leases signed in ...") are none signed on a day
    ("Posted 1 Jun 2026\n\nMacao law may now govern some leases signed in Hengqin in 2025.",
     []),
    # a post taken up ("became its director")
    ("Posted 1 Jun 2026\n\nMs Ho joined the bureau in 2010 and became its director in 2021.",
     [("other", "2010", None), ("other", "2021", None)]),
    # a bond priced, a market tapped; a span "after a three-day roadshow" is the roadshow's
    ("Posted 1 Jun 2026\n\nThe notes were priced on 12 May. The group last tapped the dollar "
     "bond market in 2023.",
     [("other", "2026-05-12", None), ("other", "2023", None)]),
    ("Posted 1 Jun 2026\n\nThe bonds were priced on 12 May after a three-day roadshow in "
     "Singapore.",
     [("other", "2026-05-12", None)]),
]
ROUND_ONE_HUNDRED_THIRTEEN = [
    # gatherings counted, then each told by its day: a list's items, or the same sentence
    ("Posted 1 Oct 2026\n\nThree roadshows will be held as follows:\n1. Monday, 12 October "
     "2026, Nanshan\n2. Tuesday, 20 October 2026, Futian\n3. Friday, 30 October 2026, Qianhai",
     [("conference", "2026-10-12", None), ("conference", "2026-10-20", None),
      ("conference", "2026-10-30", None)]),
    ("Posted 1 Oct 2026\n\nTwo investment seminars are planned in Macao, on 5 November 2026 "
     "and 19 November 2026.",
     [("conference", "2026-11-05", None), ("conference", "2026-11-19", None)]),
    # as many days as the count says, or none of them
    ("Posted 1 Oct 2026\n\nThree seminars will be held:\n- 5 November 2026, Macao\n- 19 "
     "November 2026, Zhuhai\n\nSeats are limited.", []),
    # "that December": the month in the year told before
    ("Posted 1 Jun 2026\n\nThe two ports signed a pact on 3 March 2024. Joint checks started "
     "that December.",
     [("signing", "2024-03-03", None), ("launch", "2024-12", None)]),
    # a venue's name ("... Exhibition and Convention Centre") is no exhibition
    ("SMART PORTS SUMMIT 2027\n\nDates: 8-9 June 2027\nVenue: Qianhai Exhibition and "
     "Convention Centre, Shenzhen",
     [("conference", "2027-06-08", "2027-06-09")]),
]
ROUND_ONE_HUNDRED_FOURTEEN = [
    # a chronology's year, then a column's gap: the year of the item's happening (a month
    # alone in brackets is that year's)
    ("Posted 1 Jun 2026\n\nTIMELINE\n2018  The Zhuhai cross-border e-commerce park opens.\n"
     "2020  The city's new rules are published (June).\n2023  The two ports sign a data "
     "accord on 5 May.",
     [("launch", "2018", None), ("other", "2020-06", None), ("signing", "2023-05-05", None)]),
    # a pilot that an event noun describes began: a launch
    ("Posted 1 Jun 2026\n\nA joint inspection pilot for seafood began in Nansha in May "
     "2024.", [("launch", "2024-05", None)]),
    # a run of a named gathering, its year before the name; an acronym's year after it
    ("Posted 1 Jun 2026\n\nNine of the projects agreed at the 2025 Shenzhen-Macao "
     "Cooperation Joint Conference are under way.", [("meeting", "2025", None)]),
    ("Posted 1 Jun 2026\n\nThe firm signed two supply contracts at CIIE 2025.",
     [("signing", "2025", None)]),
    # (the run's day in its sentence dates it)
    ("Posted 1 Jun 2026\n\nShe will attend the 2027 Jiangsu-Macao Forum on Friday.",
     [("conference", "2026-06-05", None)]),
    # a register of members closed: a company's routine, no happening
    ("Posted 1 Jun 2026\n\nThe register of members will be closed from 20 to 24 June 2026.",
     []),
    # a base of comparison dates nothing that happened
    ("Posted 1 Jun 2026\n\nIn 2025 the port handled 9% more boxes than in 2024 and signed "
     "three service contracts with Macao carriers.", [("signing", "2025", None)]),
    # an exhibition's "Show dates:" field under its name
    ("ZHUHAI FOOD FAIR 2027\nExhibitor list\n\nShow dates: 8-10 April 2027\nVenue: Hall 2",
     [("conference", "2027-04-08", "2027-04-10")]),
]
ROUND_ONE_HUNDRED_FIFTEEN = [
    # a works notice's fields: the award's day, the works' start and their completion
    ("NOTICE OF CONTRACT AWARD\n\nContract No.: 118\nDate of award: 3 March 2026\n"
     "Commencement date: 1 April 2026\nExpected completion: second quarter of 2028\n\n"
     "Published on 9 March 2026",
     [("other", "2026-03-03", None), ("launch", "2026-04-01", None), ("launch", "2028", None)]),
    # a race's "Race week:" under its name; its organising committee is a body, no race
    ("12th ZHUHAI HALF MARATHON\nMEDIA KIT\n\nRace week: 2-6 December 2026\nOrganiser: "
     "Zhuhai Half Marathon Organising Committee",
     [("conference", "2026-12-02", "2026-12-06")]),
    # a contest held took place; so did a fact sheet's "First held in ..."
    ("Posted 1 Jun 2026\n\nIn 2024 the regatta was held without foreign crews.",
     [("conference", "2024", None)]),
    ("Posted 1 Jun 2026\n\nKEY FACTS\n- First held in 1999 as a race for local clubs",
     [("conference", "1999", None)]),
    # something introduced, or first compiled, in a year was launched
    ("Posted 1 Jun 2026\n\n- Night sailings introduced in 2012\n- The survey was first "
     "compiled in 2015.", [("launch", "2012", None), ("launch", "2015", None)]),
]
ROUND_ONE_HUNDRED_SIXTEEN = [
    # a page dated only by its title's year: "last year" is the year before
    ("ANNUAL REVIEW 2026\nPort of Zhuhai\n\nLast year, the two ports signed four agreements.",
     [("signing", "2025", None)]),
    # a change to come from a day, a name in quotes among its words
    ('Posted 2 Dec 2026\n\nThe bureau will extend the "Cross-boundary Student" scheme to '
     "3,000 places from 1 March 2027.", [("other", "2027-03-01", None)]),
]
ROUND_ONE_HUNDRED_SEVENTEEN = [
    # a name's edition year stands between its noun and the clause that dates it
    ("Posted 20 Nov 2026\n\nPolice will close roads for the Qianhai Fintech Forum 2026, "
     "which will take place at the Shenzhen Bay centre from December 3 to 4.",
     [("conference", "2026-12-03", "2026-12-04")]),
    # a capitalised Salon is a gathering
    ("Posted 20 Nov 2026\n\nThe Zhuhai-Macao Design Salon will be held in Hengqin on 5 "
     "December.", [("conference", "2026-12-05", None)]),
    # the record of a happening made public is no happening on the record's day
    ("Posted 20 Nov 2026\n\nThe video of the signing ceremony will be uploaded on Friday.",
     []),
    # "the final day" of a gathering told as closing on a day; a list item closed by a
    # semicolon is a whole clause
    ("Posted 20 Nov 2026\n\nThe Foshan Maker Fair, which ended in Shunde last Saturday, "
     "drew 9,000.\n\nHighlights:\n- 12 supply contracts were signed on the final day;\n"
     "- 300 exhibitors took part.",
     [("conference", "2026-11-14", None), ("signing", "2026-11-14", None)]),
]
ROUND_ONE_HUNDRED_EIGHTEEN = [
    # a journey by train or across the border; a group welcomed; "the next morning"
    ("Posted 20 Nov 2026\n\nOn 2 November the students took the high-speed train to "
     "Zhaoqing.", [("visit", "2026-11-02", None)]),
    ("Posted 20 Nov 2026\n\nWe crossed the border at Shenzhen Bay on 2 November. The next "
     "morning the principal welcomed our group of 20 pupils.",
     [("visit", "2026-11-02", None), ("meeting", "2026-11-03", None)]),
    # a foundation stone laid
    ("Posted 20 Nov 2026\n\nThe foundation stone of the Nanhai library was laid on 9 "
     "March 2025.", [("launch", "2025-03-09", None)]),
    # a banquet's name, its host's line, its room and building and day; then its running
    # order, whose slots are that day's
    ("GALA DINNER FOR THE GUANGXI BUSINESS DELEGATION\nHosted by the Macao Business "
     "Council\nJade Room, Lisboa Palace, Cotai  |  Friday, 4 December 2026, 7:30 pm\n\n"
     "Table 1   Mr Ng Kok, Chairman\n\nRUNNING ORDER\n\n7:30 pm   Guests arrive\n"
     "8:45 pm   Signing of three supply agreements\n",
     [("conference", "2026-12-04", None), ("signing", "2026-12-04", None)]),
]
ROUND_ONE_HUNDRED_NINETEEN = [
    # a certificate's presenting line; a conjunct that names the deals before its verb
    ("CERTIFICATE OF MERIT\n\nawarded to Jiangmen Seafood Co.\n\nPresented on the 5th day of "
     "June 2026", [("other", "2026-06-05", None)]),
    ("Posted 20 Jun 2026\n\nfor its part in the Zhuhai Marine Expo, held from 2 to 4 June "
     "2026, and of the two supply contracts it signed with Macao buyers on 3 June 2026.",
     [("conference", "2026-06-02", "2026-06-04"), ("signing", "2026-06-03", None)]),
    # "the following day" after a day told earlier in the sentence; a form's period
    ("Posted 20 Jun 2026\n\nThe team called on the mayor on 8 June, and attended the "
     "Nanning investment seminar the following day.",
     [("meeting", "2026-06-08", None), ("conference", "2026-06-09", None)]),
    ("Date submitted: 19/06/2026\nPeriod of visit: 08/06/2026 - 11/06/2026\n\nPurpose: "
     "investment promotion. The team met the Nanning Commerce Bureau on 09/06.",
     [("visit", "2026-06-08", "2026-06-11"), ("meeting", "2026-06-09", None)]),
    # a visitors' book: its last note ends at the rule; the page's footer is no note's
    ("CITY GALLERY\nVisitors' notes\nSelected for the newsletter\n\nThanks to all.\n\n---\n\n"
     "4 May 2026\n\nOur delegation visited the gallery with great interest.\n\n---\n\n"
     "11 May 2026\n\nWe toured the models with the curator.\n\n---\n\nGroups may book a guided tour "
     "online.", [("visit", "2026-05-04", None), ("visit", "2026-05-11", None)]),
]
ROUND_ONE_HUNDRED_TWENTY = [
    # an invoice's fields: "Event dates:" under "Event:" date the event named there; a
    # payment's due day is a deadline, no happening; a dated line of the bill is its item's
    ("Invoice date:  4 November 2026\nPayment due:   4 December 2026\n\nBill to:       Zhongshan "
     "Bureau of Commerce\nEvent:         Zhongshan-Macao Food Expo 2026\nEvent dates:   "
     "18-20 October 2026\n\n1   Welcome banquet for exhibitors, 18 October      MOP 21,000.00",
     [("conference", "2026-10-18", "2026-10-20"), ("conference", "2026-10-18", None)]),
    ("Order no.: 771\nMission: Shunde food trade mission to Macao\nMission dates: 2-4 "
     "December 2026\nValid until: 30 November 2026", [("visit", "2026-12-02", "2026-12-04")]),
    # a register's "Date of grant:" and "Date of filing:" fields tell what happened then
    ("Patent No.:      HK 3310442\nDate of filing:  9 June 2025\nDate of grant:   "
     "2 October 2026\nProprietor:      Zhuhai Ocean Robotics Ltd",
     [("other", "2025-06-09", None), ("other", "2026-10-02", None)]),
    # a session chaired at a gathering told before it is a part of it, no meeting of its own
    ("Posted 20 Jun 2026\n\nThe university hosted a symposium in Zhuhai on 3 June, where "
     "Dr Ho chaired the session on water policy.", [("conference", "2026-06-03", None)]),
    ("Posted 20 Jun 2026\n\nDr Ho chaired the session of the joint committee on 3 June.",
     [("meeting", "2026-06-03", None)]),
]
ROUND_ONE_HUNDRED_TWENTY_ONE = [
    # a trip's arrival through a port of entry, then its leaving, is the trip's span
    ("Date: 2 November 2026\n\nThe guests will arrive in Foshan via Hong Kong on 7 December "
     "2026 and leave on 11 December 2026.", [("visit", "2026-12-07", "2026-12-11")]),
    # an arrival "in" a month tells when, not where: no trip
    ("Posted 25 Nov 2026\n\nThe first doctoral students would arrive in February.", []),
    # a state begun on a "since" day: a name borne since then, what a scheme lets be done
    ("Posted 2 Nov 2026\n\nSince 1 March 2023 it has been the Nansha Free Trade Zone "
     "Authority's seat.", [("launch", "2023-03-01", None)]),
    ("Posted 2 Nov 2026\n\nA scheme under which Macao doctors have practised in Zhuhai "
     "hospitals since 1 June 2024.", [("launch", "2024-06-01", None)]),
    # but a tally since a day is no happening, nor is a holder's post since then
    ("Posted 2 Nov 2026\n\nA scheme under which 300 firms have joined since May 2024 is "
     "growing.", []),
    ("Posted 2 Nov 2026\n\nSince 2020 Chan has been the Chief Executive of the Macao Trade "
     "Bureau.", []),
    # a scheme widened is a change, an "other" happening
    ("Posted 2 Nov 2026\n\nThe quota has been RMB 3 million since the scheme was widened in "
     "February 2024.", [("other", "2024-02", None)]),
]
ROUND_ONE_HUNDRED_TWENTY_TWO = [
    # a clause's own subject after a semicolon, where a verb of another kind keeps the
    # sentence from its nouns
    ("Posted 5 Nov 2026\n\nThe city takes part in the Foshan-Macao Joint Conference; the "
     "fourth session was held in Foshan on 2 October 2026, at which 9 projects were signed.",
     [("meeting", "2026-10-02", None), ("signing", "2026-10-02", None)]),
    # "at the session" after a gathering told by that noun, of another kind; a card's note
    # with its verb takes it, though it ends with no stop
    ("Cards received\nZhuhai-Macao matching session, Zhuhai, 3 November 2026\n\n1.  Ms Ann "
     "Lo\n    Director\n    Lotus Bay Foods Limited\n    Signed a supply contract at the "
     "session\n", [("conference", "2026-11-03", None), ("signing", "2026-11-03", None)]),
    # taking a group of members to a city is a trip
    ("Posted 5 Nov 2026\n\nThe chamber will take a group of 15 members to Zhaoqing in "
     "April 2027.", [("visit", "2027-04", None)]),
]
ROUND_ONE_HUNDRED_TWENTY_THREE = [
    # a "Meeting:" field names the happening its "Date:" field dates
    ("Meeting:  Macao-Jiangmen Tourism Working Meeting (3rd)\nDate:     Monday, 7 December "
     "2026, 10.00 am\nVenue:    Room 5, Jiangmen Tourism Bureau\n",
     [("meeting", "2026-12-07", None)]),
    # an occasion's name over its venue's line over its day's: the venue stands between
    ("GALA DINNER\nin celebration of the Zhuhai-Macao Friendship Week\n\nGrand Hall, Zhuhai "
     "International Convention Centre\nFriday, 4 December 2026, 7.30 pm\n\nMENU\n",
     [("conference", "2026-12-04", None)]),
]
ROUND_ONE_HUNDRED_TWENTY_FOUR = [
    # a headline that names no event gives way to the title line over the fields
    ("ADMISSION TICKET\n\nMacao-Zhongshan Tourism Fair 2027\nPresented by the Zhongshan "
     "Culture and Tourism Bureau\n\nDate:   Friday, 15 January 2027\nVenue:  Hall A, "
     "Zhongshan Expo Centre\n",
     [("conference", "2027-01-15", None)]),
    # a paper's quoted title tells what it is about; the sentence's day is the paper's
    ("Posted 30 Nov 2026\n\nThe bureau's statement \"Zhongshan and Macao sign water supply "
     "pact\" was issued on Monday.",
     [("other", "2026-11-30", None)]),
    ("Posted 30 Nov 2026\n\nIn a report titled \"Shenzhen opens new ferry pier\", released "
     "on 2 November, the port authority said traffic rose.",
     [("other", "2026-11-02", None)]),
    # a correction's account of what the corrected notice gave is no happening
    ("CORRECTION\n\nThe notice gave the opening date as 4 March 2026. The gallery opens on "
     "5 March 2026.",
     [("launch", "2026-03-05", None)]),
]
ROUND_ONE_HUNDRED_TWENTY_FIVE = [
    # a new service's heading with the day it runs from
    ("NEW FERRY ROUTE FROM MONDAY 4 JANUARY 2027\n\nSailings every hour from Shekou.",
     [("launch", "2027-01-04", None)]),
    # runs added to a service, from a day
    ("Posted 30 Nov 2026\n\nFrom 1 March 2027, two additional sailings a day will run to "
     "Shekou.",
     [("launch", "2027-03-01", None)]),
    # a reference list's cited paper, published on its day, is no page's date
    ("REFERENCES\n\nLam, W. (2026). \"Port links.\" Working paper, published 3 May 2026.\n\n"
     "Ng, K. (2024). Ferries. Macao: Harbour Press.\n",
     [("other", "2026-05-03", None)]),
]
_REPLY_SLIP = (
    "REPLY SLIP\n\nTo: Protocol Unit\nFax: 0000\n\nDinner to celebrate the tenth "
    "anniversary of the Zhuhai-Macao Youth Federation\n\nSaturday, 12 December 2026, 7.00 "
    "pm\nBallroom, Zhuhai Hotel\n\nKindly reply by Friday, 4 December 2026.\n\n"
)
ROUND_ONE_HUNDRED_TWENTY_SIX = [
    # an occasion's title going on with its purpose, its day's line over its venue's (no
    # page's date); a clause after a semicolon at the occasion is on its day, noun or verb
    (_REPLY_SLIP + "The federation was founded in Zhuhai on 12 December 2016; a signing of "
     "two exchange agreements will take place during the dinner.",
     [("conference", "2026-12-12", None), ("launch", "2016-12-12", None),
      ("signing", "2026-12-12", None)]),
    (_REPLY_SLIP + "The charter was signed in Zhuhai on 12 December 2016; two exchange "
     "agreements will be signed during the dinner.",
     [("conference", "2026-12-12", None), ("signing", "2016-12-12", None),
      ("signing", "2026-12-12", None)]),
    # a shoot's day, named in capitals as one of several, heads its timed lines
    ("CALL SHEET\n\nSHOOT DAY 1 OF 2 - TUESDAY 8 DECEMBER 2026\n\n09:00  Drive to the port\n"
     "11:00  Cover the signing ceremony at the Zhuhai Port Authority\n",
     [("signing", "2026-12-08", None)]),
    # an instrument's own day and its signers' blocks: signed that day (no blocks, no
    # signing told)
    ("LETTER OF INTENT\n\nDate: 27 November 2026\n\nThe parties intend to set up a centre "
     "in Foshan.\n\nSigned for the Bureau:\nHuang Zhiqiang\n",
     [("signing", "2026-11-27", None)]),
    ("LETTER OF INTENT\n\nDate: 27 November 2026\n\nThe parties intend to set up a centre "
     "in Foshan.\n", []),
]
ROUND_ONE_HUNDRED_TWENTY_SEVEN = [
    # a board's meeting named with its weekday and day, under its paper's label
    ("BOARD PAPER No. 12\n\nFOR DECISION\n\nBoard meeting of Tuesday, 15 December 2026\n\n"
     "Purpose\nThis paper seeks approval.",
     [("meeting", "2026-12-15", None)]),
    # gatherings counted after an active verb, then each by its place and month
    ("Posted 30 Nov 2026\n\nThe two sides have run two joint roadshows, in Bangkok in March "
     "2026 and in Jakarta in September 2026.",
     [("conference", "2026-03", None), ("conference", "2026-09", None)]),
    # a named gathering after the signers' posts is where the signing is
    ("Posted 30 Nov 2026\n\nThe memorandum will be signed by the Director, Mr Lam Ka Ho, and "
     "the Deputy Mayor, Ms Wu Fang, at the Zhuhai-Macao Tourism Forum in Zhuhai on 14 January "
     "2027.",
     [("signing", "2027-01-14", None), ("conference", "2027-01-14", None)]),
    # a delegation's travel date is its visit's first day (its return none)
    ("GROUP MANIFEST\nZhongshan Municipal Delegation to Macao\n\nTravel date:  Tuesday, 12 "
     "January 2027\nReturn:       Thursday, 14 January 2027\n",
     [("visit", "2027-01-12", None)]),
]
ROUND_ONE_HUNDRED_TWENTY_EIGHT = [
    # meeting at a named summit (its participle, or a long name) is the summit
    ("Posted 30 Nov 2026\n\nThe five chambers, meeting at the Second Western Cities Chambers "
     "of Commerce Summit on 24 and 25 November 2026, adopted a charter.",
     [("conference", "2026-11-24", "2026-11-25")]),
    ("Posted 30 Nov 2026\n\nBusiness leaders met at the Nansha Chamber of Commerce Summit on "
     "Thursday.",
     [("conference", "2026-11-26", None)]),
    # but a meeting told as a noun is a meeting of its own
    ("Posted 30 Nov 2026\n\nTheir meeting at the Boao Forum on Thursday lasted an hour.",
     [("meeting", "2026-11-26", None)]),
    # a joint declaration's own text, made on its day, with its signers' blocks
    ("JOINT DECLARATION ON COASTAL TOURISM\n\nMade at Zhuhai on 20 November 2026\n\nWe "
     "declare as follows:\n1. We will promote tourism.\n\nSigned for and on behalf of:\n"
     "Zhuhai Tourism Association\n    Mr Li Ming, Chairman\n",
     [("signing", "2026-11-20", None)]),
    # a matching day is a gathering
    ("Posted 30 Nov 2026\n\nThe alliance will hold a buyer-matching day in Jiangmen in March "
     "2027.",
     [("conference", "2027-03", None)]),
    # "the fair's last day": the last of its days
    ("Posted 30 Nov 2026\n\nThe Zhongshan Furniture Fair ran from 20 to 23 November 2026. "
     "Twelve contracts were signed on the fair's last day.",
     [("conference", "2026-11-20", "2026-11-23"), ("signing", "2026-11-23", None)]),
    # signed at a gathering whose name holds "and": the gathering happened too
    ("Posted 30 Nov 2026\n\nEight agreements were signed at the Jiangmen-Macao Science and "
     "Innovation Forum on Friday.",
     [("signing", "2026-11-27", None), ("conference", "2026-11-27", None)]),
    # "the session" after a matchmaking session's name is that gathering
    ("Posted 30 Nov 2026\n\nThe Foshan-Hong Kong Investment Matchmaking Session took place "
     "on Friday. The session was opened by Vice Mayor Chen Hui.",
     [("conference", "2026-11-27", None)]),
    # firms taken to a place by a leader: a trade mission
    ("Posted 30 Nov 2026\n\nThe council will take about 30 logistics firms to Wuhan from 8 "
     "to 10 March 2027.",
     [("visit", "2027-03-08", "2027-03-10")]),
]
ROUND_ONE_HUNDRED_TWENTY_NINE = [
    # a programme's range of days, written out, heads its lines
    ("WEEKLY SCHEDULE\n(Issued on 5 December 2026)\n\nMONDAY 7 DECEMBER\n10:00   Meets "
     "the consuls\n\nTHURSDAY 10 DECEMBER TO FRIDAY 11 DECEMBER\n        Visits Zhuhai and "
     "Zhongshan\n",
     [("meeting", "2026-12-07", None), ("visit", "2026-12-10", "2026-12-11")]),
    # two timed lines of one day are two happenings
    ("PROGRAMME\nIssued 5 December 2026\n\nTUESDAY 8 DECEMBER\n09:30   Meets the Mayor of Foshan\n14:00   Meets "
     "the Mayor of Jiangmen\n\nWEDNESDAY 9 DECEMBER\n10:00   Visits Zhaoqing\n",
     [("meeting", "2026-12-08", None), ("meeting", "2026-12-08", None),
      ("visit", "2026-12-09", None)]),
    # a verb before a colon, after its subject, is told (a label opens its line)
    ("Posted 30 Dec 2026\n\nOne new cross-boundary bus route opened: the Zhuhai-Macao "
     "line, on 3 October.",
     [("launch", "2026-10-03", None)]),
    # what a proposal says should be done is planned, by the end of a month
    ("Posted 4 Mar 2027\n\nThe commission should lead a working group of the three cities, "
     "to be set up before the end of June 2027.",
     [("launch", "2027-06", None)]),
]
ROUND_ONE_HUNDRED_THIRTY = [
    # a register's column of days named by a happening: each row's day is one
    ("REGISTER (as at 30 November 2026)\n\nNo.  Partner city     Country       Agreement "
     "signed\n1    Jiangmen         China         3 May 2012\n2    Perth            "
     "Australia     18 June 2018\n",
     [("signing", "2012-05-03", None), ("signing", "2018-06-18", None)]),
    ("Posted 30 Nov 2026\n\nOffice            City         Date opened\nTrade office      "
     "Chengdu      12 March 2019\nLiaison office    Wuhan        5 July 2021\n",
     [("launch", "2019-03-12", None), ("launch", "2021-07-05", None)]),
    # a gathering put off with no new day is no event on its old one; "It will now take
    # place" is the gathering told before
    ("Posted 20 Nov 2026\n\nThe Jiangmen-Macao Trade Forum, which was to be held on 28 "
     "November, has been postponed. It will now take place on 9 December.",
     [("conference", "2026-12-09", None)]),
    # the day a gathering is moved to is the nearest such day, whatever the tense
    ("Posted 20 Nov 2026\n\nThe forum has been moved to Saturday, 12 December.",
     [("conference", "2026-12-12", None)]),
]
ROUND_ONE_HUNDRED_THIRTY_ONE = [
    # a translation's "witnessed A and B to sign": the signing seen, not a purpose (an
    # agreement's purpose stays one)
    ("Posted 14 Oct 2026\n\nOn 12 October the mayor witnessed the two hospitals to sign a "
     "clinical training agreement.", [("signing", "2026-10-12", None)]),
    ("Posted 14 Oct 2026\n\nOn 12 October the mayor witnessed the signing of an agreement to "
     "open a joint clinic.", [("signing", "2026-10-12", None)]),
    # "had a seminar with" a person is talks with that person
    ("Posted 14 Oct 2026\n\nOn 12 October the delegation had a seminar with Zhuhai Vice Mayor "
     "Tan Wei.", [("meeting", "2026-10-12", None)]),
    # two meetings of one day, each with someone else, are two; the same one told again is one
    ("Posted 14 Oct 2026\n\nOn 12 October the delegation held talks with the Zhuhai Municipal "
     "Transport Bureau. The same day, the delegation held a talk with Macao Chamber of "
     "Commerce chairman Ho Wai.",
     [("meeting", "2026-10-12", None), ("meeting", "2026-10-12", None)]),
    ("Posted 14 Oct 2026\n\nOn 12 October the delegation met with Vice Mayor Tan Wei. The "
     "same day, the talks with Mr Tan went on over lunch.", [("meeting", "2026-10-12", None)]),
    # a signing session is a signing
    ("Signing session: Harbour Hotel, Zhuhai, Friday 9 October 2026",
     [("signing", "2026-10-09", None)]),
    # a counted party led to a gathering: the trip and the gathering
    ("Posted 14 Oct 2026\n\nIn March the bureau led a delegation of 20 Foshan firms to the "
     "Macao Green Building Forum.", [("visit", "2026-03", None), ("conference", "2026-03", None)]),
    # a successor who will take over on a day
    ("Posted 14 Oct 2026\n\nMs Lo, now deputy head of the office, will take over as director "
     "on 1 November.", [("other", "2026-11-01", None)]),
]
ROUND_ONE_HUNDRED_THIRTY_TWO = [
    # a date that opens the next clause is that clause's, not the long subject's verb's
    ("Posted 3 Dec 2026\n\nIn May 2024 the Zhuhai Port Authority and the Macao Marine and "
     "Water Bureau of the Macao SAR Government signed a memorandum on joint pilotage "
     "services, and in October 2024 the two sides launched a shared booking platform.",
     [("signing", "2024-05", None), ("launch", "2024-10", None)]),
    # what "had" happened, told after a saying, takes none of the saying's dates
    ("Posted 3 Dec 2026\n\nFirms we interviewed in Hengqin on 2 December said most of them "
     "had signed their leases through the service centre.", []),
    # a paper's title holds its subject, no happening on the paper's day
    ("Posted 3 Dec 2026\n\nSee: Notice on the Opening of the Nansha Youth Hub, 14 March 2026.",
     []),
    # a run of show's "Date:" field dates the timed lines under it, up to a blank line; a
    # party entering at a time of it is no trip; doors that open are no launch
    ("Date:  Friday, 4 December 2026\nVenue: Hall 2\n\n10:00  Guests arrive\n10:05  Foshan "
     "delegation enters the hall\n10:30  Tour of the labs for the Foshan delegation\n11:00  "
     "Signing of the agreement\n\nA site visit is offered to guests.",
     [("visit", "2026-12-04", None), ("signing", "2026-12-04", None)]),
    ("Date: Saturday, 5 December 2026\nTime: 10:00 (doors open 09:30)\n\n10:00  Welcome "
     "remarks\n10:30  Signing of the agreement", [("signing", "2026-12-05", None)]),
]
ROUND_ONE_HUNDRED_THIRTY_THREE = [
    # "two years later" counts from the sentence's date; an organised mission is a trip
    ("Posted 3 Dec 2026\n\nIn 2019 the chamber set up an office in Shenzhen, and two years "
     "later it organised a trade mission to Jakarta.",
     [("launch", "2019", None), ("visit", "2021", None)]),
    # a comparison's "from a year earlier" dates nothing
    ("Posted 3 Dec 2026\n\nBy the end of June, exports were up 12 per cent from a year "
     "earlier, and 30 firms had joined the scheme.", []),
    # a members' assembly is a meeting; a semi-final is a contest's round
    ("Posted 3 Dec 2026\n\nIn 2022 the members' assembly was held online.",
     [("meeting", "2022", None)]),
    ("Issued on 1 December 2026\n\nKey dates\nSemi-final          20 February 2027\n",
     [("conference", "2027-02-20", None)]),
    # a title naming next year's trip and its days; "Days 2-3:" are those days of it, each
    # happening of the item on them
    ("STUDY TRIP 2027: SHENZHEN AND ZHUHAI (5-9 APRIL)\nPosted 10 Dec 2026\n\n- Day 1 (Mon 5 "
     "Apr): fly to Shenzhen\n- Days 2-3: visit to Qianhai and a meeting with the Qianhai "
     "Authority\n- Days 4-5: seminar with Zhuhai students\n",
     [("visit", "2027-04-05", "2027-04-09"), ("visit", "2027-04-06", "2027-04-07"),
      ("meeting", "2027-04-06", "2027-04-07"), ("conference", "2027-04-08", "2027-04-09")]),
]
ROUND_ONE_HUNDRED_THIRTY_FOUR = [
    # the month "May" is no modal "may": the saying's past signing stays told, as in April
    ("Posted 20 Jun 2026\n\nMayor Li Wen told reporters on Friday that the two cities, "
     "which met in May, signed a cooperation agreement.",
     [("meeting", "2026-05", None), ("signing", "2026-06-19", None)]),
    ("Posted 20 Jun 2026\n\nMayor Li Wen told reporters on Friday that the two cities, "
     "which met in April, signed a cooperation agreement.",
     [("meeting", "2026-04", None), ("signing", "2026-06-19", None)]),
    # while the modal still tells a future
    ("Posted 20 Jun 2026\n\nMayor Li Wen said on Friday that the two cities may sign a "
     "cooperation agreement.", []),
    # the days told after the trigger, in the month told before it, are the trip's
    ("Posted 18 Nov 2026\n\nLast month I joined a delegation of eight councillors to Foshan "
     "and Zhaoqing from 5 to 7 October.", [("visit", "2026-10-05", "2026-10-07")]),
    ("Posted 18 Nov 2026\n\nLast month the two cities signed a pact, and on 12 October they "
     "opened a port.", [("signing", "2026-10", None), ("launch", "2026-10-12", None)]),
    # a base of comparison dates nothing, even as the sentence's only date
    ("Posted 18 Nov 2026\n\nIn Zhuhai the delegates met the port's managers, who said 900 "
     "firms now use the berth, 35% more than two years ago.", []),
    # a happening said not to be, and a heading's gathering on the day called off
    ("Posted 18 Nov 2026\n\nThe youth forum is not being rescheduled this year.", []),
    ("Posted 18 Nov 2026\n\nThe tea fair will not be held in 2027.", []),
    ("CANCELLATION NOTICE\nZhaoqing-Macao Tea Trade Session (Macao, 9 December 2026)\n\n"
     "Issued 20 November 2026\n\nThe Zhaoqing-Macao Tea Trade Session, set for 9 December "
     "2026 at the Macao Tower, has been cancelled. Its first edition was held in Macao on "
     "4 May 2025.", [("conference", "2025-05-04", None)]),
    # a passage under "(adapted from ..., <day>)" is told as of that day
    ("S4 English Paper\nDate: 19 November 2026\n\nRead the passage below.\n\n(adapted from "
     "a newspaper article, 8 May 2026)\n\nA group of 30 Macao students arrived in Jiangmen "
     "on Wednesday for a two-day study tour.", [("visit", "2026-05-06", "2026-05-07")]),
]
ROUND_ONE_HUNDRED_THIRTY_FIVE = [
    # a post's day headings behind a pictograph, their labels after a colon (in small
    # letters too); a stop's label is a visit; "the tour" told again under a day is the tour
    ("Weekend in Jiangmen with the chamber's youth tour\nPosted 10 Dec 2026\n\n"
     "🗓️ Day 1 (Sat 5 Dec): Kaiping\nFirst stop: the diaolou villages.\n\n"
     "🗓️ Day 2 (Sun 6 Dec): on to Taishan\nThe chamber signed an MoU with a Taishan "
     "school.\nThe tour cost HK$900, but the chamber paid half.",
     [("visit", "2026-12-05", "2026-12-06"), ("visit", "2026-12-05", None),
      ("signing", "2026-12-06", None)]),
    # a stop's label before an event noun: the noun tells the event
    ("Posted 10 Dec 2026\n\nNext stop: a buyers' mission to Liuzhou in March.",
     [("visit", "2027-03", None)]),
    # a digest's items, each told as of its source's day
    ("Press digest\nWednesday, 9 December 2026\n\n1. Macau Business, 4 December\n"
     "Zhongshan and Macao officials met in Zhongshan on Monday.\n\n"
     "2. China Daily, 8 December, p. 3\nA Shunde trade fair opened on Monday.",
     [("meeting", "2026-11-30", None), ("conference", "2026-12-07", None)]),
    # a figure's "planned" sizes it, and sets no tense
    ("Report dated 20 March 2026\n\nIn May, the company signed a lease with Huizhou, with "
     "planned capacity of 20,000 tonnes.", [("signing", "2025-05", None)]),
]
ROUND_ONE_HUNDRED_THIRTY_SIX = [
    # a date in a relative clause after the trigger is the clause's; "the next day" after a
    # dated sentence is a leg of the month's trip, on its day, not the trip told again
    ("Posted 9 Dec 2026\n\nLast month our chamber sent a mission to Wuzhou. The chamber "
     "signed a pact there on 12 November. The next day the mission toured Cenxi, where "
     "Macao firms have run tea farms since 2019.",
     [("visit", "2026-11", None), ("signing", "2026-11-12", None), ("visit", "2026-11-13", None)]),
    # a place that will welcome or host an official: the official's visit
    ("Posted 9 Dec 2026\n\nIn March, Zhaoqing will welcome Vice Mayor Lopes and a Macao "
     "choir.", [("visit", "2027-03", None)]),
    ("Posted 9 Dec 2026\n\nIn March, Zhaoqing will welcome the move.", []),
    # a gathering named with its place, then ", held on <day>": its own day too
    ("Posted 9 Dec 2026\n\nAt the fair in Wuzhou, held on 3 April 2026, the sides signed 8 "
     "deals.", [("conference", "2026-04-03", None), ("signing", "2026-04-03", None)]),
]
ROUND_ONE_HUNDRED_THIRTY_SEVEN = [
    # a schedule's item: its day and time, a dash, then a noun that is a gathering only as
    # an object ("Briefing on ..."); a paper's briefing stays none
    ("Posted 2 Mar 2027\n\nEvents this week:\n  1. Thu 4 March, 15:30 - Briefing on the "
     "new Qianhai rent subsidy, Room 2A.",
     [("conference", "2027-03-04", None)]),
    ("Posted 2 Mar 2027\n\nThe briefing on the new Qianhai rent subsidy is online.", []),
    # a gathering that comes to a place is held there, no one's trip
    ("Posted 2 Mar 2027\n\nThe Macao Wine Expo comes to Zhuhai on 20 March.",
     [("conference", "2027-03-20", None)]),
    ("Posted 2 Mar 2027\n\nMayor Lam comes to Zhuhai on 20 March.",
     [("visit", "2027-03-20", None)]),
    # "also joined" with no object joined the meeting told; "joined the bank" took a post
    ("Posted 2 Mar 2027\n\nMs Lo met the Mayor of Wuhu on Monday. Her deputy, Mr Fong, also "
     "joined.", [("meeting", "2027-03-01", None)]),
    ("Posted 2 Mar 2027\n\nMr Fong joined the bank on Monday.", [("other", "2027-03-01", None)]),
    # "on the last day" (the second, the opening ...) of the days told before in the sentence
    ("Posted 2 Mar 2027\n\nThe mission toured Wuhu from 22 to 25 February, and on the "
     "final day the firms signed 9 agreements.",
     [("visit", "2027-02-22", "2027-02-25"), ("signing", "2027-02-25", None)]),
    ("Posted 2 Mar 2027\n\nThe mission toured Wuhu from 22 to 25 February and on the second "
     "day met the mayor.",
     [("visit", "2027-02-22", "2027-02-25"), ("meeting", "2027-02-23", None)]),
    # a named convention is a gathering; a treaty named for where it was made, or for what
    # it is on, is none
    ("Posted 2 Mar 2027\n\nMs Lo will lead 30 firms to the Global Lighting Convention in "
     "Foshan on 18 March.",
     [("visit", "2027-03-18", None), ("conference", "2027-03-18", None)]),
    ("Posted 2 Mar 2027\n\nMacao applied the Apostille Convention from 2 February.", []),
    ("Posted 2 Mar 2027\n\nThe Convention on Cybercrime took effect in 2004.",
     [("other", "2004", None)]),
]
ROUND_ONE_HUNDRED_THIRTY_EIGHT = [
    # a report's items under "<day> | <place>" headings, a range of days too; a date of what
    # is still to come ("due to open this year") leaves the item to its heading's day
    ("Report | Issued: 2 March 2027\n\n10 February | Wuhu\nThe Director called on the Mayor "
     "of Wuhu to review the projects due to open this year.\n\n20-22 February | Hefei\nThe "
     "Office supported a mission of 30 firms. On the final day the firms signed 4 contracts.",
     [("meeting", "2027-02-10", None), ("visit", "2027-02-20", "2027-02-22"),
      ("signing", "2027-02-22", None)]),
    # with no heading, the call has no day of its own
    ("Posted 2 Mar 2027\n\nThe Director called on the Mayor of Wuhu to review the projects "
     "due to open this year.", []),
    # "Commencement of operations:" is the commencement's field, whatever it is of
    ("Posted 2 Mar 2027\n\nTimetable\n  Commencement of operations:   first quarter of 2028",
     [("launch", "2028", None)]),
]
ROUND_ONE_HUNDRED_THIRTY_NINE = [
    # a trip told with "went to", its length in a later sentence; "on the first day", and
    # "that afternoon" after "on the second day"
    ("Week of 15 March 2027\n\nLast Monday, 25 pupils from Zhuhai went to Wuhu. Wuhu is on "
     "the Yangtze. They stayed for four days. On the second day, they toured a car plant. "
     "That afternoon, the schools signed a pact.",
     [("visit", "2027-03-08", "2027-03-11"), ("visit", "2027-03-09", None),
      ("signing", "2027-03-09", None)]),
    ("Posted 2 Mar 2027\n\nHe went to Hong Kong University in 2019.", []),
    # thousands of people who visited over a year are a count, no trip
    ("Posted 2 Mar 2027\n\nAbout 2.4 million people from Macao visited Zhuhai last year.", []),
    ("Posted 2 Mar 2027\n\nSome 3,200 residents of Zhuhai visited Macao on Sunday.", []),
    # what one read would happen is not dated by the reading
    ("Posted 2 Mar 2027\n\nI read last week that a new ferry would start soon.", []),
    # a plan's items in small letters after their marks, each its own sentence
    ("Posted 2 Mar 2027\n\nThe Government will:\n  (1) open the new port hall by the end of "
     "June 2027;\n  (2) hold a trade week in Hengqin in April 2027; and\n  (3) convene the "
     "fourth meeting of the Committee in the first quarter of 2028.",
     [("launch", "2027-06", None), ("conference", "2027-04", None), ("meeting", "2028", None)]),
]
ROUND_ONE_HUNDRED_FORTY = [
    # an outline's lettered day headings over its numbered, timed items; a signing "at the
    # close of the talks" is a signing, the talks the occasion told before
    ("Posted 2 Mar 2027\n\nProgramme\n  A. Monday 7 June 2027\n    1. 10:00 Talks with the "
     "Mayor of Foshan\n    2. 19:00 Banquet hosted by the Consulate\n  B. Tuesday 8 June 2027"
     "\n    1. 09:00 Tour of the Sanshui industrial park\n    2. Signing of four agreements "
     "at the close of the talks",
     [("meeting", "2027-06-07", None), ("conference", "2027-06-07", None),
      ("visit", "2027-06-08", None), ("signing", "2027-06-08", None)]),
    # "During the Fair" after a fair told with its days: sometime in those days
    ("Posted 2 Mar 2027\n\nThe Zhuhai Food Fair ran from 3 to 6 February 2027. During the "
     "Fair, exhibitors from Macao signed 12 supply contracts.",
     [("conference", "2027-02-03", "2027-02-06"), ("signing", "2027-02-03", "2027-02-06")]),
    # a change log's dated lines are the page's edits
    ("Posted 2 Mar 2027\n\nRevision history\n2027-02-11  Added the Zhaoqing Trade Forum.\n"
     "2027-01-05  First version released.\n\nThe Zhaoqing Trade Forum was held on 3 February "
     "2027.",
     [("conference", "2027-02-03", None)]),
    # shares listed since a month were listed then; "were listed on" is a listing
    ("Posted 2 Mar 2027\n\nThe bank's shares have been listed on the Shanghai Stock Exchange "
     "since March 2019. Its H shares were listed on the Main Board in Hong Kong on 8 June 2023.",
     [("launch", "2019-03", None), ("launch", "2023-06-08", None)]),
    # "at the plenary session of ..., to be held": the session named first, no occasion told
    ("Posted 2 Mar 2027\n\nThe plan will be reviewed at the plenary session of the Joint "
     "Conference in Zhuhai on 4 May 2027.",
     [("meeting", "2027-05-04", None)]),
]
ROUND_ONE_HUNDRED_FORTY_ONE = [
    # a table drawn with bars: each row's day under "Relations established" is that launch
    ("Posted 2 Mar 2027\n\n| No. | City | Country | Relations established |\n|---|---|---|---|"
     "\n| 1 | Braga | Portugal | 4 June 2011 |\n| 2 | Da Nang | Viet Nam | 9 May 2019 |",
     [("launch", "2011-06-04", None), ("launch", "2019-05-09", None)]),
    # a city's business week is a gathering
    ("Posted 2 Mar 2027\n\nA Jiangmen business week is planned in Macao for June 2027.",
     [("conference", "2027-06", None)]),
]
ROUND_ONE_HUNDRED_FORTY_TWO = [
    # "The launch follows a deal signed ...": the launch told before, the deal's own day
    ("Posted 9 Dec 2026\n\nA ferry route between Shekou and Macao opened on Monday. The "
     "launch follows a pact signed in Macao last Wednesday by the two operators.",
     [("launch", "2026-12-07", None), ("signing", "2026-12-02", None)]),
    # "..., where the two sides discussed ...": what the visit was for, no meeting
    ("Posted 9 Dec 2026\n\nOn Tuesday the mission toured the Cyberport campus, where the "
     "two sides discussed start-up incubation.", [("visit", "2026-12-08", None)]),
    # a gathering brought in as the signing's occasion ("at a", not "at the") is one too
    ("Posted 9 Dec 2026\n\nOn Friday, at a business luncheon attended by 80 executives, "
     "the two chambers signed five agreements.",
     [("conference", "2026-12-04", None), ("signing", "2026-12-04", None)]),
    # ... but a ceremony is the signing's own
    ("Posted 9 Dec 2026\n\nAt a ceremony on Friday, the two chambers signed five agreements.",
     [("signing", "2026-12-04", None)]),
    # a programme's timed line under its day: a briefing is a gathering there
    ("Sent: 1 Dec 2026\n\n8 December (Tuesday)\n  09:30  Briefing at the Zhuhai Bureau of "
     "Commerce\n  12:00  Lunch break",
     [("conference", "2026-12-08", None)]),
    # the day an answer is due is no day of the happening
    ("Sent: Tue, 1 Dec 2026\n\nThe forum is on 8 December. Kindly let us know by Friday "
     "whether the Mayor will speak at the forum.",
     [("conference", "2026-12-08", None)]),
    # "a pleasure to meet you": a meeting recalled, not a purpose
    ("Sent: 1 Dec 2026\n\nIt was a great pleasure to meet you in Foshan on 20 November.",
     [("meeting", "2026-11-20", None)]),
    # a trip to a named gathering takes the days right after its name
    ("Posted 9 Dec 2026\n\nWe met the mayor on 3 November, during our visit to the Canton "
     "Import and Export Fair (31 October to 4 November).",
     [("meeting", "2026-11-03", None), ("visit", "2026-10-31", "2026-11-04"),
      ("conference", "2026-10-31", "2026-11-04")]),
]
ROUND_ONE_HUNDRED_FORTY_THREE = [
    # a tracker's comment under its writer's name and stamp: its days are told from there
    ("Last activity: 9 Dec 2026 10:00\n\nActivity\nLo Ka Yan  9 Dec 2026 10:00\n  Closing the "
     "card.\nLo Ka Yan  28 Oct 2026 11:05\n  We signed the memorandum with Foshan yesterday.",
     [("signing", "2026-10-27", None)]),
    # a checklist's day headings with their place after a comma; two nouns joined by "and"
    ("To-do list (updated 1 Dec 2026)\n\n## Tue 8 Dec, Nanning\n- [ ] 10:00 Courtesy call on the "
     "Mayor\n\n## Wed 9 Dec, Beihai\n- [ ] 19:00 Banquet and signing of two agreements",
     [("meeting", "2026-12-08", None), ("conference", "2026-12-09", None),
      ("signing", "2026-12-09", None)]),
    # "after 2020" bounds a span: no happening in 2020
    ("Posted 9 Dec 2026\n\nMost of the 30 centres opened after 2020.", []),
]
ROUND_ONE_HUNDRED_FORTY_FOUR = [
    # one agreement signed, then a count of others signed the same day: two signings
    ("Posted 5 Dec 2026\n\nThe two bureaus signed a framework agreement on Thursday. On the "
     "same day, 18 cooperation projects were signed by local firms.",
     [("signing", "2026-12-03", None), ("signing", "2026-12-03", None)]),
    # the same agreements told twice are one signing
    ("Posted 5 Dec 2026\n\nThe two cities signed nine agreements on Thursday. The nine "
     "agreements were signed at the city hall on Thursday.",
     [("signing", "2026-12-03", None)]),
    # "Since then ... have signed" counts what followed the day told before: no happening
    ("Posted 5 Dec 2026\n\nThe two bureaus signed a memorandum on 4 March 2025. Since then "
     "the two bureaus have signed 12 further cooperation agreements.",
     [("signing", "2025-03-04", None)]),
]
ROUND_ONE_HUNDRED_FORTY_FIVE = [
    # two plans of one type in one sentence, each with its year
    ("Posted 23 Nov 2026\n\nConstruction is expected to start in 2027 and the link is due "
     "to open in 2035.", [("launch", "2027", None), ("launch", "2035", None)]),
    # the year of a plan told in a clause after a comma is not the signing's
    ("HK and Shenzhen sign agreement on rail link, construction \"to start in 2027\"\n\n"
     "Posted 23 Nov 2026\n\nThe two sides signed the agreement yesterday, and construction "
     "is to start in 2027.", [("signing", "2026-11-22", None), ("launch", "2027", None)]),
    # but a relative clause's day is its noun's
    ("Posted 23 Nov 2026\n\nThe forum, which is to be held on 3 May 2027, will draw 300 "
     "firms.", [("conference", "2027-05-03", None)]),
    # "At the opening, ..." a paragraph later is the day of the opening told
    ("Posted 25 Nov 2026\n\nThe two governments on Monday opened a data centre in "
     "Hengqin.\n\nThe centre received RMB 150 million.\n\nAt the opening, the two sides "
     "signed six cooperation agreements.",
     [("launch", "2026-11-23", None), ("signing", "2026-11-23", None)]),
    # a data file's record: its title's gathering over its two date fields, and "the
    # first day" of it
    ("# last_updated: 2026-11-20\n\n- title: Zhongshan-Macao Youth Innovation Forum\n"
     "  date: 2026-12-03\n  end_date: 2026-12-04\n  summary: >\n    Organisers plan to "
     "sign six incubation agreements on the first day.\n",
     [("conference", "2026-12-03", "2026-12-04"), ("signing", "2026-12-03", None)]),
    # a draft's deleted day and figures are gone, its added ones stand
    ("ZHUHAI, 25 November 2026 - The centre {++on Monday++}{--on Tuesday--} opened in "
     "Hengqin, where the two sides signed {~~five~>six~~} agreements.",
     [("launch", "2026-11-23", None), ("signing", "2026-11-23", None)]),
]
ROUND_ONE_HUNDRED_FORTY_SIX = [
    # a video's chapters happened on the day of the occasion its description leads with,
    # not on a later line's day
    ("Published Nov 20, 2026\n\nHighlights of the Bay Founders Forum, held in Nansha on "
     "Tuesday.\n\nThe next forum will be held on 5 December.\n\nChapters\n00:00 Welcome"
     "\n03:20 Keynote by the chair\n09:15 MoU signing: shared desks\n",
     [("conference", "2026-11-17", None), ("conference", "2026-12-05", None),
      ("signing", "2026-11-17", None)]),
    # "on the opening morning" of a gathering told as held on its opening day
    ("Published Nov 20, 2026\n\nScenes from the opening day of the Harbour Founders Week, "
     "held in Nansha on Wednesday.\n\nOn the opening morning, the two parks signed a "
     "memorandum on shared desks.",
     [("conference", "2026-11-18", None), ("signing", "2026-11-18", None)]),
    # the named gathering told again by its head noun, closing on a day: its end, whatever
    # the sentence says of that day
    ("Published Nov 20, 2026\n\nThe Harbour Founders Camp opened in Nansha on Thursday. "
     "The camp closes tomorrow with a pitch day judged by investors.",
     [("conference", "2026-11-19", "2026-11-21")]),
    # a note's verbless clause after a semicolon, headed by a gathering and dated: the
    # gathering's date, not the plan's before it
    ("Date: 2026-11-19\n\n- Agreed to form a joint working group on exports; first "
     "meeting in Foshan in March 2027.", [("meeting", "2027-03", None)]),
    # an event page's "What:" field named by a verb, over its "When:" field; the next
    # "What:" opens another page, not the first one's business
    ("Date: 2026-11-19\n\nWhat: Call on the Director of Economic Services\n"
     "When: 2026-11-16\n- Talked about cold-chain exports.\nWhat: Tour of the science "
     "park\nWhen: 2026-11-17\n- Saw the pilot line.",
     [("meeting", "2026-11-16", None), ("visit", "2026-11-17", None)]),
    # an Org-mode file: a done item's closing day, a scheduled range; a cancelled item
    # and a deadline are no happenings
    ("#+TITLE: Foshan delegation to Macao\n#+DATE: <2026-11-19 Thu>\n\n"
     "* Programme\n** DONE Meeting with the Economic Bureau  :meeting:\n"
     "   CLOSED: [2026-11-16 Mon 17:40]\n** CANCELLED Visit to the Taipa logistics park\n"
     "   SCHEDULED: <2026-11-18 Wed>\n** TODO Send the draft terms to the Bureau\n"
     "   DEADLINE: <2026-12-04 Fri>\n** TODO Return visit by a Macao trade mission to Foshan"
     "\n   SCHEDULED: <2027-03-09 Tue>--<2027-03-11 Thu>\n",
     [("meeting", "2026-11-16", None), ("visit", "2027-03-09", "2027-03-11")]),
]
ROUND_ONE_HUNDRED_FORTY_SEVEN = [
    # a chat message tells what happened during the visit the message before told, on the
    # visit's day, not the day it was sent
    ("[11/18/2026 9:05 AM] Hub Team\nYesterday our members visited the Foshan science park."
     "\n\n[11/18/2026 9:07 AM] Hub Team\nDuring the visit our chair and the park's director "
     "signed a cooperation agreement.\n\n[11/18/2026 9:30 AM] kit.w\ncongrats!\n",
     [("visit", "2026-11-17", None), ("signing", "2026-11-17", None)]),
    # what a subject's members do to gain something is a condition, no happening
    ("Published 18 Nov 2026\n\nOur members visited the park on Monday. Members who set up "
     "in the park get a rent subsidy of RMB 100,000.", [("visit", "2026-11-16", None)]),
    # a pitch night is a gathering
    ("Published 18 Nov 2026\n\nSave the date: Harbour Youth Pitch Night, Friday 27 November, "
     "7 pm, at the Nansha youth hub.", [("conference", "2026-11-27", None)]),
    # a quarter still to come when the text was written is when a plan comes (but "by the
    # end of 2027" is a target's bound, and figures are told over a past span)
    ("Published 18 Nov 2026\n\nThe hub's first phase opens in the third quarter of 2027. "
     "Shenzhen hopes to open 300 posts by the end of 2027.", [("launch", "2027", None)]),
    # an issue tracker's page is dated by the day its issue was opened
    ("Add the MoU #214\n\nwingkei-data opened this issue on Nov 19, 2026 · 4 comments\n\n"
     "The bureau and the association signed a memorandum on Tuesday in Huizhou.",
     [("signing", "2026-11-17", None)]),
]
ROUND_ONE_HUNDRED_FORTY_EIGHT = [
    # an arrival on a trip's first day, to its one place, is the trip told again
    ("Chongqing, November 19, 2026 - A Hong Kong delegation wrapped up a three-day visit to "
     "Chongqing today. The delegation arrived in Chongqing on Tuesday and called on the "
     "Vice Mayor that afternoon.",
     [("visit", "2026-11-17", "2026-11-19"), ("meeting", "2026-11-17", None)]),
    # a gathering named by its capitalised noun after "At the", dated, where a signing
    # happened: both (but "At the forum" points back)
    ("Posted 19 Nov 2026\n\nAt the Chengdu-Macao Logistics Cooperation Forum yesterday, the "
     "two sides signed seven cooperation agreements.",
     [("conference", "2026-11-18", None), ("signing", "2026-11-18", None)]),
    ("Posted 19 Nov 2026\n\nA logistics forum opened on Monday. At the forum yesterday, the "
     "two sides signed seven cooperation agreements.",
     [("conference", "2026-11-16", None), ("signing", "2026-11-18", None)]),
    # what a trip is for happens on the trip, its name holding a comma
    ("Posted 19 Nov 2026\n\nA Guiyang delegation is expected to visit Macao next month for "
     "the Asian Tourism, Hospitality and Retail Conference.",
     [("visit", "2026-12", None), ("conference", "2026-12", None)]),
    # memorandums exchanged are signed (views exchanged are not)
    ("Posted 19 Nov 2026\n\nOn Monday the zone and the park company exchanged a "
     "memorandum of understanding on incubators. They also exchanged views on talent.",
     [("signing", "2026-11-16", None)]),
    # a noun of several words is typed by its phrase, whatever a noun before it with the
    # same last word was
    ("Posted 19 Nov 2026\n\nA promotion conference was held in Macao on Monday. The "
     "Zhaoqing-Macao Cooperation Joint Conference will hold its first plenary on 8 December.",
     [("conference", "2026-11-16", None), ("meeting", "2026-12-08", None)]),
    # "company heads" is the object's plural, no schedule's verb: the trip is past
    ("Last updated 20 November 2026.\n\nThe mayor led a delegation of officials and company "
     "heads to Hong Kong from 10 to 12 November.", [("visit", "2026-11-10", "2026-11-12")]),
    # but a delegation that heads somewhere goes there
    ("Last updated 20 November 2026.\n\nA delegation of 40 officials heads to Hong Kong on "
     "10 November.", [("visit", "2027-11-10", None)]),
]
ROUND_ONE_HUNDRED_FORTY_NINE = [
    # a programme's item under its day: a gathering's name alone before a semicolon is a
    # happening of the day, beside what the next clause tells
    ("Posted 21 Nov 2026\n\nProgramme\n\n16 Nov\nMeeting with the Party Secretary\n\n17 Nov\n"
     "Yunfu-Macao Stone Industry Investment Conference; 14 projects signed\n",
     [("meeting", "2026-11-16", None), ("conference", "2026-11-17", None),
      ("signing", "2026-11-17", None)]),
    # a trip's setting out for a place, then its coming back: its first and last days
    ("Posted 19 Nov 2026\n\nThe mission departs for Chengdu on 3 December and returns on "
     "6 December.", [("visit", "2026-12-03", "2026-12-06")]),
]
ROUND_ONE_HUNDRED_FIFTY = [
    # a count signed since a year is a tally over a span: it takes no day another clause
    # of the sentence tells
    ("Posted 20 Nov 2026\n\nThe brief counts 84 cooperation projects signed between the two "
     "provinces and Macao since 2022, and notes that the park opened a Macao service centre "
     "in March 2026.", [("launch", "2026-03", None)]),
    ("Posted 20 Nov 2026\n\nThe two cities signed an agreement on 3 March 2026 for a park "
     "built since 2021.", [("signing", "2026-03-03", None)]),
    # a listing's items, each a headline over its date line: an item's "yesterday" is the
    # day before its own date, and its headline lends no day of it
    ("Jiangmen and Macao Sign Tourism Pact\n2026-11-03\nThe two sides signed a tourism pact "
     "in Macao yesterday.\n\nZhongshan Hosts Hong Kong Investors\n2026-10-20\nA "
     "promotion conference was held in Zhongshan on Monday.\n",
     [("signing", "2026-11-02", None), ("conference", "2026-10-19", None)]),
    # ("a planned centre": the thing the talks were about, no tense of the sentence's)
    ("Posted 18 Nov 2026\n\nOn Tuesday, the delegation held talks with Sino Ceramics on a "
     "planned research centre.", [("meeting", "2026-11-17", None)]),
]
ROUND_ONE_HUNDRED_FIFTY_TWO = [
    # an event's name, its venue and the page's one date, each a paragraph (a title
    # slide's): the event on that day; its programme's unmarked items are that day's
    ("Yichang Investment Promotion Conference\n\nMacau Tower Convention Centre\n\n"
     "3 December 2026\n\nToday's programme\n\nWelcome remarks by the mayor\n\n"
     "Signing of five investment agreements\n\nThe mayor thanked the guests.\n",
     [("conference", "2026-12-03", None), ("signing", "2026-12-03", None)]),
    # (no venue between: the page's date under a title dates no event of it)
    ("Yichang Investment Promotion Conference\n\n3 December 2026\n\nThe city hopes to "
     "draw Macao investors.\n", []),
    # "at the fair" of a fair over days: sometime in its days, as "during the fair"
    ("Posted 20 Nov 2026\n\nJinhua will hold the Jinhua-Macao Trade Fair on 9 and 10 "
     "December. Organisers expect 12 agreements to be signed at the fair.",
     [("conference", "2026-12-09", "2026-12-10"), ("signing", "2026-12-09", "2026-12-10")]),
    ("Posted 20 Nov 2026\n\nThe Jinhua-Macao Trade Fair will run from 9 to 11 December. "
     "At the fair, 12 agreements will be signed.",
     [("conference", "2026-12-09", "2026-12-11"), ("signing", "2026-12-09", "2026-12-11")]),
    # (a conference told by no word of the fair's is no fair)
    ("Posted 20 Nov 2026\n\nThe Jinhua-Macao Trade Fair will run from 9 to 11 December. "
     "At the conference, 12 agreements will be signed.",
     [("conference", "2026-12-09", "2026-12-11")]),
    # a JSON export's articles: each one's relative days read against its own stamp
    ('[{"title": "Nantong and Macao sign port pact", "publishedAt": "2026-11-10", '
     '"body": "The two ports signed an agreement in Macao on Monday."}, '
     '{"title": "Macao council helps Nantong firms", "publishedAt": "2026-11-16", '
     '"body": "The council launched a training programme in Nantong on Saturday."}]',
     [("signing", "2026-11-09", None), ("launch", "2026-11-14", None)]),
]
ROUND_ONE_HUNDRED_FIFTY_FOUR = [
    # leading a roadshow to a city: the trip there, and the roadshow on its day
    ("Posted 23 Nov 2026\n\nDeputy Director Ines Cheong will lead a tourism roadshow to "
     "Baoding on 9 December.",
     [("visit", "2026-12-09", None), ("conference", "2026-12-09", None)]),
    # (a fair's delegation is a party, no fair of its own)
    ("Posted 23 Nov 2026\n\nChan led a trade fair delegation to Baoding from 3 to 5 "
     "November.", [("visit", "2026-11-03", "2026-11-05")]),
    # a first run planned for a day: a service to begin then
    ("Posted 23 Nov 2026\n\nThe airline said the first charter flight is planned for 28 "
     "March 2027.", [("launch", "2027-03-28", None)]),
    # (the day's first run is no new service)
    ("Posted 23 Nov 2026\n\nThe first flight of the day is scheduled for 7 am on 30 "
     "November.", []),
    # what a deal covers, after a colon or "covers", names no happening of its own
    ("Posted 23 Nov 2026\n\nThu 19 Nov\nSigning with the Tangshan Port Group\nThree agreements: seafood "
     "promotion, exhibition services, tourism packages.\n\nFri 20 Nov\nReturn to "
     "Tangshan\n", [("signing", "2026-11-19", None)]),
    ("Posted 5 Nov 2026\n\nThe agreement covers joint promotion of heritage routes in "
     "Macao from next spring.", []),
    # (a promotion held, not covered, is one)
    ("Posted 5 Nov 2026\n\nThe two sides will hold a joint promotion in Macao next spring.",
     [("conference", "2027", None)]),
    # a pavilion set up at a fair: the fair, nothing opened
    ("Posted 23 Nov 2026\n\nThe two sides agreed to set up a Weihai pavilion at the HKTDC "
     "Food Expo next August.", [("conference", "2027-08", None)]),
    ("Posted 23 Nov 2026\n\nThe bank opened a showroom at the airport on 3 November.",
     [("launch", "2026-11-03", None)]),
]
ROUND_ONE_HUNDRED_FIFTY_FIVE = [
    # a memo's days: a run written with a dash and its week, lines led by their weekday
    ("Posted 19 Nov 2026\n\nMission to Hong Kong, Mon-Wed this week.\n\nMon – seminar on "
     "supply chains at the Hong Kong Productivity Council.\n\nTue – Jinhua suppliers signed "
     "seven purchase agreements.\n",
     [("visit", "2026-11-16", "2026-11-18"), ("conference", "2026-11-16", None),
      ("signing", "2026-11-17", None)]),
    # a participle after a noun tells where that occasion was held, no gathering of its own
    ("Posted 18 Nov 2026\n\nDatong firms signed seven agreements at a ceremony on Wednesday. "
     "They were signed at the ceremony, held during the Datong Food Week at the Venetian.",
     [("signing", "2026-11-18", None)]),
    # (a gathering held is one)
    ("Posted 18 Nov 2026\n\nThe forum, held at the Venetian on Monday, drew 300 guests.",
     [("conference", "2026-11-16", None)]),
]
ROUND_ONE_HUNDRED_FIFTY_SIX = [
    # a pavilion talked over at a fair, with the fair's month: the fair is the happening
    ("Posted 20 Nov 2026\n\nThe two sides discussed a Huzhou pavilion at the Hong Kong "
     "International Tea & Food Fair in May 2027.",
     [("conference", "2027-05", None)]),
    # (a meeting at a booth is a meeting)
    ("Posted 20 Nov 2026\n\nThey met at a booth at the Canton Fair on Monday.",
     [("meeting", "2026-11-16", None)]),
    # a gathering whose host's name holds its partner's in brackets, where deals were signed
    ("Posted 20 Nov 2026\n\nThe firm signed a logistics deal on 18 Nov, one of 6 agreements "
     "signed at the Baoding (Macao) Investment Promotion Conference that afternoon.",
     [("signing", "2026-11-18", None), ("conference", "2026-11-18", None)]),
    # a trip's title with its day, no dateline
    ("Datong delegation in Hong Kong, 12 November 2026\n\nThe route of the day.",
     [("visit", "2026-11-12", None)]),
]
ROUND_ONE_HUNDRED_FIFTY_SEVEN = [
    # a gathering that opens the sentence after its day is held that day, with what was
    # signed there
    ("Posted 24 Nov 2026\n\nOn the 17th, a matchmaking session at the chamber ended with 9 "
     "supply contracts signed on the spot.",
     [("conference", "2026-11-17", None), ("signing", "2026-11-17", None)]),
    # (a party that opens it is no gathering)
    ("Posted 24 Nov 2026\n\nOn Monday, the delegation signed five deals.",
     [("signing", "2026-11-23", None)]),
    # talks told as done are not dated by next year's fair they were about
    ("Posted 24 Nov 2026\n\nGao also called on the council about a booth at next year's "
     "Metals Expo, which runs from 14 to 16 April 2027.",
     [("conference", "2027-04-14", "2027-04-16")]),
    # (last year's expo is a happening of that year)
    ("Posted 24 Nov 2026\n\nThey signed the deal at last year's expo.",
     [("signing", "2025", None), ("conference", "2025", None)]),
]
ROUND_ONE_HUNDRED_FIFTY_EIGHT = [
    # a visit verb's second place with a day of its own after "then" or "and"
    ("Posted 24 Nov 2026\n\nThe team will tour the Qianhai hub on Wednesday, then HKUST "
     "on Thursday.", [("visit", "2026-11-25", None), ("visit", "2026-11-26", None)]),
    ("Posted 24 Nov 2026\n\nThe Baoding delegation visits PolyU today and Cyberport "
     "tomorrow.", [("visit", "2026-11-24", None), ("visit", "2026-11-25", None)]),
    # a gathering named by its time beside the verb that types the sentence
    ("Posted 24 Nov 2026\n\nLast year's Baoding roadshow in Macao signed 7 deals.",
     [("conference", "2025", None), ("signing", "2025", None)]),
    # (as one at a session named by its day is)
    ("Posted 24 Nov 2026\n\nBuyers signed 12 contracts at Monday's matchmaking session.",
     [("signing", "2026-11-23", None), ("conference", "2026-11-23", None)]),
    # (but its day told after it is its own)
    ("Posted 24 Nov 2026\n\nLast year's forum, held in Macao on 3 December 2025, saw 9 "
     "deals signed.", [("conference", "2025-12-03", None), ("signing", "2025-12-03", None)]),
    # a journalist's "presser" is a press conference
    ("Posted 24 Nov 2026\n\nThe presser is at 3pm today.", [("conference", "2026-11-24", None)]),
    # a first convoy that crosses into a city is a service begun
    ("Posted 24 Nov 2026\n\nThe first convoy of chilled trucks crossed into Macao on "
     "Monday.", [("launch", "2026-11-23", None)]),
    # a working group sent is a trip; what it is timed by is no happening of its own
    ("Posted 24 Nov 2026\n\nBaoding will send a working group of eight to Macao from 7 to "
     "9 December, ahead of the launch.", [("visit", "2026-12-07", "2026-12-09")]),
    # a note's label dated before its colon: what the note tells has its own day (the
    # call, opening the note, is a meeting on the label's)
    ("Posted 24 Nov 2026\n\nCall with the Baoding bureau, 18 Nov: the bureau will send a "
     "delegation to Macao in the week of 7 December.",
     [("meeting", "2026-11-18", None), ("visit", "2026-12-07", None)]),
    # "opened ... and closes" gives the run's last day; a last day with no year follows
    # the first
    ("Posted 22 Nov 2026\n\nThe fair opened on Thursday and closes tomorrow.",
     [("conference", "2026-11-19", "2026-11-23")]),
    ("Posted 22 Nov 2026\n\nThe expo opened in Baoding on 3 May and will end on 7 May.",
     [("conference", "2026-05-03", "2026-05-07")]),
    # a day of a run told by the noun its sentence opens with is the run
    ("Posted 22 Nov 2026\n\nThe fair opened on Thursday and runs until Monday. I walked the "
     "Baoding Pear Fair on Friday.", [("conference", "2026-11-19", "2026-11-23")]),
    # a timeline's entry after its day and a dash: "to open" is its plan
    ("Updated 20 Nov 2026\n\n- Q1 2027 – bonded cold store at Baoding to open",
     [("launch", "2027", None)]),
    # a venue's name after a launch event is no gathering
    ("Posted 20 Nov 2026\n\n- 9 Dec 2026 – launch event at the Macao Forum Complex and "
     "Exhibition Centre", [("launch", "2026-12-09", None)]),
]
ROUND_ONE_HUNDRED_FIFTY_NINE = [
    # "tours" with what it visits is the verb; a plural noun is not
    ("Posted 24 Nov 2026\n\nIt tours the Jiaozuo Science Park today and meets the bureau "
     "tomorrow.", [("visit", "2026-11-24", None), ("meeting", "2026-11-25", None)]),
    ("Posted 24 Nov 2026\n\nThe bureau launched its English-language tours in June.",
     [("launch", "2026-06", None)]),
    # visits asked for are not set
    ("Posted 24 Nov 2026\n\nForty firms had asked for site visits to Jiaozuo next spring.", []),
    # "At the event, X signed ..., and Y said ... would send a group ... starting December
    # 12": the later clause's date is its own happening's; the signing is the event's, one
    # day (the tour's five days are the tour's)
    ("Posted 24 Nov 2026\n\nJiaozuo held a promotion conference in Macao on Monday. At the "
     "event, the bureau signed a framework agreement, and the Vice Mayor said agencies would "
     "send a first group on a five-day tour starting December 12.",
     [("conference", "2026-11-23", None), ("signing", "2026-11-23", None),
      ("visit", "2026-12-12", "2026-12-16")]),
    # a gathering whose long name is the subject after an opening day is held that day
    ("Posted 24 Nov 2026\n\nOn November 17, the Jiaozuo-Macao Economic and Trade Exchange "
     "Conference was held in Macao, where the two sides signed six projects.",
     [("conference", "2026-11-17", None), ("signing", "2026-11-17", None)]),
]
ROUND_ONE_HUNDRED_SIXTY_ONE = [
    # a gathering told with its first day, then "that runs until" its last
    ("Posted 23 Nov 2026\n\nNanchong brought its silk to Macao on Monday, with a roadshow "
     "at the Lisboeta that runs until Sunday.", [("conference", "2026-11-23", "2026-11-29")]),
    # "at the launch." closing the sentence: the opening day of the gathering told over days
    ("Posted 23 Nov 2026\n\nThe roadshow opened in Macao on Monday and runs until Sunday. "
     "Six agencies signed package deals at the launch.",
     [("conference", "2026-11-23", "2026-11-29"), ("signing", "2026-11-23", None)]),
    # a gathering brought in with the same day's afternoon is held that day
    ("Posted 20 Nov 2026\n\nOn November 19, a Macao delegation visited Nanchong. At a "
     "matchmaking meeting that afternoon, companies signed 7 agreements.",
     [("visit", "2026-11-19", None), ("conference", "2026-11-19", None),
      ("signing", "2026-11-19", None)]),
    # a page's name and sorting fields tell no happening
    ("created: 2026-11-21\nupdated: 2026-11-24\naliases: [\"Nanchong biomed trip\"]\n\n"
     "The trip is planned for December.", [("visit", "2026-12", None)]),
    # an ISO month is a month; a season's two years are not
    ("Posted 20 Nov 2026\n\n- projects due to be signed at the Nanchong Expo, 2027-09",
     [("signing", "2027-09", None), ("conference", "2027-09", None)]),
    ("Posted 20 Nov 2026\n\nThe league's 2011-12 season opened with a match in Nanchong.",
     []),
]
ROUND_ONE_HUNDRED_SIXTY_SIX = [
    # a party's return ends the trip told before it: its last day, no visit of its own
    ("Posted 20 Nov 2026\n\nThe Anyang delegation arrived in Macao on 16 November. It met "
     "the Macao Trade and Investment Promotion Institute on 17 November. The delegation flew "
     "back on 19 November.",
     [("visit", "2026-11-16", "2026-11-19"), ("meeting", "2026-11-17", None)]),
    ("Posted 16 Nov 2026\n\nThe Anyang delegation arrived in Macao on Monday. Delegation "
     "heads home tomorrow.", [("visit", "2026-11-16", "2026-11-17")]),
    # (a return with no trip told before it is the trip's one known day)
    ("Posted 16 Nov 2026\n\nThe delegation flew back on Thursday after talks.",
     [("visit", "2026-11-12", None)]),
    # a gathering's day is its own when a clause after a semicolon tells what happens there
    ("Posted 27 Nov 2026\n\nThe Xinxiang (Macao) Investment Promotion Conference will take "
     "place on 3 December at the Venetian; 12 projects are to be signed there.",
     [("conference", "2026-12-03", None), ("signing", "2026-12-03", None)]),
    # a name keeps its own type after a name of another kind with the same head noun; one
    # told with the same last two words takes its type
    ("Posted 27 Nov 2026\n\nThe Henan-Macao Cooperation Joint Conference was held on 3 "
     "March 2026. The Hubei-Macao Cooperation Conference was held from 7 to 8 July 2026.",
     [("meeting", "2026-03-03", None), ("conference", "2026-07-07", "2026-07-08")]),
    ("Posted 27 Nov 2026\n\nThe Henan-Macao Cooperation Joint Conference was held on 3 "
     "March 2026. The plenary session of the Henan-Macao Joint Conference will be held in "
     "Zhengzhou in January 2027.",
     [("meeting", "2026-03-03", None), ("meeting", "2027-01", None)]),
]

ROUND_ONE_HUNDRED_SIXTY_SEVEN = [
    # a "Dates:" field under a page's name dates what the name tells
    ("# Suqian trade mission to Macao\n\nStatus: Confirmed\nDates: December 14, 2026 → "
     "December 17, 2026\nLead: Vice Mayor Ma Lin\nLast edited time: November 24, 2026",
     [("visit", "2026-12-14", "2026-12-17")]),
    # a gathering's opening day, after a trip to it told with its own days
    ("Posted 23 Nov 2026\n\nThe Suqian Food Expo runs from 10 to 12 December in Hong Kong. "
     "Vice Mayor Ma Lin will lead a delegation to Hong Kong from 9 to 12 December. Firms will "
     "sign 5 supply agreements on the opening day.",
     [("conference", "2026-12-10", "2026-12-12"), ("visit", "2026-12-09", "2026-12-12"),
      ("signing", "2026-12-10", None)]),
]

ROUND_ONE_HUNDRED_SIXTY_EIGHT = [
    # a programme item's parts after a semicolon, each headed by an event noun, are
    # happenings of the item's day (nouns alone, or a verb's word heading the item)
    ("Programme\n\n| Wed 2 Dec | Roundtable on river freight; signing of 4 shipping "
     "contracts | Yichang |\n| Thu 3 Dec | Visit to the Yichang Port Group; talks on cold "
     "chains | Yichang |\n\nPosted 20 November 2026",
     [("conference", "2026-12-02", None), ("signing", "2026-12-02", None),
      ("visit", "2026-12-03", None), ("meeting", "2026-12-03", None)]),
    # (a semicolon in prose with a verb of its own stays one happening of the verb's type)
    ("Posted 20 Nov 2026\n\nOn Monday the delegation toured the Yichang Port Group; the "
     "freight talks drew 40 firms.", [("visit", "2026-11-16", None)]),
    # what a day's visit is for is done that day; a trip over days does not tell which
    ("Posted 20 Nov 2026\n\nOn Friday the mayor will visit Jingmen to sign a logistics "
     "memorandum.", [("visit", "2026-11-20", None), ("signing", "2026-11-20", None)]),
    ("Posted 20 Nov 2026\n\nThe mayor visited Jingmen on Tuesday to hold talks on freight.",
     [("visit", "2026-11-17", None), ("meeting", "2026-11-17", None)]),
    ("Posted 20 Nov 2026\n\nThe mayor will visit Jingmen from 7 to 9 December to sign a "
     "logistics memorandum.", [("visit", "2026-12-07", "2026-12-09")]),
    # a named "... Promotion" is a gathering; a body's "Bureau of ... Promotion" is none
    ("Posted 20 Nov 2026\n\nThe Xianning-Macao Hot Spring Tourism Promotion opened on "
     "Wednesday at a Cotai hotel.", [("conference", "2026-11-18", None)]),
    ("Posted 20 Nov 2026\n\nOn Wednesday staff of the Xianning Bureau of Tourism Promotion "
     "answered calls.", []),
    # an event noun sorting a field's label is no happening; a two-column table's rows are
    # fields as "Mission:" and "Dates:" lines are
    ("| Mission | Xianning trade delegation to Macao |\n| Dates | 14–16 December 2026 |\n"
     "| Delegation leader | Vice Mayor Kong Wei |\n| Meeting venue | Macao Tower |",
     [("visit", "2026-12-14", "2026-12-16")]),
]

ROUND_ONE_HUNDRED_SIXTY_NINE = [
    # a gathering's name as a whole part of a programme item, a verb in the next part:
    # each a happening of the item's day
    ("Programme\n\n|Thu 3 Dec |Suzhou (Macao) Textile Promotion Conference; 6 deals "
     "signed |Cotai |\n\nPosted 20 November 2026",
     [("conference", "2026-12-03", None), ("signing", "2026-12-03", None)]),
    # a party's return told before its trip (an archive's newest post first) is that
    # trip's last day, no trip of its own
    ('[{"created_at": "Fri Nov 20 09:30:12 +0000 2026", "full_text": "The delegation flies '
     'home tomorrow after four days in Macao."},\n {"created_at": "Tue Nov 17 08:00:03 +0000 '
     '2026", "full_text": "Tomorrow a Lishui delegation arrives in Macao for a four-day '
     'visit."}]', [("visit", "2026-11-18", "2026-11-21")]),
    # those "who joined us" came to what the writer held: no happening of their own
    ("Posted 20 Nov 2026\n\nOn Tuesday the Lishui forum drew 200 guests. Thanks to all "
     "who joined us on Tuesday!", [("conference", "2026-11-17", None)]),
]

ROUND_ONE_HUNDRED_SEVENTY = [
    # a clause on a gathering dated just before it ("..., at which") happened that day,
    # whatever date the sentence tells after it
    ("Posted 23 Nov 2026\n\nIt records the Yulin Trade Conference of 10 November 2026, at "
     "which 4 agreements were signed, and talks with the chamber on 11 November.",
     [("conference", "2026-11-10", None), ("signing", "2026-11-10", None),
      ("meeting", "2026-11-11", None)]),
    # a day and its month opening the sentence is no count of people ("2 December the
    # growers"); "a tasting" held for buyers is a gathering
    ("Posted 24 Nov 2026\n\nOn 2 December the growers will hold a tasting for hotel buyers.",
     [("conference", "2026-12-02", None)]),
    # (a menu tasting, a task, is none)
    ("Posted 24 Nov 2026\n\nMenu tasting for the programme on 26 November.", []),
]

ROUND_ONE_HUNDRED_SEVENTY_ONE = [
    # a pronoun after a lead-in of when ("This year it runs ...") is the gathering the
    # sentence before named
    ("Posted 24 Nov 2026\n\nThe Weihai Seafood Fair is a yearly showcase of the port's "
     "catch. This year it runs from 3 to 5 December at the Macao Dome.",
     [("conference", "2026-12-03", "2026-12-05")]),
    # (a year framing the sentence has the days told in the trigger's clause within it)
    ("Posted 24 Nov 2026\n\nThe Weihai Seafood Fair is held every spring. In 2027 it will "
     "be held from 9 to 11 April.", [("conference", "2027-04-09", "2027-04-11")]),
    # (with no gathering named before it, "it" is none)
    ("Posted 24 Nov 2026\n\nThe port company is busy. This year it runs extra ferries from "
     "3 to 5 December.", []),
    # a record's own gathering, told in the present by its speaker, is held on its day
    ("Desk call (2026-11-23 10:00 GMT+08:00) - Transcript\n\nLi Ming: Good morning. This "
     "meeting is to review the Zunyi fair plans.", [("meeting", "2026-11-23", None)]),
    ("Posted 23 Nov 2026\n\nGood morning, all. This is our fourth call with the Jiaxing "
     "team.", [("meeting", "2026-11-23", None)]),
    # (with a meeting told before, "This meeting" points back to it)
    ("Posted 23 Nov 2026\n\nThe two mayors met in Macao on Friday. This meeting is the "
     "third this year.", [("meeting", "2026-11-20", None)]),
    # a stay told in the past, its days right after the place
    ("Posted 23 Nov 2026\n\nOur delegation was in Hong Kong from Monday to Wednesday last "
     "week.", [("visit", "2026-11-16", "2026-11-18")]),
    # (a weekday and its week: "on Thursday next week" is that week's, not the coming one)
    ("Posted 24 Nov 2026\n\nThe mayor will visit Macao on Thursday next week.",
     [("visit", "2026-12-03", None)]),
    ("Posted 23 Nov 2026\n\nMost of its sales were in Hong Kong dollars last year.", []),
    # a name over a line of its day and venue, closed by a full stop
    ("Posted 20 Nov 2026\n\nZiyang Tea Promotion Conference\n12 December, Hong Kong "
     "Convention and Exhibition Centre.\nTwelve growers will attend.",
     [("conference", "2026-12-12", None)]),
]

ROUND_ONE_HUNDRED_SEVENTY_TWO = [
    # a memo's lines led by a weekday under a run of days told before them are days of
    # that run, not the weekdays nearest the note's day
    ("Posted 24 Nov 2026\n\nJinhua trade mission to Hong Kong, Tue 8 to Thu 10 Dec.\n"
     "Tue: dinner with the Jinhua chamber.\nThu: meet the Hong Kong Trade Development "
     "Council.", [("visit", "2026-12-08", "2026-12-10"), ("conference", "2026-12-08", None),
                  ("meeting", "2026-12-10", None)]),
    # a gathering's name as a whole part of an item after its label, its venue after it
    ("Posted 24 Nov 2026\n\nWed 9 Dec: Yiwu Investment and Trade Fair at the Hong Kong "
     "Convention and Exhibition Centre; 8 projects to be signed.",
     [("conference", "2026-12-09", None), ("signing", "2026-12-09", None)]),
    # a sentence that opens on the day told before: each clause's happening on that day,
    # beside the one told
    ("Posted 23 Nov 2026\n\nThe Lishui Tourism Roadshow is on 10 December. The mayor will "
     "lead 30 agents. On the same day the bureau plans to sign 5 agreements, and the chamber "
     "will host a networking lunch.",
     [("conference", "2026-12-10", None), ("signing", "2026-12-10", None),
      ("conference", "2026-12-10", None)]),
    # (a delegation, a noun, is no trip of that day)
    ("Posted 23 Nov 2026\n\nOn 13 October the bureau signed 6 agreements. The next day the "
     "delegation met the association.",
     [("signing", "2026-10-13", None), ("meeting", "2026-10-14", None)]),
]

ROUND_ONE_HUNDRED_SEVENTY_THREE = [
    # a trip told with "for N days" after its verb runs that many days from its day
    ("Posted 17 Nov 2026\n\nTomorrow the Vice Mayor leads a delegation to Macao for three "
     "days.", [("visit", "2026-11-18", "2026-11-20")]),
    ("Posted 25 Nov 2026\n\nWe'll bring 20 tea companies to Macao next Wednesday, for four "
     "days.", [("visit", "2026-12-02", "2026-12-05")]),
    # (not a span told in another clause)
    ("Posted 17 Nov 2026\n\nOn 9 November the mayor visited Hong Kong, where firms have "
     "trained for 20 days.", [("visit", "2026-11-09", None)]),
    # a party back from a trip, told in the days after it, is that trip's news
    ("Posted 24 Nov 2026\n\nThe delegation visited Macao from 18 to 20 November. Our "
     "delegation is back from Macao today.", [("visit", "2026-11-18", "2026-11-20")]),
]

ROUND_ONE_HUNDRED_SEVENTY_FOUR = [
    # "leads a delegation" in the present is a trip to come: its yearless days are ahead
    ("Posted 24 Nov 2026\n\nConfirmed: the Deputy Mayor leads the delegation to Hong Kong "
     "from 1 to 3 December.", [("visit", "2026-12-01", "2026-12-03")]),
    # a signing's time, slot or venue is no signing
    ("Posted 25 Nov 2026\n\nHKTDC confirmed the signing time on 24 November.", []),
    ("Posted 25 Nov 2026\n\nThe signing ceremony was held on 24 November.",
     [("signing", "2026-11-24", None)]),
]

ROUND_ONE_HUNDRED_SEVENTY_FIVE = [
    # a gathering "to be held" is to come: its yearless days are ahead; a place's "products
    # week" is a promotion week
    ("Posted 24 Nov 2026\n\nNext comes a Zhangye products week in Macao, to be held from "
     "December 14 to 16.", [("conference", "2026-12-14", "2026-12-16")]),
    # a party hosted for a gathering: the gathering is the happening, no trip of its own
    ("Posted 25 Nov 2026\n\nThe council can host the delegation on Tuesday 8 December for "
     "a seminar on steel.", [("conference", "2026-12-08", None)]),
    ("Posted 25 Nov 2026\n\nThe council will host the delegation on Tuesday 8 December.",
     [("visit", "2026-12-08", None)]),
    # "10 signed projects": deals named by what is done to them, no signing beside the
    # gathering
    ("Posted 25 Nov 2026\n\nInvestment conference in Hong Kong on 9 December 2026; goal of "
     "10 signed projects.", [("conference", "2026-12-09", None)]),
    ("Posted 25 Nov 2026\n\nThe two firms signed 10 projects on 9 November 2026.",
     [("signing", "2026-11-09", None)]),
]

ROUND_ONE_HUNDRED_SEVENTY_SIX = [
    # a call with a body is a meeting; a party it is "about" is its topic, no trip
    ("Posted 24 Nov 2026\n\nCall with IPIM about the Zhangye delegation on 24 November 2026.",
     [("meeting", "2026-11-24", None)]),
    ("Posted 24 Nov 2026\n\nThe Zhangye delegation arrived in Macao on 24 November 2026.",
     [("visit", "2026-11-24", None)]),
    # (a call opens a note's entry; one inside a sentence is no happening of the day told)
    ("Posted 20 Nov 2026\n\nRevised 13 Nov 2026 after a call with the bureau.", []),
    # a label's day, before its colon, takes no tense from what was said after it
    ("Posted 20 Nov 2026\n\nCall with the Chongzuo bureau, 18 Nov: they will send a group to "
     "Hong Kong from 7 to 10 December.",
     [("meeting", "2026-11-18", None), ("visit", "2026-12-07", "2026-12-10")]),
    # a place's products promotion at a venue is a gathering
    ("Posted 24 Nov 2026\n\nZhangye agri-products promotion at the Venetian Macao on "
     "December 4th, 2026.", [("conference", "2026-12-04", None)]),
]

ROUND_ONE_HUNDRED_SEVENTY_SEVEN = [
    # days set off by commas before the verb are the aside's (a stay); the verb's come after
    ("Posted 24 Nov 2026\n\nThe delegation, in Hong Kong from Sunday to Wednesday, met the "
     "Hong Kong Metals Traders Association on Tuesday.",
     [("visit", "2026-11-22", "2026-11-25"), ("meeting", "2026-11-24", None)]),
    ("Posted 24 Nov 2026\n\nThe mayor, who arrived in Macao on Sunday, will also meet IPIM "
     "on Thursday.", [("visit", "2026-11-22", None), ("meeting", "2026-11-26", None)]),
    # a place's promotion evening is a gathering
    ("Posted 24 Nov 2026\n\nA Huaihua tourism promotion evening will be held at the Galaxy "
     "Macau on 4 December.", [("conference", "2026-12-04", None)]),
    ("Posted 24 Nov 2026\n\nThe bureau will host a networking night for Macao buyers on "
     "Friday.",
     [("conference", "2026-11-27", None)]),
    # the page's own date line is a diary's first day when another day's line is written
    # as it is
    ("24 November 2026\nLunch with the Macao Chamber of Commerce.\n\n25 November 2026\n"
     "Vice Mayor Ma Jun signed 3 supply agreements with Macao firms.",
     [("signing", "2026-11-25", None)]),
    # (a story's date line over one day's line written otherwise heads nothing: the
    # story's undated signing takes no day from it)
    ("November 24, 2026\nShantou signed 3 agreements with Macao firms.\n\nThursday 10 "
     "December\nThe delegation tours the Macao Science Center.", []),
    # a task's own day under a note's day heading
    ("Created: 24 Nov 2026\n\n23 November 2026\nMet IPIM.\n\n24 November 2026\nSigned 4 "
     "cooperation agreements.\n\nWhat: Return visit by IPIM to Huaihua\nWhen: 2027-01-12\n",
     [("meeting", "2026-11-23", None), ("signing", "2026-11-24", None),
      ("visit", "2027-01-12", None)]),
]

ROUND_ONE_HUNDRED_SEVENTY_EIGHT = [
    # an opening gathering with a long host's name and its acronym is an event of its own
    ("Posted 23 Nov 2026\n\nAt a matchmaking session hosted by the Hong Kong Productivity "
     "Council (HKPC) on 17 November, the companies signed 7 agreements.",
     [("conference", "2026-11-17", None), ("signing", "2026-11-17", None)]),
    # a chat group's quoted name is no happening
    ("24/11/2026, 08:52 - Messages and calls are end-to-end encrypted.\n"
     '24/11/2026, 08:52 - Ada Ho created group "Nanping tea mission \u2013 Macao"\n'
     "24/11/2026, 08:55 - Ada Ho: Morning all!", []),
    # a promotion (a tasting, a showcase) at a named venue is a gathering there
    ("Posted 24 Nov 2026\n\nIPIM confirmed the Wuyi tea promotion at the Macao Tower on "
     "Friday 4 Dec.", [("conference", "2026-12-04", None)]),
    ("Posted 24 Nov 2026\n\nA coffee tasting at the Venetian Macao is set for 6 December.",
     [("conference", "2026-12-06", None)]),
    # (not a campaign in a region)
    ("Posted 24 Nov 2026\n\nShangrao will spend 17 million yuan on promotion in the Greater "
     "Bay Area in 2027.", []),
    # "there" after a verb's object: the gathering told last, on its day
    ("Posted 24 Nov 2026\n\nIPIM confirmed the tea forum at the Macao Tower on Friday 4 "
     "Dec.\n\nWe plan to sign 6 purchase agreements there, about MOP 45 million",
     [("conference", "2026-12-04", None), ("signing", "2026-12-04", None)]),
    # (never "there will be")
    ("Posted 24 Nov 2026\n\nIPIM confirmed the tea forum at the Macao Tower on Friday 4 "
     "Dec.\n\nThere will be 6 agreements to sign.", [("conference", "2026-12-04", None)]),
    # a weekday said of a party whose trip is yet to begin is that day of the trip
    ("Posted 25 Nov 2026\n\nThe Nanping delegation will be in Macao from Thursday 3 "
     "December to Saturday 5 December. The delegation will also meet the Macao Chamber of "
     "Commerce on Thursday afternoon.",
     [("visit", "2026-12-03", "2026-12-05"), ("meeting", "2026-12-03", None)]),
    # (of anyone else, the coming Thursday)
    ("Posted 25 Nov 2026\n\nThe Nanping delegation will be in Macao from Thursday 3 "
     "December to Saturday 5 December. The bureau will meet IPIM on Thursday.",
     [("visit", "2026-12-03", "2026-12-05"), ("meeting", "2026-11-26", None)]),
]

ROUND_ONE_HUNDRED_SEVENTY_NINE = [
    # a signing told with a trip's days, then on its own day: one signing, that day
    ("Posted 24 Nov 2026\n\nVice Mayor Zhou Hongbo led a delegation to Macao from Sunday to "
     "Tuesday, signing 5 supply agreements. The agreements were signed at a products fair "
     "at the Macau Tower on Monday.",
     [("visit", "2026-11-22", "2026-11-24"), ("signing", "2026-11-23", None),
      ("conference", "2026-11-23", None)]),
    # the party of a verb's happening is no trip of its own
    ("Posted 24 Nov 2026\n\nOn Tuesday the delegation met the Macao Chamber of Commerce to "
     "discuss a centre, which is due to open in April 2027.",
     [("meeting", "2026-11-24", None), ("launch", "2027-04", None)]),
    # a month closing a range of months ends its sentence
    ("Posted 24 Nov 2026\n\nOutput grew 26.8% in Jan-Oct. Huang will also call on the "
     "Secretary for Financial Services and the Treasury on 9 Dec.",
     [("meeting", "2026-12-09", None)]),
    # an export's item stamp is the day it was posted: what it tells "at the seminar" is
    # the seminar's
    ("Published: 2026-11-24\nInvestHK will host a battery seminar for them on Tuesday 8 "
     "Dec\n\nPublished: 2026-11-24\nThey expect to sign 4 cooperation agreements at the "
     "seminar\n",
     [("conference", "2026-12-08", None), ("signing", "2026-12-08", None)]),
    # a table row's gathering in one cell and its signing in another
    ("| Date | Activity | Deals |\n|---|---|---|\n| 2026-11-16 | Investment promotion "
     "conference at the Hong Kong Convention and Exhibition Centre | 8 projects signed |\n",
     [("conference", "2026-11-16", None), ("signing", "2026-11-16", None)]),
]

ROUND_ONE_HUNDRED_EIGHTY = [
    # landing in a place is arriving there
    ("Posted 23 Nov 2026\n\nOn Monday Vice Mayor Ou Jianhua landed in Hong Kong for three "
     "days.", [("visit", "2026-11-23", "2026-11-25")]),
    # (a flight's landing is no party's trip)
    ("Posted 10 Jul 2025\n\nAn Air Macau Airbus carrying 168 passengers landed at Wuhan "
     "Tianhe International Airport on 9 July.", []),
    # an object verb's object is in its own clause: "joined us ...;" joined no delegation
    ("Posted 24 Nov 2026\n\nStella Ip joined us on Tuesday evening; she will bring a "
     "delegation of investors to Heyuan next March.", [("visit", "2027-03", None)]),
]

ROUND_ONE_HUNDRED_EIGHTY_ONE = [
    # a schedule's present tense right before a weekday: a day still to come
    ("Posted 24 Nov 2026\n\nMayor Ruan Zhiqiang is leading a three-day visit to Macao that "
     "ends Thursday.", [("visit", "2026-11-24", "2026-11-26")]),
    # "The agreements were signed at ..." opens at the signing told before: the gathering
    # is on its day, even with the trip's day said after "said"; the trip's days are no
    # gathering's, and "attended by" the people there has no object
    ("Posted 24 Nov 2026\n\nA Suizhou delegation signed 9 cooperation agreements on "
     "Monday. The agreements were signed at a trade fair in Wan Chai attended by 150 "
     "buyers, said Mayor Kong Wei, who heads the four-day visit that ends Thursday.",
     [("signing", "2026-11-23", None), ("conference", "2026-11-23", None),
      ("visit", "2026-11-23", "2026-11-26")]),
    # a figure of speech opens nothing; nor does a state kept
    ("Posted 24 Nov 2026\n\nThe pact signed on Monday opens a new chapter for both "
     "cities.", [("signing", "2026-11-23", None)]),
    ("Posted 24 Nov 2026\n\nOn Monday the border crossing stayed open until midnight.", []),
    ("Posted 24 Nov 2026\n\nOn Monday the port kept its customs hall open until 2 am.", []),
    # (but a campus that opens its doors opens, and a port kept open round the clock from
    # a day on has a service begun; "keep talking and open" opens)
    ("Posted 24 Nov 2026\n\nThe Anshun campus will open its doors in January 2027.",
     [("launch", "2027-01", None)]),
    ("Posted 24 Nov 2026\n\nThe two cities will keep the port open round the clock from "
     "1 December.", [("launch", "2026-12-01", None)]),
    ("Posted 24 Nov 2026\n\nThe two sides agreed to keep talking and open a liaison "
     "office on Monday.", [("launch", "2026-11-30", None)]),
    # a note's day heading with a short note in brackets heads its lines
    ("# Anshun mission to Macao\n\n## Mon 30 Nov 2026\n- Talks with IPIM\n\n"
     "## Tue 1 Dec 2026 (plan)\n- Meeting with the Macao Chamber of Commerce\n",
     [("visit", "2026-11-30", "2026-12-01"), ("meeting", "2026-11-30", None),
      ("meeting", "2026-12-01", None)]),
]

ROUND_ONE_HUNDRED_EIGHTY_TWO = [
    # a named gathering that closed after so many days ran that long; what filled its days
    # are its parts; a remark on it is no happening
    ("Posted 28 Nov 2026\n\nThe Wuwei Grape Wine Week closed at PMQ last Saturday after "
     "five days of tastings, talks and seminars. It was the first time the city had brought "
     "its winemakers to Hong Kong.", [("conference", "2026-11-17", "2026-11-21")]),
    # (what arrived after days elsewhere lasted none of them)
    ("Posted 28 Nov 2026\n\nThe delegation arrived in Macao on Sunday after two days in "
     "Zhuhai.", [("visit", "2026-11-22", None)]),
    # a party of artisans led to a place travels
    ("Posted 28 Nov 2026\n\nVice Mayor Kang Ruolan led 30 artisans to Macao from 9 to 12 "
     "November.", [("visit", "2026-11-09", "2026-11-12")]),
    # the named gathering moves: held there, in the month that refines the year
    ("Posted 28 Nov 2026\n\nThe Wuwei Grape Wine Week drew 60 buyers. Next year the week "
     "will travel to Macao, in May.", [("conference", "2027-05", None)]),
]

ROUND_ONE_HUNDRED_EIGHTY_THREE = [
    # a meeting set up is the meeting, nothing founded
    ("Posted 27 Nov 2026\n\nThe chamber has set up a breakfast meeting with the delegation "
     "on 10 December.", [("meeting", "2026-12-10", None)]),
    # (but a mechanism set up is launched)
    ("Posted 27 Nov 2026\n\nThe two cities set up a dialogue mechanism on Monday.",
     [("launch", "2026-11-23", None)]),
    # what is confirmed now is to come
    ("Posted 1 Dec 2026\n\nVenue for the Bijie Tea Matchmaking Session on Thursday is "
     "confirmed: the Venetian Macao.", [("conference", "2026-12-03", None)]),
    # the days of a move are the nearest such days
    ("Posted 1 Dec 2026\n\nCourtesy call on the Macao Chamber of Commerce moved from "
     "Thursday morning to Friday 10:00.", [("meeting", "2026-12-04", None)]),
    # a trip's landing, then its party flying home: its days
    ("Posted 1 Dec 2026\n\nVice Mayor Duan Minghua lands in Macao tomorrow with 25 firms; "
     "they fly home on Saturday.", [("visit", "2026-12-02", "2026-12-05")]),
    ("Posted 3 Dec 2026\n\nA Bijie delegation arrived in Macao on Tuesday. The delegation "
     "heads home on Saturday.", [("visit", "2026-12-01", "2026-12-05")]),
]

ROUND_ONE_HUNDRED_EIGHTY_FOUR = [
    # "the Tuesday before last" is a week before last Tuesday; a gathering that drew its
    # crowd was held, the sentence before giving its day
    ("Posted 2 Dec 2026\n\nThe mayor spoke in Hong Kong the Tuesday before last. The Bijie "
     "Tea Investment Forum drew about 150 investors, and 6 contracts were inked that night.",
     [("conference", "2026-11-24", None), ("signing", "2026-11-24", None)]),
    # a week-long trip lasts seven days
    ("Posted 2 Dec 2026\n\nThe forum crowned a week-long mission that began on November 22.",
     [("visit", "2026-11-22", "2026-11-28")]),
    # what is pencilled in is to come; a memorandum signed in a month and 9 contracts inked on
    # a day of it are two signings
    ("Posted 2 Dec 2026\n\nOn 24 November, 9 contracts were inked. In mid-November the city "
     "signed a memorandum with the Hong Kong Productivity Council, and a follow-up roadshow "
     "is pencilled in for early January.",
     [("signing", "2026-11-24", None), ("signing", "2026-11", None),
      ("conference", "2027-01", None)]),
    # a gathering "was held" on "the same day" is that day's
    ("Posted 27 Nov 2026\n\nOn the morning of November 24, Chen Yaxin met with Lam Sio "
     "Peng. On the afternoon of the same day, the Tongren Investment Promotion Conference was "
     "held at the Grand Lisboa Hotel.",
     [("meeting", "2026-11-24", None), ("conference", "2026-11-24", None)]),
    # a schedule's "is" before a weekday is to come; "I land in" is a trip
    ("[Kang Ji-woo] [9:02 AM] Posted 23 Nov 2026. I land in Macao tomorrow. The Wuwei Wine "
     "Promotion is Tuesday 3pm.", [("visit", "2026-11-24", None),
                                   ("conference", "2026-11-24", None)]),
    # (but the firm that bought land in a place made no trip)
    ("Posted 23 Nov 2026\n\nThe firm bought land in Nansha on Monday.", []),
]

ROUND_ONE_HUNDRED_EIGHTY_FIVE = [
    # a tasting event at a named venue is a gathering there
    ("Posted 25 Nov 2026\n\nAt a tasting event at the Hong Kong Convention and Exhibition "
     "Centre yesterday, 4 supply agreements were signed.",
     [("conference", "2026-11-24", None), ("signing", "2026-11-24", None)]),
    # what was signed at a gathering is signed on its day
    ("Posted 27 Nov 2026\n\nA delegation ended a three-day visit to Macao yesterday after "
     "signing 6 cooperation agreements at an investment fair at the Venetian Macao on "
     "Wednesday.", [("visit", "2026-11-24", "2026-11-26"), ("signing", "2026-11-25", None),
                    ("conference", "2026-11-25", None)]),
]

ROUND_ONE_HUNDRED_EIGHTY_SIX = [
    # a named gathering at a venue, "which opened ... and ran for three days"
    ("Posted 28 Nov 2026\n\nShoppers flocked to the Pingliang Apple Festival at Macao "
     "Fisherman's Wharf, which opened on the Friday before last and ran for three days.",
     [("conference", "2026-11-20", "2026-11-22")]),
    # a place's own official brought there is a trip; a gathering that ended with a count
    # of deals was held, and the deals signed
    ("Posted 26 Nov 2026\n\nThe Gansu city brought its mayor, Shi Yuanhong, to Hong Kong on "
     "Monday. A matchmaking session at the Science Park yesterday ended with 7 offtake "
     "agreements.", [("visit", "2026-11-23", None), ("conference", "2026-11-25", None),
                     ("signing", "2026-11-25", None)]),
    # a participle after "with" tells no tense: a diary's day is to come
    ("Posted 26 Nov 2026\n\n• 3 December: the Science Park hosts a battery-tech forum, with "
     "Jinchang firms invited.", [("conference", "2026-12-03", None)]),
    # talks a trip is for are on the trip's day
    ("Posted 24 Nov 2026\n\nA Guigang delegation will travel on to Macao on Thursday for "
     "talks with IPIM.", [("visit", "2026-11-26", None), ("meeting", "2026-11-26", None)]),
]

ROUND_ONE_HUNDRED_EIGHTY_EIGHT = [
    # a thread's post numbers are no days; a programme's bare weekday after a day still to
    # come, told with its weekday, is the next such day
    ("Posted 27 Nov 2026\n\n🧵 1/3 Our team visits Hong Kong from Monday 30 Nov to Thursday 3 "
     "Dec.\n2/3 Tuesday 1 Dec: the Hechi Silk Fashion Show at the Hong Kong Design Institute.\n3/3 "
     "Wednesday: courtesy call on the Hong Kong Federation of Guangxi Associations.",
     [("visit", "2026-11-30", "2026-12-03"), ("conference", "2026-12-01", None),
      ("meeting", "2026-12-02", None)]),
    # what was signed ", at the city's investment roadshow" was signed there
    ("Posted 3 Dec 2026\n\nOn Monday the company signed a supply agreement with the city, "
     "at the city's investment roadshow in Hong Kong.",
     [("signing", "2026-11-30", None), ("conference", "2026-11-30", None)]),
]

ROUND_ONE_HUNDRED_EIGHTY_NINE = [
    # a schedule's present ("arrives in Macao on Thursday") is to come; its leaving, or its
    # stay "until" a day, closes the trip, a weekday before the date or not
    ("Posted 25 Nov 2026\n\nThe delegation arrives in Macao on Thursday and leaves on "
     "Saturday.", [("visit", "2026-11-26", "2026-11-28")]),
    ("Posted 25 Nov 2026\n\nThe Ankang delegation arrives in Macao on Thursday, 10 December, "
     "and stays until Saturday, 12 December.", [("visit", "2026-12-10", "2026-12-12")]),
    # the next stop opens a trip a flight home closes; the talks it is for are on its first
    # day, not the day of the flight
    ("Posted 26 Nov 2026\n\nThe delegation travels on to Shenzhen on Thursday for talks with "
     "the Qianhai authority, before flying home on Friday.",
     [("visit", "2026-11-26", "2026-11-27"), ("meeting", "2026-11-26", None)]),
    # a weekday and a part of the day label the date after them; "takes place on" is to come
    ("Posted 24 Nov 2026\n\nVenue is settled: the Baoji Investment Promotion Conference "
     "takes place on Tuesday morning, December 8, at the JW Marriott.",
     [("conference", "2026-12-08", None)]),
    # a body that will "receive us" meets the writer's party
    ("Posted 24 Nov 2026\n\nTheir Assistant Executive Director will receive us at 3 pm on "
     "Monday (Dec 7) at the Wan Chai office.", [("meeting", "2026-12-07", None)]),
]

ROUND_ONE_HUNDRED_NINETY = [
    # a comma after a range's first date, before "to"
    ("Posted 6 Dec 2026\n\nA delegation was in Macao from Tuesday, December 1, to "
     "Thursday, December 3.", [("visit", "2026-12-01", "2026-12-03")]),
    # "At the opening" is the gathering's opening told before; an aim's clause dates the
    # aim, not the signing; a compound's "package-tour" is no trip
    ("Posted 6 Dec 2026\n\nThe Tourism Week opened on Wednesday at the Macao Tower. At the "
     "opening, three agencies signed 3 package-tour agreements, aimed at putting tour groups "
     "on the Silk Road by next spring.",
     [("conference", "2026-12-02", None), ("signing", "2026-12-02", None)]),
    # what the two sides talked about is no happening
    ("Posted 6 Dec 2026\n\nOn Thursday morning, Ma called on the tourism office, where the "
     "two sides talked about charter flights and joint promotion in Lisbon.",
     [("meeting", "2026-12-03", None)]),
    # a bare weekday in a line that tells no tense, before a trip yet to begin, is that
    # day of the trip; a noun "for signing there" is done at the gathering told before
    ("Posted 30 Nov 2026\n\nHe lands in Hong Kong on Wednesday 2 Dec and flies back on "
     "Saturday 5 Dec.\n\nWorking lunch with the Hong Kong General Chamber of Commerce, "
     "Thursday 12:30.\n\nGrowers pitch on Friday afternoon at the Weinan Fruit Matchmaking "
     "Session. 6 purchase contracts are lined up for signing there.",
     [("visit", "2026-12-02", "2026-12-05"), ("conference", "2026-12-03", None),
      ("conference", "2026-12-04", None), ("signing", "2026-12-04", None)]),
    # signing folders are things, no signing
    ("Posted 27 Nov 2026\n\nClient to supply signing folders and name cards by 9 December.",
     []),
    # an event order's "Post as:" names the function its "Function date:" dates; its
    # running order's timed lines, a paragraph on, are that day's
    ("Date issued: 27 November 2026\n\nPOST AS:    Weinan Fruit Promotion Dinner\n"
     "FUNCTION DATE:    Friday, 11 December 2026\n\n"
     "18:30 - 19:00   Signing ceremony: 4 supply agreements",
     [("conference", "2026-12-11", None), ("signing", "2026-12-11", None)]),
]

ROUND_ONE_HUNDRED_NINETY_ONE = [
    # a daily report's "Done today" and "Plan for tomorrow" blocks date their items
    ("Daily report\nSubmitted 2026-12-07 20:10 · To: Director Lam Wai · CC: Tongchuan trip "
     "group\n\nDone today\n1. Signing session after lunch: 3 supply contracts.\n\n"
     "Plan for tomorrow\n1. 10:00 call on the Trade Development Council",
     [("signing", "2026-12-07", None), ("meeting", "2026-12-08", None)]),
    # a trip's goal after its "to" is a gathering of its own, the trip's date too; a
    # dinner in the main clause is the block's day, the relative clause's date its own
    ("Daily report\nSubmitted 2026-12-07 20:10\n\nWork done today\n- Dinner with Mr Lau "
     "Chi-keung, chairman of the Shaanxi Association of Macao, who agreed to bring 15 "
     "importers to Xianyang's spring trade fair next April.",
     [("meeting", "2026-12-07", None), ("visit", "2027-04", None),
      ("conference", "2027-04", None)]),
    # (the clause of the gathering's own name dates it, not the block's day)
    ("Done today\n- Wrote a preview of the Tongchuan Investment Fair, which opens on 15 "
     "December.\n\nPosted 7 Dec 2026",
     [("conference", "2026-12-15", None)]),
    # an amount exports "came to" is no trip; what a visit "needs" is no visit; signing
    # photos are things
    ("Posted 7 Dec 2026\n\nExports to Macao came to US$18 million last year. The port "
     "visit needs passport numbers by Friday. Please send the signing photos to the "
     "newsroom by Monday.", []),
    # a Q&A tool's CSV: each row's stamp dates what its question says relative to it; a
    # yes/no question in quotes tells nothing; "Event name," over "Event dates," is a field
    ("Event name,Tongchuan-Hong Kong Investment Forum 2026\nEvent dates,2026-12-09 - "
     "2026-12-09\nExported,2026-12-11 09:00 (UTC+08:00)\n\nQuestion,Author,Votes,Date,"
     "Status\n\"Were more contracts signed at this morning's session?\",Anonymous,4,"
     "2026-12-09 10:15,Answered,\n\"Mayor Li said 8 contracts were signed at this morning's "
     "session. Which firms?\",Lam Ka Yan,2,2026-12-09 10:20,Answered,\n",
     [("conference", "2026-12-09", None), ("signing", "2026-12-09", None)]),
    # (a row's field that only looks like a stamp, no month 16, stamps nothing)
    ("Posted 7 Dec 2026\n\nQuestion,Author,Date\n\"Mayor Li said 8 contracts were signed "
     "on 3 December. Which firms?\",Lam,2026-16-08 10:20,\n\"Any more?\",Ho,2026-13-09 "
     "10:25,\n", [("signing", "2026-12-03", None)]),
]

ROUND_ONE_HUNDRED_NINETY_TWO = [
    # a note's lines led by their days, one under another, under a trip's title: the trip
    # over their days, each line that day's (one day may lead two lines)
    ("Tongchuan → Macao, Jan trip\n\nCreated: 3 December 2026 at 09:00\n\nPlan\n"
     "Mon 11 Jan: fly in via Zhuhai, cross at the Hengqin port, check in at the hotel\n"
     "Tue 12 Jan: morning, talks with IPIM on the spring roadshow\n"
     "Tue 12 Jan: 3pm, Tongchuan Tourism Promotion, Sheraton Grand Macao\nWed 13 Jan: home",
     [("visit", "2027-01-11", "2027-01-13"), ("meeting", "2027-01-12", None),
      ("conference", "2027-01-12", None)]),
    # a form's fields named in their tags: arrival over departure is one trip; a field's
    # label ("Meetings Requested:") tells no tense of its value's clause; the form's
    # signed date is its own
    ('<?xml version="1.0"?>\n<xfdf xmlns="http://ns.adobe.com/xfdf/">\n<fields>\n'
     '<field name="Trip.ArrivalDate"><value>2027-01-11</value></field>\n'
     '<field name="Trip.DepartureDate"><value>2027-01-13</value></field>\n'
     '<field name="Trip.MeetingsRequested"><value>Courtesy call on the Macao Trade and '
     "Investment Promotion Institute on 12 January.</value></field>\n"
     '<field name="Form.SignedDate"><value>27/11/2026</value></field>\n</fields>\n</xfdf>',
     [("visit", "2027-01-11", "2027-01-13"), ("meeting", "2027-01-12", None)]),
    # "Notes from call with ...": a note's entry under its opener
    ("Posted 7 Dec 2026\n\nNotes from call with Ada Ho (IPIM), 4 Dec\n- IPIM will co-host "
     "the fair in May", [("meeting", "2026-12-04", None), ("conference", "2027-05", None)]),
    # a comment under its stamp that names the gathering the post told is no new one
    ("Answered Nov 28, 2026\n\nOn 22 October the city signed 14 projects at the Guangxi "
     "Week.\n\nComment\nSonia Lau · Nov 29\nThe Guangxi Week was at the Convention "
     "Centre, right?\n    Howard Mak · Nov 29\n    Yes.",
     [("signing", "2026-10-22", None), ("conference", "2026-10-22", None)]),
]

ROUND_ONE_HUNDRED_NINETY_THREE = [
    # a day of the month before a clause's subject ("on the 25th Tongling signed", "On the
    # 9th we have ..."): that day of the month told before
    ("Posted 2 Dec 2026\n\nA Tongling delegation was in Hong Kong from 23 to 26 November, "
     "and on the 25th Tongling signed 5 agreements.",
     [("visit", "2026-11-23", "2026-11-26"), ("signing", "2026-11-25", None)]),
    ("Posted 1 Dec 2026\n\nThe fair opens on 8 December. On the 9th we have a meeting with "
     "the Hong Kong Trade Development Council.",
     [("conference", "2026-12-08", None), ("meeting", "2026-12-09", None)]),
    # a gathering's noun in a clause after ", and", dated apart from the first clause's
    ("Posted 2 Dec 2026\n\nThe city will host a logistics forum next April, and Anhui "
     "takes a hall at the Hong Kong Book Fair next July.",
     [("conference", "2027-04", None), ("conference", "2027-07", None)]),
    # a trip's start field under its destination's field, over its end field: one trip; an
    # approval's status tag is no happening
    ("Business Trip Request\nSubmitted: 2026-11-26 10:00\n\nTrip 1\nDestination city: "
     "Macau\nStart time: 2026-12-14 Morning\nEnd time: 2026-12-16 Evening\nDuration: 3 "
     "days\n\nApproval flow\n[Approved] Chen Li (Director) 2026-11-27 09:00",
     [("visit", "2026-12-14", "2026-12-16")]),
    # a participle after its noun (", held from ...") is no clause's verb: its days the
    # nearest
    ("Posted 26 Nov 2026\n\nTo join the Macau Franchise Week, held from 3 to 5 December at "
     "the Venetian.", [("conference", "2026-12-03", "2026-12-05")]),
    # a gathering held for the delegation, and one it spends the day at: the gathering
    ("Sent: 30 November 2026\n\n- Mon 14 Dec, 18:30: welcome reception hosted by the "
     "chamber for the delegation and local guests.\n- Tue 15 Dec: the delegation spends the "
     "day at the Macau Franchise Expo.",
     [("conference", "2026-12-14", None), ("conference", "2026-12-15", None)]),
]

ROUND_ONE_HUNDRED_NINETY_FOUR = [
    # a diary's paragraphs led by their days' numbers, one dated: each paragraph that day
    ("Edited on 2026-11-27\n\nDay 1 (Mon 23 Nov) Landed in Zhuhai with the team.\n\n"
     "Day 2 The Bozhou Herb Week opened at the Venetian Macao.\n\nDay 3 Morning: talks at "
     "the University of Macau.",
     [("visit", "2026-11-23", None), ("conference", "2026-11-24", None),
      ("meeting", "2026-11-25", None)]),
    # the title's trip goes "to" its place: the landing there on its first day is its
    # arrival, no leg of its own
    ("Bozhou herbs go to Macau | my work trip diary\nEdited on 2026-11-27\n\nDay 1 (Mon 23 "
     "Nov) Landed at Macau airport with the team.\n\nDay 2 Talks with IPIM.\n\nDay 3 Flew "
     "home.", [("visit", "2026-11-23", "2026-11-25"), ("meeting", "2026-11-24", None)]),
    # a poll's chosen slot dates what its title names; a comment's byline stamp dates the
    # comment, not what it says is to come at the gathering
    ("Doodle\n\nJinhua logistics roundtable with chamber members: pick a slot\n"
     "Created Nov 24, 2026\n\nPoll closed.\nFinal option: Thu, Dec 17, 2026 · 10:00 AM\n\n"
     "Comments\nCheryl Fung · Nov 27, 2026\nThanks all. Jinhua will also sign 2 agreements "
     "at the roundtable.",
     [("conference", "2026-12-17", None), ("signing", "2026-12-17", None)]),
    # a dinner with a body named with a post's word ("Fellow") is a gathering's; a
    # symposium with it is still a meeting
    ("Posted 27 Nov 2026\n\nOn Monday we had dinner with the Macau Anhui Fellow Association.",
     [("conference", "2026-11-23", None)]),
    ("Posted 27 Nov 2026\n\nOn Wednesday the delegation held a symposium with the Macau "
     "Anhui Fellow Association.", [("meeting", "2026-11-25", None)]),
]

ROUND_ONE_HUNDRED_NINETY_FIVE = [
    # a relative clause ends at a semicolon: the date after it is the next clause's
    ("Posted 29 Nov 2026\n\nOn 18 November the mayor spoke at the Huizhou Investment "
     "Conference, where 9 projects were signed; on 19 November the team toured Cyberport.",
     [("conference", "2026-11-18", None), ("signing", "2026-11-18", None),
      ("visit", "2026-11-19", None)]),
    # what a clause's own subject opened is the gathering before "which" (and its venue)
    ("Posted 21 Nov 2026\n\nThe stream came from the Huizhou Food Exhibition at the Central "
     "Harbourfront, which Vice Mayor Ou Lin opened on 19 November.",
     [("conference", "2026-11-19", None)]),
    # a session's start and end fields: a clock time within them, told in the past, is
    # that day's
    ("LIVE SESSION REPORT\nStart: 2026-11-20 19:30        End: 2026-11-20 23:05\n"
     "Exported: 2026-11-21 09:12\n\nSESSION NOTES\n- At 21:00 the Huizhou bureau signed a "
     "supply agreement with a supermarket chain on air.", [("signing", "2026-11-20", None)]),
]

ROUND_ONE_HUNDRED_NINETY_SIX = [
    # a party's stay in a place from one day to another, told as a schedule
    ("Posted 27 Nov 2026\n\nBig week ahead! Our tea makers are in Macau from Monday to "
     "Thursday.", [("visit", "2026-11-30", "2026-12-03")]),
    # a day before ", and we'll ..." is the first verb's; the later clause has its own
    ("Posted 27 Nov 2026\n\nThe mayor will open our pavilion on Tuesday morning, and we'll "
     "sign 3 deals with Zhuhai and Portuguese-speaking importers on Wednesday.",
     [("launch", "2026-12-01", None), ("signing", "2026-12-02", None)]),
    # a slot's "Start Time:" under its "Topic:" field, the topic a named briefing
    ("Report generated: 27/11/2026 10:05\n\nTopic: Bozhou Herbal Investment Briefing for "
     "Hong Kong Investors\nStart Time: 2026-11-26 15:00", [("conference", "2026-11-26", None)]),
    # a block headed "DEADLINES" holds no happenings; a count "expected" is still to come
    ("Version 3 | Issued 20 November 2026\n\nDEADLINES\nStand design approval        30 "
     "November 2026\nHotel booking                4 December 2026\nFreight arrival at venue"
     "     10 December 2026\n\nPROGRAMME\n16 Dec   10:00   Buyer matching session with "
     "importers\n16 Dec   11:30   Signing ceremony for supply contracts (about 12 contracts "
     "expected)", [("conference", "2026-12-16", None), ("signing", "2026-12-16", None)]),
]

ROUND_ONE_HUNDRED_NINETY_SEVEN = [
    # a meal hosted for a party: the meal is the hosting's object, a gathering (and the
    # party there that day, as an older gold has it)
    ("Posted 8 Dec 2026\n\nThe fair opens on 16 January 2027 and runs for three days. On the "
     "fair's second day, the association will host a buyers' lunch for the Bozhou delegation.",
     [("conference", "2027-01-16", "2027-01-18"), ("conference", "2027-01-17", None),
      ("visit", "2027-01-17", None)]),
    # a party of two nouns joined by "and" before a sending verb's "to"
    ("Posted 8 Dec 2026\n\nVice Mayor Zhu will lead 60 herb traders and processors to Macau "
     "on 16 January 2027.", [("visit", "2027-01-16", None)]),
]

ROUND_ONE_HUNDRED_NINETY_EIGHT = [
    # leading a roadshow in a place is a trip there, and the roadshow a gathering of it
    ("Posted 4 Dec 2026\n\nOn 26 June Mayor Kong led a tourism roadshow in Hong Kong.",
     [("visit", "2026-06-26", None), ("conference", "2026-06-26", None)]),
    # a capitalised "Night" closing a name is a gathering; a weekday's is a time
    ("Posted 4 Dec 2026\n\nThe Huangshan Tourism Night was held at the Hong Kong Convention "
     "and Exhibition Centre on 27 November.", [("conference", "2026-11-27", None)]),
    ("Posted 4 Dec 2026\n\nThe two firms signed the lease on Thursday Night.",
     [("signing", "2026-12-03", None)]),
    ("Posted 4 Dec 2026\n\nPassengers can take the Hong Kong-Macau night ferry on 3 March.",
     []),
    # a named briefing with an issue's month and year is a periodical's issue
    ("Posted 4 Dec 2026\n\nGBA Business Briefing, December 2026 (Hong Kong Trade Development "
     "Council)\n\nThe council will take 25 Hong Kong firms to Ma'anshan on 14 December.",
     [("visit", "2026-12-14", None)]),
    # an e-mail's foot tells why it came, no happening
    ("Date: Fri, 04 Dec 2026 07:15:22 +0000\n\nYou received this email because a TripIt user "
     "shared a trip with you on 3 December.", []),
    # a page's stamp at its foot is no happening, whatever stamp dates the page
    ("Infographic by the bureau, published 4 December 2026.\n\nVisits rose 42.5%.\n\n"
     "Sources: city bureau. Published 4 December 2026.", []),
    # a year list's heading gives its items' days their year, whatever their tense
    ("Published 4 December 2026\n\n2026 TIMELINE\n\n12 Apr   Rail service to Hong Kong "
     "launched\n\n26–28 Jun   Mayor Kong leads a tourism roadshow in Hong Kong",
     [("launch", "2026-04-12", None), ("visit", "2026-06-26", "2026-06-28"),
      ("conference", "2026-06-26", "2026-06-28")]),
    # a year before a gathering's noun after "a" is its year
    ("Posted 4 Dec 2026\n\nThe museum agreed on Monday to lend items for a 2027 exhibition.",
     [("conference", "2027", None)]),
]

ROUND_ONE_HUNDRED_NINETY_NINE = [
    # a trip's next leg told in the present with its weekday is still to come
    ("Posted 18 Nov 2026\n\nThe delegation travels on to Zhuhai on Thursday.",
     [("visit", "2026-11-19", None)]),
    ("Posted 18 Nov 2026\n\nThe mayor heads to Macau on Friday.", [("visit", "2026-11-20", None)]),
    # the deals told again, their worth written with a decimal point, are the deals signed
    # before, on their day, even after a sentence between
    ("Posted 18 Nov 2026\n\nLiaocheng signed nine deals with Macau firms on Tuesday. The "
     "delegation was led by its mayor. The deals, worth 1.2 billion yuan, were signed at the "
     "Liaocheng Trade Forum.", [("signing", "2026-11-17", None), ("conference", "2026-11-17", None)]),
    # "at the roadshow" is the roadshow told before
    ("Posted 23 Nov 2026\n\nXinyang tea exports grew last year.\n\nThe city staged a tea "
     "roadshow in Macau on Monday. Growers came from six counties.\n\nAt the roadshow, local "
     "firms signed 6 supply agreements.",
     [("conference", "2026-11-23", None), ("signing", "2026-11-23", None)]),
    # a trip to the gathering told before is on its day
    ("Posted 23 Nov 2026\n\nHeze peony sales grew last year.\n\nThe city held a peony "
     "festival in Hong Kong on Sunday. Growers came from six counties.\n\nIts mayor led a "
     "delegation to the festival at Victoria Park.",
     [("conference", "2026-11-22", None), ("visit", "2026-11-22", None)]),
    ("Posted 23 Nov 2026\n\nJiaozuo held a tai chi gala in Macau on Sunday.\n\nIts mayor "
     "brought a business delegation to the event.",
     [("conference", "2026-11-22", None), ("visit", "2026-11-22", None)]),
    # a season opened is no launch
    ("Posted 23 Nov 2026\n\nThe navel orange season opens on Monday.", []),
]

ROUND_TWO_HUNDRED = [
    # goods that arrive make no trip; a first shipment's arrival is a launch
    ("Posted 20 Nov 2026\n\nThe first shipment of Heze peonies arrived in Hong Kong on 18 "
     "November.", [("launch", "2026-11-18", None)]),
    # (but people named by the goods they handle do travel)
    ("Posted 20 Nov 2026\n\nHong Kong freight forwarders arrived in Chengdu on 18 November.",
     [("visit", "2026-11-18", None)]),
    # a clause opened by "after" has its own day
    ("Posted 20 Nov 2026\n\nThe delegation arrived in Macau on 18 November, after the city "
     "signed a trade deal with a Macau retailer on 5 November.",
     [("visit", "2026-11-18", None), ("signing", "2026-11-05", None)]),
    # a gathering that "runs until" a day, told under a later post's stamp, ends that day
    ("Published: 2026-11-21\nLuohe opened a food week in Macau today.\n\nPublished: "
     "2026-11-22\n\nThe food week runs until Tuesday.",
     [("conference", "2026-11-21", "2026-11-24")]),
    # (but one that opened under the stamp runs from the stamp's day)
    ("Published: 2026-11-21\nLuohe firms flew to Macau.\n\nPublished: 2026-11-22\n\nThe "
     "food fair opened at the Dome and runs until Tuesday.",
     [("visit", "2026-11-21", None), ("conference", "2026-11-22", "2026-11-24")]),
]

ROUND_TWO_HUNDRED_AND_ONE = [
    # a promotion held at a venue, named with its article or without, is a gathering, and
    # "During the promotion" points back to it; a promotion won is none
    ("Posted 20 Nov 2026\n\nYichun held a tea and wellness tourism promotion at Times "
     "Square on Thursday. During the promotion, tea firms signed supply deals.",
     [("conference", "2026-11-19", None), ("signing", "2026-11-19", None)]),
    ("Posted 20 Nov 2026\n\nBinzhou will hold a promotion for Macau buyers on Thursday.",
     [("conference", "2026-11-26", None)]),
    # (but "the Wuxi promotion session" points to no promotion told before: the line's own
    # days date its signing)
    ("Posted 20 Nov 2026\n\nThe delegation will travel on to Chengdu on Friday.\n\n1. 7-8 "
     "September 2018 - Vice Mayor Tang attended the fair; 11 projects were signed at the Wuxi "
     "promotion session.",
     [("visit", "2026-11-20", None), ("conference", "2018-09-07", "2018-09-08"),
      ("signing", "2018-09-07", "2018-09-08")]),
    # a headline's year is the happening the lines under it tell by its month
    ("Date: Thu, 19 Nov 2026\n\nBinzhou to host Macau youth study tour in 2027\nThe city "
     "will host 50 Macau students on a ten-day study tour next July.",
     [("visit", "2027-07", None)]),
]

ROUND_TWO_HUNDRED_AND_TWO = [
    # a gathering held at a venue, up to six words before its noun; a bare weekday told
    # after a run of days to come is the day of those days
    ("Posted 21 Nov 2026\n\nMayor Zhai will lead a delegation to Hong Kong from Sunday to "
     "Tuesday. The trip centres on a peony culture and farm produce promotion at the Hong Kong "
     "Convention and Exhibition Centre on Monday.",
     [("visit", "2026-11-22", "2026-11-24"), ("conference", "2026-11-23", None)]),
    # a post's "witnessed the signing" is the signing its own lines told, not one on the
    # post's day
    ("Published: 2026-11-24T09:40:12Z\n\nHeze and Lingnan University signed an agreement "
     "in Hong Kong on Monday. Vice Mayor Tan Xiuying witnessed the signing.\n\nPublished: "
     "2026-11-21T02:15:47Z\n\nMayor Zhai will lead a delegation to Hong Kong from Sunday "
     "to Tuesday.",
     [("signing", "2026-11-23", None), ("visit", "2026-11-22", "2026-11-24")]),
    # a gathering told by its first day begins on the day told before the phrase, and the
    # run its clause tells is its own, not the signing's
    ("Posted 24 Nov 2026\n\nTea traders from Xinyang signed 14 supply agreements with Hong "
     "Kong buyers yesterday, on the first day of a Xinyang tea culture week in Wan Chai that "
     "runs until Friday.",
     [("signing", "2026-11-23", None), ("conference", "2026-11-23", "2026-11-27")]),
    # (but the first day of the week is a weekday, no gathering)
    ("Posted 24 Nov 2026\n\nThe firms signed the deals yesterday, on the first day of the "
     "week.", [("signing", "2026-11-23", None)]),
    # the "and" inside a name joins no clauses: what the meeting's clause tells is past
    ("Posted 24 Nov 2026\n\nLiu Shuping met leaders of the Hong Kong Chinese Importers' "
     "and Exporters' Association on Sunday and invited its members to the tea festival next "
     "April.", [("meeting", "2026-11-22", None), ("conference", "2027-04", None)]),
]

ROUND_TWO_HUNDRED_AND_THREE = [
    # a party counted as "four of us" lands on the weekday to come (a plan's plain verb)
    ("Posted 21 Nov 2026\n\nFour of us land in Xuchang on Tuesday.",
     [("visit", "2026-11-24", None)]),
    # a booking's day is still to come, whatever the booking's tense
    ("Posted 21 Nov 2026\n\nI have booked a tour of the Ruimei Hair Products factory for "
     "Wednesday at 9:30.", [("visit", "2026-11-25", None)]),
    ("Posted 21 Nov 2026\n\nWe toured the Ruimei factory on Wednesday.",
     [("visit", "2026-11-18", None)]),
]

ROUND_TWO_HUNDRED_AND_FOUR = [
    # a party's next leg in the plain present looks ahead, and what it goes for is that
    # day's gathering
    ("Date: Mon, 23 Nov 2026 14:02:11 +0800\n\nThey go on to Shenzhen on Wednesday for the "
     "China (Shenzhen) Food Expo.",
     [("visit", "2026-11-25", None), ("conference", "2026-11-25", None)]),
    # a quoted message's attribution wrapped before its "wrote:" still dates what it quotes,
    # and only that: the reply below the quote is the message's own
    ("From: Ronald Cheung <rc@example.hk>\nDate: Mon, 23 Nov 2026 14:02:11 +0800\n\n"
     "On Fri, 20 Nov 2026 09:15:40 +0800, Grace Ho "
     "<graceho@posting.example.net>\nwrote:\n\n>The Zhoukou government is sending a "
     "delegation\n>to Hong Kong next week.\n\nI met them this morning.",
     [("visit", "2026-11", None), ("meeting", "2026-11-23", None)]),
]

ROUND_TWO_HUNDRED_AND_FIVE = [
    # an "and" between a party's words is no word of the five: a leader's trip
    ("Posted 24 Nov 2026\n\nVice Mayor Kang will lead 15 Puyang chemical and new materials "
     "firms to Hong Kong on 8 December.", [("visit", "2026-12-08", None)]),
    # a paper's edition is no gathering
    ("Posted 24 Nov 2026\n\nThe story ran in the print edition on Friday.", []),
    # "signed" before a paper's noun describes the paper; a task's due day dates nothing
    ("Posted 22 Nov 2026\n\n☐ Send signed MoU scan to HKSTP by 27 Nov\n☐ Book booth for "
     "the Battery Show before 15 Dec", []),
    ("Posted 22 Nov 2026\n\nThe two sides signed an MoU on Friday.",
     [("signing", "2026-11-20", None)]),
    # "for our ... seminar" is what a trip is for, as "for the ..." is
    ("Posted 24 Nov 2026\n\nVice Mayor Kang will lead 15 firms to Hong Kong on 8 December "
     "for our investment seminar.",
     [("visit", "2026-12-08", None), ("conference", "2026-12-08", None)]),
    # under a day's heading, a clause's day after a semicolon is that clause's own
    ("Notes 22 November 2026\n\nThu 19 Nov – HKSTP\n\nMet Dr Agnes Wong at HKSTP.\n\n"
     "Signed MoU on battery-materials incubation; 3 Xinyu start-ups to join the programme in "
     "Jan\n\nFri 20 Nov – HKTDC\n\nLithium sales rose.",
     [("meeting", "2026-11-19", None), ("signing", "2026-11-19", None)]),
]

ROUND_TWO_HUNDRED_AND_SIX = [
    # a task's "@done" day dates what it did, not the nouns it handled: no trip in a
    # delegation's list or in flights booked (a "@due" day is the call's own)
    ("Yongzhou - Hong Kong trade mission:\n\t- Send the delegation list to the Hong Kong "
     "office @done(2026-11-19)\n\t- Courtesy call on the Hong Kong General Chamber of "
     "Commerce @due(2026-12-02)\n\t- Book flights Changsha-Hong Kong @done(2026-11-10)",
     [("meeting", "2026-12-02", None)]),
    # (a task's own words with their day keep it: "Confirm hotel block for the ...
    # delegation to Hong Kong, Dec 8-10")
    ("Posted 20 Nov 2026\n\n- Confirm hotel block for the Linyi delegation to Hong Kong, Dec "
     "8-10", [("visit", "2026-12-08", "2026-12-10")]),
]

NAMED_HEAD_CLAUSES = [
    # a clause right after a name closed by a named noun ("... Week") dates that gathering
    ("Posted 24 Nov 2026\n\nThe Pu'er Coffee and Tea Week, which will run from 8 to 11 "
     "December, expects 60 exhibitors.", [("conference", "2026-12-08", "2026-12-11")]),
    ("Posted 24 Nov 2026\n\nOfficials prepared the Lijiang Craft Week (LCW), which will "
     "run from 7 to 9 December.", [("conference", "2026-12-07", "2026-12-09")]),
    # the name's head alone as a later subject is that gathering, opened within a clause
    ("Posted 24 Nov 2026\n\nStalls from Yunnan fill the Kunming Flower Week. The week, "
     "which opened on Saturday, runs until 30 November.",
     [("conference", "2026-11-21", "2026-11-30")]),
    # (unnamed, what opened is launched)
    ("Posted 24 Nov 2026\n\nThe hall, which opened on Saturday, holds 60 stalls.",
     [("launch", "2026-11-21", None)]),
]
ROUND_FORTY_SIX = [
    # an event's name over a line of its place and days; "on the opening day" is its first
    ("Posted 30 Jun 2026\n\n3rd Greater Bay Area Wine Fair\nZhuhai | 8-10 June 2026\n\n"
     "On the opening day, 14 importers signed supply contracts.",
     [("conference", "2026-06-08", "2026-06-10"), ("signing", "2026-06-08", None)]),
    # a headline's sentence over a date line is no event's name
    ("Zhuhai hosts wine fair\nZhuhai | 8 June 2026\n\nThe fair drew 300 buyers.", []),
    # the acronym the text gives the event's name
    ("Posted 30 Jun 2026\n\nThe Macao Food Expo (MFE) drew 80 stalls. The next MFE will "
     "be held from 2 to 4 June 2027.", [("conference", "2027-06-02", "2027-06-04")]),
    # "since the fair began in 2019" is its first edition; what a pavilion's organiser did
    # is no event
    ("Posted 30 Jun 2026\n\nThe Macao pavilion, organised by IPIM, was the largest since "
     "the fair began in 2019.", [("launch", "2019", None)]),
    # a count of events, or of things approved, over a year is a tally
    ("Posted 30 Jun 2026\n\nThe office hosted more than 40 seminars in 2025, and 120 "
     "applications were approved in May.", []),
    # but on a day it is a happening
    ("Posted 30 Jun 2026\n\nTwelve projects were approved on Monday.",
     [("other", "2026-06-29", None)]),
    # a quarter with no year is the article's (by tense)
    ("Posted 30 Jun 2026\n\nThe two banks signed a pact in April to open a joint branch in "
     "Macao, due to open in the fourth quarter.",
     [("signing", "2026-04", None), ("launch", "2026", None)]),
    ("Posted 20 Feb 2026\n\nThe Zhuhai terminal opened in the fourth quarter.",
     [("launch", "2025", None)]),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "expected"),
    MORE
    + ROUND_TWO
    + ROUND_THREE
    + ROUND_FOUR
    + ROUND_NINE
    + ROUND_TEN
    + ROUND_ELEVEN
    + ROUND_TWELVE
    + ROUND_THIRTEEN
    + ROUND_FOURTEEN
    + ROUND_FIFTEEN
    + ROUND_SIXTEEN
    + ROUND_SEVENTEEN
    + ROUND_EIGHTEEN
    + ROUND_NINETEEN
    + ROUND_FORTY_ONE
    + ROUND_FORTY_TWO
    + ROUND_FORTY_THREE
    + ROUND_FORTY_FOUR
    + ROUND_FORTY_FIVE
    + ROUND_FORTY_SIX
    + ROUND_FORTY_SEVEN
    + ROUND_FORTY_EIGHT
    + ROUND_FORTY_NINE
    + ROUND_FIFTY
    + ROUND_FIFTY_ONE
    + ROUND_FIFTY_TWO
    + ROUND_FIFTY_THREE
    + ROUND_FIFTY_FOUR
    + ROUND_FIFTY_FIVE
    + ROUND_FIFTY_SIX
    + ROUND_FIFTY_SEVEN
    + ROUND_FIFTY_EIGHT
    + ROUND_FIFTY_NINE
    + ROUND_SIXTY
    + ROUND_SIXTY_ONE
    + ROUND_SIXTY_TWO
    + ROUND_SIXTY_THREE
    + ROUND_SIXTY_FOUR
    + ROUND_SIXTY_FIVE
    + ROUND_SIXTY_SIX
    + ROUND_SIXTY_SEVEN
    + ROUND_SIXTY_EIGHT
    + ROUND_SIXTY_NINE
    + ROUND_SEVENTY
    + ROUND_SEVENTY_ONE
    + ROUND_SEVENTY_TWO
    + ROUND_SEVENTY_THREE
    + ROUND_SEVENTY_FOUR
    + ROUND_SEVENTY_FIVE
    + ROUND_SEVENTY_SIX
    + ROUND_SEVENTY_SEVEN
    + ROUND_SEVENTY_EIGHT
    + ROUND_SEVENTY_NINE
    + ROUND_EIGHTY
    + ROUND_EIGHTY_ONE
    + ROUND_EIGHTY_TWO
    + ROUND_EIGHTY_THREE
    + ROUND_EIGHTY_FOUR
    + ROUND_EIGHTY_FIVE
    + ROUND_EIGHTY_SIX
    + ROUND_EIGHTY_SEVEN
    + ROUND_EIGHTY_EIGHT
    + ROUND_EIGHTY_NINE
    + ROUND_NINETY
    + ROUND_NINETY_ONE
    + ROUND_NINETY_TWO
    + ROUND_NINETY_THREE
    + ROUND_NINETY_FOUR
    + ROUND_NINETY_FIVE
    + ROUND_NINETY_SIX
    + ROUND_NINETY_SEVEN
    + ROUND_NINETY_EIGHT
    + ROUND_NINETY_NINE
    + ROUND_ONE_HUNDRED
    + ROUND_ONE_HUNDRED_ONE
    + ROUND_ONE_HUNDRED_THREE
    + ROUND_ONE_HUNDRED_FOUR
    + ROUND_ONE_HUNDRED_FIVE
    + ROUND_ONE_HUNDRED_SIX
    + ROUND_ONE_HUNDRED_SEVEN
    + ROUND_ONE_HUNDRED_EIGHT
    + ROUND_ONE_HUNDRED_NINE
    + ROUND_ONE_HUNDRED_TEN
    + ROUND_ONE_HUNDRED_ELEVEN
    + ROUND_ONE_HUNDRED_TWELVE
    + ROUND_ONE_HUNDRED_THIRTEEN
    + ROUND_ONE_HUNDRED_FOURTEEN
    + ROUND_ONE_HUNDRED_FIFTEEN
    + ROUND_ONE_HUNDRED_SIXTEEN
    + ROUND_ONE_HUNDRED_SEVENTEEN
    + ROUND_ONE_HUNDRED_EIGHTEEN
    + ROUND_ONE_HUNDRED_NINETEEN
    + ROUND_ONE_HUNDRED_TWENTY
    + ROUND_ONE_HUNDRED_TWENTY_ONE
    + ROUND_ONE_HUNDRED_TWENTY_TWO
    + ROUND_ONE_HUNDRED_TWENTY_THREE
    + ROUND_ONE_HUNDRED_TWENTY_FOUR
    + ROUND_ONE_HUNDRED_TWENTY_FIVE
    + ROUND_ONE_HUNDRED_TWENTY_SIX
    + ROUND_ONE_HUNDRED_TWENTY_SEVEN
    + ROUND_ONE_HUNDRED_TWENTY_EIGHT
    + ROUND_ONE_HUNDRED_TWENTY_NINE
    + ROUND_ONE_HUNDRED_THIRTY
    + ROUND_ONE_HUNDRED_THIRTY_ONE
    + ROUND_ONE_HUNDRED_THIRTY_TWO
    + ROUND_ONE_HUNDRED_THIRTY_THREE
    + ROUND_ONE_HUNDRED_THIRTY_FOUR
    + ROUND_ONE_HUNDRED_THIRTY_FIVE
    + ROUND_ONE_HUNDRED_THIRTY_SIX
    + ROUND_ONE_HUNDRED_THIRTY_SEVEN
    + ROUND_ONE_HUNDRED_THIRTY_EIGHT
    + ROUND_ONE_HUNDRED_THIRTY_NINE
    + ROUND_ONE_HUNDRED_FORTY
    + ROUND_ONE_HUNDRED_FORTY_ONE
    + ROUND_ONE_HUNDRED_FORTY_TWO
    + ROUND_ONE_HUNDRED_FORTY_THREE
    + ROUND_ONE_HUNDRED_FORTY_FOUR
    + ROUND_ONE_HUNDRED_FORTY_FIVE
    + ROUND_ONE_HUNDRED_FORTY_SIX
    + ROUND_ONE_HUNDRED_FORTY_SEVEN
    + ROUND_ONE_HUNDRED_FORTY_EIGHT
    + ROUND_ONE_HUNDRED_FORTY_NINE
    + ROUND_ONE_HUNDRED_FIFTY
    + ROUND_ONE_HUNDRED_FIFTY_TWO
    + ROUND_ONE_HUNDRED_FIFTY_FOUR
    + ROUND_ONE_HUNDRED_FIFTY_FIVE
    + ROUND_ONE_HUNDRED_FIFTY_SIX
    + ROUND_ONE_HUNDRED_FIFTY_SEVEN
    + ROUND_ONE_HUNDRED_FIFTY_EIGHT
    + ROUND_ONE_HUNDRED_FIFTY_NINE
    + ROUND_ONE_HUNDRED_SIXTY_ONE
    + NAMED_HEAD_CLAUSES
    + ROUND_ONE_HUNDRED_SIXTY_SIX
    + ROUND_ONE_HUNDRED_SIXTY_SEVEN
    + ROUND_ONE_HUNDRED_SIXTY_EIGHT
    + ROUND_ONE_HUNDRED_SIXTY_NINE
    + ROUND_ONE_HUNDRED_SEVENTY
    + ROUND_ONE_HUNDRED_SEVENTY_ONE
    + ROUND_ONE_HUNDRED_SEVENTY_TWO
    + ROUND_ONE_HUNDRED_SEVENTY_THREE
    + ROUND_ONE_HUNDRED_SEVENTY_FOUR
    + ROUND_ONE_HUNDRED_SEVENTY_FIVE
    + ROUND_ONE_HUNDRED_SEVENTY_SIX
    + ROUND_ONE_HUNDRED_SEVENTY_SEVEN
    + ROUND_ONE_HUNDRED_SEVENTY_EIGHT
    + ROUND_ONE_HUNDRED_SEVENTY_NINE
    + ROUND_ONE_HUNDRED_EIGHTY
    + ROUND_ONE_HUNDRED_EIGHTY_ONE
    + ROUND_ONE_HUNDRED_EIGHTY_TWO
    + ROUND_ONE_HUNDRED_EIGHTY_THREE
    + ROUND_ONE_HUNDRED_EIGHTY_FOUR
    + ROUND_ONE_HUNDRED_EIGHTY_FIVE
    + ROUND_ONE_HUNDRED_EIGHTY_SIX
    + ROUND_ONE_HUNDRED_EIGHTY_EIGHT
    + ROUND_ONE_HUNDRED_EIGHTY_NINE
    + ROUND_ONE_HUNDRED_NINETY
    + ROUND_ONE_HUNDRED_NINETY_ONE
    + ROUND_ONE_HUNDRED_NINETY_TWO
    + ROUND_ONE_HUNDRED_NINETY_THREE
    + ROUND_ONE_HUNDRED_NINETY_FOUR
    + ROUND_ONE_HUNDRED_NINETY_FIVE
    + ROUND_ONE_HUNDRED_NINETY_SIX
    + ROUND_ONE_HUNDRED_NINETY_SEVEN
    + ROUND_ONE_HUNDRED_NINETY_EIGHT
    + ROUND_ONE_HUNDRED_NINETY_NINE
    + ROUND_TWO_HUNDRED
    + ROUND_TWO_HUNDRED_AND_ONE
    + ROUND_TWO_HUNDRED_AND_TWO
    + ROUND_TWO_HUNDRED_AND_THREE
    + ROUND_TWO_HUNDRED_AND_FOUR
    + ROUND_TWO_HUNDRED_AND_FIVE
    + ROUND_TWO_HUNDRED_AND_SIX,
)
def test_events_dates_from_context(extractor, text, expected):
    events = extractor.extract(text).events
    assert [(e.type, e.date, e.end_date) for e in events] == expected


def test_events_release_line_dates_page_and_ceremony(extractor):
    # the line that tells the page's release at a ceremony dates the page and the ceremony
    doc = extractor.extract(
        "Winners list\nAnnounced at the awards ceremony in Macao, Saturday 5 December 2026\n\n"
        "The jury met twice. The winners will travel to Shanghai on Monday."
    )
    assert doc.publication_date == "2026-12-05"
    assert [(e.type, e.date) for e in doc.events] == [
        ("conference", "2026-12-05"),
        ("visit", "2026-12-07"),
    ]
