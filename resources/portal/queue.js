/* Writes that survive a lost connection: each carries a random idempotency key and waits in
   localStorage until the laptop answers, so a retry never counts twice and nothing is lost. */
(function () {
  "use strict";
  var RT = window.RT = window.RT || {};
  var STORE = "rt_queue_v1";
  var handlers = {};
  var busy = false;
  var timer = null;
  var tries = 0;

  function newKey() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }

  var MAX_AGE_MS = 12 * 3600 * 1000;  /* yesterday's unsent notes never reach today's session */

  function load() {
    try {
      var found = JSON.parse(window.localStorage.getItem(STORE) || "[]");
      var now = Date.now();
      return Array.isArray(found) ? found.filter(function (e) {
        return e && e.at && now - e.at < MAX_AGE_MS;
      }) : [];
    } catch (e) {
      return [];
    }
  }

  function save(items) {
    try {
      window.localStorage.setItem(STORE, JSON.stringify(items));
    } catch (e) { /* private mode: the queue lives in memory only */ }
    RT.queue.items = items;
    if (RT.queue.onchange) { RT.queue.onchange(items.length); }
  }

  function csrf() {
    var match = document.cookie.match(/(?:^|;\s*)rt_csrf=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  function post(url, body) {
    return window.fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf()},
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return {status: response.status, data: data};
      });
    });
  }

  function later() {
    if (timer) { return; }
    var wait = Math.min(15000, 1000 * Math.pow(2, Math.min(tries, 4)));
    tries += 1;
    timer = window.setTimeout(function () { timer = null; pump(); }, wait);
  }

  function pump() {
    var items = RT.queue.items;
    if (busy || !items.length) { return; }
    var entry = items[0];
    entry.sent = true;
    save(items);
    busy = true;
    post(entry.url, entry.body).then(function (reply) {
      busy = false;
      if (reply.status >= 500 || reply.status === 429 || reply.status === 408 ||
          (reply.status === 403 && reply.data.code === "csrf")) {
        if (RT.queue.onretry) { RT.queue.onretry(reply); }
        later();
        return;
      }
      tries = 0;
      RT.queue.items = RT.queue.items.filter(function (e) { return e.body.key !== entry.body.key; });
      save(RT.queue.items);
      var handler = handlers[entry.kind];
      if (handler) { handler(reply, entry); }
      pump();
    }, function () {
      busy = false;  /* no connection: keep it and try again */
      if (RT.queue.onoffline) { RT.queue.onoffline(); }
      later();
    });
  }

  RT.newKey = newKey;
  RT.post = post;
  RT.queue = {
    items: load(),
    onchange: null,
    onoffline: null,
    onretry: null,
    on: function (kind, handler) { handlers[kind] = handler; },
    /* A newer entry with the same tag replaces older ones not yet sent (a ballot). */
    add: function (kind, url, body, tag) {
      body.key = newKey();
      var items = RT.queue.items.filter(function (e) { return !(tag && e.tag === tag && !e.sent); });
      items.push({kind: kind, url: url, body: body, tag: tag || "", sent: false, at: Date.now()});
      save(items);
      pump();
      return body.key;
    },
    pending: function (tag) {
      return RT.queue.items.some(function (e) { return e.tag === tag; });
    },
    pump: function () {
      if (timer) { window.clearTimeout(timer); timer = null; }
      pump();
    },
    /* A new person checked in on this phone: nothing of the previous one is sent. */
    clear: function () { save([]); }
  };
  window.addEventListener("online", function () { RT.queue.pump(); });
}());
