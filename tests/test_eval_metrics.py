"""Evaluation metrics on small hand-made cases."""

from __future__ import annotations

import json

import pytest

from bench.evaluate import SpeechView, main
from bench.metrics import Scorer, greedy_match, name_right, names_match, trim_spans

TEXT = 'Smith said "the plan will fail badly." Jones said the plan would work well.'
Q1 = (12, 37)  # the plan will fail badly.
Q2 = (50, 74)  # the plan would work well


def _gold(spans, kind, name=None, speaker=(0, 5), cue=(6, 10)):
    return {
        "quote_spans": [list(s) for s in spans],
        "kind": kind,
        "speaker_spans": [list(speaker)] if speaker else [],
        "speaker_text": TEXT[speaker[0] : speaker[1]] if speaker else "",
        "speaker_name": name,
        "cue_spans": [list(cue)] if cue else [],
    }


def _pred(spans, kind, name=None, speaker=(0, 5), cue=(6, 10), entity_id="e0"):
    return {
        "spans": [list(s) for s in spans],
        "kind": kind,
        "speaker": {
            "name": name,
            "entity_id": entity_id,
            "mention": {"start": speaker[0], "end": speaker[1], "text": ""},
        }
        if speaker
        else None,
        "cue": {"start": cue[0], "end": cue[1], "text": ""} if cue else None,
    }


GOLD = [
    _gold([Q1], "direct", "John Smith"),
    _gold([Q2], "indirect", "Ann Jones", speaker=(38, 43), cue=(44, 48)),
]


def test_trim_spans_drops_marks_and_punctuation():
    assert trim_spans(TEXT, [(11, 38)]) == [(12, 36)]
    assert trim_spans(TEXT, [(10, 11)]) == []


def test_perfect_prediction_scores_one():
    preds = [
        _pred([Q1], "direct", "Smith"),
        _pred([Q2], "indirect", "Jones", speaker=(38, 43), cue=(44, 48)),
    ]
    s = Scorer()
    s.add(TEXT, GOLD, {"quotes": preds})
    t = s.table()
    for row in ("all", "direct", "indirect"):
        for key in ("exact_f1", "overlap_f1", "coverage_f1", "spk_acc", "name_acc", "cue_acc"):
            assert t[row][key] == pytest.approx(1.0), (row, key)
        assert t[row]["e2e_f1"] == pytest.approx(1.0)


def test_known_miss_gives_half_recall():
    s = Scorer()
    s.add(TEXT, GOLD, {"quotes": [_pred([Q1], "direct", "Smith")]})
    t = s.table()["all"]
    assert t["overlap_p"] == 1.0
    assert t["overlap_r"] == 0.5
    assert t["overlap_f1"] == pytest.approx(2 / 3)
    assert s.table()["indirect"]["overlap_r"] == 0.0
    assert s.table()["indirect"]["overlap_p"] is None


def test_wrong_name_and_speaker():
    s = Scorer()
    s.add(TEXT, GOLD[:1], {"quotes": [_pred([Q1], "direct", "Jones", speaker=(38, 43))]})
    t = s.table()["all"]
    assert t["overlap_f1"] == 1.0
    assert t["spk_acc"] == 0.0
    assert t["name_acc"] == 0.0
    assert t["e2e_f1"] == 0.0


def test_overlap_and_coverage_thresholds():
    gold = [[(0, 100)]]
    assert greedy_match(gold, [[(0, 50)]], "overlap") == [(0, 0)]  # Jaccard 0.5
    assert greedy_match(gold, [[(0, 49)]], "overlap") == []
    assert greedy_match(gold, [[(0, 31)]], "coverage") == [(0, 0)]
    assert greedy_match(gold, [[(0, 30)]], "coverage") == []
    assert greedy_match(gold, [[(0, 100)], [(0, 100)]], "exact") == [(0, 0)]


def test_per_kind_precision_uses_predicted_kind():
    s = Scorer()
    s.add(TEXT, GOLD[:1], {"quotes": [_pred([Q1], "mixed", "Smith")]})
    t = s.table()
    assert t["mixed"]["overlap_p"] == 1.0
    assert t["direct"]["overlap_r"] == 1.0
    assert t["direct"]["overlap_p"] is None
    assert t["direct+mixed"]["overlap_f1"] == 1.0


def test_names_match():
    assert names_match("Donald Trump", "Mr. Trump")
    assert names_match("Trump", "Donald Trump")
    assert names_match("President Barack Obama", "barack obama")
    assert not names_match("Hillary Clinton", "Donald Trump")
    assert not names_match(None, "Donald Trump")


def test_unnamed_source_takes_a_description_not_a_persons_name():
    people = frozenset({"mary jones"})
    described = {"name": "a senior official", "entity_id": None}
    assert name_right(described, None, people)
    assert name_right(None, None, people)
    assert not name_right({"name": "Mary Jones", "entity_id": "e0"}, None, people)
    assert not name_right({"name": "Mary Jones", "entity_id": None}, None, people)
    assert not name_right(described, "Mary Jones", people)


def test_unnamed_source_counts_in_name_accuracy():
    gold = [_gold([Q1], "direct", None)]
    s = Scorer()
    s.add(TEXT, gold, {"quotes": [_pred([Q1], "direct", "the official", entity_id=None)]})
    assert s.table()["all"]["name_n"] == 1
    assert s.table()["all"]["name_acc"] == 1.0
    s = Scorer()
    result = {
        "quotes": [_pred([Q1], "direct", "John Smith")],
        "entities": [{"id": "e0", "name": "John Smith", "type": "PERSON"}],
    }
    s.add(TEXT, gold, result)
    assert s.table()["all"]["name_n"] == 1
    assert s.table()["all"]["name_acc"] == 0.0


def _jones_corpus(tmp_path):
    """A one-document dev corpus: a direct quote by Jones, named Mary Jones in the gold."""
    text = 'Mary Jones arrived. "We will win this election easily," Jones said.'
    start, end = text.index("We"), text.index('," Jones')
    gold = {
        "quote_spans": [[start, end]],
        "kind": "direct",
        "speaker_spans": [[end + 3, end + 8]],
        "speaker_text": "Jones",
        "speaker_name": "Mary Jones",
        "cue_spans": [[end + 9, end + 13]],
    }
    path = tmp_path / "d.jsonl"
    doc = {"split": "dev", "doc_id": "x", "text": text, "quotes": [gold]}
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    return path


def test_main_json(tmp_path, capsys):
    path = _jones_corpus(tmp_path)
    assert main([str(path), "--split", "dev", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["documents"] == 1
    assert out["metrics"]["direct"]["overlap_f1"] == 1.0
    assert out["metrics"]["direct"]["name_acc"] == 1.0
    assert main([str(path), "--split", "train"]) == 1


SPEECH_TEXT = "Smith said the plan would fail. Jones believes the plan would work."


def _at(text: str, part: str) -> list[int]:
    start = text.index(part)
    return [start, start + len(part)]


def _speech_gold(quote: str, speaker: str, cue: str, name: str) -> dict:
    return {
        "quote_spans": [_at(SPEECH_TEXT, quote)],
        "kind": "indirect",
        "speaker_spans": [_at(SPEECH_TEXT, speaker)],
        "speaker_text": speaker,
        "speaker_name": name,
        "cue_spans": [_at(SPEECH_TEXT, cue)],
    }


def _speech_pred(quote: str, speaker: str, cue: str, name: str, act: str | None = None) -> dict:
    s, e = _at(SPEECH_TEXT, speaker)
    c, d = _at(SPEECH_TEXT, cue)
    pred = {
        "spans": [_at(SPEECH_TEXT, quote)],
        "kind": "indirect",
        "speaker": {"name": name, "entity_id": "e0", "mention": {"start": s, "end": e}},
        "cue": {"start": c, "end": d, "text": cue},
    }
    return pred | ({"act": act} if act else {})


SPEECH_GOLD = [
    _speech_gold("the plan would fail", "Smith", "said", "John Smith"),
    _speech_gold("the plan would work", "Jones", "believes", "Ann Jones"),
]


@pytest.fixture(scope="module")
def parsed():
    import spacy

    from workers.extraction import DEFAULT_MODEL

    return spacy.load(DEFAULT_MODEL)(SPEECH_TEXT)


def test_speech_view_keeps_only_speech_on_both_sides(parsed):
    preds = [
        _speech_pred("the plan would fail", "Smith", "said", "Smith"),
        _speech_pred("the plan would work", "Jones", "believes", "Jones"),
    ]
    view = SpeechView()
    view.add(parsed, SPEECH_GOLD, {"quotes": preds})
    t = view.scorer.table()["all"]
    assert (t["n_gold"], t["n_pred"]) == (1, 1)
    assert t["overlap_f1"] == 1.0
    assert t["e2e_f1"] == 1.0
    counts = view.counts()
    assert counts["gold"] == {"speech": 1, "thought": 1, "intention": 0, "evidence": 0}
    assert counts["pred"]["thought"] == 1


def test_speech_view_counts_a_thought_prediction_against_nothing(parsed):
    # the thought is predicted as speech by its own act field: a false positive in the view
    preds = [_speech_pred("the plan would work", "Jones", "believes", "Jones", act="speech")]
    view = SpeechView()
    view.add(parsed, SPEECH_GOLD, {"quotes": preds})
    t = view.scorer.table()["all"]
    assert (t["n_gold"], t["n_pred"]) == (1, 1)
    assert t["overlap_p"] == 0.0 and t["overlap_r"] == 0.0


def test_full_table_is_the_same_with_the_speech_view(tmp_path, capsys):
    path = _jones_corpus(tmp_path)
    assert main([str(path), "--json"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert main([str(path), "--json", "--speech"]) == 0
    both = json.loads(capsys.readouterr().out)
    assert both["metrics"] == plain["metrics"]
    assert both["speech"]["acts"]["gold"]["speech"] == 1
    assert both["speech"]["metrics"]["direct"]["overlap_f1"] == 1.0


def test_the_parse_cache_key_changes_with_the_tokenizers_special_cases():
    import spacy
    from spacy.symbols import ORTH

    from bench.evaluate import cache_key

    nlp = spacy.blank("en")
    before = cache_key(nlp)
    assert cache_key(nlp) == before
    nlp.tokenizer.add_special_case("Coun.", [{ORTH: "Coun."}])
    assert cache_key(nlp) != before
