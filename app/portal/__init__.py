"""The local web portal for phones: aiohttp in its own thread, static pages, JSON API."""
