// Contract tests of pass-portal: every answer, errors included, is validated against
// docs/api/openapi.yaml; the OAuth flow, roles, mutations, the change feed and faults.
// usage: node tst_contract.js PASS_PORTAL_BINARY SOURCE_DIR
'use strict';
const path = require('node:path');
const crypto = require('node:crypto');
const { Portal, Contract, pkce } = require('./portalharness');

const [binary, sourceDir] = process.argv.slice(2);
const modules = path.join(sourceDir, 'tools/contract/node_modules');
const contract = new Contract(path.join(sourceDir, 'docs/api/openapi.yaml'), modules);
const portal = new Portal(binary);
const uuid = () => crypto.randomUUID();
let failures = 0;
let checks = 0;

function expect(name, condition, detail) {
  checks++;
  if (!condition) {
    failures++;
    console.log(`FAIL ${name}${detail ? ': ' + JSON.stringify(detail).slice(0, 600) : ''}`);
  }
}

async function call(method, urlPath, { token, body, form, headers = {}, raw } = {}) {
  const h = { ...headers };
  if (token) h.Authorization = 'Bearer ' + token;
  if (urlPath.startsWith('/api/v1/_test/') && !('X-Pass-Test-Secret' in h)) h['X-Pass-Test-Secret'] = portal.testSecret;
  let payload;
  if (form) { h['Content-Type'] = 'application/x-www-form-urlencoded'; payload = new URLSearchParams(form).toString(); }
  else if (raw !== undefined) { h['Content-Type'] = h['Content-Type'] || 'application/json'; payload = raw; }
  else if (body !== undefined) { h['Content-Type'] = 'application/json'; payload = JSON.stringify(body); }
  const res = await fetch(portal.url + urlPath, { method, headers: h, body: payload, redirect: 'manual' });
  const ct = res.headers.get('content-type') || '';
  const text = await res.text();
  let data = text;
  if (ct.includes('json') && text) data = JSON.parse(text);
  const errors = contract.check(method.toLowerCase(), urlPath.split('?')[0], res.status, ct, data);
  expect(`${method} ${urlPath.split('?')[0]} ${res.status} matches the contract`, errors.length === 0, errors);
  return { status: res.status, headers: res.headers, data };
}

async function login(user) {
  const { verifier, challenge } = pkce();
  const redirect = 'http://127.0.0.1:45678/callback';
  const params = { response_type: 'code', client_id: 'pass-desktop', redirect_uri: redirect,
                   code_challenge: challenge, code_challenge_method: 'S256', state: 'st-' + user };
  const res = await call('POST', '/oauth/authorize', { form: { ...params, username: user, password: 'password-' + user } });
  const location = new URL(res.headers.get('location'));
  return { code: location.searchParams.get('code'), verifier, redirect, state: location.searchParams.get('state') };
}

async function exchange(code, verifier, redirect) {
  return call('POST', '/oauth/token', { form: { grant_type: 'authorization_code', client_id: 'pass-desktop',
                                                code, code_verifier: verifier, redirect_uri: redirect } });
}

async function tokenFor(user) {
  const l = await login(user);
  return (await exchange(l.code, l.verifier, l.redirect)).data.access_token;
}

async function mutate(token, mutations) {
  const errors = contract.checkRequest('MutationBatch', { mutations });
  return { ...(await call('POST', '/api/v1/sync/mutations', { token, body: { mutations } })), requestErrors: errors };
}

function caseFile(istat, protocol, extra = {}) {
  return { authority_istat: istat, procedure_code: 'PDC', protocol_number: protocol, start_date: '2024-02-01', ...extra };
}

async function oauthFlow() {
  const meta = await call('GET', '/.well-known/oauth-authorization-server');
  expect('metadata names S256', meta.data.code_challenge_methods_supported.includes('S256'));
  const { verifier, challenge } = pkce();
  const redirect = 'http://127.0.0.1:51234/cb';
  const q = new URLSearchParams({ response_type: 'code', client_id: 'pass-desktop', redirect_uri: redirect,
                                  code_challenge: challenge, code_challenge_method: 'S256', state: 'xyz' });
  const form = await call('GET', '/oauth/authorize?' + q);
  expect('login form has username and password', form.status === 200 && /name="username"/.test(form.data) && /name="password"/.test(form.data));
  const bad = await call('GET', '/oauth/authorize?' + new URLSearchParams({ ...Object.fromEntries(q), redirect_uri: 'https://evil.example/cb' }));
  expect('non-loopback redirect refused without redirecting', bad.status === 400);
  const noPkce = await call('GET', '/oauth/authorize?' + new URLSearchParams({ response_type: 'code', client_id: 'pass-desktop', redirect_uri: redirect }));
  expect('missing PKCE sends invalid_request back', noPkce.status === 302 && noPkce.headers.get('location').includes('error=invalid_request'));
  const wrongPw = await call('POST', '/oauth/authorize', { form: { ...Object.fromEntries(q), username: 'anna', password: 'nope' } });
  expect('wrong password shows the form again', wrongPw.status === 200 && /errati/.test(wrongPw.data));
  const ok = await call('POST', '/oauth/authorize', { form: { ...Object.fromEntries(q), username: 'anna', password: 'password-anna' } });
  const loc = new URL(ok.headers.get('location'));
  expect('login redirects to the loopback URI with code and state', ok.status === 302 && loc.port === '51234' && loc.searchParams.get('state') === 'xyz' && loc.searchParams.get('code'));
  const code = loc.searchParams.get('code');
  const wrong = await exchange(code, pkce().verifier, redirect);
  expect('wrong verifier refused', wrong.status === 400 && wrong.data.error === 'invalid_grant');
  const l2 = await login('anna');
  const t = await exchange(l2.code, l2.verifier, l2.redirect);
  expect('code + verifier give tokens', t.status === 200 && t.data.token_type === 'Bearer' && t.headers.get('cache-control') === 'no-store');
  const me = await call('GET', '/api/v1/me', { token: t.data.access_token });
  expect('access token works', me.status === 200 && me.data.username === 'anna');
  const reuse = await exchange(l2.code, l2.verifier, l2.redirect);
  expect('reused code refused', reuse.status === 400 && reuse.data.error === 'invalid_grant');
  expect('reused code revokes its tokens', (await call('GET', '/api/v1/me', { token: t.data.access_token })).status === 401);
  const l3 = await login('anna');
  const t3 = await exchange(l3.code, l3.verifier, l3.redirect);
  const r1 = await call('POST', '/oauth/token', { form: { grant_type: 'refresh_token', client_id: 'pass-desktop', refresh_token: t3.data.refresh_token } });
  expect('refresh gives a new pair', r1.status === 200 && r1.data.refresh_token !== t3.data.refresh_token);
  // Presented again within the grace window with its successor never used (the answer was lost):
  // a new pair, and the lost one is revoked.
  const rLost = await call('POST', '/oauth/token', { form: { grant_type: 'refresh_token', client_id: 'pass-desktop', refresh_token: t3.data.refresh_token } });
  expect('a lost refresh answer is harmless', rLost.status === 200 && rLost.data.refresh_token !== r1.data.refresh_token, rLost.data);
  expect('the lost pair is revoked', (await call('GET', '/api/v1/me', { token: r1.data.access_token })).status === 401);
  const rUsed = await call('POST', '/oauth/token', { form: { grant_type: 'refresh_token', client_id: 'pass-desktop', refresh_token: rLost.data.refresh_token } });
  expect('the new pair rotates', rUsed.status === 200);
  const rNext = await call('POST', '/oauth/token', { form: { grant_type: 'refresh_token', client_id: 'pass-desktop', refresh_token: rUsed.data.refresh_token } });
  expect('and rotates again', rNext.status === 200);
  const rOld = await call('POST', '/oauth/token', { form: { grant_type: 'refresh_token', client_id: 'pass-desktop', refresh_token: rLost.data.refresh_token } });
  expect('rotated refresh token refused once its successor was used', rOld.status === 400);
  const rNew = await call('POST', '/oauth/token', { form: { grant_type: 'refresh_token', client_id: 'pass-desktop', refresh_token: rNext.data.refresh_token } });
  expect('reuse of a rotated token revokes the family', rNew.status === 400);
  const l4 = await login('anna');
  const t4 = await exchange(l4.code, l4.verifier, l4.redirect);
  const rev = await call('POST', '/oauth/revoke', { form: { token: t4.data.refresh_token } });
  expect('revoke answers 200', rev.status === 200);
  const afterRevoke = await call('POST', '/oauth/token', { form: { grant_type: 'refresh_token', client_id: 'pass-desktop', refresh_token: t4.data.refresh_token } });
  expect('revoked refresh token refused', afterRevoke.status === 400);
  expect('revoking the refresh token revokes its access token', (await call('GET', '/api/v1/me', { token: t4.data.access_token })).status === 401);
  const badGrant = await call('POST', '/oauth/token', { form: { grant_type: 'password', client_id: 'pass-desktop' } });
  expect('unsupported grant', badGrant.status === 400 && badGrant.data.error === 'unsupported_grant_type');
  expect('revoke without token is invalid_request', (await call('POST', '/oauth/revoke', { form: {} })).status === 400);
  const l5 = await login('anna');
  const t5 = await exchange(l5.code, l5.verifier, l5.redirect);
  await call('POST', '/api/v1/_test/clock', { body: { advance_seconds: 601 } });
  const expired = await call('GET', '/api/v1/me', { token: t5.data.access_token });
  expect('expired access token refused', expired.status === 401 && expired.headers.get('www-authenticate').includes('invalid_token'));
  const refreshed = await call('POST', '/oauth/token', { form: { grant_type: 'refresh_token', client_id: 'pass-desktop', refresh_token: t5.data.refresh_token } });
  expect('refresh after expiry works', refreshed.status === 200);
  const l6 = await login('anna');
  await call('POST', '/api/v1/_test/clock', { body: { advance_seconds: 3600 } });
  expect('expired code refused', (await exchange(l6.code, l6.verifier, l6.redirect)).status === 400);
}

async function reference(token) {
  expect('no token → 401', (await call('GET', '/api/v1/me')).status === 401);
  expect('bad token → 401', (await call('GET', '/api/v1/me', { token: 'nope' })).status === 401);
  for (const p of ['/api/v1/authorities', '/api/v1/task-forces', '/api/v1/procedure-types']) {
    const first = await call('GET', p, { token });
    const etag = first.headers.get('etag');
    expect(`${p} has items and an ETag`, first.status === 200 && first.data.items.length > 0 && etag);
    const again = await call('GET', p, { token, headers: { 'If-None-Match': etag } });
    expect(`${p} answers 304 for its ETag`, again.status === 304);
  }
  const a = await call('GET', '/api/v1/authorities/019035', { token });
  expect('one authority', a.status === 200 && a.data.kind === 'comune');
  expect('unknown authority 404', (await call('GET', '/api/v1/authorities/999999', { token })).status === 404);
  const gz = await fetch(portal.url + '/api/v1/authorities', { headers: { Authorization: 'Bearer ' + token, 'Accept-Encoding': 'gzip' } });
  expect('gzip when accepted', gz.headers.get('content-encoding') === 'gzip');
  await gz.arrayBuffer();
}

async function mutations(tokens) {
  const id = uuid();
  const create = await mutate(tokens.anna, [{ mutation_id: uuid(), entity: 'case_file', id, op: 'create', fields: caseFile('019035', 'M-1') }]);
  expect('create applied', create.data.results[0].status === 'applied' && create.data.results[0].version === 1, create.data);
  expect('request matches the contract', create.requestErrors.length === 0, create.requestErrors);
  const mid = uuid();
  const upd = { mutation_id: mid, entity: 'case_file', id, op: 'update', base_version: 1, fields: { notes: 'first' } };
  const u1 = await mutate(tokens.anna, [upd]);
  expect('update applied → version 2', u1.data.results[0].status === 'applied' && u1.data.results[0].version === 2);
  const replay = await mutate(tokens.anna, [{ ...upd, fields: { notes: 'changed in replay' } }]);
  expect('replay returns the first result', JSON.stringify(replay.data.results[0]) === JSON.stringify(u1.data.results[0]));
  const afterReplay = await call('GET', '/api/v1/case-files/' + id, { token: tokens.anna });
  expect('replay changed nothing', afterReplay.data.version === 2 && afterReplay.data.notes === 'first');
  const disjoint = await mutate(tokens.anna, [{ mutation_id: uuid(), entity: 'case_file', id, op: 'update', base_version: 1, fields: { responsible: 'Ing. Rossi' } }]);
  expect('stale base, other fields → applied', disjoint.data.results[0].status === 'applied' && disjoint.data.results[0].version === 3);
  const clash = await mutate(tokens.anna, [{ mutation_id: uuid(), entity: 'case_file', id, op: 'update', base_version: 1, fields: { notes: 'offline edit', services_conference: true } }]);
  const c = clash.data.results[0];
  expect('stale base, same field → conflict', c.status === 'conflict' && c.version === 3 && JSON.stringify(c.conflicting_fields) === '["notes"]' && c.fields.notes === 'first', c);
  const bad = await mutate(tokens.anna, [
    { mutation_id: uuid(), entity: 'case_file', id: uuid(), op: 'create', fields: { ...caseFile('019035', 'M-2'), colour: 'red' } },
    { mutation_id: uuid(), entity: 'case_file', id: uuid(), op: 'create', fields: caseFile('019035', 'M-3', { start_date: '2024-02-30' }) },
    { mutation_id: uuid(), entity: 'case_file', id: uuid(), op: 'create', fields: caseFile('019035', 'M-1') },
    { mutation_id: uuid(), entity: 'case_file', id: uuid(), op: 'create', fields: caseFile('019035', 'M-4', { end_date: '2024-01-01', outcome: 'express' }) },
  ]);
  const r = bad.data.results;
  expect('unknown field rejected and named', r[0].status === 'rejected' && r[0].problem.field === 'mutations[0].fields.colour', r[0]);
  expect('bad date rejected and named', r[1].status === 'rejected' && r[1].problem.field === 'mutations[1].fields.start_date', r[1]);
  expect('duplicate protocol rejected', r[2].status === 'rejected' && r[2].problem.status === 409, r[2]);
  expect('end before start rejected', r[3].status === 'rejected' && r[3].problem.field === 'mutations[3].fields.end_date', r[3]);
  const seqBefore = (await call('GET', '/api/v1/case-files?limit=1000', { token: tokens.anna })).data.items.length;
  expect('malformed JSON → 400', (await call('POST', '/api/v1/sync/mutations', { token: tokens.anna, raw: '{"mutations":[' })).status === 400);
  const unknownTop = await call('POST', '/api/v1/sync/mutations', { token: tokens.anna, body: { mutations: [], extra: 1 } });
  expect('unknown top-level field → 400 naming it', unknownTop.status === 400 && unknownTop.data.field === 'extra');
  const unknownInner = await call('POST', '/api/v1/sync/mutations', { token: tokens.anna, body: { mutations: [{ mutation_id: uuid(), entity: 'case_file', id: uuid(), op: 'create', fields: caseFile('019035', 'X-1'), when: 1 }] } });
  expect('unknown mutation field → 400 naming it', unknownInner.status === 400 && unknownInner.data.field === 'mutations[0].when');
  // An oversized body: 413 before it is read (see limits()).
  const seqAfter = (await call('GET', '/api/v1/case-files?limit=1000', { token: tokens.anna })).data.items.length;
  expect('nothing written on rejected requests', seqBefore === seqAfter);
  const del = await mutate(tokens.anna, [{ mutation_id: uuid(), entity: 'case_file', id, op: 'delete', base_version: 2 }]);
  expect('delete on stale base → conflict', del.data.results[0].status === 'conflict');
  const del2 = await mutate(tokens.anna, [{ mutation_id: uuid(), entity: 'case_file', id, op: 'delete', base_version: 3 }]);
  expect('delete applied', del2.data.results[0].status === 'applied' && del2.data.results[0].version === 4);
  const editDeleted = await mutate(tokens.anna, [{ mutation_id: uuid(), entity: 'case_file', id, op: 'update', base_version: 3, fields: { notes: 'late' } }]);
  expect('edit against a deletion → conflict deleted', editDeleted.data.results[0].status === 'conflict' && editDeleted.data.results[0].deleted === true);
}

async function roles(tokens) {
  const cf = uuid(), req = uuid(), visit = uuid(), msg = uuid();
  await mutate(tokens.anna, [
    { mutation_id: uuid(), entity: 'case_file', id: cf, op: 'create', fields: caseFile('019035', 'R-1') },
    { mutation_id: uuid(), entity: 'support_request', id: req, op: 'create', fields: { authority_istat: '019035', task_force_code: 'EDILIZIA_URBANISTICA', procedure_codes: ['PDC'], kind: 'technical', subject: 'Arretrato PdC', status: 'submitted' } },
  ]);
  const accept = await mutate(tokens.coord, [{ mutation_id: uuid(), entity: 'support_request', id: req, op: 'update', base_version: 1, fields: { status: 'accepted' } }]);
  expect('coordinator accepts', accept.data.results[0].status === 'applied', accept.data);
  const assign = await mutate(tokens.coord, [{ mutation_id: uuid(), entity: 'support_request', id: req, op: 'update', base_version: 2, fields: { status: 'assigned', assigned_experts: ['marco'] } }]);
  expect('coordinator assigns experts', assign.data.results[0].status === 'applied', assign.data);
  const moved = await call('GET', '/api/v1/support-requests/' + req, { token: tokens.anna });
  expect('each status change is in the history with who made it', moved.status === 200
    && moved.data.status_history.map((h) => `${h.status}:${h.by}`).join() === 'submitted:anna,accepted:coord,assigned:coord', moved.data);
  const v = await mutate(tokens.marco, [{ mutation_id: uuid(), entity: 'visit', id: visit, op: 'create', fields: { request_id: req, expert: 'marco', date: '2024-03-01', hours: 3.5, mode: 'onsite' } }]);
  expect('assigned expert logs a visit', v.data.results[0].status === 'applied', v.data);
  const m = await mutate(tokens.anna, [{ mutation_id: uuid(), entity: 'request_message', id: msg, op: 'create', fields: { request_id: req, body: 'Grazie' } }]);
  expect('authority writes a message', m.data.results[0].status === 'applied', m.data);
  const msgs = await call('GET', `/api/v1/support-requests/${req}/messages`, { token: tokens.marco });
  expect('expert reads the messages', msgs.status === 200 && msgs.data.items[0].author === 'anna');

  const reads = [['/api/v1/case-files/' + cf], ['/api/v1/support-requests/' + req], ['/api/v1/visits/' + visit], [`/api/v1/support-requests/${req}/messages`]];
  const canRead = { anna: true, bruno: false, marco: true, eve: false, coord: true };
  for (const [user, allowed] of Object.entries(canRead)) {
    for (const [p] of reads) {
      const res = await call('GET', p, { token: tokens[user] });
      expect(`${user} GET ${p.split('/')[3]} → ${allowed ? 200 : 404}`, res.status === (allowed ? 200 : 404), res.status);
    }
    const list = await call('GET', '/api/v1/case-files?limit=1000', { token: tokens[user] });
    expect(`${user} list sees the case file: ${allowed}`, list.data.items.some((i) => i.id === cf) === allowed);
    const requests = await call('GET', '/api/v1/support-requests?limit=1000', { token: tokens[user] });
    expect(`${user} request list sees the request: ${allowed}`, requests.status === 200 && requests.data.items.some((i) => i.id === req) === allowed);
    const visits = await call('GET', '/api/v1/visits?limit=1000', { token: tokens[user] });
    expect(`${user} visit list sees the visit: ${allowed}`, visits.status === 200 && visits.data.items.some((i) => i.id === visit) === allowed);
  }
  // Writes: [user, mutation, expected status]
  const writes = [
    ['bruno', { entity: 'case_file', id: cf, op: 'update', base_version: 1, fields: { notes: 'x' } }, 'rejected', 404],
    ['eve', { entity: 'case_file', id: cf, op: 'update', base_version: 1, fields: { notes: 'x' } }, 'rejected', 404],
    ['marco', { entity: 'case_file', id: cf, op: 'update', base_version: 1, fields: { notes: 'x' } }, 'rejected', 403],
    ['coord', { entity: 'case_file', id: cf, op: 'update', base_version: 1, fields: { notes: 'x' } }, 'rejected', 403],
    ['bruno', { entity: 'case_file', id: uuid(), op: 'create', fields: caseFile('019035', 'B-1') }, 'rejected', 403],
    ['marco', { entity: 'case_file', id: uuid(), op: 'create', fields: caseFile('019035', 'K-1') }, 'rejected', 403],
    ['coord', { entity: 'case_file', id: uuid(), op: 'create', fields: caseFile('019035', 'C-1') }, 'rejected', 403],
    ['anna', { entity: 'case_file', id: uuid(), op: 'create', fields: caseFile('019036', 'A-1') }, 'rejected', 403],
    ['anna', { entity: 'visit', id: uuid(), op: 'create', fields: { request_id: req, expert: 'marco', date: '2024-03-01', hours: 1, mode: 'remote' } }, 'rejected', 403],
    ['anna', { entity: 'support_request', id: req, op: 'update', base_version: 3, fields: { assigned_experts: [] } }, 'rejected', 403, 'assign.who'],
    ['coord', { entity: 'support_request', id: req, op: 'update', base_version: 3, fields: { subject: 'x' } }, 'rejected', 403, 'edit.who'],
    ['anna', { entity: 'support_request', id: req, op: 'update', base_version: 3, fields: { status: 'completed', closing_summary: 'fatto' } }, 'rejected', 403, 'complete.who'],
    ['marco', { entity: 'support_request', id: req, op: 'update', base_version: 3, fields: { status: 'accepted' } }, 'rejected', 403, 'accept.who'],
    ['coord', { entity: 'support_request', id: req, op: 'update', base_version: 3, fields: { status_history: [] } }, 'rejected', 400],
    ['eve', { entity: 'visit', id: uuid(), op: 'create', fields: { request_id: req, expert: 'eve', date: '2024-03-01', hours: 1, mode: 'remote' } }, 'rejected', 404],
    ['bruno', { entity: 'request_message', id: uuid(), op: 'create', fields: { request_id: req, body: 'hi' } }, 'rejected', 404],
    ['marco', { entity: 'request_message', id: msg, op: 'update', base_version: 1, fields: { body: 'edited' } }, 'rejected', 403],
    ['marco', { entity: 'visit', id: uuid(), op: 'create', fields: { request_id: req, expert: 'eve', date: '2024-03-01', hours: 1, mode: 'remote' } }, 'rejected', 403],
    ['marco', { entity: 'support_request', id: req, op: 'update', base_version: 3, fields: { status: 'completed', closing_summary: 'x' } }, 'rejected', 409, 'complete.status'],
    ['marco', { entity: 'support_request', id: req, op: 'update', base_version: 3, fields: { status: 'in_progress' } }, 'applied', 0],
    ['marco', { entity: 'support_request', id: req, op: 'update', base_version: 4, fields: { status: 'completed' } }, 'rejected', 422, 'complete.summary'],
    ['marco', { entity: 'visit', id: visit, op: 'update', base_version: 1, fields: { hours: 4 } }, 'applied', 0],
    ['marco', { entity: 'visit', id: visit, op: 'update', base_version: 2, fields: { confirmation: 'confirmed' } }, 'rejected', 403, 'confirm_visit.who'],
    ['anna', { entity: 'visit', id: visit, op: 'update', base_version: 2, fields: { confirmation: 'disputed' } }, 'rejected', 422, 'dispute_visit.note'],
    ['anna', { entity: 'visit', id: visit, op: 'update', base_version: 2, fields: { confirmation: 'confirmed' } }, 'applied', 0],
    ['marco', { entity: 'visit', id: visit, op: 'update', base_version: 3, fields: { hours: 5 } }, 'rejected', 409, 'log_visit.confirmed'],
    ['coord', { entity: 'request_message', id: uuid(), op: 'create', fields: { request_id: req, body: 'Visto' } }, 'applied', 0],
  ];
  for (const [user, mut, status, problemStatus, rule] of writes) {
    const res = await mutate(tokens[user], [{ mutation_id: uuid(), ...mut }]);
    const r0 = res.data.results[0];
    expect(`${user} ${mut.op} ${mut.entity} ${Object.keys(mut.fields || {}).join(',')} → ${status} ${problemStatus || ''} ${rule || ''}`,
      r0.status === status && (!problemStatus || r0.problem.status === problemStatus) && (!rule || r0.problem.rule === rule), r0);
  }
  // Assignments: only coordinators change them; removing an authority sends tombstones.
  expect('expert cannot reassign', (await call('PUT', '/api/v1/assignments/marco', { token: tokens.marco, body: { authorities: [] } })).status === 403);
  expect('authority cannot see assignments', (await call('GET', '/api/v1/assignments/marco', { token: tokens.anna })).status === 404);
  let cursor = '';
  for (;;) {
    const page = await call('GET', '/api/v1/sync/changes?limit=100' + (cursor ? '&cursor=' + cursor : ''), { token: tokens.marco });
    cursor = page.data.next_cursor;
    if (!page.data.has_more) break;
  }
  const put = await call('PUT', '/api/v1/assignments/marco', { token: tokens.coord, body: { authorities: ['019036'] } });
  expect('coordinator reassigns', put.status === 200 && put.data.authorities.join() === '019036');
  const after = await call('GET', '/api/v1/sync/changes?limit=1000&cursor=' + cursor, { token: tokens.marco });
  const tomb = after.data.changes.filter((ch) => ch.op === 'delete').map((ch) => ch.id);
  expect('records leaving the scope arrive as tombstones', [cf, req, visit, msg].every((i) => tomb.includes(i)), after.data.changes.length);
  expect('expert loses read access', (await call('GET', '/api/v1/case-files/' + cf, { token: tokens.marco })).status === 404);
  await call('PUT', '/api/v1/assignments/marco', { token: tokens.coord, body: { authorities: ['019035', '019036'] } });
  const back = await call('GET', '/api/v1/sync/changes?limit=1000&cursor=' + after.data.next_cursor, { token: tokens.marco });
  expect('records entering the scope arrive as upserts', back.data.changes.some((ch) => ch.id === cf && ch.op === 'upsert'));
  const badPut = await call('PUT', '/api/v1/assignments/marco', { token: tokens.coord, body: { authorities: ['999999'] } });
  expect('unknown authority in assignment → 400', badPut.status === 400 && badPut.data.field === 'authorities[0]');
}

async function feedAndFaults(tokens) {
  const first = await call('GET', '/api/v1/sync/changes?limit=2', { token: tokens.anna });
  expect('feed page', first.status === 200 && first.data.changes.length === 2 && first.data.has_more);
  expect('bad limit → 400', (await call('GET', '/api/v1/sync/changes?limit=0', { token: tokens.anna })).status === 400);
  expect('garbage cursor → 410', (await call('GET', '/api/v1/sync/changes?cursor=abc', { token: tokens.anna })).status === 410);
  await call('POST', '/api/v1/_test/expire-cursors');
  const gone = await call('GET', '/api/v1/sync/changes?cursor=' + first.data.next_cursor, { token: tokens.anna });
  expect('expired cursor → 410 problem', gone.status === 410 && gone.headers.get('content-type') === 'application/problem+json');
  expect('no cursor after expiry works', (await call('GET', '/api/v1/sync/changes', { token: tokens.anna })).status === 200);
  for (const status of [429, 503]) {
    await call('POST', '/api/v1/_test/faults', { body: { status, count: 2, retry_after: 7 } });
    const a = await call('GET', '/api/v1/sync/changes', { token: tokens.anna });
    const b = await call('POST', '/api/v1/sync/mutations', { token: tokens.anna, body: { mutations: [{ mutation_id: uuid(), entity: 'case_file', id: uuid(), op: 'create', fields: caseFile('019035', 'F-' + status) }] } });
    const c = await call('GET', '/api/v1/sync/changes', { token: tokens.anna });
    expect(`fault ${status} with Retry-After`, a.status === status && b.status === status && a.headers.get('retry-after') === '7' && c.status === 200);
  }
  expect('bad fault settings → 400', (await call('POST', '/api/v1/_test/faults', { body: { status: 200, count: 1 } })).status === 400);
  expect('test endpoints need the secret', (await call('POST', '/api/v1/_test/expire-cursors', { headers: { 'X-Pass-Test-Secret': 'wrong' } })).status === 404);
  // A write that fails inside the server is a 5xx result, not remembered: the same mutation_id applies when sent again.
  expect('write failure armed', (await call('POST', '/api/v1/_test/write-failures', { body: { count: 1 } })).status === 200);
  const retried = { mutation_id: uuid(), entity: 'case_file', id: uuid(), op: 'create', fields: caseFile('019035', 'WF-1') };
  const failed = await mutate(tokens.anna, [retried]);
  expect('failed write → rejected 500', failed.status === 200 && failed.data.results[0].status === 'rejected' && failed.data.results[0].problem.status === 500);
  const again = await mutate(tokens.anna, [retried]);
  expect('the same mutation applies when sent again', again.status === 200 && again.data.results[0].status === 'applied');
}

// Abuse: bodies refused before they are read, batches that are not JSON, login floods.
async function limits(tokens) {
  const batch = JSON.stringify({ mutations: [{ mutation_id: uuid(), entity: 'case_file', id: uuid(), op: 'create', fields: caseFile('019035', 'CT-1') }] });
  const plain = await call('POST', '/api/v1/sync/mutations', { token: tokens.anna, headers: { 'Content-Type': 'text/plain' }, raw: batch });
  expect('a text/plain batch → 415, not applied', plain.status === 415);
  const huge = await rawRequest('POST /api/v1/sync/mutations HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ' + tokens.anna
    + '\r\nContent-Type: application/json\r\nContent-Length: 9000000000\r\n\r\n{');
  const [head, body] = huge.split('\r\n\r\n');
  const ct = (head.match(/content-type: *([^\r\n]+)/i) || [])[1] || '';
  const errors = contract.check('post', '/api/v1/sync/mutations', Number(head.split(' ')[1]), ct, body ? JSON.parse(body) : body);
  expect('a 9 GB body is refused with 413 before it is sent', head.startsWith('HTTP/1.1 413') && errors.length === 0, { head, errors });
  const params = { response_type: 'code', client_id: 'pass-desktop', redirect_uri: 'http://127.0.0.1:45678/cb',
                   code_challenge: pkce().challenge, code_challenge_method: 'S256', state: 's' };
  // The portal counts its password hashes (test mode): a failed login costs one, known user or not.
  const before = await call('GET', '/api/v1/_test/password-work');
  await call('POST', '/oauth/authorize', { form: { ...params, username: 'somebody-else', password: 'guess' } });
  const after = await call('GET', '/api/v1/_test/password-work');
  expect('a failed login of an unknown user costs one hash', before.status === 200 && after.status === 200
    && after.data.hashes - before.data.hashes === 1 && after.data.argon2_kib_passes > before.data.argon2_kib_passes,
    { before: before.data, after: after.data });
  let last;
  for (let i = 0; i < 6; i++)
    last = await call('POST', '/oauth/authorize', { form: { ...params, username: 'nobody', password: 'guess-' + i } });
  expect('the 6th failed login of an account → 429 with Retry-After', last.status === 429 && Number(last.headers.get('retry-after')) > 0);
}

// Request documents: content uploaded by hash (idempotent, checked), metadata as a mutation that
// names the hash, the content readable only by who can read the request, 25 MiB uploads.
async function documents(tokens) {
  const req = uuid();
  await mutate(tokens.anna, [{ mutation_id: uuid(), entity: 'support_request', id: req, op: 'create', fields: { authority_istat: '019035', task_force_code: 'EDILIZIA_URBANISTICA', kind: 'technical', subject: 'Con allegati', status: 'submitted' } }]);
  const pdf = Buffer.from('%PDF-1.4\n% verbale di sopralluogo\n%%EOF\n');
  const sha = crypto.createHash('sha256').update(pdf).digest('hex');
  const put = (token, hash, body) => call('PUT', '/api/v1/blobs/' + hash, { token, headers: { 'Content-Type': 'application/octet-stream' }, raw: body });
  const first = await put(tokens.anna, sha, pdf);
  expect('content uploaded → 201', first.status === 201 && first.data.sha256 === sha && first.data.size === pdf.length, first.data);
  expect('the same content again → 200, not stored twice', (await put(tokens.marco, sha, pdf)).status === 200);
  const wrong = await put(tokens.anna, '0'.repeat(64), pdf);
  expect('content under another hash → 422, nothing stored', wrong.status === 422 && wrong.data.type.endsWith('hash-mismatch'), wrong.data);
  expect('a hash that is not 64 hex digits → 400', (await put(tokens.anna, 'ABC', pdf)).status === 400);
  expect('an upload without a token → 401', (await put(undefined, sha, pdf)).status === 401);
  // 9 MiB: over the 8 MiB of other bodies, under the 25 MiB of a document.
  const big = crypto.randomBytes(9 * 1024 * 1024);
  const bigSha = crypto.createHash('sha256').update(big).digest('hex');
  expect('a 9 MiB content is taken', (await put(tokens.anna, bigSha, big)).status === 201);
  const huge = await rawRequest(`PUT /api/v1/blobs/${sha} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${tokens.anna}`
    + '\r\nContent-Type: application/octet-stream\r\nContent-Length: 26214401\r\n\r\n%PDF');
  const [head, body] = huge.split('\r\n\r\n');
  const ct = (head.match(/content-type: *([^\r\n]+)/i) || [])[1] || '';
  const errors = contract.check('put', '/api/v1/blobs/' + sha, Number(head.split(' ')[1]), ct, body ? JSON.parse(body) : body);
  expect('a content of 25 MiB + 1 byte → 413 before it is sent', head.startsWith('HTTP/1.1 413') && errors.length === 0, { head, errors });

  const doc = uuid();
  const fields = { request_id: req, file_name: 'Verbale.pdf', media_type: 'application/pdf', size: pdf.length, sha256: sha };
  const never = crypto.createHash('sha256').update('never uploaded').digest('hex');
  const r = (await mutate(tokens.anna, [
    { mutation_id: uuid(), entity: 'request_document', id: doc, op: 'create', fields },
    { mutation_id: uuid(), entity: 'request_document', id: uuid(), op: 'create', fields: { ...fields, sha256: never } },
    { mutation_id: uuid(), entity: 'request_document', id: uuid(), op: 'create', fields: { ...fields, size: pdf.length + 1 } },
  ])).data.results;
  expect('document metadata naming uploaded content → applied', r[0].status === 'applied' && r[0].version === 1, r[0]);
  expect('metadata naming content never uploaded → rejected 409', r[1].status === 'rejected' && r[1].problem.status === 409 && r[1].problem.field === 'mutations[1].fields.sha256', r[1]);
  expect('metadata with another size → rejected 400', r[2].status === 'rejected' && r[2].problem.field === 'mutations[2].fields.size', r[2]);
  const docWrites = [
    ['bruno', { entity: 'request_document', id: uuid(), op: 'create', fields }, 'rejected', 404],
    ['anna', { entity: 'request_document', id: uuid(), op: 'create', fields: { ...fields, media_type: 'application/x-msdownload' } }, 'rejected', 400],
    ['anna', { entity: 'request_document', id: doc, op: 'update', base_version: 1, fields: { file_name: 'Altro.pdf' } }, 'rejected', 400],
    ['coord', { entity: 'request_document', id: uuid(), op: 'create', fields: { ...fields, file_name: 'Allegato.pdf', sha256: bigSha, size: big.length } }, 'applied', 0],
    ['marco', { entity: 'request_document', id: doc, op: 'delete', base_version: 1 }, 'rejected', 403],
  ];
  for (const [user, mut, status, problemStatus] of docWrites) {
    const res = (await mutate(tokens[user], [{ mutation_id: uuid(), ...mut }])).data.results[0];
    expect(`${user} ${mut.op} request_document → ${status} ${problemStatus || ''}`, res.status === status && (!problemStatus || res.problem.status === problemStatus), res);
  }
  const url = `/api/v1/support-requests/${req}/documents/${sha}`;
  for (const [user, allowed] of Object.entries({ anna: true, marco: true, coord: true, bruno: false, eve: false })) {
    const res = await call('GET', url, { token: tokens[user] });
    expect(`${user} GET the document's content → ${allowed ? 200 : 404}`, res.status === (allowed ? 200 : 404)
      && (!allowed || (res.data === pdf.toString() && res.headers.get('content-type') === 'application/pdf')), res.status);
  }
  expect('a hash none of the request\'s documents has → 404', (await call('GET', `/api/v1/support-requests/${req}/documents/${never}`, { token: tokens.anna })).status === 404);
  const gz = await fetch(portal.url + url, { headers: { Authorization: 'Bearer ' + tokens.anna, 'Accept-Encoding': 'gzip' } });
  expect('document content is sent as it is, not gzipped', !gz.headers.get('content-encoding') && gz.headers.get('etag') === `"${sha}"`);
  await gz.arrayBuffer();
  let cursor = '', seen;
  for (;;) {
    const page = await call('GET', '/api/v1/sync/changes?limit=1000' + (cursor ? '&cursor=' + cursor : ''), { token: tokens.anna });
    seen = page.data.changes.find((ch) => ch.id === doc) || seen;
    cursor = page.data.next_cursor;
    if (!page.data.has_more) break;
  }
  expect('the document reaches the feed with who added it', seen && seen.type === 'request_document' && seen.data.added_by === 'anna' && seen.data.sha256 === sha, seen);
  const del = (await mutate(tokens.anna, [{ mutation_id: uuid(), entity: 'request_document', id: doc, op: 'delete', base_version: 1 }])).data.results[0];
  expect('who added a document deletes it', del.status === 'applied', del);
  expect('a deleted document\'s content is no longer served', (await call('GET', url, { token: tokens.anna })).status === 404);
}

function rawRequest(text) {
  const net = require('node:net');
  const url = new URL(portal.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname, () => socket.write(text));
    let answer = '';
    socket.on('data', (d) => { answer += d; });
    socket.on('end', () => resolve(answer));
    socket.on('error', (e) => (answer ? resolve(answer) : reject(e)));
  });
}

// 10,000 changes paged with a tiny limit while other writes happen between pages: every
// record arrives, no (id, version) twice, and the last version seen is the final one.
async function pagingUnderWrites(tokens) {
  const ids = [];
  for (let b = 0; b < 20; b++) {
    const batch = [];
    for (let i = 0; i < 500; i++) {
      const id = uuid();
      ids.push(id);
      batch.push({ mutation_id: uuid(), entity: 'case_file', id, op: 'create', fields: caseFile('019036', `P-${b}-${i}`) });
    }
    const res = await mutate(tokens.bruno, batch);
    expect('batch of 500 applied', res.data.results.every((r) => r.status === 'applied'));
  }
  const versions = new Map(ids.map((id) => [id, 1]));
  const seen = new Map();
  const pairs = new Set();
  let repeats = 0;
  let cursor = '';
  let pages = 0;
  let created = 0;
  for (;;) {
    const page = await fetch(`${portal.url}/api/v1/sync/changes?limit=7${cursor ? '&cursor=' + cursor : ''}`, { headers: { Authorization: 'Bearer ' + tokens.bruno } }).then((r) => r.json());
    for (const ch of page.changes) {
      const key = ch.id + '@' + ch.version;
      if (pairs.has(key)) repeats++;
      pairs.add(key);
      seen.set(ch.id, ch.version);
    }
    cursor = page.next_cursor;
    pages++;
    if (pages % 25 === 0) {
      const target = ids[(pages * 7919) % ids.length];
      const newId = uuid();
      ids.push(newId);
      versions.set(newId, 1);
      created++;
      const res = await mutate(tokens.bruno, [
        { mutation_id: uuid(), entity: 'case_file', id: target, op: 'update', base_version: versions.get(target), fields: { notes: 'page ' + pages } },
        { mutation_id: uuid(), entity: 'case_file', id: newId, op: 'create', fields: caseFile('019036', 'N-' + pages) },
      ]);
      versions.set(target, res.data.results[0].version);
    }
    if (!page.has_more) break;
  }
  const missing = ids.filter((id) => !seen.has(id));
  const stale = ids.filter((id) => seen.get(id) !== versions.get(id));
  expect(`paging ${ids.length} records over ${pages} pages loses nothing`, missing.length === 0, missing.length);
  expect('no (id, version) repeats', repeats === 0, repeats);
  expect('final versions arrive', stale.length === 0, stale.length);
  console.log(`paging: ${ids.length} records (${created} created while paging), ${pages} pages of 7, ${repeats} repeats, ${missing.length} missing`);
}

// Applies feed pages from `cursor` to `state` (id → {version, data}) until has_more is false.
async function applyFeed(token, cursor, state, limit = 1000) {
  for (;;) {
    const page = await call('GET', `/api/v1/sync/changes?limit=${limit}${cursor ? '&cursor=' + cursor : ''}`, { token });
    for (const ch of page.data.changes) {
      if (ch.op === 'delete') state.delete(ch.id);
      else state.set(ch.id, JSON.stringify(ch.data));
    }
    cursor = page.data.next_cursor;
    if (!page.data.has_more) return cursor;
  }
}

// A snapshot plus the changes after its cursor equals the whole feed, for an authority and
// for an expert, with writes (create, update, delete) landing after the snapshot.
async function snapshotThenDeltas(tokens) {
  for (const user of ['bruno', 'marco']) {
    const istat = user === 'bruno' ? '019036' : '019035';
    const writer = user === 'bruno' ? tokens.bruno : tokens.anna;
    const before = [uuid(), uuid()];
    await mutate(writer, before.map((id, i) => ({ mutation_id: uuid(), entity: 'case_file', id, op: 'create', fields: caseFile(istat, `PRE-${user}-${i}`) })));
    const snap = await call('GET', '/api/v1/sync/snapshot', { token: tokens[user] });
    expect(`${user}: snapshot 200`, snap.status === 200 && snap.data.records.length === snap.data.record_count, snap.status);
    const state = new Map(snap.data.records.map((r) => [r.id, JSON.stringify(r.data)]));
    expect(`${user}: snapshot lists each record once`, state.size === snap.data.records.length);
    const [a, b] = before.map((id) => snap.data.records.find((r) => r.id === id));
    const created = uuid();
    const res = await mutate(writer, [
      { mutation_id: uuid(), entity: 'case_file', id: created, op: 'create', fields: caseFile(istat, 'SNAP-' + user) },
      { mutation_id: uuid(), entity: 'case_file', id: a.id, op: 'update', base_version: a.version, fields: { notes: 'after the snapshot' } },
      { mutation_id: uuid(), entity: 'case_file', id: b.id, op: 'delete', base_version: b.version },
    ]);
    expect(`${user}: writes after the snapshot applied`, res.data.results.every((r) => r.status === 'applied'), res.data.results);
    await applyFeed(tokens[user], snap.data.next_cursor, state);
    const full = new Map();
    await applyFeed(tokens[user], '', full, 5000);
    const same = state.size === full.size && [...full].every(([id, data]) => state.get(id) === data);
    expect(`${user}: snapshot + deltas equals the full feed`, same, { snapshot: state.size, feed: full.size });
    expect(`${user}: deltas carry the writes`, state.has(created) && !state.has(b.id) && JSON.parse(state.get(a.id)).notes === 'after the snapshot');
  }
  const coord = await call('GET', '/api/v1/sync/snapshot', { token: tokens.coord });
  expect('coordinator snapshot', coord.status === 200 && coord.data.record_count > 10000, coord.data.record_count);
  expect('snapshot: unknown parameter → 400', (await call('GET', '/api/v1/sync/snapshot?since=1', { token: tokens.anna })).status === 400);
  expect('snapshot without token → 401', (await call('GET', '/api/v1/sync/snapshot')).status === 401);
  const raw = await fetch(portal.url + '/api/v1/sync/snapshot', { headers: { Authorization: 'Bearer ' + tokens.anna, 'Accept-Encoding': 'gzip' } });
  expect('snapshot streamed with gzip', raw.headers.get('content-encoding') === 'gzip' && raw.headers.get('transfer-encoding') === 'chunked', [...raw.headers]);
  await raw.text();
}

(async () => {
  try {
    portal.addUser('anna', 'authority', ['019035']);
    portal.addUser('bruno', 'authority', ['019036']);
    portal.addUser('marco', 'expert');
    portal.addUser('eve', 'expert');
    portal.addUser('coord', 'coordinator');
    portal.cli(['assign', 'marco', '019035']);
    await portal.start();
    await oauthFlow();
    const tokens = {};
    for (const u of ['anna', 'bruno', 'marco', 'eve', 'coord']) tokens[u] = await tokenFor(u);
    await reference(tokens.anna);
    await mutations(tokens);
    await roles(tokens);
    await documents(tokens);
    await pagingUnderWrites(tokens);
    await snapshotThenDeltas(tokens);
    await feedAndFaults(tokens);
    await limits(tokens);
  } catch (e) {
    failures++;
    console.log('FAIL exception: ' + (e.stack || e));
  } finally {
    portal.stop();
  }
  const operations = Object.values(contract.spec.paths).reduce((n, item) => n + Object.keys(item).length, 0);
  const coveredOps = new Set([...contract.covered].map((c) => c.split(' ').slice(0, 2).join(' '))).size;
  console.log(`${checks - failures}/${checks} checks passed; ${coveredOps}/${operations} operations and ${contract.covered.size} (operation, status) pairs exercised`);
  const exercised = new Set([...contract.covered].map((c) => c.split(' ').slice(0, 2).join(' ')));
  for (const [path, item] of Object.entries(contract.spec.paths))
    for (const method of Object.keys(item))
      if (![...exercised].some((c) => c.toLowerCase() === `${method} ${path}`.toLowerCase()))
      {
        // Every operation of the contract must be checked against it at least once.
        console.log(`FAIL not exercised: ${method.toUpperCase()} ${path}`);
        failures++;
      }
  process.exit(failures ? 1 : 0);
})();
