#!/usr/bin/env python3
"""Load for a running mock-sts: AssumeRoleWithSAML with pre-minted SAML Responses, from several
processes, each with its own keep-alive connection. Each Response is sent once (the mock refuses a
replayed assertion), so mint at least as many as you send, valid for long enough:

  java -jar mock-server/target/mock-sts.jar saml-response --vendor alibaba \\
      --role acs:ram::1234567890123456:role/mock-saml-role \\
      --provider acs:ram::1234567890123456:saml-provider/mock-idp \\
      --session-name load --valid-for PT1H --count 6000 > /tmp/saml-alibaba.txt
  scripts/saml-load.py --port 8080 --responses /tmp/saml-alibaba.txt --workers 2 --warmup 1000

Alibaba calls are unsigned RPC POSTs with every parameter in the query (as the Tea and pop SDKs
send them); Tencent calls are JSON POSTs with `Authorization: SKIP`. Tencent documents 200
AssumeRoleWithSAML calls a second per account and the mock enforces it: --no-rate-limit lifts it
through /__admin/mock-sts/limits for the run and restores the documented limits afterwards.

Reports requests/s and latency percentiles of the counted requests (the --warmup ones are sent
first and not counted), and every status/code seen; with --server-pid (a mock on this machine) also
the CPU time the server spent per counted request, which tells the server's own ceiling apart from
the load generator's on a small machine. Exits 1 if any counted request failed.
"""
import argparse, collections, http.client, json, multiprocessing, os, re, time, urllib.parse

ROLES = {
    "alibaba": ("acs:ram::1234567890123456:role/mock-saml-role",
                "acs:ram::1234567890123456:saml-provider/mock-idp"),
    "tencent": ("qcs::cam::uin/100000000001:roleName/mock-saml-role",
                "qcs::cam::uin/100000000001:saml-provider/mock-idp"),
}
CODE = re.compile(rb'"Code"\s*:\s*"([^"]+)"')


def pe(value):
    return urllib.parse.quote(value, safe="-_.~")


def alibaba_request(assertion, role, provider):
    params = dict(Action="AssumeRoleWithSAML", Version="2015-04-01", Format="JSON",
                  SAMLProviderArn=provider, RoleArn=role, SAMLAssertion=assertion)
    path = "/?" + "&".join(pe(k) + "=" + pe(v) for k, v in params.items())
    return "POST", path, b"", {"Content-Type": "application/x-www-form-urlencoded"}


def tencent_request(assertion, role, provider):
    body = json.dumps(dict(SAMLAssertion=assertion, PrincipalArn=provider, RoleArn=role,
                           RoleSessionName="load")).encode()
    headers = {"Content-Type": "application/json; charset=utf-8", "Authorization": "SKIP",
               "X-TC-Action": "AssumeRoleWithSAML", "X-TC-Version": "2018-08-13",
               "X-TC-Region": "ap-guangzhou", "X-TC-Timestamp": str(int(time.time()))}
    return "POST", "/", body, headers


def outcome(vendor, status, body):
    """'200 OK' for a success, else the status and the vendor's error code."""
    match = CODE.search(body)
    if vendor == "alibaba":
        return "200 OK" if status == 200 and b'"Credentials"' in body else f"{status} {match.group(1).decode() if match else '?'}"
    return "200 OK" if status == 200 and b'"Error"' not in body else f"{status} {match.group(1).decode() if match else '?'}"


def worker(args):
    host, port, vendor, assertions, start_at = args
    role, provider = ROLES[vendor]
    build = alibaba_request if vendor == "alibaba" else tencent_request
    requests = [build(a, role, provider) for a in assertions]
    conn = http.client.HTTPConnection(host, port)
    while time.time() < start_at:  # every worker starts together
        time.sleep(0.001)
    latencies, outcomes = [], collections.Counter()
    first = time.perf_counter()
    for method, path, body, headers in requests:
        start = time.perf_counter()
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        data = response.read()
        latencies.append(time.perf_counter() - start)
        outcomes[outcome(vendor, response.status, data)] += 1
    return latencies, outcomes, first, time.perf_counter()


def run(host, port, vendor, assertions, workers):
    chunks = [assertions[i::workers] for i in range(workers)]
    start_at = time.time() + 1.0 + len(assertions) / 20000
    with multiprocessing.Pool(workers) as pool:
        results = pool.map(worker, [(host, port, vendor, chunk, start_at) for chunk in chunks])
    elapsed = max(r[3] for r in results) - min(r[2] for r in results)
    latencies = sorted(l for r in results for l in r[0])
    outcomes = sum((r[1] for r in results), collections.Counter())
    return elapsed, latencies, outcomes


def cpu_seconds(pid):
    """User + system CPU time of a process so far (Linux /proc)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def admin(host, port, path, payload):
    conn = http.client.HTTPConnection(host, port)
    conn.request("POST", path, body=json.dumps(payload).encode(), headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    response.read()
    if response.status >= 300:
        raise SystemExit(f"{path}: HTTP {response.status}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--vendor", default="alibaba", choices=sorted(ROLES))
    parser.add_argument("--responses", required=True, help="file of Base64 SAML Responses, one per line ('-' = stdin)")
    parser.add_argument("--workers", type=int, default=2, help="concurrent processes, one connection each")
    parser.add_argument("--warmup", type=int, default=0, help="Responses sent first and not counted")
    parser.add_argument("--no-rate-limit", action="store_true", help="Tencent: lift the 200/s limit for the run")
    parser.add_argument("--server-pid", type=int, help="the mock's process id, to report its CPU time per request")
    args = parser.parse_args()

    source = open(0) if args.responses == "-" else open(args.responses)
    with source:
        assertions = [line.strip() for line in source if line.strip()]
    if len(set(assertions)) != len(assertions):
        raise SystemExit("the file repeats a Response; each may be used once")
    if args.warmup >= len(assertions):
        raise SystemExit(f"only {len(assertions)} Responses for {args.warmup} warm-up requests")
    if args.no_rate_limit:
        admin(args.host, args.port, "/__admin/mock-sts/limits", {"tencentPerSecond": {"AssumeRoleWithSAML": 0}})
    try:
        if args.warmup:
            elapsed, latencies, outcomes = run(args.host, args.port, args.vendor, assertions[:args.warmup], args.workers)
            print(f"warm-up: {len(latencies)} requests in {elapsed:.1f} s; {dict(outcomes)}")
        measured = assertions[args.warmup:]
        cpu_before = cpu_seconds(args.server_pid) if args.server_pid else None
        elapsed, latencies, outcomes = run(args.host, args.port, args.vendor, measured, args.workers)
        cpu = cpu_seconds(args.server_pid) - cpu_before if args.server_pid else None
    finally:
        if args.no_rate_limit:
            admin(args.host, args.port, "/__admin/mock-sts/limits/reset", {})
    pct = lambda p: latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000
    print(f"AssumeRoleWithSAML ({args.vendor}, {args.workers} workers): {len(latencies)} requests in {elapsed:.2f} s"
          f" = {len(latencies) / elapsed:.0f} req/s; latency p50 {pct(0.5):.2f} ms, p90 {pct(0.9):.2f} ms,"
          f" p99 {pct(0.99):.2f} ms, max {latencies[-1] * 1000:.2f} ms; outcomes {dict(outcomes)}")
    if cpu is not None:
        print(f"server CPU: {cpu:.2f} s for {len(latencies)} requests = {cpu * 1e6 / len(latencies):.0f} µs/request"
              f" (a ceiling of {len(latencies) / cpu:.0f} req/s per core if the server had the cores to itself)")
    raise SystemExit(0 if set(outcomes) == {"200 OK"} else 1)


if __name__ == "__main__":
    main()
