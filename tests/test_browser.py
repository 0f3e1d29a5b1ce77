"""The HTML report in a real browser (headless Chromium): the mismatch is highlighted and
visible, markup carried in an article's text does not run, the filters work, and a
screenshot is saved. Skipped when no Chromium is installed, except in CI (.ci/run sets
I18NCHECK_REQUIRE_BROWSER=1 and installs Debian's chromium when it is missing)."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from i18ncheck.cli import main

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
         "--hide-scrollbars", "--mute-audio"]
PAYLOAD = ("<p>Тест: &lt;script&gt;document.documentElement.setAttribute('data-pwned','script')&lt;/script&gt; "
           "&lt;img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\"&gt;</p>\n")
# Runs in a copy of the page whose Content-Security-Policy is removed, so that the test,
# not the policy, is what shows the article's markup stayed text.
PROBE = """<script>
(function () {
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.odd"));
  var shown = marks.filter(function (m) {
    var box = m.getBoundingClientRect(), css = getComputedStyle(m);
    return box.width > 0 && box.height > 0 && css.visibility !== "hidden" && css.display !== "none"
      && css.backgroundColor !== "rgba(0, 0, 0, 0)";
  }).map(function (m) { return m.textContent; });
  var box = document.querySelector("input[name=severity][value=error]");
  box.checked = false;
  box.dispatchEvent(new Event("change", {bubbles: true}));
  var hidden = document.querySelectorAll("li.finding.error.hidden").length;
  var errors = document.querySelectorAll("li.finding.error").length;
  var out = document.createElement("pre");
  out.id = "probe";
  out.textContent = JSON.stringify({odd: shown, hidden: hidden, errors: errors});
  document.body.appendChild(out);
})();
</script>
"""


def _chromium() -> str | None:
    for name in (os.environ.get("I18NCHECK_BROWSER"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


@pytest.fixture(scope="module")
def browser() -> str:
    found = _chromium()
    if found is None:
        if os.environ.get("I18NCHECK_REQUIRE_BROWSER"):
            pytest.fail("no Chromium found, and I18NCHECK_REQUIRE_BROWSER is set")
        pytest.skip("no Chromium installed")
    return found


def _run(browser: str, profile: Path, *args: str) -> str:
    result = subprocess.run([browser, *FLAGS, f"--user-data-dir={profile}", *args],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.fixture(scope="module")
def report(tmp_path_factory, corpus_dir=Path(__file__).resolve().parent.parent / "corpus") -> Path:
    work = tmp_path_factory.mktemp("browser")
    article = work / "kyiv-metro"
    shutil.copytree(corpus_dir / "kyiv-metro", article)
    for page in article.iterdir():
        text = page.read_text(encoding="utf-8")
        page.write_text(text.replace("</body>", PAYLOAD + "</body>"), encoding="utf-8")
    out = work / "report.html"
    assert main(["check", str(article), "--format", "html", "--output", str(out)]) == 1
    return out


def test_policy_allows_only_the_page_script(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    script = page[page.rindex("<script>") + len("<script>"):page.rindex("</script>")]
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert f"script-src 'sha256-{digest}'" in policy and "default-src 'none'" in policy


def test_report_in_a_real_browser(browser: str, report: Path, tmp_path: Path) -> None:
    page = report.read_text(encoding="utf-8")
    probe = tmp_path / "probe.html"
    probed = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?', "", page)
    probe.write_text(probed.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    dom = _run(browser, tmp_path / "profile", "--virtual-time-budget=3000", "--dump-dom", probe.as_uri())
    root = re.search(r"<html[^>]*>", dom).group(0)
    assert "data-pwned" not in root, "markup from the article's text ran in the report"
    found = json.loads(re.search(r'<pre id="probe">(.*?)</pre>', dom, re.DOTALL).group(1).replace("&quot;", '"'))
    assert "140,000" in found["odd"], found  # the odd edition's number, highlighted and visible
    assert found["errors"] and found["hidden"] == found["errors"], "the severity filter hides errors"

    shot = tmp_path / "report.png"
    _run(browser, tmp_path / "profile", "--window-size=1366,1600", f"--screenshot={shot}", report.as_uri())
    assert shot.stat().st_size > 20_000
    keep = os.environ.get("I18NCHECK_ARTIFACTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / "report.png")
