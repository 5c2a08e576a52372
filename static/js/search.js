/* Suggestions as you type for the search form (progressive enhancement: the form works without).
   ARIA 1.2 combobox with a listbox; arrow keys choose, Enter opens, Escape closes. */
(function () {
  "use strict";
  var form = document.querySelector("form[data-suggest-url]");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input[name=q]");
  var field = input.parentNode;
  var lang = document.documentElement.lang || "nl";
  var texts = lang.indexOf("en") === 0
    ? { label: "Suggestions", count: function (n) { return n === 1 ? "1 suggestion, use the arrow keys" : n + " suggestions, use the arrow keys"; }, none: "" }
    : { label: "Suggesties", count: function (n) { return n === 1 ? "1 suggestie, gebruik de pijltjestoetsen" : n + " suggesties, gebruik de pijltjestoetsen"; }, none: "" };

  var list = document.createElement("ul");
  list.id = "search-suggestions";
  list.className = "search-suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", texts.label);
  list.hidden = true;
  field.appendChild(list);
  var status = document.createElement("div");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  field.appendChild(status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);

  var items = [], active = -1, timer = null, lastQuery = "", controller = null;

  function close() {
    list.hidden = true;
    list.innerHTML = "";
    items = [];
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function setActive(index) {
    var options = list.querySelectorAll("[role=option]");
    options.forEach(function (option, i) { option.setAttribute("aria-selected", i === index ? "true" : "false"); });
    active = index;
    if (index >= 0) input.setAttribute("aria-activedescendant", options[index].id);
    else input.removeAttribute("aria-activedescendant");
  }

  function render(suggestions) {
    list.innerHTML = "";
    items = suggestions;
    active = -1;
    if (!suggestions.length) { close(); status.textContent = texts.none; return; }
    suggestions.forEach(function (item, i) {
      var option = document.createElement("li");
      option.id = "search-suggestion-" + i;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      var title = document.createElement("span");
      title.textContent = item.title;
      var type = document.createElement("span");
      type.className = "search-suggestions__type";
      type.textContent = item.type;
      option.appendChild(title);
      option.appendChild(type);
      option.addEventListener("mousedown", function (event) { event.preventDefault(); });
      option.addEventListener("click", function () { window.location.href = item.url; });
      list.appendChild(option);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    status.textContent = texts.count(suggestions.length);
  }

  function fetchSuggestions() {
    var q = input.value.trim();
    if (q === lastQuery) return;
    lastQuery = q;
    if (q.length < 2) { close(); return; }
    if (controller) controller.abort();
    controller = window.AbortController ? new AbortController() : null;
    var url = form.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(q);
    fetch(url, { headers: { Accept: "application/json" }, signal: controller ? controller.signal : undefined })
      .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
      .then(function (data) { if (input.value.trim() === q) render(data.suggestions || []); })
      .catch(function () { /* suggestions are a bonus; the form still works */ });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(fetchSuggestions, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && items.length) {
      event.preventDefault();
      setActive(active + 1 >= items.length ? 0 : active + 1);
    } else if (event.key === "ArrowUp" && items.length) {
      event.preventDefault();
      setActive(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === "Enter" && active >= 0 && items[active]) {
      event.preventDefault();
      window.location.href = items[active].url;
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", function () { window.setTimeout(close, 100); });
})();
