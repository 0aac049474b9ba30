"""The follow-up loop on the desk: programme, commitments, experiments and their readings."""
