import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

/** A throwaway nginx around deploy/nginx.conf, with only its root and port changed. */
export async function startNginx(dist: string): Promise<{ url: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'tiru-nginx-'));
  const port = await freePort();
  const site = readFileSync(resolve('deploy/nginx.conf'), 'utf8').replace(/listen 8080;/, `listen 127.0.0.1:${port};`).replace(/root \/srv\/tiru\/dist;/, `root ${dist};`);
  writeFileSync(join(dir, 'tiru.conf'), site);
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, temp));
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
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
  const check = spawnSync(NGINX, ['-t', '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  const child = spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      await fetch(url);
      return { url, close: async () => void child.kill() };
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
}
