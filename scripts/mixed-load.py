#!/usr/bin/env python3
"""Mixed load for a running mock-sts, both vendors on one port, with the mock's resident memory
sampled at checkpoints. Standard library only.

Each worker process keeps one keep-alive connection and cycles through a fixed mix:
  Alibaba  GetCallerIdentity (V1), AssumeRole (V1), AssumeRole by bob (NoPermission, 403),
           a wrong V1 signature (SignatureDoesNotMatch, 400)
  Tencent  GetCallerIdentity (TC3), AssumeRole (TC3), AssumeRole of an unknown role (error),
           a wrong TC3 signature (AuthFailure.SignatureFailure)
Alibaba AssumeRole is limited per account and minute as documented: start the mock with
--assume-role-rate 0 to measure the mock rather than its rate limiter; --lift-limits also lifts
the Tencent per-second limits through the admin API (POST /__admin/mock-sts/limits).

  mock-server/bin/mock-sts --port 8080 --assume-role-rate 0 &
  scripts/mixed-load.py --port 8080 --pid $! --lift-limits --processes 4 --requests 1000000 \\
      --checkpoints 10000,100000,500000,1000000

With --pid, VmRSS from /proc/PID/status is printed at every checkpoint (after all workers have
passed it), with the requests/s since the start; --heap adds the Java heap (jcmd GC.heap_info). At the end: status counts and latency percentiles.
"""
import argparse, base64, collections, datetime, hashlib, hmac, http.client, json, multiprocessing, re, subprocess, time, urllib.parse, uuid

ALI_ALICE = ("LTAI5tMockAliceAccessKey", "MockAliceAccessKeySecret000001")
ALI_BOB = ("LTAI5tMockBobAccessKey00", "MockBobAccessKeySecret00000001")
ALI_ROLE = "acs:ram::1234567890123456:role/mock-role"
TC_ALICE = ("AKIDMockAliceSecretId000000000000001", "MockAliceSecretKey00000000000001")
TC_ROLE = "qcs::cam::uin/100000000001:roleName/mock-role"
TC_MISSING_ROLE = "qcs::cam::uin/100000000001:roleName/no-such-role"


CODE = re.compile(rb'"Code":"([^"]+)"')


def pe(value):
    return urllib.parse.quote(value, safe="-_.~")


def alibaba(action, key, extra, corrupt=False):
    params = dict(Action=action, Version="2015-04-01", Format="JSON", AccessKeyId=key[0],
                  SignatureMethod="HMAC-SHA1", SignatureVersion="1.0", SignatureNonce=uuid.uuid4().hex,
                  Timestamp=datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), **extra)
    canonical = "&".join(pe(k) + "=" + pe(v) for k, v in sorted(params.items()))
    to_sign = "POST&%2F&" + pe(canonical)
    signature = base64.b64encode(hmac.new((key[1] + "&").encode(), to_sign.encode(), hashlib.sha1).digest()).decode()
    params["Signature"] = (("B" if signature[0] == "A" else "A") + signature[1:]) if corrupt else signature
    return "POST", "/?" + "&".join(pe(k) + "=" + pe(v) for k, v in params.items()), b"", {}


def tencent(host, action, payload, corrupt=False):
    body = json.dumps(payload, separators=(",", ":")).encode()
    timestamp = int(time.time())
    date = datetime.datetime.fromtimestamp(timestamp, datetime.timezone.utc).strftime("%Y-%m-%d")
    ctype = "application/json; charset=utf-8"
    canonical = "POST\n/\n\ncontent-type:%s\nhost:%s\n\ncontent-type;host\n%s" % (
        ctype, host, hashlib.sha256(body).hexdigest())
    scope = date + "/sts/tc3_request"
    to_sign = "TC3-HMAC-SHA256\n%d\n%s\n%s" % (timestamp, scope, hashlib.sha256(canonical.encode()).hexdigest())
    k = hmac.new(("TC3" + TC_ALICE[1]).encode(), date.encode(), hashlib.sha256).digest()
    k = hmac.new(k, b"sts", hashlib.sha256).digest()
    k = hmac.new(k, b"tc3_request", hashlib.sha256).digest()
    signature = hmac.new(k, to_sign.encode(), hashlib.sha256).hexdigest()
    if corrupt:
        signature = ("0" if signature[0] != "0" else "1") + signature[1:]
    headers = {"Content-Type": ctype, "Host": host, "X-TC-Action": action, "X-TC-Version": "2018-08-13",
               "X-TC-Timestamp": str(timestamp), "X-TC-Region": "ap-guangzhou",
               "Authorization": "TC3-HMAC-SHA256 Credential=%s/%s, SignedHeaders=content-type;host, Signature=%s"
                                % (TC_ALICE[0], scope, signature)}
    return "POST", "/", body, headers


def mix(host):
    assume = {"RoleArn": ALI_ROLE, "RoleSessionName": "load"}
    return [
        lambda: alibaba("GetCallerIdentity", ALI_ALICE, {}),
        lambda: tencent(host, "GetCallerIdentity", {}),
        lambda: alibaba("AssumeRole", ALI_ALICE, assume),
        lambda: tencent(host, "AssumeRole", {"RoleArn": TC_ROLE, "RoleSessionName": "load"}),
        lambda: alibaba("GetCallerIdentity", ALI_ALICE, {}),
        lambda: tencent(host, "GetCallerIdentity", {}),
        lambda: alibaba("AssumeRole", ALI_BOB, assume),
        lambda: tencent(host, "AssumeRole", {"RoleArn": TC_MISSING_ROLE, "RoleSessionName": "load"}),
        lambda: alibaba("GetCallerIdentity", ALI_ALICE, {}, corrupt=True),
        lambda: tencent(host, "GetCallerIdentity", {}, corrupt=True),
    ]


def worker(args):
    index, host, port, count, checkpoints, barrier = args
    calls = mix("%s:%d" % (host, port))
    conn = http.client.HTTPConnection(host, port, timeout=30)
    latencies, statuses = [], collections.Counter()
    marks = sorted(checkpoints)
    for n in range(count):
        method, path, body, headers = calls[(n + index) % len(calls)]()
        start = time.perf_counter()
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            answer = response.read()
            code = CODE.search(answer)
            statuses["%d %s" % (response.status, code.group(1).decode() if code else "ok")] += 1
            if response.getheader("Connection", "").lower() == "close":
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=30)
        except (OSError, http.client.HTTPException) as e:
            statuses[type(e).__name__] += 1
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=30)
        if len(latencies) < 200000:
            latencies.append(time.perf_counter() - start)
        while marks and n + 1 == marks[0]:
            marks.pop(0)
            barrier.wait()  # arrived: the main process samples VmRSS
            barrier.wait()  # sampled: go on
    return latencies, statuses


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def heap(pid):
    """The Java heap's committed and used KiB (jcmd GC.heap_info), or None without jcmd."""
    try:
        out = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    # G1 prints one line for the heap, Serial and Parallel one per generation: add them up.
    spaces = re.findall(r"total (\d+)K, used (\d+)K", out)
    return (sum(int(t) for t, _ in spaces), sum(int(u) for _, u in spaces)) if spaces else None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--pid", type=int, help="the mock's process id, for VmRSS at the checkpoints")
    parser.add_argument("--processes", type=int, default=3)
    parser.add_argument("--requests", type=int, default=100000, help="in total")
    parser.add_argument("--heap", action="store_true", help="also print the Java heap (jcmd GC.heap_info) at checkpoints")
    parser.add_argument("--checkpoints", default="10000,100000,500000,1000000",
                        help="total request counts at which to print VmRSS")
    parser.add_argument("--lift-limits", action="store_true", help="lift the Tencent per-second limits first")
    args = parser.parse_args()
    if args.lift_limits:
        conn = http.client.HTTPConnection(args.host, args.port, timeout=30)
        conn.request("POST", "/__admin/mock-sts/limits", body=json.dumps(
            {"tencentPerSecond": {"GetCallerIdentity": 0, "AssumeRole": 0}}), headers={"Content-Type": "application/json"})
        answer = conn.getresponse()
        print("limits:", answer.status, answer.read().decode(), flush=True)
    per = args.requests // args.processes
    totals = [int(c) for c in args.checkpoints.split(",") if c]
    per_marks = [max(1, t // args.processes) for t in totals if t // args.processes <= per]
    manager = multiprocessing.Manager()
    barrier = manager.Barrier(args.processes + 1)
    start = time.perf_counter()
    with multiprocessing.Pool(args.processes) as pool:
        result = pool.map_async(worker, [(i, args.host, args.port, per, per_marks, barrier)
                                         for i in range(args.processes)])
        for mark in per_marks:
            barrier.wait()  # every worker has sent `mark` requests and waits for the sample
            elapsed = time.perf_counter() - start
            total = mark * args.processes
            rss = rss_kib(args.pid) if args.pid else -1
            h = heap(args.pid) if args.pid and args.heap else None
            print("checkpoint %9d requests  %7.1f s  %6.0f req/s  VmRSS %s%s" % (
                total, elapsed, total / elapsed, ("%d KiB (%.1f MiB)" % (rss, rss / 1024)) if rss >= 0 else "n/a",
                ("  heap committed %.1f MiB, used %.1f MiB" % (h[0] / 1024, h[1] / 1024)) if h else ""),
                flush=True)
            barrier.wait()  # let them go on
        results = result.get()
    elapsed = time.perf_counter() - start
    latencies = sorted(l for r in results for l in r[0])
    statuses = sum((r[1] for r in results), collections.Counter())
    pct = lambda p: latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000
    total = per * args.processes
    print(f"mixed: {total} requests in {elapsed:.1f} s = {total / elapsed:.0f} req/s; "
          f"latency p50 {pct(0.5):.2f} ms, p99 {pct(0.99):.2f} ms (first {len(latencies)} samples); "
          f"answers {dict(sorted(statuses.items()))}")


if __name__ == "__main__":
    main()
