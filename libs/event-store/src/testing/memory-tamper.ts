import { canonicalJson } from '../canonical-json';
import type { MemoryEventStore } from '../memory-event-store';
import type { StoredEventRow } from '../types';
import type { TamperHooks } from './contract';

/** What someone with access to the process memory could do: rewrite, drop or reorder stored rows. */
export function memoryTamperHooks(store: MemoryEventStore): TamperHooks {
  const rows = (): StoredEventRow[] => store.unsafeRows();
  const indexOf = (position: number): number => {
    const index = rows().findIndex((row) => row.position === position);
    if (index < 0) throw new Error(`No row at position ${position}`);
    return index;
  };
  return {
    async editData(position, data) {
      const i = indexOf(position);
      rows()[i] = { ...rows()[i]!, data: canonicalJson(data) };
    },
    async deleteRow(position) {
      rows().splice(indexOf(position), 1);
    },
    async swapRows(a, b) {
      const i = indexOf(a);
      const j = indexOf(b);
      const rowA = rows()[i]!;
      const rowB = rows()[j]!;
      rows()[i] = { ...rowB, position: a };
      rows()[j] = { ...rowA, position: b };
    },
  };
}
