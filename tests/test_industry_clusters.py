"""K-means industrial types on small tables worked out by hand (no QGIS)."""

import math

import pandas as pd
import pytest

from carbon_clusters_plugin.analysis.socioeconomic.industry_clusters import (
    TooFewFeaturesError,
    counts_by_group,
    industry_clusters,
    label_key,
    role_of,
)

FIELDS = ["share_energy", "share_heavy", "share_light", "share_hightech"]

# Four tight types, three cities each; the first coordinate varies by ±0.01 so every
# centroid is exactly the base row.
BASES = {
    "energy": (0.40, 0.30, 0.10, 0.05),
    "tech": (0.05, 0.10, 0.10, 0.40),
    "light": (0.05, 0.10, 0.40, 0.10),
    "mixed": (0.15, 0.15, 0.15, 0.15),
}


def cities():
    rows, kinds = [], []
    for kind, base in BASES.items():
        for delta in (-0.01, 0.0, 0.01):
            rows.append((base[0] + delta, *base[1:]))
            kinds.append(kind)
    return pd.DataFrame(rows, columns=FIELDS), kinds


def test_four_types_their_centroids_labels_and_numbering():
    values, kinds = cities()
    result = industry_clusters(values, k=4, seed=1)
    assert result.k == 4 and result.left_out == []
    # One cluster per kind.
    by_kind = {}
    for kind, cluster in zip(kinds, result.clusters):
        by_kind.setdefault(kind, set()).add(cluster)
    assert all(len(c) == 1 for c in by_kind.values())
    assert sorted(c for (c,) in by_kind.values()) == [1, 2, 3, 4]
    # Equal sizes: numbered by the centroid of the first field (0.05, 0.05, 0.15, 0.40);
    # the two 0.05 ties keep a stable but unspecified order.
    profiles = result.profiles.set_index("cluster")
    (energy,) = by_kind["energy"]
    (mixed,) = by_kind["mixed"]
    assert energy == 4 and mixed == 3
    # Centroids in original units: the base rows (the ±0.01 cancel).
    for kind, (cluster,) in by_kind.items():
        assert profiles.loc[cluster, FIELDS].tolist() == pytest.approx(BASES[kind])
        assert profiles.loc[cluster, "size"] == 3
    # Labels. Overall energy mean (0.40+0.05+0.05+0.15)/4 = 0.1625, sd ≈ 0.143: the energy
    # centroid is 1.66 sd above; the mixed row is below the mean in every field.
    keys = {kind: profiles.loc[c, "label_key"] for kind, (c,) in by_kind.items()}
    assert keys == {"energy": "energy_heavy", "tech": "high_tech", "light": "light",
                    "mixed": "mixed"}
    assert all(s > 0.8 for s in result.silhouettes)


def test_k_zero_chooses_four_by_silhouette():
    values, _ = cities()
    result = industry_clusters(values, k=0, seed=7)
    assert result.k == 4
    assert sorted(result.scores) == list(range(2, 9))       # 12 rows: K = 2..8
    assert max(result.scores, key=result.scores.get) == 4


def test_silhouette_by_hand_without_standardising():
    # 0, 1 | 10, 11. Point 0: a = 1, b = (10 + 11)/2 = 10.5 → s = 1 − 1/10.5 = 0.904762
    # Point 1: a = 1, b = (9 + 10)/2 = 9.5 → s = 1 − 1/9.5 = 0.894737; 10 and 11 mirror them.
    values = pd.DataFrame({"x": [0.0, 1.0, 10.0, 11.0]})
    result = industry_clusters(values, k=2, standardize=False, seed=3)
    assert result.clusters == [1, 1, 2, 2]   # equal sizes: lower centroid first
    assert result.silhouettes == pytest.approx([0.904762, 0.894737, 0.894737, 0.904762],
                                               abs=1e-6)
    assert result.profiles["x"].tolist() == [0.5, 10.5]
    assert result.mean_silhouette == pytest.approx((0.904762 + 0.894737) / 2, abs=1e-6)


def test_missing_values_are_left_out_and_listed():
    values = pd.DataFrame({"x": [0.0, 1.0, None, 10.0, 11.0], "y": [0, 0, 0, 0, math.nan]})
    result = industry_clusters(values, k=2, seed=3)
    assert result.left_out == [2, 4]
    assert result.clusters[2] is None and result.clusters[4] is None
    assert result.profiles["size"].sum() == 3


def test_fewer_features_than_k_is_refused():
    values = pd.DataFrame({"x": [1.0, 2.0, None]})
    with pytest.raises(TooFewFeaturesError) as error:
        industry_clusters(values, k=4)
    assert (error.value.usable, error.value.k) == (2, 4)


def test_counts_include_empty_clusters():
    counts = counts_by_group(["A", "A", "B", "B", "B"], [1, 2, 2, 2, None], k=3)
    table = {(r.group, r.cluster): r.count for r in counts.itertuples()}
    assert table == {("A", 1): 1, ("A", 2): 1, ("A", 3): 0,
                     ("B", 1): 0, ("B", 2): 2, ("B", 3): 0}


def test_roles_and_label_keys_of_field_names():
    assert role_of("share_hightech") == "high_tech"
    assert role_of("HeavyIndustry") == "energy_heavy"
    assert role_of("share_energy") == "energy_heavy"
    assert role_of("light_share") == "light"
    assert role_of("population") is None
    assert label_key([0.2, 0.4], ["a", "b"]) == "mixed"
    assert label_key([0.2, 0.9], ["share_light", "population"]) == "field:population"
