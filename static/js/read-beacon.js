/* Counts one read of a story page (articles/readership.py).
 * Story pages are served from the page cache, so the server cannot count them;
 * this posts the story's id once the page is shown. Nothing about the reader
 * is sent or stored. */
(function () {
  "use strict";
  var match = /-(\d{1,12})\.html$/.exec(window.location.pathname);
  if (!match || !navigator.sendBeacon) return;
  function send() {
    navigator.sendBeacon("/luot-doc/", new Blob([match[1]], { type: "text/plain" }));
  }
  if (document.visibilityState === "prerender") {
    document.addEventListener("visibilitychange", function once() {
      if (document.visibilityState === "visible") {
        document.removeEventListener("visibilitychange", once);
        send();
      }
    });
  } else {
    send();
  }
})();
