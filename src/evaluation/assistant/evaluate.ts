import request from 'supertest';
import type { EvaluationApp } from './app';
import type { Expected, Question } from './expectation';
import { grade, type ChatAnswer, type Verdict } from './grading/grade';

export interface Result {
  question: Question;
  expected: Expected;
  verdict: Verdict;
  reason: string;
  answer: string;
  ms: number;
}

/** Asks each question of the app's /chat as its caller and grades the answer. */
export async function evaluate(app: EvaluationApp, questions: readonly Question[]): Promise<Result[]> {
  const results: Result[] = [];
  for (const question of questions) {
    const expected = question.expect();
    const token = await app.token(question.who);
    const started = performance.now();
    const response = await request(app.app).post('/chat').set('Authorization', `Bearer ${token}`).send({ message: question.text });
    const ms = performance.now() - started;
    const body = response.body as ChatAnswer;
    const graded =
      response.status === 200 ? grade(question.who, question.text, expected, body) : { verdict: 'wrong' as const, reason: `HTTP ${response.status}` };
    results.push({ question, expected, ...graded, answer: typeof body.answer === 'string' ? body.answer : JSON.stringify(body), ms });
  }
  return results;
}

export interface Figures {
  questions: number;
  correct: number;
  wrong: number;
  refused: number;
  refusalWithoutNaming: number;
  inScope: number;
  inScopeCorrect: number;
  p50: number;
  p99: number;
}

const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;

export function figuresOf(results: readonly Result[]): Figures {
  const n = (v: Verdict) => results.filter((r) => r.verdict === v).length;
  const inScope = results.filter((r) => r.expected.kind !== 'refusal');
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  return {
    questions: results.length,
    correct: n('correct'),
    wrong: n('wrong'),
    refused: n('refused'),
    refusalWithoutNaming: n('refusal-without-naming'),
    inScope: inScope.length,
    inScopeCorrect: inScope.filter((r) => r.verdict === 'correct').length,
    p50: at(times, 0.5),
    p99: at(times, 0.99),
  };
}

/** The targets: no wrong answer, at least 95 % of in-scope questions right, every refusal naming what it could not do. */
export function meetsTargets(f: Figures): boolean {
  return f.wrong === 0 && f.inScopeCorrect >= 0.95 * f.inScope && f.refusalWithoutNaming === 0;
}
