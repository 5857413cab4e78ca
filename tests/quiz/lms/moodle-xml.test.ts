import type { LmsQuestion } from '~/quiz/lms/lms'
// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeXml, lmsFromQuestion, toMoodleXml } from '~/quiz/lms/lms'
import { makeQuestion } from '../../builders'
import { BANK_QUESTIONS, categoryNames, compared, exactly, expectedCategoryNames, lmsQuestionArb, normalised, sessionQuestions, SESSIONS } from './fixtures'
import { parseMoodleXml } from './moodle-xml'
import { elementsOf, readXml } from './xml'

function question(over: Partial<LmsQuestion> = {}): LmsQuestion {
  return { ...lmsFromQuestion(makeQuestion(), 'The diplomacy'), ...over }
}

describe('escapeXml', () => {
  it.each([
    ['plain words', 'plain words'],
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ['\'', '&apos;'],
    [']]>', ']]&gt;'],
    ['<b>R&D</b>', '&lt;b&gt;R&amp;D&lt;/b&gt;'],
    ['&amp;', '&amp;amp;'],
  ])('%j is written %j', (text, escaped) => {
    expect(escapeXml(text)).toBe(escaped)
  })
})

describe('readXml (the test reader)', () => {
  it('reads the declaration, elements, attributes, text, references, CDATA and comments', () => {
    const root = readXml([
      '\uFEFF<?xml version="1.0" encoding="utf-8" standalone="yes"?>',
      '<!-- before -->',
      '<quiz a="1 &amp; 2" b=\'tab\there&#9;\'>',
      '  <t>&lt;&gt;&quot;&apos;&#60;&#x3C;&#x1F600;<![CDATA[<&]]]]><![CDATA[>]]><!-- inside -->end</t>',
      '  <empty/>',
      '</quiz>',
      '<!-- after -->',
    ].join('\r\n'))
    expect(root.name).toBe('quiz')
    expect(root.attributes).toEqual({ a: '1 & 2', b: 'tab here\t' })
    const [t, empty] = elementsOf(root)
    expect(t).toEqual({ name: 't', attributes: {}, children: ['<>"\'<<😀<&]]>end'] })
    expect(empty).toEqual({ name: 'empty', attributes: {}, children: [] })
    expect(root.children.filter(c => typeof c === 'string')).toEqual(['\n  ', '\n  ', '\n'])
  })

  it.each([
    ['<a><b></a>', /line 1, column 7: <\/a> does not close <b>/],
    ['<a>', /<a> is never closed/],
    ['<a>&nbsp;</a>', /unknown entity &nbsp;/],
    ['<a>fish & chips</a>', /"&" must start a reference/],
    ['<a>&#0;</a>', /&#0; refers to a character XML does not allow/],
    ['<a>&#xD800;</a>', /refers to a character XML does not allow/],
    ['<a>\u0001</a>', /character U\+0001 is not allowed/],
    ['<a>\uFFFE</a>', /character U\+FFFE is not allowed/],
    ['<a>]]></a>', /"\]\]>" is not allowed in text/],
    ['<a>\n<![CDATA[open</a>', /line 2, column 1: unterminated CDATA/],
    ['<a x="1" x="2"/>', /duplicate attribute "x"/],
    ['<a x=1/>', /attribute value must be in quotes/],
    ['<a x="<"/>', /"<" is not allowed in an attribute value/],
    ['<a x="1"y="2"/>', /expected whitespace before an attribute/],
    ['<a><!-- a -- b --></a>', /"--" is not allowed inside a comment/],
    ['<!DOCTYPE a><a/>', /DOCTYPE is not supported/],
    ['<a><?pi x?></a>', /processing instructions are not supported/],
    [' <?xml version="1.0"?><a/>', /declaration must come first/],
    ['<?xml version="1.0" encoding="ISO-8859-1"?><a/>', /encoding "ISO-8859-1" is not supported/],
    ['<?xml version="2"?><a/>', /malformed XML declaration/],
    ['<a/><b/>', /content after the root element/],
    ['text<a/>', /text outside the root element/],
    ['', /no root element/],
    ['<1a/>', /expected a name/],
  ])('throws on %j', (text, message) => {
    expect(() => readXml(text)).toThrow(message)
  })
})

describe('parseMoodleXml (the test reader)', () => {
  it.each([
    ['<questions/>', /root element is <questions>/],
    ['<quiz>stray</quiz>', /text directly inside <quiz>/],
    ['<quiz><item/></quiz>', /<quiz> holds <item>/],
    ['<quiz><question type="essay"/></quiz>', /question type "essay" is not read here/],
    ['<quiz><question type="category"><category/></question></quiz>', /<category> has no <text>/],
    ['<quiz><question type="multichoice"><name><text>n</text></name><questiontext><text>Q</text></questiontext><answer><text>a</text></answer></question></quiz>', /has 1 answers/],
    ['<quiz><question type="multichoice"><name><text>n</text></name><answer><text>a</text></answer><answer><text>b</text></answer></question></quiz>', /<question> has no <questiontext>/],
    ['<quiz><question type="multichoice"><name><text><b>n</b></text></name><questiontext><text>Q</text></questiontext><answer><text>a</text></answer><answer><text>b</text></answer></question></quiz>', /<text> holds <b>, not text/],
    ['<quiz><question type="multichoice"><name><text>n</text></name><questiontext><text>Q</text></questiontext><answer fraction="all"><text>a</text></answer><answer><text>b</text></answer></question></quiz>', /fraction is "all", not a number/],
    ['<quiz><question type="multichoice"><name><text>n</text></name><questiontext><text>Q</text></questiontext><single>maybe</single><answer><text>a</text></answer><answer><text>b</text></answer></question></quiz>', /<single> is "maybe"/],
  ])('throws on %j', (text, message) => {
    expect(() => parseMoodleXml(text)).toThrow(message)
  })

  it('takes Moodle\'s defaults and CDATA, as Moodle\'s own exports use it', () => {
    const [q] = parseMoodleXml(`<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="multichoice">
    <name><text>n</text></name>
    <questiontext format="html"><text><![CDATA[<p>Q</p>]]></text></questiontext>
    <answer fraction="100"><text>a</text></answer>
    <answer fraction="0"><text>b</text><feedback><text>no</text></feedback></answer>
  </question>
</quiz>`)
    expect(q).toEqual({
      category: null,
      name: 'n',
      prompt: '<p>Q</p>',
      options: ['a', 'b'],
      fractions: [100, 0],
      feedback: [null, 'no'],
      generalFeedback: null,
      shuffle: false,
      single: true,
      answerNumbering: 'abc',
      defaultGrade: 1,
      formats: ['html'],
    })
  })
})

describe('toMoodleXml', () => {
  const xml = toMoodleXml([
    question({ options: ['A <b>', 'B & "C"'], answer: 1, feedback: ['Not ]]> this', null], keepOrder: true }),
    question({ id: 'q-2', prompt: 'Bell\u0007 and\r\nbreak', keepOrder: false, category: 'Yes/no' }),
  ])

  it('starts with the declaration on the first line', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n')).toBe(true)
  })

  it('writes the settings the spec names: one grade, one answer, numbering abc, shuffling unless the order matters', () => {
    const [first, second] = parseMoodleXml(xml)
    expect([first?.shuffle, second?.shuffle]).toEqual([false, true])
    for (const q of [first, second])
      expect(q).toMatchObject({ single: true, answerNumbering: 'abc', defaultGrade: 1, formats: ['plain_text'] })
  })

  it('escapes markup and drops characters XML forbids', () => {
    expect(xml).toContain('<text>A &lt;b&gt;</text>')
    expect(xml).toContain('<text>B &amp; &quot;C&quot;</text>')
    expect(xml).toContain('<text>Not ]]&gt; this</text>')
    expect(xml).toContain('<text>Bell and\nbreak</text>')
    expect(xml).not.toContain('\u0007')
  })

  it('writes a category entry when the topic changes', () => {
    const quiz = readXml(xml)
    const categories = elementsOf(quiz).filter(q => q.attributes.type === 'category')
    expect(categories.map(c => elementsOf(elementsOf(c)[0]!)[0]!.children)).toEqual([['$course$/Quorum/The diplomacy'], ['$course$/Quorum/Yes//no']])
  })
})

describe('moodle XML round trip', () => {
  it('carries every item of the real bank, field by field', () => {
    const parsed = parseMoodleXml(toMoodleXml(BANK_QUESTIONS))
    expect(parsed).toHaveLength(BANK_QUESTIONS.length)
    parsed.forEach((p, i) => {
      const q = BANK_QUESTIONS[i]!
      expect(compared(p), q.id).toEqual(exactly(q))
      expect(categoryNames(p)).toEqual(['$course$', 'Quorum', q.category])
      expect(p.shuffle, q.id).toBe(!q.keepOrder)
      expect(p.formats).toEqual(['plain_text'])
    })
  })

  it.each(SESSIONS.map(s => [`${s.topic ?? 'all topics'}, ${s.difficulty}, seed ${s.seed}`, s] as const))('carries a session quiz (%s) as the students saw it, unshuffled', (_, settings) => {
    const questions = sessionQuestions(settings)
    const parsed = parseMoodleXml(toMoodleXml(questions))
    expect(parsed.map(compared)).toEqual(questions.map(exactly))
    expect(parsed.every(p => p.shuffle === false)).toBe(true)
  })

  it('carries any text, after the documented normalisation (property)', () => {
    fc.assert(fc.property(fc.array(lmsQuestionArb, { minLength: 1, maxLength: 4 }), (qs) => {
      const parsed = parseMoodleXml(toMoodleXml(qs))
      expect(parsed.map(compared)).toEqual(qs.map(normalised))
      expect(parsed.map(categoryNames)).toEqual(qs.map(expectedCategoryNames))
      expect(parsed.map(p => p.shuffle)).toEqual(qs.map(q => !q.keepOrder))
    }), { numRuns: 300 })
  })
})
