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

  /* A number as the page's language writes it: Persian digits in Dari / Farsi (۱۲), the
     others as they are. Only numbers: a person's text keeps its own digits. */
  var DIGITS = {fa: "۰۱۲۳۴۵۶۷۸۹"};
  var numbers = {};

  function num(value) {
    var lang = S.lang;
    if (!DIGITS[lang]) { return String(value); }
    if (!numbers[lang] && window.Intl && Intl.NumberFormat) {
      try { numbers[lang] = new Intl.NumberFormat(lang, {useGrouping: false}); } catch (e) { numbers[lang] = null; }
    }
    var text = numbers[lang] ? numbers[lang].format(value) : String(value);
    return text.replace(/[0-9]/g, function (d) { return DIGITS[lang].charAt(Number(d)); });
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
        var value = params[name];
        text = text.split("{" + name + "}").join(typeof value === "number" ? num(value) : String(value));
      });
    }
    return text;
  }

  function errorText(data) {
    var code = data && data.code ? "err_" + data.code : "err_generic";
    var params = (data && data.params) || {};
    return RT.strings.en[code] ? t(code, params) : t("err_generic");
  }

  var HEADINGS = {"screen-lang": "choose-title", "screen-noroom": "noroom-text",
                  "screen-checkin": "checkin-title", "screen-main": "main-title"};

  function show(id) {
    ["screen-lang", "screen-noroom", "screen-checkin", "screen-main"].forEach(function (s) {
      $(s).hidden = s !== id;
    });
    $("phase-name").hidden = id === "screen-main";  /* there the phase is the page's heading */
  }

  /* A new screen (or another panel on the main one) takes focus to its heading, so a screen
     reader starts reading there instead of falling back to the top of the page. */
  function focusOnChange(id) {
    var panels = ["panel-notes", "panel-vote", "panel-results", "panel-wait"].filter(function (p) {
      return !$(p).hidden;
    });
    var key = id + "|" + (id === "screen-main" ? panels.join(",") : "");
    if (S.screenKey && S.screenKey !== key) {
      $(HEADINGS[id]).focus();
    }
    S.screenKey = key;
  }

  /* Text with nothing to see (zero-width spaces, joiners, direction marks) is no note. */
  var VISIBLE = null;
  try {
    VISIBLE = new RegExp("[^\\p{Cc}\\p{Cf}\\p{Z}\\p{Mn}\\p{Me}\\s\\u115f\\u1160\\u3164\\uffa0\\u2800\\u180e]", "u");
  } catch (e) { VISIBLE = null; }  /* an older phone: the laptop still refuses it */

  /* An inline icon from the page's own sprite (no font, no file from outside). */
  function icon(name) {
    var ns = document.querySelector(".sprite").namespaceURI;  /* SVG's, without a URL here */
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("class", "icon");
    svg.setAttribute("aria-hidden", "true");
    var use = document.createElementNS(ns, "use");
    use.setAttribute("href", "#" + name);
    svg.appendChild(use);
    return svg;
  }

  /* A message put on the page icon first: the picture says "problem" or "no connection" to
     someone who reads little. An element with nothing to say is left empty. */
  function say(el, text, name) {
    el.textContent = "";
    if (!text) { return; }
    if (name) { el.appendChild(icon(name)); el.appendChild(document.createTextNode(" ")); }
    el.appendChild(document.createTextNode(text));
  }

  function announce(text) {
    $("announce").textContent = text;
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
    /* the language in its own script ("العربية", not "AR"), named by what it shows, then
       by its purpose */
    var own = document.querySelector('.choice[data-lang="' + lang + '"]');
    $("lang-code").textContent = own ? own.textContent : lang;
    $("lang-word").textContent = t("language");
    $("lang-button").hidden = false;
    var you = t("you_are").split("{name}");
    $("you-before").textContent = you[0] || "";
    $("you-after").textContent = you.slice(1).join("") || "";
    if (RT.speak) { RT.speak.label(); }  /* speak.js comes next; it names its buttons itself */
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
    say($("net"), parts.join(" · "), S.offline ? "i-offline" : "");
    $("net").hidden = parts.length === 0;
  }

  /* ---- drawing ------------------------------------------------------------------------- */
  function showLanguages() {
    /* Before a language is chosen, the question is asked in all of them. */
    var title = $("choose-title");
    title.textContent = "";
    $("lang-button").hidden = !S.lang;  /* nothing to name it by before a choice */
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
    focusOnChange("screen-lang");
  }

  function render() {
    if (!S.lang) { renderPhase(); showLanguages(); return; }
    renderPhase();
    updateNet();
    var state = S.state;
    if (!state) {
      if (S.noRoom || !S.room) {
        $("noroom-text").textContent = t(S.removed ? "err_participant_removed" : "scan_qr");
        /* an SVG element has no .hidden property on older browsers */
        $(S.removed ? "qr-icon" : "removed-icon").setAttribute("hidden", "");
        $(S.removed ? "removed-icon" : "qr-icon").removeAttribute("hidden");
        show("screen-noroom");
        focusOnChange("screen-noroom");
      }
      return;
    }
    if (!state.me) { show("screen-checkin"); focusOnChange("screen-checkin"); return; }
    show("screen-main");
    // A chosen name as typed; else the pseudonym as the person reads it (its word in their
    // language and script) with its picture (the same on every phone, whatever its language).
    $("me-name").textContent = state.me.display_name ||
      (state.me.picture ? state.me.picture + "\u00a0" : "") +
      (state.me.pseudonym_shown || state.me.pseudonym);
    if (state.me.waiting) {  /* a walk-in the facilitator has not let in yet: the live
                                channel says when they are, and the page goes on */
      ["panel-notes", "panel-vote", "panel-results"].forEach(function (id) { $(id).hidden = true; });
      $("panel-wait").hidden = false;
      $("wait-text").textContent = t("walk_in_waiting");
      $("turnout").textContent = "";
      return;
    }
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
    focusOnChange("screen-main");
  }

  function renderPhase() {
    var phase = S.state && S.state.phase;
    var name = phase ? (phase.title || t("phase_" + phase.kind)) : t("phase_none");
    /* before a language is chosen nothing is written in one: the clock and the time only */
    $("phase-name").textContent = S.state && S.lang ? name : "";
    $("main-title").textContent = name;
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
    var text = (over ? "+" : "") + num(Math.floor(secs / 60)) + ":" +
      num(Math.floor(secs % 60 / 10)) + num(secs % 10);
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
      if (note.status === "pending") {  /* said in words, not only by a dashed border */
        li.className = "pending";
        var waiting = document.createElement("span");
        waiting.className = "note-state";
        waiting.textContent = t("note_waiting");
        li.appendChild(waiting);
      }
      var text = document.createElement("span");
      text.className = "note-words";
      text.textContent = note.text;  /* as text, never as HTML */
      text.dir = "auto";  /* each note in its own writing direction */
      if (note.lang) { text.lang = note.lang; }  /* and read in its own language */
      li.appendChild(text);
      list.appendChild(li);
    });
  }

  function noteCounter() {
    var left = 280 - $("note-text").value.length;
    $("note-counter").textContent = t("chars_left", {n: left});
  }

  function confirmNote(text, kind) {
    var box = $("note-confirm");
    say(box, text, kind === "error" ? "i-alert" : "");
    box.className = kind || "confirm";  /* "confirm" (done), "notice" (waiting), "error" */
    box.hidden = false;
  }

  function notesWaiting() {
    return RT.queue.items.some(function (e) { return e.kind === "note"; });
  }

  RT.queue.on("note", function (reply, entry) {
    if (reply.status === 200) {
      var notes = myNotes();
      /* the laptop files a phone's note under its person's language: tag it the same way */
      var lang = S.state && S.state.me ? S.state.me.language : S.lang;
      notes.push({text: entry.body.text, status: reply.data.status, lang: lang});
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
    if (VISIBLE && !VISIBLE.test(text)) { confirmNote(t("err_invisible_text"), "error"); return; }
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
    say(error, "");
    var body = {room: S.room, key: checkinKey(), language: S.lang, consent: $("consent").checked};
    if (checkedValue("how") === "badge") {
      body.badge = $("badge-code").value.trim();
      if (!body.badge) { say(error, t("err_badge_empty"), "i-alert"); return; }
    } else {
      body.group = checkedValue("group");
      body.display_name = $("display-name").value.trim();
      if (!body.group) { say(error, t("err_group"), "i-alert"); return; }
    }
    if (!body.consent) { say(error, t("err_consent_required"), "i-alert"); return; }
    RT.post("/api/checkin", body).then(function (reply) {
      if (reply.status === 200) {
        forget("rt_checkin_key");
        forget("rt_notes");  /* a shared phone: the previous person's notes are not shown */
        RT.queue.clear();
        refresh();
      } else {
        say(error, errorText(reply.data), "i-alert");
      }
    }, function () {
      say(error, t("offline"), "i-offline");
    });
  }

  /* ---- start --------------------------------------------------------------------------- */
  RT.ui = {S: S, t: t, num: num, $: $, icon: icon, say: say, errorText: errorText, refresh: refresh, announce: announce};

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
