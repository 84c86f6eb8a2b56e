/*
 * The admin's small enhancements; every page works without them.
 * - Prepopulated fields: <form data-prepopulated='{"id_slug": ["id_title"]}'> fills the slug from the title as you
 *   type, slugified like Django's slugify, until the slug is edited by hand (or on a change form, where it starts filled).
 * - Autocomplete fields: <input data-autocomplete-url list="..."> asks the admin's autocomplete view for matches and
 *   offers them in its datalist; the input holds the chosen object's key and the text beside it names the object.
 */
(function () {
  "use strict";

  function slugify(value) {
    return value.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^\x00-\x7F]/g, "")
      .toLowerCase().replace(/[^\w\s-]/g, "").replace(/[-\s]+/g, "-").replace(/^[-_]+|[-_]+$/g, "");
  }

  function prepopulate(form) {
    var config;
    try {
      config = JSON.parse(form.getAttribute("data-prepopulated"));
    } catch (e) {
      return;
    }
    Object.keys(config).forEach(function (targetId) {
      var target = document.getElementById(targetId);
      var sources = config[targetId].map(function (id) { return document.getElementById(id); }).filter(Boolean);
      if (!target || sources.length === 0) {
        return;
      }
      var touched = target.value !== "";
      target.addEventListener("input", function () { touched = target.value !== ""; });
      var fill = function () {
        if (!touched) {
          var max = parseInt(target.getAttribute("maxlength") || "0", 10);
          var slug = slugify(sources.map(function (s) { return s.value; }).join(" "));
          target.value = max > 0 ? slug.slice(0, max) : slug;
        }
      };
      sources.forEach(function (s) { s.addEventListener("input", fill); });
    });
  }

  function autocomplete(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var current = input.parentNode.querySelector(".autocomplete-current");
    var url = input.getAttribute("data-autocomplete-url");
    var texts = {};
    var timer = null;
    var ask = function () {
      var term = input.value.trim();
      if (texts[term] !== undefined) {
        current.textContent = texts[term];
        return;
      }
      fetch(url + "&term=" + encodeURIComponent(term), { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (data) {
          list.textContent = "";
          data.results.forEach(function (r) {
            texts[r.id] = r.text;
            var option = document.createElement("option");
            option.value = r.id;
            option.label = r.text;
            option.textContent = r.text;
            list.appendChild(option);
          });
          current.textContent = texts[input.value.trim()] || "";
        })
        .catch(function () { /* the plain input still takes a key */ });
    };
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 200);
    });
    input.addEventListener("focus", ask, { once: true });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-prepopulated]").forEach(prepopulate);
    document.querySelectorAll("input[data-autocomplete-url]").forEach(autocomplete);
  });
})();
