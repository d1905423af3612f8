import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** Whether Debian's nginx is installed where the server test and the search benchmark look for it. */
export const nginxInstalled = (): boolean => existsSync(NGINX);

/** Like Chromium: skipped with a reason locally, an error in CI, so the server test never silently vanishes. */
export function nginxAvailable(): boolean {
  if (nginxInstalled()) return true;
  if (process.env.CI === 'true') throw new Error(`nginx not found at ${NGINX}; CI must install it (apt-get install -y nginx).`);
  console.warn(`Server test skipped: nginx not found at ${NGINX}. Install it with "apt-get install -y nginx".`);
  return false;
}

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

/** What the throwaway server may change about who reads the build. */
export interface NginxOptions {
  /**
   * The user nginx's workers run as, when started by root. By default root itself: otherwise nginx
   * drops its workers to an unprivileged user, who cannot enter a project cloned into a private
   * (mode 700) folder. Started by an ordinary user, nginx cannot switch users and its workers run as
   * that user, who can read their own build.
   */
  workerUser?: string;
}

/** A throwaway nginx around deploy/nginx.conf, with only its root and port changed; it fails with nginx's own error log when it cannot serve the build. */
export async function startNginx(dist: string, options: NginxOptions = {}): Promise<{ url: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'tiru-nginx-'));
  const port = await freePort();
  const site = readFileSync(resolve('deploy/nginx.conf'), 'utf8').replace(/listen 8080;/, `listen 127.0.0.1:${port};`).replace(/root \/srv\/tiru\/dist;/, `root ${dist};`);
  writeFileSync(join(dir, 'tiru.conf'), site);
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, temp));
  const workerUser = options.workerUser ?? (process.getuid?.() === 0 ? 'root' : undefined);
  const errorLog = join(dir, 'error.log');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${errorLog};${workerUser ? ` user ${workerUser};` : ''}
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  include ${dir}/tiru.conf;
}
`,
  );
  const check = spawnSync(NGINX, ['-t', '-c', join(dir, 'nginx.conf'), '-e', errorLog], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  const child = spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-e', errorLog], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  const home = await firstAnswer(`${url}/`).catch(async (error) => {
    await close();
    throw error;
  });
  if (home.status !== 200) {
    const log = readFileSync(errorLog, 'utf8').trim().split('\n').filter(Boolean);
    await close();
    throw new Error(`nginx cannot serve ${dist}: "/" answered ${home.status}. nginx's error log says:\n${log.slice(-3).join('\n') || '(nothing)'}`);
  }
  return { url, close };
}

/** The first answer of a server that is still starting, retried for about ten seconds. */
async function firstAnswer(url: string): Promise<Response> {
  for (let tries = 0; ; tries++) {
    try {
      return await fetch(url);
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
}
