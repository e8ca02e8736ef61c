/* Who else has this story open: renews this person's note every minute and
   shows the others' names (articles/presence.py). A warning only: saving is
   guarded by the version check on the server. */
(function () {
  "use strict";
  var box = document.getElementById("editing-presence");
  if (!box || !window.fetch) {
    return;
  }
  var names = box.querySelector(".presence-names");
  var every = (parseInt(box.dataset.pingSeconds, 10) || 60) * 1000;
  var tokenInput = document.querySelector("input[name=csrfmiddlewaretoken]");

  function show(others) {
    names.textContent = others
      .map(function (o) { return interpolate(gettext("%(name)s (mở từ %(since)s)"), { name: o.name, since: o.since }, true); })
      .join(", ");
    box.hidden = others.length === 0;
  }

  function ping() {
    fetch(box.dataset.pingUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": tokenInput ? tokenInput.value : "" }
    })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { if (data) { show(data.others); } })
      .catch(function () { /* offline for a moment: the next ping will tell */ });
  }

  window.setInterval(ping, every);
})();
