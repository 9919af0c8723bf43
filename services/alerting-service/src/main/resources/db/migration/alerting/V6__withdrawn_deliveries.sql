-- A notification of an obligation published or cancelled before it went out (held to office
-- hours, or retrying) is withdrawn, not sent: it would tell an officer to chase a finished item.
alter table delivery drop constraint delivery_state_check;
alter table delivery add constraint delivery_state_check
    check (state in ('PENDING', 'SENT', 'GAVE_UP', 'WITHDRAWN'));
