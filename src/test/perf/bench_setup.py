#!/usr/bin/env python3
"""Data and sessions for bench.sh, against the running packaged app and its database.

Makes, through the creditor API, one large case (10 claims, 50 payments) and a set of small ones, and cases with
a plan referred to a case officer (the staff queue); puts a creditor, a channel key and an officer straight into
the database; logs in with PINs through the form; inserts BankID-style identity sessions for sampled debtors and
a staff session; fetches each session's CSRF token and cookie; and writes one request file a measured page for
rotate.lua (METHOD, PATH, HEADERS, BODY, tab-separated).

    bench_setup.py OUT_DIR   (settings from the environment: see bench.sh)

Also imported for its HTTP, SQL and login helpers (src/test/ops/two_instances.py); PORT may be set by the importer.
"""
import datetime
import hashlib
import hmac
import http.client
import json
import os
import re
import secrets
import subprocess
import sys
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

OUT = sys.argv[1] if __name__ == "__main__" else None
PORT = int(os.environ["BENCH_PORT"])
PGURL = os.environ["PGURL"]
SESSION_KEY = os.environ["SESSION_KEY"].encode("utf-8")
CASES = int(os.environ.get("BENCH_CASES", "200"))
QUEUE = int(os.environ.get("BENCH_QUEUE", "12"))
PIN_SESSIONS = int(os.environ.get("BENCH_PIN_SESSIONS", "8"))
SAMPLED = int(os.environ.get("BENCH_SAMPLED", "20"))
NATIONAL = os.environ.get("BENCH_DATA") == "national"
API_KEY = "benchmark-api-key"
CHANNEL_KEY = "benchmark-channel-key"
PRINT_KEY = "benchmark-print-key"
FIRST_DUE = (datetime.date.today() + datetime.timedelta(days=14)).isoformat()


def log(message):
    print(message, flush=True)


def psql(sql):
    """Runs SQL and returns the rows as lists of strings."""
    out = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", PGURL, "-c", sql],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Answer:
    def __init__(self, response):
        self.status = response.status
        self.body = response.read().decode("utf-8", "replace")
        self.location = response.getheader("Location")
        self.cookies = {}
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                pair = value.split(";", 1)[0]
                key, _, val = pair.partition("=")
                self.cookies[key.strip()] = val.strip()


def call(method, path, body=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        return Answer(connection.getresponse())
    finally:
        connection.close()


def cookie_header(cookies):
    return "; ".join(f"{k}={v}" for k, v in cookies.items())


def form(method, path, cookies, fields):
    return call(method, path, urllib.parse.urlencode(fields),
                {"Cookie": cookie_header(cookies), "Content-Type": "application/x-www-form-urlencoded"})


def csrf(page):
    match = re.search(r'name="csrf-token" value="([^"]*)"', page)
    if not match:
        raise SystemExit("no csrf-token field on the page")
    return match.group(1)


def national_id(n):
    """A valid (mod-11) national id, distinct for each n, as a real person's would be (prod rejects synthetic ones)."""
    w1, w2 = [3, 7, 6, 1, 8, 9, 4, 5, 2], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    for individual in range(100, 999):
        d = [int(c) for c in "%02d%02d%02d" % (1 + n % 28, 1 + (n // 28) % 12, 50 + (n // 336) % 40)]
        d += [int(c) for c in str(individual)]
        k1 = 11 - sum(a * b for a, b in zip(d, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(a * b for a, b in zip(d + [k1], w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return "".join(map(str, d + [k1, k2]))
    raise ValueError(n)


def open_case(reference, person, claims):
    body = json.dumps({
        "creditorReference": reference, "collectionNoticeSentOn": "2025-03-01", "paymentDemandSentOn": "2025-03-20",
        "debtor": {"kind": "CONSUMER", "nationalId": national_id(person), "name": "Bench Mark",
                   "address": {"street": "Gate 1", "postalCode": "0150", "city": "Oslo"}},
        "claims": claims})
    answer = call("POST", "/api/v1/cases", body, {"X-Api-Key": API_KEY, "Content-Type": "application/json"})
    if answer.status != 201 and answer.status != 200:
        raise SystemExit(f"intake of {reference}: {answer.status} {answer.body[:300]}")
    return json.loads(answer.body)


def small_claim(principal):
    return [{"invoiceNumber": "X", "description": "Other", "principal": principal, "dueDate": "2025-01-15"}]


def insert_sessions(rows):
    """rows: (kind, debtor_id, case_id, staff_id); returns one cookie token a row."""
    tokens, values = [], []
    for kind, debtor, case, staff in rows:
        token = secrets.token_urlsafe(32)
        digest = hmac.new(SESSION_KEY, token.encode("utf-8"), hashlib.sha256).hexdigest()
        values.append(f"('{digest}', '{kind}', {case or 'null'}, {debtor or 'null'}, {staff or 'null'}, now(), now(),"
                      " now() + interval '11 hours')")
        tokens.append(token)
    if values:
        psql("insert into web_session (token_hash, kind, case_id, debtor_id, staff_id, created_at, last_seen_at,"
             " expires_at) values " + ", ".join(values))
    return tokens


def pin_login(case_number, pin):
    page = call("GET", "/login")
    answer = form("POST", "/login", page.cookies, {"csrf-token": csrf(page.body), "caseNumber": case_number,
                                                   "pin": pin})
    token = answer.cookies.get("minside_session")
    if answer.status != 303 or not token:
        raise SystemExit(f"PIN login for {case_number}: {answer.status} {answer.body[:300]}")
    return token


def plan_form(case_number, session):
    """The plan page's CSRF token and the cookies it goes with."""
    cookies = {"minside_session": session}
    page = call("GET", f"/cases/{case_number}/plan", headers={"Cookie": cookie_header(cookies)})
    if page.status != 200:
        raise SystemExit(f"plan page of {case_number}: {page.status}")
    cookies.update(page.cookies)
    return csrf(page.body), cookies


def sample_debtors(count, exclude, max_id=None):
    """Debtors with a case that may be planned, sampled cheaply (TABLESAMPLE) and at random; only ids up to max_id
    when given (the national data's own debtors, not the API-made ones)."""
    total = float(psql("select greatest(reltuples, 1) from pg_class where relname = 'debtor'")[0][0])
    if total < 1000:
        percent = 100
    else:
        percent = min(100.0, max(0.001, 100.0 * 50 * count / total))
    excluded = ",".join(str(e) for e in exclude) or "0"
    below = f"and d.id <= {max_id}" if max_id else ""
    condition = f"""d.id not in ({excluded}) {below} and exists (select 1 from collection_case c where c.debtor_id = d.id
        and c.stage in ('COLLECTION_NOTICE', 'PAYMENT_DEMAND'))"""
    rows = psql(f"select d.id from debtor d tablesample system ({percent}) where {condition}"
                f" order by random() limit {count}")
    if len(rows) < count:
        rows = psql(f"select d.id from debtor d where {condition} order by random() limit {count}")
    return [int(r[0]) for r in rows]


def case_of(debtor):
    """A case of the debtor with no open plan, at random: (case id, case number)."""
    rows = psql(f"""select c.id, c.case_number from collection_case c where c.debtor_id = {debtor}
        and c.stage in ('COLLECTION_NOTICE', 'PAYMENT_DEMAND') and not exists (select 1 from payment_plan p
        where p.case_id = c.id and p.status in ('REFERRED', 'OFFERED', 'ACTIVE')) order by random() limit 1""")
    return (int(rows[0][0]), rows[0][1]) if rows else None


def write(name, lines):
    with open(os.path.join(OUT, name + ".txt"), "w") as f:
        for method, path, headers, body in lines:
            f.write("\t".join([method, path, headers or "-", body or "-"]) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    # The national data's debtors are ids 1..generated (the API-made ones come after); its creditor 1 is already
    # 'Benchmark AS' with this organisation number and API key, hence "on conflict do nothing".
    generated = int(psql("select coalesce(max(id), 0) from debtor")[0][0]) if NATIONAL else None
    psql(f"""insert into creditor (name, organisation_number, vat_registered, api_key_hash)
             values ('Benchmark AS', '923100008', true, '{sha256(API_KEY)}') on conflict do nothing;
             insert into api_client (name, kind, key_hash) values ('Benchmark channel', 'CHANNEL',
                                                                   '{sha256(CHANNEL_KEY)}'),
                                                                  ('Benchmark printer', 'PRINT', '{sha256(PRINT_KEY)}');""")
    officer = int(psql("""insert into staff_account (username, display_name, password_hash, role)
        values ('bench.officer', 'Bench Officer', '$2a$10$benchmarkbenchmarkbenchmarkbenchmarkbenchmarkbench',
                'officer') returning id""")[0][0])

    # The large case: 10 claims, 50 payments.
    claims = [{"invoiceNumber": f"I{i}", "description": f"Claim {i}", "principal": f"{500 + i * 700}.00",
               "dueDate": f"2025-01-{i + 1:02d}"} for i in range(10)]
    main_case = open_case("bench-main", 1, claims)
    for i in range(1, 51):
        paid = f"2025-{4 + i % 6:02d}-{1 + i % 27:02d}"
        answer = call("POST", f"/api/v1/cases/{main_case['caseNumber']}/payments",
                      json.dumps({"paymentId": f"p{i}", "amount": "100.00", "paidOn": paid, "kid": main_case["kid"]}),
                      {"X-Api-Key": API_KEY, "Content-Type": "application/json"})
        if answer.status >= 300:
            raise SystemExit(f"payment {i}: {answer.status} {answer.body[:300]}")

    # Small cases: two a debtor (the overview of an identity session lists both); bcrypt PINs make this ~20/s.
    with ThreadPoolExecutor(2) as pool:
        small = list(pool.map(lambda i: open_case(f"bench-{i}", 2 + i // 2, small_claim("990.00")), range(CASES)))
        # Cases of their own debtors, with a plan referred to a case officer: 15 months where 12 is the limit.
        queued = list(pool.map(lambda i: open_case(f"bench-q{i}", 100000 + i, small_claim("20000.00")), range(QUEUE)))
    log(f"cases: 1 large, {len(small)} small, {len(queued)} for the staff queue")
    if queued:
        numbers = ",".join(f"'{q['caseNumber']}'" for q in queued)
        rows = psql(f"select debtor_id, case_number from collection_case where case_number in ({numbers})")
        tokens = insert_sessions([("DEBTOR", int(d), None, None) for d, _ in rows])
        for (debtor, number), token in zip(rows, tokens):
            token_value, cookies = plan_form(number, token)
            answer = form("POST", f"/cases/{number}/plan", cookies,
                          {"csrf-token": token_value, "months": "15", "firstDueDate": FIRST_DUE})
            evaluation = re.search(r"evaluation=([0-9a-f-]+)", answer.location or "")
            if answer.status != 303 or not evaluation:
                raise SystemExit(f"plan proposal on {number}: {answer.status} {answer.location}")
            answer = form("POST", f"/cases/{number}/plan/accept", cookies,
                          {"csrf-token": token_value, "evaluation": evaluation.group(1)})
            if answer.status != 303:
                raise SystemExit(f"accepting the plan on {number}: {answer.status}")
        referred = psql("select count(*) from payment_plan where status = 'REFERRED'")[0][0]
        log(f"staff queue: {referred} referred plans")
        if int(referred) < len(queued):
            raise SystemExit("the staff queue's plans were not referred: "
                             + str(psql("select decision, count(*) from plan_evaluation group by 1")) + " "
                             + str(psql("select status, count(*) from payment_plan group by 1")))

    # The PINs as the print service gets them (the intake answer carries none in production).
    pins, after = {}, 0
    while True:
        answer = call("GET", f"/api/v1/letters?after={after}&limit=200", headers={"X-Api-Key": PRINT_KEY})
        if answer.status != 200:
            raise SystemExit(f"letters to print: {answer.status} {answer.body[:300]}")
        letters = json.loads(answer.body)["letters"]
        if not letters:
            break
        for letter in letters:
            if letter.get("pin"):
                pins[letter["caseNumber"]] = letter["pin"]
        after = letters[-1]["id"]
    for c in [main_case] + small:
        c["pin"] = pins[c["caseNumber"]]

    # Debtor sessions: (cookie token, case number); PIN logins through the form, identity sessions inserted.
    sessions = [(pin_login(main_case["caseNumber"], main_case["pin"]), main_case["caseNumber"])]
    for c in small[:max(0, PIN_SESSIONS - 1)]:
        sessions.append((pin_login(c["caseNumber"], c["pin"]), c["caseNumber"]))
    # Only the staff queue's own debtors: with national data every debtor with a plan would make an endless list.
    queue_debtors = [int(r[0]) for r in psql("select distinct c.debtor_id from collection_case c join payment_plan p"
                                             f" on p.case_id = c.id where c.case_number in ({numbers})")] if queued else []
    sampled = sample_debtors(SAMPLED, queue_debtors + [int(psql(
        f"select debtor_id from collection_case where case_number = '{main_case['caseNumber']}'")[0][0])], generated)
    picked = [(d, case_of(d)) for d in sampled]
    picked = [(d, c) for d, c in picked if c]
    identity = insert_sessions([("DEBTOR", d, None, None) for d, _ in picked])
    sessions += [(token, c[1]) for token, (_, c) in zip(identity, picked)]
    if NATIONAL:
        # Sampled national cases have no PIN we know; PIN-style sessions (one case) are inserted instead.
        more = [(d, case_of(d)) for d in sample_debtors(PIN_SESSIONS, queue_debtors + sampled, generated)]
        more = [(d, c) for d, c in more if c]
        pin_style = insert_sessions([("DEBTOR", d, c[0], None) for d, c in more])
        sessions += [(token, c[1]) for token, (_, c) in zip(pin_style, more)]
    log(f"debtor sessions: {len(sessions)} ({PIN_SESSIONS} PIN logins on API-made cases, {len(identity)} identity"
        f" sessions of sampled debtors{', and PIN-style sessions of sampled national cases' if NATIONAL else ''})")
    staff = insert_sessions([("STAFF", None, None, officer), ("STAFF", None, None, officer)])

    main_cookie = f"Cookie: minside_session={sessions[0][0]}"
    write("baseline", [("GET", "/bench/fortunes", None, None)])
    # With national data the overview and the sampled detail are those of the sampled national debtors only (their
    # identity sessions), so that the page mix is the same at every size.
    sampled_sessions = [(token, c[1]) for token, (_, c) in zip(identity, picked)] if NATIONAL else sessions
    write("overview", [("GET", "/cases", f"Cookie: minside_session={t}", None) for t, _ in sampled_sessions])
    write("detail-large", [("GET", f"/cases/{main_case['caseNumber']}", main_cookie, None)])
    write("detail-sampled", [("GET", f"/cases/{n}", f"Cookie: minside_session={t}", None)
                             for t, n in sampled_sessions])
    write("plan-options", [("GET", f"/cases/{n}/plan", f"Cookie: minside_session={t}", None) for t, n in sessions])
    proposals = []
    with ThreadPoolExecutor(2) as pool:
        forms = list(pool.map(lambda s: plan_form(s[1], s[0]), sessions))
    for (token, number), (token_value, cookies) in zip(sessions, forms):
        body = urllib.parse.urlencode({"csrf-token": token_value, "months": "3", "firstDueDate": FIRST_DUE})
        proposals.append(("POST", f"/cases/{number}/plan", "Cookie: " + cookie_header(cookies), body))
    write("plan-evaluation-form", proposals)
    own = [main_case] + small
    planned = [n for _, n in sessions] + [c["caseNumber"] for c in small[:50]]
    write("plan-evaluation-api", [("POST", "/api/v1/plan-evaluations", f"X-Api-Key: {CHANNEL_KEY}", json.dumps(
        {"caseNumber": n, "proposal": {"months": 3, "firstDueDate": FIRST_DUE}}, separators=(",", ":")))
        for n in dict.fromkeys(planned)])
    write("staff-queue", [("GET", "/staff/plans", f"Cookie: minside_session={t}", None) for t in staff])
    write("api-case-read", [("GET", f"/api/v1/cases/{c['caseNumber']}", f"X-Api-Key: {API_KEY}", None)
                            for c in own[:100]])
    log(f"request files in {OUT}")


if __name__ == "__main__":
    main()
