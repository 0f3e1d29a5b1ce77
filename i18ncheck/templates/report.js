(function () {
  var form = document.getElementById("filters");
  function chosen(name) {
    var out = {};
    form.querySelectorAll("input[name=" + name + "]").forEach(function (box) { out[box.value] = box.checked; });
    return out;
  }
  function visible(el, sev, kind) {
    var s = (el.getAttribute("data-severity") || "").trim().split(/\s+/);
    var k = (el.getAttribute("data-kind") || "").trim().split(/\s+/);
    for (var i = 0; i < s.length; i++) { if (sev[s[i]] && kind[k[i]] !== false) return true; }
    return false;
  }
  function apply() {
    var sev = chosen("severity"), kind = chosen("kind");
    document.querySelectorAll(".finding").forEach(function (li) { li.classList.toggle("hidden", !visible(li, sev, kind)); });
    document.querySelectorAll("mark[data-findings]").forEach(function (m) { m.classList.toggle("muted", !visible(m, sev, kind)); });
  }
  form.addEventListener("change", apply);
})();
