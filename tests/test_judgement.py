"""Does the checker still judge the labelled corpus as well as it did? (A guard against regressions.)

The corpus (tests/corpus/) was written independently of the checker; benchmarks/eval_labels.py
prints the full figures and lists every miss and false alarm. These thresholds sit a little below
the figures at the time of writing (99.1% caught, 0.03% of fine points flagged), so a change that
makes the checker noisier or blinder fails here, not on the held-out set.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def result():
    module = load_script(ROOT / "benchmarks" / "eval_labels.py")
    entries = module.load_corpus(ROOT / "tests" / "corpus")
    return module.evaluate(entries, module.run_inprocess)


def _totals(result):
    cells = result["confusion"].values()
    return (sum(c["tp"] for c in cells), sum(c["fn"] for c in cells),
            sum(c["fp"] for c in cells), sum(c["tn"] for c in cells))


def test_are_nearly_all_labelled_problems_caught(result):
    tp, fn, _, _ = _totals(result)
    assert tp / (tp + fn) >= 0.97, result["misses"]


def test_are_hardly_any_fine_points_flagged(result):
    _, _, fp, tn = _totals(result)
    assert fp / (fp + tn) <= 0.005, result["false_alarms"]


def test_does_no_strong_email_get_any_warning(result):
    assert result["n_strong"] >= 100
    assert not result["strong_fails"] and not result["strong_warns"]
