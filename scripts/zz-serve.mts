import { serveDist } from '../test/helpers/serve';
const site = await serveDist(process.cwd() + '/dist');
console.log(site.url);
setTimeout(() => { void site.close(); process.exit(0); }, 600_000);
