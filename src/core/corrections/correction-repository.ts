import type { AttendanceRecord } from '../attendance';
import type { AuditStamp } from '../audit/audit-entry';
import type { Page, PageRequest } from '../page';
import type { AttendanceCorrection, CorrectionDecision, CorrectionFilter } from './correction';

/**
 * The port corrections are kept through. An approval is one atomic write of
 * the record, the correction's new state and the audit entry; the record is
 * written only if it is still the version the request was made against.
 */
export interface CorrectionRepository {
  /** Audit: create on the correction (after). @throws NotFoundError (no such employee) */
  create(correction: AttendanceCorrection, audit?: AuditStamp): Promise<AttendanceCorrection>;
  get(correctionId: string): Promise<AttendanceCorrection | null>;
  /** Newest first (created_at descending, then correction_id). */
  list(filter: CorrectionFilter, page: PageRequest): Promise<Page<AttendanceCorrection>>;
  /**
   * Rejects or cancels a pending correction. Null when absent.
   * Audit: reject or cancel on the correction (before, after).
   * @throws CorrectionStateError NOT_PENDING
   */
  close(correctionId: string, decision: CorrectionDecision, audit?: AuditStamp): Promise<AttendanceCorrection | null>;
  /**
   * Approves a pending correction and writes `record` (the record as the
   * change leaves it: created when `correction.record_version` is null,
   * else replacing the record of that version, whose version goes up by one).
   * Audit: approve on the correction (before: the correction and `record`, the record it replaces or null;
   * after: the correction and `record`, the record written).
   * @throws CorrectionStateError NOT_PENDING, RECORD_CHANGED (the record is not the version asked about, or now exists / no longer exists)
   */
  approve(
    correction: AttendanceCorrection,
    decision: CorrectionDecision,
    record: AttendanceRecord,
    audit?: AuditStamp,
  ): Promise<{ correction: AttendanceCorrection; record: AttendanceRecord }>;
}
