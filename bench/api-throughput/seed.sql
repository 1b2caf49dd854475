-- Seeds the bench database (fresh, migrated by the service) with :files files of one org, and
-- 200 more orgs with one pro user, one token and one file each. Tokens are derived from the user
-- id (bench only): token(u) = first 40 hex digits of md5('t'||u) || md5('u'||u).
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO orgs (id, name) SELECT o, 'Bench org ' || o FROM generate_series(1, 201) o;
SELECT setval(pg_get_serial_sequence('orgs', 'id'), 201);
-- user 1: the org-wide pro user of org 1; users 2-11: pro members of org 1 reading their own files
-- and assigned projects; users 12-211: the pro users of orgs 2-201
INSERT INTO users (id, email, email_folded, password_hash, machine)
    SELECT u, 'bench' || u || '@example.com', 'bench' || u || '@example.com', NULL, FALSE FROM generate_series(1, 211) u;
SELECT setval(pg_get_serial_sequence('users', 'id'), 211);
INSERT INTO memberships (org_id, user_id, member_role, files_org_wide, projects_export, project_scope, access_level)
    SELECT CASE WHEN u <= 11 THEN 1 ELSE u - 10 END, u, 'PRO', u = 1 OR u > 11, TRUE,
           CASE WHEN u = 1 OR u > 11 THEN 'ALL' ELSE 'ASSIGNED' END, 'EDIT'
      FROM generate_series(1, 211) u;
INSERT INTO projects (id, org_id, title) SELECT p, 1, 'Project ' || p FROM generate_series(1, 200) p;
SELECT setval(pg_get_serial_sequence('projects', 'id'), 200);
INSERT INTO project_assignments (project_id, user_id, access_level)
    SELECT p, 2 + p % 10, 'VIEW' FROM generate_series(1, 200) p;
INSERT INTO api_tokens (sha256, user_id, created_at, expires_at, revoked_at)
    SELECT encode(sha256(convert_to(substr(md5('t' || u) || md5('u' || u), 1, 40), 'UTF8')), 'hex'), u, now(), NULL, NULL
      FROM generate_series(1, 211) u;

INSERT INTO private_files (id, org_id, project_id, user_id, document_template_id, title, storage_key, filesize,
        file_hash, system_uuid, input_data, input_data_hash, status, status_message, show_customer, temporary,
        upload_id, completed_on, created_date, modified_date, export_tagged)
SELECT g, 1,
       CASE WHEN r1 < 0.6 THEN 1 + g % 200 END,
       CASE WHEN r2 < 0.8 THEN 1 ELSE 2 + g % 10 END,
       NULL,
       (ARRAY['site_model', 'roof_plan', 'single_line', 'bill_calc', 'design_backup', 'site_photo', 'utility_bill',
              'sales_proposal', 'system_contract', 'inverter_location', 'horizon_shading', 'interval_data'])[1 + g % 12]
           || '_' || g || '.' || (ARRAY['pdf', 'png', 'jpg', 'dxf', 'json', 'csv', 'zip'])[1 + (g / 12) % 7],
       'bench/' || g, 1000 + (g::bigint * 7919) % 10000000, md5(g::text),
       CASE WHEN r3 < 0.3 THEN md5('uuid' || g)::uuid::text END,
       CASE WHEN r4 < 0.2 THEN '{"design":' || g || '}' END,
       CASE WHEN r4 < 0.2 THEN md5('{"design":' || g || '}') END,
       CASE WHEN r5 < 0.7 THEN 'created' WHEN r5 < 0.8 THEN 'processing' WHEN r5 < 0.9 THEN 'failed' END,
       NULL, FALSE, FALSE, NULL, NULL, ts, ts, FALSE
  FROM (SELECT g, random() r1, random() r2, random() r3, random() r4, random() r5,
               now() - random() * INTERVAL '730 days' ts
          FROM generate_series(1, :files) g) s;
-- 0-3 tags per file from the 52 standard tags without an export flag (tag 33 is the export tag)
INSERT INTO private_file_tags (file_id, tag_id)
SELECT DISTINCT g, CASE WHEN t = 33 THEN 34 ELSE t END
  FROM generate_series(1, :files) g
 CROSS JOIN LATERAL (SELECT 1 + ((g::bigint * 2654435761 + k * 40503) % 53)::int AS t
                       FROM generate_series(1, ((g::bigint * 2246822519) % 4)::int) k) tags;
-- one file per other org, id :files + org
INSERT INTO private_files (id, org_id, project_id, user_id, title, storage_key, filesize, file_hash, status,
        show_customer, temporary, created_date, modified_date, export_tagged)
SELECT :files + o, o, NULL, o + 10, 'site_model_' || o || '.pdf', 'bench/o' || o, 1234, md5(o::text), 'created',
       FALSE, FALSE, now(), now(), FALSE
  FROM generate_series(2, 201) o;
SELECT setval('private_file_ids', :files + 201);
DELETE FROM org_file_counts;
INSERT INTO org_file_counts (org_id, files) SELECT org_id, COUNT(*) FROM private_files GROUP BY org_id;
COMMIT;
-- set the hint bits and the visibility map now, not during the first measured requests
VACUUM ANALYZE;
