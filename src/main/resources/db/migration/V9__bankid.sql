-- BankID login (issue 10). A session started by a BankID login remembers where the person logs out at the provider
-- (RP-initiated logout: the provider's end_session_endpoint with client_id and post_logout_redirect_uri), so logging
-- out of Min side also ends the BankID session there. Null for PIN and staff sessions, and for a provider that has no
-- end_session_endpoint. The URL carries no personal data: no national id, no token.
alter table web_session add column provider_logout_url varchar(2000);
alter table web_session add constraint web_session_provider_logout check (
    provider_logout_url is null or (kind = 'DEBTOR' and case_id is null));
