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
    ],
    "media_source": [
        ("Local media reported that the dam had failed.", ["Local media"]),
        ("According to Reuters, the ship sank at dawn.", ["Reuters"]),
        ("The minister told the Associated Press that aid was coming.", ["Associated Press"]),
        ("The deal was first reported by The Washington Post.", ["Washington Post"]),
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
    ],
    "direct_quote": [
        (
            "“We will rebuild the bridge this year,” the mayor said.",
            ["“We will rebuild the bridge this year,”"],
        ),
        ('"The numbers do not add up," she said.', ['"The numbers do not add up,"']),
    ],
    "hedge": [
        ("The new drug may reduce the risk of stroke.", ["may"]),
        ("The bridge could collapse within a year.", ["could"]),
        ("The suspect reportedly fled to the coast.", ["reportedly"]),
        ("I have no proof, but the figures seem wrong.", ["I have no proof", "seem"]),
        ("It is far from certain that the vote will pass.", ["far from certain"]),
        ("There were rumours that the plant would close.", ["rumours"]),
        ("The treaty is widely regarded as a failure.", ["is widely regarded"]),
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
    ],
    "organization_source": [
        "Talks would resume, a diplomat said.",
        "The company opened a new plant in March.",
    ],
    "media_source": [
        "Engineers reported that the dam had failed.",
        "She reads the newspaper every morning.",
        "The host told his radio audience that the show would end.",
    ],
    "expert_source": [
        "Ana Ruiz, the finance minister, said prices would rise.",
        "Admiral Joe Hart, the fleet commander, said the ships were ready.",
        "Experts say the water is safe.",
    ],
    "direct_quote": [
        "The mayor promised to rebuild the “iconic” bridge.",
        "He called it a “disaster.”",
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
