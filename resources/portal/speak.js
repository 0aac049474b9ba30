/* Read aloud: a speaker button beside every instruction, idea and result, spoken by the phone's
   own voices (Web Speech API), each text in its own language. Only a voice kept on the phone
   (localService) is used: nothing read leaves the room. Without one, the page says so. */
(function () {
  "use strict";
  var RT = window.RT;

  function synth() {
    return window.speechSynthesis && window.SpeechSynthesisUtterance ? window.speechSynthesis : null;
  }

  function base(tag) {
    return String(tag || "").toLowerCase().replace("_", "-").split("-")[0];
  }

  function langOf(el) {
    var tagged = el.closest ? el.closest("[lang]") : null;
    return (tagged && tagged.getAttribute("lang")) || document.documentElement.lang || "en";
  }

  /* What an element says, in pieces of one language each: the first screen asks its question
     in eight languages, each read by its own voice. */
  function parts(el, more) {
    var pieces = Array.prototype.filter.call(el.children, function (child) {
      return child.hasAttribute("lang") && child.textContent.trim();
    });
    if (pieces.length && !more) {
      return pieces.map(function (p) { return {text: p.textContent, lang: langOf(p)}; });
    }
    var text = el.textContent + (more ? " " + more : "");
    return text.trim() ? [{text: text, lang: langOf(el)}] : [];
  }

  function voiceFor(lang, voices) {
    var own = voices.filter(function (v) { return base(v.lang) === base(lang) && v.localService; });
    var exact = own.filter(function (v) { return String(v.lang).toLowerCase() === lang.toLowerCase(); });
    return exact[0] || own[0] || null;
  }

  /* Voices come a moment after the page on some phones: wait for them, not for ever. */
  function withVoices(speech, then) {
    var voices = speech.getVoices() || [];
    if (voices.length) { then(voices); return; }
    var done = false;
    function finish() {
      if (done) { return; }
      done = true;
      then(speech.getVoices() || []);
    }
    if (speech.addEventListener) { speech.addEventListener("voiceschanged", finish); }
    window.setTimeout(finish, 1000);
  }

  function missing(lang) {
    var box = document.getElementById("speak-missing");
    var page = RT.ui && RT.ui.S.lang;
    var said = page || (RT.strings[base(lang)] ? base(lang) : "en");
    box.lang = said;
    box.dir = RT.RTL.indexOf(said) >= 0 ? "rtl" : "ltr";
    RT.ui.say(box, RT.strings[said].no_voice || RT.strings.en.no_voice, "i-no-voice");
    box.hidden = false;
  }

  function speak(pieces) {
    var speech = synth();
    var box = document.getElementById("speak-missing");
    if (!pieces.length) { return; }
    if (!speech) { missing(pieces[0].lang); return; }
    withVoices(speech, function (voices) {
      speech.cancel();
      var lacking = null;
      pieces.forEach(function (piece) {
        var voice = voiceFor(piece.lang, voices);
        if (!voice) { lacking = lacking || piece.lang; return; }
        var utterance = new window.SpeechSynthesisUtterance(piece.text);
        utterance.lang = piece.lang;
        utterance.voice = voice;
        speech.speak(utterance);
      });
      if (lacking) { missing(lacking); } else { box.hidden = true; }
    });
  }

  /* Named in the page's language; before a language is chosen, in all of them. */
  function name() {
    var S = RT.ui.S;
    if (S.lang) { return RT.ui.t("read_aloud"); }
    return Object.keys(RT.strings).map(function (l) { return RT.strings[l].read_aloud; }).join(" / ");
  }

  function label() {
    Array.prototype.forEach.call(document.querySelectorAll(".speak"), function (b) {
      b.setAttribute("aria-label", name());
    });
  }

  function button(read) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "speak";
    b.setAttribute("aria-label", name());
    b.appendChild(RT.ui.icon("i-speaker"));
    b.addEventListener("click", function () { speak(read()); });
    return b;
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".speak[data-speak]"), function (b) {
      b.addEventListener("click", function () {
        var pieces = [];
        b.getAttribute("data-speak").split(" ").forEach(function (id) {
          var el = document.getElementById(id);
          if (el && el.offsetParent !== null) { pieces = pieces.concat(parts(el)); }
        });
        speak(pieces);
      });
    });
    label();
  }

  RT.speak = {speak: speak, parts: parts, button: button, label: label};
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
