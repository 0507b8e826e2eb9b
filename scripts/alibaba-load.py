#!/usr/bin/env python3
"""Load for a running mock-sts: V1-signed Alibaba calls from several processes, each with its own
keep-alive connection. Reports requests/s, latency percentiles and the status counts.

  scripts/alibaba-load.py --port 8080 --action GetCallerIdentity --processes 2 --requests 20000
  scripts/alibaba-load.py --port 8080 --action AssumeRole ...   (start the mock with --assume-role-rate 0)
"""
import argparse, base64, collections, datetime, hashlib, hmac, http.client, multiprocessing, time, urllib.parse, uuid

ALICE, SECRET = "LTAI5tMockAliceAccessKey", "MockAliceAccessKeySecret000001"


def pe(value):
    return urllib.parse.quote(value, safe="-_.~")


def signed_query(action, extra):
    params = dict(Action=action, Version="2015-04-01", Format="JSON", AccessKeyId=ALICE,
                  SignatureMethod="HMAC-SHA1", SignatureVersion="1.0", SignatureNonce=uuid.uuid4().hex,
                  Timestamp=datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), **extra)
    canonical = "&".join(pe(k) + "=" + pe(v) for k, v in sorted(params.items()))
    to_sign = "POST&%2F&" + pe(canonical)
    params["Signature"] = base64.b64encode(hmac.new((SECRET + "&").encode(), to_sign.encode(), hashlib.sha1).digest()).decode()
    return "/?" + "&".join(pe(k) + "=" + pe(v) for k, v in params.items())


def worker(args):
    host, port, action, count = args
    extra = {"RoleArn": "acs:ram::1234567890123456:role/mock-role", "RoleSessionName": "load"} if action == "AssumeRole" else {}
    conn = http.client.HTTPConnection(host, port)
    latencies, statuses = [], collections.Counter()
    for _ in range(count):
        path = signed_query(action, extra)
        start = time.perf_counter()
        conn.request("POST", path)
        response = conn.getresponse()
        response.read()
        latencies.append(time.perf_counter() - start)
        statuses[response.status] += 1
    return latencies, statuses


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--action", default="GetCallerIdentity", choices=["GetCallerIdentity", "AssumeRole"])
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--requests", type=int, default=10000, help="in total")
    args = parser.parse_args()
    per = args.requests // args.processes
    start = time.perf_counter()
    with multiprocessing.Pool(args.processes) as pool:
        results = pool.map(worker, [(args.host, args.port, args.action, per)] * args.processes)
    elapsed = time.perf_counter() - start
    latencies = sorted(l for r in results for l in r[0])
    statuses = sum((r[1] for r in results), collections.Counter())
    pct = lambda p: latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000
    print(f"{args.action}: {len(latencies)} requests in {elapsed:.1f} s = {len(latencies) / elapsed:.0f} req/s; "
          f"latency p50 {pct(0.5):.2f} ms, p99 {pct(0.99):.2f} ms; statuses {dict(statuses)}")


if __name__ == "__main__":
    main()
