"""The scikit-learn estimator checks that apply to transformers of raw text.

``check_estimator`` skips estimators whose input is raw text, so passing it
would prove nothing; these individual checks are run instead, by every test
module of such a transformer.
"""

from sklearn.utils.estimator_checks import (
    check_get_params_invariance,
    check_no_attributes_set_in_init,
    check_parameters_default_constructible,
    check_set_params,
)

PUBLIC_CHECKS = [
    check_no_attributes_set_in_init,
    check_get_params_invariance,
    check_set_params,
    check_parameters_default_constructible,
]
