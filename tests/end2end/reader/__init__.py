"""What a screen reader (Orca) is given of the window, read over AT-SPI."""
