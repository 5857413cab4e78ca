import type { Bank } from '../quiz/types'
import { join } from 'node:path'
import process, { stdout } from 'node:process'
import { fileURLToPath } from 'node:url'
import { loadBank, readArticle } from '../build/load-bank'
import { answerFreeStrategies, bankViolations, closeNumbersOffHard, generateQuizzes, itemSoftFindings, itemVariety, keyPositions, numericKeyAlwaysMiddle, questionViolations, repeatedFacts, templateVariety } from '../quiz/audit/audit'
import { keysStatedEarlier, undeclaredReveals, undeclaredTemplateReveals, unknownStatementIds } from '../quiz/audit/reveals'
import { templateReport } from '../quiz/audit/templates'
import { sentenceCoverage } from '../quiz/bank/article'
import { BankError } from '../quiz/bank/bank'
import { CLOSE_NUMBER_DISTANCE } from '../quiz/bank/quantities'
import { SCENARIO_TEMPLATES } from '../quiz/generate/scenarios'
import { DIFFICULTIES } from '../quiz/settings'

/**
 * `npm run questions:audit`: how the bank covers the article, whether every item and generated
 * question keeps the item-writing rules, and how the generator behaves over many quizzes.
 * Exits non-zero when a sentence is uncited, a hard rule is broken, a quiz repeats a fact, an
 * item or template states a key it does not declare, or a quiz shows a key before asking it.
 */

const QUIZZES = 600
/** Quizzes searched for keys an earlier question already showed. */
const GIVE_AWAY_QUIZZES = 10_000
const TEMPLATE_DRAWS = 300

const root = fileURLToPath(new URL('../..', import.meta.url))
let bank: Bank
try {
  bank = loadBank(root)
}
catch (error) {
  if (!(error instanceof BankError))
    throw error
  process.stderr.write(`questions:audit: the question bank is malformed: ${error.message}\n`)
  process.exit(1)
}
const article = readArticle(join(root, 'seeds'))
const ctx = { article }
const out: string[] = []
const say = (line = '') => out.push(line)
let failed = false

say(`Quorum question bank: ${bank.items.length} items in ${bank.topics.length} topics, ${SCENARIO_TEMPLATES.length} scenario templates`)
for (const topic of bank.topics) {
  const items = bank.items.filter(i => i.topic === topic.id)
  const count = (key: 'form' | 'level') => {
    const tally = new Map<string, number>()
    for (const i of items)
      tally.set(String(i[key]), (tally.get(String(i[key])) ?? 0) + 1)
    return [...tally].sort().map(([k, n]) => `${k} ${n}`).join(', ')
  }
  say(`  ${topic.id.padEnd(18)} ${String(items.length).padStart(3)} items   forms: ${count('form')}   levels: ${count('level')}`)
}

say()
say('Article sentences and the items that cite them')
for (const { sentence, items } of sentenceCoverage(bank, article)) {
  const mark = items.length === 0 ? 'UNCITED' : String(items.length).padStart(7)
  say(`  S${String(sentence.n).padEnd(3)} ${mark}  ${sentence.text.length > 90 ? `${sentence.text.slice(0, 87)}…` : sentence.text}`)
  if (items.length === 0)
    failed = true
}

say()
const itemProblems = bankViolations(bank, ctx)
say(`Hard rules on bank items: ${itemProblems.length} violations`)
for (const v of itemProblems)
  say(`  rule ${v.rule}  ${v.id}: ${v.message}`)

const undeclared = undeclaredReveals(bank)
const unknownIds = unknownStatementIds(bank)
const declared = bank.items.reduce((n, i) => n + (i.reveals?.length ?? 0), 0)
say(`Reveals: ${declared} declared by ${bank.items.filter(i => (i.reveals?.length ?? 0) > 0).length} items; keys the text search finds stated but not declared: ${undeclared.length}`)
for (const u of undeclared.slice(0, 20))
  say(`  ${u.id} states the key of ${u.of}: add "${u.fact}" to its reveals`)
for (const id of unknownIds)
  say(`  key-statements.ts names "${id}", which is no item of the bank`)
const templateUndeclared = undeclaredTemplateReveals(bank, SCENARIO_TEMPLATES, TEMPLATE_DRAWS)
say(`  scenario templates whose wording states a key they do not declare: ${templateUndeclared.length}`)
for (const u of templateUndeclared) {
  say(u.share === 0
    ? `    ${u.template} names "${u.fact}", which is no fact of the bank`
    : `    ${u.template} states the key of "${u.fact}" in ${(100 * u.share).toFixed(0)}% of its questions: add it to its reveals`)
}
if (undeclared.length + unknownIds.length + templateUndeclared.length > 0)
  failed = true

const quizzes = generateQuizzes(bank, QUIZZES)
const questions = quizzes.flatMap(q => q.questions)
const generated = questionViolations(questions, ctx)
say(`Hard rules on ${questions.length} generated questions (${QUIZZES} quizzes, every topic, length and difficulty): ${generated.length} violations`)
for (const v of generated.slice(0, 20))
  say(`  rule ${v.rule}  ${v.id}: ${v.message}`)
const repeats = repeatedFacts(quizzes)
say(`Quizzes asking one fact twice: ${repeats.length}`)
for (const r of repeats.slice(0, 10))
  say(`  ${r}`)
if (itemProblems.length + generated.length + repeats.length > 0)
  failed = true

const searched = generateQuizzes(bank, GIVE_AWAY_QUIZZES)
const stated = keysStatedEarlier(searched)
say(`Keys shown earlier in their quiz: ${new Set(stated.map(s => s.seed)).size} of ${searched.length} quizzes (${stated.length} keys; text search, every topic, length and difficulty)`)
for (const s of stated.slice(0, 10))
  say(`  ${s.seed}: question ${s.position + 1}, ${s.id}: its key was shown earlier by ${s.by}`)
const close = closeNumbersOffHard(searched)
say(`Easy and normal questions showing a wrong number within ${CLOSE_NUMBER_DISTANCE} of the key: ${close.length} (same quizzes)`)
for (const c of close.slice(0, 10))
  say(`  ${c}`)
if (stated.length + close.length > 0)
  failed = true

say()
const soft = itemSoftFindings(bank)
const middle = numericKeyAlwaysMiddle(questions)
const softTotal = [...soft.values()].reduce((n, f) => n + f.length, 0) + middle.length
say(`Soft rules (every phrasing of every item): ${softTotal} findings`)
for (const [rule, findings] of soft) {
  say(`  ${rule}: ${findings.length}`)
  for (const f of findings.slice(0, 5))
    say(`    ${f.id}: ${f.message}`)
}
say(`  key-always-middle (number items): ${middle.length}${middle.length > 0 ? `  ${middle.join(', ')}` : ''}`)

say()
say('Key position over the generated questions')
for (const [n, counts] of [...keyPositions(questions)].sort((a, b) => a[0] - b[0])) {
  const total = counts.reduce((a, b) => a + b, 0)
  say(`  ${n} options (${total} questions): ${counts.map((c, i) => `${String.fromCharCode(65 + i)} ${(100 * c / total).toFixed(1)}%`).join('   ')}   (uniform: ${(100 / n).toFixed(1)}% each)`)
}

say()
say('Answer-free strategies (should score no better than chance)')
for (const s of answerFreeStrategies(questions))
  say(`  ${s.name.padEnd(48)} ${(100 * s.accuracy).toFixed(1)}%  vs chance ${(100 * s.chance).toFixed(1)}%  (${s.questions} questions)`)

say()
say(`Distinct questions (prompt and key) the generator can produce`)
say(`  from bank items (every phrasing): ${itemVariety(bank)}`)
for (const t of SCENARIO_TEMPLATES)
  say(`  scenario ${t.id.padEnd(22)} ${templateVariety(t, TEMPLATE_DRAWS)} (in ${TEMPLATE_DRAWS} draws at each difficulty)`)

say()
say(`Scenario templates as students meet them (${TEMPLATE_DRAWS} questions at each difficulty)`)
const percent = (share: number) => `${(100 * share).toFixed(0)}%`
const shortValue = (value: string) => (value.length > 32 ? `${value.slice(0, 31)}…` : value)
for (const t of SCENARIO_TEMPLATES) {
  const r = templateReport(t, TEMPLATE_DRAWS)
  say(`  ${t.id}`)
  say(`    distinct questions: easy ${r.distinct.easy}, normal ${r.distinct.normal}, hard ${r.distinct.hard}`)
  say(`    wrong options shown most: ${r.distractors.slice(0, 5).map(v => `"${shortValue(v.value)}" ${percent(v.share)}`).join(', ')}`)
  say(`    most shown at each difficulty: ${DIFFICULTIES.map(d => `${d} ${r.topShare[d] === null ? '-' : `"${shortValue(r.topShare[d].value)}" ${percent(r.topShare[d].share)}`}`).join(', ')}`)
  if (r.close.easy !== null)
    say(`    a wrong number within 2 of the key: ${DIFFICULTIES.map(d => `${d} ${percent(r.close[d] ?? 0)}`).join(', ')}`)
  for (const [n, counts] of [...r.keyPositions].sort((a, b) => a[0] - b[0])) {
    const total = counts.reduce((a, b) => a + b, 0)
    say(`    key position, ${n} options (${total}): ${counts.map((c, i) => `${String.fromCharCode(65 + i)} ${percent(c / total)}`).join('  ')}`)
  }
}

say()
say(failed ? 'AUDIT FAILED: see UNCITED sentences or violations above.' : 'Audit passed: every sentence cited, no hard-rule violations, no repeated facts, no key shown before its question, no close wrong number below hard.')
stdout.write(`${out.join('\n')}\n`)
process.exitCode = failed ? 1 : 0
