"""Pronouns resolve to people, not to places or bodies whose names look like people's."""

from credscore import extract


def _resolved(text: str) -> list[tuple[str, object]]:
    return [
        (e.text, e.details.get("resolved")) for e in extract(text) if e.signal == "named_source"
    ]


def test_a_place_inside_a_body_name_is_no_antecedent() -> None:
    text = (
        "Professor Ian Blake, a specialist at the University of Ashford Vale, said it was rare. "
        '"It almost never happens," he said.'
    )
    assert ("he", "Professor Ian Blake") in _resolved(text)


def test_a_short_form_of_a_company_name_is_no_antecedent() -> None:
    text = (
        "Interpreting is supplied by Lingua Bridge Language Partners. Ann Lee, 52, said she "
        'quit after Lingua Bridge cut travel pay. "I was paid less," she said.'
    )
    assert ("she", "Ann Lee") in _resolved(text)
