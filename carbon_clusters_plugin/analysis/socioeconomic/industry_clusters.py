"""Industrial types of cities: K-means on numeric fields (e.g. GDP shares of energy
production, heavy industry, light industry and high-tech industry).

Rows with a missing value are left out of the clustering. Values are standardised (z-scores)
by default; K = 0 tries K = 2..8 (at most n − 1) and keeps the best mean silhouette. Clusters
are numbered from 1 by decreasing size (ties: by the centroid of the first field). Each cluster
gets a label key from its centroid: the field whose centroid lies furthest above the mean of all
clustered rows, in standard deviations; below ``DOMINANCE`` (0.5 sd) the cluster is "mixed".
Fields are recognised by name (energy, heavy, light, tech); energy and heavy share one type.
"""

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd

MAX_AUTO_K = 8
DOMINANCE = 0.5

ENERGY_HEAVY = "energy_heavy"
HIGH_TECH = "high_tech"
LIGHT = "light"
MIXED = "mixed"
FIELD_PREFIX = "field:"
LABELS = {ENERGY_HEAVY: "energy & heavy industry", HIGH_TECH: "high-tech",
          LIGHT: "light industry", MIXED: "mixed"}

_ROLES = ((re.compile(r"tech", re.I), HIGH_TECH),
          (re.compile(r"energy|heavy|power|mining", re.I), ENERGY_HEAVY),
          (re.compile(r"light", re.I), LIGHT))


class TooFewFeaturesError(ValueError):
    def __init__(self, usable: int, k: int):
        self.usable, self.k = usable, k
        super().__init__(f"{usable} usable feature(s) for {k} clusters")


@dataclass
class ClusterResult:
    clusters: List[Optional[int]]       # per input row, 1..K or None (left out)
    silhouettes: List[Optional[float]]  # per input row
    profiles: pd.DataFrame              # cluster, label_key, size, <fields> (original units)
    k: int
    left_out: List[int]                 # input rows with a missing value
    scores: Dict[int, float] = field(default_factory=dict)  # K -> mean silhouette (K = 0)
    mean_silhouette: float = float("nan")

    def label_keys(self) -> List[Optional[str]]:
        keys = dict(zip(self.profiles["cluster"], self.profiles["label_key"]))
        return [None if c is None else keys[c] for c in self.clusters]


def role_of(field_name: str) -> Optional[str]:
    for pattern, role in _ROLES:
        if pattern.search(field_name):
            return role
    return None


def label_key(standardised_centroid: Sequence[float], fields: Sequence[str]) -> str:
    """Type of a cluster from its centroid in standard deviations from the overall mean."""
    centroid = np.asarray(standardised_centroid, dtype=float)
    best = int(np.argmax(centroid))
    if not centroid[best] >= DOMINANCE:
        return MIXED
    return role_of(fields[best]) or FIELD_PREFIX + fields[best]


def _fit(data: np.ndarray, k: int, seed: int, n_init: int):
    from sklearn.cluster import KMeans

    model = KMeans(n_clusters=k, n_init=n_init, random_state=seed)
    return model.fit_predict(data)


def _silhouettes(data: np.ndarray, labels: np.ndarray) -> np.ndarray:
    from sklearn.metrics import silhouette_samples

    k = len(np.unique(labels))
    if k < 2 or k >= len(data):
        return np.full(len(data), np.nan)
    return silhouette_samples(data, labels)


def choose_k(data: np.ndarray, seed: int, n_init: int, check=lambda: None) -> Dict[int, float]:
    """Mean silhouette for K = 2..min(8, n − 1)."""
    scores = {}
    for k in range(2, min(MAX_AUTO_K, len(data) - 1) + 1):
        check()
        labels = _fit(data, k, seed, n_init)
        scores[k] = float(np.mean(_silhouettes(data, labels)))
    return scores


def industry_clusters(values: pd.DataFrame, k: int = 4, standardize: bool = True,
                      seed: int = 12345, n_init: int = 10, check=lambda: None) -> ClusterResult:
    """K-means of the rows of ``values`` (one numeric column per field)."""
    fields = list(values.columns)
    complete = values.notna().all(axis=1).to_numpy()
    left_out = np.flatnonzero(~complete).tolist()
    raw = values[complete].to_numpy(dtype=float)
    n = len(raw)
    needed = 3 if k == 0 else max(k, 1)
    if n < needed:
        raise TooFewFeaturesError(n, needed)

    mean = raw.mean(axis=0)
    std = raw.std(axis=0)
    std_safe = np.where(std > 0, std, 1.0)
    data = (raw - mean) / std_safe if standardize else raw

    scores: Dict[int, float] = {}
    if k == 0:
        scores = choose_k(data, seed, n_init, check)
        k = max(scores, key=lambda key: (scores[key], -key))
    check()
    labels = _fit(data, k, seed, n_init)
    silhouettes = _silhouettes(data, labels)

    # Number clusters 1..K by decreasing size, then by the centroid of the first field.
    found = np.unique(labels)
    centroids = {c: raw[labels == c].mean(axis=0) for c in found}
    order = sorted(found, key=lambda c: (-(labels == c).sum(), centroids[c][0]))
    number = {c: i + 1 for i, c in enumerate(order)}

    profile_rows = []
    for c in order:
        centroid = centroids[c]
        profile_rows.append({
            "cluster": number[c],
            "label_key": label_key((centroid - mean) / std_safe, fields),
            "size": int((labels == c).sum()),
            "silhouette": float(np.nanmean(silhouettes[labels == c]))
            if not np.isnan(silhouettes).all() else float("nan"),
            **{f: float(v) for f, v in zip(fields, centroid)},
        })
    profiles = pd.DataFrame(profile_rows,
                            columns=["cluster", "label_key", "size", "silhouette", *fields])

    clusters: List[Optional[int]] = [None] * len(values)
    row_silhouettes: List[Optional[float]] = [None] * len(values)
    for position, row in enumerate(np.flatnonzero(complete)):
        clusters[row] = number[labels[position]]
        s = silhouettes[position]
        row_silhouettes[row] = None if np.isnan(s) else float(s)
    mean_silhouette = float(np.mean(silhouettes)) if not np.isnan(silhouettes).all() \
        else float("nan")
    return ClusterResult(clusters, row_silhouettes, profiles, int(k), left_out, scores,
                         mean_silhouette)


def counts_by_group(groups: Sequence, clusters: Sequence[Optional[int]], k: int) -> pd.DataFrame:
    """``group, cluster, count`` for every group and every cluster 1..K (zeros included);
    rows without a cluster are not counted."""
    table = pd.DataFrame({"group": list(groups), "cluster": list(clusters)}).dropna()
    rows = []
    for group in sorted(pd.unique(table["group"]), key=str):
        in_group = table[table["group"] == group]["cluster"].astype(int)
        for cluster in range(1, k + 1):
            rows.append({"group": group, "cluster": cluster,
                         "count": int((in_group == cluster).sum())})
    return pd.DataFrame(rows, columns=["group", "cluster", "count"])
