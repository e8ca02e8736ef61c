/* Names for the story form's controls that Django's admin leaves unnamed, so a
 * screen reader announces every field (and axe-core finds nothing to report):
 * - each control of a tabular inline row (bylines, related stories) gets its
 *   column's header as its name, with the row number;
 * - the select2 pickers are labelled by their field's label (in those rows,
 *   by the column header), so an empty picker still has a name;
 * - the empty header above the rows' "original" column gets a hidden text;
 * - the calendar shortcuts' "Today" button is named by what it shows.
 * Loaded by ArticleForm.Media (no inline script: the admin has a CSP). */
(function () {
  "use strict";

  function headerFor(table, cell) {
    var names = Array.prototype.filter.call(cell.classList, function (c) {
      return c.indexOf("field-") === 0;
    });
    if (!names.length) return null;
    return table.querySelector("thead th.column-" + names[0].slice(6));
  }

  function nameRow(table, row, index) {
    Array.prototype.forEach.call(row.querySelectorAll("td"), function (cell) {
      var header = headerFor(table, cell);
      if (!header) return;
      var label = header.textContent.replace(/\s+/g, " ").trim();
      if (!label) return;
      if (!header.id) header.id = "col-" + Math.random().toString(36).slice(2, 10);
      cell.querySelectorAll("input:not([type=hidden]), select, textarea").forEach(function (control) {
        if (!control.labels || !control.labels.length) {
          control.setAttribute("aria-label", interpolate(gettext("%(label)s (dòng %(row)s)"), { label: label, row: index }, true));
        }
      });
      cell.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
        labelPicker(select, header.id);
      });
    });
  }

  /* A select2 picker is named by its (empty) selection box: name it by ``labelId`` too. */
  function labelPicker(select, labelId) {
    var container = select.nextElementSibling;
    if (!container || !container.classList.contains("select2")) return;
    var box = container.querySelector(".select2-selection[role=combobox]");
    if (box) {
      var own = (box.getAttribute("aria-labelledby") || "").split(" ").filter(function (id) {
        return id && id !== labelId;
      });
      box.setAttribute("aria-labelledby", [labelId].concat(own).join(" "));
    }
    var shown = container.querySelector(".select2-selection__rendered[role=textbox]");
    if (shown) shown.setAttribute("aria-labelledby", labelId);
  }

  function namePickers(form) {
    form.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      var label = select.labels && select.labels[0];
      if (!label) return;
      if (!label.id) label.id = select.id + "-label";
      labelPicker(select, label.id);
    });
  }

  function nameTables(form) {
    form.querySelectorAll(".tabular table").forEach(function (table) {
      table.querySelectorAll("thead th.original").forEach(function (th) {
        if (!th.textContent.trim()) {
          var hidden = document.createElement("span");
          hidden.className = "visually-hidden";
          hidden.textContent = gettext("Bản ghi");
          th.appendChild(hidden);
        }
      });
      var index = 0;
      table.querySelectorAll("tbody tr.form-row:not(.empty-form)").forEach(function (row) {
        index += 1;
        nameRow(table, row, index);
      });
    });
  }

  function nameShortcuts(form) {
    form.querySelectorAll(".datetimeshortcuts a[aria-label]").forEach(function (link) {
      var shown = link.textContent.trim();
      var name = link.getAttribute("aria-label");
      if (shown && name.indexOf(shown) !== 0) {
        var detail = /\(([^)]*)\)\s*$/.exec(name);
        link.setAttribute("aria-label", detail ? shown + " (" + detail[1] + ")" : shown);
      }
    });
  }

  function run() {
    var form = document.getElementById("article_form");
    if (!form) return;
    namePickers(form);
    nameTables(form);
    nameShortcuts(form);
  }

  // select2 and the calendar shortcuts are built on DOMContentLoaded and load.
  window.addEventListener("load", function () { window.setTimeout(run, 0); });
  document.addEventListener("formset:added", function () { window.setTimeout(run, 0); });
})();
