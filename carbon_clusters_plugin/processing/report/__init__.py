"""carbonclusters:report: the algorithm (``algorithm``), its print layout (``layout``, built by
``profile_layout``) and its HTML report (``document``)."""
