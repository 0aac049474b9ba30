"""The projector window: what the room sees, following the phase by itself."""
