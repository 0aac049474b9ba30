/* Dot voting and results on the phone: the whole allocation is sent, replaced until the round
   closes. Item texts are written by people: textContent only. */
(function () {
  "use strict";
  var RT = window.RT;
  var S = RT.ui.S;
  var t = RT.ui.t;
  var $ = RT.ui.$;

  function used() {
    return Object.keys(S.want).reduce(function (sum, k) { return sum + S.want[k]; }, 0);
  }

  /* An idea as a button names it: short enough to be heard before the count. */
  function spoken(text) {
    var words = String(text || "").replace(/\s+/g, " ").trim();
    return words.length > 80 ? words.slice(0, 79) + "…" : words;
  }

  function renderVote(round) {
    var focused = document.activeElement;
    var wasOn = focused && focused.getAttribute ? focused.getAttribute("data-dot") : null;
    if (S.roundId !== round.id) {
      S.roundId = round.id;
      S.want = {};
      $("vote-status").textContent = "";  /* nothing said of another round */
    }
    if (!S.sendTimer && !RT.queue.pending("ballot:" + round.id)) {
      S.want = {};
      Object.keys(round.my_dots).forEach(function (k) { S.want[k] = round.my_dots[k]; });
    }
    $("round-title").textContent = round.title;
    var left = round.dots_per_person - used();
    $("dots-left").textContent = t("dots_left", {n: left, total: round.dots_per_person});
    var icons = $("dots-left-icons");
    icons.textContent = "";
    for (var i = 0; i < round.dots_per_person; i += 1) {
      var dot = document.createElement("span");
      dot.className = i < left ? "dot" : "dot used";
      icons.appendChild(dot);
    }
    $("cap-hint").textContent = t("cap_hint", {cap: round.cap_per_item});
    /* A restart interrupted this secret round: no dot can be taken until the desk recovers. */
    var canVote = S.state.me.can_vote && !round.interrupted;
    var list = $("items");
    list.textContent = "";
    round.items.forEach(function (item) {
      var mine = S.want[String(item.id)] || 0;
      var li = document.createElement("li");
      li.className = "item";
      var text = document.createElement("p");
      text.className = "item-text";
      text.tabIndex = -1;  /* where the focus waits when both of its buttons are off */
      text.textContent = item.text;
      text.dir = "auto";
      if (item.language) { text.lang = item.language; }  /* read in the note's own language */
      var said = document.createElement("div");
      said.className = "said";
      said.appendChild(text);
      said.appendChild(RT.speak.button(function () { return RT.speak.parts(text); }));
      li.appendChild(said);
      var row = document.createElement("div");
      row.className = "item-row";
      var named = {idea: spoken(item.text), n: mine};
      row.appendChild(button("−", t("remove_dot_from", named), !canVote || mine <= 0,
        item.id + ":-1", function () { change(item.id, -1); }));
      var count = document.createElement("span");
      count.className = "item-dots";
      count.setAttribute("role", "img");  /* a picture of the dots, named by their count */
      count.setAttribute("aria-label", t("my_dots_on", {n: mine}));
      for (var j = 0; j < round.cap_per_item; j += 1) {
        var d = document.createElement("span");
        d.className = j < mine ? "dot" : "dot empty";
        count.appendChild(d);
      }
      row.appendChild(count);
      row.appendChild(button("+", t("add_dot_to", named),
        !canVote || mine >= round.cap_per_item || left <= 0,
        item.id + ":1", function () { change(item.id, 1); }));
      li.appendChild(row);
      list.appendChild(li);
    });
    keepFocus(wasOn);
    if (round.interrupted) {
      RT.ui.say($("vote-status"), t("err_secret_round_interrupted"), "i-alert");
    } else if (!canVote) {
      $("vote-status").textContent = t("no_vote_role");
    }
  }

  /* The list is drawn anew after each dot: the button pressed keeps the focus (or, once it is
     disabled, its partner on the same idea), so the voter never falls back to the page top. */
  function keepFocus(wasOn) {
    if (!wasOn) { return; }
    var same = document.querySelector('[data-dot="' + wasOn + '"]');
    var parts = wasOn.split(":");
    var other = document.querySelector('[data-dot="' + parts[0] + ":" + (-Number(parts[1])) + '"]');
    var target = same && !same.disabled ? same : (other && !other.disabled ? other : same);
    if (target) {
      if (target.disabled) { target.closest(".item").querySelector(".item-text").focus(); }
      else { target.focus(); }
    }
  }

  function button(label, aria, disabled, which, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "dot-button";
    b.textContent = label;
    b.setAttribute("aria-label", aria);
    b.setAttribute("data-dot", which);
    b.disabled = disabled;
    b.addEventListener("click", onClick);
    return b;
  }

  function change(itemId, delta) {
    var round = S.state.round;
    var key = String(itemId);
    var next = (S.want[key] || 0) + delta;
    if (next < 0 || next > round.cap_per_item || (delta > 0 && used() >= round.dots_per_person)) { return; }
    S.want[key] = next;
    if (S.sendTimer) { window.clearTimeout(S.sendTimer); }
    S.sendTimer = window.setTimeout(sendBallot, 350);  /* before drawing: keeps S.want */
    $("vote-status").textContent = "";
    renderVote(round);
    /* said without moving the focus: the dots on this idea, then the dots left */
    RT.ui.announce(t("my_dots_on", {n: next}) + ". " +
      t("dots_left", {n: round.dots_per_person - used(), total: round.dots_per_person}));
  }

  function sendBallot() {
    S.sendTimer = null;
    var dots = {};
    Object.keys(S.want).forEach(function (k) { if (S.want[k] > 0) { dots[k] = S.want[k]; } });
    RT.queue.add("ballot", "/api/ballot", {round: S.roundId, dots: dots}, "ballot:" + S.roundId);
  }

  RT.queue.on("ballot", function (reply) {
    if (reply.status === 200) {
      if (!RT.queue.pending("ballot:" + reply.data.round)) {
        $("vote-status").textContent = t("saved");
      }
      /* My first dot (or my last taken back) moved "N of M have voted": show it now. */
      var round = S.state && S.state.round;
      if (reply.data.turnout && round && round.id === reply.data.round) {
        round.turnout = reply.data.turnout;
        if (round.status !== "revealed") {
          $("turnout").textContent = t("turnout", {voted: round.turnout.voted,
                                                   eligible: round.turnout.eligible});
        }
      }
    } else {
      RT.ui.say($("vote-status"), RT.ui.errorText(reply.data), "i-alert");
      RT.ui.refresh();
    }
  });

  function renderResults(round) {
    var list = $("results");
    list.textContent = "";
    var top = Math.max.apply(null, round.results.map(function (r) { return r.total; }).concat([1]));
    var texts = {};
    round.items.forEach(function (item) { texts[item.id] = item; });
    round.results.forEach(function (r) {
      var li = document.createElement("li");
      var label = document.createElement("p");
      label.className = "result-text";
      label.textContent = texts[r.id] ? texts[r.id].text : "";
      label.dir = "auto";
      if (texts[r.id] && texts[r.id].language) { label.lang = texts[r.id].language; }
      var bar = document.createElement("div");
      bar.className = "result-bar";
      var fill = document.createElement("span");
      fill.style.width = Math.round(100 * r.total / top) + "%";
      bar.appendChild(fill);
      var count = document.createElement("p");
      count.className = "result-count";
      var rank = document.createElement("span");
      rank.className = "rank";
      rank.textContent = RT.ui.num(r.rank);
      rank.setAttribute("aria-hidden", "true");  /* seen as a number, heard as a rank: */
      var heard = document.createElement("span");
      heard.className = "visually-hidden";
      heard.textContent = t("rank", {rank: r.rank}) + ":";
      count.appendChild(rank);
      count.appendChild(heard);
      count.appendChild(document.createTextNode(" " + t("dots_count", {n: r.total})));
      var said = document.createElement("div");
      said.className = "said";
      said.appendChild(label);
      /* the idea in its own voice, then its rank and count in the page's */
      said.appendChild(RT.speak.button(function () {
        return RT.speak.parts(label).concat(RT.speak.parts(heard, count.lastChild.textContent));
      }));
      li.appendChild(said);
      li.appendChild(bar);
      li.appendChild(count);
      list.appendChild(li);
    });
  }

  RT.votes = {renderVote: renderVote, renderResults: renderResults};
}());
