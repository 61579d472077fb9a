#!/usr/bin/env python3
"""The checks of two-instances.sh that speak HTTP and SQL, with bench_setup.py's helpers (src/test/perf).

    two_instances.py STEP   (environment: PGURL, SESSION_KEY, PROXY_PORT, A_PORT, B_PORT, OUT)

Steps: setup (creditor and print key), session (check a), jobs-data and jobs-check (check c), rate (check d),
logout (check e). Each check prints one line "PASS name: figures" or "FAIL name: figures".
"""
import datetime
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "perf"))
os.environ.setdefault("BENCH_PORT", os.environ["PROXY_PORT"])
import bench_setup as bench  # noqa: E402

PROXY, A, B = (int(os.environ[name]) for name in ("PROXY_PORT", "A_PORT", "B_PORT"))
OUT = os.environ["OUT"]
TODAY = datetime.date.today()
INSTANCES = {"a": A, "b": B}


def on(port):
    """Sends the helpers' requests to this port from now on."""
    bench.PORT = port


def verdict(name, ok, figures):
    print(f"{'PASS' if ok else 'FAIL'} {name}: {figures}", flush=True)
    return ok


def days(n):
    return (TODAY + datetime.timedelta(days=n)).isoformat()


def setup():
    bench.psql(f"""insert into creditor (name, organisation_number, vat_registered, api_key_hash)
                   values ('Benchmark AS', '923100008', true, '{bench.sha256(bench.API_KEY)}') on conflict do nothing;
                   insert into api_client (name, kind, key_hash)
                   values ('Two instances printer', 'PRINT', '{bench.sha256(bench.PRINT_KEY)}')
                   on conflict do nothing""")


def open_case(reference, person, notice_on, due_on, principal="990.00"):
    """A case through the creditor API with the debtor's e-mail (notices on), as the proxy routes it."""
    body = json.dumps({
        "creditorReference": reference, "collectionNoticeSentOn": notice_on,
        "debtor": {"kind": "CONSUMER", "nationalId": bench.national_id(person), "name": "To Instanser",
                   "address": {"street": "Gate 1", "postalCode": "0150", "city": "Oslo"},
                   "email": f"debtor{person}@example.no"},
        "claims": [{"invoiceNumber": "X", "description": "Other", "principal": principal, "dueDate": due_on}]})
    answer = bench.call("POST", "/api/v1/cases", body, {"X-Api-Key": bench.API_KEY,
                                                        "Content-Type": "application/json"})
    if answer.status not in (200, 201):
        raise SystemExit(f"intake of {reference}: {answer.status} {answer.body[:300]}")
    return json.loads(answer.body)


def pin_of(case_number):
    """The case's PIN as the print service gets it from the letters API."""
    after = 0
    while True:
        answer = bench.call("GET", f"/api/v1/letters?after={after}&limit=200", headers={"X-Api-Key": bench.PRINT_KEY})
        letters = json.loads(answer.body)["letters"]
        if not letters:
            raise SystemExit(f"no letter with a PIN for {case_number}")
        for letter in letters:
            if letter["caseNumber"] == case_number and letter.get("pin"):
                return letter["pin"]
        after = letters[-1]["id"]


def overview(port, token):
    on(port)
    return bench.call("GET", "/cases", headers={"Cookie": f"minside_session={token}"})


def session():
    """(a) A PIN login through the proxy (the form and its CSRF token may come from either instance), then the
    overview through the proxy, alternating, and from each instance directly, with the same cookie."""
    on(PROXY)
    c = open_case("two-session", 900001, days(-10), days(-40))
    pin = pin_of(c["caseNumber"])
    token = bench.pin_login(c["caseNumber"], pin)
    served, statuses = [], []
    for _ in range(10):
        on(PROXY)
        connection = bench.http.client.HTTPConnection("127.0.0.1", PROXY, timeout=30)
        connection.request("GET", "/cases", headers={"Cookie": f"minside_session={token}"})
        response = connection.getresponse()
        body = response.read().decode("utf-8", "replace")
        served.append(response.getheader("X-Served-By"))
        statuses.append(response.status if c["caseNumber"] in body else -response.status)
        connection.close()
    direct = {name: overview(port, token) for name, port in INSTANCES.items()}
    direct_ok = all(a.status == 200 and c["caseNumber"] in a.body for a in direct.values())
    with open(os.path.join(OUT, "session"), "w") as f:
        f.write(token)
    with open(os.path.join(OUT, "session-case"), "w") as f:
        f.write(c["caseNumber"])
    alternating = all(served[i] != served[i + 1] for i in range(len(served) - 1))
    return verdict("session across both instances", statuses == [200] * 10 and set(served) == {"a", "b"}
                   and alternating and direct_ok,
                   f"PIN login through the proxy; 10 overviews through it served by {''.join(s or '?' for s in served)}"
                   f" with {sorted(set(statuses))}; directly: a {direct['a'].status}, b {direct['b'].status}")


def jobs_data():
    """(c) Due work for both instances' jobs: cases whose payment demand, fees and legal step are all due, and
    active plans with a reminder, a warning and a break due today."""
    on(PROXY)
    stage = [open_case(f"two-stage-{i}", 910000 + i, "2025-03-03", "2025-02-01")["caseNumber"] for i in range(20)]
    plans, shifts = {}, {"remind": 0, "warn": -11, "break": -18}
    for kind in shifts:
        for i in range(3):
            c = open_case(f"two-plan-{kind}-{i}", 920000 + len(plans), days(0), days(-30))
            token = bench.insert_sessions([("DEBTOR", int(bench.psql(
                f"select debtor_id from collection_case where case_number = '{c['caseNumber']}'")[0][0]), None,
                None)])[0]
            csrf, cookies = bench.plan_form(c["caseNumber"], token)
            answer = bench.form("POST", f"/cases/{c['caseNumber']}/plan", cookies,
                                {"csrf-token": csrf, "months": "3", "firstDueDate": days(3)})
            evaluation = re.search(r"evaluation=([0-9a-f-]+)", answer.location or "")
            if answer.status != 303 or not evaluation:
                raise SystemExit(f"plan proposal on {c['caseNumber']}: {answer.status} {answer.location}")
            answer = bench.form("POST", f"/cases/{c['caseNumber']}/plan/accept", cookies,
                                {"csrf-token": csrf, "evaluation": evaluation.group(1)})
            if answer.status != 303:
                raise SystemExit(f"accepting the plan on {c['caseNumber']}: {answer.status}")
            plans[c["caseNumber"]] = kind
    active = bench.psql("select count(*) from payment_plan p join collection_case k on k.id = p.case_id"
                        " where k.creditor_reference like 'two-plan-%' and p.status = 'ACTIVE'")[0][0]
    if int(active) != len(plans):
        raise SystemExit(f"only {active} of {len(plans)} plans are active (auto-approved)")
    for number, kind in plans.items():
        if shifts[kind]:
            # The plan as if it had been accepted weeks ago: its first instalment fell due 8 or 15 days ago.
            bench.psql(f"""update plan_instalment set due_date = due_date + {shifts[kind]}
                           where plan_id = (select p.id from payment_plan p join collection_case k
                           on k.id = p.case_id where k.case_number = '{number}')""")
    with open(os.path.join(OUT, "jobs.json"), "w") as f:
        json.dump({"stage": stage, "plans": plans}, f)
    print(f"due work: {len(stage)} cases for the stage job, {len(plans)} active plans for the plan job", flush=True)


def count(sql):
    return int(bench.psql(sql)[0][0])


def jobs_check():
    with open(os.path.join(OUT, "jobs.json")) as f:
        data = json.load(f)
    stage = ",".join(f"'{n}'" for n in data["stage"])
    # Every step once: one payment demand (event and letter), one legal step, one FEE_ADDED event per cost line.
    twice = count(f"""select count(*) from (select k.id, e.type from case_event e join collection_case k
                      on k.id = e.case_id where k.case_number in ({stage}) and e.type in
                      ('PAYMENT_DEMAND_SENT', 'LEGAL_STEP', 'PAID') group by 1, 2 having count(*) > 1) d""")
    letters_twice = count(f"""select count(*) from (select l.case_id from letter l join collection_case k
                      on k.id = l.case_id where k.case_number in ({stage}) and l.kind = 'PAYMENT_DEMAND'
                      group by 1 having count(*) > 1) d""")
    fee_mismatch = count(f"""select count(*) from collection_case k where k.case_number in ({stage}) and
                      (select count(*) from case_event e where e.case_id = k.id and e.type = 'FEE_ADDED')
                      <> (select count(*) from cost_line c where c.case_id = k.id)""")
    done = count(f"""select count(*) from collection_case k where k.case_number in ({stage}) and k.stage = 'LEGAL'
                     and exists (select 1 from letter l where l.case_id = k.id and l.kind = 'PAYMENT_DEMAND')""")
    events = count(f"""select count(*) from case_event e join collection_case k on k.id = e.case_id
                       where k.case_number in ({stage})""")
    stage_ok = verdict("stage job on both instances at once", done == len(data["stage"]) and twice == 0
                       and letters_twice == 0 and fee_mismatch == 0,
                       f"{done}/{len(data['stage'])} cases carried to the legal step, {events} events;"
                       f" steps recorded twice {twice}, payment-demand letters twice {letters_twice},"
                       f" fee events not matching the fees {fee_mismatch}")
    by_kind = {}
    for number, kind in data["plans"].items():
        by_kind.setdefault(kind, []).append(f"'{number}'")
    plan_cases = ",".join(f"'{n}'" for n in data["plans"])

    def audited(action, kind):
        return count(f"""select count(*) from audit_log where action = '{action}' and target in
                         (select 'case:' || n from unnest(array[{','.join(by_kind[kind])}]) n)""")

    reminders = audited("PLAN_PLAN_INSTALMENT_DUE", "remind")
    reminded = count(f"""select count(*) from plan_instalment i join payment_plan p on p.id = i.plan_id
                         join collection_case k on k.id = p.case_id where k.case_number in ({','.join(by_kind['remind'])})
                         and i.reminded_at is not null""")
    warnings = audited("PLAN_PLAN_AT_RISK", "warn")
    broken = count(f"""select count(*) from case_event e join collection_case k on k.id = e.case_id
                       where k.case_number in ({','.join(by_kind['break'])}) and e.type = 'PLAN_BROKEN'""")
    broken_audited = audited("PLAN_BROKEN", "break")
    demand_letters = count(f"""select count(*) from letter l join collection_case k on k.id = l.case_id
                               where k.case_number in ({','.join(by_kind['break'])}) and l.kind = 'PAYMENT_DEMAND'""")
    status = dict(bench.psql(f"""select p.status, count(*) from payment_plan p join collection_case k
                                 on k.id = p.case_id where k.case_number in ({plan_cases}) group by 1"""))
    mails = {}
    for name in ("a", "b"):
        with open(os.path.join(OUT, f"app-{name}.log"), errors="replace") as f:
            mails[name] = sum(1 for line in f if "Sending email" in line and "@example.no" in line)
    notices = reminders + warnings + audited("PLAN_PLAN_INSTALMENT_DUE", "warn") \
        + audited("PLAN_PLAN_INSTALMENT_DUE", "break") + audited("PLAN_PLAN_AT_RISK", "break") + broken
    n = len(by_kind["remind"])
    plan_ok = verdict("plan job on both instances at once", reminders == n and reminded == n and warnings == n
                      and broken == n and broken_audited == n and demand_letters <= n
                      and mails["a"] + mails["b"] == notices,
                      f"reminders {reminders} for {reminded} reminded instalments of {n} plans, warnings {warnings}"
                      f" of {n}, plans broken {broken} of {n} (audited {broken_audited}; payment-demand letters"
                      f" {demand_letters}, at most one each), plans by status {status}; mails {mails['a']} from a + {mails['b']} from b"
                      f" for {notices} notices")
    return stage_ok and plan_ok


def balance(port, case_number):
    on(port)
    answer = bench.call("GET", f"/api/v1/cases/{case_number}", headers={"X-Api-Key": bench.API_KEY})
    if answer.status != 200:
        raise SystemExit(f"case {case_number} on {port}: {answer.status}")
    return json.dumps(json.loads(answer.body).get("balance"), sort_keys=True)


def rate():
    """(d) The current late-interest rate changed in the database (as the admin page writes it; neither instance
    is told), then each instance polled directly until its balance of a case shows it."""
    on(PROXY)
    c = open_case("two-rate", 930001, "2025-03-03", "2025-01-15", "20000.00")["caseNumber"]
    before = {name: balance(port, c) for name, port in INSTANCES.items()}
    row = "(select max(valid_from) from late_interest_rate where valid_from <= current_date)"
    old = bench.psql(f"select rate from late_interest_rate where valid_from = {row}")[0][0]
    bench.psql(f"update late_interest_rate set rate = rate + 5 where valid_from = {row}")
    changed = time.monotonic()
    seen = {}
    try:
        while len(seen) < 2 and time.monotonic() - changed < 30:
            for name, port in INSTANCES.items():
                if name not in seen and balance(port, c) != before[name]:
                    seen[name] = time.monotonic() - changed
            time.sleep(0.05)
    finally:
        bench.psql(f"update late_interest_rate set rate = {old} where valid_from = {row}")
    figures = ", ".join(f"{name} after {seen[name]:.2f} s" if name in seen else f"{name} not within 30 s"
                        for name in INSTANCES)
    return verdict("a rate change reaches both instances", len(seen) == 2 and max(seen.values()) <= 3.0,
                   f"late interest {old} -> {float(old) + 5:.2f} % written to the database; seen by {figures}"
                   " (bound: RateTablesProvider.CHECK, 2 s)")


def logout():
    """(e) A session logged in and out on a, its cookie replayed on b at once."""
    on(A)
    c = open_case("two-logout", 940001, days(-10), days(-40))
    token = bench.pin_login(c["caseNumber"], pin_of(c["caseNumber"]))
    before = overview(B, token).status
    on(A)
    page = bench.call("GET", "/login", headers={"Cookie": f"minside_session={token}"})
    cookies = dict(page.cookies, minside_session=token)
    out = bench.form("POST", "/logout", cookies, {"csrf-token": bench.csrf(page.body)})
    after = overview(B, token)
    refused = after.status in (302, 303) and "/login" in (after.location or "")
    return verdict("a revoked session is refused on the other instance", before == 200 and out.status == 303
                   and refused, f"overview on b before the logout {before}; logout on a {out.status}; the same"
                   f" cookie on b right after: {after.status} to {after.location}")


if __name__ == "__main__":
    step = sys.argv[1]
    result = {"setup": setup, "session": session, "jobs-data": jobs_data, "jobs-check": jobs_check, "rate": rate,
              "logout": logout}[step]()
    sys.exit(0 if result is not False else 1)
