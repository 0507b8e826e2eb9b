#!/usr/bin/env python3
"""Sends COUNT unauthenticated POST bodies of MB megabytes each, all at once, to a running mock
and prints what each got back; for measuring the mock's heap and RSS under large bodies.

    python3 scripts/body-flood.py [HOST] [PORT] [COUNT] [MB]    (default 127.0.0.1 8080 20 30)

Standard library only; every request goes to HOST:PORT, which must be a mock on this machine.
"""
import collections, socket, sys, threading

HOST = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1"
PORT = int(sys.argv[2]) if len(sys.argv) > 2 else 8080
COUNT = int(sys.argv[3]) if len(sys.argv) > 3 else 20
MB = int(sys.argv[4]) if len(sys.argv) > 4 else 30
BODY = b"Pad=" + b"a" * (MB * 1024 * 1024 - 4)
answers = collections.Counter()


def one():
    head = ("POST /?Action=GetCallerIdentity&Version=2015-04-01 HTTP/1.1\r\nHost: %s\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\n"
            "Connection: close\r\n\r\n" % (HOST, len(BODY))).encode()
    s = socket.create_connection((HOST, PORT), timeout=60)
    try:
        s.sendall(head + BODY)
    except OSError:
        pass  # refused before the whole body was read
    try:
        status = s.recv(64).split(b" ")[1].decode()
    except (OSError, IndexError):
        status = "no answer"
    s.close()
    answers[status] += 1


threads = [threading.Thread(target=one) for _ in range(COUNT)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("%d bodies of %d MB: %s" % (COUNT, MB, dict(answers)))
