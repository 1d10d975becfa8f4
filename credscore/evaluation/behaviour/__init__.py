"""The behavioural (CheckList) suite: articles written by the team, each changed one way at a time.

:mod:`.cases` holds the development set (25 articles), :mod:`.cases_holdout` a second set
written separately and not used to choose any setting (12 articles); :mod:`.suite` scores
them with any scorer and reports the pass rates. :mod:`.cases_fresh` is a third set
(12 articles), written after the extractors and the model were tuned and scored once,
blind, before any change was made with it in view (see its docstring for that first
measurement); :mod:`.cases_blind` a fourth (12 articles), written and measured the same way
after the third set's fixes, :mod:`.cases_final` a fifth (12 articles), the same way
after the fourth's, :mod:`.cases_cold` a sixth (12 articles), after the linear score
index, :mod:`.cases_late` a seventh (12 articles), after the sixth's fixes,
:mod:`.cases_last` an eighth (12 articles), measured once with the final model, whose failures
were not investigated at first, :mod:`.cases_winter` a ninth, :mod:`.cases_spring` a tenth,
:mod:`.cases_summer` an eleventh, :mod:`.cases_autumn` a twelfth, :mod:`.cases_harvest` a
thirteenth, :mod:`.cases_frost` and :mod:`.cases_ember` a fourteenth and fifteenth, and
:mod:`.cases_thaw` and :mod:`.cases_lantern` a sixteenth and seventeenth, :mod:`.cases_gale` and
:mod:`.cases_orchard` an eighteenth and nineteenth, and :mod:`.cases_ridge` and
:mod:`.cases_quarry` a twentieth and twenty-first, :mod:`.cases_meadow` and
:mod:`.cases_brook` a twenty-second and twenty-third, and :mod:`.cases_willow` and
:mod:`.cases_aspen` a twenty-fourth and twenty-fifth, and :mod:`.cases_birch` and
:mod:`.cases_rowan` a twenty-sixth and twenty-seventh, each pair written at the same time by two
writers (12 articles each), each set measured once and then used like the others. Every
text is the credscore team's own.
"""

from .cases import CASES, Case
from .cases_aspen import ASPEN_CASES
from .cases_autumn import AUTUMN_CASES
from .cases_birch import BIRCH_CASES
from .cases_blind import BLIND_CASES
from .cases_brook import BROOK_CASES
from .cases_cold import COLD_CASES
from .cases_ember import EMBER_CASES
from .cases_final import FINAL_CASES
from .cases_fresh import FRESH_CASES
from .cases_frost import FROST_CASES
from .cases_gale import GALE_CASES
from .cases_harvest import HARVEST_CASES
from .cases_holdout import HOLDOUT_CASES
from .cases_lantern import LANTERN_CASES
from .cases_last import LAST_CASES
from .cases_late import LATE_CASES
from .cases_meadow import MEADOW_CASES
from .cases_orchard import ORCHARD_CASES
from .cases_quarry import QUARRY_CASES
from .cases_ridge import RIDGE_CASES
from .cases_rowan import ROWAN_CASES
from .cases_spring import SPRING_CASES
from .cases_summer import SUMMER_CASES
from .cases_thaw import THAW_CASES
from .cases_willow import WILLOW_CASES
from .cases_winter import WINTER_CASES
from .suite import SuiteResult, format_result, run_suite

#: The sets by name, in the order they were written; ``ALL_CASES`` is all of them.
SETS: dict[str, tuple[Case, ...]] = {
    "development": CASES,
    "held_out": HOLDOUT_CASES,
    "fresh": FRESH_CASES,
    "blind": BLIND_CASES,
    "final": FINAL_CASES,
    "cold": COLD_CASES,
    "late": LATE_CASES,
    "last": LAST_CASES,
    "winter": WINTER_CASES,
    "spring": SPRING_CASES,
    "summer": SUMMER_CASES,
    "autumn": AUTUMN_CASES,
    "harvest": HARVEST_CASES,
    "frost": FROST_CASES,
    "ember": EMBER_CASES,
    "thaw": THAW_CASES,
    "lantern": LANTERN_CASES,
    "gale": GALE_CASES,
    "orchard": ORCHARD_CASES,
    "ridge": RIDGE_CASES,
    "quarry": QUARRY_CASES,
    "meadow": MEADOW_CASES,
    "brook": BROOK_CASES,
    "willow": WILLOW_CASES,
    "aspen": ASPEN_CASES,
    "birch": BIRCH_CASES,
    "rowan": ROWAN_CASES,
}
ALL_CASES: tuple[Case, ...] = tuple(case for cases in SETS.values() for case in cases)

__all__ = [
    "ALL_CASES",
    "BLIND_CASES",
    "CASES",
    "FINAL_CASES",
    "FRESH_CASES",
    "HOLDOUT_CASES",
    "SETS",
    "SuiteResult",
    "format_result",
    "run_suite",
]
