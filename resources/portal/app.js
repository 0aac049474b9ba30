/* The participant's pages. Everything a person wrote is put on the page with textContent only. */
(function () {
  "use strict";
  var RT = window.RT;
  var LANGS = ["en", "fr", "ar", "fa", "uk", "es", "it", "de"];
  var S = {
    lang: null, room: "", state: null, fetchedAt: 0, want: {}, roundId: null,
    sendTimer: null, refreshTimer: null, live: null, liveWait: 1000, afterLang: null,
    offline: false
  };

  function $(id) { return document.getElementById(id); }

  /* A string with a count has its plural forms as extra keys ("dots_count_one" beside
     "dots_count"), chosen by the language's own rules; the count is "n", "cap" or "seconds". */
  var COUNTS = ["n", "cap", "seconds"];
  var plurals = {};

  function pluralForm(lang, params) {
    if (!params || !window.Intl || !Intl.PluralRules) { return ""; }
    var name = COUNTS.filter(function (c) { return params[c] !== undefined; })[0];
    if (!name) { return ""; }
    if (!plurals[lang]) { plurals[lang] = new Intl.PluralRules(lang); }
    return plurals[lang].select(Number(params[name]));
  }

  function t(key, params) {
    var lang = RT.strings[S.lang] ? S.lang : "en";
    var table = RT.strings[lang];
    var form = pluralForm(lang, params);
    var text = form ? table[key + "_" + form] : undefined;
    if (text === undefined) { text = table[key]; }
    if (text === undefined) { text = RT.strings.en[key]; }
    if (text === undefined) { text = key; }
    if (params) {
      Object.keys(params).forEach(function (name) {
        text = text.split("{" + name + "}").join(String(params[name]));
      });
    }
    return text;
  }

  function errorText(data) {
    var code = data && data.code ? "err_" + data.code : "err_generic";
    var params = (data && data.params) || {};
    return RT.strings.en[code] ? t(code, params) : t("err_generic");
  }

  function show(id) {
    ["screen-lang", "screen-noroom", "screen-checkin", "screen-main"].forEach(function (s) {
      $(s).hidden = s !== id;
    });
  }

  /* ---- language ------------------------------------------------------------------------ */
  function pickLanguage() {
    var saved = null;
    try { saved = window.localStorage.getItem("rt_lang"); } catch (e) { saved = null; }
    if (saved && LANGS.indexOf(saved) >= 0) { return saved; }
    return null;
  }

  function applyLanguage(lang) {
    S.lang = lang;
    try { window.localStorage.setItem("rt_lang", lang); } catch (e) { /* ignore */ }
    var root = document.documentElement;
    root.lang = lang;
    root.dir = RT.RTL.indexOf(lang) >= 0 ? "rtl" : "ltr";
    Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (el) {
      el.textContent = t(el.getAttribute("data-t"));
    });
    $("lang-code").textContent = lang.toUpperCase();
    $("lang-button").setAttribute("aria-label", t("language"));
    render();
  }

  /* ---- reading the state --------------------------------------------------------------- */
  function refresh() {
    var url = "/api/state" + (S.room ? "?room=" + encodeURIComponent(S.room) : "");
    return window.fetch(url, {credentials: "same-origin", cache: "no-store"}).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (data) {
        setOffline(false);
        if (r.status === 200) {
          S.state = data;
          S.fetchedAt = Date.now();
          if (data.me) { connectLive(); RT.queue.pump(); }
        } else if (r.status === 403 || r.status === 401) {
          S.state = null;
          S.noRoom = true;
          S.removed = data.code === "participant_removed";
        }
        render();
      });
    }, function () {
      setOffline(true);
      window.setTimeout(refresh, 3000);
    });
  }

  function refreshSoon() {
    if (S.refreshTimer) { return; }
    S.refreshTimer = window.setTimeout(function () { S.refreshTimer = null; refresh(); }, 120);
  }

  function connectLive() {
    if (S.live || !window.EventSource) { return; }
    var source = new window.EventSource("/api/live");
    S.live = source;
    source.onopen = function () { S.liveWait = 1000; setOffline(false); RT.queue.pump(); };
    source.onmessage = function () { refreshSoon(); };
    source.onerror = function () {
      source.close();
      S.live = null;
      window.setTimeout(refresh, S.liveWait);
      S.liveWait = Math.min(S.liveWait * 2, 15000);
    };
  }

  function setOffline(offline) {
    S.offline = offline;
    updateNet();
  }

  function updateNet() {
    var waiting = RT.queue.items.length;
    var parts = [];
    if (S.offline) { parts.push(t("offline")); }
    if (waiting) { parts.push(t("waiting_count", {n: waiting})); }
    $("net").textContent = parts.join(" · ");
    $("net").hidden = parts.length === 0;
  }

  /* ---- drawing ------------------------------------------------------------------------- */
  function showLanguages() {
    /* Before a language is chosen, the question is asked in all of them. */
    var title = $("choose-title");
    title.textContent = "";
    (S.lang ? [S.lang] : LANGS).forEach(function (lang, index) {
      var word = document.createElement("span");
      word.className = "lang-word";  /* each word isolated: no mixing of directions */
      word.lang = lang;
      word.dir = RT.RTL.indexOf(lang) >= 0 ? "rtl" : "ltr";
      word.textContent = RT.strings[lang][S.lang ? "choose_language" : "language"];
      if (index) { title.appendChild(document.createTextNode(" · ")); }
      title.appendChild(word);
    });
    show("screen-lang");
  }

  function render() {
    if (!S.lang) { renderPhase(); showLanguages(); return; }
    renderPhase();
    updateNet();
    var state = S.state;
    if (!state) {
      if (S.noRoom || !S.room) {
        $("noroom-text").textContent = t(S.removed ? "err_participant_removed" : "scan_qr");
        if (S.removed) {  /* an SVG element has no .hidden property on older browsers */
          $("qr-icon").setAttribute("hidden", "");
        } else {
          $("qr-icon").removeAttribute("hidden");
        }
        show("screen-noroom");
      }
      return;
    }
    if (!state.me) { show("screen-checkin"); return; }
    show("screen-main");
    $("me-name").textContent = state.me.display_name || state.me.pseudonym;
    var round = state.round;
    var voting = round && round.status === "open";
    var results = round && round.results;
    $("panel-notes").hidden = !state.notes_open;
    $("note-prompt").textContent = t(state.phase && state.phase.kind === "expectations" ?
      "note_prompt_expectations" : "note_prompt_ideas");
    renderMyNotes();
    $("panel-vote").hidden = !voting;
    if (voting) { RT.votes.renderVote(round); }
    $("panel-results").hidden = !results;
    if (results) { RT.votes.renderResults(round); }
    var reviewing = state.phase && state.phase.kind === "review";  /* "you said, we did" */
    $("panel-review").hidden = !reviewing;
    if (reviewing && RT.review) { RT.review.load(); }
    var idle = !state.notes_open && !voting && !results && !reviewing;
    $("panel-wait").hidden = !idle;
    $("wait-text").textContent = round && round.status === "closed" ? t("vote_closed") : t("wait");
    $("turnout").textContent = round && round.status !== "revealed" ?
      t("turnout", {voted: round.turnout.voted, eligible: round.turnout.eligible}) : "";
  }

  function renderPhase() {
    var phase = S.state && S.state.phase;
    var name = phase ? (phase.title || t("phase_" + phase.kind)) : t("phase_none");
    $("phase-name").textContent = S.state ? name : "Roundtable";
    tick();
  }

  function tick() {
    var phase = S.state && S.state.phase;
    var el = $("timer");
    if (!phase || phase.ended) { el.textContent = ""; return; }
    var left = phase.remaining;
    if (phase.running) { left -= Math.floor((Date.now() - S.fetchedAt) / 1000); }
    var over = left < 0;
    var secs = Math.abs(left);
    var text = (over ? "+" : "") + Math.floor(secs / 60) + ":" + ("0" + (secs % 60)).slice(-2);
    el.textContent = phase.paused ? text + " (" + t("paused") + ")" : text;
    el.className = over ? "timer over" : "timer";
  }

  /* ---- notes --------------------------------------------------------------------------- */
  function myNotes() {
    try { return JSON.parse(window.localStorage.getItem("rt_notes") || "[]"); } catch (e) { return []; }
  }

  function renderMyNotes() {
    var list = $("my-notes");
    list.textContent = "";
    myNotes().slice(-20).reverse().forEach(function (note) {
      var li = document.createElement("li");
      li.textContent = note.text;  /* as text, never as HTML */
      li.dir = "auto";  /* each note in its own writing direction */
      if (note.status === "pending") { li.className = "pending"; }
      list.appendChild(li);
    });
  }

  function noteCounter() {
    var left = 280 - $("note-text").value.length;
    $("note-counter").textContent = t("chars_left", {n: left});
  }

  function confirmNote(text, kind) {
    var box = $("note-confirm");
    box.textContent = text;
    box.className = kind || "confirm";  /* "confirm" (done), "notice" (waiting), "error" */
    box.hidden = false;
  }

  function notesWaiting() {
    return RT.queue.items.some(function (e) { return e.kind === "note"; });
  }

  RT.queue.on("note", function (reply, entry) {
    if (reply.status === 200) {
      var notes = myNotes();
      notes.push({text: entry.body.text, status: reply.data.status});
      try { window.localStorage.setItem("rt_notes", JSON.stringify(notes.slice(-50))); } catch (e) { /* full */ }
      confirmNote(t(reply.data.status === "pending" ? "note_pending" : "note_sent"));
      renderMyNotes();
    } else {
      confirmNote(errorText(reply.data), "error");
      if (reply.status === 401) { refresh(); }
    }
  });

  function sendNote(event) {
    event.preventDefault();
    var text = $("note-text").value.trim();
    if (!text) { confirmNote(t("err_empty_text"), "error"); return; }
    RT.queue.add("note", "/api/notes", {text: text, signed: $("note-signed").checked});
    $("note-text").value = "";
    $("note-signed").checked = false;
    noteCounter();
    confirmNote(S.offline ? t("note_queued") : t("sending"), "notice");
  }

  /* ---- check-in ------------------------------------------------------------------------ */
  function checkedValue(name) {
    var found = document.querySelector("input[name=" + name + "]:checked");
    return found ? found.value : "";
  }

  function updateHow() {
    var badge = checkedValue("how") === "badge";
    $("badge-fields").hidden = !badge;
    $("new-fields").hidden = badge;
  }

  /* The same key until the laptop answers: a lost answer retried adds the person once. */
  function checkinKey() {
    var key = null;
    try { key = window.sessionStorage.getItem("rt_checkin_key"); } catch (e) { key = null; }
    if (!key) {
      key = RT.newKey();
      try { window.sessionStorage.setItem("rt_checkin_key", key); } catch (e) { /* memory only */ }
    }
    return key;
  }

  function forget(name) {
    try {
      window.sessionStorage.removeItem(name);
      window.localStorage.removeItem(name);
    } catch (e) { /* nothing stored */ }
  }

  function checkIn(event) {
    event.preventDefault();
    var error = $("checkin-error");
    error.textContent = "";
    var body = {room: S.room, key: checkinKey(), language: S.lang, consent: $("consent").checked};
    if (checkedValue("how") === "badge") {
      body.badge = $("badge-code").value.trim();
      if (!body.badge) { error.textContent = t("err_badge_empty"); return; }
    } else {
      body.group = checkedValue("group");
      body.display_name = $("display-name").value.trim();
      if (!body.group) { error.textContent = t("err_group"); return; }
    }
    if (!body.consent) { error.textContent = t("err_consent_required"); return; }
    RT.post("/api/checkin", body).then(function (reply) {
      if (reply.status === 200) {
        forget("rt_checkin_key");
        forget("rt_notes");  /* a shared phone: the previous person's notes are not shown */
        RT.queue.clear();
        refresh();
      } else {
        error.textContent = errorText(reply.data);
      }
    }, function () {
      error.textContent = t("offline");
    });
  }

  /* ---- start --------------------------------------------------------------------------- */
  RT.ui = {S: S, t: t, $: $, errorText: errorText, refresh: refresh};

  function start() {
    var match = window.location.pathname.match(/^\/j\/([A-Za-z0-9_-]{8,100})$/);
    try {
      if (match) { window.sessionStorage.setItem("rt_room", match[1]); }
      S.room = window.sessionStorage.getItem("rt_room") || "";
    } catch (e) {
      S.room = match ? match[1] : "";
    }
    Array.prototype.forEach.call(document.querySelectorAll("[data-lang]"), function (b) {
      b.addEventListener("click", function () {
        applyLanguage(b.getAttribute("data-lang"));
        refresh();
      });
    });
    $("lang-button").addEventListener("click", showLanguages);
    Array.prototype.forEach.call(document.querySelectorAll("input[name=how]"), function (r) {
      r.addEventListener("change", updateHow);
    });
    $("checkin-form").addEventListener("submit", checkIn);
    $("note-form").addEventListener("submit", sendNote);
    $("note-text").addEventListener("input", noteCounter);
    RT.queue.onchange = updateNet;
    RT.queue.onoffline = function () {
      setOffline(true);
      if (notesWaiting()) { confirmNote(t("note_queued"), "notice"); }
    };
    window.setInterval(tick, 1000);
    window.setInterval(refresh, 30000);
    var lang = pickLanguage();
    if (lang) { applyLanguage(lang); } else { showLanguages(); }
    noteCounter();
    updateHow();
    refresh();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
