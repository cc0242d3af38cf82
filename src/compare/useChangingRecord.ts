/** The record behind a jurisdiction's change between two dates, once records.json is loaded. */
import { useMemo } from 'react';
import type { JurisdictionEntry, PolicyRecord } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { groupRecords, statusLayers } from '../details/recordLayers';
import { useAppStore } from '../store/appStore';
import { changeBetween, changingRecord } from './compare';

export function useChangingRecord(entry: JurisdictionEntry, compare: IsoDay | null, date: IsoDay): PolicyRecord | undefined {
  const records = useAppStore((s) => s.records);
  const mapData = useAppStore((s) => s.mapData);
  return useMemo(() => {
    if (compare === null || records.status !== 'ready' || mapData.status !== 'ready') return undefined;
    const change = changeBetween(entry.intervals, compare, date);
    if (change.direction === 'unchanged') return undefined;
    const groups = groupRecords(entry, mapData.data.jurisdictions.byId, records.data);
    const id = changingRecord(statusLayers(entry, groups), change, compare, date);
    return id !== undefined ? records.data.records[id] : undefined;
  }, [entry, compare, date, records, mapData]);
}
