"""Held-out set: 40 annotated news passages, written separately from :mod:`.dev`.

Different invented people, places, outlets and phrasings; use these passages only for the
final measurement, never to choose a setting. See :mod:`credscore.evaluation.passages`
for the annotation scheme.
"""

from __future__ import annotations

from . import Passage

PASSAGES: tuple[Passage, ...] = (
    Passage(
        "ho-01",
        "A warehouse manager accused of setting fire to his employer's depot appeared in court "
        "in Brackley on Monday. His attorney, Malcolm Treadwell, told reporters that his client "
        "would plead not guilty. If convicted, the man could face up to 12 years in prison. "
        "Fire investigators said the blaze had started in two places at once.",
        (
            ("named_source", "Malcolm Treadwell"),
            ("hedge", "could"),
            ("anonymous_source", "Fire investigators"),
        ),
    ),
    Passage(
        "ho-02",
        "Wild bees in the Terrano valley have declined by a third since 2005, a survey "
        'published on Thursday found. "The numbers are stark, but not hopeless," said lead '
        "author Yusuf Demir, an ecologist at Corran University. The decline is possibly linked "
        "to a fungicide widely used on orchards, the authors wrote. Farmers' unions said the "
        "evidence against the fungicide was thin.",
        (
            ("named_source", "Yusuf Demir"),
            ("expert_source", "an ecologist at Corran University"),
            ("hedge", "possibly"),
            ("anonymous_source", "Farmers' unions"),
        ),
    ),
    Passage(
        "ho-03",
        "Castell Bank set aside 400 million pounds for bad loans in the third quarter. Ms. "
        "Ferreira, the bank's chief financial officer, said the provision reflected "
        '"caution, not alarm." Analysts polled by the Commerce Wire had expected a smaller '
        "charge. The finance chief also warned that margins would remain under pressure next "
        "year.",
        (
            ("named_source", "Ms. Ferreira"),
            ("anonymous_source", "Analysts polled by the Commerce Wire"),
            ("media_source", "Commerce Wire"),
            ("named_source", "The finance chief"),
        ),
    ),
    Passage(
        "ho-04",
        "Sen. Patricia Holloway, D-Mich., urged colleagues on Wednesday to extend the "
        "child tax credit for another two years. Gov. Brent Kessler, a Republican, called the "
        'proposal "a spending spree dressed up as compassion." Holloway said the credit had '
        "lifted thousands of families out of poverty. The bill is unlikely to pass before the "
        "recess.",
        (
            ("named_source", "Sen. Patricia Holloway"),
            ("named_source", "Gov. Brent Kessler"),
            ("named_source", "Holloway#2"),
            ("hedge", "unlikely"),
        ),
    ),
    Passage(
        "ho-05",
        "Negotiators from both sides are close to a ceasefire agreement, a diplomat speaking on "
        "condition of anonymity said on Saturday. A European official familiar with the talks "
        "said the main obstacle was the exchange of prisoners. A second diplomat cautioned that "
        "the deal could still collapse at the last minute. Neither government has commented "
        "publicly.",
        (
            ("anonymous_source", "a diplomat"),
            ("anonymous_source", "A European official familiar with the talks"),
            ("anonymous_source", "A second diplomat"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "ho-06",
        "The Danish broadcaster TV Nordvest reported on Tuesday that the shipping group "
        "Arendt Line had been fined for dumping ballast water. The state news agency Tarp "
        "later confirmed the fine, putting it at 3 million kroner. Arendt Line's chairman, Nils "
        'Aaberg, called the penalty "disproportionate" in a statement.',
        (
            ("media_source", "TV Nordvest"),
            ("media_source", "Tarp"),
            ("named_source", "Nils Aaberg"),
        ),
    ),
    Passage(
        "ho-07",
        "Managers at the Ravenmoor water utility knew for years that the pipes under the old "
        "town were failing, according to documents obtained by the Ravenmoor Clarion. The "
        "documents show that repairs were postponed three times to save money. A utility "
        "spokesman said the company had invested heavily in its network. An engineer who "
        "worked on the pipes told the Clarion that the failures were entirely predictable.",
        (
            ("media_source", "Ravenmoor Clarion"),
            ("anonymous_source", "A utility spokesman"),
            ("anonymous_source", "An engineer who worked on the pipes"),
            ("media_source", "Clarion#2"),
        ),
    ),
    Passage(
        "ho-08",
        "Several players at Wexley Rovers, who requested anonymity to discuss internal "
        "matters, said they had not been paid for two months. The club's manager, Owen "
        "Pritchard, told the Evening Star that wages would be paid by Friday. Pritchard, 46, "
        "took charge of the club in the summer. Some supporters suspect the owners are "
        "preparing to sell.",
        (
            ("anonymous_source", "Several players at Wexley Rovers"),
            ("named_source", "Owen Pritchard"),
            ("media_source", "Evening Star"),
            ("anonymous_source", "Some supporters"),
            ("hedge", "suspect"),
        ),
    ),
    Passage(
        "ho-09",
        "A tick-borne virus has been detected in deer in the Callow Hills for the first time. "
        "Dr. Simone Achebe, an infectious disease specialist at Calloway General Hospital, said "
        "hikers might be at greater risk than previously thought. It remains unclear whether "
        "the virus can pass to humans in the region, she added. Park rangers have put up "
        "warning signs at trailheads.",
        (
            ("named_source", "Dr. Simone Achebe"),
            ("expert_source", "an infectious disease specialist at Calloway General Hospital"),
            ("hedge", "might"),
            ("hedge", "unclear"),
        ),
    ),
    Passage(
        "ho-10",
        "Heavy monsoon rains triggered flash floods across the district of Varanpur, killing "
        "at least 22 people, state television reported. The death toll is likely to rise as "
        "rescuers reach remote villages, the district collector, Arjun Pillai, said. Witnesses "
        "said entire houses were swept away within minutes.",
        (
            ("media_source", "state television"),
            ("hedge", "likely"),
            ("named_source", "Arjun Pillai"),
            ("anonymous_source", "Witnesses"),
        ),
    ),
    Passage(
        "ho-11",
        "The electric scooter company Zipwell is said to be considering a sale of its European "
        "business. A person briefed on the plans said bankers had been hired to sound out "
        "buyers. Zipwell's chief executive, Hana Novak, told investors in August that the "
        "company was committed to Europe. The company did not respond to a request for comment.",
        (
            ("hedge", "is said to"),
            ("anonymous_source", "A person briefed on the plans"),
            ("named_source", "Hana Novak"),
        ),
    ),
    Passage(
        "ho-12",
        "Maria Kowalski, 71, a retired teacher who has lived on Elm Road for 40 years, said the "
        'new bus lane had made her street "a racetrack." Some 50 residents signed a letter '
        "to the council last week. Neighbors said drivers were using the street to avoid "
        "queues on the bypass. Councillor Derek Obuya said the council would review traffic "
        "data in the new year.",
        (
            ("named_source", "Maria Kowalski"),
            ("anonymous_source", "Neighbors"),
            ("named_source", "Councillor Derek Obuya"),
        ),
    ),
    Passage(
        "ho-13",
        "The centre-left Progress Alliance leads the governing coalition by six points, "
        "according to a poll conducted for the Harwick Sentinel. The survey suggests that "
        "voters are most worried about housing costs. Alliance leader Tereza Vlasak said the "
        'result showed the country "wants change." A coalition strategist, who was not '
        "authorised to speak publicly, said internal polling told a different story. "
        "Political scientist Jonas Falk of Harwick University said the lead was within the "
        "margin of error.",
        (
            ("media_source", "Harwick Sentinel"),
            ("hedge", "suggests"),
            ("named_source", "Tereza Vlasak"),
            ("anonymous_source", "A coalition strategist"),
            ("expert_source", "Political scientist"),
            ("named_source", "Jonas Falk"),
        ),
    ),
    Passage(
        "ho-14",
        "A man suspected of stealing rare coins from the Linnford Museum was arrested on "
        "Wednesday, sources close to the investigation said. Officers found no evidence of a "
        "break-in, and detectives believe the thief had a key. The museum's "
        'director, Imogen Clarke, said she was "relieved and grateful."',
        (
            ("hedge", "suspected"),
            ("anonymous_source", "sources close to the investigation"),
            ("anonymous_source", "detectives"),
            ("named_source", "Imogen Clarke"),
        ),
    ),
    Passage(
        "ho-15",
        "A comet discovered in March could become visible to the naked eye by late October. "
        'Linwood University astronomer Felix Braun said the comet was "behaving beautifully '
        'so far." Comets are notoriously unpredictable, and it may break apart as it nears the '
        "sun, Braun said. Many amateur astronomers think it will be the brightest in a decade.",
        (
            ("hedge", "could"),
            ("expert_source", "Linwood University astronomer"),
            ("named_source", "Felix Braun"),
            ("hedge", "may"),
            ("named_source", "Braun#2"),
            ("anonymous_source", "Many amateur astronomers"),
        ),
    ),
    Passage(
        "ho-16",
        "The national rugby team will play without its captain in Saturday's match against "
        "Teveria, one team official said on condition of anonymity. The captain injured his "
        "knee in training, the official said. Another official said the injury was not "
        "serious. The team's head coach, Brendan Walsh, is expected to name a replacement on "
        "Thursday.",
        (
            ("anonymous_source", "one team official"),
            ("anonymous_source", "the official"),
            ("anonymous_source", "Another official"),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "ho-17",
        "Parents at Birchwood Primary School are demanding answers after a teacher was "
        "suspended without explanation. \"I can't prove it, but I think the school is hiding "
        "something,\" said Leanne Foster, whose daughter is in the teacher's class. The head "
        "teacher, Martin Gale, said he could not discuss staffing matters. The teacher was "
        "rumoured to have clashed with the school's governors.",
        (
            ("hedge", "I can't prove it"),
            ("named_source", "Leanne Foster"),
            ("named_source", "Martin Gale"),
            ("hedge", "rumoured"),
        ),
    ),
    Passage(
        "ho-18",
        "The environment minister, Sofia Lindahl, accused the opposition of "
        '"scaremongering" over the new wind farm at Storbacka. Opposition spokesman Erik '
        "Halvorsen said the turbines would harm migrating birds. Lindahl praised local "
        "fishermen for supporting the project. Construction is scheduled to begin in April.",
        (
            ("named_source", "Sofia Lindahl"),
            ("named_source", "Erik Halvorsen"),
            ("named_source", "Lindahl#2"),
        ),
    ),
    Passage(
        "ho-19",
        "Cyril Mbeki, who founded the payments start-up Ledgerly in his student flat, said in "
        "an interview with the broadcaster Lumen FM that he would step down as chief "
        "executive next year. Mbeki, 34, said he wanted to spend more time on research. "
        "Ledgerly is reportedly preparing to list its shares in Frankfurt. Investors "
        'described the timing as "awkward."',
        (
            ("named_source", "Cyril Mbeki"),
            ("media_source", "Lumen FM"),
            ("named_source", "Mbeki#2"),
            ("hedge", "reportedly"),
            ("anonymous_source", "Investors"),
        ),
    ),
    Passage(
        "ho-20",
        "Tribune Capital, a hedge fund based in Geneva, has bought a 5 percent stake in the "
        "chemicals maker Orvex. The fund's founder, Laurent Beaumont, said Orvex was "
        '"deeply undervalued." Orvex shares jumped 9 percent on the news. The company called '
        'the fund\'s "advice" unwelcome.',
        (("named_source", "Laurent Beaumont"),),
    ),
    Passage(
        "ho-21",
        "A cyclone tore through the coastal town of Port Anwar overnight, destroying homes and "
        "cutting power to most of the district. The mayor, Halima Yusuf, estimated that 3,000 "
        "people had lost their homes. Aid workers said clean water was running short. Some 300 "
        "homes were flattened, and forecasters warned that a second storm may follow within "
        "days.",
        (
            ("named_source", "Halima Yusuf"),
            ("anonymous_source", "Aid workers"),
            ("anonymous_source", "forecasters"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "ho-22",
        "Four former engineers at the ride-hailing firm Pronto said the company's safety team "
        "had been cut by half last year. They spoke on the condition that they not be named, "
        "citing confidentiality agreements. A Pronto spokesperson said safety remained the "
        "company's top priority. The company's chief technology officer, Rahul Bhatt, "
        "declined an interview request.",
        (
            ("anonymous_source", "Four former engineers at the ride-hailing firm Pronto"),
            ("anonymous_source", "A Pronto spokesperson"),
        ),
    ),
    Passage(
        "ho-23",
        "Budget negotiations in the state assembly broke down late on Thursday, according to "
        "lawmakers familiar with the talks. One lawmaker blamed the speaker, Helen Whitfield, "
        "for refusing to compromise on school funding. Another lawmaker predicted that the "
        "government would shut down within a week. Whitfield said she remained "
        '"cautiously optimistic."',
        (
            ("anonymous_source", "lawmakers familiar with the talks"),
            ("anonymous_source", "One lawmaker"),
            ("anonymous_source", "Another lawmaker"),
            ("named_source", "Whitfield#2"),
        ),
    ),
    Passage(
        "ho-24",
        "The Supreme Court of Valdoria upheld a ban on private donations to political parties "
        "by a vote of five to two. Justice Amelia Fontaine, writing for the majority, said the "
        "ban protected elections from undue influence. In a dissent, Justice Pieter de Groot "
        'described the ruling as "a blow to free expression." Campaign groups said they would '
        "take the case to the regional human rights court.",
        (
            ("named_source", "Justice Amelia Fontaine"),
            ("named_source", "Justice Pieter de Groot"),
            ("anonymous_source", "Campaign groups"),
        ),
    ),
    Passage(
        "ho-25",
        "A gene variant common in northern Europe appears to protect carriers against a severe "
        "form of malaria, researchers reported on Monday. Professor Olena Marchenko, a "
        "geneticist at the Kessler Institute who was not involved in the work, said the "
        'finding was "elegant and surprising." She said the variant might explain why the '
        "disease never took hold in the region.",
        (
            ("hedge", "appears to"),
            ("anonymous_source", "researchers"),
            ("named_source", "Professor Olena Marchenko"),
            ("expert_source", "a geneticist at the Kessler Institute"),
            ("hedge", "might"),
        ),
    ),
    Passage(
        "ho-26",
        "Luisa Prado, 23, who plays for the Merida Stars, scored four goals in Sunday's "
        'league final. "I still can\'t believe it," Prado said after the match. Her coach, '
        "Javier Ortega, predicted that she would be called up to the national team this "
        "season. The final was watched by a record crowd of 18,000.",
        (
            ("named_source", "Prado#2"),
            ("named_source", "Javier Ortega"),
        ),
    ),
    Passage(
        "ho-27",
        "A rise in whooping cough cases among infants is possibly linked to falling vaccination "
        "rates, the health minister, Kwame Asante, said on Friday. Cases have tripled since "
        "last year. Asante urged pregnant women to get vaccinated. Doctors in the capital said "
        "clinics were seeing more late diagnoses. Henrik Engel, an epidemiologist at the "
        'National Institute of Public Health, said the rise was "entirely predictable."',
        (
            ("hedge", "possibly"),
            ("named_source", "Kwame Asante"),
            ("named_source", "Asante#2"),
            ("anonymous_source", "Doctors in the capital"),
            ("named_source", "Henrik Engel"),
            ("expert_source", "an epidemiologist at the National Institute of Public Health"),
        ),
    ),
    Passage(
        "ho-28",
        "Shares in the toy maker Brickhaus fell sharply after the news agency Osprey Press, "
        "citing the Vane Observer, reported that the company would miss its profit forecast. "
        "Brickhaus said the report was inaccurate. Two analysts who follow the company said "
        "a profit warning was probable. The company's results are due on Thursday.",
        (
            ("media_source", "Osprey Press"),
            ("media_source", "Vane Observer"),
            ("anonymous_source", "Two analysts who follow the company"),
            ("hedge", "probable"),
        ),
    ),
    Passage(
        "ho-29",
        "A senior police officer in the port city of Salvo allegedly tipped off a smuggling "
        "gang before a raid, according to a report in the Morning Courier. The newspaper said "
        "it had seen messages between the officer and a gang member. The city's police chief, "
        "Dario Conti, said an internal inquiry had been opened.",
        (
            ("hedge", "allegedly"),
            ("media_source", "Morning Courier"),
            ("media_source", "The newspaper"),
            ("named_source", "Dario Conti"),
        ),
    ),
    Passage(
        "ho-30",
        '"This is the fairest pension reform in a generation," Labour Minister Kristin Sand '
        "told lawmakers on Tuesday. Sand said the reform would raise the retirement age "
        "gradually over 15 years. Union leader Paulo Reis said workers would strike if the "
        'bill passed. "We have no other choice," Reis said.',
        (
            ("named_source", "Kristin Sand"),
            ("named_source", "Sand#2"),
            ("named_source", "Paulo Reis"),
            ("named_source", "Reis#2"),
        ),
    ),
    Passage(
        "ho-31",
        "The body of a woman was found in a car park in Eastfield on Saturday morning. "
        "Detective Sgt. Rhys Morgan said officers had found nothing to suggest foul play. "
        "The woman, who was in her 60s, has not yet been identified. Morgan appealed for "
        "anyone with information to contact the police.",
        (
            ("named_source", "Detective Sgt. Rhys Morgan"),
            ("named_source", "Morgan#2"),
        ),
    ),
    Passage(
        "ho-32",
        "The home robot maker Tidy could run out of cash by the spring, its co-founder, "
        "Selma Ruud, acknowledged on Wednesday. Ruud said the company was in talks with "
        "investors but that no deal was guaranteed. Customers have complained that the robots "
        "may stop working if the company's servers shut down. Ruud, the company's chief "
        "executive, said she was confident of a rescue.",
        (
            ("hedge", "could"),
            ("named_source", "Selma Ruud"),
            ("named_source", "Ruud#2"),
            ("anonymous_source", "Customers"),
            ("hedge", "may"),
            ("named_source", "Ruud#3"),
        ),
    ),
    Passage(
        "ho-33",
        "Firefighters had contained about half of the Ridgeback fire by Tuesday evening, "
        "according to the broadcaster Canal 7. Some 1,500 residents remain under evacuation "
        "orders. The county fire chief, Andrea Solis, said the blaze was probably sparked by "
        "a power line. The cause has not been officially determined.",
        (
            ("media_source", "Canal 7"),
            ("named_source", "Andrea Solis"),
            ("hedge", "probably"),
        ),
    ),
    Passage(
        "ho-34",
        "A driver who killed a cyclist while using his phone was jailed for five years on "
        "Thursday. The victim's mother, who asked that her name not be published, said the "
        'sentence was "an insult." Judge Rosalind Achterberg said the driver had shown '
        "genuine remorse. Road safety campaigners called for tougher penalties.",
        (
            ("anonymous_source", "The victim's mother"),
            ("named_source", "Judge Rosalind Achterberg"),
            ("anonymous_source", "Road safety campaigners"),
        ),
    ),
    Passage(
        "ho-35",
        "The winger Tomasz Wrobel is rumoured to be close to a move to Atletico Sal. A source "
        "at the club said talks were at an advanced stage. Wrobel's representative, Ines "
        "Carvalho, told the radio station Onda Sport that several clubs were interested. The "
        "transfer window closes on Friday.",
        (
            ("hedge", "is rumoured to"),
            ("anonymous_source", "A source at the club"),
            ("named_source", "Ines Carvalho"),
            ("media_source", "Onda Sport"),
        ),
    ),
    Passage(
        "ho-36",
        "The Chronicle Trust, a conservation charity, has bought 400 hectares of peat bog in "
        "the Ashford Moors. The trust's director, Gareth Penhallow, said restoring the bog "
        "could lock away thousands of tonnes of carbon. Local farmers were consulted on the "
        "purchase, Penhallow said. Restored peat also reduces flooding downstream, according "
        "to Priscilla Nwosu, a soil scientist at Ashford University.",
        (
            ("named_source", "Gareth Penhallow"),
            ("hedge", "could"),
            ("named_source", "Penhallow#2"),
            ("named_source", "Priscilla Nwosu"),
            ("expert_source", "a soil scientist at Ashford University"),
        ),
    ),
    Passage(
        "ho-37",
        "The national health service is expected to roll out a new screening test for bowel "
        "cancer next year. Officials said the test was cheaper and easier to use than the "
        "current one. Dr. Hamid Karimi, a gastroenterologist at Northgate University Hospital, "
        "said the test would likely save hundreds of lives a year. Charities welcomed the "
        "announcement.",
        (
            ("hedge", "is expected to"),
            ("anonymous_source", "Officials"),
            ("named_source", "Dr. Hamid Karimi"),
            ("expert_source", "a gastroenterologist at Northgate University Hospital"),
            ("hedge", "likely"),
        ),
    ),
    Passage(
        "ho-38",
        "Rep. Lorraine Beckett, R-Fla., introduced a bill on Monday to ban offshore drilling "
        "within 50 miles of the state's coast. Beckett, a former charter boat captain, said "
        'the coastline was "our economy and our heritage." Industry groups said the ban could '
        "cost thousands of jobs. The bill has 14 co-sponsors.",
        (
            ("named_source", "Beckett#2"),
            ("anonymous_source", "Industry groups"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "ho-39",
        "A strong earthquake shook the northern province of Almara on Sunday, the official "
        "news agency Almara Press reported. Images shown on the private channel Vista 24 "
        "showed residents fleeing into the streets. The number of casualties is not yet "
        "clear. Seismologists said aftershocks were likely for several days.",
        (
            ("media_source", "Almara Press"),
            ("media_source", "Vista 24"),
            ("hedge", "not yet clear"),
            ("anonymous_source", "Seismologists"),
            ("hedge", "likely"),
        ),
    ),
    Passage(
        "ho-40",
        "Economists polled by the Bourse Wire expect the economy to have grown by 0.4 percent "
        'in the third quarter. "Consumers are spending again, but cautiously," said Mei Lin '
        "Chow, chief market strategist at Harbourview Investments. Some economists fear that "
        "higher energy prices could tip the country into recession. Official figures will be "
        "published on Friday.",
        (
            ("anonymous_source", "Economists polled by the Bourse Wire"),
            ("media_source", "Bourse Wire"),
            ("named_source", "Mei Lin Chow"),
            ("expert_source", "chief market strategist at Harbourview Investments"),
            ("anonymous_source", "Some economists"),
            ("hedge", "could"),
        ),
    ),
)
