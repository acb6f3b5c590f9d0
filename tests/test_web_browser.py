"""End to end in a real headless browser: Debian's Chromium, driven by Playwright, types a
message into the example app's page and sees the reply streamed in (app and emulator on
loopback), then sees a 429 before streaming and a reset mid-stream shown as errors.
Skipped only where no Chromium binary exists; in CI (CI=true) that is a failure."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from chatbotkit.emulator import Emulator, FaultRule, run_emulator_server
from examples.fastapi_chat.app import create_app
from tests._paths import OPENAPI
from tests._web import serve_app

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WATCH_REPLY = """() => {
  window.replyLengths = [];
  new MutationObserver(() => {
    const bot = document.querySelector("#reply");
    if (bot) window.replyLengths.push(bot.textContent.length);
  }).observe(document.getElementById("log"), { subtree: true, childList: true, characterData: true });
}"""
COMPLETE = "/conversation/*/complete"
SCREENSHOT = Path(os.environ.get("CHATBOTKIT_SCREENSHOT_DIR", "build")) / "fastapi_chat.png"


def say(page: Any, text: str) -> None:
    """Type a message, send it and wait until the page is ready for the next one."""
    page.fill("#text", text)
    page.click("#send")  # the submit handler disables the button before this returns
    page.locator("#send:not([disabled])").wait_for(timeout=20_000)


def chromium() -> str:
    """Debian's Chromium (never a downloaded browser)."""
    for candidate in ("/usr/bin/chromium", shutil.which("chromium")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    if os.environ.get("CI"):
        pytest.fail("no Chromium binary in CI: .ci/run installs Debian's chromium")
    pytest.skip("no Chromium binary (apt-get install chromium)")


def test_page_streams_a_reply_in_a_real_browser() -> None:
    executable = chromium()
    from playwright.sync_api import expect, sync_playwright

    emu = Emulator(spec=OPENAPI, token_delay=0.05)
    with (
        run_emulator_server(emu) as upstream,
        serve_app(
            create_app(token=upstream.token, base_url=upstream.base_url, max_retries=0)
        ) as url,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_FLAGS
        )
        try:
            page = browser.new_page()
            page.goto(url + "/")
            expect(page.locator("#status")).to_have_text("Ready", timeout=10_000)
            page.evaluate(WATCH_REPLY)
            page.fill("#text", "Hello from a real browser")
            page.click("#send")
            reply = page.locator("p.bot").last
            expect(reply).to_have_attribute("data-done", "true", timeout=20_000)
            # the reply grew token by token on the page, not in one piece at the end
            lengths = page.evaluate("window.replyLengths")
            assert len(set(lengths)) >= 5, lengths
            expect(page.locator("#status")).to_have_text("Done")
            stored = [m for m in emu.records("conversation.message") if m["type"] == "bot"]
            assert reply.text_content() == stored[-1]["text"]
            assert page.locator("p.error").count() == 0
            SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOT))

            # errors before and after the first token reach the page as clean answers
            emu.faults.set(FaultRule.rate_limit(COMPLETE, retry_after=3, count=1))
            say(page, "Busy?")
            expect(page.locator("p.error").last).to_contain_text("TOO_MANY_REQUESTS")
            emu.faults.set(FaultRule.stream_reset(COMPLETE, after=3, count=1))
            say(page, "Cut me off")
            expect(page.locator("p.error").last).to_contain_text("UPSTREAM_UNAVAILABLE")
            assert page.locator("p.bot").last.text_content()  # the tokens before the cut stay
        finally:
            browser.close()
