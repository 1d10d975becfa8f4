"""Score articles with a trained model: load it safely, score fast, explain on request.

:class:`Scorer` loads a model written by ``credscore train`` and turns a text into a
:class:`~credscore.report.Report`. Two model formats:

* **JSON** (``*.model.json``, the default kind ``"signals"``): the indicator scaling and
  the coefficients as plain numbers (:class:`credscore.linear.LinearHead`). Loading it runs
  no code, needs neither scikit-learn nor a pickle, and takes milliseconds.
* **joblib** (``*.joblib``, the opt-in kinds ``"logistic"`` and ``"boosting"``): a pickled
  scikit-learn pipeline. Unpickling runs whatever code the file says, so such a file is
  loaded only when its SHA-256 matches its card, or with ``trust=True``
  (``--trust-model``).

Every model comes with a card (``<name>.json``) that records the model file's SHA-256; the
shipped model is always checked against its card, whichever format, so a damaged or
tampered file is refused before it is read.

This module imports NumPy and credscore's own feature code only; scikit-learn is imported
when a joblib model is loaded or :attr:`Scorer.model` is asked for.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ._version import __version__
from .errors import CredscoreError, ModelLoadError, NotEnoughTextError
from .features import FEATURE_NAMES, FEATURES, TEXT_COLUMN, featurize
from .features.indicators import spokesperson
from .linear import LINEAR_FORMAT, LinearHead
from .report import PATTERN_PREFIX, Contribution, Report, band_for, points_for, score_index

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

__all__ = [
    "CARD_FILE",
    "DEFAULT_MAX_WORDS",
    "DEFAULT_MIN_WORDS",
    "MODEL_FILE",
    "ModelVersionWarning",
    "Scorer",
    "card_path",
    "check_model_destination",
    "default_model_path",
    "file_sha256",
]

#: The default model's file (JSON) and its card.
MODEL_FILE = "credscore-default.model.json"
CARD_FILE = "credscore-default.json"
#: The file name a joblib model (kinds "logistic" and "boosting") is saved under.
JOBLIB_FILE = "credscore-default.joblib"
#: The ``format`` of a joblib payload.
MODEL_FORMAT = 1
#: A JSON model larger than this is refused unread (the shipped one is a few kB).
MAX_MODEL_BYTES = 16 * 1024 * 1024

#: Occurrences of a writing pattern quoted as evidence in a report.
PATTERN_EVIDENCE_LIMIT = 3

#: Words scored at most (``max_words``); the rest of a longer text is left out, and the
#: report says so. 50,000 words is a short book: no news article comes near it.
DEFAULT_MAX_WORDS = 50_000
#: Words a text needs to be scored (``min_words``): fewer is "not enough text to score".
DEFAULT_MIN_WORDS = 10


class ModelVersionWarning(UserWarning):
    """The model was saved by another version of credscore or scikit-learn."""


def file_sha256(path: str | Path) -> str:
    """SHA-256 hex digest of a file."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def default_model_path() -> Path:
    """Where the default model lives: inside the installed package, or ``models/`` of a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "models" / MODEL_FILE, here.parent / "models" / MODEL_FILE):
        if candidate.is_file():
            return candidate
    return here.parent / "models" / MODEL_FILE


def card_path(model_path: str | Path) -> Path:
    """The card of a model file: ``x.model.json`` and ``x.joblib`` both have ``x.json``.

    >>> card_path("models/credscore-default.model.json").name
    'credscore-default.json'
    >>> card_path("m/my.joblib").name
    'my.json'
    """
    p = Path(model_path)
    name = p.name
    for suffix in (".model.json", ".joblib"):
        if name.endswith(suffix):
            return p.with_name(name[: -len(suffix)] + ".json")
    return p.with_suffix(".json")


def check_model_destination(out: str | Path, force: bool = False) -> None:
    """Refuse to train into ``out`` when that would replace a model without ``force``.

    Refused: ``out`` is an existing file; ``out`` already holds a model; ``out`` is the
    folder of the model shipped with credscore (``make train`` passes ``--force``).

    Raises
    ------
    OutputError
    """
    from .errors import OutputError

    target = Path(out)
    if target.exists() and not target.is_dir():
        raise OutputError(f"{out}: is a file; --out names a directory for the model and its card")
    if force:
        return
    shipped = default_model_path().parent
    if target.exists() and target.resolve() == shipped.resolve():
        raise OutputError(
            f"{out}: is where credscore's shipped model lives; pass --force to replace it "
            "(as `make train` does)"
        )
    for name in (MODEL_FILE, JOBLIB_FILE, CARD_FILE):
        if (target / name).exists():
            raise OutputError(f"{out}: already holds a model ({name}); pass --force to replace it")


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


def _word_ends(text: str, need: int, limit: int | None) -> tuple[int, int | None]:
    """Count words (runs of non-space holding a letter or digit), only as far as needed.

    Counts up to ``need`` words; when ``limit`` is set and the text could hold more than
    ``limit`` words (one word takes at least two characters with its space), counts on to
    ``limit + 1``. Returns the count reached and, when there are more than ``limit`` words,
    the offset where word ``limit`` ends.
    """
    stop = need
    if limit and len(text) > 2 * limit - 1:
        stop = max(need, limit + 1)
    n = 0
    cut = None
    for m in _WORD_RE.finditer(text):
        w = m.group()
        if not (w.isalnum() or _ALNUM.search(w)):
            continue
        n += 1
        if n == limit:
            cut = m.end()
        if n >= stop:
            break
    return n, (cut if limit and n > limit else None)


_ALNUM = re.compile(r"[^\W_]")
_WORD_RE = re.compile(r"\S+")


class Scorer:
    """Scores texts with a trained model and explains each score.

    Use :meth:`load` to get one; :func:`credscore.score` uses the default.

    Parameters
    ----------
    model : Pipeline, optional
        A fitted pipeline of :func:`credscore.model.build_model`.
    card : dict, optional
        The model card.
    name : str
        The model's name, shown in reports.
    offset : float
        Subtracted from the log-odds before the score is taken
        (:func:`credscore.model.score_offset`).
    head : LinearHead, optional
        The linear model as plain numbers; taken from ``model`` when it is the default
        kind. One of ``model`` and ``head`` is needed.
    with_readability, with_style : bool
        Which indicators the model computes (taken from ``model`` when given).
    """

    def __init__(
        self,
        model: Pipeline | None = None,
        card: dict[str, Any] | None = None,
        name: str = "credscore-default",
        offset: float = 0.0,
        head: LinearHead | None = None,
        with_readability: bool = True,
        with_style: bool = True,
    ) -> None:
        if model is None and head is None:
            raise ValueError("a Scorer needs a fitted model or a linear head")
        if model is not None:
            from .model import linear_head_of

            fz = model.named_steps["features"]
            with_readability = bool(fz.readability)
            with_style = bool(getattr(fz, "style", True))
            if head is None:
                head = linear_head_of(model)
        self._model = model
        self.card: dict[str, Any] = dict(card or {})
        self.name = name
        self.offset = float(offset)
        self.head = head
        self.with_readability = with_readability
        self.with_style = with_style
        self._names: np.ndarray | None = None

    def __repr__(self) -> str:
        kind = "linear" if self.head is not None else "pipeline"
        return f"Scorer(name={self.name!r}, {kind})"

    @property
    def model(self) -> Pipeline:
        """The model as a scikit-learn pipeline (built from the linear head on first use)."""
        if self._model is None:
            from .model import pipeline_from_head

            assert self.head is not None
            self._model = pipeline_from_head(
                self.head, readability=self.with_readability, style=self.with_style
            )
        return self._model

    def _pattern_names(self) -> np.ndarray:
        """The writing patterns of the model, by column (computed once: it sorts them all)."""
        if self._names is None:
            pv = self.model.named_steps["columns"].named_transformers_["patterns"]
            self._names = pv.get_feature_names_out()
        return self._names

    # ----------------------------------------------------------------------------- load

    @classmethod
    def load(cls, path: str | Path | None = None, trust: bool = False) -> Scorer:
        """Load a model saved by ``credscore train`` (the default model if ``path`` is None).

        A JSON model (``.model.json``) holds numbers only and cannot run code; it is
        checked against its card's ``model_sha256`` when the card has one (always, for
        the shipped model). A joblib model is a pickle, and unpickling runs whatever code
        the file says, so it is unpickled only when its SHA-256 matches its card, or with
        ``trust=True``. A card can be forged along with its model: load pickled models
        only from people you trust.

        Parameters
        ----------
        path : str or Path, optional
            The model file, or a directory holding the default file name.
        trust : bool, default False
            Unpickle a joblib model given by ``path`` even without a card that vouches for
            it (``--trust-model``): only for a file you made yourself.

        Raises
        ------
        ModelLoadError
            The file is missing, corrupt, does not match its card, or is not a credscore
            model.

        Warns
        -----
        ModelVersionWarning
            The model was saved by another credscore or scikit-learn version.
        """
        p = Path(path) if path is not None else default_model_path()
        if p.is_dir():
            candidates = [p / MODEL_FILE, p / JOBLIB_FILE]
            p = next((c for c in candidates if c.is_file()), candidates[0])
        if not p.is_file():
            raise ModelLoadError(
                f"no model at {p}; train one with `make train` or "
                "`credscore train --out DIR`, or pass --model PATH"
            )
        cpath = card_path(p)
        card: dict[str, Any] = {}
        if cpath.is_file() and cpath != p:
            try:
                card = json.loads(cpath.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise ModelLoadError(f"the model card {cpath} is not valid JSON: {exc}") from None
            if not isinstance(card, dict):
                raise ModelLoadError(f"the model card {cpath} is not a JSON object")
        expected = card.get("model_sha256")
        pickled = not p.name.endswith(".json")
        if path is None or not trust:
            if not expected and (pickled or path is None):
                raise ModelLoadError(
                    f"refusing to load {p}: no card ({cpath.name}) vouches for it, and a "
                    "pickled model runs code when loaded; pass --trust-model (trust=True) "
                    "only for a file you made yourself"
                )
            if expected and file_sha256(p) != expected:
                raise ModelLoadError(
                    f"refusing to load {p}: its SHA-256 does not match its card's "
                    "model_sha256 (corrupt, replaced or tampered with); retrain it with "
                    "`make train`"
                )
        if pickled:
            return cls._load_joblib(p, card)
        return cls._load_json(p, card)

    @classmethod
    def _load_json(cls, p: Path, card: dict[str, Any]) -> Scorer:
        if p.stat().st_size > MAX_MODEL_BYTES:
            raise ModelLoadError(f"{p} is too large to be a credscore model")
        try:
            payload = json.loads(p.read_bytes().decode("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelLoadError(f"{p} is not a credscore model: not valid JSON ({exc})") from None
        if not isinstance(payload, dict) or payload.get("format") != LINEAR_FORMAT:
            raise ModelLoadError(f"{p} is not a credscore model (format {LINEAR_FORMAT})")
        head = LinearHead.from_dict(payload.get("head"), expected=FEATURE_NAMES)
        fz = payload.get("featurizer", {})
        offset = payload.get("score_offset", 0.0)
        if (
            not isinstance(fz, dict)
            or isinstance(offset, bool)
            or not isinstance(offset, (int, float))
            or not math.isfinite(offset)
        ):
            raise ModelLoadError(f"{p} has an invalid featurizer or score offset")
        saved = payload.get("versions", {})
        if isinstance(saved, dict) and saved.get("credscore") != __version__:
            warnings.warn(
                f"model {p.name} was saved by credscore {saved.get('credscore')}, "
                f"this is {__version__}; retrain with `make train` if features changed",
                ModelVersionWarning,
                stacklevel=3,
            )
        name = payload.get("name")
        return cls(
            card=card,
            name=name if isinstance(name, str) else p.name.removesuffix(".model.json"),
            offset=float(offset),
            head=head,
            with_readability=bool(fz.get("readability", True)),
            with_style=bool(fz.get("style", True)),
        )

    @classmethod
    def _load_joblib(cls, p: Path, card: dict[str, Any]) -> Scorer:
        import joblib
        import sklearn

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                payload = joblib.load(p)
            except Exception as exc:  # unpickling can fail in many ways; name the file
                raise ModelLoadError(
                    f"could not load the model {p}: {type(exc).__name__}: {exc}. "
                    "It may be corrupt or saved by an incompatible scikit-learn; retrain it "
                    "with `make train`."
                ) from None
        sk_mismatch = any("InconsistentVersionWarning" in type(w.message).__name__ for w in caught)
        if not isinstance(payload, dict) or payload.get("format") != MODEL_FORMAT:
            raise ModelLoadError(f"{p} is not a credscore model (format {MODEL_FORMAT})")
        saved = payload.get("versions", {})
        if not isinstance(saved, dict):
            saved = {}
        if sk_mismatch or saved.get("scikit-learn") != sklearn.__version__:
            warnings.warn(
                f"model {p.name} was saved with scikit-learn {saved.get('scikit-learn')}, "
                f"this is {sklearn.__version__}: scores may differ; retrain with `make train`",
                ModelVersionWarning,
                stacklevel=3,
            )
        elif saved.get("credscore") != __version__:
            warnings.warn(
                f"model {p.name} was saved by credscore {saved.get('credscore')}, "
                f"this is {__version__}; retrain with `make train` if features changed",
                ModelVersionWarning,
                stacklevel=3,
            )
        model = payload.get("model")
        try:
            names = list(model.named_steps["features"].get_feature_names_out())  # type: ignore[union-attr]  # checked by the except
            _ = model.named_steps["features"].readability  # type: ignore[union-attr]  # idem
        except (AttributeError, KeyError, TypeError) as exc:
            raise ModelLoadError(f"{p} is not a credscore model pipeline") from exc
        if [n for n in names if n != TEXT_COLUMN] != list(FEATURE_NAMES):
            raise ModelLoadError(
                f"{p} was trained on other features than this credscore computes; "
                "retrain it with `make train`"
            )
        offset = payload.get("score_offset", 0.0)
        if not isinstance(offset, (int, float)) or not math.isfinite(offset):
            raise ModelLoadError(f"{p} has an invalid score offset {offset!r}")
        try:
            return cls(
                model=model,
                card=card or payload.get("card", {}),
                name=str(payload.get("name", p.stem)),
                offset=float(offset),
            )
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise ModelLoadError(f"{p} is not a credscore model pipeline: {exc}") from None

    # ----------------------------------------------------------------------------- save

    def save(self, path: str | Path) -> Path:
        """Write the model and its card together; return the model path.

        A linear model goes to JSON (``path`` should end in ``.model.json``; a ``.joblib``
        name is changed to it), any other to joblib. Both files are written to temporary
        files first and renamed into place once both are complete.
        """
        from ._io import atomic_write_many

        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        if self.head is not None:
            if not p.name.endswith(".model.json"):
                p = card_path(p).with_name(card_path(p).stem + ".model.json")
            payload: dict[str, Any] = {
                "format": LINEAR_FORMAT,
                "name": self.name,
                "score_offset": self.offset,
                "featurizer": {"readability": self.with_readability, "style": self.with_style},
                "head": self.head.to_dict(),
                "versions": {"credscore": __version__},
            }
            data = (json.dumps(payload, indent=1) + "\n").encode("utf-8")
        else:
            if p.name.endswith(".model.json"):
                p = p.with_name(p.name.removesuffix(".model.json") + ".joblib")
            import io

            import joblib
            import sklearn

            payload = {
                "format": MODEL_FORMAT,
                "name": self.name,
                "model": self.model,
                "score_offset": self.offset,
                "versions": {"credscore": __version__, "scikit-learn": sklearn.__version__},
            }
            buf = io.BytesIO()
            joblib.dump(payload, buf, compress=3)
            data = buf.getvalue()
        card = dict(self.card)
        card["model_file"] = p.name
        card["model_sha256"] = hashlib.sha256(data).hexdigest()
        card_bytes = (json.dumps(card, indent=2, sort_keys=False) + "\n").encode("utf-8")
        atomic_write_many([(p, data), (card_path(p), card_bytes)])
        return p

    # ----------------------------------------------------------------------------- score

    def score_many(
        self,
        texts: Iterable[str],
        n_jobs: int | None = None,
        explain: bool = False,
        publisher: str | None = None,
    ) -> Iterator[Report | CredscoreError]:
        """Score many texts, in order, on ``n_jobs`` processes; a generator.

        Each item is the text's :class:`Report`, or the
        :class:`~credscore.errors.CredscoreError` that explains why the text could not be
        scored (so one bad text never stops the others). Results are identical whatever
        ``n_jobs``.

        Parameters
        ----------
        texts : iterable of str
            Read lazily, in chunks: it may be a generator far larger than memory.
        n_jobs : int, optional
            Worker processes (None: all cores; 1: this process only).
        explain : bool, default False
            Build each report's explanation (slower).
        publisher : str, optional
            The articles' own outlet, for all of them.
        """
        from .batch._parallel import score_many

        return score_many(self, texts, n_jobs=n_jobs, explain=explain, publisher=publisher)

    def score(
        self,
        text: str,
        publisher: str | None = None,
        explain: bool = True,
        max_words: int | None = DEFAULT_MAX_WORDS,
        min_words: int = DEFAULT_MIN_WORDS,
    ) -> Report:
        """Score one article and explain the score.

        Parameters
        ----------
        text : str
            The article text.
        publisher : str, optional
            The article's own outlet (see :func:`credscore.extract`).
        explain : bool, default True
            Build the explanation: each feature's contribution with its evidence. Without
            it the report holds the score, the band and the evidence, and
            ``contributions`` is empty (faster for batch scoring).
        max_words : int or None, default 50,000
            Score only the first ``max_words`` words of a longer text; the report's
            ``warnings`` say so. None scores everything.
        min_words : int, default 10
            A text with fewer words (runs of characters holding a letter or digit) is not
            scored.

        Raises
        ------
        TypeError
            ``text`` is not a string.
        NotEnoughTextError
            ``text`` has fewer than ``min_words`` words ("not enough text to score").
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        limit = max_words if max_words is not None else 0
        if limit and limit < min_words:
            raise ValueError(f"max_words ({max_words}) is below min_words ({min_words})")
        n, cut = _word_ends(text, min_words, limit)
        if n < min_words:
            got = "no words" if n == 0 else f"{n} word{'s' if n != 1 else ''}"
            raise NotEnoughTextError(
                f"not enough text to score: {got}, at least {min_words} needed"
            )
        notes: tuple[str, ...] = ()
        if limit and cut is not None:
            text = text[:cut]
            notes = (
                f"The text is longer than {limit:,} words: only its first {limit:,} words "
                "were scored.",
            )
        if self.head is not None:
            report, feats, found, contrib = self._score_linear(text, publisher)
        else:
            return replace(self._score_pipeline(text, publisher, explain), warnings=notes)
        report = replace(report, warnings=notes)
        if not explain:
            return report
        contributions = _contributions(report, feats, found, contrib)
        contributions.sort(key=lambda c: -abs(c.contribution))
        return replace(report, contributions=contributions)

    def _score_linear(
        self, text: str, publisher: str | None
    ) -> tuple[Report, dict[str, float], list[Any], np.ndarray]:
        assert self.head is not None
        feats, found = featurize(
            text,
            publisher=publisher,
            with_readability=self.with_readability,
            with_style=self.with_style,
        )
        x = np.fromiter(feats.values(), dtype=float, count=len(feats))
        contrib = self.head.contributions(x)
        logit = float(contrib.sum() + self.head.intercept)
        p = 1.0 / (1.0 + math.exp(-logit))
        score = score_index(logit - self.offset)
        report = Report(
            probability=p,
            score=score,
            label=band_for(score),
            evidence=[e for e in found if e.signal != "style"],
            contributions=[],
            intercept=float(self.head.intercept),
            logit=logit,
            model=self.name,
            text=text,
            publisher=publisher,
            score_offset=self.offset,
        )
        return report, feats, found, contrib

    def _score_pipeline(self, text: str, publisher: str | None, explain: bool) -> Report:
        """Score with a scikit-learn pipeline: writing patterns or boosting."""
        from .normalize import anchor, normalize
        from .patterns import pattern_spans

        steps = self.model.named_steps
        feats, found = featurize(
            text,
            publisher=publisher,
            with_readability=self.with_readability,
            with_style=self.with_style,
        )
        evidence = [e for e in found if e.signal != "style"]
        x = np.asarray([list(feats.values())], dtype=float)
        clf = steps["clf"]
        patterns: list[tuple[str, float, float]] = []  # (pattern, tf-idf weight, contribution)
        norm = None
        if "columns" in steps:  # indicators and writing patterns, both linear
            # What steps["columns"].transform does, without a one-row DataFrame's overhead.
            columns = steps["columns"]
            scaler = columns.named_transformers_["signals"]
            weights = columns.transformer_weights or {}
            z = (x[0] - scaler.mean_) / scaler.scale_ * weights.get("signals", 1.0)
            pv = columns.named_transformers_["patterns"]
            norm = normalize(text)
            tail = pv.transform([norm.text]).tocsr()
            tail = tail * weights.get("patterns", 1.0)
            coef = np.asarray(clf.coef_, dtype=float).ravel()
            k = len(FEATURE_NAMES)
            contrib = coef[:k] * z
            names = self._pattern_names()
            patterns = [
                (str(names[j]), float(v), float(coef[k + j] * v))
                for j, v in zip(tail.indices, tail.data, strict=True)
            ]
            intercept = float(np.ravel(clf.intercept_)[0])
            logit = float(contrib.sum() + sum(c for _p, _v, c in patterns) + intercept)
            p = 1.0 / (1.0 + math.exp(-logit))
        else:
            z = steps["scale"].transform(x)
            p = float(clf.predict_proba(z)[0, 1])
            logit = _logit(p)
            contrib = np.zeros(z.shape[1])
            if explain:
                for j in range(z.shape[1]):
                    z0 = z.copy()
                    z0[0, j] = 0.0  # the training mean, standardised
                    contrib[j] = logit - _logit(float(clf.predict_proba(z0)[0, 1]))
            intercept = logit - float(contrib.sum())
        score = score_index(logit - self.offset)
        report = Report(
            probability=p,
            score=score,
            label=band_for(score),
            evidence=evidence,
            contributions=[],
            intercept=intercept,
            logit=logit,
            model=self.name,
            text=text,
            publisher=publisher,
            score_offset=self.offset,
        )
        if not explain:
            return report
        contributions = _contributions(report, feats, found, contrib)
        if patterns and norm is not None:
            spans = pattern_spans(
                norm.text, [g for g, _v, _c in patterns], PATTERN_EVIDENCE_LIMIT, typography=True
            )
            for gram, value, c in patterns:
                contributions.append(
                    Contribution(
                        f"{PATTERN_PREFIX}{gram}",
                        f"writing pattern '{gram}' (TF-IDF weight)",
                        value,
                        c,
                        points_for(report.score_logit, c),
                        "writing_pattern",
                        tuple(anchor(spans[gram], norm)),
                    )
                )
        contributions.sort(key=lambda c: -abs(c.contribution))
        return replace(report, contributions=contributions)


def _contributions(
    report: Report, feats: dict[str, float], found: list[Any], contrib: np.ndarray
) -> list[Contribution]:
    """One :class:`Contribution` per indicator, with the evidence it counted."""
    return [
        Contribution(
            feat.name,
            feat.description,
            float(value),
            float(c),
            points_for(report.score_logit, float(c)),
            feat.signal,
            tuple(e for e in found if _backs(feat, e)),
        )
        for feat, value, c in zip(FEATURES, feats.values(), contrib, strict=True)
    ]


def _backs(feat: Any, e: Any) -> bool:
    """Whether evidence ``e`` is what feature ``feat`` counts."""
    if not feat.signal or e.signal != feat.signal or spokesperson(e):
        return False  # an unnamed spokesperson counts as the organisation it speaks for
    if feat.kind is None:
        return True
    return bool(e.details.get("kind") == feat.kind or e.details.get("indicator") == feat.kind)
