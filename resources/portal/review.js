/* "What happened to our ideas" on the phone, during the Review phase of the next Lab: each
   earlier idea with what was done, in the participant's language. What people, the
   facilitator or an interpreter wrote is put on the page with textContent only. */
(function () {
  "use strict";
  var RT = window.RT;
  var S = RT.ui.S;
  var t = RT.ui.t;
  var $ = RT.ui.$;
  var loaded = {lang: null, at: 0, busy: false};

  function line(parent, className, text, lang) {
    var p = document.createElement("p");
    p.className = className;
    p.textContent = text;
    if (lang === "auto") { p.dir = "auto"; }
    parent.appendChild(p);
    return p;
  }

  /* What someone wrote, inside a translated sentence: it keeps its own direction. */
  function own(text, numeric) {
    /* a target such as "≥ 15" has no letter: it reads left to right in every language */
    var ltr = numeric && !/\p{L}/u.test(text);
    return (ltr ? "\u2066" : "\u2068") + text + "\u2069";
  }

  function status(item) {
    var parts = [t("review_status_" + item.status)];
    if (item.progress !== null && (item.status === "accepted" || item.status === "in_progress")) {
      parts.push(t("review_progress", {percent: item.progress}));
    }
    if (item.recommendation) { parts.push(t("review_rec_" + item.recommendation)); }
    return parts.join(" · ");
  }

  function values(reading) {
    return reading.values.map(function (v) { return String(v[1]); }).join(" → ");
  }

  function renderItems(items) {
    var list = $("review-items");
    list.textContent = "";
    $("review-empty").hidden = items.length > 0;
    items.forEach(function (item) {
      var li = document.createElement("li");
      li.className = "review-item review-" + item.status;
      var kind = item.kind === "experiment" ? "review_kind_experiment" :
        "review_kind_" + item.source;
      line(li, "review-kind", t(kind));
      line(li, "review-said", item.said, "auto");
      if (item.did && item.did !== item.said) { line(li, "review-did", item.did, "auto"); }
      line(li, "review-status", status(item));
      if (item.reason) { line(li, "review-more", t("review_reason", {reason: own(item.reason)})); }
      if (item.forwarded_to) {
        line(li, "review-more", t("review_forwarded", {body: own(item.forwarded_to)}));
      }
      if (item.answer) {
        line(li, "review-more", t("review_answer", {answer: own(item.answer)}));
      }
      item.readings.forEach(function (reading) {
        if (!reading.values.length) { return; }
        var p = line(li, "review-more", "");
        var name = document.createElement("bdi");
        name.textContent = reading.indicator;
        var numbers = document.createElement("bdi");
        numbers.dir = "ltr";
        numbers.textContent = values(reading);
        p.appendChild(name);
        p.appendChild(document.createTextNode(": "));
        p.appendChild(numbers);
        if (reading.target) {
          line(li, "review-more", t("review_target", {target: own(reading.target, true)}));
        }
      });
      list.appendChild(li);
    });
  }

  /* Read again when the language changes, or at most every ten seconds while shown. */
  function load() {
    if (loaded.busy || (loaded.lang === S.lang && Date.now() - loaded.at < 10000)) { return; }
    loaded.busy = true;
    var lang = S.lang;
    window.fetch("/api/review?lang=" + encodeURIComponent(lang),
      {credentials: "same-origin", cache: "no-store"}).then(function (r) {
      return r.json().then(function (data) {
        loaded.busy = false;
        if (r.status !== 200) { return; }
        loaded.lang = lang;
        loaded.at = Date.now();
        renderItems(data.items || []);
      });
    }).catch(function () { loaded.busy = false; });
  }

  RT.review = {load: load};
}());
