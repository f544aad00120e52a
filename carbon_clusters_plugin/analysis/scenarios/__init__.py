"""Peaking scenarios: yearly emission trajectories, peak years and values under the levers of
a scenario table (industrial upgrading, compact land use, buildings, transport), from base-year
city or cluster values; and the STIRPAT ridge fit of emissions on population, wealth and
technology."""
