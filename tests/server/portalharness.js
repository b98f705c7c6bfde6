// Starts pass-portal on a free loopback port and validates answers against docs/api/openapi.yaml
// with Ajv (JSON Schema 2020-12, as OpenAPI 3.1 uses).
'use strict';
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');

function requireTool(name, modulesDir) {
  return require(path.join(modulesDir, name));
}

class Portal {
  constructor(binary, { args = [] } = {}) {
    this.binary = binary;
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pass-portal-test-'));
    this.db = path.join(this.dir, 'portal.db');
    this.args = args;
    // The test endpoints answer only callers with this secret; it goes to the server in the
    // environment, never on its command line.
    this.testSecret = crypto.randomBytes(24).toString('hex');
  }
  cli(args, input) {
    return execFileSync(this.binary, ['--db', this.db, ...args], { input: input ?? '', encoding: 'utf8' }).trim();
  }
  addUser(name, role, authorities = []) {
    const extra = authorities.flatMap((a) => ['--authority', a]);
    this.cli(['user', 'add', name, '--role', role, ...extra], 'password-' + name + '\n');
  }
  start() {
    return new Promise((resolve, reject) => {
      this.proc = spawn(this.binary, ['--db', this.db, 'serve', '--port', '0', '--test-mode', ...this.args],
        { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PASS_PORTAL_TEST_SECRET: this.testSecret } });
      let out = '';
      this.proc.stderr.on('data', (d) => { if (process.env.PORTAL_VERBOSE) process.stderr.write(d); });
      this.proc.stdout.on('data', (d) => {
        out += d;
        const m = out.match(/http:\/\/[^\s]+/);
        if (m && !this.url) { this.url = m[0]; resolve(this.url); }
      });
      this.proc.on('exit', (code) => { if (!this.url) reject(new Error('pass-portal exited with ' + code)); });
    });
  }
  stop() {
    if (this.proc) this.proc.kill('SIGTERM');
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

class Contract {
  constructor(specPath, modulesDir) {
    const YAML = requireTool('yaml', modulesDir);
    const Ajv2020 = requireTool('ajv/dist/2020', modulesDir);
    const addFormats = requireTool('ajv-formats', modulesDir);
    this.spec = YAML.parse(fs.readFileSync(specPath, 'utf8'));
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ ...this.spec, $id: 'openapi' });
    this.covered = new Set();
  }
  static pointer(parts) {
    return parts.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
  }
  findOperation(method, urlPath) {
    for (const [template, item] of Object.entries(this.spec.paths)) {
      const re = new RegExp('^' + template.replace(/\{[^}]+\}/g, '[^/]+') + '$');
      if (re.test(urlPath) && item[method]) return { template, op: item[method] };
    }
    return null;
  }
  // Returns a list of problems (empty when the answer matches the contract).
  check(method, urlPath, status, contentType, body) {
    const found = this.findOperation(method, urlPath);
    if (!found) return [`${method.toUpperCase()} ${urlPath}: no such operation in openapi.yaml`];
    this.covered.add(`${method} ${found.template} ${status}`);
    let response = found.op.responses[String(status)];
    let base = ['paths', found.template, method, 'responses', String(status)];
    if (!response) return [`${method.toUpperCase()} ${found.template}: status ${status} is not documented`];
    if (response.$ref) {
      const name = response.$ref.split('/').pop();
      response = this.spec.components.responses[name];
      base = ['components', 'responses', name];
    }
    if (!response.content) {
      return body && body.length ? [`${found.template} ${status}: documented without a body but got one`] : [];
    }
    const ct = (contentType || '').split(';')[0].trim();
    if (!response.content[ct]) return [`${found.template} ${status}: content type ${ct} not documented`];
    const schemaRef = 'openapi#/' + Contract.pointer([...base, 'content', ct, 'schema']);
    if (ct === 'text/html') return typeof body === 'string' ? [] : ['html body expected'];
    const validate = this.ajv.getSchema(schemaRef);
    if (!validate) return [`cannot compile ${schemaRef}`];
    if (validate(body)) return [];
    return validate.errors.map((e) => `${found.template} ${status}: ${e.instancePath} ${e.message}`);
  }
  checkRequest(schemaName, body) {
    const validate = this.ajv.getSchema('openapi#/components/schemas/' + schemaName);
    return validate(body) ? [] : validate.errors.map((e) => `request ${schemaName}: ${e.instancePath} ${e.message}`);
  }
}

function pkce() {
  const verifier = crypto.randomBytes(48).toString('base64url');
  const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

module.exports = { Portal, Contract, pkce };
