import { buildData } from './build/pipeline';
import { isPrimarySource } from './report/primary';
const { data } = buildData('/work/wt-localsrc/data');
let n=0;
for (const r of (data as any).records) {
  if (r.level==='state' || r.kind==='agreement_287g') continue;
  const prim = r.sourceIds.some((id: string) => { const s = (data as any).sources.get(id); return s && isPrimarySource(s.url); });
  if (prim) continue;
  n++;
  console.log(`${r.id} | ${r.jurisdiction ?? ''} | ${r.kind} | ${r.effectiveDate ?? r.effective_date ?? ''} | ${r.citation ?? ''}`);
  for (const id of r.sourceIds) console.log(`    ${id}: ${(data as any).sources.get(id)?.url}`);
}
console.log(n);
