#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""A first sync, timed: walks GET /api/v1/sync/pull from no cursor to has_more=false, three times.

    bench/sync_pull.py http://127.0.0.1:PORT [limit] [email] [password]

Against a server filled by `roost-server seed-demo --listings N` the demo guest (the default
account) pulls every listed listing with its host's profile. Prints pages, changes and changes/s.
"""
import json
import sys
import time
import urllib.parse
import urllib.request


def call(base, method, path, body=None, token=None):
    request = urllib.request.Request(base + path, method=method,
                                     data=json.dumps(body).encode() if body is not None else None)
    request.add_header('Content-Type', 'application/json')
    if token:
        request.add_header('Authorization', 'Bearer ' + token)
    with urllib.request.urlopen(request) as answer:
        return json.loads(answer.read())


def main():
    base = sys.argv[1]
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    email = sys.argv[3] if len(sys.argv) > 3 else 'guest@roost.example'
    password = sys.argv[4] if len(sys.argv) > 4 else 'roost-demo-guest'
    token = call(base, 'POST', '/api/v1/auth/login', {'email': email, 'password': password})['access_token']
    for _ in range(3):
        cursor, pages, changes = '', 0, 0
        started = time.perf_counter()
        while True:
            query = {'limit': limit, **({'cursor': cursor} if cursor else {})}
            page = call(base, 'GET', '/api/v1/sync/pull?' + urllib.parse.urlencode(query), token=token)
            pages += 1
            changes += len(page['changes'])
            cursor = page['cursor']
            if not page['has_more']:
                break
        elapsed = time.perf_counter() - started
        print(f'limit={limit} pages={pages} changes={changes} {elapsed:.2f} s {changes / elapsed:.0f} changes/s')


if __name__ == '__main__':
    main()
