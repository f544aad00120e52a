"""Processing provider and algorithms: thin adapters over ``analysis``."""
