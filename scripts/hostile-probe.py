#!/usr/bin/env python3
"""Sends the hostile inputs of the hostile-clients review to a running mock and prints one
Markdown row per input: what was sent and what came back (status, code, notable headers).

    python3 scripts/hostile-probe.py [HOST] [PORT]      (default 127.0.0.1 8080)

Standard library only. Every request goes to HOST:PORT, which must be a mock on this machine.
Run it against two builds to compare them side by side.
"""
import base64, hashlib, hmac, json, random, socket, sys, time, urllib.parse

HOST = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1"
PORT = int(sys.argv[2]) if len(sys.argv) > 2 else 8080
ALI = "Action=GetCallerIdentity&Version=2015-04-01"
TC = "Action=GetCallerIdentity&Version=2018-08-13"
ALICE_TC = ("AKIDMockAliceSecretId000000000000001", "MockAliceSecretKey00000000000001")


def send(raw, timeout=10):
    s = socket.create_connection((HOST, PORT), timeout=timeout)
    try:
        s.sendall(raw if isinstance(raw, bytes) else raw.encode("latin1"))
    except OSError:
        pass
    data = b""
    try:
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
            if b"\r\n\r\n" in data and ended(data):
                break
    except OSError as e:
        data += ("<<%s>>" % type(e).__name__).encode()
    s.close()
    return data.decode("utf-8", "replace")


def ended(data):
    head, _, body = data.partition(b"\r\n\r\n")
    lower = head.lower()
    if lower.startswith(b"http/1.1 100"):
        return False
    for line in lower.split(b"\r\n"):
        if line.startswith(b"content-length:"):
            return len(body) >= int(line.split(b":")[1])
    return body.endswith(b"0\r\n\r\n")


def get(target, headers=""):
    return "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n%s\r\n" % (target, HOST, headers)


def post(target, body, ctype="application/x-www-form-urlencoded", headers=""):
    return ("POST %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\nContent-Type: %s\r\n"
            "Content-Length: %d\r\n%s\r\n%s" % (target, HOST, ctype, len(body.encode()), headers, body))


def summary(answer):
    if not answer.startswith("HTTP/"):
        return "no answer " + answer[-40:]
    head, _, body = answer.partition("\r\n\r\n")
    status = head.split(" ")[1]
    notes = []
    low = head.lower()
    if "access-control-allow-origin" in low:
        notes.append("CORS " + [l for l in head.split("\r\n") if l.lower().startswith("access-control-allow-origin")][0].split(":", 1)[1].strip())
    if "matched-stub-id" in low:
        notes.append("Matched-Stub-Id")
    code = ""
    text = body
    if "transfer-encoding: chunked" in low:
        text = "".join(body.split("\r\n")[1::2])
    try:
        doc = json.loads(text)
        code = (doc.get("Code") or doc.get("Response", {}).get("Error", {}).get("Code")
                or ("error: " + doc["error"][:40] if "error" in doc else "")
                or ("offset %s" % doc["offsetSeconds"] if "offsetSeconds" in doc else "")
                or ("Arn" if "Arn" in doc.get("Response", {}) else "") or "json")
    except ValueError:
        if "<html" in text.lower():
            code = "HTML page" + (" with stack trace" if "\tat " in text or "at java." in text or "Caused by" in text else "")
        else:
            code = text.strip()[:50].replace("\n", " ")
    return " ".join(x for x in [status, code] + notes if x)


def tencent_v1(nonce, extra=""):
    params = {"Action": "GetCallerIdentity", "Version": "2018-08-13", "Region": "ap-guangzhou",
              "Timestamp": str(int(time.time())), "Nonce": str(nonce), "SecretId": ALICE_TC[0],
              "SignatureMethod": "HmacSHA256"}
    host = "%s:%d" % (HOST, PORT)
    text = "GET" + host + "/?" + "&".join("%s=%s" % (k, params[k]) for k in sorted(params))
    sig = base64.b64encode(hmac.new(ALICE_TC[1].encode(), text.encode(), hashlib.sha256).digest()).decode()
    params["Signature"] = sig
    return "GET /?%s%s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n" % (urllib.parse.urlencode(params), extra, host)


def main():
    rows = []
    def row(what, raw):
        rows.append((what, summary(send(raw))))
    row("admin journal read by a page (`Origin: http://evil.example`)", get("/__admin/requests?limit=1", "Origin: http://evil.example\r\n"))
    row("admin clock read under a rebinding `Host`", get("/__admin/mock-sts/clock").replace("Host: %s" % HOST, "Host: rebind.attacker.example"))
    row("`text/plain` clock advance from a page", post("/__admin/mock-sts/clock/advance", '{"seconds": 60}', "text/plain", "Origin: http://evil.example\r\n"))
    send(post("/__admin/mock-sts/clock/reset", ""))
    for v in ["31556889864403199", "9223372036854775807", "-9223372036854775808"]:
        row("clock advance by `%s` s" % v, post("/__admin/mock-sts/clock/advance", '{"seconds": %s}' % v, "application/json"))
        row("  then a signed Tencent v1 call", tencent_v1(random.randint(1, 10**9)))
        send(post("/__admin/mock-sts/clock/reset", ""))
    for label, q in [("`%zz`", "X=%zz"), ("lone `%`", "X=%"), ("`%4`", "X=%4"), ("`%u0041`", "X=%u0041"), ("`%zz` in a name", "%zz=1")]:
        row("Alibaba query with %s" % label, get("/?%s&%s" % (ALI, q)))
    row("Tencent query with `%zz`", get("/?%s&X=%%zz" % TC))
    row("Alibaba form body with `%4`", post("/", ALI + "&X=%4"))
    row("admin query with `%zz`", get("/__admin/requests?limit=%zz"))
    chunked = "POST /?%s HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n" % ALI
    row("chunk size `zz`", chunked + "zz\r\nabc\r\n0\r\n\r\n")
    row("request line of 600 KB", "GET /?%s&a=%s HTTP/1.1\r\nHost: x\r\n\r\n" % (ALI, "a" * 600000))
    row("header of 600 KB", "GET /?%s HTTP/1.1\r\nHost: x\r\nX-Big: %s\r\n\r\n" % (ALI, "a" * 600000))
    row("HTTP version 7.1", "GET /?%s HTTP/7.1\r\nHost: x\r\n\r\n" % ALI)
    row("Alibaba `Content-Type: ;`", post("/?" + ALI, "a=b", ";"))
    row("Tencent `Content-Type: ;;;`", post("/", TC + "&Region=ap-guangzhou", ";;;", "X-TC-Action: GetCallerIdentity\r\n"))
    row("Tencent v1 name nested 15,000 levels", get("/?%s&Region=ap-guangzhou&%s=1" % (TC, ".".join(["a"] * 15000))))
    row("Tencent v1 HmacSHA256, 19-digit Nonce", tencent_v1(random.randint(10**18, 2**63 - 1)))
    nonce = random.randint(1, 10**9)
    first = tencent_v1(nonce)
    send(first)
    row("the same signed Tencent v1 request again", first)
    row("Tencent v1 signed request + second `Signature`", tencent_v1(random.randint(1, 10**9), "&Signature=junk"))
    row("Alibaba GET of 5 KB", get("/?%s&Pad=%s" % (ALI, "a" * 5000)))
    row("30 MB announced (`Content-Length`)", "POST /?%s HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 31457280\r\n\r\n%s" % (ALI, "a" * 65536))
    row("an STS answer's headers", get("/?" + ALI))
    print("| input | answer |\n|---|---|")
    for what, answer in rows:
        print("| %s | %s |" % (what, answer.replace("|", "\\|")))


if __name__ == "__main__":
    main()
