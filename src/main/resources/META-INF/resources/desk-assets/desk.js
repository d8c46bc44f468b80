// The editors' desk: htmx settings, and the keys and live labels of the review page. No other script runs here.
htmx.config.allowScriptTags = false;
htmx.config.allowEval = false;
htmx.config.historyCacheSize = 0;
// The page's Content-Security-Policy allows no inline style, which htmx would otherwise add.
htmx.config.includeIndicatorStyles = false;
// Refusals (4xx) and failures (5xx) carry a message for the editor: show it, as a successful answer is shown.
htmx.config.responseHandling = [
  { code: "204", swap: false },
  { code: "[23]..", swap: true },
  { code: "[45]..", swap: true, error: true },
];

// A failure the desk did not word itself (a body over the server's size limit, a proxy's error page, the forgery
// guard's plain text) goes to the message area as text, never into the form, which keeps what the editor typed.
function failure(heading, code, message) {
  const box = document.createElement("div");
  box.className = "failure";
  box.setAttribute("role", "alert");
  const title = document.createElement("p");
  const strong = document.createElement("strong");
  strong.textContent = heading;
  const label = document.createElement("code");
  label.textContent = code;
  title.append(strong, " ", label);
  const text = document.createElement("p");
  text.textContent = message;
  box.append(title, text);
  return box.outerHTML;
}

const UNWORDED = {
  413: ["Too large to send", "PAYLOAD_TOO_LARGE", "The article is larger than the service takes in one request"
    + " (2 MB with its markup): paste its text alone, or ingest it in parts. Nothing was stored."],
};

document.addEventListener("htmx:beforeSwap", (event) => {
  const xhr = event.detail.xhr;
  if (xhr.status < 400 || xhr.getResponseHeader("HX-Retarget")) {
    return;
  }
  const type = xhr.getResponseHeader("Content-Type") || "";
  const text = type.startsWith("text/plain") ? (xhr.responseText || "").trim().slice(0, 500) : "";
  const [heading, code, message] = UNWORDED[xhr.status] || ["The request was refused", `HTTP ${xhr.status}`,
    text || "The service, or something between it and you, answered without a message the desk can show."
      + " Nothing was stored; reload the page and try again."];
  event.detail.target = document.getElementById("messages");
  event.detail.serverResponse = failure(heading, code, message);
  event.detail.swapOverride = "innerHTML";
  event.detail.shouldSwap = true;
});

document.addEventListener("htmx:sendError", () => {
  const messages = document.getElementById("messages");
  messages.innerHTML = failure("The service could not be reached", "UNAVAILABLE", "Nothing was stored; check the"
    + " connection and try again.");
  messages.scrollIntoView({ block: "start" });
});

document.addEventListener("htmx:afterSwap", (event) => {
  if (event.detail.target.id === "messages") {
    event.detail.target.scrollIntoView({ block: "start" });
  }
});
document.addEventListener("htmx:beforeRequest", () => {
  document.getElementById("messages").replaceChildren();
});

function speakerSelect(quote) {
  return document.querySelector(`select.speaker[data-quote="${quote}"]`);
}

function showSpeaker(select) {
  const label = document.querySelector(`#who-${select.dataset.quote} .who-name`);
  const option = select.options[select.selectedIndex];
  if (label && option) {
    label.textContent = option.value === "" || option.value === "-drop" ? option.textContent : option.value;
  }
  const mark = document.getElementById(`quote-${select.dataset.quote}`);
  if (mark) {
    const kind = option.value === "-drop" ? "dropped" : option.value === "" ? "not_participant" : "attributed";
    mark.className = `quote ${kind} edited`;
  }
}

// On a marked quote, S picks the next speaker and Shift+S the one before; Enter goes to its card.
document.addEventListener("keydown", (event) => {
  const mark = event.target.closest ? event.target.closest("mark.quote") : null;
  if (!mark || event.altKey || event.ctrlKey || event.metaKey) {
    return;
  }
  const select = speakerSelect(mark.dataset.quote);
  if (!select) {
    return;
  }
  if (event.key === "s" || event.key === "S") {
    // The keys cycle through the participants and "nobody here"; dropping a passage takes the card's select.
    const step = event.shiftKey ? -1 : 1;
    const count = select.options.length;
    let index = select.selectedIndex;
    do {
      index = (index + step + count) % count;
    } while (select.options[index].value === "-drop" && index !== select.selectedIndex);
    select.selectedIndex = index;
    select.dispatchEvent(new Event("change", { bubbles: true }));
    event.preventDefault();
  } else if (event.key === "Enter") {
    select.focus();
    event.preventDefault();
  }
});

document.addEventListener("change", (event) => {
  if (event.target.matches("select.speaker")) {
    showSpeaker(event.target);
  }
});

// A participant added by hand becomes a speaker every quote can be given, as the form will send it.
function addedName(row) {
  const known = row.querySelector("select.added-envoy");
  return known.value ? known.options[known.selectedIndex].dataset.name
    : row.querySelector("input.added-name").value.trim();
}

function offerAdded(row) {
  const key = row.dataset.added;
  const name = addedName(row);
  document.querySelectorAll("select.speaker").forEach((select) => {
    let option = select.querySelector(`option[data-added="${key}"]`);
    if (!name) {
      if (option) {
        if (option.selected) {
          select.value = "";
          showSpeaker(select);
        }
        option.remove();
      }
      return;
    }
    if (!option) {
      option = document.createElement("option");
      option.dataset.added = key;
      select.insertBefore(option, select.querySelector('option[value=""]'));
    }
    option.value = name;
    option.textContent = name;
    if (option.selected) {
      showSpeaker(select);
    }
  });
}

document.addEventListener("input", (event) => {
  const row = event.target.closest ? event.target.closest("fieldset.added") : null;
  if (row) {
    offerAdded(row);
  }
});
document.addEventListener("change", (event) => {
  const row = event.target.closest ? event.target.closest("fieldset.added") : null;
  if (row) {
    offerAdded(row);
  }
});
