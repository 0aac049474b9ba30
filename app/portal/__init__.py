"""The local web portal for phones: aiohttp in its own thread, static pages, JSON API.

server          start/stop on its own thread, loop and connection (PortalServer)
door            which connections stay open and how long; parser errors answered in JSON
application     the aiohttp app: guards, routes, the portal thread's Workshop
security        Host allow-list, Origin + CSRF on writes, rate limits, CSP and other headers
replies         JSON answers and refusals (stable codes the phone translates), body reading
checkin, notes, votes, state   the routes; openapi: their description at /api/openapi.json
live            Server-Sent Events fed from the EventHub
group_commit    phones' operations arriving together share one COMMIT
static          the phone pages, from a fixed map only
"""
