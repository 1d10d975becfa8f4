"""Gale set: 40 annotated news passages, a fifteenth set for one-shot blind measurement (invented
people, places and outlets).

Written blind from the annotation scheme alone (the docstring of
:mod:`credscore.evaluation.passages` and its ``Passage`` and ``GoldSpan`` classes and
``gold_spans``), after the thaw set, without running the extractor, the scorer, the CLI, the tests
or the evaluation on the passages, without reading the extractor's code, features, models or
lexicons, and without reading the other sets' passages (only the docstring and opening two entries
of the thaw set, for the format); surnames, place names and outlet names were checked against the
other sets and the behaviour cases and replaced where they already occurred. The only code run on
it, besides ruff, resolves each gold item to offsets with ``gold_spans`` and counts sentences. Like
the sets before it, it is weighted toward ordinary copy rather than hard cases: routine wire and
newspaper stories of four to eight sentences across many beats (a coastal storm and power cuts, a
judge blocking an age-verification law, a greenway vote, an outdoor retailer's profit warning, a
mining-led market fall, a hospital norovirus outbreak, an injured football captain, a fungicide
study on bees, a coup, a light-rail signal failure, a nuclear plant delay, mouldy school prefabs, a
nightclub shooting, a theatre closure, a hockey coach's obituary, a locust outbreak, a bank data
breach, a parish merger, late armoured vehicles, rising rents, a nurses' strike, an ice storm, a
cyclist's inquest, an oil terminal fire, ambulance ramping, a Gaelic football injury, a Roman
bathhouse find, a vandalised synagogue, a property-tax rise, a department store sale, a
medical-imaging startup's funding, a cocaine seizure, a reattributed painting, a scientist's
obituary, a gas pipeline approval, air traffic control delays, a tuition freeze, a milk price cut,
grounded army helicopters and a train drivers' strike), in British, American, Irish, Canadian and
Australian spelling and conventions, with straight and curly quotes, double and single. Spread
through them are named sources in the ordinary shapes (name then role, role then name, role and name
in apposition, including possessive roles such as "The state's attorney general, Desmond Ravelle,",
"Sinn Féin’s Pádraig Donnellan", "His daughter, Colette Guimond,", "Labour’s energy spokesman, Tom
Ellingworth," and "The union’s general secretary, Dermot Kearns-Barnard,", and bare roles such as
"president of the Wrenshaw Harbor Nurses Association" and "legal director of the Harrowgill Valley
Conservancy"; titles such as "District Judge", "Cllr", "Principal", "Lt.", "Det Supt", "Supt", "Fr",
"Mrs", "Ms", "Mr", "Gen", "Gen.", "Rabbi", "Rep.", "Sen.", "Dr", "Dr.", "Professor", "Council
President", "Councilwoman", "Energy Minister", "Housing Minister", "Health Minister", "Interior
Minister" and "Transport Secretary"; ages; party tags "(FG)", "D-Mass." and "R-Wyo."; inverted "said
X", as in "said Priya Vennicombe, a senior market analyst ..." and "said Maree Costigan-Yeats, who
was flying to her sister’s wedding"; named spokespeople; sources who wrote, posted, testified,
recalled, admitted, insisted, conceded, acknowledged, argued, noted and warned, or "told reporters"
and "told the committee"), later references by surname ("Ravelle said", "Yeoland said",
"Wieczorek-Mims said", "Ó Broin told", "Quattlebaum said", "Stavely acknowledged", "Ellisworth
recalled", "Cllr Donnellan said", "Mr Hamesworth said", "Ms Prebble-Waite said", "Mrs Colgan-Furey
said", "Supt Zanetti-Mace said") and by role ("The judge noted"); expert credentials after the name
("a senior market analyst at ...", "a virologist at the University of ...", "an entomologist at ...
who led the work", "a locust ecologist with ...", "a cybersecurity researcher at ...", "a housing
economist at ...", "head of commodities research at ...", "an emergency physician at ...", "an
archaeologist at the university", "a radiologist at ...", "an art historian at ... who specializes
in ..."), before it ("Analyst", "Meteorologist", "Retail analyst", "Aviation analyst", "Agricultural
economist") and with a relative clause ("who studies pollinator health at ..."); other outlets cited
as subject of "reported", "revealed" and "disclosed", after "according to" (a technology news site,
a trade newsletter, a public broadcaster), with "told" (local papers, a community radio station, a
farming weekly, a trade journal, a local radio station), "in an interview with", "first reported
by", "was the first to report", "seen by", "obtained by", "quoted by" and "citing" (a wire service
citing a military source), as "Local media", and as a later reference ("The paper"); unnamed and
vague sources (officials, anonymity clauses, "people familiar with the investigation", "one person
close to the talks", "two defense officials", "a senior military source", "A former defence
procurement official", "an army officer", groups such as "Forecasters", "Traders", "Residents",
"Industry sources", "Defence analysts", "Environmental groups", "union officials", "Some
radiologists" and "Some faculty members", people at a place such as "Some residents in Gullsby
Ness", "Some regulars at the theatre’s café", "Some farmers at a field day in ...", "Passengers
stuck in the terminal", "Commuters at Stanbeck Central station", "A worker at the docks" and "A
number of farmers at Monday’s mart in ...", "One patient", "One mother", "One paramedic", "One nurse
on the picket line", "A bouncer", "The lorry driver", "an appraiser", an elliptical "one" and
"Another", and unnamed spokespeople); hedges (modals of possibility, "may have", "likely",
"probably", "possibly", "possible", "apparently", "presumably", "reportedly", "allegedly",
"suggested", "appeared", "appeared to", "is expected to", "are expected to", "is understood to",
"are understood to", "it is understood", "is thought to", "It is thought", "is believed to", "is
said to be", "unclear", "not immediately clear", "not yet known", "It is not known"); and
distractors that are not annotated (outlets named but not cited: state television going off the air
and a sports channel due to broadcast a match; a journal a study appeared in; official figures, a
budget memo and a committee report; government bodies, police, a diocese, a county council, a
theatre's trustees, a co-op, a utility, a union, a nurses' employer and other companies speaking for
themselves; titles of office such as "medical director", "artistic director", "parish priest",
"chief curator", "head of the Army" and "director of the Stennet Climate Centre"; people mentioned
who do not speak, including an injured captain, a deposed president, a mayor due to sign a bill, a
suspended midfielder, a painter, a dead cyclist and the subject of an obituary before she is quoted;
"told reporters"; vague quantities such as "More than 4,000 nurses", "more than 20,000 homes" and
"up to 2 million customers"; groups acting rather than speaking, such as "Researchers",
"Conservators", "Archaeologists" and "Investigators"; "found no evidence", "declined to comment",
"declined to be named", "could not be reached for comment", the month "May", "can" and "could" of
ability, "would" in reported speech and of a proposed law or pipeline, "should" and "must" of
obligation, "appear in court", "known to police", and pronoun sources).

First measurement (2026-12-03, the extractors at commit bb76355, before this set was read):
macro-F1 **0.88**, under the bar of 0.90 (named 0.94, expert 0.91, unnamed 0.81, media 0.76,
hedges 0.98): ten outlets were missed, most with a last word the lexicons did not hold ("the
Kilbrannagh Vindicator", "the Ashwarden Crier", "the Elkhollow Messenger", "the Tenmarsh
Almanac", "Stanbeck FM") or an introduction by "the" alone ("the Sunday Argent", "The
Logbook"). Its errors were then read and their classes fixed.
"""

from __future__ import annotations

from . import Passage

PASSAGES: tuple[Passage, ...] = (
    Passage(
        "gale-01",
        "Storm Gisela brought gusts of 87mph to the Wrackley coast overnight, toppling trees "
        "and cutting power to more than 20,000 homes. Forecasters said a second band of heavy "
        "rain could arrive by Thursday evening, possibly bringing flooding to low-lying roads. "
        "Jonah Pidgeley-Abbs, who runs a caravan park near Gullsby Ness, said the wind had torn "
        "the roof from his reception building. “I have lived here 40 years and never seen "
        "anything like it,” he said. Northern Grid said its engineers were working to reconnect "
        "the remaining customers by the weekend. Some residents in Gullsby Ness said they had "
        "been without electricity for 14 hours.",
        (
            ("anonymous_source", "Forecasters"),
            ("hedge", "could"),
            ("hedge", "possibly"),
            ("named_source", "Jonah Pidgeley-Abbs"),
            ("anonymous_source", "Some residents in Gullsby Ness"),
        ),
    ),
    Passage(
        "gale-02",
        "A federal judge in Orlinsburg on Monday blocked a state law that would have required "
        "social media platforms to verify the ages of all their users. District Judge "
        "Marguerite Adekunbi-Rooke wrote in a 42-page opinion that the law was likely to "
        "violate free speech protections. The judge noted that similar laws had been blocked in "
        "two other states. The state's attorney general, Desmond Ravelle, said he would appeal. "
        '"This law protects children, and we will defend it all the way," Ravelle said in a '
        "statement. A trade group representing technology companies had sued to stop the law, "
        "which was due to take effect in May. The ruling was first reported by the Orlinsburg "
        "Statesman.",
        (
            ("named_source", "District Judge Marguerite Adekunbi-Rooke"),
            ("hedge", "likely"),
            ("named_source", "The judge"),
            ("named_source", "Desmond Ravelle"),
            ("named_source", "Ravelle#2"),
            ("media_source", "the Orlinsburg Statesman"),
        ),
    ),
    Passage(
        "gale-03",
        "Councillors in Kilbrannagh have voted to press ahead with a greenway along the disused "
        "railway line, despite objections from landowners. Cllr Siobhán Maguire-Tuohy (FG) said "
        "the route would bring walkers and cyclists into the town’s cafés and shops. Sinn "
        "Féin’s Pádraig Donnellan argued that farmers along the route had not been properly "
        "consulted. “People were handed maps and told to like it,” Cllr Donnellan said. A "
        "number of landowners are understood to be considering legal action. A council "
        "spokeswoman said construction could begin next spring, subject to funding, the "
        "Kilbrannagh Vindicator reported.",
        (
            ("named_source", "Cllr Siobhán Maguire-Tuohy"),
            ("named_source", "Pádraig Donnellan"),
            ("named_source", "Cllr Donnellan"),
            ("hedge", "are understood to"),
            ("anonymous_source", "A council spokeswoman"),
            ("hedge", "could"),
            ("media_source", "the Kilbrannagh Vindicator"),
        ),
    ),
    Passage(
        "gale-04",
        "Shares of Snowvetch Outfitters fell 14 per cent on Thursday after the Halbury-based "
        "retailer cut its annual profit forecast, blaming a mild autumn that left winter parkas "
        "on the racks. Chief executive Noémie Larochelle-Finn admitted on a call with analysts "
        'that the company had ordered far too much heavy outerwear. "We misjudged the season, '
        'and we own that," she said. Analyst Graham Petrosyan of Harlowdene Securities said '
        "heavy discounting could weigh on margins well into the spring. The company said it "
        "would close nine underperforming stores by the end of the year. Snowvetch's shares "
        "have lost more than a third of their value since January.",
        (
            ("named_source", "Noémie Larochelle-Finn"),
            ("expert_source", "Analyst"),
            ("named_source", "Graham Petrosyan"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "gale-05",
        "The local sharemarket closed lower on Friday as mining stocks slid on weaker iron ore "
        "prices. The benchmark index shed 1.2 per cent, its worst day in a month. “Investors "
        "are nervous about demand from the steel mills,” said Priya Vennicombe, a senior market "
        "analyst at Ardenbrook Capital. Traders said the selling may continue next week if ore "
        "prices keep falling. Mount Tarwinga Resources tumbled 6 per cent after the Coralport "
        "Market Wire disclosed that the miner had missed its quarterly production target. The "
        "Australian dollar was buying 64.3 US cents in late trade.",
        (
            ("named_source", "Priya Vennicombe"),
            ("expert_source", "a senior market analyst at Ardenbrook Capital"),
            ("anonymous_source", "Traders"),
            ("hedge", "may"),
            ("media_source", "the Coralport Market Wire"),
        ),
    ),
    Passage(
        "gale-06",
        "A hospital trust serving Ashwarden has suspended routine operations for a week after a "
        "sharp rise in norovirus cases on its wards. Dr Helena Drinkwell-Sayce, the trust’s "
        "medical director, said 46 patients and 19 staff had been affected. “This bug spreads "
        "extraordinarily quickly in a hospital,” she said. Visitors are being asked to stay "
        "away unless their visit is essential. Professor Aled Pryderi, a virologist at the "
        "University of Brindlemouth, said the outbreak was probably linked to a wider rise in "
        "cases in the community. It is not known when routine surgery will resume. One patient "
        "whose hip replacement was cancelled told the Ashwarden Crier she had waited 11 months "
        "for it.",
        (
            ("named_source", "Dr Helena Drinkwell-Sayce"),
            ("named_source", "Professor Aled Pryderi"),
            ("expert_source", "a virologist at the University of Brindlemouth"),
            ("hedge", "probably"),
            ("hedge", "It is not known"),
            ("anonymous_source", "One patient"),
            ("media_source", "the Ashwarden Crier"),
        ),
    ),
    Passage(
        "gale-07",
        "Hawkvale captain Declan Mahaffey-Obst is expected to miss up to six weeks with a "
        "hamstring injury suffered in Saturday’s win over Tallowvale. Coach Brett Yeoland told "
        "reporters on Monday that scans had confirmed a grade-two strain. “He’s gutted, but "
        "we’ll have him back for the finals,” Yeoland said. The club is understood to be "
        "weighing whether to call up a young defender from its reserves side. Mahaffey-Obst, "
        "29, has kicked 31 goals this season and won last year’s best and fairest. This "
        "weekend’s match against Durrumbeen will be broadcast on Fairwind Sport.",
        (
            ("hedge", "is expected to"),
            ("named_source", "Brett Yeoland"),
            ("named_source", "Yeoland#2"),
            ("hedge", "is understood to"),
        ),
    ),
    Passage(
        "gale-08",
        "Honeybees exposed to low doses of a widely used fungicide were slower to find their "
        "way back to the hive, according to a study published Wednesday in the journal Apian "
        "Ecology Letters. Researchers fitted 600 bees with tiny radio tags and tracked them "
        "across farmland near Delmore. The effect could help explain colony losses near "
        "orchards, said Dr. Ruth Szymborska-Leal, an entomologist at Tollivar State University "
        'who led the work. "We didn\'t expect to see it at such low concentrations," she said. '
        "Thomas Guttridge, who studies pollinator health at the University of Orrinsford and "
        "was not involved in the research, said the findings appeared sound but needed to be "
        "confirmed in the field. A spokesman for the fungicide's maker, Grelling Agri, said the "
        "product was safe when used as directed.",
        (
            ("hedge", "could"),
            ("named_source", "Dr. Ruth Szymborska-Leal"),
            ("expert_source", "an entomologist at Tollivar State University"),
            ("named_source", "Thomas Guttridge"),
            ("expert_source", "who studies pollinator health at the University of Orrinsford"),
            ("hedge", "appeared"),
            ("anonymous_source", "A spokesman"),
        ),
    ),
    Passage(
        "gale-09",
        "Soldiers surrounded the presidential palace in Sarvene, the capital of Veskaria, early "
        "on Sunday, and state television went off the air for several hours. When broadcasts "
        "resumed, an army officer read a statement announcing that a “council of national "
        "renewal” had taken power. The whereabouts of President Emil Dragomirescu were unclear. "
        "Two Western diplomats in the capital, speaking on condition of anonymity, said the "
        "president may have been detained at a barracks outside the city. The Continental Press "
        "Agency, citing a senior military source, reported that at least three people had been "
        "killed in an exchange of fire near the palace. Residents said the streets were largely "
        "deserted by mid-afternoon.",
        (
            ("anonymous_source", "an army officer"),
            ("hedge", "unclear"),
            ("anonymous_source", "Two Western diplomats in the capital"),
            ("hedge", "may have"),
            ("media_source", "The Continental Press Agency"),
            ("anonymous_source", "a senior military source"),
            ("anonymous_source", "Residents"),
        ),
    ),
    Passage(
        "gale-10",
        "Commuters in Port Tillery faced long waits on Monday after a signal failure shut down "
        "the Seawall Line light rail for most of the morning rush. Transit authority "
        "spokesperson Chantal Desrosiers-Waweru said crews had traced the fault to a damaged "
        "cable near Cobbler's Reach station. Service was restored shortly before 11 a.m., the "
        "authority said. It was unclear whether the cable had been damaged by construction work "
        'nearby. "There was no information on the platform at all, nothing," said Marcus '
        "Thorvaldsen-Ike, 41, who was trying to get to a job interview. City councillor Ravi "
        "Sundaresh said the line had suffered four major outages since the fall. He told the "
        "Port Tillery Chronicle-Post that the authority owed riders a full explanation.",
        (
            ("named_source", "Chantal Desrosiers-Waweru"),
            ("hedge", "unclear"),
            ("named_source", "Marcus Thorvaldsen-Ike"),
            ("named_source", "Ravi Sundaresh"),
            ("media_source", "the Port Tillery Chronicle-Post"),
        ),
    ),
    Passage(
        "gale-11",
        "The operator of the Greyholm Point nuclear power station has pushed back the date for "
        "the plant’s first electricity by at least 18 months, and costs could rise by a further "
        "£2bn. In a statement to the stock exchange, Altwater Energy blamed problems with "
        "welding on the reactor’s steel liner. Energy Minister Rachel Coldridge insisted the "
        "government remained “fully committed” to the project. Labour’s energy spokesman, Tom "
        "Ellingworth, said taxpayers had been “taken for a ride”. The latest delay was revealed "
        "on Tuesday by the Sturrington Evening Post. Industry sources said further setbacks "
        "were possible.",
        (
            ("hedge", "could"),
            ("named_source", "Energy Minister Rachel Coldridge"),
            ("named_source", "Tom Ellingworth"),
            ("media_source", "the Sturrington Evening Post"),
            ("anonymous_source", "Industry sources"),
            ("hedge", "possible"),
        ),
    ),
    Passage(
        "gale-12",
        "Parents at a Drumcarrig primary school have been told that two prefabricated "
        "classrooms must be replaced after inspectors found damp and mould. Principal Nuala "
        "Keadagh said the school had been promised a permanent extension in 2017. 'We're still "
        "waiting, and it's the children who are paying for it,' she said. The Department of "
        "Education said it was reviewing the school's application. One mother, who did not want "
        "to be named, said her son had developed a persistent cough. It is thought the new "
        "units may not be in place before the summer holidays.",
        (
            ("named_source", "Principal Nuala Keadagh"),
            ("anonymous_source", "One mother"),
            ("hedge", "It is thought"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "gale-13",
        "Two men were wounded in a shooting outside a nightclub in downtown Elkhollow early "
        "Saturday, police said. Lt. Dana Wieczorek-Mims said officers arriving at the scene "
        "found both victims with gunshot wounds to the legs. Both were listed in stable "
        "condition Sunday. The shooting may have followed an argument inside the club, "
        "Wieczorek-Mims said, but no arrests had been made. A bouncer who was working that "
        "night told the Elkhollow Messenger he heard at least six shots. The club's owner could "
        "not be reached for comment.",
        (
            ("named_source", "Lt. Dana Wieczorek-Mims"),
            ("hedge", "may have"),
            ("named_source", "Wieczorek-Mims#2"),
            ("anonymous_source", "A bouncer"),
            ("media_source", "the Elkhollow Messenger"),
        ),
    ),
    Passage(
        "gale-14",
        "The Gorsemoor Playhouse in Tenmarsh will close its doors this summer after 112 years, "
        "its trustees announced on Wednesday. The theatre’s artistic director, Felicity "
        "Ogunsanya-Hebb, said rising energy bills and a cut in council funding had left the "
        "board with no choice. “It breaks my heart,” she said. Kit Bellhanger, who starred in "
        "the Playhouse pantomime for two decades, wrote on social media that he was "
        "“devastated”. Some regulars at the theatre’s café said they had been expecting the "
        "news for months. The building is likely to be sold for housing, the Tenmarsh Almanac "
        "reported.",
        (
            ("named_source", "Felicity Ogunsanya-Hebb"),
            ("named_source", "Kit Bellhanger"),
            ("anonymous_source", "Some regulars at the theatre’s café"),
            ("hedge", "likely"),
            ("media_source", "the Tenmarsh Almanac"),
        ),
    ),
    Passage(
        "gale-15",
        "Bernard Guimond, who coached the Lac-Sauveur Foresters to three provincial junior "
        "hockey titles in the 1970s, has died. He was 84. His daughter, Colette Guimond, said "
        'he died peacefully at his home in Lac-Sauveur on Sunday. "Dad never missed a game, '
        'even after he retired," she said. Former player Luc Boisjoli, who went on to a long '
        'professional career, called him "the toughest and fairest man I ever played for." '
        "Guimond is survived by his wife of 58 years, Thérèse, four children and 11 "
        "grandchildren. A funeral is expected to take place next week.",
        (
            ("named_source", "Colette Guimond"),
            ("named_source", "Luc Boisjoli"),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "gale-16",
        "Graziers across the Yarrabine district are bracing for a plague locust outbreak after "
        "warm rain triggered mass hatchings in the past fortnight. The outbreak is thought to "
        "be the largest in the district since 2010. Bill Hamesworth, who runs 3000 merino ewes "
        "near Karrawindi, said hoppers had stripped one paddock bare in two days. “You can "
        "actually watch them eat,” Mr Hamesworth said. Dr Meredith Kallis, a locust ecologist "
        "with the Yarrabine Agricultural Research Station, warned that swarms could take flight "
        "within weeks if the warm weather held. Some farmers at a field day in Karrawindi said "
        "they feared the state’s spraying program had come too late.",
        (
            ("hedge", "is thought to"),
            ("named_source", "Bill Hamesworth"),
            ("named_source", "Mr Hamesworth"),
            ("named_source", "Dr Meredith Kallis"),
            (
                "expert_source",
                "a locust ecologist with the Yarrabine Agricultural Research Station",
            ),
            ("hedge", "could"),
            ("anonymous_source", "Some farmers at a field day in Karrawindi"),
        ),
    ),
    Passage(
        "gale-17",
        "Hackers may have accessed the names and account numbers of up to 2 million customers "
        "of Quarrystone Savings Bank, the Ridgeport-based lender disclosed Thursday. The bank "
        "said it had detected suspicious activity on a vendor's server in early September but "
        "had found no evidence that passwords were taken. It is not yet known whether any "
        'customer data has been misused. "Our first priority is protecting our customers," '
        "Chief Executive Martin Kyriakou-Dyce said in a statement. According to an internal "
        "memo obtained by the Ridgeport Monitor, the bank's security team first flagged the "
        "activity weeks before customers were told. Two people familiar with the investigation "
        "said the attackers appeared to have entered through a contractor's stolen login. Jun "
        "Takemori, a cybersecurity researcher at Corvel Point University, said customers should "
        "change their online banking passwords as a precaution.",
        (
            ("hedge", "may have"),
            ("hedge", "not yet known"),
            ("named_source", "Chief Executive Martin Kyriakou-Dyce"),
            ("media_source", "the Ridgeport Monitor"),
            ("anonymous_source", "Two people familiar with the investigation"),
            ("hedge", "appeared to"),
            ("named_source", "Jun Takemori"),
            ("expert_source", "a cybersecurity researcher at Corvel Point University"),
        ),
    ),
    Passage(
        "gale-18",
        "The last Mass will be celebrated at St Colmcille’s Church in Ballyferris next month "
        "after the diocese decided to merge three rural parishes. Fr Cathal Moynagh, the parish "
        "priest, said the decision had been “painful for everyone”. Parishioners are reportedly "
        "planning a vigil outside the church on the final Sunday. “My parents were married "
        "here, and so was I,” said Bridie Colgan-Furey, 77. Mrs Colgan-Furey said she had "
        "arranged the flowers on the altar every week for 30 years. A spokesman for the Diocese "
        "of Carrowmena said a shortage of priests had left it with little option. The building "
        "may be offered to the community for use as a hall, it is understood.",
        (
            ("named_source", "Fr Cathal Moynagh"),
            ("hedge", "reportedly"),
            ("named_source", "Bridie Colgan-Furey"),
            ("named_source", "Mrs Colgan-Furey"),
            ("anonymous_source", "A spokesman"),
            ("hedge", "may"),
            ("hedge", "it is understood"),
        ),
    ),
    Passage(
        "gale-19",
        "The Army’s new fleet of armoured reconnaissance vehicles will not be ready for "
        "operations until 2029, four years later than planned, a parliamentary committee has "
        "found. Its report said noise and vibration in the vehicles had left some soldiers with "
        "hearing damage during trials. Gen Sir Robert Antrobus, the head of the Army, told the "
        "committee he shared its frustration. A former defence procurement official, who asked "
        "not to be named, said the programme had been ‘doomed from the start’. The Ministry of "
        "Defence said it had agreed a recovery plan with the manufacturer, Trescott Land "
        "Systems. Defence analysts said the delay could leave a gap in the Army’s capabilities.",
        (
            ("named_source", "Gen Sir Robert Antrobus"),
            ("anonymous_source", "A former defence procurement official"),
            ("anonymous_source", "Defence analysts"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "gale-20",
        "Median weekly rents in Port Kembara rose 9 per cent in the year to March, according to "
        "figures from the state’s rental bond authority. Tenants’ advocate Shona Prebble-Waite "
        "said families were being pushed into caravan parks and cars. “We’re seeing people who "
        "have never struggled before,” Ms Prebble-Waite said. Housing Minister Grant "
        "Tomasetti-Bly conceded the market was “tight” but said 1200 social homes were under "
        "construction. Property manager Josh Pirrone told the Kembara Mail that some listings "
        "were drawing 60 applications. Rents may ease later in the year as new apartments are "
        "completed, said Ananya Rautela, a housing economist at the Lowanna Institute.",
        (
            ("named_source", "Shona Prebble-Waite"),
            ("named_source", "Ms Prebble-Waite"),
            ("named_source", "Housing Minister Grant Tomasetti-Bly"),
            ("named_source", "Josh Pirrone"),
            ("media_source", "the Kembara Mail"),
            ("hedge", "may"),
            ("named_source", "Ananya Rautela"),
            ("expert_source", "a housing economist at the Lowanna Institute"),
        ),
    ),
    Passage(
        "gale-21",
        "More than 4,000 nurses at three hospitals in Wrenshaw Harbor walked off the job "
        'Tuesday in a dispute over staffing levels. "We are exhausted, and our patients are '
        'paying the price," said Denise Sabatucci-Mbah, president of the Wrenshaw Harbor Nurses '
        "Association. The hospitals' parent company, Lakeward Health, said it had hired "
        "replacement nurses and that all emergency rooms remained open. Rep. Theo Hallstrom, "
        "D-Mass., who joined the picket line, said the company's latest offer fell far short. "
        "No new talks have been scheduled, and the strike could last into next week, union "
        "officials said. One nurse on the picket line said she had worked two 16-hour shifts in "
        "the past week.",
        (
            ("named_source", "Denise Sabatucci-Mbah"),
            ("named_source", "Rep. Theo Hallstrom"),
            ("hedge", "could"),
            ("anonymous_source", "union officials"),
            ("anonymous_source", "One nurse on the picket line"),
        ),
    ),
    Passage(
        "gale-22",
        "An ice storm coated much of eastern Wendhollow County in up to 25 millimetres of "
        "freezing rain overnight, snapping branches and leaving 80,000 customers without power. "
        "The federal weather agency said more freezing rain was possible on Wednesday. Crews "
        "could need until the weekend to restore service to some rural areas, utility "
        'spokesperson Marc-André Gingras-Poole said. "All night it sounded like gunshots, '
        'branches cracking one after another," said Agnes Chukwuemeka-Tesch, who lives near the '
        "river in Port Ardric. Meteorologist Julien Lapointe-Mok of Northsky Weather said "
        "temperatures were likely to climb above freezing by Thursday. Schools across the "
        "county were closed.",
        (
            ("hedge", "possible"),
            ("hedge", "could"),
            ("named_source", "Marc-André Gingras-Poole"),
            ("named_source", "Agnes Chukwuemeka-Tesch"),
            ("expert_source", "Meteorologist"),
            ("named_source", "Julien Lapointe-Mok"),
            ("hedge", "likely"),
        ),
    ),
    Passage(
        "gale-23",
        "The junction in Mardenfield where a 19-year-old cyclist was killed by a turning lorry "
        "last year should be redesigned, an inquest has concluded. Assistant coroner Philippa "
        "Grisedale recorded a conclusion of accidental death in the case of Ellis Cheverton, a "
        "student from the town. She said the cycle lane markings were “confusing at best” and "
        "warned that more deaths could follow unless changes were made. The lorry driver, who "
        "was not charged, told the inquest he had checked his mirrors twice. Ellis’s mother, "
        "Joanne Cheverton, said outside the hearing that the family hoped no one else would go "
        "through what they had. Mardenfield County Council said it would consider the coroner’s "
        "findings carefully.",
        (
            ("named_source", "Philippa Grisedale"),
            ("hedge", "could"),
            ("anonymous_source", "The lorry driver"),
            ("named_source", "Joanne Cheverton"),
        ),
    ),
    Passage(
        "gale-24",
        "Oil prices jumped more than 4% Monday after a fire halted loading at the Port Averne "
        "export terminal, one of the busiest in the region. The benchmark crude contract "
        "settled at $88.40 a barrel, its highest close since April. The terminal's operator "
        "said the blaze had been contained but gave no timeline for restarting. Traders said "
        'supplies could stay tight for weeks if the damage proves extensive. "The market was '
        'already stretched, so any outage gets magnified," said Carla Estrada-Wynne, head of '
        "commodities research at Bexcourt Partners. The fire was apparently started by sparks "
        "from maintenance work, according to Petroline Weekly, an industry newsletter.",
        (
            ("anonymous_source", "Traders"),
            ("hedge", "could"),
            ("named_source", "Carla Estrada-Wynne"),
            ("expert_source", "head of commodities research at Bexcourt Partners"),
            ("hedge", "apparently"),
            ("media_source", "Petroline Weekly"),
        ),
    ),
    Passage(
        "gale-25",
        "Ambulances spent a record 1900 hours ramped outside Kellambri Base Hospital last "
        "month, new figures show. Opposition health spokeswoman Tegan Scarsbrook said the "
        'numbers were "a disgrace". Health Minister Dominic Treloweth-Bligh acknowledged the '
        "system was under strain but said a 40-bed ward would open in May. One paramedic, who "
        "spoke on condition of anonymity because staff are barred from talking to the media, "
        "said crews were sometimes waiting six hours to hand over patients. The Ambulance "
        "Employees Association said morale had never been lower. Winter flu could push the "
        "numbers higher still, warned Dr Imogen Rixworth, an emergency physician at Kellambri.",
        (
            ("named_source", "Tegan Scarsbrook"),
            ("named_source", "Health Minister Dominic Treloweth-Bligh"),
            ("anonymous_source", "One paramedic"),
            ("hedge", "could"),
            ("named_source", "Dr Imogen Rixworth"),
            ("expert_source", "an emergency physician at Kellambri"),
        ),
    ),
    Passage(
        "gale-26",
        "Glenmurry have been dealt a major blow ahead of the provincial final with the news "
        "that full-back Shane Mulqueeney has ruptured a cruciate ligament. Manager Fergal Ó "
        "Broin confirmed the injury after training on Tuesday night. “Shane has been our rock "
        "for five years, and it’s a huge loss,” Ó Broin told Clonmara Community Radio. The "
        "county board is said to be considering an appeal against the suspension of midfielder "
        "Rory Kehilly, who was sent off in the semi-final. Supporters gathered outside the "
        "county grounds were downbeat. “Without Shane, we’re in serious trouble,” said one.",
        (
            ("named_source", "Fergal Ó Broin"),
            ("named_source", "Ó Broin#2"),
            ("media_source", "Clonmara Community Radio"),
            ("hedge", "is said to be"),
            ("anonymous_source", "one"),
        ),
    ),
    Passage(
        "gale-27",
        "Archaeologists digging in a field near Ansby Cross have uncovered what may be the "
        "remains of a Roman bathhouse, the largest found in the county. The excavation, run by "
        "the University of Carnholme, has exposed tiled floors and the base of a heated plunge "
        "pool. Dr Sophie Trefusis, an archaeologist at the university, said coins found on the "
        "site suggested the building was in use until the late fourth century. The bathhouse "
        "presumably served a villa or a small settlement nearby, she said. The landowner, Giles "
        "Ashmeade, said he had been ploughing over the remains for decades without knowing. “We "
        "used to turn up bits of red tile all the time,” he said. Heritage Digest, a specialist "
        "archaeology magazine, was the first to report the discovery.",
        (
            ("hedge", "may"),
            ("named_source", "Dr Sophie Trefusis"),
            ("expert_source", "an archaeologist at the university"),
            ("hedge", "suggested"),
            ("hedge", "presumably"),
            ("named_source", "Giles Ashmeade"),
            ("media_source", "Heritage Digest"),
        ),
    ),
    Passage(
        "gale-28",
        "A synagogue in the northern city of Haarvik was daubed with graffiti overnight, the "
        "latest in a series of attacks on places of worship in the country. Rabbi Elias "
        "Sonnenfeld said worshippers arriving for morning prayers had found slogans sprayed "
        'across the front doors. "We will not be intimidated, but people are frightened," he '
        "said. Police said they were examining security camera footage and that the attack "
        "might be linked to two others last month. Interior Minister Katrin Vaalberg posted on "
        'social media that an attack on one faith was "an attack on all of us." A 34-year-old '
        "man was arrested on Tuesday evening, according to the public broadcaster Vestnord "
        "Radio. Local media said he was known to police.",
        (
            ("named_source", "Rabbi Elias Sonnenfeld"),
            ("hedge", "might"),
            ("named_source", "Interior Minister Katrin Vaalberg"),
            ("media_source", "Vestnord Radio"),
            ("media_source", "Local media"),
        ),
    ),
    Passage(
        "gale-29",
        "The Granthurst City Council voted 6-3 on Wednesday night to raise property taxes by "
        "4.5% to close a $12 million budget gap. Council President Yolanda Quattlebaum said the "
        'alternative was laying off firefighters. "Nobody up here wanted to do this," '
        "Quattlebaum said. Councilwoman Abigail Dettweiler, who voted no, said the city should "
        "have cut spending on outside consultants first. The average homeowner would pay an "
        "extra $187 a year, according to a city budget memo. Mayor Leon Gravenor is expected to "
        "sign the measure Friday. Several homeowners who attended the meeting said they were "
        "already struggling with rising insurance costs.",
        (
            ("named_source", "Council President Yolanda Quattlebaum"),
            ("named_source", "Quattlebaum#2"),
            ("named_source", "Councilwoman Abigail Dettweiler"),
            ("hedge", "is expected to"),
            ("anonymous_source", "Several homeowners"),
        ),
    ),
    Passage(
        "gale-30",
        "The owner of the Pemberley & Hoad department store chain is in talks to sell the "
        "business to a private equity firm, according to documents seen by the Sunday Argent. "
        "Colvend Holdings, which owns the 34-store chain, is believed to be seeking £150m. The "
        "paper said Colvend had hired advisers in September. A deal could be announced before "
        "Christmas, one person close to the talks said. Colvend declined to comment. Retail "
        "analyst Fiona Stubbington of Pendrill Research said the chain’s high street sites were "
        "its most valuable asset. “Frankly, the property is worth more than the shops,” she "
        "said. The shopworkers’ union said it was seeking urgent assurances for the chain’s "
        "4,100 staff.",
        (
            ("media_source", "the Sunday Argent"),
            ("hedge", "is believed to"),
            ("media_source", "The paper"),
            ("hedge", "could"),
            ("anonymous_source", "one person close to the talks"),
            ("expert_source", "Retail analyst"),
            ("named_source", "Fiona Stubbington"),
        ),
    ),
    Passage(
        "gale-31",
        "A Merganser Bay startup that uses artificial intelligence to read medical scans has "
        "raised $40 million in new funding, the company said Tuesday. Co-founder and chief "
        "executive Amara Okabe-Roe said the money would be used to double the company's staff "
        "to 120. The round was led by Northcairn Ventures, according to The Logbook, a "
        "technology news site. Some radiologists have questioned whether such tools are ready "
        "for hospital use. Dr. Howard Yip-Ransford, a radiologist at St. Wulfric's Hospital in "
        "Merganser Bay, said the software might miss rare conditions that were not in its "
        'training data. "These systems are only as good as what they\'ve seen," he said. The '
        "software has not yet been approved by federal regulators, and it is unclear when a "
        "decision will be made.",
        (
            ("named_source", "Amara Okabe-Roe"),
            ("media_source", "The Logbook"),
            ("anonymous_source", "Some radiologists"),
            ("named_source", "Dr. Howard Yip-Ransford"),
            ("expert_source", "a radiologist at St. Wulfric's Hospital in Merganser Bay"),
            ("hedge", "might"),
            ("hedge", "unclear"),
        ),
    ),
    Passage(
        "gale-32",
        "Police have seized 300 kilograms of cocaine hidden in a shipment of ceramic tiles at "
        "the Port Calloran docks, in what they say is the state’s largest drug haul this year. "
        "Det Supt Karen Zanetti-Mace said the drugs had a street value of $90 million. Three "
        "men, aged 31, 38 and 45, have been charged and will appear in Port Calloran "
        "Magistrates Court today. The trio allegedly used a tiling business as a front to "
        "import the drugs. “This is a significant blow to organised crime,” Supt Zanetti-Mace "
        "said. The shipment is believed to have been loaded at a port overseas, and police say "
        "more arrests could follow. A worker at the docks, who declined to be named, told the "
        "Calloran Times that the raid began shortly after dawn.",
        (
            ("named_source", "Det Supt Karen Zanetti-Mace"),
            ("hedge", "allegedly"),
            ("named_source", "Supt Zanetti-Mace"),
            ("hedge", "is believed to"),
            ("hedge", "could"),
            ("anonymous_source", "A worker at the docks"),
            ("media_source", "the Calloran Times"),
        ),
    ),
    Passage(
        "gale-33",
        "The Skarsvik Museum of Art in Lake Orvin said Thursday that a painting long attributed "
        "to a student of the landscape painter Josiah Ambleforth is in fact by Ambleforth "
        "himself. Conservators found the artist's initials beneath a layer of old varnish "
        'during routine cleaning. "It was one of those moments you wait your whole career for," '
        "said Dr. Alma Urquidi-Platts, the museum's chief curator. Hollis Demarchelier, an art "
        "historian at Lake Orvin College who specializes in 19th-century American painting, "
        'called the evidence "persuasive but not conclusive." The painting could now be worth '
        "several million dollars, according to an appraiser quoted by ArtTrade Monthly. The "
        "museum has no plans to sell it.",
        (
            ("named_source", "Dr. Alma Urquidi-Platts"),
            ("named_source", "Hollis Demarchelier"),
            ("expert_source", "an art historian at Lake Orvin College"),
            ("hedge", "could"),
            ("anonymous_source", "an appraiser"),
            ("media_source", "ArtTrade Monthly"),
        ),
    ),
    Passage(
        "gale-34",
        "Professor Dame Margaret Ellisworth, whose work on the chemistry of clouds transformed "
        "climate modelling, has died aged 91. She spent most of her career at the University of "
        "Pellborough, where she founded its atmospheric science department in 1968. Her former "
        "student Professor Nikhil Varma-Hulse, now director of the Stennet Climate Centre, said "
        "she had “an unmatched instinct for which questions mattered”. In an interview with the "
        "Pellborough Times in 2009, Ellisworth recalled being told as a young woman that "
        "chemistry was “no job for a girl”. She is survived by her two sons and five "
        "grandchildren.",
        (
            ("named_source", "Professor Nikhil Varma-Hulse"),
            ("media_source", "the Pellborough Times"),
            ("named_source", "Ellisworth#2"),
        ),
    ),
    Passage(
        "gale-35",
        "A proposed natural gas pipeline through the Sablewood National Forest cleared a key "
        "regulatory hurdle Thursday when federal regulators approved its environmental review. "
        "The 140-mile Harrowgill Valley Pipeline would carry gas from the Gorsedge Basin to a "
        "power plant outside Calverbridge. Sen. Gideon Featherly, R-Wyo., who has championed "
        "the project, said it would create 900 construction jobs. At a hearing in July, Lena "
        "Abramowitz-Kuhl, legal director of the Harrowgill Valley Conservancy, testified that "
        "the route crossed more than 200 streams. Environmental groups said they would "
        "challenge the approval in court. The developer, Calverbridge Midstream, told the trade "
        "journal Gas Transmission Weekly that construction could begin as early as next spring.",
        (
            ("named_source", "Sen. Gideon Featherly"),
            ("named_source", "Lena Abramowitz-Kuhl"),
            ("anonymous_source", "Environmental groups"),
            ("media_source", "Gas Transmission Weekly"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "gale-36",
        "Flights at Brelford Airport were delayed by up to three hours on Sunday after a fault "
        "in the air traffic control system forced controllers to limit arrivals. The national "
        "air navigation agency said the fault had been fixed by 2pm. Passengers stuck in the "
        "terminal described long queues and little information. ‘Nobody told us anything for "
        "two hours,’ said Maree Costigan-Yeats, who was flying to her sister’s wedding. The "
        "cause of the fault was not immediately clear. Aviation analyst Neil Foxcroft-Menon "
        "said ageing software was likely to blame. A spokesman for the controllers’ union told "
        "Radio Brelford that staff shortages had made the disruption worse.",
        (
            ("anonymous_source", "Passengers stuck in the terminal"),
            ("named_source", "Maree Costigan-Yeats"),
            ("hedge", "not immediately clear"),
            ("expert_source", "Aviation analyst"),
            ("named_source", "Neil Foxcroft-Menon"),
            ("hedge", "likely"),
            ("anonymous_source", "A spokesman"),
            ("media_source", "Radio Brelford"),
        ),
    ),
    Passage(
        "gale-37",
        "Marravale State University will freeze tuition for in-state undergraduates for the "
        "next two years after its board of trustees voted Friday to approve the plan. President "
        'Celeste Mgbemena-Barlow called the freeze "a promise to families that college is still '
        'within reach." Enrollment at the university has fallen 8% since 2019. Student body '
        "president Kwame Pettiford, a senior majoring in economics, welcomed the decision but "
        "said housing and meal fees should also be capped. Some faculty members said privately "
        "that the freeze could force cuts in smaller departments. The student newspaper, the "
        "Marravale Lamplight, had reported Thursday that the board was likely to back the plan.",
        (
            ("named_source", "President Celeste Mgbemena-Barlow"),
            ("named_source", "Kwame Pettiford"),
            ("anonymous_source", "Some faculty members"),
            ("hedge", "could"),
            ("media_source", "the Marravale Lamplight"),
            ("hedge", "likely"),
        ),
    ),
    Passage(
        "gale-38",
        "Dairy farmers face a further cut in milk prices after Lisnagarry Co-op reduced its "
        "base price for October by 2c a litre. The co-op said weaker global dairy markets had "
        "left it with no choice. Owen Scanlon-Fahy, dairy chairman of the Creamery Suppliers’ "
        "Association, said the cut would cost a typical supplier €1,500 a month. “Farmers are "
        "already under savage pressure from feed and fertiliser costs,” he told the Farmstead "
        "Weekly. Other processors are expected to follow suit within days. Agricultural "
        "economist Dr Niamh Breathnach of Tullaghmore University said prices could recover in the "
        "spring if global supply tightened. A number of farmers at Monday’s mart in Lisnagarry "
        "said they were considering reducing herd numbers.",
        (
            ("named_source", "Owen Scanlon-Fahy"),
            ("media_source", "the Farmstead Weekly"),
            ("hedge", "are expected to"),
            ("expert_source", "Agricultural economist"),
            ("named_source", "Dr Niamh Breathnach"),
            ("hedge", "could"),
            ("anonymous_source", "A number of farmers at Monday’s mart in Lisnagarry"),
        ),
    ),
    Passage(
        "gale-39",
        "The Army has grounded its fleet of 140 TH-9 training helicopters after a crash at Fort "
        "Carrickson killed two instructors last week, officials said Wednesday. Gen. Lorna "
        "Stavely, who commands the service's aviation training center, said in a statement that "
        "the grounding was a precaution. Investigators are examining whether a faulty tail "
        "rotor gearbox may have caused the crash, according to two defense officials who spoke "
        "on condition of anonymity because the inquiry is ongoing. The helicopter's "
        "manufacturer, Amberwing Rotorcraft, said it was cooperating fully. The grounding could "
        "delay the training of new pilots by several months, Stavely acknowledged.",
        (
            ("anonymous_source", "officials"),
            ("named_source", "Gen. Lorna Stavely"),
            ("hedge", "may have"),
            ("anonymous_source", "two defense officials"),
            ("hedge", "could"),
            ("named_source", "Stavely#2"),
        ),
    ),
    Passage(
        "gale-40",
        "Train drivers at Stanbeck Rail will stage a 48-hour strike next week after talks over "
        "pay broke down, their union has announced. The union’s general secretary, Dermot "
        "Kearns-Barnard, said members had been offered “a real-terms pay cut”. Stanbeck Rail "
        "said the offer was fair and urged the union to return to talks. Passengers have been "
        "warned that services on most routes could be cancelled. Transport Secretary Joanna "
        "Sitwell-Orde told Stanbeck FM she would not intervene in a dispute between a company "
        "and its staff. Commuters at Stanbeck Central station said they were fed up. “It’s the "
        "fourth strike this year,” said one woman waiting for the 7.42 to Brinkhollow. Another "
        "said she would simply work from home.",
        (
            ("named_source", "Dermot Kearns-Barnard"),
            ("hedge", "could"),
            ("named_source", "Transport Secretary Joanna Sitwell-Orde"),
            ("media_source", "Stanbeck FM"),
            ("anonymous_source", "Commuters at Stanbeck Central station"),
            ("anonymous_source", "one woman"),
            ("anonymous_source", "Another"),
        ),
    ),
)
