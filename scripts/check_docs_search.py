"""Check the docs site's search in a real browser: searching 滞纳金 finds the late-fee page.

Local only (not in CI): it needs a Chromium and its driver, e.g. on Debian

    apt-get install chromium chromium-driver
    .venv/bin/pip install -e '.[dev,browser]'
    .venv/bin/python scripts/check_docs_search.py

It builds the site (``mkdocs build``) into a temporary folder, or takes
``--site DIR``, serves it over HTTP on 127.0.0.1 (search does not work from
``file://``), opens it in headless Chromium through Selenium, types each query
into the search box, and checks that the expected page is among the results.
Exit status 0 when every query finds its page, 1 otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

QUERIES = {
    "滞纳金": "late-fee/",  # the late fee (滞纳金) page
    "特别扶助": "eligibility/",  # special assistance (计划生育家庭特别扶助)
    "社会抚养费": "levy/",
    "late fee": "late-fee/",
}
"""Query -> a path the results must link to."""


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve ``site`` on 127.0.0.1 (a free port) for the duration of the block."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


def build(into: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(into)],
        cwd=ROOT,
        env=env,
        check=True,
    )


def search(driver: object, base: str, query: str, timeout: float) -> list[str]:
    """The result links the site's search shows for ``query``."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    d: object = driver
    d.get(base)  # type: ignore[attr-defined]
    wait = WebDriverWait(d, timeout)
    box = wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "input.md-search__input")))
    # the search index loads in a web worker; the box is usable once it is ready
    d.execute_script(  # type: ignore[attr-defined]
        "document.querySelector('label.md-search__icon, label[for=__search]')?.click();"
        "document.getElementById('__search').checked = true;"
    )
    wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "input.md-search__input")))
    box.clear()
    box.send_keys(query)

    def results(drv: object) -> list[str] | bool:
        meta = drv.find_element(By.CSS_SELECTOR, ".md-search-result__meta").text  # type: ignore[attr-defined]
        links = [
            a.get_attribute("href") or ""
            for a in drv.find_elements(By.CSS_SELECTOR, ".md-search-result__item a")  # type: ignore[attr-defined]
        ]
        if links:
            return links
        return False if ("Initializing" in meta or not meta) else []

    try:
        found = wait.until(results)
    except Exception:
        return []
    return list(found) if isinstance(found, list) else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one now)")
    parser.add_argument(
        "--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser")
    )
    parser.add_argument("--chromedriver", default=shutil.which("chromedriver"))
    parser.add_argument("--timeout", type=float, default=20.0)
    args = parser.parse_args(argv)
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        print("needs selenium: pip install -e '.[browser]'", file=sys.stderr)
        return 2
    if not args.chromium or not args.chromedriver:
        print("needs chromium and chromedriver (Debian: chromium chromium-driver)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            build(site)
        options = webdriver.ChromeOptions()
        options.binary_location = args.chromium
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
            options.add_argument(flag)
        failures = 0
        with serve(site) as base:
            driver = webdriver.Chrome(service=Service(args.chromedriver), options=options)
            try:
                for query, expected in QUERIES.items():
                    links = search(driver, base, query, args.timeout)
                    pages = sorted({link.removeprefix(base).split("#")[0] for link in links})
                    ok = any(p == expected for p in pages)
                    failures += not ok
                    print(
                        f"{'ok  ' if ok else 'FAIL'} {query!r}: {len(links)} results; pages {pages}"
                    )
            finally:
                driver.quit()
    print("search check passed" if not failures else f"search check FAILED ({failures})")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
