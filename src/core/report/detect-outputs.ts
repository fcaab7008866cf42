/**
 * The detect action's outputs. Outputs are kept small whatever the size of the change:
 * per-service file lists live only in the detail file, and the matrix is split into chunks
 * below GitHub's 256-jobs-per-matrix limit.
 */
import type { AffectedResult, Reason } from '../changes/affected.js';
import { reasonText } from '../changes/affected.js';
import { showInvisible } from './markdown.js';

export const MATRIX_JOB_LIMIT = 256;
/** GitHub caps a job's outputs at 1 MB in total; stay well inside it. */
export const OUTPUT_BUDGET_BYTES = 900 * 1024;
/** Matrix reasons are clipped; with thousands of services, harder, to stay inside the budget. */
const MATRIX_REASON_MAX = [120, 40] as const;

/** The detect outputs' values; their names belong to the action (actions/detect-changed-service/io.ts). */
export interface DetectOutputs {
  services: string;
  matrix: string;
  matrixChunks: string;
  matrixChunkCount: string;
  anyChanged: string;
  base: string;
  head: string;
  baseReason: string;
  detail: string;
}

export interface DetectSummaryInput {
  base?: string;
  head: string;
  baseReason: string;
  warning?: string;
  affected: AffectedResult;
}

export interface MatrixEntry {
  service: string;
  path: string;
  reason: string;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function matrixEntries(
  result: AffectedResult,
  reasonMax: number = MATRIX_REASON_MAX[0],
): MatrixEntry[] {
  return result.services
    .filter((s) => s.affected)
    .map((s) => ({
      service: s.name,
      path: s.path,
      reason: clip(showInvisible(reasonText(s.reason as Reason)), reasonMax),
    }));
}

/** Said in the log and the summary when the affected services don't fit one matrix. */
export function matrixLimitNote(affectedCount: number): string | undefined {
  if (affectedCount <= MATRIX_JOB_LIMIT) return undefined;
  const chunks = Math.ceil(affectedCount / MATRIX_JOB_LIMIT);
  return (
    `${affectedCount} services are affected, more than GitHub's ${MATRIX_JOB_LIMIT} jobs per matrix: ` +
    `\`matrix\` holds the first ${MATRIX_JOB_LIMIT}, and \`matrix-chunks\` splits all of them into ${chunks} ` +
    `matrices — run one matrix job per chunk (fromJSON(needs.<job>.outputs.matrix-chunks)[i]).`
  );
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function outputsSize(outputs: DetectOutputs): number {
  return (Object.entries(outputs) as [string, string][]).reduce(
    (n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v),
    0,
  );
}

export function detectOutputs(input: DetectSummaryInput, detailPath: string): DetectOutputs {
  let size = 0;
  for (const reasonMax of MATRIX_REASON_MAX) {
    const outputs = buildOutputs(input, detailPath, reasonMax);
    size = outputsSize(outputs);
    if (size <= OUTPUT_BUDGET_BYTES) return outputs;
  }
  // Only reachable with many thousands of services.
  throw new Error(
    `The detect outputs would take ${size} bytes, over GitHub's 1 MB job output limit; ` +
      `read the services from the detail file (${detailPath}) instead of the outputs.`,
  );
}

function buildOutputs(
  input: DetectSummaryInput,
  detailPath: string,
  reasonMax: number,
): DetectOutputs {
  const entries = matrixEntries(input.affected, reasonMax);
  const chunks = chunk(entries, MATRIX_JOB_LIMIT).map((include) => ({ include }));
  return {
    services: JSON.stringify(entries.map((e) => e.service)),
    matrix: JSON.stringify(chunks[0] ?? { include: [] }),
    matrixChunks: JSON.stringify(chunks),
    matrixChunkCount: String(chunks.length),
    anyChanged: String(entries.length > 0),
    base: input.base ?? '',
    head: input.head,
    baseReason: input.baseReason,
    detail: detailPath,
  };
}

/** The full detail file: every service with its reason and all its files. */
export function detectDetail(input: DetectSummaryInput) {
  const { affected } = input;
  return {
    base: input.base ?? null,
    head: input.head,
    baseReason: input.baseReason,
    warning: input.warning ?? null,
    changedFiles: affected.changedCount,
    unownedFiles: affected.unownedCount,
    globalFiles: affected.globalFiles,
    services: affected.services.map((s) => ({
      ...s,
      reasonText: s.reason ? reasonText(s.reason) : null,
    })),
    libraries: affected.libraries.map((l) => ({
      ...l,
      reasonText: l.reason ? reasonText(l.reason) : null,
    })),
  };
}
