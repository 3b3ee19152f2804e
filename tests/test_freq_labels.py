"""helpers.freq.labels: the one labelling rule, worked by hand."""

import numpy as np
import pandas as pd

from helpers.freq import term_labels
from helpers.freq.labels import best_per_group, label_order


def test_penalty_beats_count_and_first_breaks_ties():
    # group 0: لكرة (5, penalty 1) and كرة (3, penalty 0) -> كرة (index 1)
    # group 1: two plain surfaces of count 2 (indices 2, 3) and one of 9 with a
    # proclitic (index 4) -> the first plain one, index 2; group 2 has no candidate
    group = np.array([0, 0, 1, 1, 1])
    count = np.array([5, 3, 2, 2, 9])
    penalty = np.array([1, 0, 0, 0, 1])
    first = np.array([0, 1, 2, 3, 4])
    assert best_per_group(group, count, penalty, first, 3).tolist() == [1, 2, -1]


def test_first_position_not_index_breaks_ties():
    group = np.array([0, 0])
    assert best_per_group(
        group, np.array([2, 2]), np.array([0, 0]), np.array([7, 3]), 1
    ).tolist() == [1]


def test_order_and_starts_of_empty_input():
    order, starts = label_order(np.zeros(0, int), np.zeros(0, int), np.zeros(0, int))
    assert order.tolist() == [] and starts.tolist() == []


def test_term_labels_follows_the_rule():
    # key كرة: surfaces لكرة ×3 (clitic ل), الكرة ×1 (article only) -> الكرة
    tokens = pd.DataFrame(
        {
            "surface": ["لكرة", "لكرة", "الكرة", "لكرة", "بيت"],
            "base": ["كرة", "كرة", "كرة", "كرة", "بيت"],
            "clitics": ["ل+ال", "ل+ال", "ال", "ل+ال", ""],
        }
    )
    assert term_labels(tokens).to_dict() == {"بيت": "بيت", "كرة": "الكرة"}
