#!/usr/bin/env python3
"""Data, sessions and the list of requests for sqlmap-drill.sh, against the running packaged app and its database.

Makes a creditor, a channel and a print key, staff of every role with sessions, a case through the intake API
with an objection and a referred plan (so the staff decision forms exist), logs the debtor in with the letter's
PIN, and writes one sqlmap target a line to OUT_FILE (tab-separated):

    name  method  path  body-or-"-"  header-or-"-"  parameters-or-"-"

A body is form-encoded or JSON; parameters names those sqlmap tests (all of the request's when "-"); a path with
a "*" marks the injection point in the path itself. A form's body carries a CSRF token and its header the cookie
the token goes with, fetched from the form's page: the pair stays valid as long as sqlmap keeps the cookie
(--drop-set-cookie), since the token is checked against its cookie, not kept on the server. (sqlmap's own
--csrf-url cannot be used: sqlmap 1.7 POSTs to it whatever --csrf-method says.)

    sqlmap_targets.py OUT_FILE   (BENCH_PORT, PGURL and SESSION_KEY from the environment, as bench_setup.py)
"""
import datetime
import json
import os
import re
import sys
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "perf"))
import bench_setup as app  # noqa: E402  (the same helpers the benchmark uses: API calls, sessions, CSRF)

OUT_FILE = sys.argv[1]
FIRST_DUE = (datetime.date.today() + datetime.timedelta(days=14))
DUE_TEXT = f"{FIRST_DUE.day}.{FIRST_DUE.month}.{FIRST_DUE.year}"


def staff_sessions():
    rows = {}
    for role in ("support", "officer", "admin"):
        staff_id = int(app.psql(f"""insert into staff_account (username, display_name, password_hash, role)
            values ('sqlmap.{role}', 'Sqlmap {role}', '$2a$10$sqlmapsqlmapsqlmapsqlmapsqlmapsqlmapsqlmapsqlmapsqlma',
                    '{role}') returning id""")[0][0])
        rows[role] = app.insert_sessions([("STAFF", None, None, staff_id)])[0]
    return rows


def main():
    app.psql(f"""insert into creditor (name, organisation_number, vat_registered, api_key_hash)
                 values ('Sqlmap AS', '923100008', true, '{app.sha256(app.API_KEY)}') on conflict do nothing;
                 insert into api_client (name, kind, key_hash) values
                     ('Sqlmap channel', 'CHANNEL', '{app.sha256(app.CHANNEL_KEY)}'),
                     ('Sqlmap printer', 'PRINT', '{app.sha256(app.PRINT_KEY)}');""")
    staff = staff_sessions()
    objected = app.open_case("sqlmap-objection", 1, app.small_claim("990.00"))
    planned = app.open_case("sqlmap-plan", 2, app.small_claim("20000.00"))
    pins = {}
    letters = json.loads(app.call("GET", "/api/v1/letters?limit=200", headers={"X-Api-Key": app.PRINT_KEY}).body)
    for letter in letters["letters"]:
        if letter.get("pin"):
            pins[letter["caseNumber"]] = letter["pin"]
    debtor = app.pin_login(planned["caseNumber"], pins[planned["caseNumber"]])
    other = app.pin_login(objected["caseNumber"], pins[objected["caseNumber"]])
    number = planned["caseNumber"]

    # A referred plan (15 months where 12 is the limit) and an open objection: the officers' and support's forms.
    token, cookies = app.plan_form(number, debtor)
    answer = app.form("POST", f"/cases/{number}/plan", cookies, {"csrf-token": token, "months": "15",
                                                                "firstDueDate": FIRST_DUE.isoformat()})
    evaluation = re.search(r"evaluation=([0-9a-f-]+)", answer.location or "").group(1)
    app.form("POST", f"/cases/{number}/plan/accept", cookies, {"csrf-token": token, "evaluation": evaluation})
    plan_id = app.psql("select id from payment_plan order by id desc limit 1")[0][0]
    page = app.call("GET", f"/cases/{objected['caseNumber']}/objection",
                    headers={"Cookie": f"minside_session={other}"})
    boundary = "sqlmapboundary"
    parts = [("csrf-token", app.csrf(page.body)), ("reason", "DEFECT"), ("text", "Varen kom aldri."),
             ("claims", "whole")]
    body = "".join(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in parts)
    body += f"--{boundary}--\r\n"
    cookie_header = app.cookie_header({"minside_session": other, **page.cookies})
    sent = app.call("POST", f"/cases/{objected['caseNumber']}/objection", body,
                    {"Cookie": cookie_header, "Content-Type": f"multipart/form-data; boundary={boundary}"})
    if sent.status != 303:
        raise SystemExit(f"the objection: {sent.status} {sent.body[:300]}")
    objection_id = app.psql("select id from objection order by id desc limit 1")[0][0]
    creditor_id = app.psql("select id from creditor where name = 'Sqlmap AS'")[0][0]
    account_id = app.psql("select id from staff_account where username = 'sqlmap.support'")[0][0]
    letter_id = letters["letters"][0]["id"]

    def cookie(session):
        return f"Cookie: minside_session={session}"

    def with_csrf(target):
        """The target with the CSRF token of its form's page in the body and the token's cookie in the header."""
        name, method, path, body, header, page_path, params = target
        if page_path == "-":
            return name, method, path, body, header, params
        cookies = {}
        if header.startswith("Cookie: "):
            cookies.update(dict(pair.split("=", 1) for pair in header[len("Cookie: "):].split("; ")))
        page = app.call("GET", page_path, headers={"Cookie": app.cookie_header(cookies)} if cookies else {})
        if page.status != 200:
            raise SystemExit(f"the form page of {name}: {page.status}")
        cookies.update(page.cookies)
        return (name, method, path, body + "&" + urllib.parse.urlencode({"csrf-token": app.csrf(page.body)}),
                "Cookie: " + app.cookie_header(cookies), params)

    def encoded(fields):
        return urllib.parse.urlencode(fields)

    support, officer, admin = staff["support"], staff["officer"], staff["admin"]
    objection_page = f"/staff/objections/{objection_id}"
    plan_page = f"/staff/plans/{plan_id}"
    creditor_page = f"/staff/admin/creditors/{creditor_id}"
    api = f"X-Api-Key: {app.API_KEY}"
    targets = [
        ("PIN login", "POST", "/login", encoded({"caseNumber": number, "pin": "12345678"}), "-", "/login", "-"),
        ("staff login", "POST", "/staff/login", encoded({"username": "sqlmap.support", "password": "x"}), "-",
         "/staff/login", "username,password"),
        ("overview path", "GET", f"/cases/{number}*", "-", cookie(debtor), "-", "-"),
        ("plan page query", "GET", f"/cases/{number}/plan?evaluation={evaluation}&months=3", "-", cookie(debtor),
         "-", "-"),
        ("plan proposal", "POST", f"/cases/{number}/plan", encoded({
            "months": "6", "monthlyAmount": "", "firstDueDate": DUE_TEXT, "netIncome": "15 000", "housing": "8000",
            "otherDebts": "0", "adults": "1", "children0to5": "0", "children6to10": "0", "children11to14": "0",
            "children15plus": "0"}), cookie(debtor), f"/cases/{number}/plan", "-"),
        ("plan acceptance", "POST", f"/cases/{number}/plan/accept", encoded({"evaluation": evaluation}),
         cookie(debtor), f"/cases/{number}/plan", "-"),
        ("profile", "POST", "/profile", encoded({"email": "sqlmap@example.no", "phone": "91234567",
                                                 "language": "nb"}), cookie(debtor), "/profile", "-"),
        ("staff search", "GET", "/staff/search?q=Bench", "-", cookie(support), "-", "-"),
        ("staff case path", "GET", f"/staff/cases/{number}*", "-", cookie(support), "-", "-"),
        ("objection decision", "POST", objection_page, encoded({
            "decision": "MORE_INFO", "reason": "Har du kvittering?", "version": "0"}), cookie(support),
         objection_page, "decision,reason,version"),
        ("plan decision", "POST", plan_page, encoded({
            "decision": "COUNTER_OFFER", "reason": "Ni måneder", "months": "9", "monthlyAmount": "",
            "firstDueDate": DUE_TEXT, "version": "0"}), cookie(officer), plan_page, "-"),
        ("audit filters", "GET", "/staff/admin/audit?actor=STAFF&staff=1&action=LOGIN&case=" + number
         + "&from=2026-01-01&to=2026-12-31&before=&after=", "-", cookie(admin), "-", "-"),
        ("rate preview", "POST", "/staff/admin/rates", encoded({
            "table": "INTEREST", "validFrom": "1.1.2031", "value": "13,00", "step": "preview", "reason": "Ny rente",
            "source": "Norges Bank"}), cookie(admin), "/staff/admin/rates", "-"),
        ("creditor policy", "POST", creditor_page, encoded({
            "step": "policy", "version": "0", "allocationOrder": "COSTS_INTEREST_PRINCIPAL", "minInstalment": "300",
            "autoApproveMax": "20000", "contactName": "Ola", "contactEmail": "ola@example.no",
            "contactPhone": "91234567"}), cookie(admin), creditor_page, "-"),
        ("API client", "POST", "/staff/admin/creditors", encoded({"step": "create-client", "name": "Kanal",
                                                                  "kind": "CHANNEL"}), cookie(admin),
         "/staff/admin/creditors", "step,name,kind"),
        ("new staff account", "POST", "/staff/admin/staff", encoded({
            "username": "sqlmap.new", "displayName": "Ny", "role": "support"}), cookie(admin), "/staff/admin/staff",
         "-"),
        ("staff account change", "POST", f"/staff/admin/staff/{account_id}", encoded({
            "change": "role", "role": "officer"}), cookie(admin), f"/staff/admin/staff/{account_id}", "-"),
        ("intake API", "POST", "/api/v1/cases", json.dumps({
            "creditorReference": "sqlmap-1", "debtor": {
                "kind": "CONSUMER", "nationalId": app.national_id(3), "name": "Kari Nordmann",
                "address": {"street": "Gate 1", "postalCode": "0150", "city": "Oslo"}, "email": "k@example.no"},
            "claims": [{"invoiceNumber": "1", "description": "Strøm", "principal": "990.00",
                        "dueDate": "2025-01-15"}]}), api, "-", "-"),
        ("payment API", "POST", f"/api/v1/cases/{number}/payments", json.dumps({
            "paymentId": "sqlmap-p1", "amount": "10.00", "paidOn": "2025-02-01", "kid": planned["kid"]}), api, "-",
         "-"),
        ("case API path", "GET", f"/api/v1/cases/{number}*", "-", api, "-", "-"),
        ("API key header", "GET", f"/api/v1/cases/{number}", "-", f"X-Api-Key: {app.API_KEY}*", "-", "-"),
        ("plan-evaluation API", "POST", "/api/v1/plan-evaluations", json.dumps({
            "caseNumber": number, "proposal": {"months": 3, "firstDueDate": FIRST_DUE.isoformat()}}),
         f"X-Api-Key: {app.CHANNEL_KEY}", "-", "-"),
        ("letters API", "GET", "/api/v1/letters?after=0&limit=10", "-", f"X-Api-Key: {app.PRINT_KEY}", "-", "-"),
        ("letter printed path", "POST", f"/api/v1/letters/{letter_id}*/printed", "{}",
         f"X-Api-Key: {app.PRINT_KEY}", "-", "-"),
    ]
    with open(OUT_FILE, "w") as f:
        for target in targets:
            f.write("\t".join(with_csrf(target)) + "\n")
    app.log(f"{len(targets)} targets in {OUT_FILE}")


main()
