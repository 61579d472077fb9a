-- Makes one day's worth of generated cases due today, for stage-job.sh to measure a pass that writes: every open
-- case whose next step (payment demand on day 15, lett salær on day 30, tungt on day 58, legal step on day 73) falls
-- due tomorrow is moved one day back, with its recorded fees. Run it on generated data (generate.sh) once per
-- measurement; afterwards the stage job records those steps today.
\set ON_ERROR_STOP on
create temp table shifted as
select id from collection_case
where stage not in ('PAID', 'CANCELLED') and current_date - collection_notice_sent_on in (14, 29, 57, 72);
update collection_case c set collection_notice_sent_on = collection_notice_sent_on - 1,
       collection_notice_deadline = collection_notice_deadline - 1,
       payment_demand_sent_on = payment_demand_sent_on - 1, payment_demand_deadline = payment_demand_deadline - 1
from shifted s where s.id = c.id;
update cost_line l set incurred_on = incurred_on - 1 from shifted s where s.id = l.case_id and l.type <> 'PLAN_SURCHARGE';
update case_event e set occurred_on = occurred_on - 1
from shifted s where s.id = e.case_id and e.type in ('CASE_OPENED', 'COLLECTION_NOTICE_SENT', 'PAYMENT_DEMAND_SENT');
select count(*) as cases_due_today from shifted;
