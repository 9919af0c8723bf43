-- One database role per Shixian service, each the owner of its own schema and of nothing else
-- (docs/design.md: each service owns its schema; nothing reads another service's tables).
--
--   shixian_deadline  owns schema deadline   (the deadline-service)
--   shixian_alerting  owns schema alerting   (the alerting-service)
--
-- Run it once, as a superuser (or a role with CREATEROLE that may create schemas), in the database the
-- services use, before they first start; it can be run again. Then give each role its password and
-- point each service at its role (infra/README.md, "Database roles"):
--
--   psql -v ON_ERROR_STOP=1 -d shixian -f infra/postgres/roles.sql
--   psql -d shixian -c "ALTER ROLE shixian_deadline PASSWORD '...'" -c "ALTER ROLE shixian_alerting PASSWORD '...'"
--
-- Each service's Flyway migrates its schema as its role, so every table, sequence and index it makes
-- belongs to that role. Neither role has any privilege on the other's schema, nor may create anything
-- in schema public or create schemas of its own. Checked by DatabaseRolesTest (services/standalone).

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'shixian_deadline') THEN
        CREATE ROLE shixian_deadline LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'shixian_alerting') THEN
        CREATE ROLE shixian_alerting LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
    END IF;
END
$$;

CREATE SCHEMA IF NOT EXISTS deadline AUTHORIZATION shixian_deadline;
CREATE SCHEMA IF NOT EXISTS alerting AUTHORIZATION shixian_alerting;
-- a schema made earlier by someone else (a database migrated as one shared user) changes hands too;
-- the tables in it do not: see infra/README.md for REASSIGN OWNED
ALTER SCHEMA deadline OWNER TO shixian_deadline;
ALTER SCHEMA alerting OWNER TO shixian_alerting;

-- nobody but the owner: no usage of a service's schema for PUBLIC (the default, made explicit)
REVOKE ALL ON SCHEMA deadline FROM PUBLIC;
REVOKE ALL ON SCHEMA alerting FROM PUBLIC;
-- PostgreSQL 15 and later already keep PUBLIC from creating in schema public; older ones do not
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- connect, but create no schema of their own and no temporary tables
DO $$
BEGIN
    EXECUTE format('REVOKE CREATE, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO shixian_deadline, shixian_alerting', current_database());
END
$$;
