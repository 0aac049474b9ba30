"""Board benchmark: 2,000 notes on the facilitator's board."""
