"""A signal is declared once: its module's ``SIGNAL`` record, and one line of the registry."""

import importlib
import pkgutil

import pytest

import credscore.signals as signals_pkg
from credscore.features import FEATURES
from credscore.signals import (
    REGISTRY,
    SIGNAL_INFO,
    SIGNALS,
    SOURCE_SIGNALS,
    Registered,
    SignalInfo,
    _register,
    extract,
)

from .examples import FIRES


def _signal_modules() -> dict[str, object]:
    """Module name -> module, for every module of credscore.signals that declares a SIGNAL."""
    out = {}
    for mod in pkgutil.iter_modules(signals_pkg.__path__):
        module = importlib.import_module(f"credscore.signals.{mod.name}")
        if isinstance(getattr(module, "SIGNAL", None), SignalInfo):
            out[mod.name] = module
    return out


def test_every_signal_module_is_registered_under_its_own_name():
    modules = _signal_modules()
    assert sorted(modules) == sorted(REGISTRY)
    for name, module in modules.items():
        entry = REGISTRY[name]
        assert module.SIGNAL is entry.info and entry.info.name == name
        assert entry.find.__module__ == module.__name__


def test_signals_and_info_are_derived_from_the_registry_in_order():
    assert list(SIGNALS) == list(REGISTRY) == list(SIGNAL_INFO)
    assert all(SIGNALS[n] is REGISTRY[n].find for n in REGISTRY)
    assert all(SIGNAL_INFO[n] is REGISTRY[n].info for n in REGISTRY)


def test_source_signals_are_the_source_mentions_then_the_credentials():
    kinds = [n for n, i in SIGNAL_INFO.items() if i.source_kind is not None]
    credentials = [n for n, i in SIGNAL_INFO.items() if i.credential]
    assert tuple(kinds + credentials) == SOURCE_SIGNALS
    assert set(SOURCE_SIGNALS) == {n for n, i in SIGNAL_INFO.items() if i.about_source}
    # what the reports' sources table has always shown, and the one credential signal
    assert {n: SIGNAL_INFO[n].source_kind for n in kinds} == {
        "named_source": "named",
        "anonymous_source": "unnamed",
        "organization_source": "organisation",
        "media_source": "other outlet",
    }
    assert credentials == ["expert_source"]


def test_labels_and_source_kinds_tell_the_signals_apart():
    infos = list(SIGNAL_INFO.values())
    assert len({i.label for i in infos}) == len(infos)
    kinds = [i.source_kind for i in infos if i.source_kind is not None]
    assert len(set(kinds)) == len(kinds)


def test_evidence_carries_the_registered_name():
    for name, rows in FIRES.items():
        sentence, _expected = rows[0]
        found = extract(sentence, signals=[name])
        assert found and {e.signal for e in found} == {name}, name


def test_every_feature_counts_a_registered_signal():
    for f in FEATURES:
        assert f.signal is None or f.signal == "style" or f.signal in SIGNAL_INFO, f.name


def test_a_name_is_registered_once():
    hedge = REGISTRY["hedge"]
    with pytest.raises(ValueError, match="registered twice"):
        _register(hedge, Registered(hedge.info, REGISTRY["booster"].find))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"name": "Hedge"},
        {"name": "two words"},
        {"label": ""},
        {"description": ""},
        {"credential": True, "source_kind": "named"},
    ],
)
def test_signal_info_refuses_inconsistent_metadata(kwargs):
    base = {"name": "hedge", "label": "hedge", "description": "uncertainty about a claim"}
    with pytest.raises(ValueError):
        SignalInfo(**{**base, **kwargs})
