/* The observer board's live update: fetch the live part every few seconds and swap it in, without a
   reload; say when the station stops answering.  Served by the station (no inline script, no CDN). */
(function () {
  "use strict";
  var body = document.body;
  var lang = body.getAttribute("data-lang") || "en";
  var every = parseInt(body.getAttribute("data-poll"), 10) || 2000;
  var lostText = body.getAttribute("data-lost") || "Lost the station";
  var updatedText = body.getAttribute("data-updated") || "Updated {time}";
  var live = document.getElementById("live");
  var conn = document.getElementById("conn");
  var failures = 0;

  function two(n) { return (n < 10 ? "0" : "") + n; }
  function now() { var d = new Date(); return two(d.getHours()) + ":" + two(d.getMinutes()) + ":" + two(d.getSeconds()); }

  function lost() {
    failures += 1;
    conn.textContent = lostText;
    conn.className = "lost";
    body.setAttribute("data-state", "lost");
  }

  function show(html) {
    var doc = new DOMParser().parseFromString("<main>" + html + "</main>", "text/html");
    var fresh = doc.body.firstElementChild;
    if (!fresh) { lost(); return; }
    var nodes = [];
    for (var i = 0; i < fresh.childNodes.length; i++) { nodes.push(document.importNode(fresh.childNodes[i], true)); }
    live.replaceChildren.apply(live, nodes);
    failures = 0;
    conn.textContent = updatedText.replace("{time}", now());
    conn.className = "ok";
    body.setAttribute("data-state", "live");
  }

  function poll() {
    var controller = typeof AbortController === "function" ? new AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, 5000) : null;
    fetch("/live?lang=" + encodeURIComponent(lang), { cache: "no-store", credentials: "omit",
                                                     signal: controller ? controller.signal : undefined })
      .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.text(); })
      .then(show, lost)
      .then(function () {
        if (timer) { clearTimeout(timer); }
        setTimeout(poll, failures ? Math.min(every * (1 + failures), 10000) : every);
      });
  }
  setTimeout(poll, every);
})();
