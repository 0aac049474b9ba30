"""The sticky-note board: areas, notes, themes, drawn in a QGraphicsView."""
