"""One examples table for every signal: sentences that must fire and must stay silent.

All sentences are written by the credscore team. Each entry is
``(sentence, expected span texts)`` for "fires", and a sentence for "silent".
The test in ``test_examples.py`` fails when a registered signal has no entry.
"""

FIRES: dict[str, list[tuple[str, list[str]]]] = {
    "named_source": [
        ("The plan is sound, said Maria Okafor.", ["Maria Okafor"]),
        ("Governor Ellen Park denied the report on Friday.", ["Governor Ellen Park"]),
        ("According to Tomas Lind, the dam held.", ["Tomas Lind"]),
        (
            "Priya Nair, the head of the union, told reporters the strike would go on.",
            ["Priya Nair"],
        ),
        ("Jonas Berg spoke first. “We are ready,” he said.", ["he"]),
        ("Mayor Lena Ortiz opened the bridge. Ortiz added that tolls would fall.", ["Ortiz"]),
        (
            "Mayor Lena Ortiz opened the bridge. The mayor said tolls would fall.",
            ["The mayor"],
        ),
        ("Her neighbour, Ravi Menon, said the fence had fallen.", ["Ravi Menon"]),
        ("The union's lawyer, Marta Quist, said the case would go on.", ["Marta Quist"]),
        ("The health secretary, Anil Roy, confirmed the plan.", ["Anil Roy"]),
        ("The fault is rare, said co-author Lena Brandt, a geologist at Kiel.", ["Lena Brandt"]),
        ("Sam Ode, 41, who owns the shop, said sales fell.", ["Sam Ode"]),
        ("Sen. Mary Holt, D-Iowa, called for a vote.", ["Sen. Mary Holt"]),
        ("Mr. Okoro, the bank's chief executive, said profits rose.", ["Mr. Okoro"]),
        ("Lena Holt described the plan as reckless.", ["Lena Holt"]),
        ("Lena Holt praised the firefighters.", ["Lena Holt"]),
        ("Lena Holt questioned the figures.", ["Lena Holt"]),
        ("Lena Holt estimated the cost at $2 million.", ["Lena Holt"]),
        ("Lena Holt predicted a recession.", ["Lena Holt"]),
        ("Smith and Jones said the plan had failed.", ["Smith", "Jones"]),
        (
            "Tom Reyes took over the airline in May. The chief executive said profits rose.",
            ["The chief executive"],
        ),
        (
            "Dr. Ilse Maar, a biologist at Tarn University who led the survey, said otters"
            " had returned.",
            ["Dr. Ilse Maar"],
        ),
        (
            "The reef is dying, said Dr. Hana Ruiz, a marine ecologist at the Soren Institute.",
            ["Dr. Hana Ruiz"],
        ),
        (
            "Volcanologist Eric Sand of the University of Brel said the eruption was over.",
            ["Volcanologist Eric Sand"],
        ),
        ("Party leader Noor Aziz rejected the offer, saying it came too late.", ["Noor Aziz"]),
        ("Judge Ada Kim ruled on Monday that the fine was lawful.", ["Judge Ada Kim"]),
        (
            "Defence Minister Tor Lund rejected the claims and said the army had followed orders.",
            ["Defence Minister Tor Lund"],
        ),
        ("Ida Berg, director of the Kell Water Trust, said the river was clean.", ["Ida Berg"]),
    ],
    "anonymous_source": [
        ("A minister said the talks had failed.", ["A minister"]),
        ("Some fans suspect the owners want to move the team.", ["Some fans"]),
        ("Several tenants say the heating failed in May.", ["Several tenants"]),
        ("A hospital administrator said beds were full.", ["A hospital administrator"]),
        (
            "Two people familiar with the negotiations said a deal was near.",
            ["Two people familiar with the negotiations"],
        ),
        (
            "A senior official, who spoke on condition of anonymity, said the talks had stalled.",
            ["A senior official"],
        ),
        ("Sources said the ship had left port.", ["Sources"]),
        ("Many believe the vote was rigged.", ["Many"]),
        ("The levee is sound, engineers say.", ["engineers"]),
        (
            "A senior aide, speaking on condition of anonymity, said the bill was dead.",
            ["A senior aide"],
        ),
        (
            "According to a person familiar with the matter, the merger is off.",
            ["a person familiar with the matter"],
        ),
        ("Critics argue that the rules are too weak.", ["Critics"]),
        (
            "The factory will close, an unnamed executive told the newspaper.",
            ["an unnamed executive"],
        ),
        ("Some analysts warned that prices would rise.", ["Some analysts"]),
        ("One aide, who asked not to be identified, said the bill was dead.", ["One aide"]),
        (
            "The official, speaking on condition of anonymity because he was not authorized "
            "to speak, said talks had failed.",
            ["The official"],
        ),
        ("A witness who gave only her first name said the car sped off.", ["A witness"]),
        ("The paper reported the sale, citing unnamed sources.", ["unnamed sources"]),
        (
            "Bloomberg reported the sale, citing people with knowledge of the matter.",
            ["people with knowledge of the matter"],
        ),
        ("One official said the talks failed. Another said they would resume.", ["Another"]),
        ("Scientists have long suspected the lake was older.", ["Scientists"]),
        ("Three current staff members said the office was toxic.", ["Three current staff members"]),
        ("Sixty-one percent said the war was a mistake.", ["Sixty-one percent"]),
        ("About four in 10 said they were angry.", ["About four in 10"]),
        ("Retailers said sales had slowed in December.", ["Retailers"]),
        ("Economists expect growth to slow next year.", ["Economists"]),
        ("Small business owners urged the city to delay the tax.", ["Small business owners"]),
        ("Environmental groups praised the ruling.", ["Environmental groups"]),
        ("Traders at Hollis & Co. estimated that prices would double.", ["Traders at Hollis & Co"]),
        (
            "Nurses, who spoke on condition of anonymity, said the ward was short-staffed.",
            ["Nurses"],
        ),
        ("A driver who gave only her first name, Olga, said the road was closed.", ["A driver"]),
        ("Traders polled by Marketline expect prices to fall.", ["Traders"]),
    ],
    "organization_source": [
        ("The ministry said in a statement that talks would resume.", ["The ministry"]),
        ("The company said sales had doubled.", ["The company"]),
        (
            "A spokeswoman for the city council confirmed the vote.",
            ["A spokeswoman for the city council"],
        ),
        (
            "A spokesperson for Orbis Bank said the branch would reopen.",
            ["A spokesperson for Orbis Bank"],
        ),
        ("The Harbour Port Authority said the berth was closed.", ["Harbour Port Authority"]),
        ("The Centre for Urban Studies said rents had doubled.", ["Centre for Urban Studies"]),
        ("The opposition accused the minister of lying.", ["The opposition"]),
    ],
    "media_source": [
        ("Local media reported that the dam had failed.", ["Local media"]),
        ("According to Reuters, the ship sank at dawn.", ["Reuters"]),
        ("The minister told the Associated Press that aid was coming.", ["Associated Press"]),
        ("The deal was first reported by The Washington Post.", ["Washington Post"]),
        (
            "The Tribune and the broadcaster NHK both reported the crash.",
            ["Tribune", "the broadcaster NHK"],
        ),
        ("The German broadcaster ZDF reported the crash.", ["The German broadcaster ZDF"]),
        ("The newspaper reported that the mayor had resigned.", ["The newspaper"]),
        ("The memo, seen by Reuters, shows the plan.", ["Reuters"]),
        ("Documents obtained by The Guardian show the plan.", ["Guardian"]),
        ("Economists polled by Bloomberg expect rates to rise.", ["Bloomberg"]),
        ("The deal is near, according to a report in the Financial Times.", ["Financial Times"]),
        ("In an interview with CNN, the minister denied it.", ["CNN"]),
        ("The paper reported the sale, citing unnamed sources.", ["The paper"]),
        ("According to the Oster Zeitung, the mayor knew of the deal.", ["Oster Zeitung"]),
        ("Video aired by KTV9 showed the collapsed roof.", ["KTV9"]),
        (
            "The company told the financial daily Borsen that it would cut jobs.",
            ["the financial daily Borsen"],
        ),
        ("The magazine said it had verified the letters.", ["The magazine"]),
        (
            "The Vale Courier, citing two officials, reported that the deal was dead.",
            ["Vale Courier"],
        ),
        ("The miners, speaking to the Dunmore Echo, said the shaft was unsafe.", ["Dunmore Echo"]),
        ("The Lantern, which first reported the leak, said the files were genuine.", ["Lantern"]),
        ("Traders polled by Marketline expect prices to fall.", ["Marketline"]),
        (
            "The mayor spoke in an interview with the radio station WKRB.",
            ["the radio station WKRB"],
        ),
        ("The letter was first published by the news site Ostpost.", ["the news site Ostpost"]),
    ],
    "expert_source": [
        ("Yale historian Ann Lee said the archive was genuine.", ["Yale historian Ann Lee"]),
        (
            "Ana Ruiz, an economist at the University of Leeds, said prices would rise.",
            ["an economist at the University of Leeds"],
        ),
        (
            "“Cases are falling,” said Omar Haddad, an epidemiologist at Lakeside Hospital.",
            ["an epidemiologist at Lakeside Hospital"],
        ),
        (
            "Lee Chen, who teaches constitutional law at Marlow Law School, said the bill "
            "would fail.",
            ["who teaches constitutional law at Marlow Law School"],
        ),
        (
            "Omar Said, an epidemiologist at Lisk University who was not involved in the study,"
            " said the data were thin.",
            ["an epidemiologist at Lisk University"],
        ),
        (
            "Ida Berg, the study's lead author, said the sample was small.",
            ["the study's lead author"],
        ),
        (
            "Ida Berg, a doctor at Kell Hospital, said the ward was full.",
            ["a doctor at Kell Hospital"],
        ),
        (
            "Ida Berg, who has researched housing for years, said rents would rise.",
            ["who has researched housing for years"],
        ),
    ],
    "direct_quote": [
        (
            "“We will rebuild the bridge this year,” the mayor said.",
            ["“We will rebuild the bridge this year,”"],
        ),
        ('"The numbers do not add up," she said.', ['"The numbers do not add up,"']),
        ('"We can\'t wait," she said.', ['"We can\'t wait,"']),
    ],
    "hedge": [
        ("The new drug may reduce the risk of stroke.", ["may"]),
        ("The bridge could collapse within a year.", ["could"]),
        ("The suspect reportedly fled to the coast.", ["reportedly"]),
        ("I have no proof, but the figures seem wrong.", ["I have no proof", "seem"]),
        ("It is far from certain that the vote will pass.", ["far from certain"]),
        ("There were rumours that the plant would close.", ["rumours"]),
        ("The treaty is widely regarded as a failure.", ["is widely regarded"]),
        ("The bridge is expected to reopen in June.", ["is expected to"]),
        ("Scientists have long suspected the lake was older.", ["suspected"]),
        ("Dozens of miners are feared trapped.", ["are feared"]),
        ("A ruling is expected next week.", ["is expected"]),
    ],
    "weasel": [
        ("Some people say the lake is haunted.", ["Some people"]),
        ("It is widely believed that the mill was older.", ["It is widely believed"]),
        ("Critics claim the law is too weak.", ["Critics claim"]),
        ("Many experts think the plan will fail.", ["Many experts"]),
        ("Research has shown that the method works.", ["Research has shown"]),
        ("The bridge is often considered the finest in the region.", ["is often considered"]),
        ("The painting has been described as a masterpiece.", ["has been described"]),
        ("Some fans believe the coach will quit.", ["Some fans"]),
        ("Others argue the change came too late.", ["Others argue"]),
        ("The plan is regarded by some as a failure.", ["is regarded by some"]),
        ("Many species of the region migrate in winter.", ["Many species"]),
        ("According to some, the castle was never finished.", ["According to some"]),
    ],
    "booster": [
        ("The vote was clearly rigged.", ["clearly"]),
        ("The plan will almost certainly fail.", ["almost certainly"]),
    ],
    "verification": [
        ("The company declined to comment.", ["declined to comment"]),
        ("The claim could not be independently verified.", ["could not be independently verified"]),
        ("The mayor did not respond to a request for comment.", ["did not respond"]),
    ],
    "specifics": [
        ("Unemployment fell to 4.1 percent.", ["4.1 percent"]),
        ("The city spent $4.5 million on repairs.", ["$4.5 million"]),
        ("Court filings show the firm knew of the leak.", ["Court filings"]),
        ("Figures from the port show 212 ships docked.", ["Figures from", "212"]),
        ("The bridge, built in 1951, carries 6,800 cars.", ["6,800"]),
    ],
}

SILENT: dict[str, list[str]] = {
    "named_source": [
        "Officials said the plan is sound.",
        "Maria Okafor walked to the station.",
        "The minister denied the claims made by the union.",
    ],
    "anonymous_source": [
        "The ministry said a deal was near.",
        "The car was found on an unnamed road near the border.",
        "Officials gathered in the hall for the ceremony.",
        "Officials in the capital did not respond to a request for comment.",
        "The ad was viewed by 14 million people.",
        "Some reports say the plant closed.",
        "Many of the 40 houses were flooded.",
        "The chief executive, Tom Reyes, said profits rose.",
        "Sanders criticised the plan. Walter Sanders said it was too costly.",
    ],
    "organization_source": [
        "Talks would resume, a diplomat said.",
        "The company opened a new plant in March.",
    ],
    "media_source": [
        "Engineers reported that the dam had failed.",
        "She reads the newspaper every morning.",
        "The host told his radio audience that the show would end.",
        "The memo, seen by his lawyer, shows the plan.",
        "He read a paper in the journal on Monday.",
    ],
    "expert_source": [
        "Ana Ruiz, the finance minister, said prices would rise.",
        "Admiral Joe Hart, the fleet commander, said the ships were ready.",
        "Experts say the water is safe.",
    ],
    "direct_quote": [
        "The mayor promised to rebuild the “iconic” bridge.",
        "He called it a “disaster.”",
        'She shouted "!" and then " ... " again.',
        "He said “ ! ? ” twice.",
    ],
    "hedge": [
        "The results will be published in May.",
        "The country displayed its military might at the parade.",
        "The mayor could not be reached for comment.",
        "The bridge was seen by thousands of people.",
        "Police said the suspect fled on foot.",
        "She assumed office in 2019 and will reply as soon as possible.",
        "He could not attend the meeting.",
        "Among likely voters, the governor leads.",
        "There is no doubt it was arson.",
        "The plan will almost certainly fail.",
        "Investigators found no evidence of foul play.",
        "More is expected of the new board.",
    ],
    "weasel": [
        "Some 200 people gathered at the lake.",
        "Many of the 40 houses were flooded.",
        "For many years the dam held.",
        "The plan was considered by Ann Lee as a failure.",
        "Several houses burned overnight.",
        "The award was announced in May.",
        "Officials said the talks had failed.",
        "To some extent the repairs worked.",
        "Police arrested some protesters.",
    ],
    "booster": [
        "The vote may have been rigged.",
        "Protesters demonstrated outside; make sure to vote.",
    ],
    "verification": [
        "The company commented on its results.",
    ],
    "specifics": [
        "Unemployment fell last year.",
        "The law was passed in 1998.",
        "The mill, opened in 1951, closed in 2004.",
        "Some studies suggest the drug works.",
        "The council voted 7-2 on Tuesday.",
    ],
}
