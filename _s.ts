import { openStore } from './src/store/open.js';
import { search } from './src/query/search.js';
const store = openStore(process.argv[2]!);
for (const q of process.argv.slice(3)) {
  const t=Date.now();
  try {
  const r = await search(store, { q, limit: 3 });
  console.log(q, '→', r.total, Date.now()-t, 'ms', JSON.stringify(r.results.map(x=>[x.id,x.score,x.snippet.slice(0,120)])), JSON.stringify(r.facets?.persons.slice(0,3)), r.next);
  } catch (e) { console.log(q, 'ERR', (e as Error).message); }
}
await store.close();
