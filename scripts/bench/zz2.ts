import { buildSite } from './site';
console.log(await buildSite(process.argv[2]!, '/tmp/bt/data', process.argv[3]!));
