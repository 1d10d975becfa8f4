"""Development set: 40 annotated news passages (invented people, places and outlets).

Used to inspect errors and to choose settings; the score to report is the one on
:mod:`.holdout`. See :mod:`credscore.evaluation.passages` for the annotation scheme.
"""

from __future__ import annotations

from . import Passage

PASSAGES: tuple[Passage, ...] = (
    Passage(
        "dev-01",
        "Governor Elena Varga said on Tuesday that the state budget would include $40 million "
        "for rural clinics. The plan may face resistance in the Senate, where Republicans hold "
        "a narrow majority. Sen. Howard Blaine, R-Ohio, called for a full audit of the clinic "
        "program before any new money is spent. Varga's office said the audit was unnecessary.",
        (
            ("named_source", "Elena Varga"),
            ("hedge", "may"),
            ("named_source", "Sen. Howard Blaine"),
        ),
    ),
    Passage(
        "dev-02",
        "A jury in Marlow County on Friday found a former school bus driver not guilty of "
        "reckless endangerment. The family's lawyer, Dana Whitcombe, said they were "
        '"devastated" by the verdict and would consider a civil suit. Prosecutors said they '
        "respected the decision. Investigators had found no evidence that the driver was "
        "impaired at the time of the crash, according to court filings.",
        (
            ("named_source", "Dana Whitcombe"),
            ("anonymous_source", "Prosecutors"),
        ),
    ),
    Passage(
        "dev-03",
        '"We were surprised by how quickly the coating broke down," said co-author Priya '
        "Raman, a chemist at the University of Calder. The findings suggest that the material "
        "could be recycled at room temperature, the team wrote in the journal Applied "
        "Surfaces. Tobias Krell, a materials scientist at Nordhaven Technical University who "
        'was not involved in the study, said the results were "promising but far from '
        'proven."',
        (
            ("named_source", "Priya Raman"),
            ("expert_source", "a chemist at the University of Calder"),
            ("hedge", "suggest"),
            ("hedge", "could"),
            ("named_source", "Tobias Krell"),
            ("expert_source", "a materials scientist at Nordhaven Technical University"),
        ),
    ),
    Passage(
        "dev-04",
        "Halvard Airlines will cut 1,200 jobs over the next year, its chief executive, Sipho "
        "Okonjo, said on Monday. Fuel costs had nearly doubled since January, Mr. Okonjo said, "
        "and fares were likely to rise by about 8 percent. The chief executive praised staff "
        'for their "extraordinary patience." Analysts at Brenner & Co. estimated that the cuts '
        "would save the carrier some $90 million a year. The company's shares rose 3 percent "
        "in May.",
        (
            ("named_source", "Sipho Okonjo"),
            ("named_source", "Mr. Okonjo"),
            ("hedge", "likely"),
            ("named_source", "The chief executive"),
            ("anonymous_source", "Analysts at Brenner & Co."),
        ),
    ),
    Passage(
        "dev-05",
        "The defence ministry is preparing to withdraw troops from the northern border, "
        "according to two officials who asked not to be identified because the plans had not "
        "been made public. A senior commander, speaking on condition of anonymity, said the "
        "withdrawal could begin within weeks. Another said no date had been set. The ministry "
        "declined to comment.",
        (
            ("anonymous_source", "two officials"),
            ("anonymous_source", "A senior commander"),
            ("hedge", "could"),
            ("anonymous_source", "Another"),
        ),
    ),
    Passage(
        "dev-06",
        "The German broadcaster ZDF reported on Sunday that the transport minister, Karl "
        "Ostermann, had offered to resign over the rail contract. Ostermann denied the report "
        'in a statement, calling it "pure invention." According to the Rhein Kurier, the '
        "contract was awarded without a tender. The newspaper said it had obtained internal "
        "emails showing that officials were warned about the costs.",
        (
            ("media_source", "ZDF"),
            ("named_source", "Ostermann#2"),
            ("media_source", "Rhein Kurier"),
            ("media_source", "The newspaper"),
        ),
    ),
    Passage(
        "dev-07",
        "Hospital managers in Westmoor were told to delay non-urgent surgery for at least three "
        "months, according to a memo seen by the Westmoor Echo. A separate letter obtained by "
        "Norland TV shows that staff shortages were flagged as early as March. The health "
        'trust said the memo was "a draft" and that no operations had been cancelled. Surgeons '
        "at the hospital, who spoke to the Echo on condition of anonymity, said waiting lists "
        "were the longest they had seen.",
        (
            ("media_source", "Westmoor Echo"),
            ("media_source", "Norland TV"),
            ("anonymous_source", "Surgeons at the hospital"),
            ("media_source", "Echo#2"),
        ),
    ),
    Passage(
        "dev-08",
        "Some fans believe the club's new owners plan to move the team out of Caddon Park. "
        "Three current players said they had been told nothing about a move. The club's "
        'chairman, Rui Almeida, insisted on Thursday that the stadium "is not for sale." The '
        "Caddon Supporters' Trust has called for a meeting with the owners.",
        (
            ("anonymous_source", "Some fans"),
            ("anonymous_source", "Three current players"),
            ("named_source", "Rui Almeida"),
        ),
    ),
    Passage(
        "dev-09",
        "A new nasal vaccine may reduce the spread of seasonal flu among children, according "
        "to a study published on Wednesday. The vaccine appears to be safe, although the trial "
        "was small, said Dr. Amara Obi, a paediatrician at Saint Brigid's Hospital who led the "
        "research. Obi cautioned that the results might not hold in older age groups. Health "
        "officials said a larger trial was expected to start next year.",
        (
            ("hedge", "may"),
            ("hedge", "appears to"),
            ("named_source", "Dr. Amara Obi"),
            ("expert_source", "a paediatrician at Saint Brigid's Hospital"),
            ("named_source", "Obi#2"),
            ("hedge", "might"),
            ("anonymous_source", "Health officials"),
            ("hedge", "was expected to"),
        ),
    ),
    Passage(
        "dev-10",
        "At least 14 people were killed when a landslide buried part of the village of Kessa on "
        "Saturday, the state broadcaster TVR said. Rescue workers said dozens more were feared "
        "trapped. Local media reported that heavy rain had loosened the hillside for days. The "
        'regional governor, Ilona Petrescu, described the landslide as "the worst in living '
        'memory."',
        (
            ("media_source", "TVR"),
            ("anonymous_source", "Rescue workers"),
            ("hedge", "feared"),
            ("media_source", "Local media"),
            ("named_source", "Ilona Petrescu"),
        ),
    ),
    Passage(
        "dev-11",
        "Vantor, the smartphone maker, is reportedly in talks to buy the chip designer Lumicell "
        "for about $2 billion. The deal was first reported by the Finance Ledger, citing people "
        "familiar with the matter. A Vantor spokeswoman declined to comment. Lumicell's "
        'founder, Jonah Weiss, said in a post on social media that the company "is not for '
        'sale, at any price." Industry analysts said a deal could still face scrutiny from '
        "regulators.",
        (
            ("hedge", "reportedly"),
            ("media_source", "Finance Ledger"),
            ("anonymous_source", "people familiar with the matter"),
            ("named_source", "Jonah Weiss"),
            ("anonymous_source", "Industry analysts"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "dev-12",
        "Tomas Eriksen, 38, who runs a bakery on Mill Street, said sales had halved since the "
        'road works began in February. "Some days I sell twelve loaves," he said. The council '
        "expects the work to finish by the end of June, a spokesman said. Neighbouring shop "
        "owners urged the council to offer rate relief.",
        (
            ("named_source", "Tomas Eriksen"),
            ("anonymous_source", "a spokesman"),
            ("anonymous_source", "Neighbouring shop owners"),
        ),
    ),
    Passage(
        "dev-13",
        "Support for the governing Unity Party has fallen to 31 percent, its lowest in a "
        "decade, according to a survey of 1,500 adults polled by the Daily Meridian. The "
        'party\'s leader, Farid Haddad, dismissed the poll as "a snapshot, not a verdict." Some '
        "party members privately believe Haddad is to blame for the slide, according to two "
        "of them. The next election is due in 2028.",
        (
            ("media_source", "Daily Meridian"),
            ("named_source", "Farid Haddad"),
            ("anonymous_source", "Some party members"),
            ("anonymous_source", "two of them"),
        ),
    ),
    Passage(
        "dev-14",
        "Federal prosecutors are investigating whether executives at Corvane Energy misled "
        "investors about the safety of its pipelines, people with knowledge of the matter said. "
        "The inquiry is at an early stage and may not lead to charges, one of the people said. "
        "Corvane said in a statement that it was cooperating fully. Its chief executive, Lydia "
        "Marsh, has denied any wrongdoing.",
        (
            ("anonymous_source", "people with knowledge of the matter"),
            ("hedge", "may"),
            ("anonymous_source", "one of the people"),
            ("named_source", "Lydia Marsh"),
        ),
    ),
    Passage(
        "dev-15",
        "Antarctic sea ice reached its lowest winter extent on record this year, data from the "
        "Polar Observation Centre show. Glaciologist Marta Kowalczyk of the University of "
        'Tromvik said the decline was "alarming but not surprising." She warned that the trend '
        "could accelerate. Some scientists suspect that changes in ocean currents are partly to "
        "blame.",
        (
            ("expert_source", "Glaciologist"),
            ("named_source", "Marta Kowalczyk"),
            ("hedge", "could"),
            ("anonymous_source", "Some scientists"),
            ("hedge", "suspect"),
        ),
    ),
    Passage(
        "dev-16",
        "Two referees were suspended on Monday after an inquiry into the Kestrel Cup final, "
        "officials at the national football federation said. One official said the referees "
        "had ignored repeated instructions from video assistants. A second official added that "
        "the suspensions would likely last the rest of the season. The referees could not be "
        "reached for comment.",
        (
            ("anonymous_source", "officials at the national football federation"),
            ("anonymous_source", "One official"),
            ("anonymous_source", "A second official"),
            ("hedge", "likely"),
        ),
    ),
    Passage(
        "dev-17",
        "Residents of Orla Heights say a cluster of childhood asthma cases is linked to the new "
        'waste incinerator. "I have no proof, but I know what I see every morning," said Grace '
        "Adeyemi, whose two sons both use inhalers. The city's environmental health director, "
        "Paul Nyberg, said air quality readings near the plant were within legal limits. "
        "Independent tests are expected to be published in the autumn. Respiratory physician "
        "Kwesi Boateng said the cluster was worth investigating.",
        (
            ("anonymous_source", "Residents of Orla Heights"),
            ("hedge", "I have no proof"),
            ("named_source", "Grace Adeyemi"),
            ("named_source", "Paul Nyberg"),
            ("hedge", "are expected to"),
            ("expert_source", "Respiratory physician"),
            ("named_source", "Kwesi Boateng"),
        ),
    ),
    Passage(
        "dev-18",
        "The opposition leader, Marguerite Dumas, accused the government of hiding the true "
        "cost of the bridge project. Finance Minister Olek Brandt called the accusation "
        '"baseless" and said the figures had been audited. An internal review, first reported '
        "by Radio Sud, put the overrun at 40 percent. Dumas urged Brandt to publish the review "
        "in full.",
        (
            ("named_source", "Marguerite Dumas"),
            ("named_source", "Olek Brandt"),
            ("media_source", "Radio Sud"),
            ("named_source", "Dumas#2"),
        ),
    ),
    Passage(
        "dev-19",
        "Saskia Vermeer, the founder of the meal-kit company Fresco Box, said in an interview "
        "with the Lowland Times that she had turned down three takeover offers this year. The "
        "company is believed to be valued at around 300 million euros. Vermeer said Fresco Box "
        "would probably turn a profit in 2027. Two former employees described the workplace as "
        '"chaotic but exciting."',
        (
            ("named_source", "Saskia Vermeer"),
            ("media_source", "Lowland Times"),
            ("hedge", "is believed to"),
            ("named_source", "Vermeer#2"),
            ("hedge", "probably"),
            ("anonymous_source", "Two former employees"),
        ),
    ),
    Passage(
        "dev-20",
        "The Greenfield Residents Association says the town's new parking rules are a \"cash "
        'grab." Council leader Bethany Cole defended the rules, saying they would cut '
        "congestion on the high street. The association has collected 2,400 signatures on a "
        "petition. Cole said the council would review the rules in May.",
        (
            ("named_source", "Bethany Cole"),
            ("named_source", "Cole#2"),
        ),
    ),
    Passage(
        "dev-21",
        "Floodwaters began to recede in the river town of Halden on Wednesday, but officials "
        "warned that more rain was forecast for the weekend. The town's fire chief, Mika "
        "Laine, estimated that 600 homes had been damaged. Some 200 people spent a third night "
        "in emergency shelters. Insurers said it was too early to put a figure on the losses, "
        "and it remains unclear how many businesses will reopen. The river is likely to stay "
        "high until Sunday, said Oona Farrell, a hydrologist at the Halden Water Institute.",
        (
            ("anonymous_source", "officials"),
            ("named_source", "Mika Laine"),
            ("anonymous_source", "Insurers"),
            ("hedge", "unclear"),
            ("hedge", "likely"),
            ("named_source", "Oona Farrell"),
            ("expert_source", "a hydrologist at the Halden Water Institute"),
        ),
    ),
    Passage(
        "dev-22",
        "Three current staff members at the social network Chirpline said the company had "
        "quietly relaxed its rules on political advertising. One of them, who asked not to be "
        "named for fear of losing their job, said the change was approved by the chief "
        "executive, Ben Adler, in March. Adler did not respond to requests for comment. A "
        'company spokeswoman said the policy "has not changed."',
        (
            ("anonymous_source", "Three current staff members"),
            ("anonymous_source", "One of them"),
            ("anonymous_source", "A company spokeswoman"),
        ),
    ),
    Passage(
        "dev-23",
        "Several senior members of the ruling party have urged the prime minister to call an "
        "early election, according to lawmakers who attended a private meeting on Tuesday. One "
        'lawmaker said the mood in the room was "mutinous." Another said the prime minister, '
        "Ana Sousa, was unlikely to survive the summer. Sousa's spokesman said she had the full "
        "support of the cabinet.",
        (
            ("anonymous_source", "Several senior members of the ruling party"),
            ("anonymous_source", "lawmakers"),
            ("anonymous_source", "One lawmaker"),
            ("anonymous_source", "Another"),
            ("hedge", "unlikely"),
            ("anonymous_source", "Sousa's spokesman"),
        ),
    ),
    Passage(
        "dev-24",
        "Judge Harriet Osei ruled on Thursday that the city had violated the rights of street "
        "vendors by seizing their carts without notice. In a 40-page decision, Osei described "
        'the seizures as "arbitrary and unlawful." The city\'s lawyer, Victor Ramos, said the '
        "city would appeal. Vendors outside the courthouse cheered when the ruling was "
        "announced.",
        (
            ("named_source", "Judge Harriet Osei"),
            ("named_source", "Osei#2"),
            ("named_source", "Victor Ramos"),
        ),
    ),
    Passage(
        "dev-25",
        "Eating a handful of nuts a day is associated with a lower risk of heart disease, but "
        'the link may not be causal, researchers cautioned. "People who eat nuts also exercise '
        'more and smoke less," said Ingrid Solheim, who studies nutrition at the University of '
        "Bergvik and was not involved in the research. The study was funded in part by a nut "
        "growers' association. Solheim said the findings should be treated with caution.",
        (
            ("hedge", "may"),
            ("anonymous_source", "researchers"),
            ("named_source", "Ingrid Solheim"),
            ("expert_source", "who studies nutrition at the University of Bergvik"),
            ("named_source", "Solheim#2"),
        ),
    ),
    Passage(
        "dev-26",
        "Kenji Arakawa, 19, became the youngest winner of the Harbour Marathon on Sunday. His "
        "coach, Lisa Moreau, said Arakawa could be ready for the Olympics within two years. "
        '"He trains harder than anyone I have coached," she said. The race was broadcast live '
        "by Sportsnet East, which estimated that 90,000 spectators lined the route.",
        (
            ("named_source", "Lisa Moreau"),
            ("hedge", "could"),
            ("media_source", "Sportsnet East"),
        ),
    ),
    Passage(
        "dev-27",
        "Health authorities in the province of Valmer are investigating a suspected outbreak of "
        "measles at a primary school. Eleven children have shown symptoms, said Dr. Ruth Amsel, "
        "the province's chief medical officer. The source of the infection is not yet known, "
        "but officials believe it may have been a traveller returning from abroad. Parents said "
        "they had received a letter from the school on Friday.",
        (
            ("hedge", "suspected"),
            ("named_source", "Dr. Ruth Amsel"),
            ("hedge", "not yet known"),
            ("anonymous_source", "officials"),
            ("hedge", "may"),
            ("anonymous_source", "Parents"),
        ),
    ),
    Passage(
        "dev-28",
        "Shares in the retailer Brightmart fell 12 percent on Tuesday after the Capital "
        "Business Daily, citing two people close to the company, reported that its finance "
        "director had resigned. Brightmart said it did not comment on speculation. Analysts "
        "said the departure could delay the company's turnaround plan. Hamish Boyd, a retail "
        "analyst at Kerrow Securities, said investors had lost patience. The finance director, "
        "Oskar Lindqvist, joined the company in 2021.",
        (
            ("media_source", "Capital Business Daily"),
            ("anonymous_source", "two people close to the company"),
            ("anonymous_source", "Analysts"),
            ("hedge", "could"),
            ("named_source", "Hamish Boyd"),
            ("expert_source", "a retail analyst at Kerrow Securities"),
        ),
    ),
    Passage(
        "dev-29",
        "The mining company Trevaro allegedly paid bribes to officials in two provinces to "
        "secure drilling permits, according to a report in the weekly magazine Nordlicht. The "
        "magazine said it had reviewed bank records and spoken to four former employees. "
        'Trevaro called the allegations "defamatory" and said it would take legal action. '
        "Prosecutors in the capital said they were aware of the report.",
        (
            ("hedge", "allegedly"),
            ("media_source", "Nordlicht"),
            ("media_source", "The magazine"),
            ("anonymous_source", "Prosecutors in the capital"),
        ),
    ),
    Passage(
        "dev-30",
        '"We will not raise taxes on working families," Prime Minister Daniel Oduya told '
        "parliament on Wednesday. Oduya said the government would fund the new hospitals by "
        'cutting spending elsewhere. Opposition leader Hannah Greer said the numbers "simply do '
        'not add up." The budget vote is scheduled for next week.',
        (
            ("named_source", "Daniel Oduya"),
            ("named_source", "Oduya#2"),
            ("named_source", "Hannah Greer"),
        ),
    ),
    Passage(
        "dev-31",
        "Police in Drumlow are treating the death of a 54-year-old man found in a canal on "
        "Sunday as unexplained. Detective Inspector Fiona Gallagher said officers had found no "
        "evidence of foul play so far. Neighbours described the man as quiet and friendly. A "
        "post-mortem examination is expected later this week.",
        (
            ("named_source", "Fiona Gallagher"),
            ("anonymous_source", "Neighbours"),
            ("hedge", "is expected"),
        ),
    ),
    Passage(
        "dev-32",
        "The encrypted messaging app Quill might be forced to withdraw from the Estland market "
        "under a proposed law on online safety, its co-founder, Aaron Feld, warned on Monday. "
        "Feld said the law would require the company to scan private messages, something he "
        'described as "technically impossible without breaking encryption." Digital rights '
        "groups praised the company's stand. The ministry said the law would only target "
        "illegal content. Mirela Stan, who teaches computer security at Estland Technical "
        "University, said the scanning plan was unworkable.",
        (
            ("hedge", "might"),
            ("named_source", "Aaron Feld"),
            ("named_source", "Feld#2"),
            ("anonymous_source", "Digital rights groups"),
            ("named_source", "Mirela Stan"),
            ("expert_source", "who teaches computer security at Estland Technical University"),
        ),
    ),
    Passage(
        "dev-33",
        "A wildfire that has burned some 8,000 hectares in the hills above Serrano was 40 "
        "percent contained by Thursday, fire officials said. Some 200 firefighters are battling "
        "the blaze. In an interview with Radio Costa, the regional fire commander, Luis "
        "Herrera, said the fire was probably started by a discarded cigarette. Residents who "
        "were evacuated on Monday may be allowed to return this weekend.",
        (
            ("anonymous_source", "fire officials"),
            ("media_source", "Radio Costa"),
            ("named_source", "Luis Herrera"),
            ("hedge", "probably"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "dev-34",
        "A former nurse at the Linden Care Home was sentenced to six years in prison on Friday "
        "for stealing from elderly residents. In a statement read outside court, the daughter "
        "of one victim accused the home's managers of ignoring repeated complaints. Judge Colin "
        'Baptiste praised the residents\' relatives for their "patience and courage." The '
        "home's owners said they had since replaced the management team.",
        (
            ("anonymous_source", "the daughter of one victim"),
            ("named_source", "Judge Colin Baptiste"),
        ),
    ),
    Passage(
        "dev-35",
        "Rumours that the striker Diego Alvarenga is about to leave Porto Verde have swirled for "
        'weeks. His agent, Marco Ferri, told the sports daily Gazzetta Nord that "nothing has '
        'been signed." A person close to the club said a transfer was possible before the '
        "window closes. Alvarenga, 27, has scored 18 goals this season.",
        (
            ("hedge", "Rumours"),
            ("named_source", "Marco Ferri"),
            ("media_source", "Gazzetta Nord"),
            ("anonymous_source", "A person close to the club"),
            ("hedge", "possible"),
        ),
    ),
    Passage(
        "dev-36",
        "The Institute for Coastal Research said on Monday that sea levels along the Maren "
        "coast had risen by 4 centimetres since 2010. The institute's director, Hugo "
        "Brandvold, said the rate appeared to be increasing. The report was welcomed by the "
        "Maren Times Foundation, a charity that funds coastal defences. Brandvold said new "
        "barriers would likely be needed within 20 years.",
        (
            ("named_source", "Hugo Brandvold"),
            ("hedge", "appeared to"),
            ("named_source", "Brandvold#2"),
            ("hedge", "likely"),
        ),
    ),
    Passage(
        "dev-37",
        "The drug regulator is expected to approve a cheaper generic version of the diabetes "
        "drug Glucara next month, two people familiar with the decision said. One of the "
        "people, speaking on condition of anonymity because the decision is not yet public, "
        "said the approval could cut prices by half. The drug's maker, Pellam Pharma, said it "
        "would challenge any approval in court.",
        (
            ("hedge", "is expected to"),
            ("anonymous_source", "two people familiar with the decision"),
            ("anonymous_source", "One of the people"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "dev-38",
        "Rep. Carla Jimenez, D-N.M., urged the Interior Department to halt drilling leases near "
        "the Pecos River. Jimenez, 52, said the leases could threaten the drinking water of "
        '40,000 people. Rep. Dale Hutchins, R-Texas, accused her of "putting ideology ahead of '
        'jobs." A department spokesperson said the leases were under review.',
        (
            ("named_source", "Rep. Carla Jimenez"),
            ("named_source", "Jimenez#2"),
            ("hedge", "could"),
            ("named_source", "Rep. Dale Hutchins"),
            ("anonymous_source", "A department spokesperson"),
        ),
    ),
    Passage(
        "dev-39",
        "A magnitude 6.2 earthquake struck off the coast of Tamura on Friday, the national "
        "broadcaster KBT reported. No tsunami warning was issued. Footage aired by KBT showed "
        "cracked roads and collapsed walls in the port city of Ishino. The meteorological "
        "agency warned that aftershocks were likely over the coming days. Experts said the "
        "quake may have occurred on a previously unmapped fault.",
        (
            ("media_source", "KBT"),
            ("media_source", "KBT#2"),
            ("hedge", "likely"),
            ("anonymous_source", "Experts"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "dev-40",
        "Economists expect the central bank to raise interest rates by a quarter of a point on "
        'Thursday. "Inflation is still running too hot for comfort," said Nadia Rahimi, chief '
        "economist at Solent Capital. A minority of analysts predicted that the bank would "
        "hold rates steady. The bank's governor, Joaquim Sena, has said he will be guided by "
        "the data.",
        (
            ("anonymous_source", "Economists"),
            ("named_source", "Nadia Rahimi"),
            ("expert_source", "chief economist at Solent Capital"),
            ("anonymous_source", "A minority of analysts"),
            ("named_source", "Joaquim Sena"),
        ),
    ),
)
