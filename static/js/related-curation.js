/* "Gợi ý tự động" on the story form (articles/admin/curation.py).

   Without script, "Ghim" and "Loại" post a small form of their own and apply
   at once. With script, they add the story to the pinned or excluded inline
   list of the story form instead: nothing typed is lost, and the choice is
   saved (and versioned) with the story's "Lưu", like any other edit. */
(function () {
  "use strict";
  var panel = document.getElementById("related-suggestions");
  if (!panel || !window.django || !window.django.jQuery) {
    return;
  }
  var $ = window.django.jQuery;
  var prefixes = { pin: panel.dataset.pinPrefix, exclude: panel.dataset.excludePrefix };
  var STATE = { pin: gettext("Sẽ ghim khi bấm “Lưu”"), exclude: gettext("Sẽ loại khi bấm “Lưu”") };

  function field(prefix, index, name) {
    return document.getElementById("id_" + prefix + "-" + index + "-" + name);
  }

  function formCount(prefix) {
    var total = document.getElementById("id_" + prefix + "-TOTAL_FORMS");
    return total ? parseInt(total.value, 10) || 0 : -1;
  }

  /* The rows of one inline list that will be kept on save: index and target id. */
  function keptRows(prefix) {
    var rows = [];
    for (var i = 0; i < formCount(prefix); i++) {
      var target = field(prefix, i, "target");
      var remove = field(prefix, i, "DELETE");
      if (target && target.value && !(remove && remove.checked)) {
        rows.push({ index: i, target: target.value });
      }
    }
    return rows;
  }

  function findRow(prefix, pk) {
    return keptRows(prefix).filter(function (r) { return r.target === pk; })[0];
  }

  /* Take a story off a list: tick "Xoá" for a saved row, drop a row added here. */
  function dropRow(prefix, pk) {
    var row = findRow(prefix, pk);
    if (!row) {
      return;
    }
    var remove = field(prefix, row.index, "DELETE");
    if (remove) {
      remove.checked = true;
      return;
    }
    var link = document.querySelector("#" + prefix + "-" + row.index + " .inline-deletelink");
    if (link) {
      link.click();
    }
  }

  function nextPosition(prefix) {
    var last = -1;
    keptRows(prefix).forEach(function (r) {
      var position = field(prefix, r.index, "position");
      var value = position ? parseInt(position.value, 10) : NaN;
      if (!isNaN(value) && value > last) {
        last = value;
      }
    });
    return last + 1;
  }

  /* Add a row to the inline list through its own "add another" link. */
  function addRow(prefix, pk, title) {
    var group = document.getElementById(prefix + "-group");
    var add = group && group.querySelector(".add-row a");
    if (!add) {
      return false;
    }
    var index = formCount(prefix);
    var position = nextPosition(prefix);
    add.click();
    var select = field(prefix, index, "target");
    if (!select) {
      return false;
    }
    select.appendChild(new Option(title, pk, true, true));
    $(select).trigger("change"); // select2 shows the choice
    var order = field(prefix, index, "position");
    if (order) {
      order.value = position;
    }
    return true;
  }

  function choose(action, row) {
    var prefix = prefixes[action];
    var other = prefixes[action === "pin" ? "exclude" : "pin"];
    var pk = row.dataset.target;
    if (!prefix || formCount(prefix) < 0) {
      return false; // no inline list on this page: let the small form post
    }
    if (!findRow(prefix, pk) && !addRow(prefix, pk, row.dataset.title)) {
      return false;
    }
    if (other && formCount(other) >= 0) {
      dropRow(other, pk); // the latest decision wins, as on the server
    }
    row.querySelector(".related-state").textContent = STATE[action];
    row.classList.add("is-chosen");
    row.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
    return true;
  }

  panel.addEventListener("click", function (event) {
    var button = event.target.closest("button[name]");
    var row = button && button.closest("tr.related-suggestion");
    if (row && choose(button.name, row)) {
      event.preventDefault();
    }
  });

  // The buttons now only edit the form: say so instead of "applies at once".
  if (prefixes.pin && formCount(prefixes.pin) >= 0) {
    panel.querySelector(".related-help-direct").hidden = true;
    panel.querySelector(".related-help-inline").hidden = false;
  }
})();
