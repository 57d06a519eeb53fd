#!/usr/bin/env python3
"""Drives headless Chromium through the reviewer pages over the DevTools protocol.

Usage: browser-check.py BASE_URL TOKEN SCREENSHOT_DIR CHROMIUM
Sign-in -> dashboard (queue) -> filer page (next to review) -> return with comment -> dashboard
(filters kept, sort) -> spot checks (names, duplicate draw, one-form findings, printed checklist)
-> publication preview and confirmation -> public page -> home page and published rounds,
asserting on the rendered DOM and saving a PNG of each page. Standard library only (a minimal websocket
client is below). Exits 1 on the first failed assertion.
"""
import base64, http.client, json, os, re, socket, struct, subprocess, sys, tempfile, time, urllib.parse


class WebSocket:
    """Just enough RFC 6455 for the DevTools protocol: text frames, client masking."""

    def __init__(self, url):
        parts = urllib.parse.urlparse(url)
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {parts.path} HTTP/1.1\r\nHost: {parts.hostname}:{parts.port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise RuntimeError("websocket handshake failed")
            head += chunk
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError("websocket handshake refused: " + head.decode(errors="replace"))

    def send(self, text):
        data = text.encode()
        header = bytes([0x81])
        if len(data) < 126:
            header += bytes([0x80 | len(data)])
        elif len(data) < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", len(data))
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", len(data))
        mask = os.urandom(4)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def _exactly(self, n):
        buf = b""
        while len(buf) < n:
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise RuntimeError("websocket closed")
            buf += chunk
        return buf

    def recv(self):
        message = b""
        while True:
            b1, b2 = self._exactly(2)
            length = b2 & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._exactly(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._exactly(8))[0]
            payload = self._exactly(length)
            opcode = b1 & 0x0F
            if opcode == 8:
                raise RuntimeError("websocket closed by browser")
            if opcode in (0, 1, 2):
                message += payload
                if b1 & 0x80:
                    return message.decode()


class Browser:
    def __init__(self, chromium, workdir):
        port = free_port()
        self.process = subprocess.Popen(
            [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
             "--hide-scrollbars", f"--remote-debugging-port={port}", f"--user-data-dir={workdir}/profile",
             "--window-size=1280,1000", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=open(f"{workdir}/chromium.log", "w"))
        target = None
        for _ in range(150):
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                conn.request("GET", "/json/list")
                pages = [t for t in json.loads(conn.getresponse().read()) if t.get("type") == "page"]
                if pages:
                    target = pages[0]
                    break
            except OSError:
                pass
            time.sleep(0.2)
        if not target:
            raise RuntimeError("Chromium did not start (see chromium.log)")
        self.ws = WebSocket(target["webSocketDebuggerUrl"])
        self.next_id = 0
        self.events = []
        self.call("Page.enable")
        self.call("Runtime.enable")

    def call(self, method, **params):
        self.next_id += 1
        ident = self.next_id
        self.ws.send(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for_load(self, timeout=60):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if any(e.get("method") == "Page.loadEventFired" for e in self.events):
                self.events = [e for e in self.events if e.get("method") != "Page.loadEventFired"]
                return
            self.events.append(json.loads(self.ws.recv()))
        raise RuntimeError("page did not load")

    def goto(self, url):
        self.drop_loads()
        self.call("Page.navigate", url=url)
        self.wait_for_load()

    def drop_loads(self):
        self.events = [e for e in self.events if e.get("method") != "Page.loadEventFired"]

    def js(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def submit(self, expression):
        """Runs `expression` (which clicks a submit button) and waits for the next page."""
        self.drop_loads()
        self.js(expression)
        self.wait_for_load()

    def screenshot(self, path):
        metrics = self.call("Page.getLayoutMetrics")
        height = min(int(metrics["cssContentSize"]["height"]), 5000)
        shot = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                         clip={"x": 0, "y": 0, "width": 1280, "height": height, "scale": 1})
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot["data"]))

    def screenshot_of(self, selector, path):
        """A PNG of the element `selector` only, wherever it is on the page."""
        rect = self.js(f"(() => {{ const r = document.querySelector({json.dumps(selector)}).getBoundingClientRect();"
                       " return [r.left + scrollX, r.top + scrollY, r.width, r.height] })()")
        shot = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                         clip={"x": rect[0], "y": rect[1], "width": rect[2], "height": rect[3], "scale": 1})
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot["data"]))

    def close(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


failures = []


def check(condition, what):
    print(("  ok    " if condition else "  FAIL  ") + what)
    if not condition:
        failures.append(what)


def main():
    base, token, shots, chromium = sys.argv[1:5]
    os.makedirs(shots, exist_ok=True)
    # Chromium may still be writing its profile as it exits: leftovers are not a failure.
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as workdir:
        browser = Browser(chromium, workdir)
        try:
            run(browser, base, token, shots)
        finally:
            browser.close()
    if failures:
        print(f"browser check FAILED: {len(failures)} assertion(s)")
        sys.exit(1)
    print("browser check passed; screenshots in " + shots)


def text(selector):
    return f"(document.querySelector({json.dumps(selector)}) || {{textContent: ''}}).textContent.trim()"


def run(b, base, token, shots):
    print("sign-in")
    b.goto(base + "/web/rounds/2017")
    check(b.js("location.pathname") == "/web/sign-in", "a page without a session leads to the sign-in page")
    check("审核人登录" in b.js(text("h1")), "the sign-in page is in Chinese")
    b.screenshot(f"{shots}/1-sign-in.png")
    b.submit(f"document.querySelector('#token').value = {json.dumps(token)}; document.querySelector('#sign-in').click()")

    print("dashboard")
    check(b.js("location.pathname") == "/web/rounds/2017", "signing in lands on the dashboard of round 2017")
    check(b.js(text("#days-left")) == "距截止还有 3 天", "days left on the server clock (2017-12-28): " + b.js(text("#days-left")))
    check(b.js("document.querySelectorAll('svg.chart').length") == 2, "two inline SVG charts")
    roster = b.js(text("#roster"))
    check("北京市" in roster and "上海市" in roster, "the roster shows the filers by name")
    check(b.js("document.scripts.length") == 0, "the page carries no script")
    queue = b.js("[...document.querySelectorAll('#queue tbody tr')].map(r => r.querySelector('a').textContent)")
    check(queue == ["北京市", "广东省"], f"the queue: the two filings awaiting a decision, oldest first ({queue})")
    b.screenshot(f"{shots}/2-dashboard.png")
    b.submit("document.querySelector('#f-deadline').value = 'onTime'; document.querySelector('form.filters button').click()")
    rows = b.js("document.querySelectorAll('#roster tbody tr').length")
    check(rows == 4, f"the on-time filter leaves the 4 filers that filed ({rows})")
    b.submit("document.querySelector('a[href=\"/web/rounds/2017/filers/110000\"]').click()")

    print("filer page")
    check(b.js("location.pathname") == "/web/rounds/2017/filers/110000", "the filer page names round and filer")
    check("北京市" in b.js(text("#filer-name")), "the filer page shows the filer's name")
    check(b.js(text("#summary-text")).startswith("<script>alert(1)</script>"), "the filer's <script> shows as text")
    check(b.js("document.scripts.length") == 0, "the filer's <script> is not an element")
    check(b.js("document.querySelectorAll('#versions tbody tr').length") == 1, "one version with its receipt")
    check(b.js(text("tr#p1-search td strong")) == "站内搜索", "indicators carry their Chinese names")
    check(b.js("(document.querySelector('#next-to-review') || {}).getAttribute?.('href')") == "/web/rounds/2017/filers/440000",
          "下一个待审核 leads to the next filing in the queue")
    attachments(b, shots)
    b.screenshot(f"{shots}/3-filer.png")
    b.submit("document.querySelector('input[name=decision][value=return]').checked = true;"
             "document.querySelector('#dueOn').value = '2018-01-10'; document.querySelector('#submit-review').click()")
    check("退回必须填写意见" in b.js(text("#review-error")), "a return without comment is refused in the page")
    comment = "请补充咨询渠道整改佐证材料"
    # A comment pinned beside the first place the page offers a box for (a failed indicator).
    pin = b.js("(document.querySelector('textarea[name^=\"pin:\"]') || {name: ''}).name")
    check(pin.startswith("pin:platforms["), f"the report offers a box to pin a comment beside a problem ({pin})")
    pinned = "此项请附搜索结果截图"
    b.submit(f"document.querySelector('#comment').value = {json.dumps(comment)};"
             f"document.querySelector('textarea[name={json.dumps(pin)}]').value = {json.dumps(pinned)};"
             "document.querySelector('#dueOn').value = '2018-01-10'; document.querySelector('#submit-review').click()")
    check(b.js(text("#review-state")) == "已退回", "after the return the filer page shows 已退回")
    check(comment in b.js(text("#versions")), "the comment is shown with the decision")
    shown = b.js("[...document.querySelectorAll('div.pinned')].map(d => d.textContent).join(' | ')")
    check(pinned in shown, f"the pinned comment is shown beside its place ({shown[:80]})")
    with open(os.path.join(shots, "pinned-path.txt"), "w") as f:
        f.write(pin[len("pin:"):])
    check("2018-01-10" in b.js(text("#versions")), "the follow-up date is shown with the decision")
    b.screenshot(f"{shots}/4-filer-returned.png")
    queue_and_roster(b, shots)
    reading(b, base, shots)
    reminders(b, base, shots)
    spot_checks(b, base, shots)

    print("summary and publication")
    b.goto(base + "/web/rounds/2017/summary")
    check(b.js("document.querySelectorAll('#shares tbody tr').length") == 11, "the eleven shares of docs/FORM.md")
    publication(b, shots)
    check("已公布" in b.js(text("#notice")), "publishing is confirmed")
    b.screenshot(f"{shots}/5-summary.png")

    print("public page")
    b.goto(base + "/public/rounds/2017")
    public = b.js(text("#public-filers"))
    check(b.js("document.querySelector('header form.signout') === null"), "the public page shows no reviewer controls")
    check("北京市" in public and "已退回" in public and "已通过" in public, "the published outcomes per filer")
    shares = b.js(text("#shares"))
    check("26%" in shares and "68%" in shares, "the 2017 notice's figures beside the computed shares")
    check(b.js(text("#published-at")).startswith("2017-12-28 "), "the publication time on the server clock, as people read it")
    check(b.js("[...document.querySelectorAll('a')].every(a => !a.getAttribute('href').startsWith('/web'))"),
          "the public page has no link into the reviewers' area")
    b.screenshot(f"{shots}/6-public.png")
    home(b, base, shots)
    dialogs = [e for e in b.events if e.get("method") == "Page.javascriptDialogOpening"]
    check(not dialogs, "no script ran (no alert dialog)")


def reminders(b, base, shots):
    print("contacts and reminders")
    b.goto(base + "/web/rounds/2017/filers/110000")
    chasing = b.js(text("#chasing"))
    check("王明（办公厅信息处） wangming@bj.gov.cn" in chasing, "the filer page shows the contact: " + chasing[:200])
    check("报告被退回" in b.js(text("#notices")), "the return's notice is listed with its delivery state")
    b.submit("document.querySelector('#remind-one button').click()")
    check("已发出催报提醒" in b.js(text("#notice")), "reminding the filer is confirmed")
    summary = b.js(text("#chasing-summary"))
    check(re.match(r"已提醒 \d+ 次，最近 2017-12-28 \d\d:\d\d，邮件待发送", summary) is not None,
          "the page says how often it was reminded, when, and the mail's state: " + summary)
    b.screenshot(f"{shots}/4b-filer-reminded.png")
    b.submit("document.querySelector('header nav a').click()")  # 看板
    b.submit("document.querySelector('#remind-all button').click()")
    check("已发出催报提醒" in b.js(text("#notice")), "reminding every filer that has not filed is confirmed")
    check("已提醒" in b.js(text("#roster")), "the roster says who was reminded")


def attachments(b, shots):
    """Beijing's search finding has a screenshot and a PDF: a thumbnail that the browser loaded
    and decoded from this origin, and a link to the document."""
    b.js("document.querySelector('tr#p1-search').scrollIntoView()")
    loaded = b.js("(() => { const i = document.querySelector('tr#p1-search img.thumb');"
                  " return i ? [i.complete, i.naturalWidth, i.naturalHeight, new URL(i.src).origin === location.origin] : null })()")
    check(loaded == [True, 240, 150, True], f"the screenshot shows as a thumbnail beside 站内搜索, same origin ({loaded})")
    link = b.js("(document.querySelector('tr#p1-search a.document') || {}).textContent")
    check(link == "整改通知.pdf", f"the PDF is a link beside the indicator ({link})")
    check("站内搜索结果页" in b.js(text("tr#p1-search .attachments")), "the caption is shown under the thumbnail")
    b.screenshot_of("tr#p1-search", f"{shots}/3-filer-attachments.png")


def reading(b, base, shots):
    """Guangdong filed twice: the contents column, the problems-only view, the diff in words and
    the printed report with its receipt and seal block."""
    print("reading a report")
    b.goto(base + "/web/rounds/2017/filers/440000")
    header = b.js("document.querySelector('#deadline').textContent")
    check("2018-01-10" in header and "本单位延期" in header and "系统迁移，经批准延期" in header,
          f"the filer's own deadline is named with its reason ({header.strip()[:80]})")
    entries = b.js("document.querySelectorAll('#contents li').length")
    badges = b.js("document.querySelectorAll('#contents .badge').length")
    check(entries > 6 and badges > 0, f"the contents column lists platforms and items with problem badges ({entries}, {badges})")
    target = b.js("(document.querySelector('#contents li.entry-item a') || {getAttribute: () => ''}).getAttribute('href')")
    check(target.startswith("#") and b.js(f"document.getElementById({json.dumps(target[1:])}) !== null"),
          f"a contents entry leads to its place on the page ({target})")
    places = b.js("[...document.querySelectorAll('#diff .place')].map(p => p.textContent)")
    check("整改情况" in places, f"the diff names the changed field in Chinese ({places[:3]})")
    check(b.js("document.querySelectorAll('#diff ins').length") > 0,
          "the changed words are marked")
    all_rows = b.js("document.querySelectorAll('tr.check').length")
    b.submit("document.querySelector('#view-problems').click()")
    check("view=problems" in b.js("location.search"), "只看问题 has its own address")
    rows = b.js("document.querySelectorAll('tr.check').length")
    clean = b.js("[...document.querySelectorAll('tr.check')].every(r => r.classList.contains('failed') || r.querySelector('.finding, .pinned'))")
    check(0 < rows < all_rows and clean, f"only failed indicators and findings are shown ({rows} of {all_rows} rows)")
    b.screenshot(f"{shots}/4c-problems-only.png")
    b.goto(base + "/web/rounds/2017/filers/440000?view=print")
    b.call("Emulation.setEmulatedMedia", media="print")
    shown = b.js("['#receipt', '#seal'].map(s => getComputedStyle(document.querySelector(s)).display !== 'none')")
    check(shown == [True, True], f"the printed report carries the receipt and the seal block ({shown})")
    check(b.js("getComputedStyle(document.querySelector('#review-form') || document.body).display") == "none"
          or b.js("document.querySelector('#review-form') === null"), "the review form is not printed")
    pdf = base64.b64decode(b.call("Page.printToPDF", preferCSSPageSize=True)["data"])
    with open(f"{shots}/filer-print.pdf", "wb") as f:
        f.write(pdf)
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
    check(pages >= 2, f"Chromium prints the report on A4 pages ({pages})")
    b.screenshot(f"{shots}/4d-filer-print.png")
    b.call("Emulation.setEmulatedMedia", media="")


def queue_and_roster(b, shots):
    print("queue and roster")
    b.submit("document.querySelector('header nav a').click()")  # 看板
    check("deadline=onTime" in b.js("location.search"), "back on the dashboard by the navigation, the filter is kept")
    queue = b.js("[...document.querySelectorAll('#queue tbody tr')].map(r => r.querySelector('a').textContent)")
    check(queue == ["广东省"], f"the returned filing left the queue ({queue})")
    b.submit("[...document.querySelectorAll('#roster th a.sort')].find(a => a.textContent.startsWith('最新报送时间')).click()")
    check("sort=latest" in b.js("location.search") and "deadline=onTime" in b.js("location.search"),
          "sorting by a column keeps the filter in the address")
    latest = b.js("[...document.querySelectorAll('#roster tbody tr td:nth-child(6)')].map(td => td.textContent)")
    check(latest == sorted(latest) and all(len(t) == 16 and t[10] == " " for t in latest),
          f"the latest receive times, as people read them, in order ({latest})")
    b.screenshot(f"{shots}/queue-roster.png")


def spot_checks(b, base, shots):
    print("spot checks on site")
    b.goto(base + "/web/rounds/2017/spot-checks")
    draw = ("document.querySelector('#seed').value = '2017'; document.querySelector('#province').value = '1';"
            "document.querySelector('#city').value = '1'; document.querySelector('#county').value = '0';"
            "document.querySelector('#department').value = '0'; document.querySelector('#draw').click()")
    b.submit(draw)
    check("已抽取" in b.js(text("#notice")), "a sample is drawn")
    names = b.js("[...document.querySelectorAll('#draw-1 .platform-name')].map(e => e.textContent)")
    check(len(names) == 2 and all(n and not n.startswith("p") for n in names), f"samples show the platforms' names ({names})")
    check(b.js("[...document.querySelectorAll('#draw-1 td .mono')].some(e => e.textContent.startsWith('http'))"),
          "samples show the platforms' addresses")
    b.submit(draw)
    check("未重复抽取" in b.js(text("#notice")), "the same seed and counts lead to the batch already drawn")
    check(b.js("document.querySelectorAll('[id^=draw-]').length") == 1, "no duplicate batch")
    b.screenshot(f"{shots}/spot-checks.png")
    b.submit("document.querySelector('#draw-1 .record-link').click()")
    check(b.js("document.querySelectorAll('#bulk tbody tr').length") == 13, "one form with the 13 indicators")
    check(b.js("document.querySelectorAll('#bulk input[value=confirmed]:checked').length") == 13, "every indicator 一致 by default")
    b.submit("document.querySelector('input[name=outcome-search][value=discrepancy]').checked = true;"
             "document.querySelector('#record-all').click()")
    check("存在差异" in b.js(text("#error")) and b.js("document.querySelectorAll('#findings').length") == 0,
          "a discrepancy without notes is refused and nothing is recorded")
    b.submit("document.querySelector('input[name=notes-search]').value = '搜索“企业设立登记”无结果';"
             "document.querySelector('input[name=dueOn-search]').value = '2018-01-15';"
             "document.querySelector('#record-all').click()")
    check(b.js("document.querySelectorAll('#findings tbody tr').length") == 13, "the 13 findings recorded in one submit")
    check(b.js("document.querySelectorAll('#findings .tag.discrepancy').length") == 1, "one of them a discrepancy")
    b.screenshot(f"{shots}/spot-check-platform.png")
    inspector_screenshot(b, f"{shots}/spot-check-platform.png", shots)
    b.goto(base + "/web/rounds/2017/spot-checks/1/checklist")
    check(b.js("document.querySelectorAll('.sheet').length") == 2, "the checklist has a sheet per sampled platform")
    b.call("Emulation.setEmulatedMedia", media="print")
    check(b.js("getComputedStyle(document.querySelector('header.top')).display") == "none", "printed without the site's frame")
    b.screenshot(f"{shots}/checklist-print.png")
    pdf = base64.b64decode(b.call("Page.printToPDF", preferCSSPageSize=True)["data"])
    with open(f"{shots}/checklist.pdf", "wb") as f:
        f.write(pdf)
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
    check(pages == 2, f"the checklist prints one A4 page per platform ({pages} pages)")
    b.call("Emulation.setEmulatedMedia", media="")


def inspector_screenshot(b, path, shots):
    """The inspector puts a screenshot (the page just taken) on the search finding through its
    upload form; it comes back as a thumbnail the browser loaded and decoded from this origin."""
    root = b.call("DOM.getDocument")["root"]["nodeId"]
    node = b.call("DOM.querySelector", nodeId=root, selector="#upload-search input[type=file]")["nodeId"]
    b.call("DOM.setFileInputFiles", files=[path], nodeId=node)
    b.submit("document.querySelector('#upload-search button').click()")
    check("已保存核查截图" in b.js(text("#notice")), "the inspector's screenshot is stored")
    loaded = b.js("(() => { const i = document.querySelector('tr#finding-search img.thumb');"
                  " return i ? [i.complete, i.naturalWidth > 0, new URL(i.src).origin === location.origin] : null })()")
    check(loaded == [True, True, True], f"it shows as a thumbnail beside the finding, same origin ({loaded})")
    b.screenshot_of("tr#finding-search", f"{shots}/spot-check-finding-screenshot.png")


def publication(b, shots):
    b.submit("document.querySelector('#preview-publish').click()")
    check(b.js("location.pathname") == "/web/rounds/2017/publish", "publishing starts with a preview")
    check(b.js("document.querySelectorAll('#preview-filers tbody tr').length") == 73, "the preview shows every filer")
    check(b.js("document.querySelector('#first-publication') !== null"), "the preview says this is the first publication")
    b.screenshot(f"{shots}/publish-preview.png")
    b.submit("document.querySelector('#publish').click()")
    check("勾选" in b.js(text("#error")), "without the confirmation box nothing is published")
    b.submit("document.querySelector('#confirm').checked = true; document.querySelector('#publish').click()")


def home(b, base, shots):
    print("home page and published rounds")
    b.goto(base + "/")
    check("政务服务平台" in b.js(text("h1")), "/ is the home page")
    check(b.js("document.querySelector('#sign-in-link').getAttribute('href')") == "/web", "the home page leads to 审核人登录")
    b.screenshot(f"{shots}/home.png")
    b.submit("document.querySelector('#public-link').click()")
    check(b.js("document.querySelectorAll('#public-rounds tbody tr').length") == 1, "/public/ lists the published round")
    b.screenshot(f"{shots}/public-index.png")
    b.submit("document.querySelector('#public-rounds a').click()")
    check(b.js("location.pathname") == "/public/rounds/2017", "the list leads to the round's results")


if __name__ == "__main__":
    main()
