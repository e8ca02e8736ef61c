/* Never lose typing: the story form keeps an unsaved copy in this browser.
 * While a journalist types, the text fields and the body are copied to
 * localStorage (per form page). Saving the form drops the copy. If the tab
 * crashes or is closed by accident, opening the form again offers to put the
 * copy back; nothing is restored without asking. The copy never leaves the
 * browser. Loaded by ArticleForm.Media; no inline script (the admin's CSP). */
(function () {
  "use strict";
  var PREFIX = "newsroom:draft:";
  var FIELDS = ["title", "lead", "cover_caption", "seo_title", "seo_description", "workflow_note"];
  var MAX_AGE_MS = 14 * 24 * 3600 * 1000;
  var key = PREFIX + window.location.pathname;

  function $(selector, root) { return (root || document).querySelector(selector); }
  function storage() {
    try { return window.localStorage; } catch (error) { return null; }
  }
  function read() {
    var store = storage();
    if (!store) return null;
    try { return JSON.parse(store.getItem(key) || "null"); } catch (error) { return null; }
  }
  function drop() { var store = storage(); if (store) store.removeItem(key); }
  function editor() { return window.editors && window.editors.id_body; }
  function whenEditor(callback) {
    var tries = 0;
    (function wait() {
      if (editor()) return callback(editor());
      if (++tries < 150) window.setTimeout(wait, 100);
      else callback(null);
    })();
  }
  function input(form, name) { return form.elements.namedItem(name); }

  function snapshot(form) {
    var data = { savedAt: Date.now(), fields: {} };
    FIELDS.forEach(function (name) {
      var node = input(form, name);
      if (node && "value" in node) data.fields[name] = node.value;
    });
    var ed = editor();
    data.body = ed ? ed.getData() : (input(form, "body") || {}).value || "";
    return data;
  }
  function differs(form, draft) {
    var now = snapshot(form);
    if ((draft.body || "") !== (now.body || "")) return true;
    return Object.keys(draft.fields || {}).some(function (name) {
      return (draft.fields[name] || "") !== (now.fields[name] || "");
    });
  }
  function restore(form, draft) {
    Object.keys(draft.fields || {}).forEach(function (name) {
      var node = input(form, name);
      if (node && "value" in node) {
        node.value = draft.fields[name];
        node.dispatchEvent(new Event("input", { bubbles: true }));
      }
    });
    var ed = editor();
    if (ed) ed.setData(draft.body || "");
    else if (input(form, "body")) input(form, "body").value = draft.body || "";
  }

  function offer(form, draft) {
    var box = document.createElement("section");
    box.className = "desk-notice story-draft-restore";
    box.setAttribute("role", "region");
    box.setAttribute("aria-labelledby", "story-draft-title");
    var when = new Date(draft.savedAt);
    var title = document.createElement("p");
    title.id = "story-draft-title";
    title.innerHTML = "<strong></strong>";
    title.firstChild.textContent = gettext("Có nội dung chưa lưu của bài này trên máy bạn");
    var text = document.createElement("p");
    text.textContent = interpolate(
      gettext("Bản được giữ lúc %(time)s ngày %(date)s, có thể do trình duyệt bị đóng khi chưa lưu. Bạn có muốn khôi phục không?"),
      {
        time: when.toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit" }),
        date: when.toLocaleDateString("vi-VN"),
      },
      true
    );
    var restoreButton = document.createElement("button");
    restoreButton.type = "button";
    restoreButton.className = "workflow-button story-draft-restore-button";
    restoreButton.textContent = gettext("Khôi phục nội dung chưa lưu");
    var dropButton = document.createElement("button");
    dropButton.type = "button";
    dropButton.className = "workflow-button story-draft-drop-button";
    dropButton.textContent = gettext("Bỏ bản này");
    var buttons = document.createElement("p");
    buttons.append(restoreButton, " ", dropButton);
    box.append(title, text, buttons);
    form.insertBefore(box, form.firstChild);
    restoreButton.addEventListener("click", function () {
      restore(form, draft);
      box.remove();
      var title = input(form, "title");
      if (title) title.focus();
    });
    dropButton.addEventListener("click", function () { drop(); box.remove(); });
  }

  function keep(form) {
    var timer = null;
    var typed = false;
    function save() {
      timer = null;
      if (!typed) return;
      var store = storage();
      if (!store) return;
      try { store.setItem(key, JSON.stringify(snapshot(form))); } catch (error) { /* storage full */ }
    }
    function later() { typed = true; if (!timer) timer = window.setTimeout(save, 400); }
    form.addEventListener("input", later);
    whenEditor(function (ed) { if (ed) ed.model.document.on("change:data", later); });
    window.addEventListener("pagehide", save);
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") save();
    });
    form.addEventListener("submit", function () {
      typed = false;
      if (timer) window.clearTimeout(timer);
      drop();
    });
  }

  function start() {
    var form = $("#article_form");
    if (!form || !input(form, "title") || input(form, "title").disabled) return;
    var draft = read();
    whenEditor(function () {
      if (draft && Date.now() - (draft.savedAt || 0) > MAX_AGE_MS) { drop(); draft = null; }
      if (draft && differs(form, draft)) offer(form, draft);
      else if (draft) drop();
      keep(form);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
