/* Suggest existing tags while a journalist types a comma-separated list. */
(function () {
  "use strict";
  function setup(input) {
    var list = document.createElement("ul");
    list.className = "tag-suggest";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.parentNode.style.position = "relative";
    input.parentNode.appendChild(list);
    input.setAttribute("aria-autocomplete", "list");
    var timer = null;
    var active = -1;
    var asked = 0;  // answers to an older question are ignored
    function parts() { return input.value.split(","); }
    function current() { var p = parts(); return p[p.length - 1].trim(); }
    function chosen() {
      var p = parts();
      return p.slice(0, -1).map(function (s) { return s.trim().toLocaleLowerCase("vi"); });
    }
    function choose(name) {
      var p = parts();
      p[p.length - 1] = name;
      input.value = p.map(function (s) { return s.trim(); }).filter(Boolean).join(", ") + ", ";
      list.hidden = true;
      input.focus();
    }
    function render(names) {
      list.innerHTML = "";
      active = -1;
      var already = chosen();
      names = names.filter(function (name) {
        return already.indexOf(name.toLocaleLowerCase("vi")) === -1;
      });
      names.forEach(function (name) {
        var li = document.createElement("li");
        li.setAttribute("role", "option");
        li.textContent = name;
        li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(name); });
        list.appendChild(li);
      });
      list.hidden = names.length === 0;
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var term = current();
      var question = ++asked;
      if (term.length < 1) { render([]); return; }
      timer = setTimeout(function () {
        fetch((input.dataset.suggestUrl || "/admin/articles/article/tag-suggest/") + "?q=" + encodeURIComponent(term), { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.json() : { tags: [] }; })
          .then(function (data) { if (question === asked) { render(data.tags || []); } })
          .catch(function () { if (question === asked) { render([]); } });
      }, 150);
    });
    input.addEventListener("keydown", function (e) {
      var items = list.querySelectorAll("li");
      if (list.hidden || !items.length) { return; }
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        active = (active + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
        items.forEach(function (li, i) { li.setAttribute("aria-selected", i === active ? "true" : "false"); });
      } else if (e.key === "Enter" && active >= 0) {
        e.preventDefault();
        choose(items[active].textContent);
      } else if (e.key === "Escape") {
        list.hidden = true;
      }
    });
    input.addEventListener("blur", function () { setTimeout(function () { list.hidden = true; }, 150); });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input.tag-autocomplete").forEach(setup);
  });
})();
