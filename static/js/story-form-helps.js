/* The story form's helps (loaded by ArticleForm.Media; no inline script, the admin has a CSP):
 * - live word count and reading time under the body;
 * - a hint on the lead's length (one or two sentences);
 * - a Google result preview and a social-share card preview, updated as one types;
 * - Ctrl+S (⌘S) saves and keeps editing;
 * - a warning before leaving the page with unsaved changes.
 * The server decides everything that matters (the pre-publish checklist);
 * these only help the journalist see it coming. */
(function () {
  "use strict";
  var WORDS_PER_MINUTE = 230;
  var TITLE_MAX = 60;
  var DESCRIPTION_MAX = 160;

  function $(selector, root) { return (root || document).querySelector(selector); }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }
  function textOf(html) {
    var doc = new DOMParser().parseFromString(html || "", "text/html");
    return (doc.body.textContent || "").replace(/\s+/g, " ").trim();
  }
  function cut(text, max) {
    text = (text || "").replace(/\s+/g, " ").trim();
    return text.length > max ? text.slice(0, max - 1).replace(/\s+\S*$/, "") + " …" : text;
  }
  function sentences(text) {
    var parts = (text || "").trim().split(/[.!?…]+(?=\s|$)/);
    return parts.filter(function (p) { return p.trim().length > 0; }).length;
  }

  function editor() { return window.editors && window.editors.id_body; }
  function bodyHtml() {
    var ed = editor();
    if (ed) return ed.getData();
    var area = $("#id_body");
    return area ? area.value : "";
  }
  /* Calls back once the body's CKEditor exists (it is created after DOMContentLoaded). */
  function whenEditor(callback) {
    var tries = 0;
    (function wait() {
      if (editor()) return callback(editor());
      if (++tries < 150) window.setTimeout(wait, 100);
    })();
  }

  function setupCounts(form) {
    var row = $(".field-body", form);
    if (!row) return function () {};
    var out = el("p", "story-stats help");
    out.id = "story-stats";
    row.appendChild(out);
    return function update() {
      var text = textOf(bodyHtml());
      var words = text ? text.split(" ").length : 0;
      var minutes = Math.max(1, Math.round(words / WORDS_PER_MINUTE));
      out.textContent = words
        ? interpolate(gettext("%(words)s chữ · đọc khoảng %(minutes)s phút"), { words: words.toLocaleString("vi-VN"), minutes: minutes }, true)
        : gettext("Chưa có nội dung.");
    };
  }

  function setupLeadHint(form) {
    var lead = $("#id_lead", form);
    if (!lead) return function () {};
    var out = el("p", "story-lead-hint help");
    out.id = "story-lead-hint";
    lead.parentNode.appendChild(out);
    var described = lead.getAttribute("aria-describedby");
    lead.setAttribute("aria-describedby", (described ? described + " " : "") + out.id);
    return function update() {
      var text = lead.value.trim();
      var n = sentences(text);
      out.classList.toggle("story-hint-warn", n > 2 || text.length > 300);
      if (!text) out.textContent = gettext("Sapo: một hai câu tóm ý chính của bài.");
      else if (n > 2) out.textContent = interpolate(gettext("Sapo đang có %(n)s câu: nên gọn trong một, hai câu."), { n: n }, true);
      else if (text.length > 300) out.textContent = interpolate(gettext("Sapo dài %(n)s ký tự: nên ngắn hơn 300 ký tự."), { n: text.length }, true);
      else out.textContent = interpolate(gettext("Sapo: %(n)s câu, %(chars)s ký tự. Vừa đủ."), { n: n, chars: text.length }, true);
    };
  }

  function setupPreviews(form) {
    var anchor = $("fieldset", form);
    if (!anchor) return function () {};
    var box = el("section", "module story-previews");
    box.setAttribute("aria-labelledby", "story-previews-title");
    var heading = el("h2", "", gettext("Xem trước khi tìm kiếm và chia sẻ"));
    heading.id = "story-previews-title";
    box.appendChild(heading);

    var google = el("div", "preview-google");
    google.setAttribute("aria-label", gettext("Kết quả tìm kiếm Google"));
    google.setAttribute("role", "group");
    var gUrl = el("p", "preview-google-url");
    var gTitle = el("p", "preview-google-title");
    var gText = el("p", "preview-google-text");
    google.append(el("p", "preview-label", gettext("Trên Google")), gUrl, gTitle, gText);

    var social = el("div", "preview-social");
    social.setAttribute("aria-label", gettext("Thẻ chia sẻ mạng xã hội"));
    social.setAttribute("role", "group");
    var sImage = el("div", "preview-social-image");
    var sHost = el("p", "preview-social-host");
    var sTitle = el("p", "preview-social-title");
    var sText = el("p", "preview-social-text");
    social.append(el("p", "preview-label", gettext("Khi chia sẻ")), sImage, sHost, sTitle, sText);

    box.append(google, social);
    anchor.parentNode.insertBefore(box, anchor.nextSibling);

    var host = window.location.host;
    var coverSelect = $("#id_cover", form);
    var coverInfo = { pk: null, url: "" };
    function loadCover(update) {
      var pk = coverSelect && coverSelect.value;
      if (!pk || pk === coverInfo.pk) return;
      coverInfo.pk = pk;
      fetch("/admin/articles/image/" + encodeURIComponent(pk) + "/thong-tin/", {
        credentials: "same-origin", headers: { Accept: "application/json" }
      }).then(function (r) { return r.ok ? r.json() : null; }).then(function (data) {
        if (data && coverInfo.pk === pk) { coverInfo.url = data.url; update(); }
      }).catch(function () {});
    }
    function field(id) { var node = $("#" + id, form); return node ? node.value.trim() : ""; }

    return function update() {
      var title = field("id_seo_title") || field("id_title");
      var text = field("id_seo_description") || field("id_lead") || cut(textOf(bodyHtml()), DESCRIPTION_MAX);
      var slug = field("id_slug");
      gUrl.textContent = host + " › " + (slug || gettext("đường dẫn được tạo khi lưu"));
      gTitle.textContent = cut(title, TITLE_MAX) || gettext("(Chưa có tiêu đề)");
      gText.textContent = cut(text, DESCRIPTION_MAX) || gettext("(Chưa có sapo hoặc mô tả)");
      sHost.textContent = host.toUpperCase();
      sTitle.textContent = cut(title, 90) || gettext("(Chưa có tiêu đề)");
      sText.textContent = cut(text, 120);
      if (coverSelect && !coverSelect.value) { coverInfo = { pk: null, url: "" }; }
      loadCover(update);
      sImage.textContent = "";
      if (coverInfo.url) {
        var img = el("img");
        img.src = coverInfo.url;
        img.alt = "";
        sImage.appendChild(img);
      } else {
        sImage.appendChild(el("span", "preview-no-image", gettext("Chưa có ảnh đại diện")));
      }
    };
  }

  function setupSaveShortcut(form) {
    document.addEventListener("keydown", function (event) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || (event.key || "").toLowerCase() !== "s") return;
      event.preventDefault();
      var button = $("input[name=_continue]", form) || $("input[name=_save]", form);
      if (button) button.click();
    }, true);
  }

  function setupLeaveWarning(form) {
    var state = { dirty: false, submitting: false };
    function changed() { state.dirty = true; }
    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    form.addEventListener("submit", function () { state.submitting = true; });
    whenEditor(function (ed) { ed.model.document.on("change:data", changed); });
    window.addEventListener("beforeunload", function (event) {
      if (!state.dirty || state.submitting) return undefined;
      event.preventDefault();
      event.returnValue = "";
      return "";
    });
    return state;
  }

  function start() {
    var form = $("#article_form");
    if (!form || !$("#id_title", form)) return;  // a read-only story: nothing to help with
    var updates = [setupCounts(form), setupLeadHint(form), setupPreviews(form)];
    var pending = null;
    function refresh() {
      if (pending) return;
      pending = window.setTimeout(function () {
        pending = null;
        updates.forEach(function (update) { update(); });
      }, 120);
    }
    updates.forEach(function (update) { update(); });
    form.addEventListener("input", refresh);
    form.addEventListener("change", refresh);
    whenEditor(function (ed) { ed.model.document.on("change:data", refresh); refresh(); });
    if (window.django && window.django.jQuery) {
      window.django.jQuery(form).on("change", "#id_cover", refresh);  // select2 fires jQuery events
    }
    setupSaveShortcut(form);
    window.newsroomStoryForm = { leave: setupLeaveWarning(form) };
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
