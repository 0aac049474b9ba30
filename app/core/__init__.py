"""The Policy Lab core: the domain, its rules and its operations. Pure Python, no Qt."""
