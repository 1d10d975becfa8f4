"""A twenty-second, meadow set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases` or of
the twenty sets that followed it (:mod:`.cases_holdout`, :mod:`.cases_fresh`,
:mod:`.cases_blind`, :mod:`.cases_final`, :mod:`.cases_cold`, :mod:`.cases_late`,
:mod:`.cases_last`, :mod:`.cases_winter`, :mod:`.cases_spring`, :mod:`.cases_summer`,
:mod:`.cases_autumn`, :mod:`.cases_harvest`, :mod:`.cases_frost`, :mod:`.cases_ember`,
:mod:`.cases_thaw`, :mod:`.cases_lantern`, :mod:`.cases_gale`, :mod:`.cases_orchard`,
:mod:`.cases_ridge`, :mod:`.cases_quarry`): it is a twenty-second, independent set (written at
the same time as :mod:`.cases_brook`, by another writer who did not read it) of twelve base
articles (seven WELL sourced, five WEAKLY sourced) and their variants, written blind as a
measurement. The name "meadow" is only a name; the beats are agriculture, science, sport,
business, transport, health, consumer affairs, the environment and culture. The topics, people,
places, organisations, outlets, figures and sentences are new and fictional; nothing is copied
from the other sets, from any corpus or example, or from the web. Of the other sets only the
data model of :mod:`.cases` and the docstring and first two cases of :mod:`.cases_quarry` (for
the format) were read. Every surname, place name, organisation and outlet name (the names the
``names`` variants rename to included) was checked with grep against the other sets (the brook
set as it then stood included, unread) and the passages and replaced where it already occurred
(first names were not checked, and several recur). The articles and edits were written from the
definitions of good and bad sourcing alone: no text in this module was scored with a model or
run through an extractor while it was written, and the code of the signals, lexicons, features
and model was not read. Only the data checks of the suite (edit targets occur once, renames are
consistent, word counts, typography) and ``ruff check`` and ``ruff format`` were run.

The beats are a spring freeze that killed most of a valley's tart cherry blossoms, with growers
waiting on their insurer (agriculture), a celebrated sleep-learning study that failed to
replicate in an 11-university trial (science), a country football club's third loss in a row
(sport), a family bread maker seeking protection from its creditors with its pension plan short
(business), a commuter rail line on time 71 percent of the time and held behind freight trains
(transport), a town with no dentist taking new adult NHS patients (health) and gym members
charged for months after trying to cancel (consumer affairs), all well sourced; and talk of
beavers that nobody admits releasing (environment), rumours that an old picture palace is to be
sold to a developer (culture), talk that a country meatworks will close (business), fears that
an island's ferry will be cut (transport) and parents' fears that a new artificial turf field
is making children sick (health), all weakly sourced. Three bases are written as wire copy (an
American one datelined "ORVANTON, Wash. -", a Canadian one datelined "KESWAYNE, Ont. -" and a
British one in the "a report published on Tuesday has found" manner of a national news agency)
and nine as local newspaper stories. Five are in American style ("percent", "Dr.", "State
Sen.", "General Manager", "tons", "degrees", "canceled", "theater", "rumored", "honor", "last
fall", "junior varsity"), three in British style ("per cent", "Dr", "Professor", "A&E",
"specialises", "surgery", "set-up", "metres", "rumoured", "reckon", the pound sign), two in
Australian style ("per cent", "Dr", "life member", "clubrooms", "second-last", "blokes",
"smoko", "tyre", "interstate", "shire") and two in Canadian style ("per cent", "Ltd.",
"Superior Court", "provincial", "legion hall", "rumours", "last fall"). Ten bases are written
with straight ASCII quotes and apostrophes (one has a pound sign); unlike the earlier sets, two
(the Australian football club and the American picture palace, the second with an em dash) are
written with curly quotes and apostrophes throughout, so that for them the generic curly
variant changes nothing and the generic straight variant (``typography_straight``) applies; the
hand-written edits of those two use curly quotes too. The bases are 202 to 288 words long.

The writing varies the reporting verbs ("said", "told", "wrote", "said in an email", "said in a
statement", "notes", "show", "shows", "found", "lists", "called", "estimated", "reckon",
"believe", "suspect", "claim", "point to", "it is thought", "it's thought", "it's said", "are
said to", "is understood to", "it is rumored", "it is rumoured", "reportedly", "apparently",
"supposedly", "word around town is", "there are whispers"), the shapes of attribution (name then
role, "Ellis Brantmoor, the cooperative's general manager"; role then name, "Transportation
engineer Lorna Cuthbertson", "Club president Denise Kallaroo", "Consumer law professor Rafael
Olivarez", "chief financial officer Marguerite Dorval"; apposition, "The Coonbarra Football
League's general manager, Craig Kittelty,", "IronPeak's chief operating officer, Kent
Sorvino,"; titles, "Dr.", "Dr", "Professor", "State Sen.", "General Manager"; ages, 34, 41, 58,
67, 74 and in a variant 71; and quotes placed before and after the speaker), and the kinds of
document: a state crop estimate, a replication consortium's preprint, a football club's annual
report tabled at its annual general meeting, an affidavit filed in a creditor protection case,
a transit authority's annual performance report, an integrated care board's figures obtained
under the Freedom of Information Act and consumer complaint records obtained under a state
public records law; and in the variants federal farm census data, registration figures from a
state football commission, a 1998 track-sharing agreement obtained by the newspaper, an
integrated care board's oral health needs assessment, a survey commissioned by a county
council, a nonprofit's tax filing, census figures, a ferry corporation's ten-year fleet plan and
a state health department's review of 46 studies. Comment is sought in different ways ("In a
statement Thursday, the company said", "said in an email that ... and that he stood by his
results", "said it would decide whether the paper needed an editorial note", "said the league
had offered ... but would not step in", "said in an email that ... The second grocer ... did
not respond to requests for comment", "A company spokeswoman said", "The railroad said in a
statement ... It did not answer questions about ...", "A spokesperson for the integrated care
board said on Friday ... Asked when ..., the board did not give a date", "said in an email
Wednesday ... He did not answer questions about ...", and in the variants "Ashmoor College,
asked whether it would review the 2019 study, said", "A spokeswoman for the club's lender ...
said it did not discuss individual customers but", "A spokesman for the provincial finance
ministry, asked whether ..., said in an email that it was too early to say", "Asked about the
claims, ... said in a statement", "Asked about the rumors, the chair of the ... Foundation ...
said in an email", "Asked about the talk, the plant's general manager ... said", "Asked about
the rumours, a spokesperson for the ferry corporation said" and "District spokeswoman ... did
not return two phone calls and an email seeking comment").

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials (field and institution) and at least one document or
  dataset with figures, and reports that comment was sought from the party criticised.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants, one of each down kind (a named source made
anonymous, with no other mention of the name left in the article; an attribution removed so
that a claim stands as bare fact, four times by dropping a named expert's words into the
article's own voice, twice by turning a claim into bare fact while the speaker's quote is
attributed afresh and once by turning an anonymous insider's claim into bare fact; speculation
added, four times as a sentence of its own and three times as a clause; the document or dataset
removed, with the words in the lead or headline that pointed to it, or with the later mention
of it reworded), and two ``up`` variants chosen among a named expert added, a document cited,
comment sought and an anonymous source named (document cited four times, expert added four
times, comment sought three times, anonymous source named three times; where comment is sought
in a well base it is from a second party: a college, a lender, a provincial ministry); each weak
base has four ``up`` variants (one of each up kind) and one ``down`` (speculation added, worded
differently in each, twice as a sentence of its own and three times as a clause added to a
sentence already in the text). Every base has a cosmetic ``names`` rename and a
``minor_number`` edit, every base but one (the beavers, which names no day) a ``weekday``
rename, and the generic typography, wrapping and CRLF variants that :func:`.cases._case` adds:
12 cases and 140 variants (33 down, 34 up, 73 same).

First measurement (2026-12-03, before this set was read; the extractors of commit 081f7d4 and
the model trained at 9367172): directional **0.940** (63 of 67), cosmetic 1.000, well - weak
+68.1. The failures: ``speculation_added`` on three weak bases (one clause added to a sentence
already hedged; one raised a score by 6.7 points) and ``attribution_removed`` on a well base.
Scored the same hour with the hedge count of the next commit (each hedge counts, not each
hedged sentence; the model retrained with it, not yet read): 0.955 (64 of 67).
"""

from __future__ import annotations

from .cases import (
    Case,
    _after,
    _article,
    _case,
    _down,
    _remove,
    _rename,
    _same,
    _up,
)

MEADOW_WELL: list[Case] = []
MEADOW_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- agriculture: a spring freeze kills most of a valley's cherry crop (American wire) --------
_CHERRY_ESTIMATE = (
    "The state agriculture department's June estimate puts the valley's tart cherry harvest at "
    "9,400 tons, down from 31,000 tons last year. Temperatures at the Orvanton weather station "
    "fell to 24 degrees on the night of April 17, when most trees were in full bloom, the "
    "estimate notes.\n\n"
)
_CHERRY = _article(
    """
    Spring freeze wipes out most of Tillamere Valley cherry crop

    ORVANTON, Wash. - Tart cherry growers in the Tillamere Valley expect to pick less than a third
    of a normal crop this summer after a hard freeze in April killed most of the blossoms, according
    to a state crop estimate released Wednesday.

    The state agriculture department's June estimate puts the valley's tart cherry harvest at 9,400
    tons, down from 31,000 tons last year. Temperatures at the Orvanton weather station fell to 24
    degrees on the night of April 17, when most trees were in full bloom, the estimate notes.

    "I walked the rows the next morning and the flowers were brown in the middle. You know right
    away," said Teodora Vashchenko, 58, whose family has grown cherries on 140 acres outside
    Orvanton since 1962.

    Dr. Hollis Quernby, a tree fruit physiologist at Tillamere State University's research station
    in Orvanton, said open blossoms can survive a short dip to about 28 degrees, but several hours
    at 24 is usually fatal. "Wind machines buy you two or three degrees, not seven," he said.

    The Tillamere Fruit Growers Cooperative will hire about half its usual 300 seasonal pickers and
    packers this year, said Ellis Brantmoor, the cooperative's general manager. "Those are families
    who come back every July. I had to call them one by one," he said.

    Vashchenko said her insurer, Prairiestone Mutual, had yet to send an adjuster six weeks after
    she filed a claim. In a statement Thursday, the company said adjusters had inspected 85 of the
    112 orchards that filed claims in the valley and expected to finish by the end of the month.
    """
)
MEADOW_WELL.append(
    _case(
        "cherry_crop_spring_freeze",
        "well",
        _CHERRY,
        _down(
            "named_to_anonymous",
            (
                "said Teodora Vashchenko, 58, whose family has grown cherries on 140 acres outside "
                "Orvanton since 1962.",
                "said one grower, who asked that her name not be used while her insurance claim "
                "is pending.",
            ),
            ("Vashchenko said her insurer,", "The grower said her insurer,"),
        ),
        _down(
            "attribution_removed",
            (
                "and packers this year, said Ellis Brantmoor, the cooperative's general manager.",
                "and packers this year.",
            ),
            (
                'I had to call them one by one," he said.',
                "I had to call them one by one,\" said Ellis Brantmoor, the cooperative's general "
                "manager.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "and expected to finish by the end of the month.",
                "and expected to finish by the end of the month, although some growers suspect "
                "the company is dragging its feet in the hope that smaller orchards will give up "
                "on their claims.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "most of the blossoms, according to a state crop estimate released Wednesday.",
                "most of the blossoms.",
            ),
            _remove(_CHERRY_ESTIMATE),
        ),
        _up(
            "document_added",
            _after(
                "when most trees were in full bloom, the estimate notes.",
                "Federal farm census data show that 212 farms in the valley grew tart cherries in "
                "2022, and that three in four of them farmed fewer than 50 acres.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "and expected to finish by the end of the month.",
                "Colm Ducasse, an agricultural economist at the Oglesby Institute who studies "
                "orchard finances, estimated that the loss would cost the valley about $40 million "
                "in farm income and wages. \"Insurance covers part of the fruit. It doesn't cover "
                'the packing shed or the pickers," he said.',
            ),
        ),
        _rename(
            "names",
            ("ORVANTON", "BRISTLECONE"),
            ("Orvanton", "Bristlecone"),
            ("Tillamere", "Yakwina"),
            ("Teodora", "Oksana"),
            ("Vashchenko", "Hrytsaenko"),
            ("Hollis", "Warren"),
            ("Quernby", "Smedley"),
            ("Ellis", "Dale"),
            ("Brantmoor", "Loverin"),
            ("Prairiestone", "Sagecrest"),
        ),
        _rename("weekday", ("Wednesday", "Tuesday")),
        _same("minor_number", ("inspected 85 of the", "inspected 86 of the")),
    )
)

# --- science: a celebrated sleep-learning result fails to replicate (British agency) ----------
_SLEEP_REPORT = (
    "The report, posted as a preprint by the Sleep and Memory Replication Consortium, found no "
    "difference in recall between volunteers who heard recorded word pairs during deep sleep and "
    "those who heard only white noise. Both groups recalled an average of 4.1 of 40 word pairs "
    "the next morning, against 11.6 in the original paper.\n\n"
)
_SLEEP = _article(
    """
    Sleep-learning finding fails to hold up in 11-university trial

    A widely cited 2019 study suggesting that people can learn new words in their sleep has failed
    to replicate in a trial involving 1,140 volunteers at 11 universities, a report published on
    Tuesday has found.

    The report, posted as a preprint by the Sleep and Memory Replication Consortium, found no
    difference in recall between volunteers who heard recorded word pairs during deep sleep and
    those who heard only white noise. Both groups recalled an average of 4.1 of 40 word pairs the
    next morning, against 11.6 in the original paper.

    "We followed the original protocol to the letter," said Dr Maren Holtby, a cognitive
    neuroscientist at the University of Kelbridge who led the project.

    Professor Tobias Wintergast, who led the 2019 study at Ashmoor College, said in an email that
    the new trial had detected deep sleep in a different way and that he stood by his results. "A
    null result in a different set-up is not a refutation," he wrote.

    Dr Lucinda Ducasse, a statistician at the Institute for Trial Methods who was not involved in
    either study, said the original had tested only 38 people. "With a sample that small, an effect
    of that size was always more likely to be luck than learning," she said.

    One researcher who worked on the replication, who asked not to be named because she is applying
    for posts in the field, said the original team had been given every chance to comment. "We sent
    them the analysis plan twice," she said.

    The Annals of Memory Research, which published the original paper, said it would decide whether
    the paper needed an editorial note.
    """
)
MEADOW_WELL.append(
    _case(
        "sleep_learning_replication",
        "well",
        _SLEEP,
        _down(
            "named_to_anonymous",
            (
                "said Dr Maren Holtby, a cognitive neuroscientist at the University of Kelbridge "
                "who led the project.",
                "said one of the scientists who ran the project.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr Lucinda Ducasse, a statistician at the Institute for Trial Methods who "
                "was not involved in either study, said the original had tested only 38 people. "
                '"With a sample that small, an effect of that size was always more likely to be '
                'luck than learning," she said.',
                "The original had tested only 38 people, and with a sample that small an effect "
                "of that size was always more likely to be luck than learning.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                '"A null result in a different set-up is not a refutation," he wrote.',
                "It is thought that several other results from the same laboratory could now "
                "come under scrutiny.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "1,140 volunteers at 11 universities, a report published on Tuesday has found.",
                "1,140 volunteers at 11 universities, researchers said on Tuesday.",
            ),
            _remove(_SLEEP_REPORT),
        ),
        _up(
            "anonymous_named",
            (
                "One researcher who worked on the replication, who asked not to be named because "
                "she is applying for posts in the field, said",
                "Dr Priya Ramdin, a postdoctoral researcher who ran the trial's Kelbridge site, "
                "said",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "would decide whether the paper needed an editorial note.",
                "Ashmoor College, asked whether it would review the 2019 study, said it had "
                "received no complaint about the work and had no plans to open an inquiry.",
            ),
        ),
        _rename(
            "names",
            ("Maren", "Hanne"),
            ("Holtby", "Scarisbrick"),
            ("Kelbridge", "Quenton"),
            ("Tobias", "Anselm"),
            ("Wintergast", "Fettiplace"),
            ("Ashmoor", "Fenbury"),
            ("Lucinda", "Rosalind"),
            ("Ducasse", "Rawsthorne"),
            ("Annals of Memory Research", "Quarterly Review of Memory"),
        ),
        _rename("weekday", ("Tuesday", "Wednesday")),
        _same("minor_number", ("involving 1,140 volunteers", "involving 1,160 volunteers")),
    )
)

# --- sport: a country football club's third loss in a row (Australian local, curly) -----------
_FOOTY_REPORT = (
    "The report shows gate takings fell 18 per cent to $296,000, while spending on players and "
    "coaches rose to $1.1 million. The club owes $640,000 to its bank, secured against the "
    "clubrooms on Gillies Street.\n\n"
)
_FOOTY = _article(
    """
    Wirrabin Magpies post $412,000 loss as crowds drop away

    The Wirrabin Football Club lost $412,000 last season, its third deficit in a row, according to
    the club’s annual report, tabled at Monday night’s annual general meeting.

    The report shows gate takings fell 18 per cent to $296,000, while spending on players and
    coaches rose to $1.1 million. The club owes $640,000 to its bank, secured against the clubrooms
    on Gillies Street.

    Club president Denise Kallaroo told about 200 members the board had spent “like a premiership
    side” while the team finished second-last. “We own that. The board takes responsibility, and the
    cuts will start with us,” she said.

    Life member Reg Pannowitz, 74, who played 212 games for the Magpies, said he had never seen the
    club in such a hole. “My father helped put up that grandstand. I’m not watching it get sold off
    to pay for blokes who leave the minute the season ends,” he said.

    Dr Anika Prowse, who researches the finances of community sport at Marrang University, said
    country clubs across the state had been caught in a bidding war for players. “Paying players
    isn’t the problem. Paying them with money you haven’t got is,” she said.

    The Coonbarra Football League’s general manager, Craig Kittelty, said the league had offered the
    club a financial adviser but would not step in. “Clubs in our competition run their own books,”
    he said.
    """
)
MEADOW_WELL.append(
    _case(
        "country_football_club_loss",
        "well",
        _FOOTY,
        _down(
            "named_to_anonymous",
            (
                "Life member Reg Pannowitz, 74, who played 212 games for the Magpies, said",
                "One life member, who asked not to be named, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "The Coonbarra Football League’s general manager, Craig Kittelty, said the league "
                "had offered the club a financial adviser but would not step in.",
                "The Coonbarra Football League has offered the club a financial adviser but will "
                "not step in.",
            ),
            (
                "run their own books,” he said.",
                "run their own books,” the league’s general manager, Craig Kittelty, said.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "while the team finished second-last.",
                "while the team finished second-last, and some members reckon the real debt may "
                "be bigger than the report lets on.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "its third deficit in a row, according to the club’s annual report, tabled at "
                "Monday night’s annual general meeting.",
                "its third deficit in a row, members heard at Monday night’s annual general "
                "meeting.",
            ),
            _remove(_FOOTY_REPORT),
        ),
        _up(
            "document_added",
            _after(
                "secured against the clubrooms on Gillies Street.",
                "Registration figures published by the state’s football commission show senior "
                "men’s numbers in the region fell 11 per cent between 2019 and 2024.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "the cuts will start with us,” she said.",
                "A spokeswoman for the club’s lender, Southcross Bank, said it did not discuss "
                "individual customers but was “working closely with the club”.",
            ),
        ),
        _rename(
            "names",
            ("Wirrabin", "Nangiloc"),
            ("Denise", "Leanne"),
            ("Kallaroo", "Santangelo"),
            ("Reg", "Col"),
            ("Pannowitz", "Wisniewski"),
            ("Anika", "Bec"),
            ("Prowse", "Yeomans"),
            ("Marrang", "Binnaway"),
            ("Coonbarra", "Wimmera Plains"),
            ("Craig", "Darren"),
            ("Kittelty", "Tetlow"),
            ("Gillies", "Lydiard"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("who played 212 games", "who played 214 games")),
    )
)

# --- business: a family bread maker seeks creditor protection (Canadian wire) -----------------
_BREAD_AFFIDAVIT = (
    "In an affidavit filed Friday in Ontario Superior Court, chief financial officer Marguerite "
    "Dorval said sales fell 23 per cent last year after two large grocers replaced Brisebois "
    "loaves with their own store brands, while the cost of flour and natural gas climbed. The "
    "filing lists 1,180 creditors, among them 214 suppliers and the company's pension plan, which "
    "it says is short $6.2 million.\n\n"
)
_BREAD = _article(
    """
    Bread maker Brisebois Bakeries seeks creditor protection

    KESWAYNE, Ont. - Brisebois Bakeries Ltd., the family-owned bread maker that supplies about 900
    grocery stores in Ontario and Quebec, has sought protection from its creditors, saying it owes
    $38.6 million and cannot meet its payroll past the end of the month.

    In an affidavit filed Friday in Ontario Superior Court, chief financial officer Marguerite
    Dorval said sales fell 23 per cent last year after two large grocers replaced Brisebois loaves
    with their own store brands, while the cost of flour and natural gas climbed. The filing lists
    1,180 creditors, among them 214 suppliers and the company's pension plan, which it says is short
    $6.2 million.

    "Our members have given this company 30 and 40 years. They deserve to know today whether their
    pensions are safe," said Nadine Ouellette, president of Local 418 of the Canadian Food and
    Bakery Workers, which represents 610 workers at the company's two plants.

    Jean-Luc Arsenault, who teaches insolvency law at Keswayne University, said unpaid pension
    contributions rank ahead of most other debts in a restructuring, but a shortfall in the plan
    itself does not. "Workers often learn that distinction the hard way," he said.

    Fairmart, one of the grocers named in the affidavit, said in an email that it had given
    Brisebois a year's notice before it changed suppliers. The second grocer, Valumart Foods, did
    not respond to requests for comment.

    A company spokeswoman said Brisebois hoped to find a buyer "in the coming weeks" and that both
    plants would keep baking in the meantime.
    """
)
MEADOW_WELL.append(
    _case(
        "bakery_creditor_protection",
        "well",
        _BREAD,
        _down(
            "named_to_anonymous",
            (
                "said Nadine Ouellette, president of Local 418 of the Canadian Food and Bakery "
                "Workers, which represents 610 workers at the company's two plants.",
                "said a union official, who spoke on condition of anonymity because talks with "
                "the company are continuing.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Jean-Luc Arsenault, who teaches insolvency law at Keswayne University, said "
                "unpaid pension contributions rank ahead of most other debts in a restructuring, "
                'but a shortfall in the plan itself does not. "Workers often learn that '
                'distinction the hard way," he said.',
                "Unpaid pension contributions rank ahead of most other debts in a restructuring, "
                "but a shortfall in the plan itself does not, and workers often learn that "
                "distinction the hard way.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "plants would keep baking in the meantime.",
                "There is speculation in the industry that one of the grocers may itself be lining "
                "up to buy the plants at a bargain price.",
            ),
        ),
        _down(
            "documents_removed",
            _remove(_BREAD_AFFIDAVIT),
            (
                "Fairmart, one of the grocers named in the affidavit,",
                "Fairmart, one of the grocers that dropped the company's bread,",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "did not respond to requests for comment.",
                "Food retail analyst Anjali Bhattacharjee of Northgrove Securities said store "
                'brands now make up about a third of packaged bread sold in Canada. "Regional '
                "bakers are squeezed from both sides, by the grocers and by the big national "
                'brands," she said.',
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "which represents 610 workers at the company's two plants.",
                "A spokesman for the provincial finance ministry, asked whether the workers would "
                "be covered by Ontario's pension guarantee fund, said in an email that it was too "
                "early to say.",
            ),
        ),
        _rename(
            "names",
            ("KESWAYNE", "ST. ARMAND"),
            ("Keswayne", "St. Armand"),
            ("Brisebois", "Lachapelle"),
            ("Marguerite", "Helene"),
            ("Dorval", "Lacoursiere"),
            ("Nadine", "Sylvie"),
            ("Ouellette", "Gagnier"),
            ("Jean-Luc", "Mathieu"),
            ("Arsenault", "Boisvenu"),
            ("Fairmart", "ShopWell"),
            ("Valumart", "Greenbasket"),
        ),
        _rename("weekday", ("Friday", "Thursday")),
        _same("minor_number", ("lists 1,180 creditors", "lists 1,190 creditors")),
    )
)

# --- transport: a commuter line's poor punctuality, blamed on freight (American local) --------
_TRAINS_REPORT = (
    "The report counts a train as on time if it arrives within five minutes of schedule. Of "
    "18,240 trips scheduled on the line in 2024, 5,290 ran late and 412 were canceled, most often "
    "because of signal failures or freight trains holding the track ahead.\n\n"
)
_TRAINS = _article(
    """
    Ledgemont Line trains ran on time just 71 percent of last year, report finds

    Commuter trains on the Ledgemont Line arrived on time only 71 percent of the time last year, the
    worst record of the region's four rail lines, according to the annual performance report the
    Otterstone Bay Regional Transit Authority released Monday.

    The report counts a train as on time if it arrives within five minutes of schedule. Of 18,240
    trips scheduled on the line in 2024, 5,290 ran late and 412 were canceled, most often because of
    signal failures or freight trains holding the track ahead.

    Mirela Stoyanova, 34, a nurse who rides from Quillford to downtown, said she had been late for a
    shift three times in one month. "My manager doesn't care whose train it was. I get written up
    either way," she said.

    General Manager Desmond Vlietstra told the transit authority's board on Monday that a $48
    million signal upgrade would be finished by late 2026. "We are not going to ask riders to be
    patient forever," he said.

    A dispatcher for the Sandhill & Northern Railway, which owns most of the track, who spoke on
    condition of anonymity because he was not authorized to talk to reporters, said passenger trains
    were routinely held so that long freight trains could clear the line.

    The railroad said in a statement that it dispatches all trains "fairly and in line with our
    agreement with the authority." It did not answer questions about how many passenger trains it
    held last year.

    Transportation engineer Lorna Cuthbertson, who teaches rail operations at Hatchley Institute of
    Technology, said shared track was the oldest problem in American commuter rail. "Whoever owns
    the rails decides who waits," she said.
    """
)
MEADOW_WELL.append(
    _case(
        "commuter_rail_punctuality",
        "well",
        _TRAINS,
        _down(
            "named_to_anonymous",
            (
                "General Manager Desmond Vlietstra told the transit authority's board on Monday",
                "A senior transit official, who asked not to be named, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "A dispatcher for the Sandhill & Northern Railway, which owns most of the track, "
                "who spoke on condition of anonymity because he was not authorized to talk to "
                "reporters, said passenger trains were routinely held so that long freight trains "
                "could clear the line.",
                "The Sandhill & Northern Railway, which owns most of the track, routinely holds "
                "passenger trains so that long freight trains can clear the line.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                '"We are not going to ask riders to be patient forever," he said.',
                "Some riders suspect the upgrade will slip again, as it reportedly did twice "
                "under the previous general manager.",
            ),
        ),
        _down(
            "documents_removed",
            (" of last year, report finds", " of last year"),
            (
                "the worst record of the region's four rail lines, according to the annual "
                "performance report the Otterstone Bay Regional Transit Authority released Monday.",
                "the worst record of the region's four rail lines.",
            ),
            _remove(_TRAINS_REPORT),
        ),
        _up(
            "anonymous_named",
            (
                "A dispatcher for the Sandhill & Northern Railway, which owns most of the track, "
                "who spoke on condition of anonymity because he was not authorized to talk to "
                "reporters, said",
                "Gary Noblett, who worked as a dispatcher for the Sandhill & Northern Railway, "
                "which owns most of the track, until he retired in March, said",
            ),
        ),
        _up(
            "document_added",
            _after(
                "so that long freight trains could clear the line.",
                "The authority's 1998 track-sharing agreement with the railroad, a copy of which "
                "was obtained by this newspaper, gives passenger trains priority between 6 and 9 "
                "a.m. and 4 and 7 p.m. on weekdays.",
            ),
        ),
        _rename(
            "names",
            ("Ledgemont", "Ironbrook"),
            ("Otterstone Bay", "Summervale"),
            ("Mirela", "Daniela"),
            ("Stoyanova", "Mazzola"),
            ("Quillford", "Scadding Park"),
            ("Desmond", "Howard"),
            ("Vlietstra", "Boekelman"),
            ("Sandhill", "Chesterton"),
            ("Lorna", "Beatrice"),
            ("Cuthbertson", "Walmsley"),
            ("Hatchley", "Stourley"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("412 were canceled", "409 were canceled")),
    )
)

# --- health: nowhere in town to see an NHS dentist (British local) ----------------------------
_DENTAL_FIGURES = (
    "The figures, from the area's integrated care board, show that the waiting list has more than "
    "doubled since April 2023 and that those who did get a place waited an average of 19 months. "
    "Three of the town's nine practices have handed back their NHS contracts in the past two "
    "years.\n\n"
)
_DENTAL = _article(
    """
    No Trevassa dentist taking new adult NHS patients, figures show

    Not one dental practice in Trevassa is taking on new adult NHS patients, and 14,300 people are
    now waiting for a place, according to figures obtained by this newspaper under the Freedom of
    Information Act.

    The figures, from the area's integrated care board, show that the waiting list has more than
    doubled since April 2023 and that those who did get a place waited an average of 19 months.
    Three of the town's nine practices have handed back their NHS contracts in the past two years.

    Gwen Chegwidden, 67, a retired school cook, has been on the list since 2022. In the spring she
    had two teeth taken out at A&E after an abscess spread to her jaw. "I never thought I'd end up
    at the kitchen table with a pair of pliers," she said.

    Dr Idris Tregaskis, who owns the Lemon Quay Dental Practice, said his surgery gave up its NHS
    contract last year. "The contract pays us the same for one filling as for ten. Every patient who
    needed real work was costing us money," he said.

    Professor Funmilayo Babalola, who specialises in dental public health at Carnmoor University,
    said the national contract rewarded the wrong things. "Pay a practice per band rather than per
    treatment, and the patients with the worst teeth become the ones nobody can afford to see," she
    said.

    A spokesperson for the integrated care board said on Friday that it had opened two urgent dental
    clinics this year and was offering a £20,000 "golden hello" to dentists who take on NHS work.
    Asked when the waiting list would start to fall, the board did not give a date.
    """
)
MEADOW_WELL.append(
    _case(
        "nhs_dentist_shortage",
        "well",
        _DENTAL,
        _down(
            "named_to_anonymous",
            (
                "Dr Idris Tregaskis, who owns the Lemon Quay Dental Practice, said",
                "One dentist in the town, who did not want to be identified, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Professor Funmilayo Babalola, who specialises in dental public health at Carnmoor "
                'University, said the national contract rewarded the wrong things. "Pay a '
                "practice per band rather than per treatment, and the patients with the worst "
                'teeth become the ones nobody can afford to see," she said.',
                "The national contract rewards the wrong things: pay a practice per band rather "
                "than per treatment, and the patients with the worst teeth become the ones nobody "
                "can afford to see.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "have handed back their NHS contracts in the past two years.",
                "have handed back their NHS contracts in the past two years, and it is rumoured "
                "that at least two more are close to following them.",
            ),
        ),
        _down(
            "documents_removed",
            ("NHS patients, figures show", "NHS patients"),
            (
                "now waiting for a place, according to figures obtained by this newspaper under "
                "the Freedom of Information Act.",
                "now waiting for a place.",
            ),
            _remove(_DENTAL_FIGURES),
        ),
        _up(
            "expert_added",
            _after(
                'Every patient who needed real work was costing us money," he said.',
                "Dr Tomasz Kaczmarczyk, a health economist at the Hatherleigh Institute who has "
                "studied NHS dental contracts since 2006, said the number of dentists had not "
                "fallen nationally. \"They haven't left dentistry. They've left NHS dentistry,\" "
                "he said.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "Three of the town's nine practices have handed back their NHS contracts in the "
                "past two years.",
                "The board's own oral health needs assessment, published in January, estimates "
                "that 41 per cent of adults in Trevassa have not seen a dentist in two years.",
            ),
        ),
        _rename(
            "names",
            ("Trevassa", "Polgarrow"),
            ("Gwen", "Maureen"),
            ("Chegwidden", "Penhallick"),
            ("Idris", "Emrys"),
            ("Tregaskis", "Trengrouse"),
            ("Lemon Quay", "Boscastle Road"),
            ("Funmilayo", "Folake"),
            ("Babalola", "Adewuyi"),
            ("Carnmoor", "Tressick"),
        ),
        _rename("weekday", ("Friday", "Thursday")),
        _same("minor_number", ("an average of 19 months", "an average of 18 months")),
    )
)

# --- consumer affairs: gym members who could not cancel (American local) ---------------------
_GYM_RECORDS = (
    "The complaints describe members being told they could cancel only in person at their home "
    "gym or by certified letter, and then being charged for up to six more months. In 94 cases "
    "the division's mediators won refunds, totaling $31,700, the records show.\n\n"
)
_GYM = _article(
    """
    Gym members say they could not cancel; state records show 287 complaints

    Members of IronPeak Fitness, which runs 11 gyms around Ashlow Falls, filed 287 complaints with
    the state attorney general's consumer protection division last year, most of them about monthly
    fees taken after they had tried to cancel, according to records obtained by the Ledger-Sentinel
    under the state's public records law.

    The complaints describe members being told they could cancel only in person at their home gym or
    by certified letter, and then being charged for up to six more months. In 94 cases the
    division's mediators won refunds, totaling $31,700, the records show.

    "I mailed the letter, I kept the green receipt card, and they still took $49 a month until
    October," said Dwayne Arreola, 41, a school bus driver from East Ashlow.

    A former front-desk manager at one of the gyms, who asked not to be named because she signed a
    separation agreement, said staff were told to "save" members who called to cancel by offering a
    free month instead. "If they didn't come in, we just kept billing," she said.

    State Sen. Patrice Threadgold, who has filed a bill that would require gyms to let members
    cancel online, called the records "a road map of how to trap people."

    Consumer law professor Rafael Olivarez of the Gannaway School of Law said contracts that demand
    a certified letter are legal in the state, "but a business still has to honor the letter when it
    arrives."

    IronPeak's chief operating officer, Kent Sorvino, said in an email Wednesday that the company
    processes "thousands of cancellations a year without a problem" and added an online form in
    January. He did not answer questions about the former manager's account.
    """
)
MEADOW_WELL.append(
    _case(
        "gym_cancellation_complaints",
        "well",
        _GYM,
        _down(
            "named_to_anonymous",
            (
                "State Sen. Patrice Threadgold, who has filed a bill that would require gyms to "
                "let members cancel online, called",
                "One state lawmaker, who asked not to be named, called",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Consumer law professor Rafael Olivarez of the Gannaway School of Law said "
                'contracts that demand a certified letter are legal in the state, "but a business '
                'still has to honor the letter when it arrives."',
                "Contracts that demand a certified letter are legal in the state, but a business "
                "still has to honor the letter when it arrives.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                '"If they didn\'t come in, we just kept billing," she said.',
                "The true number of members affected may be far higher, since many people who are "
                "overcharged probably never think to complain to the state.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "say they could not cancel; state records show 287 complaints",
                "say they could not cancel",
            ),
            (
                " after they had tried to cancel, according to records obtained by the "
                "Ledger-Sentinel under the state's public records law.",
                " after they had tried to cancel.",
            ),
            _remove(_GYM_RECORDS),
        ),
        _up(
            "anonymous_named",
            (
                "A former front-desk manager at one of the gyms, who asked not to be named because "
                "she signed a separation agreement, said",
                "Tasha Greenleaf, who managed the front desk at IronPeak's Route 9 gym until last "
                "spring, said",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'would require gyms to let members cancel online, called the records "a road map '
                'of how to trap people."',
                "Behavioral economist Dr. Soren Yarwood of Quarlton University, who "
                "studies subscription pricing, said gyms earn a large share of their revenue from "
                'members who rarely visit. "Friction at the exit is part of the business model," '
                "he said.",
            ),
        ),
        _rename(
            "names",
            ("IronPeak", "FlexCore"),
            ("Ashlow", "Kingsfold"),
            ("Ledger-Sentinel", "Kingsfold Falls Gazette"),
            ("Dwayne", "Marcus"),
            ("Arreola", "Zepeda"),
            ("Patrice", "Denise"),
            ("Threadgold", "Haldeman"),
            ("Rafael", "Martin"),
            ("Olivarez", "Montalvo"),
            ("Gannaway", "Pinehollow"),
            ("Kent", "Bryce"),
            ("Sorvino", "Petrucci"),
        ),
        _rename("weekday", ("Wednesday", "Thursday")),
        _same("minor_number", ("In 94 cases", "In 97 cases")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly-sourced bases
# ---------------------------------------------------------------------------------------------

# --- environment: beavers nobody admits releasing (British local) -----------------------------
_BEAVERS = _article(
    """
    Mystery beavers blamed for flooding on the River Nidden

    Nobody will own up to putting them there, but the beavers on the River Nidden look as though
    they are here to stay - and some farmers are not happy about it.

    Dams have appeared on at least three stretches of the river above Stallwood since the winter,
    and it is thought that a family of the animals was let go illegally some time last year. Some
    anglers reckon there could now be a dozen or more.

    "We've had water standing on fields that never flooded in my grandfather's day," said one
    farmer, who did not want to be named. "Somebody knows exactly who did this."

    Locals have their theories. The most popular is that campaigners released the beavers to force
    the issue before the government made up its mind about letting them back into the wild. Others
    claim they escaped from a private estate further up the valley, apparently after a fence came
    down in a storm.

    Supporters say beavers clean the water and are good for fish, and it may be that the flooding
    has other causes altogether. But many in the valley are convinced the damage will only get
    worse, and there is talk of farmers taking matters into their own hands.

    What happens next is far from clear. For now the dams keep growing, and so does the anger.
    """
)
MEADOW_WEAK.append(
    _case(
        "river_beavers_rumour",
        "weak",
        _BEAVERS,
        _up(
            "anonymous_named",
            (
                "said one farmer, who did not want to be named.",
                "said Geoffrey Mawdsley, whose family has farmed at Stallwood Bottom for four "
                "generations.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "apparently after a fence came down in a storm.",
                "Asked about the claims, the Nidden Valley Wildlife Trust said in a statement "
                "that it had not released any beavers and did not know who had.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "Some anglers reckon there could now be a dozen or more.",
                "A survey commissioned by the county council in May recorded five dams and signs "
                "of at least two family groups between Stallwood and the weir at Cotterhope.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "it may be that the flooding has other causes altogether.",
                "Dr Alys Pemberthy, a freshwater ecologist at the University of Ryeburn who "
                "has studied licensed beaver releases for ten years, said dams usually raise water "
                "levels only within a few dozen metres of the dam itself.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "and so does the anger.",
                "Some in the village even suspect the animals were let go with a nod and a wink "
                "from officials who wanted to see what would happen.",
            ),
        ),
        _rename("names", ("Nidden", "Wharram"), ("Stallwood", "Eskholme")),
        _same("minor_number", ("at least three stretches", "at least four stretches")),
    )
)

# --- culture: is the old picture palace being sold? (American local, curly) -------------------
_PALACE = _article(
    """
    Is the Bellwood Palace about to be sold?

    The marquee still lights up on Friday and Saturday nights — but the talk around town is that the
    Bellwood Palace, the 1927 movie house on Main Street, may not be showing films for much longer.

    According to several people who say they have heard about the talks, the nonprofit that runs the
    theater has been quietly negotiating to sell the building to a developer who reportedly wants to
    turn it into apartments with shops on the ground floor. Some believe a deal could be signed
    before the end of the year.

    “I heard it from somebody who would know. They’re waiting until after the holidays so nobody
    makes a fuss,” said a longtime volunteer.

    It is rumored that the Palace has been losing money for years and that the roof alone needs
    hundreds of thousands of dollars in repairs. Others claim the board has already turned away
    people who wanted to keep the building as a theater, though nobody seems able to say who those
    people were.

    “If the Palace goes, downtown loses its heart,” one resident wrote on a community page online
    that now has more than 2,000 members.

    Whatever is going on, people who grew up watching matinees at the Palace say they will not let
    it go without a fight.
    """
)
MEADOW_WEAK.append(
    _case(
        "movie_palace_sale_rumour",
        "weak",
        _PALACE,
        _up(
            "anonymous_named",
            (
                "said a longtime volunteer.",
                "said Doreen Maxfield, 71, who has volunteered at the concession stand since 1989.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "though nobody seems able to say who those people were.",
                "Asked about the rumors, the chair of the Bellwood Palace Foundation, Arlen "
                "Gidley, said in an email that the board had “received an inquiry” about the "
                "building in the fall but had not agreed to sell it.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "Some believe a deal could be signed before the end of the year.",
                "The foundation’s most recent tax filing shows it lost $187,000 in 2023 on revenue "
                "of $412,000.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "that now has more than 2,000 members.",
                "Dr. Ingrid Moxon, a historian at Hallock College who has written about small-"
                "town movie houses, said theaters of the Palace’s age rarely survive as cinemas "
                "without a city or foundation owning the building. “Tickets alone don’t pay for "
                "a 1927 roof,” she said.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "may not be showing films for much longer.",
                "may not be showing films for much longer, and some fear the building could be "
                "torn down altogether.",
            ),
        ),
        _rename("names", ("Bellwood", "Carradine")),
        _rename("weekday", ("Friday", "Thursday")),
        _same("minor_number", ("more than 2,000 members", "more than 2,100 members")),
    )
)

# --- business: talk that a country meatworks will close (Australian local) --------------------
_MEATWORKS = _article(
    """
    Fears grow for Billabrin meatworks

    Workers at the Billabrin meatworks are bracing for bad news amid talk that the plant, the town's
    biggest employer, could shut its doors within months.

    Word around town is that the plant's overseas owners are unhappy with its profits and want to
    move the work to a bigger site interstate. Some workers believe an announcement is only weeks
    away.

    "Everyone's on edge. You hear something new in the smoko room every day," said one worker, who
    has been at the plant for more than a decade.

    The meatworks is understood to employ around 350 people, many of them on seasonal visas from the
    Pacific, and a closure would be felt right across the district. It's thought a number of local
    businesses, from the bakery to the tyre shop, would struggle to survive without the plant's
    wages.

    Not everyone is convinced. Some say the rumours began after the plant lost a big export contract
    last year, and that the owners are simply cutting costs rather than planning to walk away.

    Either way, people in Billabrin say they are sick of being left in the dark. "If it's closing,
    just tell us," one woman said outside the post office on Tuesday.
    """
)
MEADOW_WEAK.append(
    _case(
        "meatworks_closure_talk",
        "weak",
        _MEATWORKS,
        _up(
            "anonymous_named",
            (
                "said one worker, who has been at the plant for more than a decade.",
                "said Shane Tuckerman, a slicer who has worked at the plant for 14 years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "cutting costs rather than planning to walk away.",
                "Asked about the talk, the plant's general manager, Lachlan Brodribb, said there "
                'were "no plans to close Billabrin" and that the company had spent $6 million on '
                "a new chiller last year.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "would struggle to survive without the plant's wages.",
                "Census figures show that one in five working residents of the Billabrin shire is "
                "employed in meat processing.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "cutting costs rather than planning to walk away.",
                "Dr Fiona Garrawang, an agricultural economist at Mitta Downs University, said "
                "processors across the country had been squeezed by high cattle prices and a "
                "shortage of workers, but that most had responded by cutting shifts rather than "
                "closing.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "Some workers believe an announcement is only weeks away.",
                "Some workers believe an announcement is only weeks away, and there are whispers "
                "that the company may already have told the bank.",
            ),
        ),
        _rename("names", ("Billabrin", "Corrowong")),
        _rename("weekday", ("Tuesday", "Wednesday")),
        _same("minor_number", ("around 350 people", "around 340 people")),
    )
)

# --- transport: islanders fear their ferry will be cut (Canadian local) -----------------------
_FERRY = _article(
    """
    Sculpin Islanders fear their ferry is next on the chopping block

    People on Sculpin Island have a bad feeling about their ferry.

    For weeks, rumours have been going around that the provincial ferry corporation plans to cut the
    island's winter sailings from four a day to two, or even drop the route altogether once the
    41-year-old MV Eider is retired.

    Nobody in authority has said so publicly. But islanders point to dock repairs that were
    apparently shelved this spring, and it's said that some of the Eider's crew have already been
    quietly offered jobs on other routes.

    "There are about 600 of us out here year-round. Kids go to high school on that boat. Seniors go
    to their cancer appointments on that boat," said one longtime resident. "Without it, this place
    is finished."

    Some believe the cuts are part of a wider plan to push people off the smaller islands for good.
    Others suspect the corporation is simply short of money after going over budget on its new
    terminal in the city.

    More than 150 people packed the legion hall on Tuesday night to talk about what to do. Many left
    saying they still had no idea what was really going on.
    """
)
MEADOW_WEAK.append(
    _case(
        "island_ferry_cut_fears",
        "weak",
        _FERRY,
        _up(
            "anonymous_named",
            (
                "said one longtime resident.",
                "said Lorraine Desrochers, who chairs the Sculpin Island Residents' Association.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "quietly offered jobs on other routes.",
                "Asked about the rumours, a spokesperson for the ferry corporation said no "
                "decision had been made about the Sculpin Island route and that a replacement "
                'vessel was "one of several options" under review.',
            ),
        ),
        _up(
            "document_added",
            _after(
                "once the 41-year-old MV Eider is retired.",
                "The corporation's ten-year fleet plan, released last fall, lists the Eider for "
                "retirement in 2027 but does not name a vessel to replace it.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "going over budget on its new terminal in the city.",
                "Ken Aucoin, who studies coastal ferry systems at Tidemark University, said "
                "provinces often trim winter service on small routes first because ridership is "
                "lowest, but rarely cancel a route outright when there is no road alternative.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "they still had no idea what was really going on.",
                "One theory doing the rounds is that the corporation is waiting until after the "
                "provincial election before it announces anything.",
            ),
        ),
        _rename("names", ("Sculpin", "Grebe"), ("Eider", "Scoter")),
        _rename("weekday", ("Tuesday", "Thursday")),
        _same("minor_number", ("More than 150 people", "More than 160 people")),
    )
)

# --- health: parents blame a new artificial turf field (American local) -----------------------
_TURF = _article(
    """
    Parents fear new turf field is making kids sick

    Since the new artificial turf field opened at Corbell High School last fall, some parents say
    their children have been coming home with rashes, headaches and nosebleeds, and they think they
    know why.

    The field is covered in black rubber crumb made from shredded tires, and many parents believe it
    contains chemicals that could cause cancer. "You can smell it from the parking lot on a hot
    day," one mother said. "My son is not going out there again."

    Stories have been shared online about athletes at other schools who supposedly fell ill after
    years of playing on similar fields, though the details are hard to pin down. Some districts are
    said to have ripped their fields out already.

    Others say the worry is overblown and point out that kids get scrapes and rashes on any field.
    But some coaches reportedly feel the district rushed the project to finish it before football
    season, and there are whispers that the contractor cut corners on the drainage.

    By Sunday, a petition asking the school board to test the field had gathered 212 signatures.
    Until somebody finds out what is really in the rubber, a growing number of parents say their
    kids will not set foot on it.
    """
)
MEADOW_WEAK.append(
    _case(
        "turf_field_health_fears",
        "weak",
        _TURF,
        _up(
            "anonymous_named",
            (
                '" one mother said.',
                '" said Kimberly Jeavons, whose son plays on the junior varsity soccer team.',
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "the contractor cut corners on the drainage.",
                "District spokeswoman Jolene Hurrell did not return two phone calls and an "
                "email seeking comment about the field.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "Some districts are said to have ripped their fields out already.",
                "A 2019 review by the state health department of 46 studies on crumb rubber found "
                "no link to cancer, although it called for more research on young children.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "kids get scrapes and rashes on any field.",
                "Dr. Nadia Castagna, a toxicologist at Inchley Medical College, said a "
                "strong rubber smell on a hot day does not by itself mean the material is "
                "dangerous, and that skin abrasions are common on artificial turf.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "kids will not set foot on it.",
                "kids will not set foot on it, and some say the district may be forced to pull up "
                "the field before the season even starts.",
            ),
        ),
        _rename("names", ("Corbell", "Usherwood")),
        _rename("weekday", ("Sunday", "Saturday")),
        _same("minor_number", ("gathered 212 signatures", "gathered 214 signatures")),
    )
)

MEADOW_CASES: tuple[Case, ...] = tuple(MEADOW_WELL + MEADOW_WEAK)
